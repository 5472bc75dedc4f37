"""The exchange key and its seals, kept outside the database.

The chain of hashes inside the database proves nothing to someone who can rewrite the
whole database (a superuser can recompute every hash). So the program keeps, outside
it, an Ed25519 **exchange key** and **seals** signed with it: the chain heads, counts
and balances at each backup (in the manifest too) and each full verify that found
nothing wrong. ``verify`` checks the live ledger against every seal
(:mod:`services.seal_check`).

Where: the **exchange folder**. For the built-in server it is ``<data folder>/exchange/
<database>`` (the cluster reports its data directory); for a PostgreSQL server it is
``<config folder>/exchanges/<hash of host, port and database>``. Neither is chosen by
anything stored in the database, so a rewritten database cannot point verify elsewhere.
The folder is 0700; ``seals.jsonl`` (one seal per line, appended) and the key file are
0600; ``exchange-key.pub`` holds the public key.

The private key goes to the OS keyring when the optional ``keyring`` package is there
and works, else to ``exchange-key.json`` in the folder (encrypted with
``LOCALEX_KEY_PASSPHRASE`` when that is set as the key is made). It is made on first
need, but never while seals exist: a new key would make the old seals look forged.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import logging
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from localex_desktop import paths
from localex_desktop.domain import seal_format as sf
from localex_desktop.domain.errors import Refused

log = logging.getLogger(__name__)

SEALS_FILE = "seals.jsonl"
KEY_FILE = "exchange-key.json"
PUBLIC_FILE = "exchange-key.pub"
PASSPHRASE_ENV = "LOCALEX_KEY_PASSPHRASE"
NO_KEYRING_ENV = "LOCALEX_NO_KEYRING"
_KEYRING_SERVICE = "LocalEx Desktop exchange key"

Conn = Connection | Session


class KeyUnavailable(Refused):
    """The exchange key cannot be used (missing while seals exist, or locked)."""


# -- the folder ---------------------------------------------------------------------


def exchange_folder(conn: Conn) -> Path:
    """Where this database's key and seals live (see the module's docstring)."""
    row = conn.execute(
        sa.text(
            "SELECT current_database() AS db,"
            " (SELECT setting FROM pg_settings WHERE name = 'data_directory') AS pgdata"
        )
    ).one()
    pgdata = Path(row.pgdata) if row.pgdata else None
    if pgdata is not None and pgdata.name == "pgdata" and pgdata.is_dir():
        return pgdata.parent / "exchange" / str(row.db)
    url = conn.get_bind().engine.url if isinstance(conn, Session) else conn.engine.url
    where = f"{url.host or ''}:{url.port or 5432}/{row.db}"
    return paths.config_dir() / "exchanges" / hashlib.sha256(where.encode()).hexdigest()[:16]


def _private_dir(folder: Path) -> Path:
    """The exchange folder and the ``exchange(s)`` folder above it, both 0700."""
    for level in (folder.parent, folder):
        created = not level.exists()
        level.mkdir(parents=True, exist_ok=True, mode=0o700)
        if os.name != "nt" and (created or level == folder):
            os.chmod(level, 0o700)
    return folder


def _write_private(path: Path, data: bytes, *, new: bool = False) -> bool:
    """Write a 0600 file atomically (the temporary file is 0600 from its first byte);
    ``new``: only if there is none yet (False when another process was first)."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)
    if not new:
        os.replace(tmp, path)
        return True
    try:
        os.link(tmp, path)  # fails when the file exists: never replace a key
    except FileExistsError:
        return False
    finally:
        tmp.unlink(missing_ok=True)
    return True


# -- the key ------------------------------------------------------------------------


def _keyring() -> Any | None:
    """The ``keyring`` module when it is installed and not switched off, else None."""
    if os.environ.get(NO_KEYRING_ENV):
        return None
    try:
        return importlib.import_module("keyring")
    except ImportError:
        return None


def public_key(folder: Path) -> bytes | None:
    """The exchange's public key (raw 32 bytes) as kept in the folder, or None."""
    try:
        return sf.unb64((folder / PUBLIC_FILE).read_text().strip())
    except (OSError, ValueError):
        return None


def _load(folder: Path) -> Ed25519PrivateKey | None:
    passphrase = os.environ.get(PASSPHRASE_ENV) or None
    path = folder / KEY_FILE
    data: bytes | None = None
    if path.exists():
        data = path.read_bytes()
    else:
        ring = _keyring()
        if ring is not None:
            try:
                stored = ring.get_password(_KEYRING_SERVICE, str(folder))
            except Exception as exc:  # any keyring backend failure: the file is the fallback
                log.warning("the keyring could not be read: %s", exc)
                stored = None
            data = stored.encode() if stored else None
    if data is None:
        return None
    try:
        return sf.key_from_file(data, passphrase)
    except PermissionError as exc:
        raise KeyUnavailable(
            f"The exchange key in {folder} is locked: {exc}.",
            hint=f"Set {PASSPHRASE_ENV} to the key's passphrase and try again.",
        ) from exc
    except ValueError as exc:
        raise KeyUnavailable(
            f"The exchange key in {folder} cannot be read: {exc}.",
            hint="Put back the key file from your safe copy.",
        ) from exc


