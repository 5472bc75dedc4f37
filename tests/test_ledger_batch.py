"""The batch posting path: many transfers in one call, each checked on its own rule and
refused with its line, all or nothing; the books it writes are those of single postings."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
import sqlalchemy as sa
from sqlalchemy.exc import DBAPIError

from localex_desktop.db.connection import Database
from localex_desktop.domain.errors import Conflict, PermissionDenied, Refused, ValidationError
from localex_desktop.domain.roles import Actor
from localex_desktop.services import ledger, members, reports, verify
from localex_desktop.services.ledger import Posting

TODAY = date.today()


@pytest.fixture
def accounts(db: Database, admin: Actor) -> dict[str, int]:
    """Ann (credit 1000), Bob, Cyd (credit 5000 each), Dee suspended: name → account id."""
    out = {}
    with db.transaction() as s:
        for name, credit in (("Ann", 1000), ("Bob", 5000), ("Cyd", 5000), ("Dee", 5000)):
            m = members.create(
                s,
                admin,
                members.MemberInput(name=name, joined_on=date(TODAY.year - 3, 1, 1)),
                credit_limit=credit,
            )
            out[name] = m.account_id
        members.suspend(s, admin, m.id)
    return out


def _pay(acc: dict[str, int], payer: str, payee: str, amount: int, **kw: object) -> Posting:
    return Posting("transfer", [(acc[payer], -amount), (acc[payee], amount)], "pay", **kw)  # type: ignore[arg-type]


def _state(db: Database) -> tuple[int, int, int, list[int]]:
    with db.transaction() as s:
        row = s.execute(
            sa.text(
                "SELECT (SELECT count(*) FROM transactions), (SELECT count(*) FROM entries),"
                " (SELECT count(*) FROM audit_log)"
            )
        ).one()
        balances = list(s.scalars(sa.text("SELECT balance FROM accounts ORDER BY id")))
    return int(row[0]), int(row[1]), int(row[2]), balances


def test_a_batch_posts_every_line_in_order(
    db: Database, admin: Actor, accounts: dict[str, int]
) -> None:
    lines = [
        _pay(accounts, "Ann", "Bob", 400),
        _pay(accounts, "Bob", "Cyd", 900, value_date=TODAY - timedelta(days=40), reason="late"),
        Posting(
            "batch",
            [(accounts["Cyd"], -300), (accounts["Ann"], 100), (accounts["Bob"], 200)],
            "shared",
        ),
        _pay(accounts, "Ann", "Cyd", 500),
    ]
    with db.transaction() as s:
        results = ledger.post_many(s, admin, lines)
        bal = {n: ledger.balance(s, admin, m).balance for n, m in _member_ids(s, accounts).items()}
        at = {
            r.account_id: r.balance
            for r in reports.balances_at(s, admin, TODAY - timedelta(days=1), members_only=True)
        }
        report = verify.verify(s, admin)
        runs = s.execute(
            sa.text(
                "SELECT account_id, array_agg(balance_after ORDER BY seq) FROM entries"
                " GROUP BY account_id"
            )
        ).all()
    ids = [r.transaction_id for r in results]
    assert ids == sorted(ids) and len(set(ids)) == 4 and not any(r.replayed for r in results)
    assert bal == {"Ann": -800, "Bob": -300, "Cyd": 1100, "Dee": 0}
    assert at[accounts["Bob"]] == -900 and at[accounts["Cyd"]] == 900  # the dated line only
    assert report.ok, report.problems
    # running balances in line order, as single postings would have left them
    assert dict(runs)[accounts["Ann"]] == [-400, -300, -800]


def _member_ids(s: object, accounts: dict[str, int]) -> dict[str, int]:
    from sqlalchemy.orm import Session

    assert isinstance(s, Session)
    found = dict(s.execute(sa.text("SELECT id, member_id FROM accounts")).tuples().all())
    return {name: found[acc] for name, acc in accounts.items()}


def test_the_first_refused_line_stops_the_batch_and_names_it(
    db: Database, admin: Actor, accounts: dict[str, int]
) -> None:
    before = _state(db)
    # each line alone is fine for Ann (credit 1000); lines 1 to 3 together are not
    lines = [_pay(accounts, "Ann", "Bob", 400) for _ in range(3)] + [
        _pay(accounts, "Bob", "Cyd", 1)
    ]
    with pytest.raises(Refused) as err, db.transaction() as s:
        ledger.post_many(s, admin, lines)
    assert str(err.value).startswith("Line 3: Ann (member ")
    assert "200.00" in str(err.value) or "2.00" in str(err.value)  # what is left of her credit
    assert _state(db) == before  # nothing was written
    with (
        pytest.raises(Refused, match=r"^Line 2: Dee \(member \d+\) is suspended"),
        db.transaction() as s,
    ):
        ledger.post_many(
            s, admin, [_pay(accounts, "Ann", "Bob", 1), _pay(accounts, "Bob", "Dee", 1)]
        )
    assert _state(db) == before


def test_lines_are_named_as_the_caller_numbers_them(
    db: Database, admin: Actor, accounts: dict[str, int]
) -> None:
    unbalanced = Posting("transfer", [(accounts["Ann"], -5), (accounts["Bob"], 4)], "x", line=17)
    first = _pay(accounts, "Ann", "Bob", 1, line=16)
    with (
        pytest.raises(ValidationError, match=r"^Line 17: The entries do not balance"),
        db.transaction() as s,
    ):
        ledger.post_many(s, admin, [first, unbalanced])
    past = _pay(accounts, "Ann", "Bob", 1, value_date=TODAY - timedelta(days=3), line=4)
    with pytest.raises(ValidationError) as err, db.transaction() as s:
        ledger.post_many(s, admin, [past])
    assert err.value.message.startswith("Line 4: Say why") and err.value.field == "reason"
    with pytest.raises(ValidationError, match=r"^Line 2: .*in the future"), db.transaction() as s:
        ledger.post_many(
            s,
            admin,
            [
                _pay(accounts, "Ann", "Bob", 1),
                _pay(accounts, "Ann", "Bob", 1, value_date=TODAY + timedelta(days=1)),
            ],
        )
    with pytest.raises(ValidationError, match="no transactions"), db.transaction() as s:
        ledger.post_many(s, admin, [])


def test_keys_replay_a_batch_and_refuse_other_content(
    db: Database, admin: Actor, accounts: dict[str, int]
) -> None:
    lines = [
        _pay(accounts, "Ann", "Bob", 10, idempotency_key="k1"),
        _pay(accounts, "Bob", "Cyd", 20),
        _pay(accounts, "Cyd", "Ann", 30, idempotency_key="k3"),
    ]
    with db.transaction() as s:
        first = ledger.post_many(s, admin, lines)
    with db.transaction() as s:
        again = ledger.post_many(s, admin, [lines[0], lines[2]])
    assert [r.transaction_id for r in again] == [first[0].transaction_id, first[2].transaction_id]
    assert all(r.replayed for r in again)
    before = _state(db)
    other = _pay(accounts, "Ann", "Bob", 11, idempotency_key="k1")
    with pytest.raises(Conflict, match=r"^Line 2: .*already used"), db.transaction() as s:
        ledger.post_many(s, admin, [_pay(accounts, "Ann", "Bob", 1), other])
    twice = [_pay(accounts, "Ann", "Bob", 1, idempotency_key="k9")] * 2
    with pytest.raises(Refused, match=r"^Line 2: .*twice"), db.transaction() as s:
        ledger.post_many(s, admin, twice)
    assert _state(db) == before


def test_who_may_post_a_batch(
    db: Database, coordinator: Actor, bookkeeper: Actor, accounts: dict[str, int]
) -> None:
    with db.transaction() as s:
        assert len(ledger.post_many(s, coordinator, [_pay(accounts, "Ann", "Bob", 1)])) == 1
    dated = _pay(accounts, "Ann", "Bob", 1, value_date=TODAY - timedelta(days=1), reason="r")
    with pytest.raises(PermissionDenied), db.transaction() as s:
        ledger.post_many(s, coordinator, [dated])
    with pytest.raises(PermissionDenied), db.transaction() as s:
        ledger.post_many(s, bookkeeper, [_pay(accounts, "Ann", "Bob", 1)])
    with pytest.raises(ValidationError, match="reversal"), db.transaction() as s:
        ledger.post_many(s, coordinator, [Posting("reversal", [], "no")])


def test_the_database_function_checks_on_its_own(
    db: Database, admin: Actor, accounts: dict[str, int]
) -> None:
    """Called from psql, localex_post_batch() keeps every rule without the service."""
    call = sa.text("SELECT * FROM localex_post_batch(CAST(:items AS jsonb), 'psql')")
    a, b = accounts["Ann"], accounts["Bob"]

    def item(legs: list[list[int]], kind: str = "transfer", **more: object) -> dict[str, object]:
        return {"kind": kind, "legs": legs, **more}

    fine = item([[a, -1], [b, 1]])
    cases = {
        "LX060": [item([[a, -1], [b, 1]], value_date=str(TODAY + timedelta(days=2)))],
        "LX061": [item([[a, -1], [b, 1]], value_date="2020-01-01")],
        "LX014": [fine, item([[a, -1], [999_999, 1]])],
        "LX013": [item([[a, -1], [b, 2]])],
        "LX015": [item([[a, -1], [b, 1]], kind="reversal")],
        "LX010": [],
    }
    for code, items in cases.items():
        with pytest.raises(DBAPIError) as err, db.transaction() as s:
            s.execute(call, {"items": json.dumps(items)})
        assert getattr(err.value.orig, "sqlstate", None) == code, (code, str(err.value))
    with db.transaction() as s:
        rows = s.execute(call, {"items": json.dumps([item([[a, -7], [b, 7]], line=9)])}).all()
        assert [(r.line_no, r.was_replayed) for r in rows] == [(9, False)]
        assert verify.verify(s, admin).ok
