"""The grid of a paper-slip batch: one row of fields per slip, used from the keyboard alone.

Tab and Enter move to the next field; a new empty row appears as soon as the last one
is used; Ctrl+Delete clears the row the cursor is in; the focused field is scrolled
into view. Member fields take a number or part of a name (:class:`MemberPicker`).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QScrollArea, QWidget

from localex_desktop.domain.money import Currency
from localex_desktop.services import trades
from localex_desktop.ui.context import AppContext
from localex_desktop.ui.i18n import translate
from localex_desktop.ui.pages.members.picker import MemberPicker
from localex_desktop.ui.widgets import ERROR_STYLE, MUTED_STYLE

#: the grid's columns (the field names of :class:`SlipRow`)
COLUMNS = ("slip", "buyer", "seller", "amount", "description")


def headers(symbol: str) -> tuple[str, ...]:
    """The titles over the grid's columns, translated (the amount's with the currency)."""
    return (
        translate("pages.trades.slip_grid", "Slip no."),
        translate("pages.trades.slip_grid", "Buyer (pays)"),
        translate("pages.trades.slip_grid", "Seller (is paid)"),
        translate("pages.trades.slip_grid", "Amount ({symbol})").format(symbol=symbol),
        translate("pages.trades.slip_grid", "Description"),
    )


def field_names() -> dict[str, str]:
    """The fields of a row as its accessible names say them, translated."""
    return {
        "slip": translate("pages.trades.slip_grid", "Row {n} slip"),
        "buyer": translate("pages.trades.slip_grid", "Row {n} buyer"),
        "seller": translate("pages.trades.slip_grid", "Row {n} seller"),
        "amount": translate("pages.trades.slip_grid", "Row {n} amount"),
        "description": translate("pages.trades.slip_grid", "Row {n} description"),
    }


@dataclass
class SlipRow:
    """The widgets of one slip in the grid."""

    number: QLabel
    slip: QLineEdit
    buyer: MemberPicker
    seller: MemberPicker
    amount: QLineEdit
    description: QLineEdit
    error: QLabel

    def fields(self) -> list[QLineEdit]:
        return [self.slip, self.buyer, self.seller, self.amount, self.description]

    def is_empty(self) -> bool:
        return not any(f.text().strip() for f in self.fields())

    def clear(self) -> None:
        for f in self.fields():
            if isinstance(f, MemberPicker):
                f.set_member(None)
            else:
                f.clear()

    def show_reasons(self, reasons: list[str]) -> None:
        text = "; ".join(reasons)
        self.error.setText(text[:1].upper() + text[1:] + ("." if text else ""))
        self.error.setVisible(bool(reasons))


def member_value(picker: MemberPicker) -> str:
    """What goes to the slip service: the chosen member's number, else what was typed."""
    member = picker.member()
    return str(member.id) if member is not None else picker.text().strip()