def _store(folder: Path, key: Ed25519PrivateKey) -> str | None:
    """Keep a new key (keyring, else file) and its public half; None when another
    process made the exchange's key at the same moment (use that one)."""
    passphrase = os.environ.get(PASSPHRASE_ENV) or None
    data = sf.key_file_bytes(key, passphrase)
    ring = _keyring()
    where = "file"
    if ring is not None:
        try:
            ring.set_password(_KEYRING_SERVICE, str(folder), data.decode())
            where = "keyring"
        except Exception as exc:  # no usable backend (headless Linux): keep it in the folder
            log.warning("the keyring could not be written, keeping the key in a file: %s", exc)
    if where == "file" and not _write_private(folder / KEY_FILE, data, new=True):
        return None
    _write_private(folder / PUBLIC_FILE, (sf.b64(sf.public_raw(key)) + "\n").encode())
    return where


def exchange_key(folder: Path, *, create: bool = True) -> Ed25519PrivateKey:
    """The exchange key, made on first need; refuses to make one while seals exist."""
    key = _load(folder)
    if key is not None:
        return key
    if read_seals(folder) or (folder / PUBLIC_FILE).exists():
        raise KeyUnavailable(
            f"The exchange key is missing from {folder}, but seals made with it are there.",
            hint="Put back the key (exchange-key.json, or the keyring entry) from your safe "
            "copy; a new key would make the old seals look forged.",
        )
    if not create:
        raise KeyUnavailable(f"There is no exchange key in {folder} yet.")
    key = Ed25519PrivateKey.generate()
    _private_dir(folder)
    where = _store(folder, key)
    if where is None:
        return exchange_key(folder, create=False)
    log.info("made the exchange key in %s (%s)", folder, where)
    return key


# -- seals ----------------------------------------------------------------------------


def read_seals(folder: Path) -> list[dict[str, Any]]:
    """Every seal kept in the folder, oldest first (lines that are not JSON are kept as
    ``{"unreadable": line number}`` so the check can report them)."""
    path = folder / SEALS_FILE
    if not path.exists():
        return []
    out: list[dict[str, Any]] = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError:
            item = None
        out.append(item if isinstance(item, dict) else {"unreadable": n})
    return out


