"""Changes made behind the program's back (triggers off, as a superuser) are found by verify."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
import sqlalchemy as sa

from localex_desktop.db.connection import Database
from localex_desktop.domain.roles import Actor
from localex_desktop.services import ledger, members, settings, verify

from .tampering import checks, tamper, verified


@dataclass
class Books:
    a: int  # account ids
    b: int
    c: int
    tx: list[int]  # t1 A->B, t2 B->C, t3 A->C, t4 C->A, t5 A->B (the last one overall)


@pytest.fixture
def books(db: Database, admin: Actor) -> Books:
    with db.transaction() as s:
        ids = [members.create(s, admin, members.MemberInput(name=n)).id for n in "ABC"]
        acc = [ledger.balance(s, admin, m).account_id for m in ids]
        pairs = [(0, 1, 1000), (1, 2, 400), (0, 2, 250), (2, 0, 75), (0, 1, 30)]
        txs = [
            ledger.transfer(s, admin, ids[p], ids[q], x, f"t{i}").transaction_id
            for i, (p, q, x) in enumerate(pairs, 1)
        ]
    return Books(acc[0], acc[1], acc[2], txs)


def test_a_clean_ledger_verifies_and_counts(db: Database, admin: Actor, books: Books) -> None:
    with db.transaction() as s:
        report = verify.verify(s, admin, record=True)
    assert report.ok and report.problems == [] and report.first_bad_transaction is None
    assert (report.transactions, report.entries, report.accounts) == (5, 10, 6)
    assert report.balance_sum == 0
    out = report.as_dict()
    assert out["ok"] is True and out["transactions"] == 5 and out["problems"] == []
    with db.transaction() as s:
        last = settings.get(s, "last_verification")
    assert last["ok"] is True and last["transactions"] == 5


def test_an_empty_ledger_verifies(db: Database, admin: Actor) -> None:
    report = verified(db, admin)
    assert report.ok and (report.transactions, report.entries, report.accounts) == (0, 0, 3)


def test_changed_entry_amount(db: Database, admin: Actor, books: Books) -> None:
    t2 = books.tx[1]
    tamper(
        db,
        "UPDATE entries SET amount = amount + 1 WHERE transaction_id = :t AND account_id = :a",
        t=t2,
        a=books.c,
    )
    report = verified(db, admin)
    assert not report.ok and report.first_bad_transaction == t2
    assert {"balance", "hash", "running balance", "account balance", "sum"} <= checks(report)
    assert any(p.check == "balance" and p.transaction_id == t2 for p in report.problems)


def test_both_sides_changed_consistently_with_balances(
    db: Database, admin: Actor, books: Books
) -> None:
    """+x and -x keep the transaction balanced, and the accounts are made to agree."""
    t2 = books.tx[1]
    tamper(
        db,
        "UPDATE entries SET amount = amount + 100, balance_after = balance_after + 100"
        " WHERE transaction_id = :t AND account_id = :c",
        "UPDATE entries SET amount = amount - 100, balance_after = balance_after - 100"
        " WHERE transaction_id = :t AND account_id = :b",
        "UPDATE entries SET balance_after = balance_after + 100"
        " WHERE account_id = :c AND transaction_id > :t",
        "UPDATE entries SET balance_after = balance_after - 100"
        " WHERE account_id = :b AND transaction_id > :t",
        "UPDATE accounts SET balance = balance + 100 WHERE id = :c",
        "UPDATE accounts SET balance = balance - 100 WHERE id = :b",
        t=t2,
        b=books.b,
        c=books.c,
    )
    report = verified(db, admin)
    assert not report.ok and report.first_bad_transaction == t2
    assert report.balance_sum == 0  # nothing adds up wrong...
    assert "hash" in checks(report)  # ...but the hashes remember what was posted
    assert not {"balance", "running balance", "account balance", "sum"} & checks(report)


def test_changed_memo(db: Database, admin: Actor, books: Books) -> None:
    t3 = books.tx[2]
    tamper(db, "UPDATE transactions SET memo = 'nothing to see' WHERE id = :t", t=t3)
    report = verified(db, admin)
    assert not report.ok and report.first_bad_transaction == t3
    assert (report.problems[0].check, report.problems[0].transaction_id) == ("hash", t3)
    # the entries of that transaction no longer match either (they hash the content)
    assert {p.transaction_id for p in report.problems} == {t3}


@pytest.mark.parametrize(
    ("index", "statements"),
    [
        (2, ["UPDATE transactions SET posted_at = posted_at - interval '30 days' WHERE id = :t"]),
        # the value date is in the hash: moving a transaction to another day is found
        (
            2,
            [
                "UPDATE transactions SET value_date = value_date - 40 WHERE id = :t",
                "UPDATE entries SET value_date = value_date - 40 WHERE transaction_id = :t",
            ],
        ),
        # claiming a new row was hashed the old way (without its value date) does not pass
        (0, ["UPDATE transactions SET digest_version = 1 WHERE id = :t"]),
    ],
    ids=["posted_at", "value_date", "digest_version_turned_back"],
)
def test_changed_hashed_content(
    db: Database, admin: Actor, books: Books, index: int, statements: list[str]
) -> None:
    tx = books.tx[index]
    tamper(db, *statements, t=tx)
    report = verified(db, admin)
    assert not report.ok and report.first_bad_transaction == tx
    assert "hash" in checks(report)


def test_changed_entry_posted_at(db: Database, admin: Actor, books: Books) -> None:
    t3 = books.tx[2]
    tamper(
        db,
        "UPDATE entries SET posted_at = posted_at - interval '30 days' WHERE transaction_id = :t",
        t=t3,
    )
    report = verified(db, admin)
    assert not report.ok and report.first_bad_transaction == t3


def test_deleted_transaction_in_the_middle(db: Database, admin: Actor, books: Books) -> None:
    t3, t4 = books.tx[2], books.tx[3]  # t3 is A->C; t4 (C->A) is next on both accounts
    tamper(
        db,
        "DELETE FROM entries WHERE transaction_id = :t",
        "DELETE FROM transactions WHERE id = :t",
        t=t3,
    )
    report = verified(db, admin)
    assert not report.ok
    # the audit log still records the posting, so the removed id itself is named;
    # the next transaction on the same accounts shows the gap in their chains
    assert report.first_bad_transaction == t3
    assert any(p.check == "missing" and p.transaction_id == t3 for p in report.problems)
    gaps = [p for p in report.problems if p.check == "chain"]
    assert {p.transaction_id for p in gaps} == {t4}
    assert {p.account_id for p in gaps} == {books.a, books.c}
    assert all("missing" in p.message for p in gaps)
    assert "account balance" in checks(report)


def test_deleted_entries_but_transaction_kept(db: Database, admin: Actor, books: Books) -> None:
    t2 = books.tx[1]
    tamper(db, "DELETE FROM entries WHERE transaction_id = :t", t=t2)
    report = verified(db, admin)
    assert report.first_bad_transaction == t2
    assert any("no entries" in p.message for p in report.problems if p.transaction_id == t2)


def test_deleted_transaction_row_but_entries_kept(db: Database, admin: Actor, books: Books) -> None:
    t2 = books.tx[1]
    tamper(db, "DELETE FROM transactions WHERE id = :t", t=t2)
    report = verified(db, admin)
    assert report.first_bad_transaction == t2 and "missing" in checks(report)


def _drop_last(db: Database, books: Books, *, fix_head: bool) -> None:
    """Remove t5 (the last transaction of accounts A and B) and patch the accounts."""
    head = (
        ", chain_head = (SELECT hash FROM entries e WHERE e.account_id = a.id"
        " ORDER BY seq DESC LIMIT 1)"
        if fix_head
        else ""
    )
    tamper(
        db,
        "DELETE FROM entries WHERE transaction_id = :t",
        "DELETE FROM transactions WHERE id = :t",
        "UPDATE accounts a SET balance = (SELECT sum(amount) FROM entries e"
        " WHERE e.account_id = a.id), entry_count = (SELECT count(*) FROM entries e"
        f" WHERE e.account_id = a.id){head} WHERE a.id IN (:a, :b)",
        t=books.tx[4],
        a=books.a,
        b=books.b,
    )


def test_deleted_last_transaction_without_fixing_accounts(
    db: Database, admin: Actor, books: Books
) -> None:
    tamper(
        db,
        "DELETE FROM entries WHERE transaction_id = :t",
        "DELETE FROM transactions WHERE id = :t",
        t=books.tx[4],
    )
    report = verified(db, admin)
    assert not report.ok
    assert {p.account_id for p in report.problems if p.account_id} == {books.a, books.b}
    assert {"account balance", "account entries", "missing"} <= checks(report)
    # nothing after it points at it, but the audit log still names it
    assert report.first_bad_transaction == books.tx[4]


def test_deleted_last_transaction_with_balances_fixed_but_not_chain_head(
    db: Database, admin: Actor, books: Books
) -> None:
    _drop_last(db, books, fix_head=False)
    report = verified(db, admin)
    assert not report.ok and checks(report) == {"chain head", "missing"}
    assert {p.account_id for p in report.problems if p.account_id} == {books.a, books.b}
    assert report.first_bad_transaction == books.tx[4]


def test_deleted_last_transaction_with_everything_fixed_up(
    db: Database, admin: Actor, books: Books
) -> None:
    _drop_last(db, books, fix_head=True)
    with db.transaction() as s:  # the evidence is still there
        posted = s.execute(
            sa.text(
                "SELECT count(*) FROM audit_log WHERE action = 'post' AND entity = 'transaction'"
            )
        ).scalar_one()
    assert posted == 5
    report = verified(db, admin)
    assert not report.ok
    assert report.first_bad_transaction == books.tx[4]


def test_forged_transaction_appended_to_the_chains(
    db: Database, admin: Actor, books: Books
) -> None:
    """A new transaction with a correct-looking chain link but a made-up hash."""
    forged = books.tx[-1] + 100
    tamper(
        db,
        "INSERT INTO transactions (id, kind, memo, actor, posted_at, content_hash)"
        " VALUES (:t, 'transfer', 'gift', 'nobody', now(), sha256('x'::bytea))",
        "INSERT INTO entries (transaction_id, account_id, amount, seq, balance_after,"
        " credit_limit, posted_at, prev_hash, hash)"
        " SELECT :t, a.id, CASE WHEN a.id = :a THEN -500 ELSE 500 END, a.entry_count + 1,"
        " a.balance + CASE WHEN a.id = :a THEN -500 ELSE 500 END, a.credit_limit, now(),"
        " a.chain_head, sha256(a.chain_head) FROM accounts a WHERE a.id IN (:a, :b)",
        "UPDATE accounts a SET balance = e.balance_after, entry_count = e.seq,"
        " chain_head = e.hash FROM entries e WHERE e.account_id = a.id AND e.transaction_id = :t",
        t=forged,
        a=books.a,
        b=books.b,
    )
    report = verified(db, admin)
    assert not report.ok and report.first_bad_transaction == forged
    assert report.balance_sum == 0 and checks(report) == {"hash"}
    assert report.transactions == 6


def test_forged_pair_slipped_into_an_existing_transaction(
    db: Database, admin: Actor, books: Books
) -> None:
    t2 = books.tx[1]
    tamper(
        db,
        "INSERT INTO entries (transaction_id, account_id, amount, seq, balance_after,"
        " posted_at, prev_hash, hash)"
        " SELECT :t, a.id, CASE WHEN a.id = :a THEN -500 ELSE 500 END, a.entry_count + 1,"
        " a.balance + CASE WHEN a.id = :a THEN -500 ELSE 500 END, now(), a.chain_head,"
        " sha256(a.chain_head) FROM accounts a WHERE a.id IN (:a, :fund)",
        t=t2,
        a=books.a,
        fund=1,
    )
    report = verified(db, admin)
    assert not report.ok and report.first_bad_transaction == t2
    assert "hash" in checks(report)


def test_verify_report_as_dict_after_tampering(db: Database, admin: Actor, books: Books) -> None:
    tamper(db, "UPDATE transactions SET actor = 'someone else' WHERE id = :t", t=books.tx[0])
    out = verified(db, admin).as_dict()
    assert out["ok"] is False and out["first_bad_transaction"] == books.tx[0]
    assert out["problems"] and all(
        set(p) == {"check", "transaction_id", "account_id", "message"}
        for p in out["problems"]  # type: ignore[attr-defined]
    )


def test_changed_entry_value_date(db: Database, admin: Actor, books: Books) -> None:
    t2 = books.tx[1]
    tamper(db, "UPDATE entries SET value_date = value_date - 1 WHERE transaction_id = :t", t=t2)
    report = verified(db, admin)
    assert report.first_bad_transaction == t2 and "date" in checks(report)
