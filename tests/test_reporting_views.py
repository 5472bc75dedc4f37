"""The reporting schema (``localex_report``, migration 0009): the same figures as the
program's reports, readable by the reading roles and by nothing else, and columns that
change only with the documentation."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import psycopg
import pytest
import sqlalchemy as sa

from localex_desktop.db.connection import Database
from localex_desktop.domain.roles import Actor
from localex_desktop.services import demo, journal, reports

DOC = Path(__file__).resolve().parents[1] / "docs" / "database" / "reporting.md"
CENT = Decimal("0.01")


@pytest.fixture
def books(db: Database) -> Database:
    demo.generate(db, members_count=24, seed=5, trades_per_member=10)
    return db


def rows(db: Database, sql: str, **params: object) -> list[sa.Row[tuple[object, ...]]]:
    with db.transaction() as s:
        return list(s.execute(sa.text(sql), params).all())


def dates(db: Database) -> list[date]:
    with db.transaction() as s:
        first = s.scalar(sa.text("SELECT min(value_date) FROM transactions"))
    assert first is not None
    today = date.today()
    return [first - timedelta(days=1), first, first + timedelta(days=200), today]


def test_balances_and_the_trial_balance_equal_the_reports(books: Database, admin: Actor) -> None:
    for at in dates(books):
        with books.transaction() as s:
            ours = reports.balances_at(s, admin, at)
            trial = reports.trial_balance(s, admin, at)
        view = rows(books, "SELECT * FROM localex_report.balances_at(:at)", at=at)
        assert [(r.account_id, r.balance * 100, r.last_activity) for r in view] == [
            (a.account_id, a.balance, a.last_value_date) for a in ours
        ], at
        tb = rows(books, "SELECT * FROM localex_report.trial_balance(:at)", at=at)
        assert sum(r.debit for r in tb) * 100 == trial.total_debit
        assert sum(r.credit for r in tb) * 100 == trial.total_credit
        assert sum(r.balance for r in tb) == 0


def test_volume_by_month_equals_the_volume_report(books: Database, admin: Actor) -> None:
    with books.transaction() as s:
        ours = reports.volume(s, admin).by_month
    view = [r._mapping for r in rows(books, "SELECT * FROM localex_report.volume_by_month()")]
    assert [
        (r["month"], r["count"], r["volume"] * 100, r["reversed_count"], r["net_volume"] * 100)
        for r in view
    ] == [(m.key, m.count, m.volume, m.reversed_count, m.net_volume) for m in ours]
    since, until = date.today() - timedelta(days=90), date.today()
    with books.transaction() as s:
        part = reports.volume(s, admin, since, until).total
    view = rows(books, "SELECT * FROM localex_report.volume_by_month(:a, :b)", a=since, b=until)
    assert sum(r._mapping["count"] for r in view) == part.count
    assert sum(r.volume for r in view) * 100 == part.volume


def test_a_blank_date_or_a_backwards_period_is_an_error_not_a_quiet_answer(
    books: Database,
) -> None:
    """A BI tool's empty parameter must not give "the system accounts only"."""
    for sql, words in (
        ("SELECT * FROM localex_report.balances_at(NULL)", "needs a date"),
        ("SELECT * FROM localex_report.trial_balance(NULL)", "needs a date"),
        (
            "SELECT * FROM localex_report.volume_by_month('2026-12-31', '2026-01-01')",
            "starts (2026-12-31) after it ends",
        ),
    ):
        with pytest.raises(sa.exc.DBAPIError, match=re.escape(words)):
            rows(books, sql)
    zero = rows(books, "SELECT debit FROM localex_report.trial_balance(current_date)")
    assert all(r.debit == r.debit.quantize(CENT) for r in zero)  # 0.00, not 0
    assert any(str(r.debit) == "0.00" for r in zero)


def test_entries_run_as_the_statement_does(books: Database, admin: Actor) -> None:
    member_id = rows(books, "SELECT member_id FROM localex_report.members LIMIT 1")[0][0]
    with books.transaction() as s:
        history = journal.account_history(s, admin, member_id, limit=10_000)
    view = rows(
        books,
        "SELECT transaction_id, amount, running_balance FROM localex_report.entries "
        "WHERE member_id = :m ORDER BY value_date DESC, transaction_id DESC, entry_id DESC",
        m=member_id,
    )
    assert [(r.transaction_id, r.amount * 100, r.running_balance * 100) for r in view] == [
        (h.tx.id, h.amount, h.balance) for h in history
    ]


def test_transactions_summary_names_both_sides(books: Database) -> None:
    total = rows(books, "SELECT count(*) FROM transactions")[0][0]
    view = rows(books, "SELECT * FROM localex_report.transactions_summary")
    assert len(view) == total
    for r in view:
        assert r.payers and r.payees and r.amount > 0
        assert r.amount == r.amount.quantize(CENT)
    reversed_ = [r for r in view if r.reversed_by is not None]
    assert all(any(x.reverses == r.transaction_id for x in view) for r in reversed_)


# -- who may read it --------------------------------------------------------------------


