"""The preview (every row checked, nothing written) and the result of the import.

The check runs with ``ctx.query`` (a READ ONLY transaction), the import with ``ctx.op``
(one transaction: all rows or none); both off the UI thread.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QTabWidget, QVBoxLayout, QWizard
from sqlalchemy.orm import Session

from localex_desktop.domain.money import format_amount
from localex_desktop.domain.roles import Actor
from localex_desktop.domain.words import counted
from localex_desktop.services.fields.base import Kind as ValueKind
from localex_desktop.services.imports import (
    CONFLICT,
    DUPLICATE,
    ImportRefused,
    ImportResult,
    Kind,
    Step,
    show,
    shown_fields,
)
from localex_desktop.ui.errors import describe
from localex_desktop.ui.import_wizard.common import (
    ACTION_TEXT,
    Checked,
    Host,
    HostPage,
    make_item,
    make_table,
)
from localex_desktop.ui.locale import currency_of, localized
from localex_desktop.ui.widgets import ERROR_STYLE, MessageLabel

ERROR_KIND_TEXT = {CONFLICT: "Someone else: ", DUPLICATE: "Twice in the file: "}


class PreviewPage(HostPage):
    def __init__(self, wizard: Host) -> None:
        super().__init__(
            wizard,
            "Preview",
            "Every row was checked; nothing has been written yet. Import is possible when "
            "no row has an error, and then adds every row at once, or none.",
        )
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, "&Import")
        self.summary = QLabel("")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)  # what comes from the file escaped
        self.allow_check = QCheckBox(
            "Allow &going past limits: post balances below a member's credit limit or above "
            "their upper limit (the ledger records that you allowed it)"
        )
        self.allow_check.toggled.connect(self._allow_changed)
        self.tabs = QTabWidget()
        self.errors_table = make_table(["Line", "Column", "Problem"], "Rows with errors")
        self.rows_table = make_table(["Line", "What happens", "Note"], "Rows")
        self.tabs.addTab(self.errors_table, "Errors")
        self.tabs.addTab(self.rows_table, "Rows")
        self.message = MessageLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.allow_check)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        self.checked: Checked | None = None
        self.running = False
        self.committed = False
        self._generation = 0

    def initializePage(self) -> None:
        self.committed = False
        flow = self.wiz.flow
        assert flow is not None
        self.allow_check.blockSignals(True)
        self.allow_check.setChecked(flow.options.allow_over_limit)
        self.allow_check.blockSignals(False)
        self.allow_check.setVisible(flow.kind is Kind.BALANCES)
        self.run_preview()

    def _allow_changed(self, on: bool) -> None:
        if self.wiz.flow is not None:
            self.wiz.flow.options.allow_over_limit = on
            self.run_preview()

    def run_preview(self) -> None:
        flow = self.wiz.flow
        assert flow is not None
        self._generation += 1
        generation = self._generation
        self.running = True
        self.checked = None
        self.summary.setText("Checking every row…")
        self.message.clear_message()
        self.completeChanged.emit()

        def work(session: Session, actor: Actor) -> Checked:
            return Checked(flow.run_preview(session, actor), currency_of(session))

        def done(checked: Checked) -> None:
            if generation != self._generation:
                self._stale()
                return
            self.running = False
            self.show_preview(checked)

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self.running = False
                self.summary.setText("The file could not be checked.")
                self.message.show_error(*describe(exc))
                self.completeChanged.emit()

        self.wiz.ctx.query(work, done, failed, owner=self)

    def show_preview(self, checked: Checked) -> None:
        self.checked = checked
        p, cur = checked.preview, checked.currency
        kind = p.kind
        self.errors_table.setRowCount(len(p.errors))
        for r, e in enumerate(p.errors):
            text = ERROR_KIND_TEXT.get(e.kind, "") + e.message
            self.errors_table.setItem(r, 0, make_item(str(e.line), right=True))
            self.errors_table.setItem(r, 1, make_item(e.column or ""))
            self.errors_table.setItem(r, 2, make_item(text, tip=text))
        flow = self.wiz.flow
        shown = shown_fields(kind, flow.mapping if flow is not None else {})
        headers = ["Line", "What happens", *(f.label for f in shown), "Note"]
        self.rows_table.clear()
        self.rows_table.setColumnCount(len(headers))
        self.rows_table.setHorizontalHeaderLabels(headers)
        self.rows_table.setRowCount(len(p.rows))
        for r, row in enumerate(p.rows):
            self.rows_table.setItem(r, 0, make_item(str(row.line), right=True))
            self.rows_table.setItem(r, 1, make_item(ACTION_TEXT.get(row.action, row.action)))
            for c, f in enumerate(shown, start=2):
                text = show(row.values.get(f.key), f.type, cur)
                flat = " ".join(text.split())
                right = f.type in (ValueKind.MONEY, ValueKind.NUMBER)
                tip = text if flat != text else None
                self.rows_table.setItem(r, c, make_item(flat, right=right, tip=tip))
            note = make_item(row.note, tip=row.note or None)
            self.rows_table.setItem(r, len(headers) - 1, note)
        for table in (self.errors_table, self.rows_table):
            table.resizeColumnsToContents()
            for c in range(table.columnCount() - 1):
                table.setColumnWidth(c, min(table.columnWidth(c) + 12, 420))
        self.tabs.setTabText(0, f"Errors ({len(p.errors)})")
        self.tabs.setTabText(1, f"Rows ({len(p.rows)})")
        self.tabs.setTabEnabled(0, bool(p.errors))
        self.tabs.setCurrentIndex(0 if p.errors else 1)
        parts = [f"<b>{p.summary()}.</b>"]
        if p.errors:
            parts.append(
                "Nothing can be imported while any row has an error: correct the file (the "
                "line numbers are those a text editor shows) and choose it again, or change "
                "the column mapping with Back."
            )
        elif not p.to_create:
            parts.append("There is nothing new to import.")
        if p.conflicts:
            parts.append(
                f"{counted(len(p.conflicts), 'row')} give a number or email that belongs to "
                "someone else in the database: importing them would file one person's data under "
                "another's name. Correct the numbers or emails in the file."
            )
        parts.extend(html.escape(w) for w in p.warnings)
        if p.new_categories:
            parts.append(f"New categories: {html.escape(', '.join(p.new_categories))}.")
        if kind is Kind.BALANCES and p.to_create:
            total = html.escape(format_amount(p.total, cur, symbol=True))  # the symbol is typed
            parts.append(
                f"One opening transaction will post {total} "
                "to members, and the opposite to the Opening balances account."
            )
        self.summary.setText(" ".join(parts))
        self.summary.setStyleSheet(ERROR_STYLE if p.errors else "")
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        flow = self.wiz.flow
        return not self.running and flow is not None and flow.can_commit

    def validatePage(self) -> bool:
        """Import (``ctx.op``: one transaction, off the UI thread); then the wizard moves on."""
        if self.committed:
            return True
        flow = self.wiz.flow
        if flow is None or not flow.can_commit or self.running:
            return False
        self.running = True
        self.completeChanged.emit()
        self.wiz.button(QWizard.WizardButton.BackButton).setEnabled(False)
        self.summary.setText("Importing…")

        def work(session: Session, actor: Actor) -> ImportResult:
            return flow.commit(session, actor)

        def done(result: ImportResult) -> None:
            self.running = False
            self.committed = True
            self.wiz.import_result = result
            self.wiz.next()

        def failed(exc: BaseException) -> None:
            self.running = False
            self.message.show_error(*describe(exc))
            if isinstance(exc, ImportRefused):  # the data changed since the preview
                cur = self.checked.currency if self.checked is not None else localized()
                flow.preview = exc.preview
                self.show_preview(Checked(exc.preview, cur))
            else:
                self.completeChanged.emit()

        self.wiz.ctx.op(work, done, failed, owner=self)
        return False

    def cleanupPage(self) -> None:
        self._generation += 1  # a preview still running is no longer wanted
        self.running = False
        self.wiz.back_step(Step.PREVIEW)

    def _stale(self) -> None:
        """A preview finished after the person went back: keep the flow with the pages."""
        if self.wiz.currentPage() is not self:
            self.wiz.back_step(Step.PREVIEW)


class ResultPage(HostPage):
    def __init__(self, wizard: Host) -> None:
        super().__init__(wizard, "Imported")
        self.text = QLabel("")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addStretch(1)

    def initializePage(self) -> None:
        r = self.wiz.import_result
        if r is None:
            self.text.setText("Nothing was imported.")
            return
        self.text.setText(result_text(r))


def result_text(r: ImportResult) -> str:
    noun = {Kind.MEMBERS: "member", Kind.LISTINGS: "listing", Kind.BALANCES: "opening balance"}
    n = noun[r.kind]
    lines = [f"Imported {r.created} {n}{'s' if r.created != 1 else ''}, in one transaction."]
    if r.kind is Kind.MEMBERS and r.ids:
        lines.append(f"Their numbers: {min(r.ids)} to {max(r.ids)}.")
    if r.transaction_id is not None:
        lines.append(f"The balances were posted as ledger transaction {r.transaction_id}.")
    if r.duplicates:
        lines.append(f"{counted(r.duplicates, 'row')} were already there and were left alone.")
    if r.skipped:
        lines.append(f"{counted(r.skipped, 'row')} were skipped (nothing to import).")
    lines.append("Every change is in the audit log.")
    return "\n\n".join(lines)
