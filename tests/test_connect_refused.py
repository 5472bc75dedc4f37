"""A server that answers and refuses the login by its rules (issue 15, item 7).

A missing CONNECT right, and a ``reject`` line (or none at all) in pg_hba.conf: one
sentence naming who may not connect where, with what the administrator does about it,
never libpq's raw text. On a server of this module's own (the shared one is never
reconfigured).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import URL, make_url

from localex_desktop.db.connection import Target, open_database
from localex_desktop.domain.errors import DatabaseUnavailable

from .cli_helpers import run_cli
from .server_cluster import _TcpServer

PASSWORD = "refused-pw-1"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[_TcpServer]:
    made = _TcpServer.acquire(tmp_path_factory.mktemp("refused") / "data")
    admin = sa.create_engine(
        make_url(made.url("postgres")), isolation_level="AUTOCOMMIT", poolclass=sa.NullPool
    )
    with admin.connect() as conn:
        for login in ("nell", "rex", "nobody_listed"):
            conn.execute(sa.text(f"CREATE ROLE {login} LOGIN PASSWORD '{PASSWORD}'"))
        conn.execute(sa.text("CREATE DATABASE exchange"))
        conn.execute(sa.text("CREATE DATABASE closed"))
        conn.execute(sa.text("REVOKE CONNECT ON DATABASE closed FROM PUBLIC"))
    admin.dispose()
    hba = made.pgdata / "pg_hba.conf"
    lines = []
    for line in hba.read_text().splitlines():
        parts = line.split()
        if parts[:1] == ["host"] and parts[2] == "all":  # every user: only these now
            parts[2] = "nell,rex,postgres"
            line = "  ".join(parts)
        lines.append(line)
    # rex is turned away by a reject line first; nobody_listed matches no line at all
    hba.write_text("host  all  rex  127.0.0.1/32  reject\n" + "\n".join(lines) + "\n")
    made._pg_ctl("reload")
    yield made
    made.release()


def url(server: _TcpServer, login: str, database: str) -> URL:
    ep = server.endpoint
    return URL.create("postgresql+psycopg", login, PASSWORD, ep.host, ep.port, database)


def refusal(server: _TcpServer, login: str, database: str) -> DatabaseUnavailable:
    with pytest.raises(DatabaseUnavailable) as caught:
        open_database(Target("server", url=url(server, login, database)))
    return caught.value


def test_a_missing_connect_right_names_the_grant(server: _TcpServer) -> None:
    exc = refusal(server, "nell", "closed")
    assert exc.message == (
        "User 'nell' may not connect to database 'closed' at 127.0.0.1: the CONNECT right "
        "is missing."
    )
    assert "GRANT CONNECT ON DATABASE closed TO nell;" in (exc.hint or "")


def test_a_reject_line_in_pg_hba_says_who_may_not_connect(server: _TcpServer) -> None:
    exc = refusal(server, "rex", "exchange")
    assert exc.message == (
        "The server at 127.0.0.1 does not let user 'rex' connect to database 'exchange' "
        "from this computer (its pg_hba.conf refuses it)."
    )
    assert "pg_hba.conf above any 'reject' line" in (exc.hint or "")
    assert "scram-sha-256" in (exc.hint or "")
    # no line at all for the user: the same advice
    assert "pg_hba.conf refuses it" in refusal(server, "nobody_listed", "exchange").message


@pytest.mark.parametrize(
    ("login", "database", "words"),
    [("nell", "closed", "CONNECT right is missing"), ("rex", "exchange", "pg_hba.conf")],
)
def test_the_cli_says_it_in_one_line(
    server: _TcpServer,
    cli_env: dict[str, str],
    tmp_path: Path,
    login: str,
    database: str,
    words: str,
) -> None:
    ep = server.endpoint
    env = dict(cli_env, PGPASSWORD=PASSWORD)
    target = f"postgresql://{login}@{ep.host}:{ep.port}/{database}"
    proc = run_cli("--database-url", target, "info", env=env)
    assert proc.returncode == 1
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and words in lines[0], proc.stderr
    assert "FATAL" not in proc.stderr and "Traceback" not in proc.stderr
