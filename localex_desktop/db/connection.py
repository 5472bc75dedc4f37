"""Open the database the person asked for: the embedded cluster or a PostgreSQL server.

Everything that can go wrong while connecting becomes a :class:`DatabaseUnavailable`
naming the culprit (host, port, user, password or database), never a traceback. A
password the server wants or refused is a :class:`PasswordNeeded`, so the sign-in
window and the command line can ask for it without reading the message.
"""

from __future__ import annotations

import getpass
import logging
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import sqlalchemy as sa
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from localex_desktop import paths
from localex_desktop.config import load_profile, secrets
from localex_desktop.db import admin
from localex_desktop.db.embedded import DATABASE_NAME, EmbeddedServer, holds_cluster
from localex_desktop.domain.errors import DatabaseUnavailable, ValidationError
from localex_desktop.urls import mask_url

log = logging.getLogger(__name__)

Mode = Literal["embedded", "server", "review"]
MIN_SERVER_MAJOR = 14


class PasswordNeeded(DatabaseUnavailable):
    """The server wants a password for the login and was given none (``refused`` False),
    or refused the one it was given (``refused`` True).

    It names the server and the login to ask about; it never holds the password.
    """

    def __init__(self, message: str, *, hint: str, url: URL, refused: bool) -> None:
        super().__init__(message, hint=hint)
        self.url = url._replace(password=None)  # URL.set(password=None) would keep it
        self.refused = refused

    @property
    def login(self) -> str:
        """The server login (libpq's default when the URL names none)."""
        return self.url.username or _default_login()

    @property
    def host(self) -> str:
        query = {k: (v[0] if isinstance(v, tuple) else v) for k, v in self.url.query.items()}
        return str(self.url.host or query.get("host") or "the local socket")

    @property
    def server(self) -> str:
        """Where, in a few words: "127.0.0.1:5432, database exchange"."""
        port = f":{self.url.port}" if self.url.port else ""
        return f"{self.host}{port}, database {self.url.database}"


def _default_login() -> str:
    """The login libpq uses when the URL names none: PGUSER, else the computer's user."""
    try:
        return os.environ.get("PGUSER") or getpass.getuser()
    except (KeyError, OSError):
        return "(your login name)"


@dataclass(frozen=True)
class Target:
    """Which database to open, before it is opened."""

    mode: Literal["embedded", "server"]
    data_dir: Path | None = None
    url: URL | None = None
    source: str = "default"  # where the choice came from, for `localex info`


def normalise_url(text: str) -> URL:
    """Accept postgres://, postgresql:// and postgresql+psycopg:// alike."""
    text = text.strip()
    if not text:
        raise ValidationError("The database URL is empty.", field="database_url")
    try:
        url = make_url(text)
    except ArgumentError as exc:
        raise ValidationError(
            f"{mask_url(text)} is not a database URL.",
            field="database_url",
            hint="Write it as postgresql://USER@HOST:PORT/DATABASE.",
        ) from exc
    except ValueError as exc:  # SQLAlchemy reads the port with int(): "host:" or "[::1"
        raise ValidationError(
            "The port in the database URL is not a number.",
            field="database_url",
            hint="Write the port as digits after the host (HOST:5432), or leave out ':'; an "
            "IPv6 address goes in brackets: [::1]:5432.",
        ) from exc
    if url.port is not None and not 0 < url.port < 65536:
        raise ValidationError(
            f"The port {url.port} in the database URL is not a port.",
            field="database_url",
            hint="Ports go from 1 to 65535; PostgreSQL's usual one is 5432.",
        )
    if url.drivername in ("postgres", "postgresql", "postgresql+psycopg", "postgresql+psycopg2"):
        url = url.set(drivername="postgresql+psycopg")
    else:
        raise ValidationError(
            f"Only PostgreSQL is supported, not {url.drivername!r}.",
            field="database_url",
            hint="Write it as postgresql://USER@HOST:PORT/DATABASE.",
        )
    if not url.database:
        raise ValidationError(
            "The database URL names no database.",
            field="database_url",
            hint="Add the database name at the end: postgresql://USER@HOST/DATABASE.",
        )
    try:
        admin.check_name(url.database)
    except ValidationError as exc:
        raise ValidationError(
            f"In the database URL: {exc.message}", field="database_url", hint=exc.hint
        ) from exc
    return url


