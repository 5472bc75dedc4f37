"""The rules of the ledger: through the services, and straight against the database."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
import sqlalchemy as sa
from sqlalchemy.exc import DBAPIError

from localex_desktop.db.connection import Database
from localex_desktop.domain.errors import (
    Conflict,
    NotFound,
    PermissionDenied,
    Refused,
    ValidationError,
)
from localex_desktop.domain.roles import Actor
from localex_desktop.services import leaving, ledger, members, verify


def _member(
    db: Database, actor: Actor, name: str, credit: int = 10_000, upper_limit: int | None = None
) -> int:
    with db.transaction() as s:
        data = members.MemberInput(name=name)
        return members.create(s, actor, data, credit_limit=credit, upper_limit=upper_limit).id


def _balances(db: Database, actor: Actor, *ids: int) -> list[int]:
    with db.transaction() as s:
        return [ledger.balance(s, actor, i).balance for i in ids]


def _pay(
    db: Database, actor: Actor, a: int, b: int, amount: int, key: str | None = None
) -> ledger.PostResult:
    with db.transaction() as s:
        return ledger.transfer(s, actor, a, b, amount, "test", idempotency_key=key)


def _count(db: Database, table: str) -> int:
    with db.transaction() as s:
        return int(s.execute(sa.text(f"SELECT count(*) FROM {table}")).scalar_one())


def _sqlstate(exc: pytest.ExceptionInfo[DBAPIError]) -> str:
    return str(getattr(exc.value.orig, "sqlstate", ""))


def _refusal(db: Database, sql: str, params: dict[str, object] | None = None) -> str:
    """Run ``sql``, which the database must refuse; its SQLSTATE."""
    with pytest.raises(DBAPIError) as err, db.transaction() as s:
        s.execute(sa.text(sql), params or {})
    return _sqlstate(err)


def _post_sql(kind: str, accounts: str, amounts: str, reverses: int | None = None) -> str:
    """A raw localex_post() call (a reversal of transaction ``reverses``, with a reason)."""
    if reverses is None:
        return (
            f"SELECT * FROM localex_post('{kind}', 'x', {accounts}::bigint[], "
            f"{amounts}::bigint[], 'me')"
        )
    return (
        f"SELECT * FROM localex_post('{kind}', 'r', {accounts}::bigint[], "
        f"{amounts}::bigint[], 'me', p_reverses_id => {reverses}, p_reason => 'why')"
    )


@pytest.fixture
def three(db: Database, admin: Actor) -> tuple[int, int, int]:
    return (
        _member(db, admin, "Ada Lovelace"),
        _member(db, admin, "Bob Baker"),
        _member(db, admin, "Cyd Cooper"),
    )


# -- transfers ---------------------------------------------------------------------


def test_transfer_moves_balances(db: Database, coordinator: Actor, three: tuple[int, ...]) -> None:
    a, b, c = three
    res = _pay(db, coordinator, a, b, 1250)
    assert res.replayed is False and res.transaction_id > 0
    assert _balances(db, coordinator, a, b, c) == [-1250, 1250, 0]
    with db.transaction() as s:
        tx = ledger.transaction(s, coordinator, res.transaction_id)
        assert tx.kind == "transfer" and tx.amount == 1250 and tx.actor == coordinator.name
        assert sorted((e.member_id, e.amount, e.balance_after) for e in tx.entries) == [
            (a, -1250, -1250),
            (b, 1250, 1250),
        ]
        info = ledger.balance(s, coordinator, a)
        assert info.available == 10_000 - 1250


@pytest.mark.parametrize(
    ("amount", "error"),
    [(0, ValidationError), (-5, ValidationError), (True, ValidationError), (1.5, ValidationError)],
)
def test_bad_amounts_are_refused(
    db: Database, admin: Actor, three: tuple[int, ...], amount: object, error: type
) -> None:
    a, b, _ = three
    with pytest.raises(error), db.transaction() as s:
        ledger.transfer(s, admin, a, b, amount, "x")  # type: ignore[arg-type]
    assert _count(db, "transactions") == 0


def test_bad_parties_are_refused(db: Database, admin: Actor, three: tuple[int, ...]) -> None:
    a, b, c = three
    with pytest.raises(ValidationError, match="cannot pay themselves"):
        _pay(db, admin, a, a, 100)
    with pytest.raises(NotFound, match="no member number 9999"):
        _pay(db, admin, a, 9999, 100)
    with pytest.raises(NotFound, match="no member number 9999"):
        _pay(db, admin, 9999, a, 100)
    with db.transaction() as s:
        members.suspend(s, admin, b)
    with pytest.raises(Refused, match="Bob Baker is suspended"):
        _pay(db, admin, b, a, 100)
    with pytest.raises(Refused, match="Bob Baker is suspended"):
        _pay(db, admin, a, b, 100)
    with db.transaction() as s:
        leaving.leave(s, admin, c)  # zero balance: may leave
    with pytest.raises(Refused, match="Cyd Cooper is left"):
        _pay(db, admin, a, c, 100)
    with pytest.raises(Refused, match="Cyd Cooper is left"):
        _pay(db, admin, c, a, 100)
    assert _count(db, "transactions") == 0


def test_status_is_enforced_by_the_database_too(
    db: Database, admin: Actor, three: tuple[int, ...]
) -> None:
    """Even when the service's own check is skipped, localex_post() refuses."""
    a, b, _ = three
    with db.transaction() as s:
        members.suspend(s, admin, b)
        acc_a = ledger.balance(s, admin, a).account_id
        acc_b = ledger.balance(s, admin, b).account_id
    with (
        pytest.raises(Refused, match=r"Bob Baker \(member \d+\) is suspended"),
        db.transaction() as s,
    ):
        ledger.post(s, admin, "transfer", [(acc_a, -100), (acc_b, 100)], "direct")


