"""Value dates: the day a trade happened, the right to back-date, and the hashes over it.

A posting takes today's value date unless an administrator gives a past day with a
reason; a day to come is refused, by the service and by ``localex_post()`` itself.
The content hash of a new row covers its value date (digest version 2); rows posted
before revision 0006 keep their version-1 hash and still verify.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
import sqlalchemy as sa
from sqlalchemy.exc import DBAPIError

from localex_desktop.db import migrate
from localex_desktop.db.connection import Database
from localex_desktop.domain.errors import NotFound, PermissionDenied, ValidationError
from localex_desktop.domain.roles import Actor, Role
from localex_desktop.services import audit, exports, ledger, members, reports

from .cli_helpers import run_cli, run_json
from .tampering import checks, tamper, verified

TODAY = date.today()
JOINED = date(TODAY.year - 2, 1, 1)


def _members(db: Database, actor: Actor, *names: str, credit: int = 10_000) -> list[int]:
    with db.transaction() as s:
        return [
            members.create(
                s, actor, members.MemberInput(name=n, joined_on=JOINED), credit_limit=credit
            ).id
            for n in names
        ]


def _row(db: Database, tx: int) -> sa.Row[tuple[date, int, str | None]]:
    with db.transaction() as s:
        return s.execute(
            sa.text("SELECT value_date, digest_version, reason FROM transactions WHERE id = :t"),
            {"t": tx},
        ).one()


def test_an_ordinary_posting_takes_today(db: Database, admin: Actor) -> None:
    a, b = _members(db, admin, "Ann", "Bob")
    with db.transaction() as s:
        tx = ledger.transfer(s, admin, a, b, 100, "today").transaction_id
        view = ledger.transaction(s, admin, tx)
        entry_days = s.execute(
            sa.text("SELECT DISTINCT value_date FROM entries WHERE transaction_id = :t"), {"t": tx}
        ).all()
    assert tuple(_row(db, tx)) == (TODAY, 2, None)
    assert view.value_date == TODAY and entry_days == [(TODAY,)]
    assert verified(db, admin).ok


def test_back_dating_needs_the_admin_right_and_a_reason(
    db: Database, admin: Actor, coordinator: Actor
) -> None:
    a, b = _members(db, admin, "Cat", "Dan")
    day = TODAY - timedelta(days=40)
    with pytest.raises(PermissionDenied), db.transaction() as s:
        ledger.transfer(s, coordinator, a, b, 100, "late slip", value_date=day, reason="late")
    with pytest.raises(ValidationError) as no_reason, db.transaction() as s:
        ledger.transfer(s, admin, a, b, 100, "late slip", value_date=day, reason="   ")
    assert no_reason.value.field == "reason"
    with pytest.raises(ValidationError) as future, db.transaction() as s:
        ledger.transfer(s, admin, a, b, 100, "tomorrow", value_date=TODAY + timedelta(days=1))
    assert future.value.field == "value_date"
    # a coordinator may still post today's date explicitly
    with db.transaction() as s:
        ledger.transfer(s, coordinator, a, b, 1, "today", value_date=TODAY)
        tx = ledger.transfer(
            s, admin, a, b, 100, "late slip", value_date=day, reason="slip found in a drawer"
        ).transaction_id
    assert tuple(_row(db, tx)) == (day, 2, "slip found in a drawer")
    with db.transaction() as s:
        rows = audit.query(s, admin, entity="transaction", entity_id=str(tx))
    after = rows[0].after
    assert (after["value_date"], after["reason"], after["backdated"]) == (
        day.isoformat(),
        "slip found in a drawer",
        True,
    )
    assert rows[0].actor == admin.name
    assert verified(db, admin).ok


def test_the_database_itself_refuses_a_future_day_or_a_past_one_without_reason(
    db: Database, admin: Actor
) -> None:
    a, b = _members(db, admin, "Eve", "Fay")
    with db.transaction() as s:
        acc = [ledger.balance(s, admin, m).account_id for m in (a, b)]
    call = (
        "SELECT * FROM localex_post('transfer', 'sql', CAST(:acc AS bigint[]),"
        " ARRAY[-5, 5]::bigint[], 'psql', p_reason => :reason, p_value_date => :day)"
    )
    for day, reason, code in (
        (TODAY + timedelta(days=1), "x", "LX060"),
        (TODAY - timedelta(days=1), None, "LX061"),
        (TODAY - timedelta(days=1), "  ", "LX061"),
    ):
        with pytest.raises(DBAPIError) as err, db.transaction() as s:
            s.execute(sa.text(call), {"acc": acc, "reason": reason, "day": day})
        assert getattr(err.value.orig, "sqlstate", None) == code
    with db.transaction() as s:
        s.execute(sa.text(call), {"acc": acc, "reason": "typed in late", "day": TODAY})
    assert verified(db, admin).ok


def test_reports_and_balances_go_by_the_value_date(db: Database, admin: Actor) -> None:
    a, b = _members(db, admin, "Gil", "Hal")
    march = date(TODAY.year - 1, 3, 15)
    with db.transaction() as s:
        ledger.transfer(s, admin, a, b, 300, "in March", value_date=march, reason="history")
        ledger.transfer(s, admin, a, b, 50, "today")
        by_day = {
            d: {r.member_id: r.balance for r in reports.balances_at(s, admin, d, members_only=True)}
            for d in (march - timedelta(days=1), march, TODAY)
        }
        months = {r.key: r.count for r in reports.volume(s, admin).by_month}
        activity = reports.activity(s, admin, 6, TODAY)
    assert by_day[march - timedelta(days=1)] == {a: 0, b: 0}
    assert by_day[march] == {a: -300, b: 300}
    assert by_day[TODAY] == {a: -350, b: 350}
    assert months == {march.strftime("%Y-%m"): 1, TODAY.strftime("%Y-%m"): 1}
    last = {r.member_id: r.last_value_date for r in activity.rows}
    assert last == {a: TODAY, b: TODAY}


def test_a_changed_value_date_is_caught_by_verify(db: Database, admin: Actor) -> None:
    a, b = _members(db, admin, "Ida", "Jo")
    with db.transaction() as s:
        tx = ledger.transfer(s, admin, a, b, 100, "x").transaction_id
    tamper(
        db,
        "UPDATE transactions SET value_date = value_date - 3 WHERE id = :t",
        "UPDATE entries SET value_date = value_date - 3 WHERE transaction_id = :t",
        t=tx,
    )
    report = verified(db, admin)
    assert not report.ok and report.first_bad_transaction == tx
    assert "hash" in checks(report)
    # the version cannot be turned back to 1 to escape the value date's hash
    tamper(db, "UPDATE transactions SET digest_version = 1 WHERE id = :t", t=tx)
    report = verified(db, admin)
    assert report.first_bad_transaction == tx
    assert "hash" in checks(report)


def test_an_entry_whose_value_date_differs_from_its_transaction_is_caught(
    db: Database, admin: Actor
) -> None:
    a, b = _members(db, admin, "Kit", "Lou")
    with db.transaction() as s:
        tx = ledger.transfer(s, admin, a, b, 100, "x").transaction_id
    tamper(
        db,
        "UPDATE entries SET value_date = value_date - 400 WHERE id ="
        " (SELECT min(id) FROM entries WHERE transaction_id = :t)",
        t=tx,
    )
    report = verified(db, admin)
    assert report.first_bad_transaction == tx and "date" in checks(report)


def _post_old(db: Database, accounts: list[int], amount: int, memo: str) -> int:
    """A posting through revision 0002's localex_post() (the database at 0005)."""
    with db.engine.begin() as conn:
        return int(
            conn.execute(
                sa.text(
                    "SELECT transaction_id FROM localex_post('transfer', :m,"
                    " CAST(:acc AS bigint[]), CAST(:x AS bigint[]), 'old program')"
                ),
                {"m": memo, "acc": accounts, "x": [-amount, amount]},
            ).scalar_one()
        )


