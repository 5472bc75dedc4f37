"""Batch transfer…: one member pays many, or many pay one, as a single transaction.

Lines are added with a member picker and an amount (Enter adds the line); amounts
stay editable in the table; the running total follows every change. Posting is one
``ledger.batch_transfer`` call: all lines or none.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from localex_desktop.domain.errors import ValidationError
from localex_desktop.domain.money import Currency, format_amount, parse_amount
from localex_desktop.domain.roles import Actor
from localex_desktop.services import ledger
from localex_desktop.services.ledger import MAX_MEMO, PostResult
from localex_desktop.services.members import MemberInfo
from localex_desktop.services.work import Work
from localex_desktop.ui import accessibility
from localex_desktop.ui.context import AppContext
from localex_desktop.ui.fit import fit_to_contents
from localex_desktop.ui.i18n import translate
from localex_desktop.ui.models.columns import NEGATIVE_COLOR, RIGHT
from localex_desktop.ui.pages.members.form_dialog import FormDialog
from localex_desktop.ui.pages.members.picker import MemberPicker, member_label
from localex_desktop.ui.widgets import STRETCH, row_widget

MEMBER_ROLE = Qt.ItemDataRole.UserRole


class BatchDialog(FormDialog[PostResult]):
    def __init__(self, ctx: AppContext, currency: Currency, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx,
            translate("pages.ledger.batch_dialog", "Batch transfer"),
            translate("pages.ledger.batch_dialog", "Post &batch"),
            parent,
        )
        self.setMinimumWidth(600)
        self.currency = currency
        self.key = f"ui-batch-{uuid.uuid4()}"
        self.pays_radio = QRadioButton(
            translate("pages.ledger.batch_dialog", "&One member pays many")
        )
        self.collects_radio = QRadioButton(
            translate("pages.ledger.batch_dialog", "Many members pay one (&collect)")
        )
        self.pays_radio.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.pays_radio)
        group.addButton(self.collects_radio)
        modes = row_widget(self.pays_radio, self.collects_radio, STRETCH)
        self.one_picker = MemberPicker(ctx)
        self.one_label = QLabel(translate("pages.ledger.batch_dialog", "&Payer:"))
        self.one_label.setBuddy(self.one_picker)

        self.line_picker = MemberPicker(ctx)
        self.line_amount = QLineEdit()
        self.line_amount.setAccessibleName(
            translate("pages.ledger.batch_dialog", "Amount of the new line")
        )
        self.line_amount.setPlaceholderText(
            translate("pages.ledger.batch_dialog", "amount ({symbol})").format(
                symbol=currency.symbol
            )
        )
        self.line_amount.setMaximumWidth(140)
        self.add_button = QPushButton(translate("pages.ledger.batch_dialog", "&Add line"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_line)
        self.line_amount.returnPressed.connect(self.add_line)
        adder = row_widget(  # Alt+N lands in the member field
            (self.line_picker, 1), self.line_amount, self.add_button, focus=self.line_picker
        )

        self.table = QTableWidget(0, 2)
        self.table.setAccessibleName(translate("pages.ledger.batch_dialog", "Lines of the batch"))
        self.table.setHorizontalHeaderItem(
            0, QTableWidgetItem(translate("pages.ledger.batch_dialog", "Member"))
        )
        amount_header = QTableWidgetItem(
            translate("pages.ledger.batch_dialog", "Amount ({symbol})").format(
                symbol=currency.symbol
            )
        )
        amount_header.setTextAlignment(RIGHT)
        self.table.setHorizontalHeaderItem(1, amount_header)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.setMinimumHeight(180)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(1, 140)
        self.table.itemChanged.connect(lambda _item: self.revalidate())
        self.remove_button = QPushButton(translate("pages.ledger.batch_dialog", "&Remove line"))
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self.remove_line)
        remove = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove.activated.connect(self.remove_line)
        self.total_label = QLabel("")
        lines = QWidget()
        lines_layout = QVBoxLayout(lines)
        lines_layout.setContentsMargins(0, 0, 0, 0)
        lines_layout.addWidget(self.table, 1)
        foot = QHBoxLayout()
        foot.addWidget(self.remove_button)
        foot.addStretch(1)
        foot.addWidget(self.total_label)
        lines_layout.addLayout(foot)
        self.memo_edit = QLineEdit()
        self.memo_edit.setMaxLength(MAX_MEMO)

        self.form.addRow(translate("pages.ledger.batch_dialog", "Direction:"), modes)
        self.form.addRow(self.one_label, self.one_picker)
        self._add_error_row("one")
        self.add_field(translate("pages.ledger.batch_dialog", "&New line:"), adder, "line")
        accessibility.named_by(self.form.labelForField(adder), self.line_picker)
        self.add_field(translate("pages.ledger.batch_dialog", "Lines:"), lines, "lines")
        self.add_field(translate("pages.ledger.batch_dialog", "&Memo:"), self.memo_edit, "memo")
        self.setTabOrder(self.pays_radio, self.collects_radio)
        self.setTabOrder(self.collects_radio, self.one_picker)
        self.setTabOrder(self.one_picker, self.line_picker)
        self.setTabOrder(self.line_picker, self.line_amount)
        self.setTabOrder(self.line_amount, self.add_button)
        self.setTabOrder(self.add_button, self.table)
        self.setTabOrder(self.table, self.remove_button)
        self.setTabOrder(self.remove_button, self.memo_edit)
        self.pays_radio.toggled.connect(self._mode_changed)
        self.one_picker.member_changed.connect(lambda _m: self.touch("one"))
        self.one_picker.setFocus()
        self._mode_changed()
        fit_to_contents(self)

    def _add_error_row(self, field: str) -> None:
        """The error line of a row added by hand (its label is a widget, not text)."""
        error = QLabel()
        error.setStyleSheet("color: #b3261e;")
        error.setWordWrap(True)
        self.form.addRow("", error)
        self.form.setRowVisible(error, False)
        self._error_labels[field] = error

    @property
    def collect(self) -> bool:
        return self.collects_radio.isChecked()

    def _mode_changed(self) -> None:
        self.one_label.setText(
            translate("pages.ledger.batch_dialog", "&Payee:")
            if self.collect
            else translate("pages.ledger.batch_dialog", "&Payer:")
        )
        self.revalidate()

    # -- lines --------------------------------------------------------------------------

    def add_line(self) -> None:
        """Add the member and amount typed in the "New line" row (Enter does the same)."""
        member = self.line_picker.member()
        try:
            amount = parse_amount(self.line_amount.text(), self.currency)
        except ValidationError as exc:
            self._line_error(f"{exc.message} {exc.hint or ''}".strip())
            return
        if member is None:
            self._line_error(
                translate(
                    "pages.ledger.batch_dialog",
                    "Choose a member for the line: part of a name or a number.",
                )
            )
            return
        if member.id in self.line_members():
            self._line_error(
                translate(
                    "pages.ledger.batch_dialog",
                    "{name} is already in the batch; change that line instead.",
                ).format(name=member.name)
            )
            return
        self._line_error("")
        self.table.blockSignals(True)
        row = self.table.rowCount()
        self.table.insertRow(row)
        who = QTableWidgetItem(member_label(member))
        who.setData(MEMBER_ROLE, member.id)
        who.setFlags(who.flags() & ~Qt.ItemFlag.ItemIsEditable)
        amount_item = QTableWidgetItem(format_amount(amount, self.currency))
        amount_item.setTextAlignment(RIGHT)
        self.table.setItem(row, 0, who)
        self.table.setItem(row, 1, amount_item)
        self.table.blockSignals(False)
        self.line_picker.set_member(None)
        self.line_amount.clear()
        self.line_picker.setFocus()
        self.touch("lines")

    def _line_error(self, text: str) -> None:
        label = self._error_labels["line"]
        label.setText(text)
        self.form.setRowVisible(label, bool(text))

    def remove_line(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        for row in rows:
            self.table.removeRow(row)
        self.revalidate()

    def line_members(self) -> list[int]:
        return [int(self._item(r, 0).data(MEMBER_ROLE)) for r in range(self.table.rowCount())]

    def _item(self, row: int, column: int) -> QTableWidgetItem:
        item = self.table.item(row, column)
        assert item is not None
        return item

    def lines(self) -> tuple[list[tuple[int, int]], list[int]]:
        """(member id, amount) per line, and the rows whose amount does not parse."""
        out: list[tuple[int, int]] = []
        bad: list[int] = []
        was_blocked = self.table.blockSignals(True)  # colouring a cell is no edit
        for row in range(self.table.rowCount()):
            item = self._item(row, 1)
            try:
                amount = parse_amount(item.text(), self.currency)
            except ValidationError:
                bad.append(row)
                item.setForeground(NEGATIVE_COLOR)
                continue
            item.setData(Qt.ItemDataRole.ForegroundRole, None)
            out.append((int(self._item(row, 0).data(MEMBER_ROLE)), amount))
        self.table.blockSignals(was_blocked)
        return out, bad

    # -- checking -----------------------------------------------------------------------

    def field_errors(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        lines, bad = self.lines()
        total = sum(amount for _m, amount in lines)
        n = len(lines) + len(bad)
        self.total_label.setText(
            translate("pages.ledger.batch_dialog", "%n line(s), total {total}", None, n).format(
                total=format_amount(total, self.currency, symbol=True)
            )
        )
        one: MemberInfo | None = self.one_picker.member()
        if one is None:
            errors["one"] = (
                translate(
                    "pages.ledger.batch_dialog",
                    "Choose who collects: part of a name or a member number.",
                )
                if self.collect
                else translate(
                    "pages.ledger.batch_dialog",
                    "Choose who pays: part of a name or a member number.",
                )
            )
        elif one.id in self.line_members():
            errors["one"] = translate(
                "pages.ledger.batch_dialog",
                "{name} is also on a line; a member cannot pay themselves.",
            ).format(name=one.name)
        if bad:
            errors["lines"] = translate(
                "pages.ledger.batch_dialog",
                "The amount on line {line} is not a valid amount "
                "(digits with at most {decimals} decimal places).",
            ).format(line=bad[0] + 1, decimals=self.currency.decimals)
        elif not lines:
            errors["lines"] = translate("pages.ledger.batch_dialog", "Add at least one line.")
        elif (
            one is not None
            and not self.collect
            and one.available is not None
            and total > one.available
        ):
            errors["lines"] = translate(
                "pages.ledger.batch_dialog", "{name} has only {available} of credit left."
            ).format(
                name=one.name, available=format_amount(one.available, self.currency, symbol=True)
            )
        return errors

    def work(self) -> Work[PostResult]:
        one = self.one_picker.member()
        assert one is not None
        lines, _bad = self.lines()
        memo, collect, key = self.memo_edit.text(), self.collect, self.key

        def post(session: Session, actor: Actor) -> PostResult:
            return ledger.batch_transfer(
                session, actor, one.id, lines, memo, collect=collect, idempotency_key=key
            )

        return post
