"""The rights each task needs (issue 15, problems 5 and 6), against the shared server.

Logins of ``tests/server_cluster.py``: ``bert`` (localex_bookkeeper), ``reader`` (USAGE on
the schema and SELECT on every table, nothing else), ``alice`` (coordinator), ``dana``
(admin), ``lx_migrate`` (owner of the database, member of localex_owner, no CREATEDB).
Each check is asked of the database before the work starts and refused with one
sentence and the statement an administrator runs; what the database refuses anyway
reads the same way.
"""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.exc import DBAPIError

from localex_desktop.db.connection import Database, make_engine
from localex_desktop.domain.errors import AuthenticationFailed, PermissionDenied
from localex_desktop.domain.roles import Permission
from localex_desktop.services import operators, rights
from localex_desktop.services.errors import translate
from tests.cli_helpers import run_cli
from tests.server_cluster import MIGRATOR, OPERATORS, SharedServer

SEQUENCES = (
    "The login reader may not read the sequences a backup needs. An administrator runs: "
    "GRANT SELECT ON ALL SEQUENCES IN SCHEMA public TO reader;"
)
READ_ONLY = (
    "The login reader may only read, not change members. An administrator runs: "
    "GRANT localex_coordinator TO reader;"
)


def _db(shared: SharedServer, login: str, database: str | None = None) -> Database:
    return shared.database_for(login, database)


def _facts(shared: SharedServer, login: str, database: str | None = None) -> rights.Facts:
    db = _db(shared, login, database)
    try:
        with db.engine.connect() as conn:
            return rights.facts(conn)
    finally:
        db.close()


def _env(shared: SharedServer, login: str, operator: str | None, database: str | None = None):
    env = dict(os.environ)
    env["LOCALEX_DATABASE_URL"] = shared.url(login, database).render_as_string(hide_password=False)
    env.pop("LOCALEX_OPERATOR", None)
    env.pop("LOCALEX_PASSWORD", None)
    if operator is not None:
        env["LOCALEX_OPERATOR"] = operator
        env["LOCALEX_PASSWORD"] = OPERATORS[operator][0]
    return env


# -- signing in ------------------------------------------------------------------------


@pytest.mark.parametrize("login", ["reader", "bert"])
def test_a_read_only_login_signs_in_and_the_bookkeeping_is_kept(
    shared_server: SharedServer, login: str
) -> None:
    name = shared_server.fresh_exchange()
    db = _db(shared_server, login, name)
    try:
        with pytest.raises(AuthenticationFailed):
            operators.authenticate(db, "bea", "not the password")
        info = operators.authenticate(db, "bea", OPERATORS["bea"][0])
    finally:
        db.close()
    assert info.username == "bea"
    assert info.login is not None and info.login.read_only
    assert info.actor().read_only
    owner = make_engine(shared_server.url(MIGRATOR, name))
    with owner.connect() as conn:
        row = conn.execute(
            sa.text("SELECT failed_logins, last_login_at FROM operators WHERE username = 'bea'")
        ).one()
    owner.dispose()
    assert row.failed_logins == 0 and row.last_login_at is not None  # kept by the function


def test_a_login_that_may_not_read_the_exchange_cannot_sign_operators_in(
    shared_server: SharedServer,
) -> None:
    su = shared_server.superuser()
    with su.connect() as conn:
        conn.execute(sa.text("DROP ROLE IF EXISTS stranger"))
        conn.execute(sa.text("CREATE ROLE stranger LOGIN PASSWORD 'stranger-pw-1'"))
    su.dispose()
    url = shared_server.url("reader").set(username="stranger", password="stranger-pw-1")
    db = Database(make_engine(url), "server", url)
    try:
        with pytest.raises(PermissionDenied) as refused:
            operators.authenticate(db, "bea", OPERATORS["bea"][0])
    finally:
        db.close()
    assert str(refused.value) == (
        "The login stranger may not read the table members. "
        "An administrator runs: GRANT localex_bookkeeper TO stranger;"
    )


# -- the checks, one by one ------------------------------------------------------------


def test_each_login_s_limits(shared_server: SharedServer) -> None:
    reader = rights.limits(_facts(shared_server, "reader"))
    assert reader.read_only
    assert reader.refusal(Permission.MANAGE_MEMBERS) == READ_ONLY
    assert reader.refusal(Permission.READ) is None
    bert = rights.limits(_facts(shared_server, "bert"))
    assert bert.read_only and bert.refusal(Permission.READ) is None
    assert bert.refusal(Permission.POST) == (
        "The login bert may only read, not post transactions. An administrator runs: "
        "GRANT localex_coordinator TO bert;"
    )
    alice = rights.limits(_facts(shared_server, "alice"))
    assert not alice.read_only
    assert alice.refusal(Permission.MANAGE_MEMBERS) is None
    assert alice.refusal(Permission.MANAGE_SETTINGS) == (
        "The login alice may not change the exchange's settings. An administrator runs: "
        "GRANT localex_admin TO alice;"
    )
    dana = rights.limits(_facts(shared_server, "dana"))
    assert dana.refusal(Permission.MANAGE_SETTINGS) is None
    assert dana.refusal(Permission.MANAGE_DATABASE) == (
        "The login dana is not a member of localex_owner, the role that owns the schema "
        "(migrations and restores run as it). An administrator runs: "
        "GRANT localex_owner TO dana;"
    )


