"""Paper-slip batch entry: type a bundle of signed slips, check it, post it all or nothing.

The bundle's control count and control total go at the top; the slips go in a grid
that is used from the keyboard alone (:mod:`.slip_grid`). The running count and total
are compared with the control figures as one types; the slips are checked by
``slips.check_batch`` (``ctx.query``, nothing written) a moment after each change, and
each refused slip shows its reasons under its row. Post is enabled only when both
figures match and no slip is refused; ``slips.post_batch`` then posts every slip in
one transaction (``ctx.op``: the database checks again and refuses all if anything
fails).
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import Qt
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)
from sqlalchemy.orm import Session

from localex_desktop.domain.errors import LocalexError, ValidationError
from localex_desktop.domain.money import Currency, format_amount, parse_amount
from localex_desktop.domain.roles import Actor, Permission
from localex_desktop.services import slips
from localex_desktop.services.slips import BatchReport, BatchResult, SlipBatchRefused, SlipInput
from localex_desktop.ui import accessibility, messages
from localex_desktop.ui.context import AppContext
from localex_desktop.ui.errors import describe, show_error
from localex_desktop.ui.i18n import role_name, translate
from localex_desktop.ui.list_page.parts import reading_order
from localex_desktop.ui.pages.trades.slip_grid import SlipGrid, SlipRow, member_value
from localex_desktop.ui.widgets import (
    ERROR_STYLE,
    MUTED_STYLE,
    OK_STYLE,
    MessageLabel,
    hint_label,
    single_shot,
    window_layout,
)


class SlipBatchDialog(QDialog):
    def __init__(self, ctx: AppContext, currency: Currency, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.currency = currency
        self.can_post = ctx.can(Permission.MANAGE_TRADES) and ctx.can(Permission.POST)
        self.report: BatchReport | None = None
        self.result_value: BatchResult | None = None
        self._edits = 0  # bumped by every change; a check answers for one value of it
        self._checked = -1
        self._busy = False
        self.setWindowTitle(translate("pages.trades.slip_batch", "Paper-slip batch"))
        self.setMinimumSize(900, 560)

        # -- the bundle's figures
        self.count_box = QSpinBox()
        self.count_box.setRange(0, slips.MAX_SLIPS)
        self.count_box.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.count_box.setMaximumWidth(110)
        self.total_edit = QLineEdit()
        self.total_edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.total_edit.setPlaceholderText(format_amount(0, currency))
        self.total_edit.setMaximumWidth(140)
        self.note_edit = QLineEdit()
        self.note_edit.setMaxLength(500)
        self.note_edit.setPlaceholderText(
            translate("pages.trades.slip_batch", "optional, e.g. market day 14 June")
        )
        self.count_status = QLabel("")
        self.total_status = QLabel("")
        for label in (self.count_status, self.total_status):
            label.setTextFormat(Qt.TextFormat.PlainText)

        top = QFormLayout()
        top.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        count_row = QHBoxLayout()
        count_row.addWidget(self.count_box)
        count_row.addSpacing(12)
        count_row.addWidget(self.count_status, 1)
        total_row = QHBoxLayout()
        total_row.addWidget(self.total_edit)
        total_row.addWidget(QLabel(currency.symbol))
        total_row.addSpacing(12)
        total_row.addWidget(self.total_status, 1)
        count_label = QLabel(
            translate("pages.trades.slip_batch", "Control &count (slips in the bundle):")
        )
        count_label.setBuddy(self.count_box)
        total_label = QLabel(
            translate("pages.trades.slip_batch", "Control &total (written on the bundle):")
        )
        total_label.setBuddy(self.total_edit)
        note_label = QLabel(translate("pages.trades.slip_batch", "&Note:"))
        note_label.setBuddy(self.note_edit)
        top.addRow(count_label, count_row)
        top.addRow(total_label, total_row)
        top.addRow(note_label, self.note_edit)

        # -- the grid
        self.slips = SlipGrid(ctx, currency)
        self.grid_widget = self.slips.grid_widget

        self.message = MessageLabel()
        self.summary = QLabel("")
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet(OK_STYLE)
        self.summary.setVisible(False)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox()
        self.check_button = QPushButton(translate("pages.trades.slip_batch", "Chec&k now"))
        self.post_button = QPushButton(translate("pages.trades.slip_batch", "&Post batch"))
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.addButton(self.check_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.post_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.post_button.setAutoDefault(False)
        self.check_button.setAutoDefault(False)
        self.close_button.setAutoDefault(False)
        self.post_button.clicked.connect(self.post)
        self.check_button.clicked.connect(self.check_now)
        self.close_button.clicked.connect(self.reject)

        layout = window_layout(self, 8)
        layout.addLayout(top)
        layout.addWidget(
            hint_label(
                translate(
                    "pages.trades.slip_batch",
                    "Tab or Enter moves to the next field; a new row appears as you fill the last "
                    "one. Buyer and seller: a member number, or part of a name and pick from the "
                    "list. Ctrl+Delete clears the row you are in. Empty rows are ignored.",
                )
            )
        )
        layout.addWidget(self.slips, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        self._check_timer = single_shot(self, 400, self.check_now)

        self.count_box.valueChanged.connect(lambda _v: self._changed())
        self.total_edit.textEdited.connect(lambda _t: self._changed())
        self.slips.edited.connect(self._changed)
        self.slips.add_row()
        # Tab as one reads: the bundle's fields, the grid (later rows follow the row before
        # them), the buttons left to right
        box_order = accessibility.buttons_as_shown(self.buttons)
        reading_order([self.count_box, self.total_edit, self.note_edit, self.slips, *box_order])
        if not self.can_post:
            why = ctx.login_refusal(Permission.POST) or translate(
                "pages.trades.slip_batch",
                "Only coordinators and administrators post slips; you are a {role}.",
            ).format(role=role_name(ctx.actor.role))
            self.message.show_error(why)
            for widget in (self.count_box, self.total_edit, self.note_edit, self.grid_widget):
                widget.setEnabled(False)
            self.post_button.setToolTip(why)
            self.check_button.setToolTip(why)
        self.count_box.setFocus()
        self._update_totals()

    def reject(self) -> None:
        """Escape, Close or the window's ✕: slips typed and not posted are asked about."""
        typed = len(self.filled_rows())
        if (
            self.result_value is None
            and typed
            and not messages.ask(
                self,
                translate(
                    "pages.trades.slip_batch", "Discard the %n slip(s) you typed?", None, typed
                ),
                translate("pages.trades.slip_batch", "They are not posted; closing forgets them."),
                yes=translate("pages.trades.slip_batch", "Discard"),
                no=translate("pages.trades.slip_batch", "Keep typing"),
            )
        ):
            return
        super().reject()

    # -- the grid ---------------------------------------------------------------------

    @property
    def rows(self) -> list[SlipRow]:
        return self.slips.rows

    def add_row(self) -> SlipRow:
        return self.slips.add_row()

    def filled_rows(self) -> list[tuple[int, SlipRow]]:
        return self.slips.filled_rows()

    # -- totals and checking ----------------------------------------------------------

    def control_total(self) -> int | None:
        text = self.total_edit.text().strip()
        if not text:
            return None
        try:
            return parse_amount(text, self.currency, field="control total")
        except ValidationError:
            return None

    def running(self) -> tuple[int, int]:
        """How many slips are typed, and the total of the amounts that can be read."""
        count, total = 0, 0
        for _line, row in self.filled_rows():
            count += 1
            with contextlib.suppress(ValidationError):
                total += parse_amount(row.amount.text(), self.currency)
        return count, total

    def _changed(self) -> None:
        self._edits += 1
        self._update_totals()
        if self.filled_rows() and self.can_post:
            self._check_timer.start()
        else:
            self.report = None
            for row in self.rows:
                row.show_reasons([])

    def _update_totals(self) -> None:
        cur = self.currency
        count, total = self.running()
        want_count = self.count_box.value()
        want_total = self.control_total()
        if want_count == 0:
            self.count_status.setText(
                translate(
                    "pages.trades.slip_batch",
                    "%n slip(s) entered; type the count on the bundle.",
                    None,
                    count,
                )
            )
            self.count_status.setStyleSheet(MUTED_STYLE)
        elif count == want_count:
            self.count_status.setText(
                translate(
                    "pages.trades.slip_batch", "{count} of {want} slips entered — matches."
                ).format(count=count, want=want_count)
            )
            self.count_status.setStyleSheet(OK_STYLE)
        else:
            diff = want_count - count
            if diff > 0:
                text = translate(
                    "pages.trades.slip_batch",
                    "{count} of {want} slips entered ({diff} more to enter).",
                )
            else:
                text = translate(
                    "pages.trades.slip_batch", "{count} of {want} slips entered ({diff} too many)."
                )
            self.count_status.setText(text.format(count=count, want=want_count, diff=abs(diff)))
            self.count_status.setStyleSheet(ERROR_STYLE if diff < 0 else MUTED_STYLE)
        running = format_amount(total, cur, symbol=True)
        if want_total is None:
            bad = bool(self.total_edit.text().strip())
            if bad:
                text = translate(
                    "pages.trades.slip_batch",
                    "Slips add up to {running}; the control total is not an amount.",
                )
            else:
                text = translate(
                    "pages.trades.slip_batch", "Slips add up to {running}; type the bundle's total."
                )
            self.total_status.setText(text.format(running=running))
            self.total_status.setStyleSheet(ERROR_STYLE if bad else MUTED_STYLE)
        elif total == want_total:
            self.total_status.setText(
                translate("pages.trades.slip_batch", "Slips add up to {running} — matches.").format(
                    running=running
                )
            )
            self.total_status.setStyleSheet(OK_STYLE)
        else:
            diff = want_total - total
            if diff > 0:
                text = translate(
                    "pages.trades.slip_batch", "Slips add up to {running}: {diff} still missing."
                )
            else:
                text = translate(
                    "pages.trades.slip_batch", "Slips add up to {running}: {diff} too much."
                )
            self.total_status.setText(
                text.format(running=running, diff=format_amount(abs(diff), cur, symbol=True))
            )
            self.total_status.setStyleSheet(ERROR_STYLE if diff < 0 else MUTED_STYLE)
        self._update_post()

    def slip_inputs(self) -> list[SlipInput]:
        return [
            SlipInput(
                line=line,
                slip_number=row.slip.text(),
                buyer=member_value(row.buyer),
                seller=member_value(row.seller),
                amount=row.amount.text(),
                description=row.description.text(),
            )
            for line, row in self.filled_rows()
        ]

    def check_now(self) -> None:
        """Check every typed slip with the service (nothing is written)."""
        self._check_timer.stop()
        inputs = self.slip_inputs()
        if not inputs or not self.can_post:
            return
        count, total = self.running()
        control_count = self.count_box.value() or count
        control_total = self.control_total() or max(total, 1)
        edits = self._edits

        def check(session: Session, actor: Actor) -> BatchReport:
            return slips.check_batch(session, actor, inputs, control_count, control_total)

        def done(report: BatchReport) -> None:
            if edits != self._edits:
                return  # typed meanwhile: the next check answers for the new text
            self._checked = edits
            self.report = report
            self._show_report(report)

        def failed(exc: BaseException) -> None:
            if edits == self._edits:
                self.message.show_error(*describe(exc))

        self.ctx.query(check, done, failed, owner=self)

    def _show_report(self, report: BatchReport) -> None:
        by_line = {s.line: s.reasons for s in report.slips}
        for n, row in enumerate(self.rows):
            row.show_reasons(by_line.get(n + 1, []))
        refused = len(report.refused)
        if refused:
            self.message.show_error(
                translate(
                    "pages.trades.slip_batch",
                    "%n slip(s) refused; the reasons are under the rows.",
                    None,
                    refused,
                ),
                translate(
                    "pages.trades.slip_batch",
                    "Correct them (or clear a row with Ctrl+Delete) before posting.",
                ),
            )
        else:
            self.message.clear_message()
        self._update_post()

    def _update_post(self) -> None:
        count, total = self.running()
        why: str | None = None
        if not self.can_post:
            why = self.ctx.login_refusal(Permission.POST) or translate(
                "pages.trades.slip_batch",
                "Only coordinators and administrators post slips; you are a {role}.",
            ).format(role=role_name(self.ctx.actor.role))
        elif self.result_value is not None:
            why = translate("pages.trades.slip_batch", "This batch is posted.")
        elif count == 0:
            why = translate("pages.trades.slip_batch", "Type the slips first.")
        elif self.count_box.value() != count:
            why = translate(
                "pages.trades.slip_batch", "The number of slips does not match the control count."
            )
        elif self.control_total() != total:
            why = translate(
                "pages.trades.slip_batch", "The slips do not add up to the control total."
            )
        elif self._checked != self._edits or self.report is None:
            why = translate("pages.trades.slip_batch", "Checking the slips…")
        elif self.report.refused:
            why = translate(
                "pages.trades.slip_batch", "Some slips are refused; see the reasons under the rows."
            )
        self.post_button.setEnabled(why is None and not self._busy)
        self.post_button.setToolTip(
            why
            or translate(
                "pages.trades.slip_batch", "Post every slip as a completed trade, all or nothing"
            )
        )

    # -- posting ----------------------------------------------------------------------

    def post(self) -> None:
        self._update_post()
        if not self.post_button.isEnabled():
            return
        inputs = self.slip_inputs()
        control_count = self.count_box.value()
        control_total = self.control_total()
        assert control_total is not None
        note = self.note_edit.text()

        def post(session: Session, actor: Actor) -> BatchResult:
            return slips.post_batch(session, actor, inputs, control_count, control_total, note=note)

        self._busy = True
        self._update_post()
        self.ctx.op(post, self._posted, self._post_failed, owner=self)

    def _posted(self, result: BatchResult) -> None:
        self._busy = False
        self.result_value = result
        cur = self.currency
        ids = result.trade_ids
        if len(ids) == 1:
            text = translate(
                "pages.trades.slip_batch",
                "Posted batch {batch}: %n slip(s), {total} in all, recorded as completed trade "
                "{first}, each with its own ledger transaction.",
                None,
                result.report.count,
            )
        else:
            text = translate(
                "pages.trades.slip_batch",
                "Posted batch {batch}: %n slip(s), {total} in all, recorded as completed trades "
                "{first}–{last}, each with its own ledger transaction.",
                None,
                result.report.count,
            )
        self.summary.setText(
            text.format(
                batch=result.batch_id,
                total=format_amount(result.report.total, cur, symbol=True),
                first=ids[0],
                last=ids[-1],
            )
        )
        self.summary.setVisible(True)
        self.message.clear_message()
        for widget in (self.count_box, self.total_edit, self.note_edit, self.grid_widget):
            widget.setEnabled(False)
        self.check_button.setEnabled(False)
        self.close_button.setText(translate("pages.trades.slip_batch", "Close"))
        self.close_button.setFocus()
        self._update_post()

    def _post_failed(self, exc: BaseException) -> None:
        self._busy = False
        if isinstance(exc, SlipBatchRefused):
            self.report = exc.report
            self._show_report(exc.report)
            self.message.show_refusal(exc)
        elif isinstance(exc, LocalexError):
            self.message.show_refusal(exc)
        else:
            show_error(self, exc)
        self._update_post()

    def hideEvent(self, event: QHideEvent) -> None:
        """No check after the dialog is gone."""
        self._check_timer.stop()
        super().hideEvent(event)

    def done(self, code: int) -> None:
        """Closing after a post counts as accepted (the page then reloads)."""
        if self.result_value is not None:
            code = QDialog.DialogCode.Accepted.value
        super().done(code)