@pytest.fixture
def login(db: Database) -> Iterator[tuple[str, str]]:
    """A login role of its own (the cluster is shared by the tests), dropped afterwards."""
    name, password = f"tool_{uuid.uuid4().hex[:10]}", uuid.uuid4().hex
    with db.engine.connect() as conn:
        conn.execute(sa.text(f"CREATE ROLE {name} LOGIN PASSWORD '{password}'"))
        conn.commit()
    yield name, password
    with db.engine.connect() as conn:
        conn.execute(sa.text(f"DROP OWNED BY {name}"))
        conn.execute(sa.text(f"DROP ROLE {name}"))
        conn.commit()


def connect_as(db: Database, name: str, password: str) -> psycopg.Connection[tuple[object, ...]]:
    url = db.url.set(username=name, password=password)
    dsn = url.render_as_string(hide_password=False).replace("postgresql+psycopg", "postgresql")
    return psycopg.connect(dsn, autocommit=True)


READER_READS = (
    "SELECT * FROM localex_report.currency",
    "SELECT * FROM localex_report.categories",
    "SELECT * FROM localex_report.account_balances",
    "SELECT * FROM localex_report.members",
    "SELECT * FROM localex_report.transactions_summary",
    "SELECT * FROM localex_report.entries",
    "SELECT * FROM localex_report.balances_at(current_date)",
    "SELECT * FROM localex_report.trial_balance(current_date)",
    "SELECT * FROM localex_report.volume_by_month(NULL, NULL)",
)
PRIVATE_READS = (
    "SELECT * FROM localex_report.member_contacts",
    "SELECT * FROM localex_report.audit",
)
NEVER = (
    "SELECT * FROM public.members",
    "SELECT * FROM public.entries",
    "INSERT INTO localex_report.audit (actor, action, entity) VALUES ('x', 'y', 'z')",
    "UPDATE localex_report.members SET name = 'x'",
    "UPDATE localex_report.member_contacts SET name = 'x'",  # a view one could write through
    "DELETE FROM localex_report.categories",
    "INSERT INTO public.entries DEFAULT VALUES",
    "CREATE VIEW localex_report.mine AS SELECT 1",
)


def refused(conn: psycopg.Connection[tuple[object, ...]], sql: str) -> bool:
    """Refused for want of the right (or, for a view over several tables, as not writable
    at all); either way nothing is read or written."""
    try:
        conn.execute(sql)
    except (psycopg.errors.InsufficientPrivilege, psycopg.errors.ObjectNotInPrerequisiteState):
        return True
    return False


@pytest.mark.parametrize("role", ["localex_report_reader", "localex_report_full"])
def test_the_reading_roles_read_the_books_and_write_nothing(
    books: Database, login: tuple[str, str], role: str
) -> None:
    name, password = login
    with books.engine.connect() as conn:
        conn.execute(sa.text(f"GRANT {role} TO {name}"))
        conn.commit()
    with connect_as(books, name, password) as conn:
        for sql in READER_READS:
            assert conn.execute(sql).fetchall(), sql
        for sql in PRIVATE_READS:
            if role == "localex_report_full":
                assert conn.execute(sql).fetchall(), sql
            else:
                assert refused(conn, sql), sql
        for sql in NEVER:
            assert refused(conn, sql), sql


def test_a_login_without_a_reading_role_reads_nothing(
    books: Database, login: tuple[str, str]
) -> None:
    with connect_as(books, *login) as conn:
        for sql in READER_READS + PRIVATE_READS:
            assert refused(conn, sql), sql


# -- stability --------------------------------------------------------------------------


def documented() -> dict[str, str]:
    """The column lists in docs/database/reporting.md (between its two markers)."""
    text = DOC.read_text(encoding="utf-8")
    block = text.split("<!-- columns -->")[1].split("<!-- /columns -->")[0]
    found = re.findall(r"^- `([a-z_]+(?:\(.*?\))?)`: (.+)$", block, flags=re.M)
    return {name: columns.strip() for name, columns in found}


def live(db: Database) -> dict[str, str]:
    out: dict[str, str] = {}
    for view, columns in rows(
        db,
        "SELECT table_name, string_agg(column_name || ' ' || data_type, ', ' "
        "ORDER BY ordinal_position) FROM information_schema.columns "
        "WHERE table_schema = 'localex_report' GROUP BY 1",
    ):
        out[str(view)] = str(columns)
    for name, args, result in rows(
        db,
        "SELECT p.proname, pg_get_function_identity_arguments(p.oid), "
        "pg_get_function_result(p.oid) FROM pg_proc p "
        "JOIN pg_namespace n ON n.oid = p.pronamespace "
        "WHERE n.nspname = 'localex_report' AND p.proretset",
    ):
        out[f"{name}({args})"] = str(result).removeprefix("TABLE(").removesuffix(")")
    return out


def test_the_columns_are_the_documented_ones(db: Database) -> None:
    """Changing a view means changing docs/database/reporting.md, with a changelog line."""
    assert live(db) == documented(), (
        "localex_report changed: update the column list and the changelog in "
        "docs/database/reporting.md"
    )