def test_role_checks_on_posting(db: Database, bookkeeper: Actor, three: tuple[int, ...]) -> None:
    a, b, _ = three
    with pytest.raises(PermissionDenied):
        _pay(db, bookkeeper, a, b, 100)
    with pytest.raises(PermissionDenied), db.transaction() as s:
        ledger.levy(s, bookkeeper, 100, "levy")
    with db.transaction() as s:  # a bookkeeper may read and preview
        assert ledger.balance(s, bookkeeper, a).balance == 0
        assert ledger.levy(s, bookkeeper, 100, "levy", dry_run=True).transaction_id is None


def test_credit_limit_is_enforced_naming_the_member(db: Database, admin: Actor) -> None:
    a = _member(db, admin, "Dora Debtor", credit=5000)
    b = _member(db, admin, "Eve Earner", credit=5000)
    _pay(db, admin, a, b, 4000)
    with pytest.raises(Refused) as err:
        _pay(db, admin, a, b, 1001)
    msg = str(err.value)
    assert f"Dora Debtor (member {a})" in msg
    assert "10.00 Cr of credit left" in msg and "this needs 10.01 Cr" in msg
    _pay(db, admin, a, b, 1000)  # exactly down to the limit is fine
    assert _balances(db, admin, a, b) == [-5000, 5000]
    with pytest.raises(Refused, match="Dora Debtor"):
        _pay(db, admin, a, b, 1)


def test_upper_limit_is_enforced_naming_the_member(db: Database, admin: Actor) -> None:
    a = _member(db, admin, "Fay Payer")
    b = _member(db, admin, "Gus Hoarder", upper_limit=3000)
    _pay(db, admin, a, b, 3000)
    with pytest.raises(Refused) as err:
        _pay(db, admin, a, b, 1)
    assert f"Gus Hoarder (member {b}) may hold at most 30.00 Cr" in str(err.value)
    assert _balances(db, admin, a, b) == [-3000, 3000]


