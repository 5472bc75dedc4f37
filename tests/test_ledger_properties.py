"""Random sequences of postings, limit changes, reversals and status changes keep the books sound.

One database for the whole test; each example enrols its own members, so examples do not
interfere, and the global invariants (sum of balances is zero, ...) must hold throughout.
A small model predicts which operations must be refused; the database must agree.

Postings may carry a past value date (back-dated by an administrator) and may come in
batches (all or nothing); the balance at any date must be the sum of the entries with a
value date on or before it.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

import sqlalchemy as sa
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from sqlalchemy.orm import Session

from localex_desktop.db.connection import Database
from localex_desktop.domain.errors import LocalexError, Refused, ValidationError
from localex_desktop.domain.roles import Actor
from localex_desktop.services import ledger, members, reports, verify

N_MEMBERS = 4
_example = itertools.count()

member_index = st.integers(0, N_MEMBERS - 1)
other_offset = st.integers(1, N_MEMBERS - 1)  # payee = (payer + offset) % N: never the payer
amounts = st.integers(1, 1500) | st.integers(1, 6000)  # some well past any limit
days_ago = st.integers(1, 400)
#: the days the balances are compared at (days ago)
CHECK_DAYS = (0, 1, 30, 200, 401)
operations = st.lists(
    st.one_of(
        st.tuples(st.just("dated"), member_index, other_offset, amounts, days_ago),
        st.tuples(
            st.just("many"),
            st.lists(
                st.tuples(member_index, other_offset, amounts, st.none() | days_ago),
                min_size=1,
                max_size=4,
            ),
        ),
        st.tuples(st.just("transfer"), member_index, other_offset, amounts),
        st.tuples(st.just("transfer"), member_index, other_offset, amounts),
        st.tuples(st.just("transfer"), member_index, other_offset, amounts),
        st.tuples(st.just("self"), member_index, amounts),
        st.tuples(st.just("credit"), member_index, st.integers(0, 3000)),
        st.tuples(st.just("upper"), member_index, st.none() | st.integers(0, 5000)),
        st.tuples(st.just("reverse"), st.integers(0, 50)),
        st.tuples(st.just("reverse"), st.integers(0, 50)),
        st.tuples(st.just("suspend"), member_index),
        st.tuples(st.just("reactivate"), member_index),
        st.tuples(
            st.just("batch"),
            member_index,
            st.lists(st.tuples(other_offset, amounts), min_size=1, max_size=N_MEMBERS - 1),
            st.booleans(),
        ),
    ),
    min_size=3,
    max_size=30,
)


@dataclass
class Model:
    ids: list[int]
    balance: list[int]
    credit: list[int]
    upper: list[int | None]
    status: list[str]
    # posted transactions: (id, kind, {member index: amount}, reversed?)
    posted: list[tuple[int, str, dict[int, int]]] = field(default_factory=list)
    reversed: set[int] = field(default_factory=set)
    accounts: list[int] = field(default_factory=list)
    # every posting's value date and legs
    dated: list[tuple[date, dict[int, int]]] = field(default_factory=list)

    def can_move(
        self, legs: dict[int, int], *, reversal: bool = False, after: list[int] | None = None
    ) -> bool:
        """``legs`` keep every rule, from today's balances (or those ``after`` earlier lines)."""
        balance = self.balance if after is None else after
        for m, x in legs.items():
            if self.status[m] != "active" and not (reversal and self.status[m] == "suspended"):
                return False
            new = balance[m] + x
            if x < 0 and new < -self.credit[m]:
                return False
            upper = self.upper[m]
            if x > 0 and upper is not None and new > upper:
                return False
        return True

    def apply(self, tx_id: int, kind: str, legs: dict[int, int], day: date | None = None) -> None:
        for m, x in legs.items():
            self.balance[m] += x
        self.posted.append((tx_id, kind, legs))
        self.dated.append((day or date.today(), legs))

    def balance_at(self, day: date) -> list[int]:
        out = [0] * len(self.ids)
        for d, legs in self.dated:
            if d <= day:
                for m, x in legs.items():
                    out[m] += x
        return out


