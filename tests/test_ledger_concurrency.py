"""Several real connections at once: the limits hold, nothing deadlocks, keys post once."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
import sqlalchemy as sa

from localex_desktop.db.connection import Database
from localex_desktop.domain.errors import Refused
from localex_desktop.domain.roles import Actor
from localex_desktop.services import ledger, members, verify

pytestmark = pytest.mark.slow


def _member(db: Database, actor: Actor, name: str, credit: int = 1_000_000) -> int:
    with db.transaction() as s:
        return members.create(s, actor, members.MemberInput(name=name), credit_limit=credit).id


def _together(n: int, work: Callable[[int, threading.Barrier], Any]) -> list[Any]:
    """Run ``work(i, barrier)`` in ``n`` threads that start at the same moment."""
    barrier = threading.Barrier(n)
    with ThreadPoolExecutor(max_workers=n) as pool:
        futures = [pool.submit(work, i, barrier) for i in range(n)]
        return [f.result(timeout=120) for f in futures]


def _books_are_sound(db: Database, actor: Actor) -> verify.VerifyReport:
    with db.transaction() as s:
        report = verify.verify(s, actor)
        total = s.execute(sa.text("SELECT sum(balance) FROM accounts")).scalar_one()
    assert total == 0
    assert report.ok, report.problems
    return report


def test_draining_one_account_from_many_connections(db: Database, admin: Actor) -> None:
    threads, per_thread, amount, credit = 8, 20, 10, 1000  # room for exactly 100 of 160
    payer = _member(db, admin, "Drained", credit=credit)
    payees = [_member(db, admin, f"Payee {i}") for i in range(threads)]

    def work(i: int, barrier: threading.Barrier) -> tuple[int, int, list[BaseException]]:
        ok = refused = 0
        unexpected: list[BaseException] = []
        barrier.wait()
        for k in range(per_thread):
            try:
                with db.transaction() as s:
                    ledger.transfer(s, admin, payer, payees[i], amount, f"drain {i}/{k}")
                ok += 1
            except Refused as exc:
                assert "Drained" in str(exc)
                refused += 1
            except Exception as exc:  # deadlock, serialization failure, pool timeout ...
                unexpected.append(exc)
        return ok, refused, unexpected

    results = _together(threads, work)
    assert [e for _, _, errs in results for e in errs] == []
    successes = sum(ok for ok, _, _ in results)
    assert successes == credit // amount
    assert sum(r for _, r, _ in results) == threads * per_thread - successes
    with db.transaction() as s:
        assert ledger.balance(s, admin, payer).balance == -credit
        assert sum(ledger.balance(s, admin, p).balance for p in payees) == credit
        n_tx = s.execute(sa.text("SELECT count(*) FROM transactions")).scalar_one()
        lowest = s.execute(
            sa.text(
                "SELECT min(balance_after) FROM entries e JOIN accounts a ON a.id = e.account_id"
                " WHERE a.member_id = :m"
            ),
            {"m": payer},
        ).scalar_one()
    assert n_tx == successes and lowest == -credit
    report = _books_are_sound(db, admin)
    assert report.transactions == successes


def test_criss_cross_transfers_do_not_deadlock(db: Database, admin: Actor) -> None:
    a = _member(db, admin, "Criss")
    b = _member(db, admin, "Cross")
    threads, rounds = 6, 15

    def work(i: int, barrier: threading.Barrier) -> list[BaseException]:
        errors: list[BaseException] = []
        payer, payee = (a, b) if i % 2 == 0 else (b, a)
        barrier.wait()
        for k in range(rounds):
            try:
                with db.transaction() as s:
                    # both accounts in one transaction, in opposite orders
                    ledger.transfer(s, admin, payer, payee, 100 + i, f"x {i}/{k}")
                    ledger.transfer(s, admin, payee, payer, 1, f"y {i}/{k}")
            except Exception as exc:
                errors.append(exc)
        return errors

    assert [e for errs in _together(threads, work) for e in errs] == []
    expected_a = sum(
        (-(100 + i) + 1 if i % 2 == 0 else (100 + i) - 1) * rounds for i in range(threads)
    )
    with db.transaction() as s:
        assert ledger.balance(s, admin, a).balance == expected_a
        assert ledger.balance(s, admin, b).balance == -expected_a
    assert _books_are_sound(db, admin).transactions == threads * rounds * 2


def test_one_idempotency_key_from_many_threads_posts_once(db: Database, admin: Actor) -> None:
    a = _member(db, admin, "Clicker")
    b = _member(db, admin, "Shop")
    threads = 8

    def work(i: int, barrier: threading.Barrier) -> ledger.PostResult:
        barrier.wait()
        with db.transaction() as s:
            return ledger.transfer(s, admin, a, b, 999, "the same click", idempotency_key="click")

    results = _together(threads, work)
    assert len({r.transaction_id for r in results}) == 1
    assert sorted(r.replayed for r in results) == [False] + [True] * (threads - 1)
    with db.transaction() as s:
        assert ledger.balance(s, admin, b).balance == 999
    assert _books_are_sound(db, admin).transactions == 1


def test_one_transaction_reversed_from_many_threads_is_reversed_once(
    db: Database, admin: Actor
) -> None:
    a = _member(db, admin, "Rev A")
    b = _member(db, admin, "Rev B")
    with db.transaction() as s:
        tx = ledger.transfer(s, admin, a, b, 500, "to undo").transaction_id
    threads = 6

    def work(i: int, barrier: threading.Barrier) -> str:
        barrier.wait()
        try:
            with db.transaction() as s:
                ledger.reverse(s, admin, tx, f"attempt {i}")
        except Refused as exc:
            assert "reversed" in str(exc)
            return "refused"
        return "done"

    assert sorted(_together(threads, work)) == ["done"] + ["refused"] * (threads - 1)
    with db.transaction() as s:
        assert ledger.balance(s, admin, a).balance == 0
    assert _books_are_sound(db, admin).transactions == 2


def _wait_until_blocked(db: Database, deadline_s: float = 30.0) -> None:
    """Return once some connection waits for a lock (polling the server, no sleeping)."""
    end = time.monotonic() + deadline_s
    with db.engine.connect() as conn:
        while time.monotonic() < end:
            waiting = conn.execute(
                sa.text("SELECT count(*) FROM pg_locks WHERE NOT granted")
            ).scalar_one()
            if waiting:
                return
            conn.rollback()
    raise AssertionError("the transfer never waited for the lock")


def test_payment_racing_a_leave_cannot_reach_a_member_who_left(db: Database, admin: Actor) -> None:
    """The leave goes first and holds the account; the payment must then see 'left'."""
    payer = _member(db, admin, "Payer")
    leaver = _member(db, admin, "Leaver")  # zero balance: free to leave
    with db.engine.connect() as leaving:
        leaving.execute(sa.text("UPDATE members SET status = 'left' WHERE id = :m"), {"m": leaver})
        # the leave trigger now holds the leaver's account row; pay them meanwhile

        def pay() -> BaseException | None:
            try:
                with db.transaction() as s:
                    ledger.transfer(s, admin, payer, leaver, 100, "just in time")
            except Exception as exc:
                return exc
            return None

        with ThreadPoolExecutor(max_workers=1) as pool:
            future = pool.submit(pay)
            _wait_until_blocked(db)
            leaving.commit()
            outcome = future.result(timeout=60)
    with db.transaction() as s:
        info = members.get(s, admin, leaver)
    assert info.status == "left"
    assert isinstance(outcome, Refused), outcome
    assert info.balance == 0  # a member who has left never holds a balance


def test_batches_and_single_postings_racing_keep_the_limits(db: Database, admin: Actor) -> None:
    """Batches over many accounts (in any order) and single transfers at once: no deadlock,
    and a shared payer's credit is spent exactly, whichever path spends it."""
    credit, amount = 500, 10  # room for exactly 50 of the 72 payments of 10
    payer = _member(db, admin, "Shared payer", credit=credit)
    others = [_member(db, admin, f"Other {i}") for i in range(6)]
    with db.transaction() as s:
        acc = {m: ledger.balance(s, admin, m).account_id for m in [payer, *others]}
    threads, rounds = 6, 12

    def work(i: int, barrier: threading.Barrier) -> tuple[int, list[BaseException]]:
        paid = 0
        errors: list[BaseException] = []
        barrier.wait()
        for k in range(rounds):
            try:
                with db.transaction() as s:
                    if i % 2:
                        ledger.transfer(s, admin, payer, others[i], amount, f"single {i}/{k}")
                        paid += amount
                    else:
                        # the lines touch the accounts in a different order in each thread
                        order = others[i:] + others[:i]
                        lines = [
                            ledger.Posting(
                                "transfer",
                                [(acc[order[n]], 1), (acc[order[n + 1]], -1)],
                                f"ring {i}/{k}",
                            )
                            for n in range(len(order) - 1)
                        ]
                        lines.append(
                            ledger.Posting(
                                "transfer", [(acc[payer], -amount), (acc[order[0]], amount)], "pay"
                            )
                        )
                        ledger.post_many(s, admin, lines)
                        paid += amount
            except Refused as exc:
                assert "Shared payer" in str(exc)
            except Exception as exc:  # deadlock, serialization failure ...
                errors.append(exc)
        return paid, errors

    results = _together(threads, work)
    assert [e for _, errs in results for e in errs] == []
    spent = sum(p for p, _ in results)
    with db.transaction() as s:
        assert ledger.balance(s, admin, payer).balance == -spent
    assert spent == min(credit, threads * rounds * amount)
    _books_are_sound(db, admin)