def resolve_target(data_dir: str | Path | None = None, database_url: str | None = None) -> Target:
    """Command line beats environment beats the saved profile beats the default dir."""
    if database_url:
        return Target("server", url=normalise_url(database_url), source="--database-url")
    env_url = os.environ.get("LOCALEX_DATABASE_URL")
    if env_url:
        return Target("server", url=normalise_url(env_url), source="LOCALEX_DATABASE_URL")
    if data_dir:
        return Target(
            "embedded", data_dir=Path(data_dir).expanduser().resolve(), source="--data-dir"
        )
    if os.environ.get("LOCALEX_DATA_DIR"):
        return Target("embedded", data_dir=paths.default_data_dir(), source="LOCALEX_DATA_DIR")
    profile = load_profile()
    if profile is not None:
        if profile.mode == "server" and profile.url:
            return Target("server", url=normalise_url(profile.url), source="saved profile")
        if profile.mode == "embedded":
            folder = Path(profile.data_dir) if profile.data_dir else paths.default_data_dir()
            return Target("embedded", data_dir=folder, source="saved profile")
    return Target("embedded", data_dir=paths.default_data_dir(), source="default")


def is_configured() -> bool:
    """True when something says which database to use (else the GUI runs its first-run wizard).

    A default data folder that already holds a database counts: after `localex init`
    the program opens it and goes to the sign-in, as the installer guide says.
    """
    return bool(
        os.environ.get("LOCALEX_DATABASE_URL")
        or os.environ.get("LOCALEX_DATA_DIR")
        or load_profile() is not None
        or holds_cluster(paths.default_data_dir())
    )