def test_rows_from_before_value_dates_still_verify(db: Database, admin: Actor) -> None:
    a, b = _members(db, admin, "Max", "Ned")
    with db.transaction() as s:
        acc = [ledger.balance(s, admin, m).account_id for m in (a, b)]
    migrate.downgrade(db.engine, "0005")
    old = [_post_old(db, acc, 100 + i, f"old {i}") for i in range(3)]
    migrate.upgrade(db.engine)
    with db.transaction() as s:
        new = ledger.transfer(s, admin, b, a, 40, "new").transaction_id
        back = ledger.transfer(
            s, admin, a, b, 7, "late", value_date=TODAY - timedelta(days=3), reason="late"
        ).transaction_id
        versions = dict(
            s.execute(sa.text("SELECT id, digest_version FROM transactions")).tuples().all()
        )
        last = s.execute(
            sa.text("SELECT last_value_date FROM accounts WHERE id = :a"), {"a": acc[0]}
        ).scalar_one()
    assert versions == {old[0]: 1, old[1]: 1, old[2]: 1, new: 2, back: 2}
    assert last == TODAY
    assert tuple(_row(db, old[0]))[:2] == (TODAY, 1)
    report = verified(db, admin)
    assert report.ok, report.problems
    # an old row's value date is not in its hash, but it must be the day it was posted
    with db.transaction() as s:
        s.execute(sa.text("SET LOCAL session_replication_role = replica"))
        s.execute(
            sa.text("UPDATE transactions SET value_date = value_date - 30 WHERE id = :t"),
            {"t": old[1]},
        )
        s.execute(
            sa.text("UPDATE entries SET value_date = value_date - 30 WHERE transaction_id = :t"),
            {"t": old[1]},
        )
    report = verified(db, admin)
    assert report.first_bad_transaction == old[1]
    assert {p.check for p in report.problems} == {"value date"}


