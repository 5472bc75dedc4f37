"""Reading the ledger: balances, and the journal of transactions with their entries.

Balances are kept on the account rows by every posting, so reading one costs no scan
of history; the journal comes newest first (in posting order) in keyset pages, and its
date filters go by the value date (the day a trade happened), as the reports do.
Import these names from :mod:`services.ledger`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

import sqlalchemy as sa
from sqlalchemy.orm import Session

from localex_desktop.db.models import Account, Entry, Transaction
from localex_desktop.domain.errors import NotFound
from localex_desktop.domain.money import Currency
from localex_desktop.domain.roles import Actor, Permission
from localex_desktop.services import settings
from localex_desktop.services.folding import contains


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
    posted_at: datetime  # the moment the ledger recorded it
    value_date: date  # the day it happened: what the ledger's "Date" and reports show
    kind: str
    memo: str
    actor: str
    category_id: int | None
    reverses_id: int | None
    reversed_by: int | None
    reason: str | None  # of a reversal, or of a past value date
    entries: list[EntryView] = field(default_factory=list)

    @property
    def backdated(self) -> bool:
        """Entered after the day it happened (its value date is before it was recorded)."""
        return self.value_date < self.posted_at.astimezone().date()

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
        stmt = stmt.where(Transaction.value_date >= flt.since)
    if flt.until:
        stmt = stmt.where(Transaction.value_date <= flt.until)
    if flt.text:
        for word in flt.text.split():  # every word in the memo, ignoring case and accents
            stmt = stmt.where(contains(Transaction.memo, word))
    txs = list(session.scalars(stmt))
    return _with_entries(session, txs)


@dataclass(frozen=True)
class HistoryLine:
    """One transaction as one member's account saw it, in the order things happened."""

    tx: TransactionView
    amount: int  # this account's part: + received, − paid
    balance: int  # the account's balance after it, by value date (as a statement has it)

    @property
    def key(self) -> tuple[date, int]:
        return self.tx.value_date, self.tx.id


def account_history(
    session: Session,
    actor: Actor,
    member_id: int,
    *,
    before: tuple[date, int] | None = None,
    limit: int = 100,
) -> list[HistoryLine]:
    """A member's transactions by value date, newest first, with the balance after each.

    The journal's own order is the posting order; a member reads their account by the
    day things happened (a levy dated in January sits in January, whenever it was
    entered), with a running balance that agrees with their statement. Keyset pages by
    ``(value date, transaction id)``.
    """
    actor.require(Permission.READ)
    account_id = session.scalar(sa.select(Account.id).where(Account.member_id == member_id))
    if account_id is None:
        raise NotFound(f"There is no member number {member_id}.")
    order = (Transaction.value_date, Entry.transaction_id, Entry.id)
    lines = (
        sa.select(
            Entry.transaction_id.label("tx_id"),
            Transaction.value_date,
            Entry.amount,
            sa.func.sum(Entry.amount).over(order_by=order).label("running"),
        )
        .join(Transaction, Transaction.id == Entry.transaction_id)
        .where(Entry.account_id == account_id)
        .subquery()
    )
    stmt = sa.select(lines).order_by(lines.c.value_date.desc(), lines.c.tx_id.desc())
    if before is not None:
        stmt = stmt.where(
            sa.tuple_(lines.c.value_date, lines.c.tx_id)
            < sa.tuple_(sa.literal(before[0]), sa.literal(before[1]))
        )
    rows = session.execute(stmt.limit(limit)).all()
    txs = session.scalars(sa.select(Transaction).where(Transaction.id.in_([r.tx_id for r in rows])))
    views = {v.id: v for v in _with_entries(session, list(txs))}
    return [HistoryLine(views[r.tx_id], r.amount, int(r.running)) for r in rows]


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
            t.value_date,
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
