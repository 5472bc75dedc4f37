"""Posting to the double-entry ledger: transfers, batches and reversals.

All writes go through the database function ``localex_post()`` (see migrations 0002
and 0006), which enforces the rules; this module checks input and shapes legs, and
:mod:`services.ledger_refusals` turns the database's refusals into messages that name
members and amounts. Import these names from :mod:`services.ledger`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

import sqlalchemy as sa
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session

from localex_desktop.db.connection import Database
from localex_desktop.db.models import Account, Entry, Member, Transaction
from localex_desktop.domain import text
from localex_desktop.domain.errors import NotFound, Refused, ValidationError
from localex_desktop.domain.money import MAX_UNITS
from localex_desktop.domain.roles import Actor, Permission
from localex_desktop.services.ledger_refusals import explain

KINDS = ("transfer", "trade", "levy", "batch", "reversal", "opening", "adjustment")
SYSTEM_ACCOUNTS = ("community_fund", "fees", "opening_balances")
MAX_MEMO = 500
#: no single amount may reach this many minor units (keeps every sum far from bigint's edge)
MAX_MINOR = MAX_UNITS * 10**3


@dataclass(frozen=True)
class PostResult:
    transaction_id: int
    replayed: bool


def value_date_and_reason(
    actor: Actor, value_date: date | None, reason: str | None
) -> tuple[date | None, str | None]:
    """Check a value date before posting: today needs nothing, a past day needs the
    right to back-date and a reason, a day to come is refused. Returns what to post
    (``None`` for today, so the database's own today is used)."""
    reason = (text.check_line(reason, "the reason", field="reason") or None) if reason else None
    if value_date is None or value_date == date.today():
        return None, reason
    if value_date > date.today():
        raise ValidationError(
            f"The value date {value_date.isoformat()} is in the future.",
            field="value_date",
            hint="A posting happens on the day it was made or on a day before.",
        )
    actor.require(Permission.BACKDATE)
    if not reason:
        raise ValidationError(
            f"Say why this is dated {value_date.isoformat()} and not today.",
            field="reason",
            hint="For example: slip of the market day, entered late.",
        )
    if len(reason) > MAX_MEMO:
        raise ValidationError(f"The reason is longer than {MAX_MEMO} characters.", field="reason")
    return value_date, reason


def _clean_memo(memo: str) -> str:
    clean = text.check_line(memo, "the memo", field="memo")
    if len(clean) > MAX_MEMO:
        raise ValidationError(f"The memo is longer than {MAX_MEMO} characters.", field="memo")
    return clean


def post(
    session: Session,
    actor: Actor,
    kind: str,
    legs: Sequence[tuple[int, int]],
    memo: str,
    *,
    category_id: int | None = None,
    idempotency_key: str | None = None,
    reverses_id: int | None = None,
    reason: str | None = None,
    enforce_limits: bool = True,
    value_date: date | None = None,
) -> PostResult:
    """Post one balanced transaction of (account id, signed amount) legs, in one round trip.

    ``value_date`` is the day it happened (default today); a past day needs the right
    to back-date and a ``reason`` (:func:`value_date_and_reason`).
    """
    actor.require(Permission.POST)
    value_date, reason = value_date_and_reason(actor, value_date, reason)
    if kind not in KINDS:
        raise ValidationError(f"There is no transaction kind {kind!r}.")
    if idempotency_key is not None:
        idempotency_key = idempotency_key.strip()
        if not idempotency_key or len(idempotency_key) > 200:
            raise ValidationError("An idempotency key must be 1 to 200 characters.")
    memo = _clean_memo(memo)
    accounts = [a for a, _ in legs]
    amounts = [x for _, x in legs]
    if any(abs(x) >= MAX_MINOR for x in amounts):
        raise ValidationError("An amount is too large.", field="amount")
    try:
        row = session.execute(
            sa.text(
                "SELECT transaction_id, replayed FROM localex_post("
                ":kind, :memo, CAST(:accounts AS bigint[]), CAST(:amounts AS bigint[]), :actor, "
                ":operator_id, :category_id, :key, :reverses_id, :reason, :enforce, :value_date)"
            ),
            {
                "kind": kind,
                "memo": memo,
                "accounts": accounts,
                "amounts": amounts,
                "actor": actor.name,
                "operator_id": actor.operator_id,
                "category_id": category_id,
                "key": idempotency_key,
                "reverses_id": reverses_id,
                "reason": reason,
                "enforce": enforce_limits,
                "value_date": value_date,
            },
        ).one()
    except DBAPIError as exc:
        raise explain(session, exc) from exc
    return PostResult(int(row.transaction_id), bool(row.replayed))


def _member_account(session: Session, member_id: int, role: str) -> tuple[int, str, str]:
    row = session.execute(
        sa.select(Account.id, Member.name, Member.status)
        .join(Member, Member.id == Account.member_id)
        .where(Member.id == member_id)
    ).first()
    if row is None:
        raise NotFound(
            f"There is no member number {member_id}.", hint=f"Check the {role}'s number."
        )
    return int(row.id), str(row.name), str(row.status)


def system_account(session: Session, code: str) -> int:
    acc = session.scalar(sa.select(Account.id).where(Account.system_code == code))
    if acc is None:
        raise NotFound(
            f"There is no system account {code!r}.",
            hint=f"Use one of {', '.join(SYSTEM_ACCOUNTS)}.",
        )
    return int(acc)


def _positive(amount: int) -> int:
    if not isinstance(amount, int) or isinstance(amount, bool):
        raise ValidationError("The amount must be a whole number of minor units.")
    if amount <= 0:
        raise ValidationError("The amount must be more than zero.", field="amount")
    if amount >= MAX_MINOR:
        raise ValidationError("The amount is too large.", field="amount")
    return amount


def transfer(
    session: Session,
    actor: Actor,
    payer: int,
    payee: int,
    amount: int,
    memo: str,
    *,
    kind: str = "transfer",
    idempotency_key: str | None = None,
    category_id: int | None = None,
    value_date: date | None = None,
    reason: str | None = None,
) -> PostResult:
    """Member ``payer`` pays member ``payee`` (on ``value_date``, with a ``reason``, when
    that is a day in the past)."""
    actor.require(Permission.POST)
    value_date_and_reason(actor, value_date, reason)
    _positive(amount)
    if payer == payee:
        raise ValidationError(
            "A member cannot pay themselves.", hint="Choose two different members."
        )
    # both accounts in one round trip; status and limits are checked again under lock
    found = {
        r.member_id: r
        for r in session.execute(
            sa.select(Account.id, Account.member_id, Member.name, Member.status)
            .join(Member, Member.id == Account.member_id)
            .where(Account.member_id.in_((payer, payee)))
        )
    }
    for member_id, role in ((payer, "payer"), (payee, "payee")):
        row = found.get(member_id)
        if row is None:
            raise NotFound(
                f"There is no member number {member_id}.", hint=f"Check the {role}'s number."
            )
        if row.status != "active":
            raise Refused(f"{row.name} is {row.status}: they can neither pay nor be paid.")
    a_from, a_to = found[payer].id, found[payee].id
    return post(
        session,
        actor,
        kind,
        [(a_from, -amount), (a_to, amount)],
        memo,
        idempotency_key=idempotency_key,
        category_id=category_id,
        value_date=value_date,
        reason=reason,
    )


_TRANSFER_NOW = sa.text(
    "SELECT transaction_id, replayed FROM localex_post(:kind, :memo, ARRAY["
    "(SELECT id FROM accounts WHERE member_id = :payer),"
    " (SELECT id FROM accounts WHERE member_id = :payee)]::bigint[],"
    " ARRAY[-CAST(:amount AS bigint), CAST(:amount AS bigint)], :actor, :operator_id,"
    " :category_id, :key, NULL, :reason, true, :value_date)"
)


def transfer_now(
    db: Database,
    actor: Actor,
    payer: int,
    payee: int,
    amount: int,
    memo: str,
    *,
    kind: str = "transfer",
    idempotency_key: str | None = None,
    category_id: int | None = None,
    value_date: date | None = None,
    reason: str | None = None,
) -> PostResult:
    """:func:`transfer` as one statement in its own transaction: one round trip.

    The accounts are looked up inside the statement and every rule is checked by
    ``localex_post()`` under the account locks, so nothing is lost by skipping the
    separate look-up, BEGIN and COMMIT that :func:`transfer` inside a session costs.
    """
    actor.require(Permission.POST)
    if db.read_only:
        raise Refused("This database is open read-only; nothing can be changed.")
    value_date, reason = value_date_and_reason(actor, value_date, reason)
    _positive(amount)
    if payer == payee:
        raise ValidationError(
            "A member cannot pay themselves.", hint="Choose two different members."
        )
    if kind not in KINDS:
        raise ValidationError(f"There is no transaction kind {kind!r}.")
    if idempotency_key is not None:
        idempotency_key = idempotency_key.strip()
        if not idempotency_key or len(idempotency_key) > 200:
            raise ValidationError("An idempotency key must be 1 to 200 characters.")
    params = {
        "kind": kind,
        "memo": _clean_memo(memo),
        "payer": payer,
        "payee": payee,
        "amount": amount,
        "actor": actor.name,
        "operator_id": actor.operator_id,
        "category_id": category_id,
        "key": idempotency_key,
        "reason": reason,
        "value_date": value_date,
    }
    try:
        with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            row = conn.execute(_TRANSFER_NOW, params).one()
    except DBAPIError as exc:
        if getattr(exc.orig, "sqlstate", None) == "LX011":  # an unknown member: a NULL account
            with db.session() as s:
                for member_id, role in ((payer, "payer"), (payee, "payee")):
                    account_of = sa.select(Account.id).where(Account.member_id == member_id)
                    if s.scalar(account_of) is None:
                        raise NotFound(
                            f"There is no member number {member_id}.",
                            hint=f"Check the {role}'s number.",
                        ) from exc
        raise explain(db.engine, exc) from exc
    return PostResult(int(row.transaction_id), bool(row.replayed))


def batch_transfer(
    session: Session,
    actor: Actor,
    one: int,
    others: Sequence[tuple[int, int]],
    memo: str,
    *,
    collect: bool = False,
    idempotency_key: str | None = None,
    value_date: date | None = None,
    reason: str | None = None,
) -> PostResult:
    """One member pays many (or, with ``collect``, many pay one) in a single transaction."""
    actor.require(Permission.POST)
    value_date_and_reason(actor, value_date, reason)
    if not others:
        raise ValidationError("The batch has no lines.")
    seen: set[int] = set()
    legs: list[tuple[int, int]] = []
    total = 0
    for member_id, amount in others:
        _positive(amount)
        if member_id == one:
            raise ValidationError(f"Member {member_id} is on both sides of the batch.")
        if member_id in seen:
            raise ValidationError(
                f"Member {member_id} appears twice in the batch; combine the lines."
            )
        seen.add(member_id)
        acc, _, _ = _member_account(session, member_id, "member")
        legs.append((acc, -amount if collect else amount))
        total += amount
    acc_one, _, _ = _member_account(session, one, "member")
    legs.insert(0, (acc_one, total if collect else -total))
    return post(
        session,
        actor,
        "batch",
        legs,
        memo,
        idempotency_key=idempotency_key,
        value_date=value_date,
        reason=reason,
    )


def reverse(
    session: Session,
    actor: Actor,
    transaction_id: int,
    reason: str,
    *,
    value_date: date | None = None,
) -> PostResult:
    """Post the exact opposite of a transaction, pointing at it; each can be reversed once.

    The reversal is dated today (a correction happens when it is made) unless an
    administrator gives an earlier ``value_date``; the reason serves for both.
    """
    actor.require(Permission.POST)
    reason = text.check_line(reason, "the reason", field="reason")
    if not reason:
        raise ValidationError("Give a reason for the reversal.", field="reason")
    original = session.get(Transaction, transaction_id)
    if original is None:
        raise NotFound(f"There is no transaction {transaction_id}.")
    if original.kind == "reversal":
        raise Refused(
            f"Transaction {transaction_id} is itself a reversal.",
            hint="Post the original transaction again instead of reversing a reversal.",
        )
    done = session.scalar(
        sa.select(Transaction.id).where(Transaction.reverses_id == transaction_id)
    )
    if done is not None:
        raise Refused(f"Transaction {transaction_id} was already reversed by transaction {done}.")
    legs = [
        (e.account_id, -e.amount)
        for e in session.scalars(sa.select(Entry).where(Entry.transaction_id == transaction_id))
    ]
    memo = f"Reversal of {transaction_id}: {reason}"
    try:
        return post(
            session,
            actor,
            "reversal",
            legs,
            memo[:MAX_MEMO],
            reverses_id=transaction_id,
            reason=reason,
            category_id=original.category_id,
            value_date=value_date,
        )
    except IntegrityError as exc:  # pragma: no cover - the unique index caught a race
        raise Refused(
            f"Transaction {transaction_id} has just been reversed by someone else."
        ) from exc
