"""The rules hold at the database (revision 0007): a person's own database login, used with
psql, can do no more than their operator role allows, and never posts as someone else.

The logins are made in the test cluster as an administrator's one-time script makes them
on a shared server (packaging/server/shared-server.sql): each a member of one group role.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.exc import DBAPIError

from localex_desktop.db import migrate
from localex_desktop.db.connection import Database
from localex_desktop.db.embedded import EmbeddedServer
from localex_desktop.domain.errors import AuthenticationFailed
from localex_desktop.domain.roles import DATABASE_ROLES, WRITES, Actor, Permission, Role
from localex_desktop.services import operators, settings, verify

from .cli_helpers import run_cli, run_json
from .seed_ledger import seed_ledger
from .tampering import checks, verified

PASSWORD = "login-password-1"
OPERATOR_PASSWORD = "operator-password-1"
LOGINS = {
    "lx_test_keeper": "localex_bookkeeper",
    "lx_test_coord": "localex_coordinator",
    "lx_test_admin": "localex_admin",
}


@pytest.fixture(scope="module")
def logins(pg_server: EmbeddedServer) -> Iterator[None]:
    """One login per group role, cluster-wide (made once; the roles come with 0007)."""
    admin = sa.create_engine(
        pg_server.url("postgres"), isolation_level="AUTOCOMMIT", poolclass=sa.NullPool
    )
    with admin.connect() as conn:
        for login, group in LOGINS.items():
            if not conn.execute(
                sa.text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": login}
            ).scalar():
                conn.execute(sa.text(f"CREATE ROLE {login} LOGIN PASSWORD '{PASSWORD}'"))
            conn.execute(sa.text(f"GRANT {group} TO {login}"))
    admin.dispose()
    yield


@pytest.fixture
def books(db: Database, admin: Actor, logins: None) -> dict[str, int]:
    """A small ledger, an operator of each role, and two members' account ids."""
    seed_ledger(db, admin)
    with db.transaction() as s:
        ids = {
            name: operators.create(s, admin, name, OPERATOR_PASSWORD, role).id
            for name, role in (
                ("keeper1", Role.BOOKKEEPER),
                ("coord1", Role.COORDINATOR),
                ("admin1", Role.ADMIN),
            )
        }
        accounts = s.execute(
            sa.text(
                "SELECT a.id FROM accounts a JOIN members m ON m.id = a.member_id"
                " WHERE m.status = 'active' ORDER BY a.id LIMIT 2"
            )
        ).scalars()
        ids["payer"], ids["payee"] = list(accounts)
    return ids


@contextmanager
def login(db: Database, name: str, operator: str | None = None) -> Iterator[Connection]:
    """A connection as the database login ``name`` (as psql would be), signed in as
    ``operator`` when given, in one transaction rolled back at the end."""
    url = db.url.set(username=name, password=PASSWORD)
    engine = sa.create_engine(url, poolclass=sa.NullPool)
    try:
        with engine.connect() as conn:
            if operator is not None:
                token = conn.execute(
                    sa.text("SELECT localex_sign_in(:u, :p)"),
                    {"u": operator, "p": OPERATOR_PASSWORD},
                ).scalar()
                assert token, f"{operator} could not sign in"
            yield conn
            conn.rollback()
    finally:
        engine.dispose()


def refused(conn: Connection, sql: str, params: dict[str, object] | None = None) -> str:
    """The SQLSTATE with which the statement is refused (it must be)."""
    savepoint = conn.begin_nested()
    with pytest.raises(DBAPIError) as caught:
        conn.execute(sa.text(sql), params or {})
    savepoint.rollback()
    return str(getattr(caught.value.orig, "sqlstate", ""))


POST = (
    "SELECT transaction_id FROM localex_post('transfer', 'psql', ARRAY[:a, :b]::bigint[],"
    " ARRAY[-:x, :x]::bigint[], 'admin', :op, NULL, NULL, NULL, NULL, :enforce)"
)


