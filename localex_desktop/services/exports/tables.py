"""Each entity's export table, built from its field list (:mod:`services.fields`).

A table takes the same filter objects as the views (``members.search`` text and
status, :class:`listings.ListingFilter`, :class:`trades.TradeFilter`,
:class:`ledger.JournalFilter`, :class:`AuditFilter`) and pages through the service, so
"export what I see" exports exactly the rows the table shows, every page of them.

The columns are the entity's fields named in ``*_HEADERS`` (their machine names are the
file's headers, unchanged since the first release); each cell is the field's
:func:`fields.export_value`: amounts as exact decimals, dates as dates.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import TypeVar

from sqlalchemy.orm import Session

from localex_desktop.domain.money import Currency
from localex_desktop.domain.roles import Actor, Permission
from localex_desktop.services import audit, categories, ledger, listings, members, settings, trades
from localex_desktop.services.fields import Cell, Field, Kind, by_name, export_value
from localex_desktop.services.fields import audit as audit_fields
from localex_desktop.services.fields import listings as listing_fields
from localex_desktop.services.fields import members as member_fields
from localex_desktop.services.fields import trades as trade_fields
from localex_desktop.services.fields import transactions as journal_fields

R = TypeVar("R")
PAGE = 2000

__all__ = ["Cell", "Table"]


@dataclass
class Table:
    """A sheet of data: headers, rows, and which columns hold amounts.

    The last ``footer`` rows are totals for people (a report's TOTAL row): the screen,
    the printout and ``--json`` show them, but CSV and XLSX files leave them out, so a
    spreadsheet's SUM of a column counts every amount once.
    """

    name: str
    headers: list[str]
    rows: list[list[Cell]] = field(default_factory=list)
    amount_columns: frozenset[str] = frozenset()
    decimals: int = 2
    footer: int = 0

    @property
    def data_rows(self) -> list[list[Cell]]:
        """The rows without the totals."""
        return self.rows[: len(self.rows) - self.footer] if self.footer else self.rows

    @classmethod
    def of(cls, name: str, columns: Sequence[Field[R]], rows: Iterable[R], cur: Currency) -> Table:
        """A table of ``rows`` with one column per field, cells as the files hold them."""
        return cls(
            name,
            [f.name for f in columns],
            [[export_value(f, r, cur) for f in columns] for r in rows],
            frozenset(f.name for f in columns if f.kind is Kind.MONEY),
            cur.decimals,
        )


# -- the columns of each export (the files' headers: keep them as they are) ------------

MEMBER_HEADERS = [
    "number", "name", "email", "phone", "address", "status", "joined_on", "left_on",
    "directory_consent", "credit_limit", "upper_limit", "balance", "notes",
]  # fmt: skip
LISTING_HEADERS = [
    "id", "member", "member_name", "kind", "category", "title", "description", "price",
    "unit", "status", "expires_on", "created_at",
]  # fmt: skip
TRADE_HEADERS = [
    "id", "traded_on", "buyer", "buyer_name", "seller", "seller_name", "amount",
    "description", "category", "listing", "status", "slip_number", "transaction",
    "reversal_transaction", "note", "resolution", "created_by", "created_at",
]  # fmt: skip
TRANSACTION_HEADERS = [f.name for f in journal_fields.LINE_FIELDS]
AUDIT_HEADERS = [
    "id", "at", "actor", "operator_id", "action", "entity", "entity_id", "before", "after",
]  # fmt: skip

MEMBER_COLUMNS = by_name(member_fields.FIELDS, *MEMBER_HEADERS)
LISTING_COLUMNS = by_name(listing_fields.FIELDS, *LISTING_HEADERS)
TRADE_COLUMNS = by_name(trade_fields.FIELDS, *TRADE_HEADERS)
AUDIT_COLUMNS = by_name(audit_fields.FIELDS, *AUDIT_HEADERS)


def _pages(fetch: Callable[[int], list[R]]) -> Iterator[R]:
    """Every row of an offset-paged search: ``fetch(offset)`` gives a page of PAGE."""
    offset = 0
    while True:
        page = fetch(offset)
        yield from page
        offset += len(page)
        if len(page) < PAGE:
            return


# -- the tables ------------------------------------------------------------------------


def members_table(
    session: Session, actor: Actor, text: str = "", *, status: str | None = None
) -> Table:
    """Members as the Members view filters them (search text, status), in number order."""
    actor.require(Permission.READ)
    rows = _pages(
        lambda offset: members.search(
            session, actor, text, status=status, limit=PAGE, offset=offset
        )
    )
    return Table.of("members", MEMBER_COLUMNS, rows, settings.currency(session))


def listings_table(
    session: Session, actor: Actor, flt: listings.ListingFilter | None = None
) -> Table:
    """Listings as the Listings view filters them, in number order."""
    actor.require(Permission.READ)
    rows = _pages(
        lambda offset: listings.search(session, actor, flt, sort="id", limit=PAGE, offset=offset)
    )
    return Table.of("listings", LISTING_COLUMNS, rows, settings.currency(session))


def trades_table(session: Session, actor: Actor, flt: trades.TradeFilter | None = None) -> Table:
    """Trades as the Trades view filters them (a ``trades.TradeFilter``), oldest first."""
    actor.require(Permission.READ)
    rows = _pages(
        lambda offset: trades.search(
            session, actor, flt, sort="id", descending=False, limit=PAGE, offset=offset
        )
    )
    return Table.of("trades", TRADE_COLUMNS, rows, settings.currency(session))


def _journal(
    session: Session, actor: Actor, flt: ledger.JournalFilter | None
) -> Iterator[ledger.TransactionView]:
    """Every transaction matching the filter, newest first, in keyset pages."""
    before: int | None = None
    while True:
        page = ledger.journal(session, actor, flt, before_id=before, limit=PAGE)
        yield from page
        if len(page) < PAGE:
            return
        before = page[-1].id


def transactions_table(
    session: Session, actor: Actor, flt: ledger.JournalFilter | None = None
) -> Table:
    """One row per entry, with its transaction's columns repeated; oldest first."""
    actor.require(Permission.READ)
    paths = categories.paths(session)
    txs = list(_journal(session, actor, flt))
    txs.reverse()
    lines = (
        journal_fields.JournalLine(
            tx,
            entry,
            None if tx.category_id is None else paths.get(tx.category_id, str(tx.category_id)),
        )
        for tx in txs
        for entry in sorted(tx.entries, key=lambda e: e.account_id)
    )
    return Table.of("transactions", journal_fields.LINE_FIELDS, lines, settings.currency(session))


@dataclass
class AuditFilter:
    """The Audit log view's filter (the keyword arguments of :func:`audit.query`)."""

    entity: str | None = None
    entity_id: str | None = None
    operator: str | None = None
    since: date | None = None
    until: date | None = None


def audit_rows(
    session: Session, actor: Actor, flt: AuditFilter | None = None
) -> Iterator[audit.AuditRow]:
    """Every audit row matching the filter, newest first, in keyset pages."""
    flt = flt or AuditFilter()
    before: int | None = None
    while True:
        page = audit.query(session, actor, before_id=before, limit=PAGE, **asdict(flt))
        yield from page
        if len(page) < PAGE:
            return
        before = page[-1].id


def audit_table(session: Session, actor: Actor, flt: AuditFilter | None = None) -> Table:
    """The audit log as the Audit view filters it, oldest first."""
    actor.require(Permission.READ)
    rows = list(audit_rows(session, actor, flt))
    rows.reverse()
    return Table.of("audit", AUDIT_COLUMNS, rows, settings.currency(session))


EXPORTERS: dict[str, Callable[..., Table]] = {
    "members": members_table,
    "listings": listings_table,
    "trades": trades_table,
    "transactions": transactions_table,
    "audit": audit_table,
}