def _check_invariants(db: Database, actor: Actor, model: Model) -> None:
    with db.transaction() as s:
        total = s.execute(sa.text("SELECT coalesce(sum(balance), 0) FROM accounts")).scalar_one()
        assert total == 0
        drift = s.execute(
            sa.text(
                "SELECT a.id FROM accounts a LEFT JOIN (SELECT account_id, sum(amount) AS t"
                " FROM entries GROUP BY account_id) e ON e.account_id = a.id"
                " WHERE a.balance <> coalesce(e.t, 0)"
            )
        ).all()
        assert drift == []
        unbalanced = s.execute(
            sa.text(
                "SELECT t.id FROM transactions t LEFT JOIN entries e ON e.transaction_id = t.id"
                " GROUP BY t.id HAVING count(e.id) < 2 OR coalesce(sum(e.amount), 0) <> 0"
            )
        ).all()
        assert unbalanced == []
        # no debit took a member below the credit limit in force when it was posted
        broken = s.execute(
            sa.text(
                "SELECT e.id FROM entries e JOIN accounts a ON a.id = e.account_id"
                " WHERE a.member_id IS NOT NULL AND e.amount < 0"
                " AND e.balance_after < -e.credit_limit"
            )
        ).all()
        assert broken == []
        got = [ledger.balance(s, actor, m).balance for m in model.ids]
        assert got == model.balance
        # at a date: the entries with a value date on or before it, in the report too
        for back in CHECK_DAYS:
            day = date.today() - timedelta(days=back)
            summed = dict(
                s.execute(
                    sa.text(
                        "SELECT a.member_id, coalesce(sum(e.amount), 0) FROM accounts a"
                        " LEFT JOIN entries e ON e.account_id = a.id AND e.value_date <= :d"
                        " WHERE a.member_id = ANY(:m) GROUP BY a.member_id"
                    ),
                    {"d": day, "m": model.ids},
                )
                .tuples()
                .all()
            )
            report = {
                r.member_id: r.balance
                for r in reports.balances_at(s, actor, day, members_only=True)
            }
            expected = model.balance_at(day)
            assert [summed[m] for m in model.ids] == expected, back
            assert [report.get(m, 0) for m in model.ids] == expected, back


def _run(db: Database, actor: Actor, model: Model, op: tuple[object, ...]) -> None:
    kind = op[0]
    ids = model.ids
    if kind in ("transfer", "self"):
        if kind == "self":
            _, i, amount = op
            j = i
        else:
            _, i, offset, amount = op
            assert isinstance(i, int) and isinstance(offset, int)
            j = (i + offset) % N_MEMBERS
        assert isinstance(i, int) and isinstance(amount, int)
        legs = {i: -amount, j: amount}
        expect = "invalid" if i == j else "ok" if model.can_move(legs) else "refused"
        _post(
            db,
            model,
            "transfer",
            legs,
            expect,
            lambda s: ledger.transfer(s, actor, ids[i], ids[j], amount, "random"),
        )
    elif kind == "dated":
        _, i, offset, amount, back = op
        assert isinstance(i, int) and isinstance(offset, int) and isinstance(amount, int)
        assert isinstance(back, int)
        j = (i + offset) % N_MEMBERS
        legs = {i: -amount, j: amount}
        day = date.today() - timedelta(days=back)
        _post(
            db,
            model,
            "transfer",
            legs,
            "ok" if model.can_move(legs) else "refused",
            lambda s: ledger.transfer(
                s, actor, ids[i], ids[j], amount, "dated", value_date=day, reason="history"
            ),
            day,
        )
    elif kind == "many":
        _, lines = op
        assert isinstance(lines, list)
        _many(db, actor, model, lines)
    elif kind == "batch":
        _, one, offsets, collect = op
        assert isinstance(one, int) and isinstance(offsets, list)
        lines = [((one + d) % N_MEMBERS, x) for d, x in offsets]  # may repeat a member
        others = [m for m, _ in lines]
        valid = one not in others and len(set(others)) == len(others)
        total = sum(x for _, x in lines)
        legs = {m: (-x if collect else x) for m, x in lines} if valid else {}
        legs[one] = total if collect else -total
        expect = "invalid" if not valid else "ok" if model.can_move(legs) else "refused"
        _post(
            db,
            model,
            "batch",
            legs,
            expect,
            lambda s: ledger.batch_transfer(
                s, actor, ids[one], [(ids[m], x) for m, x in lines], "batch", collect=bool(collect)
            ),
        )
    elif kind == "reverse":
        if not model.posted:
            return
        _, k = op
        assert isinstance(k, int)
        tx_id, tx_kind, legs = model.posted[k % len(model.posted)]
        back = {m: -x for m, x in legs.items()}
        if tx_kind == "reversal" or tx_id in model.reversed:
            expect = "refused"
        else:
            expect = "ok" if model.can_move(back, reversal=True) else "refused"
        _post(
            db,
            model,
            "reversal",
            back,
            expect,
            lambda s: ledger.reverse(s, actor, tx_id, "random reversal"),
        )
        if expect == "ok":
            model.reversed.add(tx_id)
    elif kind in ("credit", "upper"):
        _, i, value = op
        assert isinstance(i, int)
        with db.transaction() as s:
            if kind == "credit":
                members.update(s, actor, ids[i], credit_limit=value)  # type: ignore[arg-type]
                model.credit[i] = value  # type: ignore[call-overload]
            else:
                members.update(s, actor, ids[i], upper_limit=value)  # type: ignore[arg-type]
                model.upper[i] = value  # type: ignore[call-overload]
    elif kind in ("suspend", "reactivate"):
        _, i = op
        assert isinstance(i, int)
        target = "suspended" if kind == "suspend" else "active"
        fn = members.suspend if kind == "suspend" else members.reactivate
        if model.status[i] == target:
            try:
                with db.transaction() as s:
                    fn(s, actor, ids[i])
            except Refused:
                return
            raise AssertionError(f"{kind} of a member already {target} was accepted")
        with db.transaction() as s:
            assert fn(s, actor, ids[i]).status == target
        model.status[i] = target


