"""Posting to the double-entry ledger, reading balances and history, and verifying it.

All writes go through the database function ``localex_post()`` (see migration 0002),
which enforces the rules; this module checks input, shapes legs, and turns the
database's refusals into messages that name members and amounts.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session

from localex_desktop.db.connection import Database
from localex_desktop.db.models import Account, Entry, Member, Transaction
from localex_desktop.domain.errors import Conflict, NotFound, Refused, ValidationError
from localex_desktop.domain.money import MAX_UNITS, Currency, format_amount
from localex_desktop.domain.roles import Actor, Permission
from localex_desktop.services import settings
from localex_desktop.services.folding import contains

KINDS = ("transfer", "trade", "levy", "batch", "reversal", "opening", "adjustment")
SYSTEM_ACCOUNTS = ("community_fund", "fees", "opening_balances")
MAX_MEMO = 500
#: no single amount may reach this many minor units (keeps every sum far from bigint's edge)
MAX_MINOR = MAX_UNITS * 10**3


@dataclass(frozen=True)
class PostResult:
    transaction_id: int
    replayed: bool


@dataclass(frozen=True)
class BalanceInfo:
    member_id: int
    account_id: int
    balance: int
    credit_limit: int | None
    upper_limit: int | None

    @property
    def available(self) -> int | None:
        return None if self.credit_limit is None else self.balance + self.credit_limit


# -- posting -----------------------------------------------------------------------


def _clean_memo(memo: str) -> str:
    text = " ".join(memo.split())
    if len(text) > MAX_MEMO:
        raise ValidationError(f"The memo is longer than {MAX_MEMO} characters.", field="memo")
    return text


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
) -> PostResult:
    """Post one balanced transaction of (account id, signed amount) legs, in one round trip."""
    actor.require(Permission.POST)
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
                ":operator_id, :category_id, :key, :reverses_id, :reason, :enforce)"
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
            },
        ).one()
    except DBAPIError as exc:
        raise _explain(session, exc) from exc
    return PostResult(int(row.transaction_id), bool(row.replayed))


def _explain(where: Session | sa.Engine, exc: DBAPIError) -> Exception:
    """A database refusal from localex_post(), told in terms of members and amounts."""
    orig = exc.orig
    code = getattr(orig, "sqlstate", None) or ""
    diag = getattr(orig, "diag", None)
    message = (getattr(diag, "message_primary", None) or str(orig)).strip()
    raw_detail = getattr(diag, "message_detail", None)
    if not code.startswith("LX"):
        if code == "23505" and "reverses_id" in str(orig):
            return Refused("That transaction has already been reversed.")
        if code == "23505" and "idempotency_key" in str(orig):
            return Conflict("That idempotency key was used at the same moment by another posting.")
        if code == "22003":
            return ValidationError("An amount is too large.", field="amount")
        if code == "23503" and "category" in str(orig):
            return ValidationError("That category does not exist.", field="category")
        return exc
    try:
        detail: Any = json.loads(raw_detail) if raw_detail else {}
    except ValueError:
        detail = raw_detail
    # the failed transaction cannot answer look-ups: use a short one of our own
    if isinstance(where, sa.Engine):
        engine = where
    else:
        bind = where.get_bind()
        engine = bind if isinstance(bind, sa.Engine) else bind.engine
    with Session(engine) as side:
        return _explain_lx(side, code, message, detail)


def _explain_lx(session: Session, code: str, message: str, detail: Any) -> Exception:
    cur = settings.currency(session)
    if code in ("LX050", "LX051") and isinstance(detail, dict):
        who = _account_label(session, int(detail["account_id"]))
        bal = int(detail["balance"])
        if code == "LX050":
            limit = int(detail["credit_limit"])
            return Refused(
                f"{who} has {format_amount(bal + limit, cur, symbol=True)} of credit left "
                f"(balance {format_amount(bal, cur)}, credit limit {format_amount(limit, cur)}); "
                f"this needs {format_amount(-int(detail['amount']), cur, symbol=True)}.",
                hint="Lower the amount, or raise their credit limit first.",
            )
        limit = int(detail["upper_limit"])
        return Refused(
            f"{who} may hold at most {format_amount(limit, cur, symbol=True)} "
            f"(balance {format_amount(bal, cur)}); this would add "
            f"{format_amount(int(detail['amount']), cur, symbol=True)}.",
            hint="Lower the amount, or raise their upper limit first.",
        )
    if code == "LX040" and isinstance(detail, dict):
        who = _account_label(session, int(detail["account_id"]))
        status = detail.get("status")
        return Refused(
            f"{who} is {status}: they can neither pay nor be paid.",
            hint="Reactivate the member first." if status == "suspended" else None,
        )
    if code == "LX020":
        return Conflict(
            f"That idempotency key was already used for transaction {detail} "
            "with different content.",
            hint="Use a new key for a new transaction.",
        )
    if code == "LX030":
        return Refused(f"Transaction {detail} has already been reversed.")
    if code == "LX014":
        return NotFound("One of the accounts does not exist.")
    if code in ("LX010", "LX011", "LX012", "LX013"):
        return ValidationError(message[0].upper() + message[1:] + ".")
    return Refused(message[0].upper() + message[1:] + ".")


def _account_label(session: Session, account_id: int) -> str:
    row = session.execute(
        sa.select(Account.name, Account.member_id).where(Account.id == account_id)
    ).first()
    if row is None:
        return f"Account {account_id}"
    return f"{row.name} (member {row.member_id})" if row.member_id else row.name


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
) -> PostResult:
    """Member ``payer`` pays member ``payee``."""
    actor.require(Permission.POST)
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
    )


_TRANSFER_NOW = sa.text(
    "SELECT transaction_id, replayed FROM localex_post(:kind, :memo, ARRAY["
    "(SELECT id FROM accounts WHERE member_id = :payer),"
    " (SELECT id FROM accounts WHERE member_id = :payee)]::bigint[],"
    " ARRAY[-CAST(:amount AS bigint), CAST(:amount AS bigint)], :actor, :operator_id,"
    " :category_id, :key, NULL, NULL, true)"
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
) -> PostResult:
    """:func:`transfer` as one statement in its own transaction: one round trip.

    The accounts are looked up inside the statement and every rule is checked by
    ``localex_post()`` under the account locks, so nothing is lost by skipping the
    separate look-up, BEGIN and COMMIT that :func:`transfer` inside a session costs.
    """
    actor.require(Permission.POST)
    if db.read_only:
        raise Refused("This database is open read-only; nothing can be changed.")
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
        raise _explain(db.engine, exc) from exc
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
) -> PostResult:
    """One member pays many (or, with ``collect``, many pay one) in a single transaction."""
    actor.require(Permission.POST)
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
    return post(session, actor, "batch", legs, memo, idempotency_key=idempotency_key)


@dataclass(frozen=True)
class LevyLine:
    member_id: int
    name: str
    balance: int
    available: int | None
    would_break_limit: bool


@dataclass(frozen=True)
class LevyResult:
    amount: int
    lines: list[LevyLine]
    total: int
    over_limit: list[LevyLine]
    transaction_id: int | None
    to_account: str


def levy(
    session: Session,
    actor: Actor,
    amount: int,
    memo: str,
    *,
    dry_run: bool = False,
    to_account: str = "community_fund",
    skip_over_limit: bool = False,
    idempotency_key: str | None = None,
) -> LevyResult:
    """Charge every active member ``amount`` into a system account, as one transaction.

    The preview (``dry_run``) lists who would break their credit limit; a real levy
    refuses if anyone would, unless ``skip_over_limit`` leaves those members out.
    """
    actor.require(Permission.READ if dry_run else Permission.POST)
    _positive(amount)
    target = system_account(session, to_account)
    rows = session.execute(
        sa.select(
            Member.id,
            Member.name,
            Account.id.label("account_id"),
            Account.balance,
            Account.credit_limit,
        )
        .join(Account, Account.member_id == Member.id)
        .where(Member.status == "active")
        .order_by(Member.id)
    ).all()
    lines = []
    for r in rows:
        available = None if r.credit_limit is None else r.balance + r.credit_limit
        lines.append(
            LevyLine(
                r.id, r.name, r.balance, available, available is not None and available < amount
            )
        )
    over = [ln for ln in lines if ln.would_break_limit]
    charged = [ln for ln in lines if not (skip_over_limit and ln.would_break_limit)]
    total = amount * len(charged)
    if dry_run:
        return LevyResult(amount, lines, total, over, None, to_account)
    if not charged:
        raise Refused("No active member can be charged this levy.")
    if over and not skip_over_limit:
        names = ", ".join(f"{ln.name} ({ln.member_id})" for ln in over[:5])
        more = f" and {len(over) - 5} more" if len(over) > 5 else ""
        raise Refused(
            f"{len(over)} member(s) would go past their credit limit: {names}{more}.",
            hint="Preview the levy, then leave them out or raise their limits.",
        )
    acc_by_member = {r.id: r.account_id for r in rows}
    legs = [(acc_by_member[ln.member_id], -amount) for ln in charged] + [(target, total)]
    result = post(session, actor, "levy", legs, memo, idempotency_key=idempotency_key)
    return LevyResult(amount, lines, total, over, result.transaction_id, to_account)


def reverse(session: Session, actor: Actor, transaction_id: int, reason: str) -> PostResult:
    """Post the exact opposite of a transaction, pointing at it; each can be reversed once."""
    actor.require(Permission.POST)
    reason = " ".join(reason.split())
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
        )
    except IntegrityError as exc:  # pragma: no cover - the unique index caught a race
        raise Refused(
            f"Transaction {transaction_id} has just been reversed by someone else."
        ) from exc


# -- reading -----------------------------------------------------------------------


def balance(session: Session, actor: Actor, member_id: int) -> BalanceInfo:
    """O(1): the balance is kept on the account row by every posting."""
    actor.require(Permission.READ)
    row = session.execute(
        sa.select(Account.id, Account.balance, Account.credit_limit, Account.upper_limit).where(
            Account.member_id == member_id
        )
    ).first()
    if row is None:
        raise NotFound(f"There is no member number {member_id}.")
    return BalanceInfo(member_id, row.id, row.balance, row.credit_limit, row.upper_limit)


@dataclass(frozen=True)
class EntryView:
    account_id: int
    account_name: str
    member_id: int | None
    amount: int
    balance_after: int


@dataclass(frozen=True)
class TransactionView:
    id: int
    posted_at: datetime
    kind: str
    memo: str
    actor: str
    category_id: int | None
    reverses_id: int | None
    reversed_by: int | None
    reason: str | None
    entries: list[EntryView] = field(default_factory=list)

    @property
    def amount(self) -> int:
        """The size of the transaction: the sum of its positive entries."""
        return sum(e.amount for e in self.entries if e.amount > 0)


@dataclass
class JournalFilter:
    member_id: int | None = None
    account_id: int | None = None
    kind: str | None = None
    category_id: int | None = None
    since: date | None = None
    until: date | None = None
    text: str | None = None


def _day_start(d: date) -> datetime:
    return datetime.combine(d, time.min).astimezone()


def journal(
    session: Session,
    actor: Actor,
    flt: JournalFilter | None = None,
    *,
    before_id: int | None = None,
    limit: int = 100,
) -> list[TransactionView]:
    """Transactions newest first with their entries, in keyset pages (``before_id``)."""
    actor.require(Permission.READ)
    flt = flt or JournalFilter()
    stmt = sa.select(Transaction).order_by(Transaction.id.desc()).limit(limit)
    if before_id is not None:
        stmt = stmt.where(Transaction.id < before_id)
    account_id = flt.account_id
    if flt.member_id is not None:
        account_id = session.scalar(sa.select(Account.id).where(Account.member_id == flt.member_id))
        if account_id is None:
            raise NotFound(f"There is no member number {flt.member_id}.")
    if account_id is not None:
        stmt = stmt.where(
            Transaction.id.in_(
                sa.select(Entry.transaction_id).where(Entry.account_id == account_id)
            )
        )
    if flt.kind:
        stmt = stmt.where(Transaction.kind == flt.kind)
    if flt.category_id is not None:
        stmt = stmt.where(Transaction.category_id == flt.category_id)
    if flt.since:
        stmt = stmt.where(Transaction.posted_at >= _day_start(flt.since))
    if flt.until:
        stmt = stmt.where(Transaction.posted_at < _day_start(flt.until + timedelta(days=1)))
    if flt.text:  # every word in the memo, ignoring case and accents
        for word in flt.text.split():
            stmt = stmt.where(contains(Transaction.memo, word))
    txs = list(session.scalars(stmt))
    return _with_entries(session, txs)


def transaction(session: Session, actor: Actor, transaction_id: int) -> TransactionView:
    actor.require(Permission.READ)
    tx = session.get(Transaction, transaction_id)
    if tx is None:
        raise NotFound(f"There is no transaction {transaction_id}.")
    return _with_entries(session, [tx])[0]


def _with_entries(session: Session, txs: list[Transaction]) -> list[TransactionView]:
    if not txs:
        return []
    ids = [t.id for t in txs]
    rows = session.execute(
        sa.select(
            Entry.transaction_id,
            Entry.account_id,
            Account.name,
            Account.member_id,
            Entry.amount,
            Entry.balance_after,
        )
        .join(Account, Account.id == Entry.account_id)
        .where(Entry.transaction_id.in_(ids))
        .order_by(Entry.transaction_id, Entry.amount)
    ).all()
    reversed_by = dict(
        session.execute(
            sa.select(Transaction.reverses_id, Transaction.id).where(
                Transaction.reverses_id.in_(ids)
            )
        )
        .tuples()
        .all()
    )
    by_tx: dict[int, list[EntryView]] = {}
    for r in rows:
        by_tx.setdefault(r.transaction_id, []).append(
            EntryView(r.account_id, r.name, r.member_id, r.amount, r.balance_after)
        )
    return [
        TransactionView(
            t.id,
            t.posted_at,
            t.kind,
            t.memo,
            t.actor,
            t.category_id,
            t.reverses_id,
            reversed_by.get(t.id),
            t.reason,
            by_tx.get(t.id, []),
        )
        for t in txs
    ]


def currency(session: Session) -> Currency:
    return settings.currency(session)
