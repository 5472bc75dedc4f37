"""The ledger journal's columns: transactions, their entries, and the export's lines.

* :data:`FIELDS` — one row per transaction (the Ledger page, `localex ledger`);
* :data:`ENTRY_FIELDS` — the entries of one transaction (the Ledger page's detail,
  the ``entries`` of `localex ledger --json`);
* :data:`LINE_FIELDS` — one row per entry with its transaction's columns repeated (the
  transactions export): the fields above, read through a :class:`JournalLine`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any, TypeVar, cast

from localex_desktop.services.fields.base import N_, Field, Kind
from localex_desktop.services.fields.makers import in_words, word_table
from localex_desktop.services.ledger import EntryView, TransactionView

R = TypeVar("R")
S = TypeVar("S")

KIND_TEXT = word_table(
    transfer=N_("Transfer"),
    trade=N_("Trade"),
    levy=N_("Levy"),
    batch=N_("Batch"),
    reversal=N_("Reversal"),
    opening=N_("Opening"),
    adjustment=N_("Adjustment"),
)


def kind_text(kind: str) -> str:
    return in_words(KIND_TEXT, kind)


def entry_label(e: EntryView) -> str:
    """An account as the journal names it: "Ann Archer (12)" or "Community fund"."""
    return f"{e.account_name} ({e.member_id})" if e.member_id else e.account_name


def side(tx: TransactionView, paying: bool) -> str:
    """Who paid (``paying``) or who was paid: one account by name, else how many."""
    legs = [e for e in tx.entries if (e.amount < 0) == paying]
    if len(legs) == 1:
        return entry_label(legs[0])
    return f"{len(legs)} accounts"


def note(tx: TransactionView) -> str:
    """What corrects what: "reverses 12", "reversed by 15"."""
    parts = []
    if tx.reverses_id is not None:
        parts.append(f"reverses {tx.reverses_id}")
    if tx.reversed_by is not None:
        parts.append(f"reversed by {tx.reversed_by}")
    return ", ".join(parts)


# The journal is read newest first in keyset pages of ids only: no field sorts.
FIELDS: list[Field[TransactionView]] = [
    Field("transaction", N_("No."), Kind.NUMBER, lambda t: t.id, width=7),
    # the day it happened (what reports go by); when it was recorded, in the detail
    Field("value_date", N_("Date"), Kind.DATE, lambda t: t.value_date, width=10),
    Field("posted_at", N_("Recorded"), Kind.DATETIME, lambda t: t.posted_at, listed=False),
    Field(
        "kind",
        N_("Kind"),
        Kind.TEXT,
        lambda t: t.kind,
        text=lambda t: kind_text(t.kind),
        width=9,
        words=True,
    ),
    Field("from", N_("From"), Kind.TEXT, lambda t: side(t, True), width=18),
    Field("to", N_("To"), Kind.TEXT, lambda t: side(t, False), width=18),
    Field("memo", N_("Memo"), Kind.TEXT, lambda t: t.memo, width=24, stretch=True),
    Field("amount", N_("Amount"), Kind.MONEY, lambda t: t.amount, width=12),
    Field("note", N_("Note"), Kind.TEXT, note, width=14),
    Field("category_id", N_("Category no."), Kind.NUMBER, lambda t: t.category_id, listed=False),
    Field("reverses", N_("Reverses"), Kind.NUMBER, lambda t: t.reverses_id, listed=False),
    Field("reversed_by", N_("Reversed by"), Kind.NUMBER, lambda t: t.reversed_by, listed=False),
    Field("reason", N_("Reason"), Kind.TEXT, lambda t: t.reason, listed=False),
    Field("actor", N_("Posted by"), Kind.TEXT, lambda t: t.actor, listed=False),
]

ENTRY_FIELDS: list[Field[EntryView]] = [
    Field("account", N_("Account no."), Kind.NUMBER, lambda e: e.account_id, listed=False),
    Field(
        "account_name", N_("Account"), Kind.TEXT, lambda e: e.account_name, width=24, stretch=True
    ),
    Field("member", N_("Member"), Kind.NUMBER, lambda e: e.member_id, empty="—", width=8),
    Field("amount", N_("Amount"), Kind.MONEY, lambda e: e.amount, width=12),
    Field("balance_after", N_("Balance after"), Kind.MONEY, lambda e: e.balance_after, width=14),
]


@dataclass(frozen=True)
class JournalLine:
    """One entry with its transaction, and the transaction's category path (or None)."""

    tx: TransactionView
    entry: EntryView
    category: str | None = None


def through(field: Field[S], part: Callable[[R], S]) -> Field[R]:
    """``field`` read from a part of a bigger row (a transaction's field on a line)."""
    text = field.text

    def value(row: R) -> Any:
        return field.value(part(row))

    def read(row: R) -> str:
        assert text is not None
        return text(part(row))

    # replace() keeps every other attribute, whatever Field gains later
    changes: dict[str, Any] = {"value": value, "text": None if text is None else read}
    return cast("Field[R]", replace(field, **changes))


def _tx(line: JournalLine) -> TransactionView:
    return line.tx


def _entry(line: JournalLine) -> EntryView:
    return line.entry


_TX = {f.name: f for f in FIELDS}
_ENTRY = {f.name: f for f in ENTRY_FIELDS}


def _line(name: str) -> Field[JournalLine]:
    if name in _ENTRY:
        return through(_ENTRY[name], _entry)
    return through(_TX[name], _tx)


_CATEGORY: Field[JournalLine] = Field(
    "category", N_("Category"), Kind.TEXT, lambda line: line.category, width=22
)

# The export's columns, in its order (its headers are these names).
LINE_FIELDS: list[Field[JournalLine]] = [
    *(_line(n) for n in ("transaction", "value_date", "posted_at", "kind", "memo")),
    _CATEGORY,
    *(_line(n) for n in ("reverses", "reversed_by", "reason", "actor")),
    *(_line(n) for n in ("account", "account_name", "member", "amount", "balance_after")),
]
