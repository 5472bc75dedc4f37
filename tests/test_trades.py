"""Trades: the state machine (service and database), settlement, concurrency, reversal."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.exc import DBAPIError

from localex_desktop.db.connection import Database
from localex_desktop.domain.errors import (
    Conflict,
    NotFound,
    Refused,
    ValidationError,
)
from localex_desktop.domain.roles import Actor, Role
from localex_desktop.services import (
    audit,
    categories,
    leaving,
    ledger,
    listings,
    members,
    trades,
    verify,
)

READER = Actor("reader", Role.BOOKKEEPER)


@pytest.fixture
def people(db: Database, admin: Actor) -> tuple[int, int, int]:
    with db.transaction() as s:
        return tuple(  # type: ignore[return-value]
            members.create(s, admin, members.MemberInput(name=n), credit_limit=10_000).id
            for n in ("Ann", "Bob", "Cyd")
        )


def _record(
    db: Database, actor: Actor, buyer: int, seller: int, amount: int = 1500, **kw: Any
) -> int:
    with db.transaction() as s:
        data = trades.TradeInput(buyer, seller, amount, kw.pop("description", "Two loaves"), **kw)
        return trades.record(s, actor, data).id


def _status(db: Database, trade_id: int) -> tuple[str, int | None]:
    with db.transaction() as s:
        row = s.execute(
            sa.text("SELECT status, transaction_id FROM trades WHERE id = :i"), {"i": trade_id}
        ).one()
        return row.status, row.transaction_id


def _tx_count(db: Database) -> int:
    with db.engine.connect() as conn:
        return int(conn.execute(sa.text("SELECT count(*) FROM transactions")).scalar_one())


def _balances(db: Database, *ids: int) -> list[int]:
    with db.transaction() as s:
        return [ledger.balance(s, READER, i).balance for i in ids]


def test_record_pending_then_complete_posts_one_trade_transaction(
    db: Database, coordinator: Actor, people: tuple[int, int, int]
) -> None:
    ann, bob, _ = people
    tid = _record(db, coordinator, ann, bob, 1500)
    assert _status(db, tid) == ("pending", None)
    assert _balances(db, ann, bob) == [0, 0]
    with db.transaction() as s:
        res = trades.complete(s, coordinator, tid)
    assert not res.already_completed and res.trade.status == "completed"
    assert _balances(db, ann, bob) == [-1500, 1500]
    with db.transaction() as s:
        tx = ledger.transaction(s, coordinator, res.trade.transaction_id or 0)
        assert tx.kind == "trade" and tx.amount == 1500
        assert tx.memo == f"Trade {tid}: Two loaves"
        key = s.scalar(
            sa.text("SELECT idempotency_key FROM transactions WHERE id = :i"), {"i": tx.id}
        )
        assert key == f"trade:{tid}"
        actions = [r.action for r in audit.query(s, coordinator, entity="trade")]
        assert actions == ["complete", "create"]
        row = audit.query(s, coordinator, entity="trade", entity_id=str(tid))[0]
        assert row.before["status"] == "pending" and row.after["status"] == "completed"
        assert row.actor == coordinator.name


def test_record_completed_in_one_step(
    db: Database, coordinator: Actor, people: tuple[int, int, int]
) -> None:
    ann, bob, _ = people
    with db.transaction() as s:
        info = trades.record_completed(
            s,
            coordinator,
            trades.TradeInput(
                ann, bob, 700, "Lift to town", traded_on=date.today(), slip_number="A-1"
            ),
        )
    assert info.status == "completed" and info.transaction_id is not None
    assert info.slip_number == "A-1" and info.buyer_name == "Ann" and info.seller_name == "Bob"
    assert _balances(db, ann, bob) == [-700, 700]


def test_retry_after_completion_is_harmless(
    db: Database, coordinator: Actor, people: tuple[int, int, int]
) -> None:
    ann, bob, _ = people
    tid = _record(db, coordinator, ann, bob)
    with db.transaction() as s:
        first = trades.complete(s, coordinator, tid)
    before = _tx_count(db)
    with db.transaction() as s:
        again = trades.complete(s, coordinator, tid)
    assert again.already_completed and again.trade.transaction_id == first.trade.transaction_id
    assert _tx_count(db) == before
    assert _balances(db, ann, bob) == [-1500, 1500]


def test_two_coordinators_completing_at_once_post_one_transaction(
    db: Database, coordinator: Actor, admin: Actor, people: tuple[int, int, int]
) -> None:
    ann, bob, _ = people
    tid = _record(db, coordinator, ann, bob, 2500)
    before = _tx_count(db)
    barrier = threading.Barrier(2)
    results: list[trades.CompleteResult] = []
    errors: list[BaseException] = []

    def press(actor: Actor) -> None:
        try:
            with db.transaction() as s:
                # both sessions are open and ready before either locks the trade
                s.execute(sa.text("SELECT 1"))
                barrier.wait(timeout=10)
                results.append(trades.complete(s, actor, tid))
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=press, args=(a,)) for a in (coordinator, admin)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    assert not errors, errors
    assert sorted(r.already_completed for r in results) == [False, True]
    assert {r.trade.transaction_id for r in results} == {results[0].trade.transaction_id}
    assert _tx_count(db) == before + 1
    assert _balances(db, ann, bob) == [-2500, 2500]


def test_the_ledger_key_alone_prevents_a_second_posting(
    db: Database, coordinator: Actor, people: tuple[int, int, int]
) -> None:
    """Even a client that skipped the lock (or the service) gets the first transaction back."""
    ann, bob, _ = people
    tid = _record(db, coordinator, ann, bob)
    with db.transaction() as s:
        first = trades.complete(s, coordinator, tid).trade
        assert first.transaction_id is not None
    with db.transaction() as s:
        again = ledger.transfer(
            s,
            coordinator,
            ann,
            bob,
            1500,
            f"Trade {tid}: Two loaves",
            kind="trade",
            idempotency_key=trades.idempotency_key(tid),
        )
    assert again.replayed and again.transaction_id == first.transaction_id


# -- the state machine -------------------------------------------------------------

STATES = ("pending", "disputed", "completed", "cancelled", "reversed")


def _make(db: Database, actor: Actor, people: tuple[int, int, int], state: str) -> int:
    ann, bob, _ = people
    tid = _record(db, actor, ann, bob)
    with db.transaction() as s:
        if state == "disputed":
            trades.dispute(s, actor, tid, "Bob says it was one loaf")
        elif state in ("completed", "reversed"):
            trades.complete(s, actor, tid)
            if state == "reversed":
                trades.reverse_trade(s, actor, tid, "Entered for the wrong members")
        elif state == "cancelled":
            trades.cancel(s, actor, tid, "Never happened")
    return tid


ACTIONS: dict[str, Callable[[Any, Actor, int], object]] = {
    "complete": lambda s, a, t: trades.complete(s, a, t),
    "cancel": lambda s, a, t: trades.cancel(s, a, t, "changed mind"),
    "dispute": lambda s, a, t: trades.dispute(s, a, t, "disagree"),
    "resolve completed": lambda s, a, t: trades.resolve(s, a, t, "completed", "agreed"),
    "resolve cancelled": lambda s, a, t: trades.resolve(s, a, t, "cancelled", "agreed"),
    "reverse": lambda s, a, t: trades.reverse_trade(s, a, t, "wrong amount"),
}
ALLOWED = {
    ("pending", "complete"),
    ("pending", "cancel"),
    ("pending", "dispute"),
    ("disputed", "resolve completed"),
    ("disputed", "resolve cancelled"),
    ("completed", "reverse"),
    ("completed", "complete"),  # a harmless repeat, tested above
}


@pytest.mark.parametrize("state", STATES)
def test_every_illegal_transition_is_refused_by_the_service(
    db: Database, coordinator: Actor, people: tuple[int, int, int], state: str
) -> None:
    tid = _make(db, coordinator, people, state)
    before = (_status(db, tid), _tx_count(db))
    illegal = [act for act in ACTIONS if (state, act) not in ALLOWED]
    assert illegal
    for action in illegal:
        with pytest.raises(Refused) as err, db.transaction() as s:
            ACTIONS[action](s, coordinator, tid)
        assert f"Trade {tid} is " in str(err.value) and err.value.hint, action
        assert (_status(db, tid), _tx_count(db)) == before, action


@pytest.mark.parametrize(("state", "action"), sorted(ALLOWED - {("completed", "complete")}))
def test_every_legal_transition_is_accepted(
    db: Database, coordinator: Actor, people: tuple[int, int, int], state: str, action: str
) -> None:
    tid = _make(db, coordinator, people, state)
    with db.transaction() as s:
        ACTIONS[action](s, coordinator, tid)
    expected = {
        "complete": "completed",
        "cancel": "cancelled",
        "dispute": "disputed",
        "resolve completed": "completed",
        "resolve cancelled": "cancelled",
        "reverse": "cancelled",
    }[action]
    assert _status(db, tid)[0] == expected


#: status changes the trigger allows (other columns permitting); everything else is refused
RAW_ALLOWED = {
    ("pending", "pending"),
    ("pending", "completed"),
    ("pending", "cancelled"),
    ("pending", "disputed"),
    ("disputed", "disputed"),
    ("disputed", "completed"),
    ("disputed", "cancelled"),
    ("completed", "cancelled"),
}


@pytest.mark.parametrize("state", ["disputed", "completed", "cancelled", "reversed"])
def test_every_illegal_transition_is_refused_by_the_database(
    db: Database, coordinator: Actor, people: tuple[int, int, int], state: str
) -> None:
    """A hand-written UPDATE (another client, a script) meets the same state machine."""
    tid = _make(db, coordinator, people, state)
    stored = "cancelled" if state == "reversed" else state
    targets = [t for t in trades.STATUSES if (stored, t) not in RAW_ALLOWED]
    assert targets
    for target in targets:
        with (
            pytest.raises(DBAPIError, match=r"cannot become|never edited"),
            db.transaction() as s,
        ):
            s.execute(
                sa.text(
                    "UPDATE trades SET status = :st, note = note || ' (edited)', "
                    "resolution = 'by hand' WHERE id = :i"
                ),
                {"st": target, "i": tid},
            )
    assert _status(db, tid)[0] == stored


def test_the_database_guards_the_link_to_the_ledger(
    db: Database, coordinator: Actor, people: tuple[int, int, int]
) -> None:
    ann, bob, cyd = people
    tid = _record(db, coordinator, ann, bob, 1500)
    with db.transaction() as s:
        other = ledger.transfer(s, coordinator, ann, cyd, 1500, "unrelated").transaction_id
        same_kind = ledger.transfer(
            s, coordinator, ann, bob, 999, "wrong amount", kind="trade"
        ).transaction_id
    cases = [
        ("UPDATE trades SET status = 'completed' WHERE id = :i", "ledger_link|not the posting"),
        (
            f"UPDATE trades SET status = 'completed', transaction_id = {other} WHERE id = :i",
            "not the posting",
        ),
        (
            f"UPDATE trades SET status = 'completed', transaction_id = {same_kind} WHERE id = :i",
            "not the posting",
        ),
        (
            "UPDATE trades SET buyer_member_id = seller_member_id WHERE id = :i",
            "two_parties|cannot be changed",
        ),
        (f"UPDATE trades SET seller_member_id = {cyd} WHERE id = :i", "cannot be changed"),
        ("UPDATE trades SET status = 'disputed' WHERE id = :i", "needs a note"),
        ("DELETE FROM trades WHERE id = :i", "append-only"),
        (
            "INSERT INTO trades (buyer_member_id, seller_member_id, amount, description, "
            f"status, transaction_id, created_by) "
            f"VALUES ({ann}, {bob}, 1500, 'x', 'completed', {other}, 'sql')",
            "recorded as pending",
        ),
    ]
    for sql, message in cases:
        with pytest.raises(DBAPIError, match=message), db.transaction() as s:
            s.execute(sa.text(sql), {"i": tid})
    # a completed trade: cancelling needs the reversal of its own transaction
    with db.transaction() as s:
        done = trades.complete(s, coordinator, tid).trade.transaction_id
        rev_other = ledger.reverse(s, coordinator, other, "unrelated").transaction_id
    for sql in (
        "UPDATE trades SET status = 'cancelled' WHERE id = :i",
        "UPDATE trades SET status = 'cancelled', "
        f"reversal_transaction_id = {rev_other} WHERE id = :i",
        "UPDATE trades SET amount = 1 WHERE id = :i",
    ):
        with pytest.raises(DBAPIError), db.transaction() as s:
            s.execute(sa.text(sql), {"i": tid})
    assert _status(db, tid) == ("completed", done)


def test_a_completed_trade_is_corrected_by_reversal(
    db: Database, coordinator: Actor, bookkeeper: Actor, people: tuple[int, int, int]
) -> None:
    ann, bob, _ = people
    tid = _make(db, coordinator, people, "completed")
    with db.transaction() as s:
        info = trades.reverse_trade(s, coordinator, tid, "  Entered for the wrong members ")
    assert info.status == "cancelled" and info.note == "Entered for the wrong members"
    assert info.transaction_id is not None and info.reversal_transaction_id is not None
    assert _balances(db, ann, bob) == [0, 0]
    with db.transaction() as s:
        rev = ledger.transaction(s, coordinator, info.reversal_transaction_id)
        assert rev.reverses_id == info.transaction_id and rev.kind == "reversal"
        assert verify.verify(s, bookkeeper, record=False).ok
    with pytest.raises(ValidationError, match="reason"), db.transaction() as s:
        trades.reverse_trade(s, coordinator, tid, "  ")


def test_reversing_a_trade_whose_transaction_was_reversed_in_the_ledger_links_it(
    db: Database, coordinator: Actor, people: tuple[int, int, int]
) -> None:
    tid = _make(db, coordinator, people, "completed")
    with db.transaction() as s:
        tx = trades.get(s, coordinator, tid).transaction_id
        assert tx is not None
        rev = ledger.reverse(s, coordinator, tx, "done from the ledger view").transaction_id
    count = _tx_count(db)
    with db.transaction() as s:
        info = trades.reverse_trade(s, coordinator, tid, "matching the ledger")
    assert info.reversal_transaction_id == rev and _tx_count(db) == count


def test_dispute_and_resolution_with_an_agreed_amount(
    db: Database, coordinator: Actor, people: tuple[int, int, int]
) -> None:
    ann, bob, _ = people
    tid = _record(db, coordinator, ann, bob, 2000)
    with pytest.raises(ValidationError, match="note"), db.transaction() as s:
        trades.dispute(s, coordinator, tid, " ")
    with db.transaction() as s:
        info = trades.dispute(s, coordinator, tid, "Ann says two hours, not three")
    assert info.status == "disputed" and info.note == "Ann says two hours, not three"
    with pytest.raises(ValidationError, match="completed or cancelled"), db.transaction() as s:
        trades.resolve(s, coordinator, tid, "pending", "x")
    with pytest.raises(ValidationError, match="note"), db.transaction() as s:
        trades.resolve(s, coordinator, tid, "completed", "")
    with db.transaction() as s:
        info = trades.resolve(s, coordinator, tid, "completed", "Agreed on two hours", amount=1400)
    assert (info.status, info.amount, info.resolution) == ("completed", 1400, "Agreed on two hours")
    assert _balances(db, ann, bob) == [-1400, 1400]
    with db.transaction() as s:
        row = audit.query(s, coordinator, entity="trade", entity_id=str(tid))[0]
    assert row.action == "resolve" and row.before["amount"] == 2000 and row.after["amount"] == 1400


def test_a_dispute_resolved_as_cancelled_posts_nothing(
    db: Database, coordinator: Actor, people: tuple[int, int, int]
) -> None:
    tid = _make(db, coordinator, people, "disputed")
    count = _tx_count(db)
    with pytest.raises(ValidationError, match="amount"), db.transaction() as s:
        trades.resolve(s, coordinator, tid, "cancelled", "No trade", amount=5)
    with db.transaction() as s:
        info = trades.resolve(s, coordinator, tid, "cancelled", "Nobody remembers it")
    assert info.status == "cancelled" and info.transaction_id is None
    assert _tx_count(db) == count


def test_completion_refused_by_the_ledger_leaves_the_trade_pending(
    db: Database, coordinator: Actor, people: tuple[int, int, int]
) -> None:
    ann, bob, cyd = people
    too_much = _record(db, coordinator, ann, bob, 10_001)
    with (
        pytest.raises(Refused, match=r"Ann \(member \d+\) has 100.00 Cr of credit left"),
        db.transaction() as s,
    ):
        trades.complete(s, coordinator, too_much)
    assert _status(db, too_much) == ("pending", None)
    tid = _record(db, coordinator, cyd, bob, 100)
    with db.transaction() as s:
        members.suspend(s, coordinator, cyd)
    with pytest.raises(Refused, match="Cyd is suspended"), db.transaction() as s:
        trades.complete(s, coordinator, tid)
    assert _status(db, tid) == ("pending", None)


def test_recording_validates_people_amounts_listing_and_slip(
    db: Database, coordinator: Actor, admin: Actor, people: tuple[int, int, int]
) -> None:
    ann, bob, cyd = people
    with db.transaction() as s:
        cat = categories.add(s, admin, "Food").id
        offer = listings.add(
            s, admin, listings.ListingInput(bob, "offer", cat, "Sourdough bread", price=500)
        ).id
        want = listings.add(s, admin, listings.ListingInput(ann, "want", cat, "Bike repair")).id
        members.create(s, admin, members.MemberInput(name="Gone"), credit_limit=0)
    with db.transaction() as s:
        gone = members.search(s, admin, "Gone")[0].id
        leaving.leave(s, admin, gone)
    bad: list[tuple[dict[str, Any], type[Exception], str]] = [
        ({"buyer_member_id": ann, "seller_member_id": ann}, ValidationError, "same member"),
        ({"buyer_member_id": 999}, NotFound, "no member number 999"),
        ({"seller_member_id": gone}, Refused, "has left"),
        ({"amount": 0}, ValidationError, "more than zero"),
        ({"description": "  "}, ValidationError, "Say what was traded"),
        ({"traded_on": date.today() + timedelta(days=1)}, ValidationError, "future"),
        ({"listing_id": offer, "seller_member_id": cyd}, ValidationError, "must be the seller"),
        ({"listing_id": want, "buyer_member_id": cyd}, ValidationError, "must be the buyer"),
        ({"listing_id": 12345}, NotFound, "no listing"),
        ({"category_id": 12345}, NotFound, "no category"),
    ]
    for change, exc_type, message in bad:
        fields: dict[str, Any] = {
            "buyer_member_id": ann,
            "seller_member_id": bob,
            "amount": 500,
            "description": "Bread",
            **change,
        }
        with pytest.raises(exc_type, match=message), db.transaction() as s:
            trades.record(s, coordinator, trades.TradeInput(**fields))
    # from the listing: description and category come along
    with db.transaction() as s:
        info = trades.record(
            s, coordinator, trades.TradeInput(ann, bob, 500, listing_id=offer, slip_number=" 77 ")
        )
    assert (info.description, info.category_path, info.slip_number) == (
        "Sourdough bread",
        "Food",
        "77",
    )
    with (
        pytest.raises(Conflict, match=f"Slip 77 was already entered as trade {info.id}"),
        db.transaction() as s,
    ):
        trades.record(s, coordinator, trades.TradeInput(bob, ann, 5, "x", slip_number="77"))


def test_list_filters_and_pages(
    db: Database, coordinator: Actor, bookkeeper: Actor, people: tuple[int, int, int]
) -> None:
    ann, bob, cyd = people
    old = date.today() - timedelta(days=40)
    ids = [
        _record(db, coordinator, ann, bob, 100, traded_on=old),
        _record(db, coordinator, bob, cyd, 200),
        _record(db, coordinator, cyd, ann, 300, description="Soup for the party"),
    ]
    with db.transaction() as s:
        trades.complete(s, coordinator, ids[1])
    with db.transaction() as s:
        assert [t.id for t in trades.search(s, bookkeeper)] == ids[::-1]
        assert [
            t.id for t in trades.search(s, bookkeeper, trades.TradeFilter(status="completed"))
        ] == [ids[1]]
        by_ann = trades.search(s, bookkeeper, trades.TradeFilter(member_id=ann), descending=False)
        assert [t.id for t in by_ann] == [ids[0], ids[2]]
        recent = trades.TradeFilter(since=date.today() - timedelta(days=7))
        assert trades.count(s, bookkeeper, recent) == 2
        assert [t.id for t in trades.search(s, bookkeeper, trades.TradeFilter(until=old))] == [
            ids[0]
        ]
        assert [t.id for t in trades.search(s, bookkeeper, trades.TradeFilter(text="soup"))] == [
            ids[2]
        ]
        page1 = trades.search(s, bookkeeper, sort="amount", descending=False, limit=2)
        page2 = trades.search(s, bookkeeper, sort="amount", descending=False, limit=2, offset=2)
        assert [t.amount for t in page1 + page2] == [100, 200, 300]
        with pytest.raises(ValidationError, match="status"):
            trades.search(s, bookkeeper, trades.TradeFilter(status="done"))
        with pytest.raises(ValidationError, match="sort"):
            trades.search(s, bookkeeper, sort="colour")