def test_backup_needs_every_table_and_sequence(shared_server: SharedServer) -> None:
    lack = rights.backing_up(_facts(shared_server, "reader"))
    assert lack is not None and f"{lack.sentence('reader')} {lack.hint()}" == SEQUENCES
    bert = rights.backing_up(_facts(shared_server, "bert"))
    assert bert is not None
    assert bert.sentence("bert") == (
        "The login bert may not read the tables localex_signins, operators nor the "
        "sequences a backup needs."
    )
    assert bert.hint() == "An administrator runs: GRANT pg_read_all_data TO bert;"
    assert rights.backing_up(_facts(shared_server, MIGRATOR)) is None


def test_restore_needs_createdb_then_ownership(shared_server: SharedServer) -> None:
    lack = rights.restoring(_facts(shared_server, MIGRATOR))
    assert lack is not None
    assert lack.hint() == f"An administrator runs: ALTER ROLE {MIGRATOR} CREATEDB;"
    assert lack.sentence(MIGRATOR).startswith(f"The login {MIGRATOR} may not create databases")
    alice = rights.restoring(_facts(shared_server, "alice"))
    assert alice is not None and "CREATEDB" in alice.hint()
    # with CREATEDB (as an administrator gives it), what comes next
    facts = dataclasses.replace(_facts(shared_server, "alice"), createdb=True)
    lack = rights.restoring(facts)
    assert lack is not None
    assert f"{lack.sentence('alice')} {lack.hint()}" == (
        "The login alice does not own the database exchange, which a restore renames. "
        "An administrator runs: ALTER DATABASE exchange OWNER TO alice;"
    )
    lack = rights.restoring(dataclasses.replace(facts, owns_database=True))
    assert lack is not None and lack.hint() == (
        "An administrator runs: GRANT localex_owner TO alice;"
    )
    migrator = dataclasses.replace(_facts(shared_server, MIGRATOR), createdb=True)
    assert rights.restoring(migrator) is None


def test_verify_and_recording(shared_server: SharedServer) -> None:
    for login in ("reader", "bert", "alice"):
        assert rights.verifying(_facts(shared_server, login)) is None
    assert not rights.recording(_facts(shared_server, "reader"))
    assert rights.recording(_facts(shared_server, "bert"))  # localex_note() is granted


# -- what the database refuses anyway --------------------------------------------------


def _said(db: Database, login: str, statement: str) -> BaseException:
    """What the program makes of the database's refusal of ``statement`` to ``login``."""
    with pytest.raises(DBAPIError) as raised, db.engine.connect() as conn:
        conn.execute(sa.text(statement))
    return translate(raised.value, login=login)


def test_a_permission_denied_becomes_a_sentence_with_the_grant(
    shared_server: SharedServer,
) -> None:
    db = _db(shared_server, "reader")
    try:
        said = _said(db, "reader", "INSERT INTO settings (key, value) VALUES ('x', '1')")
        assert isinstance(said, PermissionDenied)
        assert str(said) == (
            "The login reader may only read, not change the table settings. "
            "An administrator runs: GRANT localex_admin TO reader;"
        )
        assert str(_said(db, "reader", "SELECT last_value FROM members_id_seq")) == (
            "The login reader may not use the sequence members_id_seq. "
            "An administrator runs: GRANT SELECT ON ALL SEQUENCES IN SCHEMA public TO reader;"
        )
        assert str(_said(db, "reader", "SELECT nextval('members_id_seq')")).endswith(
            "An administrator runs: GRANT localex_coordinator TO reader;"
        )
        override = "SELECT localex_post_override('x', 'y', '{}', '{}', 'z')"
        assert str(_said(db, "reader", override)) == (
            "The login reader may not call the function localex_post_override. "
            "An administrator runs: GRANT localex_admin TO reader;"
        )
    finally:
        db.close()


# -- the admin command over a read-only login ------------------------------------------


def _seeded(shared: SharedServer) -> str:
    """A copy of the exchange with two members and a transfer, made by its owner."""
    name = shared.fresh_exchange()
    env = _env(shared, MIGRATOR, None, name)
    for who in ("Ada", "Bo"):
        proc = run_cli("member", "add", "--name", who, env=env)
        assert proc.returncode == 0, proc.stderr
    proc = run_cli(
        "transfer", "--from", "1", "--to", "2", "--amount", "5", "--memo", "eggs", env=env
    )
    assert proc.returncode == 0, proc.stderr
    return name


