"""Test harness: one real PostgreSQL for the session, one fresh database per test.

The session starts the embedded server in a temporary folder, migrates a template
database once, and every test gets ``CREATE DATABASE … TEMPLATE`` of it (a file copy,
a few tens of milliseconds). No SQLite, no mocked sessions.
"""

from __future__ import annotations

import itertools
import logging
import os
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

# before anything imports the program: keep the person's real folders out of tests
_SANDBOX = Path(tempfile.mkdtemp(prefix="localex-tests-"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["LOCALEX_CONFIG_DIR"] = str(_SANDBOX / "config")
os.environ["LOCALEX_LOG_DIR"] = str(_SANDBOX / "logs")
os.environ.pop("LOCALEX_DATABASE_URL", None)
os.environ.pop("LOCALEX_DATA_DIR", None)
os.environ["LOCALEX_NO_KEYRING"] = "1"  # the exchange key in a file, never the real keyring
# server passwords "remembered" by a test: never in the person's keyring or ~/.pgpass
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
os.environ["PGPASSFILE"] = str(_SANDBOX / "pgpass")

import pytest  # noqa: E402
import sqlalchemy as sa  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from localex_desktop.db import migrate  # noqa: E402
from localex_desktop.db.connection import Database, make_engine  # noqa: E402
from localex_desktop.db.embedded import EmbeddedServer  # noqa: E402
from localex_desktop.domain import backup_format  # noqa: E402
from localex_desktop.domain.roles import Actor, Role  # noqa: E402
from localex_desktop.services import backup, settings  # noqa: E402

from . import throwaway  # noqa: E402
from .logfail import LOGGER, ErrorRecorder, fail_if_unexpected  # noqa: E402
from .seed_ledger import seed_ledger  # noqa: E402
from .server_cluster import shared_server  # noqa: E402, F401  (the issue-15 server)

# throw-away clusters (no fsync) and a cheap bcrypt cost, here and in `localex` subprocesses
throwaway.apply()

TEMPLATE = "localex_template"
_counter = itertools.count()


@pytest.fixture(autouse=True)
def fail_on_logged_errors(request: pytest.FixtureRequest) -> Iterator[ErrorRecorder]:
    """An error the program logs fails the test, unless marked allow_errors (logfail.py)."""
    recorder = ErrorRecorder()
    logger = logging.getLogger(LOGGER)
    logger.addHandler(recorder)
    try:
        yield recorder
    finally:
        logger.removeHandler(recorder)
    fail_if_unexpected(request.node, "An error was logged", recorder.texts())


@pytest.fixture(autouse=True)
def isolated_config(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Each test gets its own config dir and password file: this computer's settings
    and ~/.pgpass stay apart (a test that clears PGPASSFILE sets its own)."""
    folder = tmp_path_factory.mktemp("config")
    monkeypatch.setenv("LOCALEX_CONFIG_DIR", str(folder))
    monkeypatch.setenv("PGPASSFILE", str(folder / "pgpass"))
    return folder


@pytest.fixture(scope="session")
def pg_server() -> Iterator[EmbeddedServer]:
    server = EmbeddedServer.acquire(_SANDBOX / "cluster")
    admin = _admin_engine(server)
    with admin.connect() as conn:
        conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{TEMPLATE}"'))
        conn.execute(sa.text(f'CREATE DATABASE "{TEMPLATE}"'))
    engine = make_engine(make_url(server.url(TEMPLATE)))
    migrate.upgrade(engine)
    with engine.begin() as conn, sa.orm.Session(conn) as session:
        settings.seed_defaults(session)
        session.flush()
    engine.dispose()
    yield server
    admin.dispose()
    server.release()


def _admin_engine(server: EmbeddedServer) -> sa.Engine:
    return sa.create_engine(
        make_url(server.url("postgres")), isolation_level="AUTOCOMMIT", poolclass=sa.NullPool
    )


def fresh_database(server: EmbeddedServer, template: str = TEMPLATE) -> tuple[str, Database]:
    name = f"t_{os.getpid()}_{next(_counter)}"
    admin = _admin_engine(server)
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}" TEMPLATE "{template}"'))
    admin.dispose()
    url = make_url(server.url(name))
    return name, Database(make_engine(url), "embedded", url, data_dir=server.data_dir)


def drop_database(server: EmbeddedServer, name: str) -> None:
    admin = _admin_engine(server)
    with admin.connect() as conn:
        conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def _beside(conn: sa.Connection, name: str) -> list[str]:
    """The databases named ``name_…``: what a restore, check or migration left beside it."""
    return list(
        conn.execute(
            sa.text("SELECT datname FROM pg_database WHERE starts_with(datname, :p)"),
            {"p": f"{name}_"},
        ).scalars()
    )


def leftover_databases(db: Database) -> list[str]:
    """The databases left beside ``db``'s own (a test asserts there are none, or which)."""
    with db.engine.connect() as conn:
        return _beside(conn, str(db.url.database))


def drop_leftovers(server: EmbeddedServer, name: str) -> None:
    """Drop the databases a restore, check or migration left beside ``name`` (name_…)."""
    admin = _admin_engine(server)
    with admin.connect() as conn:
        for leftover in _beside(conn, name):
            conn.execute(sa.text(f'DROP DATABASE "{leftover}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture
def seeded(
    db: Database, admin: Actor, pg_server: EmbeddedServer, tmp_path: Path
) -> Iterator[Database]:
    """The test database with a small ledger (tests/seed_ledger.py); its backups (the
    safety backups too) go to ``tmp_path/backups``. The databases a restore, check or
    migration left beside it are dropped afterwards."""
    seed_ledger(db, admin)
    with db.transaction() as s:
        backup.save_config(s, admin, folder=tmp_path / "backups")
    yield db
    drop_leftovers(pg_server, str(db.url.database))


def backup_while(
    db: Database,
    actor: Actor,
    out: Path,
    *,
    change: Sequence[str],
    undo: Sequence[str],
    passphrase: str | None = None,
) -> Path:
    """A backup made while ``change`` holds (SQL run by a superuser behind the program's
    back, one transaction), ``undo`` run afterwards: a file whose dump holds the change
    while the database it is checked against does not."""
    with db.engine.begin() as conn:
        for stmt in change:
            conn.execute(sa.text(stmt))
    made = backup.create_backup(db, actor, out=out, passphrase=passphrase)
    with db.engine.begin() as conn:
        for stmt in undo:
            conn.execute(sa.text(stmt))
    return made.path


def summary(db: Database) -> backup_format.DatabaseSummary:
    """What a backup records of the database: its counts, sums and head."""
    with db.engine.connect() as conn, conn.begin():
        return backup.collect_summary(conn)


@pytest.fixture
def fast_scrypt(monkeypatch: pytest.MonkeyPatch) -> None:
    """A cheap scrypt cost for encrypted backups (the format's own is slow on purpose)."""
    monkeypatch.setattr(backup_format.crypto, "SCRYPT_N", 2**14)


@contextmanager
def scratch_database(server: EmbeddedServer, template: str = TEMPLATE) -> Iterator[Database]:
    """A database of its own (migrated, from the template) while the block runs."""
    name, database = fresh_database(server, template)
    try:
        yield database
    finally:
        database.engine.dispose()
        drop_database(server, name)


@pytest.fixture
def db(pg_server: EmbeddedServer) -> Iterator[Database]:
    """A migrated database of its own for this test."""
    with scratch_database(pg_server) as database:
        yield database


@pytest.fixture
def empty_db(pg_server: EmbeddedServer) -> Iterator[Database]:
    """An empty database (no schema) for migration tests."""
    with scratch_database(pg_server, template="template0") as database:
        yield database


@pytest.fixture
def admin() -> Actor:
    return Actor(name="test-admin", role=Role.ADMIN)


@pytest.fixture
def coordinator() -> Actor:
    return Actor(name="test-coordinator", role=Role.COORDINATOR)


@pytest.fixture
def bookkeeper() -> Actor:
    return Actor(name="test-bookkeeper", role=Role.BOOKKEEPER)


@pytest.fixture
def cli_env(tmp_path: Path) -> dict[str, str]:
    """Environment for running the admin command in a subprocess."""
    env = dict(os.environ)
    env["LOCALEX_CONFIG_DIR"] = str(tmp_path / "config")
    env["LOCALEX_LOG_DIR"] = str(tmp_path / "logs")
    return env