class SlipGrid(QScrollArea):
    """The slips, in a scrolled grid; :attr:`edited` fires on every change."""

    #: a field's text or a chosen member changed
    edited = Signal()

    def __init__(self, ctx: AppContext, currency: Currency, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[SlipRow] = []
        self.grid_widget = QWidget()
        self.grid = QGridLayout(self.grid_widget)
        self.grid.setContentsMargins(4, 4, 4, 4)
        self.grid.setHorizontalSpacing(6)
        self.grid.setVerticalSpacing(2)
        self.grid.addWidget(QLabel("#"), 0, 0)
        for column, (key, text) in enumerate(
            zip(COLUMNS, headers(currency.symbol), strict=True), start=1
        ):
            header = QLabel(f"<b>{text}</b>")
            if key == "amount":
                header.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.grid.addWidget(header, 0, column)
        self.grid.setColumnStretch(2, 3)
        self.grid.setColumnStretch(3, 3)
        self.grid.setColumnStretch(5, 4)
        self.grid.setColumnMinimumWidth(1, 90)
        self.grid.setColumnMinimumWidth(4, 100)
        self.grid.setRowStretch(1000, 1)
        self.setWidgetResizable(True)
        self.setWidget(self.grid_widget)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def add_row(self) -> SlipRow:
        n = len(self.rows)
        grid_row = 1 + 2 * n
        number = QLabel(str(n + 1))
        number.setStyleSheet(MUTED_STYLE)
        number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        slip = QLineEdit()
        slip.setMaxLength(trades.MAX_SLIP)
        buyer = MemberPicker(self.ctx)
        seller = MemberPicker(self.ctx)
        amount = QLineEdit()
        amount.setAlignment(Qt.AlignmentFlag.AlignRight)
        description = QLineEdit()
        description.setMaxLength(trades.MAX_DESCRIPTION)
        description.setPlaceholderText(translate("pages.trades.slip_grid", "Paper slip"))
        error = QLabel("")
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.setVisible(False)
        row = SlipRow(number, slip, buyer, seller, amount, description, error)
        names = field_names()
        for name, widget in zip(COLUMNS, row.fields(), strict=True):
            widget.setAccessibleName(names[name].format(n=n + 1))
            widget.installEventFilter(self)
            widget.textChanged.connect(lambda _t, r=row: self._row_edited(r))
        buyer.member_changed.connect(lambda _m: self.edited.emit())
        seller.member_changed.connect(lambda _m: self.edited.emit())
        self.grid.addWidget(number, grid_row, 0)
        for column, widget in enumerate(row.fields(), start=1):
            self.grid.addWidget(widget, grid_row, column)
        self.grid.addWidget(error, grid_row + 1, 1, 1, len(COLUMNS))
        shown: list[QWidget] = [number, *row.fields()]
        for item in shown:
            item.show()  # at once, not when the layout gets round to it: Enter focuses it
        if self.rows:
            self.setTabOrder(self.rows[-1].description, slip)
        for before, after in zip(row.fields(), row.fields()[1:], strict=False):
            self.setTabOrder(before, after)
        self.rows.append(row)
        return row

    def filled_rows(self) -> list[tuple[int, SlipRow]]:
        """(line number, row) of every row with anything typed in it."""
        return [(n + 1, r) for n, r in enumerate(self.rows) if not r.is_empty()]

    def _row_edited(self, row: SlipRow) -> None:
        if row is self.rows[-1] and not row.is_empty():
            self.add_row()
        self.edited.emit()

    def clear_current_row(self, field: QWidget | None = None) -> None:
        """Empty the row of ``field`` (default: the focused one); it is then ignored."""
        focus = field or self.window().focusWidget()
        for row in self.rows:
            if focus in row.fields():
                row.clear()
                row.show_reasons([])
                row.slip.setFocus()
                return

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter moves on like Tab, Ctrl+Delete clears the row; the focused field is
        scrolled into view."""
        if isinstance(watched, QWidget) and event.type() == QEvent.Type.FocusIn:
            self.ensureWidgetVisible(watched, 10, 40)
        if not (
            isinstance(watched, QLineEdit)
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
        ):
            return super().eventFilter(watched, event)
        if (
            event.key() == Qt.Key.Key_Delete
            and event.modifiers() == Qt.KeyboardModifier.ControlModifier
        ):
            self.clear_current_row(watched)
            return True
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        ):
            if isinstance(watched, MemberPicker) and watched.member() is None and watched.text():
                watched.search_now()
            self.focus_next_field(watched)
            return True
        return super().eventFilter(watched, event)

    def focus_next_field(self, current: QLineEdit) -> None:
        for n, row in enumerate(self.rows):
            fields = row.fields()
            if current in fields:
                i = fields.index(current)
                if i + 1 < len(fields):
                    fields[i + 1].setFocus()
                    return
                if n + 1 == len(self.rows):
                    self.add_row()
                self.rows[n + 1].slip.setFocus()
                return
