"""The Ledger page's detail panel: the selected transaction in words, and its entries."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from localex_desktop.services.ledger import TransactionView
from localex_desktop.ui.i18n import translate
from localex_desktop.ui.locale import format_date
from localex_desktop.ui.models.columns import MoneyFormat, when
from localex_desktop.ui.models.list_table import ListTableModel, plain_table
from localex_desktop.ui.pages.ledger.model import entry_columns, kind_words


def nothing_selected() -> str:
    return translate("pages.ledger.detail", "Select a transaction to see its entries.")


def title_html(tx: TransactionView, money: MoneyFormat, category: str | None) -> str:
    """What, how much, when, by whom; the memo; what it reverses or was reversed by.

    Everything that comes from the data is escaped: a memo or a name such as "<b>"
    shows as typed.
    """
    lines = [
        translate(
            "pages.ledger.detail",
            "<b>Transaction {number}</b> · {kind} of {amount} · dated {day}"
            " · recorded {at} by {actor}",
        ).format(
            number=tx.id,
            kind=escape(kind_words(tx.kind)),
            amount=escape(money.with_symbol(tx.amount)),
            day=format_date(tx.value_date),
            at=escape(when(tx.posted_at)),
            actor=escape(tx.actor),
        )
    ]
    if tx.memo:
        lines.append(translate("pages.ledger.detail", "Memo: {memo}").format(memo=escape(tx.memo)))
    extra = []
    if tx.reverses_id is not None:
        extra.append(
            translate("pages.ledger.detail", "Reverses transaction {number}").format(
                number=tx.reverses_id
            )
        )
    if tx.reason:
        extra.append(
            translate("pages.ledger.detail", "reason: {reason}").format(reason=escape(tx.reason))
        )
    if tx.reversed_by is not None:
        extra.append(
            translate("pages.ledger.detail", "Reversed by transaction {number}").format(
                number=tx.reversed_by
            )
        )
    if category is not None:
        extra.append(
            translate("pages.ledger.detail", "Category: {category}").format(
                category=escape(category)
            )
        )
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
        self.entries_view.setAccessibleName(
            translate("pages.ledger.detail", "Entries of the selected transaction")
        )
        self.title = QLabel(nothing_selected())
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
            self.title.setText(nothing_selected())
            return
        category = category_name(tx.category_id) if tx.category_id is not None else None
        self.title.setText(title_html(tx, self.money, category))

    def set_unit(self, symbol: str) -> None:
        """The currency arrived or changed: redraw the amounts and the headers."""
        self.entries.unit = symbol
        self.entries.set_rows(self.entries.rows())
