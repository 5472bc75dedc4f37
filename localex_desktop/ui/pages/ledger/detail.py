"""The Ledger page's detail panel: the selected transaction in words, and its entries."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from localex_desktop.services.ledger import TransactionView
from localex_desktop.ui.locale import format_date
from localex_desktop.ui.models.columns import MoneyFormat, when
from localex_desktop.ui.models.list_table import ListTableModel, plain_table
from localex_desktop.ui.pages.ledger.model import KIND_TEXT, entry_columns

NOTHING_SELECTED = "Select a transaction to see its entries."


def title_html(tx: TransactionView, money: MoneyFormat, category: str | None) -> str:
    """What, how much, when, by whom; the memo; what it reverses or was reversed by.

    Everything that comes from the data is escaped: a memo or a name such as "<b>"
    shows as typed.
    """
    kind = KIND_TEXT.get(tx.kind, tx.kind)
    lines = [
        f"<b>Transaction {tx.id}</b> · {escape(kind)} of {escape(money.with_symbol(tx.amount))}"
        f" · dated {format_date(tx.value_date)} · recorded {escape(when(tx.posted_at))}"
        f" by {escape(tx.actor)}"
    ]
    if tx.memo:
        lines.append(f"Memo: {escape(tx.memo)}")
    extra = []
    if tx.reverses_id is not None:
        extra.append(f"Reverses transaction {tx.reverses_id}")
    if tx.reason:
        extra.append(f"reason: {escape(tx.reason)}")
    if tx.reversed_by is not None:
        extra.append(f"Reversed by transaction {tx.reversed_by}")
    if category is not None:
        extra.append(f"Category: {escape(category)}")
    if extra:
        lines.append("; ".join(extra))
    return "<br>".join(lines)


class TransactionDetail(QWidget):
    """A title over the entries table; :meth:`show_transaction` fills both."""

    def __init__(self, money: MoneyFormat, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.money = money
        self.entries = ListTableModel(entry_columns(money), self)
        self.entries_view = plain_table(self.entries)
        self.entries_view.setAccessibleName("Entries of the selected transaction")
        self.title = QLabel(NOTHING_SELECTED)
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.entries_view, 1)

    def show_transaction(
        self, tx: TransactionView | None, category_name: Callable[[int], str]
    ) -> None:
        self.entries.set_rows(tx.entries if tx is not None else [])
        if tx is None:
            self.title.setText(NOTHING_SELECTED)
            return
        category = category_name(tx.category_id) if tx.category_id is not None else None
        self.title.setText(title_html(tx, self.money, category))

    def set_unit(self, symbol: str) -> None:
        """The currency arrived or changed: redraw the amounts and the headers."""
        self.entries.unit = symbol
        self.entries.set_rows(self.entries.rows())