def test_lowering_a_limit_applies_to_future_debits_only(db: Database, admin: Actor) -> None:
    a = _member(db, admin, "Hal", credit=5000)
    b = _member(db, admin, "Ida")
    _pay(db, admin, a, b, 4000)
    with db.transaction() as s:
        members.update(s, admin, a, credit_limit=1000)
    with pytest.raises(Refused, match="Hal"):
        _pay(db, admin, a, b, 1)
    _pay(db, admin, b, a, 500)  # being paid is always possible
    with db.transaction() as s:
        assert verify.verify(s, admin).ok


def test_amount_too_large_for_the_database_is_a_validation_error(
    db: Database, admin: Actor, three: tuple[int, ...]
) -> None:
    a, b, _ = three
    with pytest.raises(ValidationError), db.transaction() as s:
        ledger.transfer(s, admin, a, b, 2**63, "huge")


# -- idempotency ------------------------------------------------------------------


def test_idempotency_key_replays_the_first_transaction(
    db: Database, admin: Actor, three: tuple[int, ...]
) -> None:
    a, b, _ = three
    first = _pay(db, admin, a, b, 700, key="order-1")
    n_tx, n_e, n_audit = _count(db, "transactions"), _count(db, "entries"), _count(db, "audit_log")
    again = _pay(db, admin, a, b, 700, key="  order-1 ")
    assert again == ledger.PostResult(first.transaction_id, True)
    assert (_count(db, "transactions"), _count(db, "entries")) == (n_tx, n_e)
    assert _count(db, "audit_log") == n_audit
    assert _balances(db, admin, a, b) == [-700, 700]
    with pytest.raises(Conflict, match=f"transaction {first.transaction_id}"):
        _pay(db, admin, a, b, 701, key="order-1")
    with pytest.raises(Conflict):
        _pay(db, admin, b, a, 700, key="order-1")
    with pytest.raises(ValidationError), db.transaction() as s:
        ledger.transfer(s, admin, a, b, 1, "x", idempotency_key="   ")
    assert _count(db, "transactions") == n_tx


def test_a_refused_posting_does_not_burn_its_key(db: Database, admin: Actor) -> None:
    a = _member(db, admin, "Jo", credit=100)
    b = _member(db, admin, "Kim")
    with pytest.raises(Refused):
        _pay(db, admin, a, b, 200, key="k")
    with db.transaction() as s:
        members.update(s, admin, a, credit_limit=1000)
    assert _pay(db, admin, a, b, 200, key="k").replayed is False


# -- reversals --------------------------------------------------------------------


def test_reversal_restores_balances_and_points_at_the_original(
    db: Database, admin: Actor, three: tuple[int, ...]
) -> None:
    a, b, _ = three
    _pay(db, admin, b, a, 300)
    tx = _pay(db, admin, a, b, 1000).transaction_id
    with db.transaction() as s:
        rev = ledger.reverse(s, admin, tx, "  entered   twice ")
    assert rev.replayed is False
    assert _balances(db, admin, a, b) == [300, -300]
    with db.transaction() as s:
        view = ledger.transaction(s, admin, rev.transaction_id)
        assert view.kind == "reversal" and view.reverses_id == tx
        assert view.reason == "entered twice"
        assert view.memo == f"Reversal of {tx}: entered twice"
        assert ledger.transaction(s, admin, tx).reversed_by == rev.transaction_id
        orig = {e.account_id: e.amount for e in ledger.transaction(s, admin, tx).entries}
        assert {e.account_id: -e.amount for e in view.entries} == orig
    with pytest.raises(Refused, match="already reversed"), db.transaction() as s:
        ledger.reverse(s, admin, tx, "again")
    with pytest.raises(Refused, match="itself a reversal"), db.transaction() as s:
        ledger.reverse(s, admin, rev.transaction_id, "undo the undo")
    with pytest.raises(ValidationError, match="reason"), db.transaction() as s:
        ledger.reverse(s, admin, tx - 1, "   ")
    with pytest.raises(NotFound), db.transaction() as s:
        ledger.reverse(s, admin, 999_999, "nothing")
    assert _balances(db, admin, a, b) == [300, -300]


