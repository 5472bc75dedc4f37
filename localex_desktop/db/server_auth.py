"""Who may connect to the built-in server: peer on the socket, a password on TCP.

A cluster's ``pg_hba.conf`` lets a socket connection in only from the operating-system
account that runs the program (``peer`` with the ``localex`` map of ``pg_ident.conf``;
as root, root and the service account), and a TCP connection (127.0.0.1, the Windows
path) only with the cluster's secret (``scram-sha-256``). The secret is made at initdb
and kept in ``<data dir>/server.pgpass``, mode 0600, in libpq's password-file format, so
every client (the program's engine, pg_dump, pg_restore, psql, pgbench) reads it through
``passfile``/``PGPASSFILE`` and it is never on a command line, in a URL's password or a log.

Clusters made by earlier versions trusted every local connection: :func:`ensure_access`
upgrades them at start (the password set while the old rules still let us in, then the
new rules and a reload).
"""

from __future__ import annotations

import logging
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

import psycopg
from psycopg import sql

from localex_desktop.db.pg_server import IS_WINDOWS, Endpoint

log = logging.getLogger(__name__)

#: the password file beside the cluster (libpq's format: host:port:db:user:password)
SECRET_FILE = "server.pgpass"
#: the database role the program connects as
SUPERUSER = "postgres"
_MARK = "# LocalEx Desktop: who may connect (rewritten at start when it differs)"


@dataclass(frozen=True)
class Access:
    """The accounts allowed on the socket, and where the secret is kept."""

    data_dir: Path
    os_users: tuple[str, ...]

    @property
    def secret_file(self) -> Path:
        return self.data_dir / SECRET_FILE

    @property
    def pgdata(self) -> Path:
        return self.data_dir / "pgdata"


def new_secret() -> str:
    """A random password: hex, so it needs no escaping in a password file."""
    return secrets.token_hex(32)


def write_secret(access: Access, secret: str) -> None:
    """Keep the secret in a 0600 password file (created so, never widened for a moment)."""
    path = access.secret_file
    tmp = path.with_name(path.name + ".tmp")
    tmp.unlink(missing_ok=True)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as out:
        out.write(f"*:*:*:{SUPERUSER}:{secret}\n")
    os.replace(tmp, path)


def read_secret(access: Access) -> str | None:
    try:
        line = access.secret_file.read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        return None
    secret = line.rsplit(":", 1)[-1] if line.count(":") == 4 else ""
    return secret or None


def hba_text() -> str:
    local = "scram-sha-256" if IS_WINDOWS else "peer map=localex"
    return (
        f"{_MARK}\n"
        f"local   all   all                    {local}\n"
        "host    all   all   127.0.0.1/32     scram-sha-256\n"
        "host    all   all   ::1/128          scram-sha-256\n"
    )


def ident_text(os_users: tuple[str, ...]) -> str:
    lines = [_MARK] + [f'localex   "{user}"   all' for user in os_users]
    return "\n".join(lines) + "\n"


def needs_update(access: Access) -> bool:
    """True when the cluster's rules or the secret are not (yet) the ones we write."""
    if read_secret(access) is None:
        return True
    try:
        hba = (access.pgdata / "pg_hba.conf").read_text(encoding="utf-8")
        ident = (access.pgdata / "pg_ident.conf").read_text(encoding="utf-8")
    except OSError:
        return True
    return hba != hba_text() or ident != ident_text(access.os_users)


def write_rules(access: Access, owner: tuple[int, int] | None) -> None:
    """Write pg_hba.conf and pg_ident.conf (handed to the service account as root)."""
    for name, text in (("pg_hba.conf", hba_text()), ("pg_ident.conf", ident_text(access.os_users))):
        path = access.pgdata / name
        tmp = path.with_name(name + ".localex-tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(text)
        if owner is not None:
            os.chown(tmp, *owner)
        os.replace(tmp, path)


def set_password(endpoint: Endpoint, access: Access, secret: str) -> None:
    """Give the superuser the secret, over a connection the current rules let in.

    Only the SCRAM verifier is sent (computed here), never the password itself, so no
    server log can show it.
    """
    passfile = str(access.secret_file) if access.secret_file.exists() else None
    with psycopg.connect(
        host=endpoint.host,
        port=endpoint.port,
        user=SUPERUSER,
        dbname="postgres",
        passfile=passfile,
        password="" if passfile else None,  # not PGPASSWORD: see admin.password_args
        autocommit=True,
        connect_timeout=10,
    ) as conn:
        verifier = conn.pgconn.encrypt_password(
            secret.encode(), SUPERUSER.encode(), b"scram-sha-256"
        ).decode()
        conn.execute(
            sql.SQL("ALTER ROLE {} PASSWORD {}").format(
                sql.Identifier(SUPERUSER), sql.Literal(verifier)
            )
        )


def ensure_access(endpoint: Endpoint, access: Access, owner: tuple[int, int] | None) -> bool:
    """Bring a running cluster to our rules; True when something changed (reload then).

    Called with the server lock held, after the server answers.
    """
    if not needs_update(access):
        return False
    secret = read_secret(access)
    if secret is None:
        log.warning(
            "the built-in server in %s let every local connection in (made by an earlier "
            "version): giving it a password and the new connection rules",
            access.pgdata,
        )
        secret = new_secret()
        set_password(endpoint, access, secret)
        write_secret(access, secret)
    write_rules(access, owner)
    log.info("connection rules of %s written (peer on the socket, password on TCP)", access.pgdata)
    return True
