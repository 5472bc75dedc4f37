"""One column list per entity, without Qt: read by the UI tables, the CLI and the exports.

A :class:`Field` says once what a column is — its machine name (the JSON key and the
CSV/XLSX header), the words people see over it, its kind, how to read it from a row,
how the database sorts by it. The desktop builds its table columns from these, the
admin command its text tables and ``--json``, the exports their sheets; a field added
here appears everywhere at once.

Values are raw: amounts in minor units (``int``), dates as ``date``/``datetime``. The
helpers below turn them into text for people (:func:`display`) or into cells for a file
(:func:`export_value`), with the exchange's currency.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any, Generic, TypeVar

from localex_desktop.domain.money import Currency, format_amount, to_decimal

R = TypeVar("R")

Cell = str | int | Decimal | date | datetime | bool | None
"""What one cell of an exported sheet may hold."""


def N_(text: str) -> str:
    """Marks a word for the GUI's translations (context "fields"); returns it unchanged.

    The headers and words here stay English for the CLI and the exports; the GUI shows
    them through ``translate_marked("fields", text)`` (``scripts/translations.py``
    reads ``N_("Text")`` in this package as a message of context "fields").
    """
    return text


class Kind(enum.StrEnum):
    TEXT = "text"
    NUMBER = "number"  # a whole number: ids, counts
    MONEY = "money"  # minor units of the exchange's currency
    DATE = "date"
    DATETIME = "datetime"
    BOOL = "bool"


@dataclass(frozen=True)
class Field(Generic[R]):
    """One column of an entity.

    ``name`` is for programs (JSON key, file header, the service's sort key unless
    ``sort_key`` says otherwise; None: not sortable); ``header`` for people;
    ``text`` overrides how the value reads for people (e.g. "Active" for ``active``);
    ``listed`` False keeps a field out of on-screen tables (files still carry it);
    ``empty`` is what people read where there is no value ("none", "never");
    ``width`` is a starting width in average characters; ``words``: ``text`` gives
    words marked with :func:`N_` (a status, a kind), which the GUI translates.
    """

    name: str
    header: str
    kind: Kind
    value: Callable[[R], Any]
    sort_key: str | None = None
    text: Callable[[R], str] | None = None
    listed: bool = True
    empty: str = ""
    width: int = 12
    stretch: bool = False
    words: bool = False

    @property
    def right_aligned(self) -> bool:
        return self.kind in (Kind.NUMBER, Kind.MONEY)


def display(field: Field[R], row: R, currency: Currency) -> str:
    """The value as a person reads it: amounts without the symbol, in the currency's style
    (its dates too: ISO for the CLI, the locale's short date in the GUI)."""
    if field.text is not None:
        return field.text(row)
    value = field.value(row)
    if value is None:
        return field.empty
    if field.kind is Kind.MONEY:
        return format_amount(int(value), currency)
    if field.kind is Kind.DATETIME and isinstance(value, datetime):
        return value.astimezone().strftime(f"{currency.style.date} %H:%M")
    if field.kind is Kind.DATE and isinstance(value, date | datetime):
        return value.strftime(currency.style.date)
    if field.kind is Kind.BOOL:
        return N_("yes") if value else N_("no")
    return str(value)


def export_value(field: Field[R], row: R, currency: Currency) -> Cell:
    """The value as a file holds it: amounts as decimals, dates as dates."""
    value = field.value(row)
    if value is None:
        return None
    if field.kind is Kind.MONEY:
        return to_decimal(int(value), currency)
    if isinstance(value, str | int | Decimal | date | datetime | bool):
        return value
    return str(value)


def json_value(field: Field[R], row: R, currency: Currency) -> Any:
    """The value for ``--json``: amounts as decimal strings, dates in ISO."""
    cell = export_value(field, row, currency)
    if isinstance(cell, Decimal):
        return str(cell)
    if isinstance(cell, date | datetime):
        return cell.isoformat()
    return cell


def headers(fields: Sequence[Field[Any]]) -> list[str]:
    return [f.header for f in fields]


def names(fields: Sequence[Field[Any]]) -> list[str]:
    return [f.name for f in fields]


def listed(fields: Sequence[Field[R]]) -> list[Field[R]]:
    """The fields on-screen tables show."""
    return [f for f in fields if f.listed]


def by_name(fields: Sequence[Field[R]], *wanted: str) -> list[Field[R]]:
    """The named fields, in the order asked (a KeyError names a missing one)."""
    index = {f.name: f for f in fields}
    return [index[n] for n in wanted]