def test_a_bookkeepers_login_cannot_write_the_ledger(db: Database, books: dict[str, int]) -> None:
    with login(db, "lx_test_keeper") as conn:
        assert conn.execute(sa.text("SELECT count(*) FROM members")).scalar()
        assert (
            refused(
                conn,
                "INSERT INTO entries (transaction_id, account_id, amount, seq, balance_after,"
                " posted_at, value_date, prev_hash, hash) VALUES (1, :a, 5, 99, 5, now(),"
                " current_date, '\\x00', '\\x00')",
                {"a": books["payer"]},
            )
            == "42501"
        )
        assert (
            refused(conn, "UPDATE accounts SET balance = 1 WHERE id = :a", {"a": books["payer"]})
            == "42501"
        )
        assert refused(conn, "INSERT INTO members (name) VALUES ('psql')") == "42501"
        assert refused(conn, "SELECT password_hash FROM operators") == "42501"
        assert refused(conn, "DELETE FROM audit_log") == "42501"
    with login(db, "lx_test_keeper", "keeper1") as conn:
        post = {"a": books["payer"], "b": books["payee"], "x": 100, "op": 1, "enforce": True}
        assert refused(conn, POST, post) == "42501"


def test_the_guard_setting_opens_nothing(db: Database, books: dict[str, int]) -> None:
    with login(db, "lx_test_coord", "coord1") as conn:
        conn.execute(sa.text("SET LOCAL localex.posting = 'on'"))
        assert (
            refused(
                conn,
                "UPDATE accounts SET balance = balance + 500000 WHERE id = :a",
                {"a": books["payer"]},
            )
            == "42501"
        )
        # what a coordinator may change of an account: its limits, never its balance
        conn.execute(
            sa.text("UPDATE accounts SET credit_limit = 30000 WHERE id = :a"),
            {"a": books["payer"]},
        )
        for table in ("audit_log", "accounts", "entries"):
            assert refused(conn, f"ALTER TABLE {table} DISABLE TRIGGER USER") == "42501"
        assert refused(conn, "DELETE FROM audit_log") == "42501"
        assert refused(conn, "TRUNCATE audit_log") == "42501"


def test_a_coordinator_posts_as_themselves_and_within_the_limits(
    db: Database, books: dict[str, int], admin: Actor
) -> None:
    legs = {"a": books["payer"], "b": books["payee"], "op": books["admin1"]}
    with login(db, "lx_test_coord") as conn:  # no operator signed in
        assert refused(conn, POST, {**legs, "x": 100, "enforce": True}) == "LX071"
    with login(db, "lx_test_coord", "coord1") as conn:
        # limits off, through the parameter: refused
        assert refused(conn, POST, {**legs, "x": 500_000, "enforce": False}) == "LX070"
        # the override is the administrators' alone
        override = (
            "SELECT transaction_id FROM localex_post_override('transfer', 'psql',"
            " ARRAY[:a, :b]::bigint[], ARRAY[-500000, 500000]::bigint[], 'because')"
        )
        assert refused(conn, override, legs) == "42501"
        # beyond the limit with the limits on: the rule holds
        assert refused(conn, POST, {**legs, "x": 500_000, "enforce": True}) == "LX050"
        # "as admin", operator 'admin1': recorded as the one signed in
        tx = conn.execute(sa.text(POST), {**legs, "x": 100, "enforce": True}).scalar_one()
        row = conn.execute(
            sa.text("SELECT actor, operator_id, limit_override FROM transactions WHERE id = :t"),
            {"t": tx},
        ).one()
        assert (row.actor, row.operator_id, row.limit_override) == (
            "coord1",
            books["coord1"],
            False,
        )
        audit = conn.execute(
            sa.text(
                "SELECT actor, operator_id, login FROM audit_log"
                " WHERE entity = 'transaction' AND entity_id = :t"
            ),
            {"t": str(tx)},
        ).one()
        assert tuple(audit) == ("coord1", books["coord1"], "lx_test_coord")
        conn.commit()
    report = verified(db, admin)
    assert report.ok, report.problems


def test_an_administrator_sets_limits_aside_with_a_reason(
    db: Database, books: dict[str, int], admin: Actor
) -> None:
    override = (
        "SELECT transaction_id FROM localex_post_override('transfer', 'psql',"
        " ARRAY[:a, :b]::bigint[], ARRAY[-500000, 500000]::bigint[], :why)"
    )
    legs = {"a": books["payer"], "b": books["payee"]}
    with login(db, "lx_test_admin", "admin1") as conn:
        assert refused(conn, override, {**legs, "why": " "}) == "LX061"
        tx = conn.execute(sa.text(override), {**legs, "why": "agreed at the meeting"}).scalar()
        row = conn.execute(
            sa.text("SELECT actor, reason, limit_override FROM transactions WHERE id = :t"),
            {"t": tx},
        ).one()
        assert tuple(row) == ("admin1", "agreed at the meeting", True)
        conn.commit()
    assert verified(db, admin).ok