def _many(
    db: Database, actor: Actor, model: Model, lines: list[tuple[int, int, int, int | None]]
) -> None:
    """A batch of transfers: all posted if every line keeps the rules after those before it."""
    after = list(model.balance)
    legs_of: list[dict[int, int]] = []
    ok = True
    for i, offset, amount, _back in lines:
        j = (i + offset) % N_MEMBERS
        legs = {i: -amount, j: amount}
        ok = ok and model.can_move(legs, after=after)
        for m, x in legs.items():
            after[m] += x
        legs_of.append(legs)
    days = [date.today() - timedelta(days=back or 0) for *_, back in lines]
    postings = [
        ledger.Posting(
            "transfer",
            [(model.accounts[m], x) for m, x in legs.items()],
            "many",
            value_date=day,
            reason="history" if day < date.today() else None,
        )
        for legs, day in zip(legs_of, days, strict=True)
    ]
    event(f"many: {'ok' if ok else 'refused'}")
    before = list(model.balance)
    try:
        with db.transaction() as s:
            results = ledger.post_many(s, actor, postings)
    except Refused as exc:
        assert not ok, (lines, model)
        assert str(exc).startswith("Line ")
        assert [_balance(db, actor, m) for m in model.ids] == before  # nothing written
        return
    assert ok, (lines, model)
    for r, legs, day in zip(results, legs_of, days, strict=True):
        model.apply(r.transaction_id, "transfer", legs, day)


def _balance(db: Database, actor: Actor, member_id: int) -> int:
    with db.transaction() as s:
        return ledger.balance(s, actor, member_id).balance


def _post(
    db: Database,
    model: Model,
    kind: str,
    legs: dict[int, int],
    expect: str,
    call: Callable[[Session], ledger.PostResult],
    day: date | None = None,
) -> None:
    event(f"{kind}: {expect}")
    try:
        with db.transaction() as s:
            result = call(s)
    except ValidationError:
        assert expect == "invalid", (kind, legs)
        return
    except Refused:
        assert expect == "refused", (kind, legs, model)
        return
    except LocalexError as exc:  # pragma: no cover - would be a wrong kind of refusal
        raise AssertionError(f"unexpected {type(exc).__name__}: {exc}") from exc
    assert expect == "ok", (kind, legs, model)
    assert result.replayed is False
    with db.transaction() as s:
        recorded = dict(
            s.execute(
                sa.text(
                    "SELECT a.member_id, e.credit_limit FROM entries e"
                    " JOIN accounts a ON a.id = e.account_id WHERE e.transaction_id = :t"
                ),
                {"t": result.transaction_id},
            )
            .tuples()
            .all()
        )
    # each entry carries the limit in force when it was posted
    assert recorded == {model.ids[m]: model.credit[m] for m in legs}
    model.apply(result.transaction_id, kind, legs, day)


@settings(
    max_examples=80,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    credits=st.lists(st.integers(0, 4000), min_size=N_MEMBERS, max_size=N_MEMBERS),
    uppers=st.lists(st.none() | st.integers(0, 5000), min_size=N_MEMBERS, max_size=N_MEMBERS),
    ops=operations,
)
def test_random_operations_keep_the_books_sound(
    db: Database, admin: Actor, credits: list[int], uppers: list[int | None], ops: list[tuple]
) -> None:
    n = next(_example)
    with db.transaction() as s:
        ids = [
            members.create(
                s,
                admin,
                members.MemberInput(name=f"P{n} M{i}"),
                credit_limit=credits[i],
                upper_limit=uppers[i],
            ).id
            for i in range(N_MEMBERS)
        ]
    model = Model(ids, [0] * N_MEMBERS, list(credits), list(uppers), ["active"] * N_MEMBERS)
    with db.transaction() as s:
        model.accounts = [ledger.balance(s, admin, m).account_id for m in ids]
    for op in ops:
        _run(db, admin, model, op)
        _check_invariants(db, admin, model)
    with db.transaction() as s:
        report = verify.verify(s, admin)
    assert report.ok, report.problems
    assert report.balance_sum == 0