@pytest.fixture(scope="module")
def seeded(shared_server: SharedServer) -> str:
    return _seeded(shared_server)


@pytest.mark.parametrize("login", ["reader", "bert"])
def test_cli_reads_verifies_exports_and_prints_over_a_read_only_login(
    shared_server: SharedServer, seeded: str, login: str, tmp_path: Path
) -> None:
    env = _env(shared_server, login, "bea", seeded)
    proc = run_cli("verify", env=env)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("Ledger OK: 1 transactions")
    for args in (
        ["member", "list"],
        ["export", "members", "--out", str(tmp_path / "m.csv")],
        ["export", "transactions", "--out", str(tmp_path / "t.xlsx")],
        ["statement", "1", "--out", str(tmp_path / "s.pdf")],
        ["report", "trial-balance"],
    ):
        proc = run_cli(*args, env=env)
        assert proc.returncode == 0, (args, proc.stderr)
        assert "internal error" not in proc.stderr
    assert (tmp_path / "s.pdf").read_bytes().startswith(b"%PDF")
    assert (tmp_path / "m.csv").read_text(encoding="utf-8-sig").count("\n") >= 3


def test_cli_backup_refused_in_words_then_done_after_the_grant(
    shared_server: SharedServer, tmp_path: Path
) -> None:
    name = _seeded(shared_server)
    env = _env(shared_server, "reader", "bea", name)
    out = tmp_path / "b.localex"
    proc = run_cli("backup", "--out", str(out), env=env)
    assert proc.returncode == 1
    assert proc.stderr.strip() == f"localex: {SEQUENCES}"
    assert not out.exists()
    owner = make_engine(shared_server.url(MIGRATOR, name))
    with owner.begin() as conn:
        conn.execute(sa.text("SET ROLE localex_owner"))
        conn.execute(sa.text("GRANT SELECT ON ALL SEQUENCES IN SCHEMA public TO reader"))
    owner.dispose()
    proc = run_cli("backup", "--out", str(out), env=env)
    assert proc.returncode == 0, proc.stderr
    assert out.exists()


def test_cli_writes_over_a_read_only_login_are_refused_in_words(
    shared_server: SharedServer, seeded: str
) -> None:
    # a coordinator's operator over the read-only login: the login is what refuses
    env = _env(shared_server, "reader", "ann", seeded)
    proc = run_cli("member", "add", "--name", "Cy", env=env)
    assert proc.returncode == 1
    assert proc.stderr.strip() == f"localex: {READ_ONLY}"
    proc = run_cli("transfer", "--from", "1", "--to", "2", "--amount", "1", "--memo", "x", env=env)
    assert proc.returncode == 1
    assert "may only read, not post transactions" in proc.stderr
    assert "GRANT localex_coordinator TO reader;" in proc.stderr
    # the bookkeeper's own role refuses first, as before
    proc = run_cli("member", "add", "--name", "Cy", env=_env(shared_server, "bert", "bea", seeded))
    assert proc.returncode == 1 and "bea (bookkeeper) may not manage members" in proc.stderr


def test_cli_restore_refused_before_anything_is_asked(
    shared_server: SharedServer, tmp_path: Path
) -> None:
    fake = tmp_path / "x.localex"
    fake.write_bytes(b"not a backup")
    proc = run_cli("restore", str(fake), "--yes", env=_env(shared_server, MIGRATOR, None))
    assert proc.returncode == 1
    assert f"ALTER ROLE {MIGRATOR} CREATEDB;" in proc.stderr
    assert "internal error" not in proc.stderr


def test_a_login_read_only_by_default_signs_in_too(shared_server: SharedServer) -> None:
    """``ALTER ROLE … SET default_transaction_read_only``: the sign-in's bookkeeping is
    still kept (by the definer function), and the login still changes nothing."""
    name = shared_server.fresh_exchange()
    su = shared_server.superuser()
    with su.connect() as conn:
        conn.execute(sa.text("DROP ROLE IF EXISTS quiet"))
        conn.execute(
            sa.text("CREATE ROLE quiet LOGIN PASSWORD 'quiet-pw-1' IN ROLE localex_bookkeeper")
        )
        conn.execute(sa.text("ALTER ROLE quiet SET default_transaction_read_only = on"))
    su.dispose()
    url = shared_server.url("reader", name).set(username="quiet", password="quiet-pw-1")
    db = Database(make_engine(url), "server", url)
    try:
        info = operators.authenticate(db, "bea", OPERATORS["bea"][0])
        assert info.login is not None and info.login.read_only
        with pytest.raises(DBAPIError) as raised, db.engine.begin() as conn:
            conn.execute(sa.text("UPDATE members SET name = name"))
        assert translate(raised.value, login="quiet") is not raised.value
    finally:
        db.close()