def test_reversal_is_allowed_for_a_suspended_member(
    db: Database, admin: Actor, three: tuple[int, ...]
) -> None:
    a, b, _ = three
    tx = _pay(db, admin, a, b, 1000).transaction_id
    with db.transaction() as s:
        members.suspend(s, admin, b)
        ledger.reverse(s, admin, tx, "mistake")
    assert _balances(db, admin, a, b) == [0, 0]


def test_database_refuses_a_second_reversal_even_without_the_service_check(
    db: Database, admin: Actor, three: tuple[int, ...]
) -> None:
    a, b, _ = three
    tx = _pay(db, admin, a, b, 1000).transaction_id
    with db.transaction() as s:
        ledger.reverse(s, admin, tx, "once")
        legs = [(e.account_id, -e.amount) for e in ledger.transaction(s, admin, tx).entries]
    with (
        pytest.raises(Refused, match=f"Transaction {tx} has already been reversed"),
        db.transaction() as s,
    ):
        ledger.post(s, admin, "reversal", legs, "twice", reverses_id=tx, reason="twice")


# -- levy and batches -------------------------------------------------------------


def test_levy_preview_refusal_skip_and_posting(db: Database, admin: Actor) -> None:
    rich = _member(db, admin, "Rich", credit=10_000)
    poor = _member(db, admin, "Poor", credit=100)
    other = _member(db, admin, "Other", credit=10_000)
    away = _member(db, admin, "Away", credit=0)
    with db.transaction() as s:
        members.suspend(s, admin, away)
        fund = ledger.system_account(s, "community_fund")
        preview = ledger.levy(s, admin, 500, "Annual fee", dry_run=True)
    assert preview.transaction_id is None
    assert [ln.member_id for ln in preview.lines] == [rich, poor, other]
    assert [ln.member_id for ln in preview.over_limit] == [poor]
    assert preview.over_limit[0].available == 100 and preview.total == 1500
    assert _count(db, "transactions") == 0
    with pytest.raises(Refused, match=rf"1 member would .*Poor \({poor}\)"), db.transaction() as s:
        ledger.levy(s, admin, 500, "Annual fee")
    assert _count(db, "transactions") == 0
    with db.transaction() as s:
        res = ledger.levy(s, admin, 500, "Annual fee", skip_over_limit=True)
    assert res.transaction_id is not None and res.total == 1000
    assert _count(db, "transactions") == 1
    assert _balances(db, admin, rich, poor, other, away) == [-500, 0, -500, 0]
    with db.transaction() as s:
        view = ledger.transaction(s, admin, res.transaction_id)
        assert view.kind == "levy" and view.memo == "Annual fee"
        assert {e.account_id: e.amount for e in view.entries}[fund] == 1000
        assert len(view.entries) == 3
        fund_balance = s.execute(
            sa.text("SELECT balance FROM accounts WHERE id = :i"), {"i": fund}
        ).scalar_one()
        assert fund_balance == 1000


def test_levy_into_fees_and_with_nobody_to_charge(db: Database, admin: Actor) -> None:
    poor = _member(db, admin, "Only", credit=0)
    with pytest.raises(Refused, match="No active member"), db.transaction() as s:
        ledger.levy(s, admin, 100, "fee", skip_over_limit=True)
    with pytest.raises(NotFound), db.transaction() as s:
        ledger.levy(s, admin, 100, "fee", to_account="nope")
    with db.transaction() as s:
        members.update(s, admin, poor, credit_limit=100)
        res = ledger.levy(s, admin, 100, "fee", to_account="fees")
        assert res.transaction_id is not None
        fees = ledger.system_account(s, "fees")
        acc = ledger.balance(s, admin, poor).account_id
        view = ledger.transaction(s, admin, res.transaction_id)
    assert {e.account_id: e.amount for e in view.entries} == {fees: 100, acc: -100}


