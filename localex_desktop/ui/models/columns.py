"""How a row of a dataclass becomes the cells of a table: one :class:`Column` per column."""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Generic, TypeVar

from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from localex_desktop.domain.money import Currency, format_amount
from localex_desktop.services.fields import Field, Kind, display
from localex_desktop.ui.accessibility import negative_description, tone_color
from localex_desktop.ui.i18n import translate_marked
from localex_desktop.ui.locale import localized, style

R = TypeVar("R")

NEGATIVE_COLOR = QColor("#b3261e")
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True)
class Column(Generic[R]):
    """One column: its title, how a row reads in it, and how the database sorts by it.

    ``sort_key`` is the name the service understands (None: the column cannot be
    sorted); ``numeric`` columns are right-aligned; ``unit`` columns carry the currency
    symbol in their title; ``width`` is a starting width in average characters.
    """

    title: str
    text: Callable[[R], str]
    sort_key: str | None = None
    numeric: bool = False
    unit: bool = False
    width: int = 12
    stretch: bool = False
    tooltip: Callable[[R], str | None] | None = None
    color: Callable[[R], QColor | None] | None = None


def cell(columns: Sequence[Column[R]], row: R, column: int, role: int, unit: str) -> Any:
    """The value of ``row`` in ``column`` for a Qt item data role (None if it has none)."""
    col = columns[column]
    if role == Qt.ItemDataRole.DisplayRole:
        return col.text(row)
    if role == Qt.ItemDataRole.TextAlignmentRole:
        return RIGHT if col.numeric else LEFT
    if role == Qt.ItemDataRole.ToolTipRole and col.tooltip is not None:
        return plain_tooltip(col.tooltip(row))
    if role == Qt.ItemDataRole.ForegroundRole and col.color is not None:
        color = col.color(row)
        return None if color is None else QBrush(color)
    if role == Qt.ItemDataRole.AccessibleDescriptionRole and col.color is not None:
        # the red is not seen by everyone: a screen reader says it too
        return None if col.color(row) is None else negative_description()
    return None


def plain_tooltip(text: str | None) -> str | None:
    """``text`` shown as typed: Qt draws a tooltip that looks like HTML as rich text
    (a member called "<b>Eve</b>" would be bold), so such text goes escaped."""
    if text and QtGui.Qt.mightBeRichText(text):
        return f"<qt>{html.escape(text)}</qt>"
    return text


def header(columns: Sequence[Column[R]], section: int, role: int, unit: str) -> Any:
    if not 0 <= section < len(columns):
        return None
    col = columns[section]
    if role == Qt.ItemDataRole.DisplayRole:
        return f"{col.title} ({unit})" if col.unit and unit else col.title
    if role == Qt.ItemDataRole.TextAlignmentRole:
        return RIGHT if col.numeric else LEFT
    return None


class MoneyFormat:
    """The exchange's currency, loaded once by a page and shared by its columns."""

    def __init__(self, currency: Currency | None = None) -> None:
        self.currency = currency or localized()

    def text(self, minor: int | None) -> str:
        return "" if minor is None else format_amount(minor, self.currency)

    def with_symbol(self, minor: int | None) -> str:
        return "—" if minor is None else format_amount(minor, self.currency, symbol=True)

    @property
    def unit(self) -> str:
        return self.currency.symbol


def negative_red(amount: int | None) -> QColor | None:
    return tone_color("negative") if amount is not None and amount < 0 else None


def amount_column(
    title: str, money: MoneyFormat, get: Callable[[R], int | None], width: int = 12
) -> Column[R]:
    """A money column: the currency symbol in its title, right-aligned, negatives in red."""
    return Column(
        title,
        lambda r: money.text(get(r)),
        numeric=True,
        unit=True,
        width=width,
        color=lambda r: negative_red(get(r)),
    )


def when(value: datetime | None, *, time: bool = True, never: str = "—") -> str:
    if value is None:
        return never
    day = style().date
    return value.astimezone().strftime(f"{day} %H:%M" if time else day)


def field_columns(
    fields: Sequence[Field[R]],
    money: MoneyFormat,
    *,
    tooltips: dict[str, Callable[[R], str | None]] | None = None,
) -> list[Column[R]]:
    """Table columns from an entity's Qt-free field list (``services.fields``).

    Amount columns carry the currency symbol in their title, are right-aligned, and
    show negative amounts in red (the minus sign stays: never colour alone). Headers,
    worded values ("Active") and the words for no value ("never") are marked with
    ``N_`` in the field lists and translated here (context "fields"); data stays as it is.
    """
    tips = tooltips or {}
    columns: list[Column[R]] = []
    for f in fields:
        columns.append(
            Column(
                translate_marked("fields", f.header),
                _text_of(f, money),
                sort_key=f.sort_key,
                numeric=f.right_aligned,
                unit=f.kind is Kind.MONEY,
                width=f.width,
                stretch=f.stretch,
                tooltip=tips.get(f.name),
                color=_negative_of(f) if f.kind is Kind.MONEY else None,
            )
        )
    return columns


def _text_of(f: Field[R], money: MoneyFormat) -> Callable[[R], str]:
    # the money format is read at paint time: the currency may arrive after the columns
    def text(row: R) -> str:
        shown = display(f, row, money.currency)
        if f.words or (f.text is None and (f.kind is Kind.BOOL or f.value(row) is None)):
            return translate_marked("fields", shown) if shown else shown
        return shown

    return text


def _negative_of(f: Field[R]) -> Callable[[R], QColor | None]:
    return lambda row: negative_red(f.value(row))