@dataclass
class Database:
    """An open database: the engine, and the embedded server handle if we run one."""

    engine: Engine
    mode: Mode
    url: URL
    data_dir: Path | None = None
    server: EmbeddedServer | None = None
    read_only: bool = False
    _sessions: sessionmaker[Session] = field(init=False, repr=False)
    #: server process ids of this program's pooled connections (their NOTIFYs are ours)
    own_backend_pids: set[int] = field(init=False, repr=False, default_factory=set)

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        sa.event.listen(self.engine, "checkout", self._note_backend_pid)

    def _note_backend_pid(self, dbapi_conn: Any, record: Any, _proxy: Any) -> None:
        """Learn each pooled connection's server pid once (one query per connection)."""
        if "backend_pid" in record.info:
            return
        pid = getattr(getattr(dbapi_conn, "info", None), "backend_pid", None)
        if isinstance(pid, int):
            record.info["backend_pid"] = pid
            self.own_backend_pids.add(pid)

    @property
    def display_url(self) -> str:
        return mask_url(self.url)

    def session(self) -> Session:
        return self._sessions()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One database transaction per user action: commit on success, else roll back."""
        with self._sessions() as session, session.begin():
            if self.read_only:
                session.execute(sa.text("SET TRANSACTION READ ONLY"))
            yield session

    def server_version(self) -> str:
        with self.engine.connect() as conn:
            return str(conn.execute(sa.text("SHOW server_version")).scalar_one())

    def close(self) -> None:
        self.engine.dispose()
        if self.server is not None:
            self.server.release()
            self.server = None


def make_engine(url: URL) -> Engine:
    connect_args = {"application_name": "localex", "connect_timeout": 10}
    return sa.create_engine(
        url,
        pool_pre_ping=True,
        pool_size=5,
        max_overflow=10,
        connect_args={**connect_args, **admin.password_args(url)},
    )


def open_database(target: Target, *, create: bool = True, password: str | None = None) -> Database:
    """Start (embedded) or reach (server) the database and check that it answers.

    On a server, ``password`` (typed by the person) beats the URL's and the keyring's;
    with none of them libpq tries ``PGPASSWORD``, ``PGSERVICE`` and the password file
    itself. The password connected with stays in :attr:`Database.url` only (in memory),
    so the client tools (pg_dump) get the same one. A missing or refused password is a
    :class:`PasswordNeeded`.
    """
    if target.mode == "embedded":
        assert target.data_dir is not None
        server = EmbeddedServer.acquire(target.data_dir)
        try:
            if create:
                ensure_database(make_url(server.url("postgres")), DATABASE_NAME)
            url = make_url(server.url())
            engine = make_engine(url)
            check_connection(engine)
        except BaseException:
            server.release()
            raise
        return Database(engine, "embedded", url, data_dir=target.data_dir, server=server)
    assert target.url is not None
    url = target.url
    if password is not None:
        url = url.set(password=password)
    elif url.password is None and (kept := secrets.find_password(url)) is not None:
        url = url.set(password=kept)  # from the keyring; libpq reads ~/.pgpass itself
    engine = make_engine(url)
    check_connection(engine)
    return Database(engine, "server", url)


def ensure_database(admin_url: URL, name: str) -> None:
    """Create ``name`` on the server of ``admin_url`` unless it is there (errors explained)."""
    try:
        admin.ensure_database(admin_url, name)
    except DBAPIError as exc:
        raise explain_connect_error(exc, admin_url) from exc


def check_connection(engine: Engine) -> None:
    try:
        with engine.connect() as conn:
            num = int(conn.execute(sa.text("SHOW server_version_num")).scalar_one())
    except DBAPIError as exc:
        engine.dispose()
        raise explain_connect_error(exc, engine.url) from exc
    if num // 10000 < MIN_SERVER_MAJOR:
        engine.dispose()
        raise DatabaseUnavailable(
            f"The server at {engine.url.host or 'the socket'} runs PostgreSQL {num // 10000}; "
            f"LocalEx Desktop needs PostgreSQL {MIN_SERVER_MAJOR} or newer.",
        )


def _ident(name: str) -> str:
    """``name`` as SQL writes it (quoted unless it is a plain lower-case word)."""
    return name if re.fullmatch(r"[a-z_][a-z0-9_]*", name) else '"' + name.replace('"', '""') + '"'


def _refused_by_server(low: str, url: URL, host: str, user: str) -> DatabaseUnavailable | None:
    """The server answered and refused this login by its rules: a ``reject`` line (or no
    line at all) in its pg_hba.conf, or no CONNECT right on the database."""
    database = url.database or "(the database)"
    if "pg_hba.conf rejects connection" in low or "no pg_hba.conf entry" in low:
        return DatabaseUnavailable(
            f"The server at {host} does not let user {user!r} connect to database "
            f"{database!r} from this computer (its pg_hba.conf refuses it).",
            hint="Ask the server's administrator to allow it: a line such as "
            f"'host {database} {user} <this computer's address>/32 scram-sha-256' in "
            "pg_hba.conf above any 'reject' line, then reload the server "
            "(docs/admin/server.md).",
        )
    if "permission denied for database" in low or "connect privilege" in low:
        return DatabaseUnavailable(
            f"User {user!r} may not connect to database {database!r} at {host}: the "
            "CONNECT right is missing.",
            hint="Ask the server's administrator to run: GRANT CONNECT ON DATABASE "
            f"{_ident(database)} TO {_ident(user)}; (docs/admin/server.md).",
        )
    return None


def explain_connect_error(exc: DBAPIError, url: URL) -> DatabaseUnavailable:
    """Turn libpq's message into one that names what is wrong."""
    text = str(exc.orig) if exc.orig is not None else str(exc)
    low = text.lower()
    host = url.host or "the local socket"
    port = url.port or 5432
    user = url.username or _default_login()
    log.warning("connection to %s failed: %s", mask_url(url), text.strip())
    if "could not translate host name" in low or "name or service not known" in low:
        return DatabaseUnavailable(
            f"The database host {host!r} could not be found.",
            hint="Check the host name in the database URL.",
        )
    if "password authentication failed" in low:
        return PasswordNeeded(
            f"The server refused the password for user {user!r}.",
            hint="Check the password (it is never stored in the settings file).",
            url=url,
            refused=True,
        )
    if "no password supplied" in low or "fe_sendauth" in low:
        return PasswordNeeded(
            f"The server at {host} wants a password for user {user!r} and none was given.",
            hint="Type it when the program asks, or keep it in the system keyring or your "
            "PostgreSQL password file (~/.pgpass); scripts: PGPASSWORD or --password-stdin.",
            url=url,
            refused=False,
        )
    refused = _refused_by_server(low, url, host, user)
    if refused is not None:
        return refused
    if "role" in low and "does not exist" in low:
        return DatabaseUnavailable(
            f"The server has no user {user!r}.", hint="Check the user name in the database URL."
        )
    if "database" in low and "does not exist" in low:
        return DatabaseUnavailable(
            f"The server at {host} has no database {url.database!r}.",
            hint="Ask the server's administrator to create it, or check the name in the URL.",
        )
    if "connection refused" in low or "no such file or directory" in low:
        return DatabaseUnavailable(
            f"Nothing answered at {host}:{port}.",
            hint="Check that the PostgreSQL server is running and the host and port are right.",
        )
    if "timeout" in low or "timed out" in low:
        return DatabaseUnavailable(
            f"The server at {host}:{port} did not answer in time.",
            hint="Check the network and the host and port.",
        )
    first = text.strip().splitlines()[0] if text.strip() else type(exc).__name__
    return DatabaseUnavailable(f"Could not connect to the database: {first}")