def test_batch_one_to_many_and_collect_many_to_one(
    db: Database, admin: Actor, three: tuple[int, ...]
) -> None:
    a, b, c = three
    with db.transaction() as s:
        paid = ledger.batch_transfer(s, admin, a, [(b, 300), (c, 200)], "shares")
    assert _balances(db, admin, a, b, c) == [-500, 300, 200]
    with db.transaction() as s:
        got = ledger.batch_transfer(s, admin, a, [(b, 100), (c, 50)], "collect", collect=True)
    assert _balances(db, admin, a, b, c) == [-350, 200, 150]
    assert _count(db, "transactions") == 2
    with db.transaction() as s:
        for res, n in ((paid, 3), (got, 3)):
            view = ledger.transaction(s, admin, res.transaction_id)
            assert view.kind == "batch" and len(view.entries) == n
    with pytest.raises(ValidationError, match="both sides"), db.transaction() as s:
        ledger.batch_transfer(s, admin, a, [(a, 100)], "self")
    with pytest.raises(ValidationError, match="twice"), db.transaction() as s:
        ledger.batch_transfer(s, admin, a, [(b, 100), (b, 5)], "dup")
    with pytest.raises(ValidationError, match="no lines"), db.transaction() as s:
        ledger.batch_transfer(s, admin, a, [], "empty")
    with pytest.raises(NotFound), db.transaction() as s:
        ledger.batch_transfer(s, admin, a, [(b, 1), (4242, 1)], "ghost")


def test_a_batch_is_all_or_nothing(db: Database, admin: Actor) -> None:
    one = _member(db, admin, "Collector")
    ok = _member(db, admin, "Can Pay", credit=1000)
    broke = _member(db, admin, "Cannot Pay", credit=10)
    with pytest.raises(Refused, match="Cannot Pay"), db.transaction() as s:
        ledger.batch_transfer(s, admin, one, [(ok, 500), (broke, 500)], "dues", collect=True)
    assert _balances(db, admin, one, ok, broke) == [0, 0, 0]
    assert _count(db, "transactions") == 0


# -- the database's own rules, by hand-written SQL --------------------------------


@pytest.fixture
def posted(db: Database, admin: Actor, three: tuple[int, ...]) -> dict[str, int]:
    """One transfer between A and B; the ids of everything involved."""
    a, b, _ = three
    tx = _pay(db, admin, a, b, 100).transaction_id
    with db.transaction() as s:
        acc_a = ledger.balance(s, admin, a).account_id
        acc_b = ledger.balance(s, admin, b).account_id
        entry = s.execute(
            sa.text("SELECT min(id) FROM entries WHERE transaction_id = :t"), {"t": tx}
        ).scalar_one()
    return {"tx": tx, "a": acc_a, "b": acc_b, "entry": entry}


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE transactions SET memo = 'changed' WHERE id = {tx}",
        "UPDATE transactions SET posted_at = now() - interval '1 day'",
        "DELETE FROM transactions WHERE id = {tx}",
        "TRUNCATE transactions CASCADE",
        "UPDATE entries SET amount = 1 WHERE id = {entry}",
        "DELETE FROM entries WHERE transaction_id = {tx}",
        "TRUNCATE entries",
        "UPDATE audit_log SET actor = 'someone else'",
        "DELETE FROM audit_log",
        "TRUNCATE audit_log",
        "UPDATE accounts SET balance = 0 WHERE id = {a}",
        "UPDATE accounts SET entry_count = 0 WHERE id = {a}",
        "UPDATE accounts SET chain_head = '\\x00'::bytea WHERE id = {a}",
        "DELETE FROM accounts WHERE id = {a}",
        "INSERT INTO transactions (kind, actor, posted_at, content_hash)"
        " VALUES ('transfer', 'me', now(), '\\x00'::bytea)",
        "INSERT INTO entries (transaction_id, account_id, amount, seq, balance_after, posted_at,"
        " prev_hash, hash) VALUES ({tx}, {a}, 5, 99, 5, now(), '\\x00', '\\x00')",
    ],
)
def test_database_refuses_changing_history(
    db: Database, admin: Actor, posted: dict[str, int], statement: str
) -> None:
    with pytest.raises(DBAPIError) as err, db.transaction() as s:
        s.execute(sa.text(statement.format(**posted)))
    assert _sqlstate(err) == "23000"  # integrity_constraint_violation from our triggers
    assert "append-only" in str(err.value) or "only allowed through localex_post" in str(err.value)
    with db.transaction() as s:
        report = verify.verify(s, admin)
    assert report.ok and report.transactions == 1 and report.entries == 2


