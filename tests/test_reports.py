"""Reports and statements agree with the ledger: each figure is recomputed from raw entries.

The history spans several months and is entered as history is: today, each posting
with the value date of the day it happened (and a reason), by an administrator. The
reports go by value dates, so the moment of posting (all today) plays no part.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session

from localex_desktop.db.connection import Database
from localex_desktop.domain.errors import PermissionDenied, ValidationError
from localex_desktop.domain.roles import Actor
from localex_desktop.services import (
    categories,
    ledger,
    members,
    reports,
    statements,
    trade_batches,
    trades,
)

WHY = "history of the exchange, entered later"


@dataclass
class History:
    ids: dict[str, int]  # member name → member number
    cats: dict[str, int]
    tx: dict[str, int]  # label → transaction id


def build_history(db: Database, actor: Actor) -> History:
    ids: dict[str, int] = {}
    with db.transaction() as s:
        for name in ("Ann", "Bob", "Cyd", "Dee", "Eve"):
            ids[name] = members.create(
                s,
                actor,
                members.MemberInput(name=f"{name} Tester", joined_on=date(2024, 6, 1)),
                credit_limit=100_000,
            ).id
        cats = {
            "food": categories.add(s, actor, "Food").id,
            "garden": categories.add(s, actor, "Garden").id,
        }
        fund = ledger.system_account(s, "community_fund")
        opening = ledger.system_account(s, "opening_balances")
    tx: dict[str, int] = {}

    def acc(name: str) -> int:
        with db.transaction() as s:
            return ledger.balance(s, actor, ids[name]).account_id

    def step(label: str, fn: Any) -> None:
        with db.transaction() as s:
            tx[label] = fn(s)

    a, b, c, d = (ids[n] for n in ("Ann", "Bob", "Cyd", "Dee"))
    step(
        "opening",
        lambda s: (
            ledger.post(
                s,
                actor,
                "opening",
                [(acc("Ann"), 5000), (acc("Eve"), 2000), (opening, -7000)],
                "open",
                value_date=date(2025, 1, 2),
                reason=WHY,
            ).transaction_id
        ),
    )

    def trade(day: date, buyer: int, seller: int, amount: int, cat: str | None, what: str) -> Any:
        item = trades.TradeInput(
            buyer,
            seller,
            amount,
            what,
            category_id=None if cat is None else cats[cat],
            traded_on=day,
        )
        return lambda s: (
            trade_batches.record_many(s, actor, [item], dated=True, reason=WHY)[0].transaction_id
        )

    step("t1", trade(date(2025, 1, 15), a, b, 1500, "food", "bread"))
    step("t2", trade(date(2025, 1, 31), b, c, 2500, "garden", "hedge"))
    step(
        "x1",
        lambda s: (
            ledger.transfer(
                s, actor, c, a, 700, "lift", value_date=date(2025, 2, 3), reason=WHY
            ).transaction_id
        ),
    )
    step(
        "batch",
        lambda s: (
            ledger.batch_transfer(
                s,
                actor,
                d,
                [(a, 100), (b, 200)],
                "shared",
                value_date=date(2025, 2, 10),
                reason=WHY,
            ).transaction_id
        ),
    )
    step(
        "levy",
        lambda s: (
            ledger.levy(
                s, actor, 250, "yearly fee", value_date=date(2025, 2, 20), reason=WHY
            ).transaction_id
            or 0
        ),
    )
    step(
        "to_fund",
        lambda s: (
            ledger.post(
                s,
                actor,
                "transfer",
                [(acc("Dee"), -300), (fund, 300)],
                "gift to the fund",
                value_date=date(2025, 2, 21),
                reason=WHY,
            ).transaction_id
        ),
    )
    step("t3", trade(date(2025, 3, 5), c, d, 4000, None, "sofa repair"))
    step(
        "rev_t1",
        lambda s: (
            ledger.reverse(
                s, actor, tx["t1"], "entered twice", value_date=date(2025, 3, 9)
            ).transaction_id
        ),
    )
    step("t4", trade(date(2025, 4, 1), a, c, 1000, "food", "jam"))
    return History(ids, cats, tx)


@pytest.fixture
def history(db: Database, admin: Actor) -> History:
    return build_history(db, admin)


# -- recomputation from raw entries --------------------------------------------------------


def _raw(s: Session) -> list[Any]:
    return s.execute(
        sa.text(
            "SELECT e.account_id, e.amount, e.value_date, e.seq, e.transaction_id, t.kind, "
            "t.reverses_id, t.category_id, a.member_id FROM entries e "
            "JOIN transactions t ON t.id = e.transaction_id JOIN accounts a ON a.id = e.account_id"
        )
    ).all()


DATES = [date(2024, 12, 31), date(2025, 1, 15), date(2025, 1, 31), date(2025, 2, 28),
         date(2025, 3, 31), date.today()]  # fmt: skip


@pytest.mark.parametrize("at", DATES)
def test_trial_balance_agrees_with_entries(
    db: Database, bookkeeper: Actor, history: History, at: date
) -> None:
    with db.transaction() as s:
        tb = reports.trial_balance(s, bookkeeper, at)
        expected: dict[int, int] = defaultdict(int)
        for r in _raw(s):
            if r.value_date <= at:
                expected[r.account_id] += r.amount
        existing = set(
            s.scalars(
                sa.text(
                    "SELECT a.id FROM accounts a LEFT JOIN members m ON m.id = a.member_id"
                    " WHERE a.member_id IS NULL OR m.joined_on <= :at"
                    " OR a.created_at < (CAST(:at AS date) + 1)::timestamptz"
                ),
                {"at": at},
            )
        )
    assert tb.total == 0 and tb.balanced
    got = {r.account_id: r.balance for r in tb.rows}
    for account_id, amount in expected.items():
        assert got[account_id] == amount, account_id
    assert all(v == 0 for k, v in got.items() if k not in expected)
    assert tb.total_credit == sum(v for v in expected.values() if v > 0)
    assert tb.total_debit == -sum(v for v in expected.values() if v < 0)
    # every account that existed then is there (those with entries anyway), system ones too
    assert {r.account_id for r in tb.rows} == existing | set(expected)
    assert {r.system_code for r in tb.rows} >= {"community_fund", "fees", "opening_balances"}


def test_balances_at_a_past_date(db: Database, bookkeeper: Actor, history: History) -> None:
    with db.transaction() as s:
        rows = reports.balances_at(s, bookkeeper, date(2025, 1, 31), members_only=True)
        now = {r.member_id: r.balance for r in reports.balances_at(s, bookkeeper, date.today())}
        live = {
            m.id: m.balance for m in members.search(s, bookkeeper, "Tester", limit=100)
        }  # the maintained balances of today
    by = {r.member_id: r.balance for r in rows}
    ann, bob, cyd = (history.ids[n] for n in ("Ann", "Bob", "Cyd"))
    assert by[ann] == 5000 - 1500
    assert by[bob] == 1500 - 2500  # the trade of the 31st is within the 31st
    assert by[cyd] == 2500
    assert all(r.member_id is not None for r in rows)
    assert {k: v for k, v in now.items() if k in live} == live


def test_volume_agrees_with_entries(db: Database, bookkeeper: Actor, history: History) -> None:
    with db.transaction() as s:
        rep = reports.volume(s, bookkeeper)
        raw = _raw(s)
        kinds = {r.transaction_id: r.kind for r in raw}
        paths = categories.paths(s)
        by_tx: dict[int, list[Any]] = defaultdict(list)
        for r in raw:
            by_tx[r.transaction_id].append(r)
        months: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
        cats: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
        for legs in by_tx.values():
            head = legs[0]
            kind = head.kind
            if kind == "reversal":
                kind = kinds[head.reverses_id]
            if kind not in reports.VOLUME_KINDS or any(x.member_id is None for x in legs):
                continue
            size = sum(x.amount for x in legs if x.amount > 0)
            slot = 2 if head.kind == "reversal" else 0
            cat = reports.NO_CATEGORY if head.category_id is None else paths[head.category_id]
            for table, key in ((months, head.value_date.strftime("%Y-%m")), (cats, cat)):
                table[key][slot] += 1
                table[key][slot + 1] += size
    got_months = {
        r.key: [r.count, r.volume, r.reversed_count, r.reversed_volume] for r in rep.by_month
    }
    got_cats = {
        r.key: [r.count, r.volume, r.reversed_count, r.reversed_volume] for r in rep.by_category
    }
    assert got_months == dict(months)
    assert got_cats == dict(cats)
    # what the fixture means, in words: levy, opening and the gift to the fund are not trade
    assert got_months["2025-01"] == [2, 4000, 0, 0]
    assert got_months["2025-02"] == [2, 1000, 0, 0]  # the lift and the batch
    assert got_months["2025-03"] == [1, 4000, 1, 1500]  # sofa repair; bread reversed
    assert got_cats["Food"] == [2, 2500, 1, 1500]
    assert rep.total.net_volume == 4000 + 1000 + 4000 - 1500 + 1000
    # a period
    with db.transaction() as s:
        feb = reports.volume(s, bookkeeper, date(2025, 2, 1), date(2025, 2, 28))
    assert [r.key for r in feb.by_month] == ["2025-02"]
    assert feb.total.count == 2


def test_activity_agrees_with_entries(db: Database, bookkeeper: Actor, history: History) -> None:
    at = date(2025, 4, 30)
    with db.transaction() as s:
        rep = reports.activity(s, bookkeeper, 2, at)
        raw = _raw(s)
    assert rep.window_start == date(2025, 2, 28)
    counts: dict[int, int] = defaultdict(int)
    last: dict[int, date] = {}
    for r in raw:
        if r.member_id is not None and rep.window_start <= r.value_date <= at:
            counts[r.member_id] += 1
        if r.member_id is not None and r.value_date <= at:
            last[r.member_id] = max(last.get(r.member_id, r.value_date), r.value_date)
    for row in rep.rows:
        assert row.entries_in_window == counts.get(row.member_id, 0)
        assert row.dormant == (counts.get(row.member_id, 0) == 0)
        assert row.last_value_date == last.get(row.member_id)
    assert last[history.ids["Eve"]] == date(2025, 2, 20)  # the levy
    dormant = {r.member_id for r in rep.dormant}
    assert dormant == {history.ids["Eve"]}  # Bob: the reversal of the bread in March
    # a member who joined inside the window is not dormant yet
    with db.transaction() as s:
        rep = reports.activity(s, bookkeeper, 12, date(2025, 1, 31))
    assert not rep.dormant  # everyone joined 2024-06-01, the window starts 2024-01-31
    with pytest.raises(ValidationError), db.transaction() as s:
        reports.activity(s, bookkeeper, 0)


def test_velocity_agrees_with_entries(db: Database, bookkeeper: Actor, history: History) -> None:
    since, until = date(2025, 1, 1), date(2025, 3, 31)
    with db.transaction() as s:
        v = reports.velocity(s, bookkeeper, since, until)
        vol = reports.volume(s, bookkeeper, since, until).total.net_volume
        held: dict[int, int] = defaultdict(int)
        for r in _raw(s):
            if r.member_id is not None and r.value_date <= until:
                held[r.member_id] += r.amount
    positive = sum(x for x in held.values() if x > 0)
    assert v.volume == vol == 4000 + 1000 + 4000 - 1500
    assert v.positive_balances == positive
    assert v.velocity == (Decimal(vol) / Decimal(positive)).quantize(Decimal("0.0001"))
    with db.transaction() as s:
        empty = reports.velocity(s, bookkeeper, date(2020, 1, 1), date(2020, 12, 31))
    assert empty.velocity is None and empty.volume == 0


def test_statement_agrees_with_entries(db: Database, bookkeeper: Actor, history: History) -> None:
    ann = history.ids["Ann"]
    with db.transaction() as s:
        st = statements.statement(s, bookkeeper, ann, date(2025, 2, 1), date(2025, 3, 31))
        acc = ledger.balance(s, bookkeeper, ann).account_id
        raw = sorted(
            (r for r in _raw(s) if r.account_id == acc), key=lambda r: (r.value_date, r.seq)
        )
    start, end = date(2025, 2, 1), date(2025, 3, 31)
    before = sum(r.amount for r in raw if r.value_date < start)
    inside = [r for r in raw if start <= r.value_date <= end]
    assert st.brought_forward == before == 5000 - 1500
    assert [ln.amount for ln in st.lines] == [r.amount for r in inside]
    assert [ln.value_date for ln in st.lines] == [r.value_date for r in inside]
    running = st.brought_forward
    for ln in st.lines:
        running += ln.amount
        assert ln.balance == running
    assert st.closing_balance == running
    assert st.credit_limit == 100_000
    others = [ln.other_party for ln in st.lines]
    assert others[0] == f"Cyd Tester ({history.ids['Cyd']})"  # the lift
    assert others[1] == statements.SEVERAL  # the batch (three legs)
    assert others[2] == statements.SEVERAL  # the levy
    assert others[-1] == f"Bob Tester ({history.ids['Bob']})"  # reversal of the bread
    # all active members, one run
    with db.transaction() as s:
        alls = statements.statements_for_active(s, bookkeeper, None, date(2025, 12, 31))
    assert [x.member_id for x in alls] == sorted(history.ids.values())
    assert all(x.brought_forward == 0 for x in alls)
    assert sum(x.closing_balance for x in alls) == sum(
        x.balance for x in reports_members(db, bookkeeper)
    )


def reports_members(db: Database, actor: Actor) -> list[reports.AccountBalance]:
    with db.transaction() as s:
        return reports.balances_at(s, actor, date(2025, 12, 31), members_only=True)


def test_statement_to_a_system_account_and_refusals(
    db: Database, bookkeeper: Actor, history: History
) -> None:
    with db.transaction() as s:
        st = statements.statement(s, bookkeeper, history.ids["Dee"])
    gift = [ln for ln in st.lines if ln.memo == "gift to the fund"]
    assert gift and gift[0].other_party == "Community fund"
    from localex_desktop.domain.errors import NotFound

    with pytest.raises(NotFound), db.transaction() as s:
        statements.statement(s, bookkeeper, 9999)
    with pytest.raises(ValidationError), db.transaction() as s:
        statements.statement(s, bookkeeper, history.ids["Ann"], date(2025, 3, 1), date(2025, 1, 1))


def test_reports_need_read_permission(db: Database) -> None:
    from localex_desktop.domain.roles import Role

    class NoRead(Actor):
        def require(self, permission: Any) -> None:
            raise PermissionDenied("no")

    nobody = NoRead("nobody", Role.BOOKKEEPER)
    with db.transaction() as s:
        for call in (
            lambda: reports.trial_balance(s, nobody, date.today()),
            lambda: reports.volume(s, nobody),
            lambda: reports.activity(s, nobody, 3),
            lambda: reports.velocity(s, nobody),
            lambda: statements.statements_for_active(s, nobody),
        ):
            with pytest.raises(PermissionDenied):
                call()