def test_a_sign_in_needs_the_password_and_stays_with_its_login(
    db: Database, books: dict[str, int]
) -> None:
    with login(db, "lx_test_coord") as conn:
        wrong = conn.execute(
            sa.text("SELECT localex_sign_in('admin1', 'not the password')")
        ).scalar()
        assert wrong is None
        token = conn.execute(
            sa.text("SELECT localex_sign_in('admin1', :p)"), {"p": OPERATOR_PASSWORD}
        ).scalar()
        conn.commit()
    # the token presented by another login signs nobody in
    with login(db, "lx_test_admin") as conn:
        conn.execute(sa.text("SELECT set_config('localex.signin', :t, false)"), {"t": token})
        post = {"a": books["payer"], "b": books["payee"], "x": 1, "op": 1, "enforce": True}
        assert refused(conn, POST, post) == "LX071"
        assert refused(conn, "SELECT * FROM localex_signins") == "42501"


def test_the_program_signs_in_at_the_database(
    db: Database, books: dict[str, int], admin: Actor
) -> None:
    """services.operators.sign_in_database: every pooled connection presents the token."""
    url = db.url.set(username="lx_test_coord", password=PASSWORD)
    person = Database(sa.create_engine(url), "server", url)
    try:
        with pytest.raises(AuthenticationFailed):
            operators.sign_in_database(person, "coord1", "not the password")
        info = operators.sign_in_database(person, "coord1", OPERATOR_PASSWORD)
        assert info.username == "coord1"
        with person.transaction() as s:
            s.execute(
                sa.text(POST),
                {"a": books["payer"], "b": books["payee"], "x": 10, "op": 1, "enforce": True},
            )
        with person.engine.connect() as c1, person.engine.connect() as c2:
            for c in (c1, c2):
                who = c.execute(sa.text("SELECT actor FROM localex_session_actor(NULL, NULL)"))
                assert who.scalar() == "coord1"
    finally:
        person.close()
    assert not checks(verified(db, admin))


def test_the_command_signs_in_on_a_persons_login(
    db: Database, books: dict[str, int], cli_env: dict[str, str]
) -> None:
    """On a server, `localex` with a person's login signs in as an operator first."""
    with db.engine.connect() as conn:
        a, b = conn.execute(
            sa.text("SELECT member_id FROM accounts WHERE id IN (:a, :b) ORDER BY id"),
            {"a": books["payer"], "b": books["payee"]},
        ).scalars()
    url = db.url.set(username="lx_test_coord", password=PASSWORD)
    base = ("--database-url", url.render_as_string(hide_password=False))
    transfer = ("transfer", "--from", str(a), "--to", str(b), "--amount", "1", "--memo", "cli")
    nobody = run_cli(*base, *transfer, env=cli_env, stdin="")
    assert nobody.returncode != 0 and "--operator" in nobody.stderr
    assert "Traceback" not in nobody.stderr
    wrong = run_cli(
        *base, "--operator", "coord1", *transfer, env={**cli_env, "LOCALEX_PASSWORD": "nope"}
    )
    assert wrong.returncode != 0 and "wrong password" in wrong.stderr
    env = {**cli_env, "LOCALEX_OPERATOR": "coord1", "LOCALEX_PASSWORD": OPERATOR_PASSWORD}
    out = run_json(*base, *transfer, env=env)
    with db.engine.connect() as conn:
        actor = conn.execute(
            sa.text("SELECT actor FROM transactions WHERE id = :t"), {"t": out["transaction_id"]}
        ).scalar()
    assert actor == "coord1"