def test_member_limits_and_names_may_still_be_edited_by_sql(
    db: Database, admin: Actor, posted: dict[str, int]
) -> None:
    """The guard on accounts is aimed at balances, not at the editable columns."""
    with db.transaction() as s:
        s.execute(
            sa.text("UPDATE accounts SET credit_limit = 1, name = 'Renamed' WHERE id = :a"),
            {"a": posted["a"]},
        )
    with db.transaction() as s:
        assert verify.verify(s, admin).ok


@pytest.mark.parametrize(
    ("accounts", "amounts", "code"),
    [
        ("ARRAY[{a},{b}]", "ARRAY[100,-50]", "LX013"),  # unbalanced
        ("ARRAY[{a}]", "ARRAY[0]", "LX010"),  # one entry
        ("ARRAY[{a},{b}]", "ARRAY[100]", "LX010"),  # amounts do not match the accounts
        ("ARRAY[{a},{b},{fund}]", "ARRAY[100,0,-100]", "LX012"),  # a zero entry
        ("ARRAY[{a},{a}]", "ARRAY[100,-100]", "LX011"),  # the same account twice
        ("ARRAY[{a},NULL]", "ARRAY[100,-100]", "LX011"),
        ("ARRAY[{a},987654]", "ARRAY[100,-100]", "LX014"),  # no such account
    ],
)
def test_localex_post_refuses_malformed_transactions(
    db: Database, admin: Actor, posted: dict[str, int], accounts: str, amounts: str, code: str
) -> None:
    with db.transaction() as s:
        fund = ledger.system_account(s, "community_fund")
    ids = {**posted, "fund": fund}
    assert _refusal(db, _post_sql("transfer", accounts.format(**ids), amounts)) == code
    assert _count(db, "transactions") == 1


def test_the_service_turns_malformed_legs_into_validation_errors(
    db: Database, admin: Actor, posted: dict[str, int]
) -> None:
    a, b = posted["a"], posted["b"]
    for legs in ([(a, 100), (b, -50)], [(a, 100)], [(a, 100), (a, -100)]):
        with pytest.raises(ValidationError), db.transaction() as s:
            ledger.post(s, admin, "adjustment", legs, "bad")
    with pytest.raises(NotFound), db.transaction() as s:
        ledger.post(s, admin, "adjustment", [(a, 100), (987654, -100)], "bad")
    with pytest.raises(ValidationError), db.transaction() as s:
        ledger.post(s, admin, "gift", [(a, 100), (b, -100)], "bad")


def test_hand_made_reversals_must_mirror_the_original(
    db: Database, admin: Actor, posted: dict[str, int]
) -> None:
    a, b, tx = posted["a"], posted["b"], posted["tx"]
    with db.transaction() as s:
        fund = ledger.system_account(s, "community_fund")
    wrong = [
        (f"ARRAY[{a},{b}]", "ARRAY[-100,100]", "LX033"),  # same direction, not opposite
        (f"ARRAY[{a},{b}]", "ARRAY[50,-50]", "LX033"),  # only half
        (f"ARRAY[{a},{fund}]", "ARRAY[100,-100]", "LX033"),  # another account
        (f"ARRAY[{a},{b},{fund}]", "ARRAY[100,-101,1]", "LX033"),  # an extra leg
    ]
    for accounts, amounts, code in wrong:
        sql = _post_sql("reversal", accounts, amounts, tx)
        assert _refusal(db, sql) == code, sql
    mirror = (f"ARRAY[{a},{b}]", "ARRAY[100,-100]")
    assert _refusal(db, _post_sql("transfer", *mirror, tx)) == "LX031"  # not a reversal
    assert _refusal(db, _post_sql("reversal", *mirror, 424242)) == "LX032"  # of nothing
    assert _count(db, "transactions") == 1