def _append(folder: Path, seal: dict[str, Any]) -> None:
    _private_dir(folder)
    line = json.dumps(seal, sort_keys=True, separators=(",", ":")) + "\n"
    fd = os.open(folder / SEALS_FILE, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    try:
        os.write(fd, line.encode())
        os.fsync(fd)
    finally:
        os.close(fd)


# each account's last entry: one probe of entries (account_id, seq) per account
_HEADS = """
SELECT e.account_id, e.seq, e.id, e.transaction_id, e.balance_after,
       encode(e.hash, 'hex') AS hash
FROM accounts a CROSS JOIN LATERAL (
    SELECT * FROM entries x WHERE x.account_id = a.id ORDER BY x.seq DESC LIMIT 1) e
ORDER BY e.account_id
"""


def collect(conn: Conn, reason: str) -> dict[str, Any]:
    """The unsigned content of a seal of the ledger as ``conn`` sees it now."""
    totals = conn.execute(
        sa.text(
            "SELECT (SELECT count(*) FROM transactions) AS n_tx,"
            " (SELECT coalesce(max(id), 0) FROM transactions) AS max_id,"
            " (SELECT count(*) FROM entries) AS n_e,"
            " (SELECT coalesce(sum(balance), 0) FROM accounts) AS bal,"
            " (SELECT coalesce(sum(amount), 0) FROM entries WHERE amount > 0) AS turnover,"
            " (SELECT value #>> '{}' FROM settings WHERE key = 'exchange_name') AS name,"
            " (SELECT version_num FROM alembic_version LIMIT 1) AS revision,"
            " current_database() AS db"
        )
    ).one()
    heads = [
        [int(r.account_id), int(r.seq), int(r.id), int(r.transaction_id), int(r.balance_after),
         str(r.hash)]
        for r in conn.execute(sa.text(_HEADS))
    ]  # fmt: skip
    max_id = int(totals.max_id)
    rows = [
        (int(i), bytes(h))
        for i, h in conn.execute(sa.text("SELECT id, content_hash FROM transactions"))
    ]
    return _audit_head(conn) | {
        "exchange": {"name": totals.name or "", "database": str(totals.db)},
        "sealed_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "reason": reason,
        # a downgrade re-hashes (0006): a seal of another revision is checked without hashes
        "schema_revision": totals.revision,
        "digest_v2_from": _v2_from(conn),
        "transactions": {"count": int(totals.n_tx), "max_id": max_id},
        "entries": int(totals.n_e),
        "balance_sum": int(totals.bal),
        "turnover": int(totals.turnover),
        "accounts": heads,
        "buckets": {
            "size": sf.BUCKET,
            "digests": sf.b64(sf.bucket_digests(rows, max_id)),
            "tags": sf.b64(sf.tags(rows, max_id)),
        },
    }


def _audit_head(conn: Conn) -> dict[str, Any]:
    """``{"audit": {"seq", "hash"}}``: where the audit chain (revision 0007) stood, so a
    rewritten or deleted audit row is caught like a rewritten transaction; {} before it."""
    if not conn.execute(sa.text("SELECT to_regclass('localex_audit_head') IS NOT NULL")).scalar():
        return {}
    row = conn.execute(sa.text("SELECT seq, head FROM localex_audit_head WHERE id = 1")).first()
    if row is None or not row.seq:
        return {}
    return {"audit": {"seq": int(row.seq), "hash": bytes(row.head).hex()}}


@dataclass(frozen=True)
class Sealed:
    seal: dict[str, Any] | None  # None: no seal was made (why: ``note``)
    note: str = ""


def make_seal(conn: Conn, reason: str, *, keep: bool = True) -> Sealed:
    """Sign a seal of the ledger now (kept in the folder when ``keep``); a key that
    cannot be used gives no seal and a note, never a failed backup or verify."""
    if not _has_ledger(conn):
        return Sealed(None, "no ledger yet")
    if is_review(conn):
        return Sealed(None, "a backup under review is not sealed")
    folder = exchange_folder(conn)
    try:
        key = exchange_key(folder)
    except KeyUnavailable as exc:
        log.warning("no seal made: %s", exc)
        return Sealed(None, str(exc))
    content = collect(conn, reason)
    seals = read_seals(folder)
    last = seals[-1] if seals else None
    if keep and reason == "verify" and last is not None and _same_state(last, content):
        return Sealed(last, "the ledger is as the last seal has it")
    seal = sf.sign(content, key)
    if keep:
        _append(folder, seal)
    return Sealed(seal)


def _v2_from(conn: Conn) -> int | None:
    """The first transaction hashed in the version-2 form (revision 0006), if any."""
    has = conn.execute(
        sa.text(
            "SELECT 1 FROM information_schema.columns"
            " WHERE table_name = 'transactions' AND column_name = 'digest_version'"
        )
    ).first()
    if has is None:
        return None
    first = conn.execute(
        sa.text("SELECT min(id) FROM transactions WHERE digest_version = 2")
    ).scalar()
    return None if first is None else int(first)


def _same_state(a: dict[str, Any], b: dict[str, Any]) -> bool:
    keys = ("transactions", "entries", "balance_sum", "accounts", "buckets")
    return all(a.get(k) == b.get(k) for k in keys)


def _has_ledger(conn: Conn) -> bool:
    return bool(conn.execute(sa.text("SELECT to_regclass('public.entries') IS NOT NULL")).scalar())


def is_review(conn: Conn) -> bool:
    """A backup opened for review (its database is read-only by default): no key is made
    for it and nothing sealed, a scratch copy's seal or code would witness nothing."""
    return bool(
        conn.execute(
            sa.text("SELECT current_setting('default_transaction_read_only') = 'on'")
        ).scalar()
    )


def seal_for_backup(conn: Connection) -> dict[str, Any] | None:
    """The seal a backup's manifest carries (also kept in the folder), or None."""
    return make_seal(conn, "backup").seal


def seal_after_verify(conn: Conn) -> dict[str, object]:
    """Seal the ledger a full verify found sound; what came of it, for the report."""
    made = make_seal(conn, "verify")
    if made.seal is None:
        return {"made": False, "note": made.note}
    return {
        "made": not made.note,
        "note": made.note,
        "sealed_at": made.seal["sealed_at"],
        "fingerprint": sf.fingerprint(sf.unb64(made.seal["public_key"])),
    }


def key_summary(conn: Conn) -> dict[str, Any]:
    """Where the key and seals are and the key's fingerprint, for ``verify`` to show."""
    folder = exchange_folder(conn)
    pub = public_key(folder)
    return {
        "folder": str(folder),
        "fingerprint": sf.fingerprint(pub) if pub else None,
        "seals": len(read_seals(folder)),
    }
