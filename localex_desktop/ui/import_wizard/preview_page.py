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
from localex_desktop.ui.i18n import translate
from localex_desktop.ui.import_wizard.common import (
    ACTION_TEXT,
    Checked,
    Host,
    HostPage,
    make_item,
    make_table,
    words,
)
from localex_desktop.ui.locale import currency_of, localized
from localex_desktop.ui.widgets import ERROR_STYLE, MessageLabel


def error_text(kind: str | None, message: str) -> str:
    """A row's problem, said with what kind of problem it is (someone else's, twice)."""
    if kind == CONFLICT:
        return translate("import_wizard.preview_page", "Someone else: {problem}").format(
            problem=message
        )
    if kind == DUPLICATE:
        return translate("import_wizard.preview_page", "Twice in the file: {problem}").format(
            problem=message
        )
    return message


class PreviewPage(HostPage):
    def __init__(self, wizard: Host) -> None:
        super().__init__(
            wizard,
            translate("import_wizard.preview_page", "Preview"),
            translate(
                "import_wizard.preview_page",
                "Every row was checked; nothing has been written yet. Import is possible when "
                "no row has an error, and then adds every row at once, or none.",
            ),
        )
        self.setCommitPage(True)
        self.setButtonText(
            QWizard.WizardButton.CommitButton, translate("import_wizard.preview_page", "&Import")
        )
        self.summary = QLabel("")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)  # what comes from the file escaped
        self.allow_check = QCheckBox(
            translate(
                "import_wizard.preview_page",
                "Allow &going past limits: post balances below a member's credit limit or above "
                "their upper limit (the ledger records that you allowed it)",
            )
        )
        self.allow_check.toggled.connect(self._allow_changed)
        self.tabs = QTabWidget()
        self.errors_table = make_table(
            [
                translate("import_wizard.preview_page", "Line"),
                translate("import_wizard.preview_page", "Column"),
                translate("import_wizard.preview_page", "Problem"),
            ],
            translate("import_wizard.preview_page", "Rows with errors"),
        )
        self.rows_table = make_table(
            [
                translate("import_wizard.preview_page", "Line"),
                translate("import_wizard.preview_page", "What happens"),
                translate("import_wizard.preview_page", "Note"),
            ],
            translate("import_wizard.preview_page", "Rows"),
        )
        self.tabs.addTab(self.errors_table, translate("import_wizard.preview_page", "Errors"))
        self.tabs.addTab(self.rows_table, translate("import_wizard.preview_page", "Rows"))
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
        self.summary.setText(translate("import_wizard.preview_page", "Checking every row…"))
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
                self.summary.setText(
                    translate("import_wizard.preview_page", "The file could not be checked.")
                )
                self.message.show_error(*describe(exc))
                self.completeChanged.emit()

        self.wiz.ctx.query(work, done, failed, owner=self)

    def show_preview(self, checked: Checked) -> None:
        self.checked = checked
        p, cur = checked.preview, checked.currency
        kind = p.kind
        self.errors_table.setRowCount(len(p.errors))
        for r, e in enumerate(p.errors):
            text = error_text(e.kind, e.message)
            self.errors_table.setItem(r, 0, make_item(str(e.line), right=True))
            self.errors_table.setItem(r, 1, make_item(e.column or ""))
            self.errors_table.setItem(r, 2, make_item(text, tip=text))
        flow = self.wiz.flow
        shown = shown_fields(kind, flow.mapping if flow is not None else {})
        headers = [
            translate("import_wizard.preview_page", "Line"),
            translate("import_wizard.preview_page", "What happens"),
            *(f.label for f in shown),
            translate("import_wizard.preview_page", "Note"),
        ]
        self.rows_table.clear()
        self.rows_table.setColumnCount(len(headers))
        self.rows_table.setHorizontalHeaderLabels(headers)
        self.rows_table.setRowCount(len(p.rows))
        for r, row in enumerate(p.rows):
            self.rows_table.setItem(r, 0, make_item(str(row.line), right=True))
            self.rows_table.setItem(r, 1, make_item(action_text(row.action)))
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
        self.tabs.setTabText(
            0,
            translate("import_wizard.preview_page", "Errors ({count})").format(count=len(p.errors)),
        )
        self.tabs.setTabText(
            1, translate("import_wizard.preview_page", "Rows ({count})").format(count=len(p.rows))
        )
        self.tabs.setTabEnabled(0, bool(p.errors))
        self.tabs.setCurrentIndex(0 if p.errors else 1)
        parts = [f"<b>{p.summary()}.</b>"]
        if p.errors:
            parts.append(
                translate(
                    "import_wizard.preview_page",
                    "Nothing can be imported while any row has an error: correct the file (the "
                    "line numbers are those a text editor shows) and choose it again, or change "
                    "the column mapping with Back.",
                )
            )
        elif not p.to_create:
            parts.append(translate("import_wizard.preview_page", "There is nothing new to import."))
        if p.conflicts:
            parts.append(
                translate(
                    "import_wizard.preview_page",
                    "%n row(s) give a number or email that belongs to someone else in the "
                    "database: importing them would file one person's data under another's "
                    "name. Correct the numbers or emails in the file.",
                    None,
                    len(p.conflicts),
                )
            )
        parts.extend(html.escape(w) for w in p.warnings)
        if p.new_categories:
            parts.append(
                translate("import_wizard.preview_page", "New categories: {names}.").format(
                    names=html.escape(", ".join(p.new_categories))
                )
            )
        if kind is Kind.BALANCES and p.to_create:
            total = html.escape(format_amount(p.total, cur, symbol=True))  # the symbol is typed
            parts.append(
                translate(
                    "import_wizard.preview_page",
                    "One opening transaction will post {total} "
                    "to members, and the opposite to the Opening balances account.",
                ).format(total=total)
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
        self.summary.setText(translate("import_wizard.preview_page", "Importing…"))

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
        super().__init__(wizard, translate("import_wizard.preview_page", "Imported"))
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
            self.text.setText(translate("import_wizard.preview_page", "Nothing was imported."))
            return
        self.text.setText(result_text(r))


def result_text(r: ImportResult) -> str:
    if r.kind is Kind.MEMBERS:
        imported = translate(
            "import_wizard.preview_page",
            "Imported %n member(s), in one transaction.",
            None,
            r.created,
        )
    elif r.kind is Kind.LISTINGS:
        imported = translate(
            "import_wizard.preview_page",
            "Imported %n listing(s), in one transaction.",
            None,
            r.created,
        )
    else:
        imported = translate(
            "import_wizard.preview_page",
            "Imported %n opening balance(s), in one transaction.",
            None,
            r.created,
        )
    lines = [imported]
    if r.kind is Kind.MEMBERS and r.ids:
        lines.append(
            translate("import_wizard.preview_page", "Their numbers: {first} to {last}.").format(
                first=min(r.ids), last=max(r.ids)
            )
        )
    if r.transaction_id is not None:
        lines.append(
            translate(
                "import_wizard.preview_page",
                "The balances were posted as ledger transaction {number}.",
            ).format(number=r.transaction_id)
        )
    if r.duplicates:
        lines.append(
            translate(
                "import_wizard.preview_page",
                "%n row(s) were already there and were left alone.",
                None,
                r.duplicates,
            )
        )
    if r.skipped:
        lines.append(
            translate(
                "import_wizard.preview_page",
                "%n row(s) were skipped (nothing to import).",
                None,
                r.skipped,
            )
        )
    lines.append(translate("import_wizard.preview_page", "Every change is in the audit log."))
    return "\n\n".join(lines)


def action_text(action: str) -> str:
    """What happens to a row (Add, Already there, Skip), in the coordinator's language."""
    text = ACTION_TEXT.get(action)
    return words(text) if text is not None else action