_OLD_CHECK = """
SELECT
  (SELECT count(*) FROM transactions t
   JOIN (SELECT transaction_id,
                jsonb_agg(jsonb_build_array(account_id, amount) ORDER BY account_id) AS legs
         FROM entries GROUP BY transaction_id) s ON s.transaction_id = t.id
   WHERE t.content_hash <> localex_tx_digest(t.id, t.kind, t.memo, t.category_id,
       t.operator_id, t.actor, t.posted_at, t.reverses_id, t.reason, t.limit_override, s.legs))
  AS bad_tx,
  (SELECT count(*) FROM (
       SELECT e.*, lag(e.hash) OVER (PARTITION BY e.account_id ORDER BY e.seq) AS lag_hash
       FROM entries e) e JOIN transactions t ON t.id = e.transaction_id
   WHERE e.prev_hash <> coalesce(e.lag_hash, decode(repeat('00', 32), 'hex'))
      OR e.hash <> localex_entry_digest(e.prev_hash, t.content_hash, e.account_id, e.seq,
             e.amount, e.balance_after, e.credit_limit, e.upper_limit)) AS bad_entries,
  (SELECT count(*) FROM accounts a WHERE a.chain_head <> coalesce(
       (SELECT hash FROM entries e WHERE e.account_id = a.id ORDER BY seq DESC LIMIT 1),
       decode(repeat('00', 32), 'hex'))) AS bad_heads
"""


def test_downgrade_leaves_a_ledger_that_verifies_and_upgrade_comes_back(
    db: Database, admin: Actor
) -> None:
    a, b, c = _members(db, admin, "Oli", "Pat", "Quin")
    with db.transaction() as s:
        acc = {m: ledger.balance(s, admin, m).account_id for m in (a, b, c)}
        ledger.transfer(s, admin, a, b, 100, "one")
        ledger.transfer(s, admin, b, c, 30, "two", value_date=TODAY - timedelta(days=9), reason="r")
        ledger.post_many(
            s,
            admin,
            [
                ledger.Posting("transfer", [(acc[a], -5), (acc[c], 5)], "batch one"),
                ledger.Posting("transfer", [(acc[c], -2), (acc[b], 2)], "batch two"),
            ],
        )
        ledger.transfer(s, admin, c, a, 1, "three")
    migrate.downgrade(db.engine, "0005")
    with db.engine.connect() as conn:
        assert tuple(conn.execute(sa.text(_OLD_CHECK)).one()) == (0, 0, 0)
        columns = {c["name"] for c in sa.inspect(conn).get_columns("transactions")}
    assert "value_date" not in columns and "digest_version" not in columns
    migrate.upgrade(db.engine)
    report = verified(db, admin)
    assert report.ok and report.transactions == 5, report.problems


