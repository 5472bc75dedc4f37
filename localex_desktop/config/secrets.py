"""Server passwords: the OS keyring when the optional ``keyring`` extra is installed,
else libpq's own password file (``~/.pgpass``, mode 0600). Never the profile.

``pip install localex-desktop[keyring]`` adds the keyring (Secret Service / KWallet,
Windows Credential Manager, macOS Keychain). Without it, or when no keyring backend
works (a server without a desktop session), the password goes to the password file,
which libpq reads by itself at every connection, so :func:`find_password` only needs to
ask the keyring.
"""

from __future__ import annotations

import logging
import os
import platform
from pathlib import Path
from types import ModuleType
from typing import Literal

from sqlalchemy.engine import URL

log = logging.getLogger(__name__)

#: the keyring's service name for the program's entries
SERVICE = "localex-desktop"

Where = Literal["keyring", "password file"]


def _keyring() -> ModuleType | None:
    """The keyring module, or None when the optional extra is not installed.

    Imported here, when a server password is needed, so the embedded mode's start
    never pays for it (the keyring finds its backends at import).
    """
    try:
        import keyring
    except ImportError:
        return None
    return keyring


def account(url: URL) -> str:
    """The keyring entry of ``url``: user@host:port/database (never the password)."""
    host, port = _host_port(url)
    return f"{url.username or ''}@{host}:{port}/{url.database or ''}"


def store_password(url: URL, password: str) -> Where:
    """Keep ``password`` for ``url``: in the keyring if one works, else the password file."""
    keyring = _keyring()
    if keyring is not None:
        try:
            keyring.set_password(SERVICE, account(url), password)
            return "keyring"
        except Exception as exc:  # keyring.errors.KeyringError and backend failures alike
            log.warning("the keyring refused the password (%s): using the password file", exc)
    _write_pgpass(url, password)
    return "password file"


def keyring_name() -> str | None:
    """The system keyring :func:`store_password` would use ("SecretService Keyring"), or
    None when there is none: the extra not installed, or no backend that works (a
    computer without a desktop session), when the password would go to the password file.
    """
    keyring = _keyring()
    if keyring is None:
        return None
    try:
        backend = keyring.get_keyring()
    except Exception as exc:  # a backend that fails while being set up
        log.info("no keyring: %s", exc)
        return None
    if getattr(backend, "priority", 0) <= 0:  # keyring's "fail" (0) and "null" (-1) backends
        return None
    return str(getattr(backend, "name", type(backend).__name__))


def describe(where: Where) -> str:
    """Where a password went, for a person: "the system keyring", "~/.pgpass"."""
    if where == "keyring":
        return "the system keyring"
    return f"PostgreSQL's password file {display_path(pgpass_path())}"


def display_path(path: Path) -> str:
    """``path`` with the home folder as ~ (shorter, and what the guides write)."""
    try:
        return "~/" + path.relative_to(Path.home()).as_posix()
    except ValueError:
        return str(path)


def find_password(url: URL) -> str | None:
    """The keyring's password for ``url`` (the password file is libpq's to read)."""
    keyring = _keyring()
    if keyring is None:
        return None
    try:
        found = keyring.get_password(SERVICE, account(url))
    except Exception as exc:  # no usable backend: libpq may still find ~/.pgpass
        log.info("no keyring to ask for the server password: %s", exc)
        return None
    return found if isinstance(found, str) else None


def forget_password(url: URL) -> None:
    """Remove ``url``'s password from the keyring and the password file."""
    keyring = _keyring()
    if keyring is not None:
        try:
            keyring.delete_password(SERVICE, account(url))
        except Exception as exc:  # not there, or no backend
            log.info("nothing removed from the keyring: %s", exc)
    path = pgpass_path()
    if path.exists():
        prefix = _pgpass_prefix(url)
        kept = [ln for ln in path.read_text().splitlines() if not ln.startswith(prefix)]
        _write_private(path, kept)


def pgpass_path() -> Path:
    """libpq's password file: ``PGPASSFILE``, else ~/.pgpass (APPDATA on Windows)."""
    override = os.environ.get("PGPASSFILE")
    if override:
        return Path(override)
    if platform.system() == "Windows":
        return Path(os.environ.get("APPDATA", Path.home())) / "postgresql" / "pgpass.conf"
    return Path.home() / ".pgpass"


def _host_port(url: URL) -> tuple[str, int]:
    query = {k: (v[0] if isinstance(v, tuple) else v) for k, v in url.query.items()}
    host = url.host or query.get("host") or "localhost"
    port = url.port or int(query.get("port") or 5432)
    return str(host), int(port)


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace(":", "\\:")


def _pgpass_prefix(url: URL) -> str:
    host, port = _host_port(url)
    parts = (host, str(port), url.database or "*", url.username or "*")
    return ":".join(_escape(p) for p in parts) + ":"


def _write_pgpass(url: URL, password: str) -> None:
    path = pgpass_path()
    prefix = _pgpass_prefix(url)
    lines = path.read_text().splitlines() if path.exists() else []
    lines = [ln for ln in lines if not ln.startswith(prefix)] + [prefix + _escape(password)]
    _write_private(path, lines)


def _write_private(path: Path, lines: list[str]) -> None:
    """Write the password file as 0600 from the first byte (libpq ignores a wider one)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".localex-tmp")
    tmp.unlink(missing_ok=True)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write("".join(line + "\n" for line in lines))
    os.replace(tmp, path)