def test_raw_member_leave_with_a_balance_is_refused_by_the_trigger(
    db: Database, admin: Actor, posted: dict[str, int], three: tuple[int, ...]
) -> None:
    a, _, c = three
    assert _refusal(db, "UPDATE members SET status = 'left' WHERE id = :m", {"m": a}) == "LX041"
    with db.transaction() as s:
        s.execute(sa.text("UPDATE members SET status = 'left' WHERE id = :m"), {"m": c})
        assert members.get(s, admin, c).status == "left"


# -- reading ----------------------------------------------------------------------


def test_balance_is_kept_on_the_account_and_equals_the_entries(
    db: Database, admin: Actor, three: tuple[int, ...]
) -> None:
    a, b, c = three
    _pay(db, admin, a, b, 100)
    _pay(db, admin, b, c, 30)
    _pay(db, admin, c, a, 7)
    with db.transaction() as s:
        ledger.batch_transfer(s, admin, a, [(b, 1), (c, 2)], "b")
        for m in (a, b, c):
            info = ledger.balance(s, admin, m)
            total = s.execute(
                sa.text("SELECT coalesce(sum(amount), 0) FROM entries WHERE account_id = :a"),
                {"a": info.account_id},
            ).scalar_one()
            assert info.balance == total
        assert [ledger.balance(s, admin, m).balance for m in (a, b, c)] == [-96, 71, 25]
        with pytest.raises(NotFound):
            ledger.balance(s, admin, 5555)


def test_journal_pages_by_keyset_and_filters(
    db: Database, admin: Actor, three: tuple[int, ...]
) -> None:
    a, b, c = three
    ids = [_pay(db, admin, a, b, 10 + i).transaction_id for i in range(5)]
    ids.append(_pay(db, admin, b, c, 99).transaction_id)
    with db.transaction() as s:
        ids.append(ledger.reverse(s, admin, ids[0], "oops").transaction_id)
        page1 = ledger.journal(s, admin, limit=3)
        page2 = ledger.journal(s, admin, before_id=page1[-1].id, limit=3)
        page3 = ledger.journal(s, admin, before_id=page2[-1].id, limit=3)
        assert [t.id for t in page1 + page2 + page3] == sorted(ids, reverse=True)
        assert len(page3) == 1
        assert ledger.journal(s, admin, before_id=page3[-1].id) == []
        by_c = ledger.journal(s, admin, ledger.JournalFilter(member_id=c))
        assert [t.id for t in by_c] == [ids[5]]
        rev = ledger.journal(s, admin, ledger.JournalFilter(kind="reversal"))
        assert [t.id for t in rev] == [ids[6]] and rev[0].reverses_id == ids[0]
        both = ledger.journal(s, admin, ledger.JournalFilter(member_id=a, kind="transfer"))
        assert [t.id for t in both] == sorted(ids[:5], reverse=True)
        assert both[-1].reversed_by == ids[6]
        today = date.today()
        in_range = ledger.JournalFilter(since=today, until=today)
        assert len(ledger.journal(s, admin, in_range)) == 7
        future = ledger.JournalFilter(since=today + timedelta(days=1))
        assert ledger.journal(s, admin, future) == []
        past = ledger.JournalFilter(until=today - timedelta(days=1))
        assert ledger.journal(s, admin, past) == []
        assert [t.id for t in ledger.journal(s, admin, ledger.JournalFilter(text="OOPS"))] == [
            ids[6]
        ]
        with pytest.raises(NotFound):
            ledger.journal(s, admin, ledger.JournalFilter(member_id=5555))