def test_cli_transfer_with_a_date_needs_a_reason(db: Database, cli_env: dict[str, str]) -> None:
    a, b = _members(db, Actor("t", Role.ADMIN), "Ray", "Sue")
    url = db.url.render_as_string(hide_password=False)
    day = (TODAY - timedelta(days=20)).isoformat()
    base = ("--database-url", url, "transfer", "--from", str(a), "--to", str(b), "--amount", "3")
    refused = run_cli(*base, "--memo", "late", "--date", day, env=cli_env)
    assert refused.returncode == 1 and "Say why" in refused.stderr
    assert "Traceback" not in refused.stderr
    future = run_cli(
        *base, "--memo", "x", "--date", (TODAY + timedelta(days=1)).isoformat(), env=cli_env
    )
    assert future.returncode == 1 and "in the future" in future.stderr
    bad = run_cli(*base, "--memo", "x", "--date", "31/12/2025", env=cli_env)
    assert bad.returncode == 2 and "not a date" in bad.stderr
    out = run_json(*base, "--memo", "late", "--date", day, "--reason", "found it", env=cli_env)
    assert out["value_date"] == day
    today = run_json(*base, "--memo", "now", env=cli_env)
    assert today["value_date"] == TODAY.isoformat()
    with db.transaction() as s:
        view = ledger.transaction(s, Actor("t", Role.ADMIN), out["transaction_id"])
        rows = audit.query(s, Actor("t", Role.ADMIN), entity="transaction", entity_id=str(view.id))
    assert (view.value_date.isoformat(), view.reason) == (day, "found it")
    assert rows[0].actor.startswith("cli:") and rows[0].after["reason"] == "found it"


def test_the_journal_and_the_export_show_both_dates(db: Database, admin: Actor) -> None:
    a, b = _members(db, admin, "Tam", "Uli")
    day = TODAY - timedelta(days=70)
    with db.transaction() as s:
        tx = ledger.transfer(
            s, admin, a, b, 5, "late", value_date=day, reason="late"
        ).transaction_id
        ledger.transfer(s, admin, a, b, 6, "now")
        in_period = ledger.journal(s, admin, ledger.JournalFilter(until=day + timedelta(days=1)))
        table = exports.transactions_table(s, admin)
    assert [t.id for t in in_period] == [tx]
    assert in_period[0].backdated and in_period[0].posted_at.date() >= TODAY - timedelta(days=1)
    head = table.headers
    assert head[:3] == ["transaction", "value_date", "posted_at"]
    dated = {r[0]: r[1] for r in table.rows}
    assert dated[tx] == day


def test_a_members_history_goes_by_the_value_date(db: Database, admin: Actor) -> None:
    """A levy dated in January but entered last sits in January, and the balance after
    each line is the one the member had on that day (as the statement has it)."""
    a, b = _members(db, admin, "Ann", "Ben")
    january = JOINED.replace(year=TODAY.year - 1)
    with db.transaction() as s:
        ledger.transfer(s, admin, a, b, 100, "first")
        ledger.transfer(s, admin, b, a, 30, "second")
        ledger.transfer(s, admin, a, b, 7, "levy", value_date=january, reason="yearly levy")
    with db.transaction() as s:
        lines = ledger.account_history(s, admin, a)
        assert [(x.tx.memo, x.amount, x.balance) for x in lines] == [
            ("second", 30, -77),
            ("first", -100, -107),
            ("levy", -7, -7),
        ]
        assert lines[0].balance == ledger.balance(s, admin, a).balance
        page_one = ledger.account_history(s, admin, a, limit=2)
        rest = ledger.account_history(s, admin, a, before=page_one[-1].key, limit=2)
        assert [x.tx.memo for x in page_one + rest] == ["second", "first", "levy"]
        with pytest.raises(NotFound):
            ledger.account_history(s, admin, 999)