@pytest.mark.parametrize("role", list(Role))
def test_the_grants_follow_the_role_matrix(db: Database, role: Role) -> None:
    """Each operator role's group role may write what its permissions say, and no group
    role may write the ledger, the audit log or a balance."""
    group = DATABASE_ROLES[role]
    actor = Actor("x", role)
    with db.engine.connect() as conn:

        def can(table: str, what: str) -> bool:
            return bool(
                conn.execute(
                    sa.text("SELECT has_table_privilege(:r, :t, :w)"),
                    {"r": group, "t": table, "w": what},
                ).scalar()
            )

        for permission, tables in WRITES.items():
            for table in tables:
                assert can(table, "INSERT") == actor.can(permission), (table, role)
                assert can(table, "UPDATE") == actor.can(permission), (table, role)
        for table in (
            "entries",
            "transactions",
            "audit_log",
            "localex_audit_head",
            "localex_audit_chain",
        ):
            for what in ("INSERT", "UPDATE", "DELETE", "TRUNCATE"):
                assert not can(table, what), (table, what, role)
        balance = conn.execute(
            sa.text("SELECT has_column_privilege(:r, 'accounts', 'balance', 'UPDATE')"),
            {"r": group},
        ).scalar()
        posts = conn.execute(
            sa.text(
                "SELECT has_function_privilege(:r, 'localex_post(text, text, bigint[], bigint[],"
                " text, bigint, bigint, text, bigint, text, boolean, date)', 'EXECUTE')"
            ),
            {"r": group},
        ).scalar()
        reads = conn.execute(
            sa.text("SELECT has_table_privilege(:r, 'members', 'SELECT')"), {"r": group}
        ).scalar()
    assert not balance
    assert posts == actor.can(Permission.POST)
    assert reads == actor.can(Permission.READ)


def test_audit_rows_from_a_login_carry_its_operator(db: Database, books: dict[str, int]) -> None:
    """localex_audit(): the actor from the sign-in, never a posting's row."""
    with login(db, "lx_test_keeper", "keeper1") as conn:
        conn.execute(
            sa.text("SELECT localex_audit('export', 'members', NULL, NULL, NULL, 'admin', 1)")
        )
        row = conn.execute(
            sa.text("SELECT actor, operator_id FROM audit_log ORDER BY id DESC LIMIT 1")
        ).one()
        assert tuple(row) == ("keeper1", books["keeper1"])
        fake = "SELECT localex_audit('post', 'transaction', '999999', NULL, NULL)"
        assert refused(conn, fake) == "LX073"


def test_a_bookkeeper_verifies_and_the_check_is_recorded(
    db: Database, books: dict[str, int]
) -> None:
    """The program's own records (last verification) go through localex_note(); the
    other settings stay the administrators'."""
    url = db.url.set(username="lx_test_keeper", password=PASSWORD)
    person = Database(sa.create_engine(url), "server", url)
    try:
        actor = operators.authenticate(person, "keeper1", OPERATOR_PASSWORD).actor()
        with person.transaction() as s:
            assert verify.verify(s, actor, record=True).ok
        with person.transaction() as s:
            assert settings.get(s, "last_verification")["ok"] is True
            with pytest.raises(DBAPIError, match="not one of the program"):
                s.execute(sa.text("SELECT localex_note('exchange_name', '\"x\"')"))
    finally:
        person.close()


def test_a_database_owner_without_superuser_migrates_it(
    pg_server: EmbeddedServer, logins: None
) -> None:
    """A shared server: the login that runs `localex init` owns the database and is a
    member of localex_owner (packaging/server/shared-server.sql), nothing more; the schema
    ends up the owner's, and it goes down again."""
    admin = sa.create_engine(
        pg_server.url("postgres"), isolation_level="AUTOCOMMIT", poolclass=sa.NullPool
    )
    name = "lx_test_shared"
    with admin.connect() as conn:
        if not conn.execute(
            sa.text("SELECT 1 FROM pg_roles WHERE rolname = 'lx_test_migrator'")
        ).scalar():
            conn.execute(sa.text(f"CREATE ROLE lx_test_migrator LOGIN PASSWORD '{PASSWORD}'"))
        conn.execute(sa.text("GRANT localex_owner TO lx_test_migrator"))
        conn.execute(sa.text(f"DROP DATABASE IF EXISTS {name}"))
        conn.execute(sa.text(f"CREATE DATABASE {name} OWNER lx_test_migrator"))
    url = make_url(pg_server.url(name)).set(username="lx_test_migrator", password=PASSWORD)
    engine = sa.create_engine(url, poolclass=sa.NullPool)
    try:
        migrate.upgrade(engine)
        with engine.connect() as conn:
            owners = conn.execute(
                sa.text("SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'public'")
            ).scalars()
            assert list(owners) == ["localex_owner"]
            assert not conn.execute(
                sa.text("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")
            ).scalar()
        migrate.downgrade(engine, "0006")
        migrate.upgrade(engine)
        assert migrate.status(engine).up_to_date
    finally:
        engine.dispose()
        with admin.connect() as conn:
            conn.execute(sa.text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        admin.dispose()
