"""A PostgreSQL server as an installer sets one up for several desktops (issue 15).

A cluster of its own, listening on 127.0.0.1 only with ``scram-sha-256`` for every
login (no peer, no trust), set up by ``packaging/server/shared-server.sql`` run with
``psql`` as its superuser: the group roles, a migrating login ``lx_migrate`` that owns
database ``exchange`` and runs ``localex init``, and one login per person. The
program then connects as those logins with their passwords only, as two coordinators'
desktops and a bookkeeper's would.

Use the session fixture ``shared_server`` (tests/conftest.py imports it): a
:class:`SharedServer` with :meth:`SharedServer.url` for each login. The ledger in
``exchange`` is made once per session; tests that change it use their own database
from :meth:`SharedServer.fresh_exchange`.
"""

from __future__ import annotations

import itertools
import os
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import ClassVar

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import URL, make_url

from localex_desktop.db import migrate
from localex_desktop.db.connection import Database, make_engine
from localex_desktop.db.embedded import EmbeddedServer
from localex_desktop.db.pg_server import tool_path
from localex_desktop.domain.roles import Actor, Role
from localex_desktop.services import operators, settings

REPO = Path(__file__).resolve().parents[1]
SCRIPT = REPO / "packaging" / "server" / "shared-server.sql"

MIGRATOR = "lx_migrate"
#: login → (password, group role); a plain SELECT-only login is made apart (READER)
LOGINS: dict[str, tuple[str, str]] = {
    "alice": ("alice-pw-1", "localex_coordinator"),
    "carol": ("carol-pw-1", "localex_coordinator"),
    "bert": ("bert-pw-1", "localex_bookkeeper"),
    "dana": ("dana-pw-1", "localex_admin"),
}
PASSWORDS = {MIGRATOR: "migrate-pw-1", **{k: v[0] for k, v in LOGINS.items()}}
#: a login with SELECT on the tables and nothing else (not a member of a group role)
READER = "reader"
PASSWORDS[READER] = "reader-pw-1"
#: the operators made in the exchange: name → (password, role)
OPERATORS: dict[str, tuple[str, Role]] = {
    "admin": ("admin-operator-1", Role.ADMIN),
    "ann": ("ann-operator-1", Role.COORDINATOR),
    "cy": ("cy-operator-1", Role.COORDINATOR),
    "bea": ("bea-operator-1", Role.BOOKKEEPER),
}
_counter = itertools.count()


class _TcpServer(EmbeddedServer):
    """The embedded cluster's code, listening on 127.0.0.1 with passwords only."""

    listen_tcp: ClassVar[bool] = True


@dataclass
class SharedServer:
    server: EmbeddedServer
    host: str
    port: int
    database: str = "exchange"
    made: list[str] = field(default_factory=list)

    def url(self, login: str, database: str | None = None, *, password: bool = True) -> URL:
        """The URL a desktop of ``login`` uses (with its password unless told not to)."""
        return URL.create(
            "postgresql+psycopg",
            username=login,
            password=PASSWORDS[login] if password else None,
            host=self.host,
            port=self.port,
            database=database or self.database,
        )

    def database_for(self, login: str, database: str | None = None) -> Database:
        url = self.url(login, database)
        return Database(make_engine(url), "server", url)

    def superuser(self) -> sa.Engine:
        return sa.create_engine(
            make_url(self.server.url("postgres")),
            isolation_level="AUTOCOMMIT",
            poolclass=sa.NullPool,
        )

    def fresh_exchange(self) -> str:
        """A copy of ``exchange`` (same owner, same grants) for a test that changes it."""
        name = f"exchange_{os.getpid()}_{next(_counter)}"
        engine = self.superuser()
        with engine.connect() as conn:
            conn.execute(
                sa.text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                    " WHERE datname = :d AND pid <> pg_backend_pid()"
                ),
                {"d": self.database},
            )
            conn.execute(
                sa.text(f'CREATE DATABASE "{name}" TEMPLATE "{self.database}" OWNER {MIGRATOR}')
            )
            conn.execute(sa.text(f'GRANT CONNECT ON DATABASE "{name}" TO PUBLIC'))
        engine.dispose()
        self.made.append(name)
        return name

    def drop(self, name: str) -> None:
        engine = self.superuser()
        with engine.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        engine.dispose()


def _psql(server: EmbeddedServer, *args: str) -> None:
    url = server.url("postgres").replace("+psycopg", "")
    proc = subprocess.run(
        [str(tool_path("psql")), "-X", "-q", "-d", url, *args],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr


def _set_up(shared: SharedServer) -> None:
    """What the installer does once: the script, the logins, `localex init`, operators."""
    _psql(
        shared.server,
        "-v", f"db={shared.database}",
        "-v", f"migrator={MIGRATOR}",
        "-v", f"migrator_password={PASSWORDS[MIGRATOR]}",
        "-f", str(SCRIPT),
    )  # fmt: skip
    engine = shared.superuser()
    with engine.connect() as conn:
        for login, (pw, group) in LOGINS.items():
            conn.execute(sa.text(f"CREATE ROLE {login} LOGIN PASSWORD '{pw}' IN ROLE {group}"))
        conn.execute(sa.text(f"CREATE ROLE {READER} LOGIN PASSWORD '{PASSWORDS[READER]}'"))
    engine.dispose()
    # `localex init` as the migrating login, over TCP with its password
    owner = make_engine(shared.url(MIGRATOR))
    migrate.upgrade(owner)
    with owner.begin() as conn, sa.orm.Session(conn) as s:
        settings.seed_defaults(s)
        who = Actor(name="installer", role=Role.ADMIN)
        for name, (pw, role) in OPERATORS.items():
            operators.create(s, who, name, pw, role)
        s.flush()
        # the plain reader: SELECT on the tables, as `GRANT SELECT ON ALL TABLES` gives it
        conn.execute(sa.text(f"GRANT USAGE ON SCHEMA public TO {READER}"))
        conn.execute(sa.text(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {READER}"))
    owner.dispose()


@pytest.fixture(scope="session")
def shared_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SharedServer]:
    server = _TcpServer.acquire(tmp_path_factory.mktemp("shared") / "data")
    endpoint = server.endpoint
    shared = SharedServer(server, endpoint.host, endpoint.port)
    try:
        _set_up(shared)
        yield shared
    finally:
        for name in shared.made:
            shared.drop(name)
        server.release()
