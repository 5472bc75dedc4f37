"""Member statements: one member or every active member, for a period, as one PDF per
member in a folder, one combined PDF (a page break between members), or on a printer.

The statements are read off the UI thread (``ctx.query``: one read-only transaction,
:mod:`services.statements`); drawing (:mod:`printing.statement_pdf`, the same as the
admin command's) needs the UI thread (fonts, the printer), so it runs member by member
under a progress window whose "Stop" button takes effect between two members. Registers
"Statement…" on the Members page (:mod:`ui.pages.members.extensions`).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QPagedPaintDevice
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from localex_desktop.domain.errors import LocalexError, ValidationError
from localex_desktop.domain.roles import Permission
from localex_desktop.printing import statement_pdf
from localex_desktop.printing.statement_pdf import slug
from localex_desktop.services import statements
from localex_desktop.services.members import MemberInfo
from localex_desktop.ui import messages
from localex_desktop.ui.context import AppContext
from localex_desktop.ui.errors import describe, show_error
from localex_desktop.ui.exporting import PDF_FILTER, choose_save_path, last_folder, remember_folder
from localex_desktop.ui.i18n import translate
from localex_desktop.ui.pages.members.extensions import (
    MemberAction,
    MemberActionRequest,
)
from localex_desktop.ui.pages.members.picker import MemberPicker
from localex_desktop.ui.pages.reports.panel_base import date_edit, pydate
from localex_desktop.ui.pages.reports.statement_output import (
    Outcome,
    StatementRun,
    done_text,
    paint_on,
    read_statements,
    stopped_text,
    write_files,
)
from localex_desktop.ui.widgets import (
    MessageLabel,
    browse_row,
    hint_label,
    ok_buttons,
    window_layout,
)

FOLDER, COMBINED, PRINTER = "folder", "combined", "printer"


class StatementDialog(QDialog):
    """Choose who, the period and the output; "Save" (or "Print…") reads, draws, reports."""

    def __init__(
        self, ctx: AppContext, member: MemberInfo | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.outcome: Outcome | None = None
        self._busy = False
        self.setWindowTitle(translate("pages.reports.statement_dialog", "Member statements"))
        self.setMinimumWidth(640)

        # -- who
        self.one_radio = QRadioButton(translate("pages.reports.statement_dialog", "&One member:"))
        self.all_radio = QRadioButton(
            translate("pages.reports.statement_dialog", "&All active members")
        )
        self.member_picker = MemberPicker(ctx, status=None)
        self.member_picker.setAccessibleName(translate("pages.reports.statement_dialog", "Member"))
        if member is not None:
            self.member_picker.set_member(member)
        who_group = QButtonGroup(self)
        who_group.addButton(self.one_radio)
        who_group.addButton(self.all_radio)
        (self.one_radio if member is not None else self.all_radio).setChecked(True)
        one_row = QHBoxLayout()
        one_row.addWidget(self.one_radio)
        one_row.addWidget(self.member_picker, 1)
        who_box = QGroupBox(translate("pages.reports.statement_dialog", "Statements for"))
        who_layout = QVBoxLayout(who_box)
        who_layout.addLayout(one_row)
        who_layout.addWidget(self.all_radio)

        # -- period
        since, until = statements.default_period()
        self.since_edit = date_edit(since, translate("pages.reports.statement_dialog", "From"))
        self.until_edit = date_edit(until, translate("pages.reports.statement_dialog", "To"))
        period = QHBoxLayout()
        since_label = QLabel(translate("pages.reports.statement_dialog", "&From:"))
        since_label.setBuddy(self.since_edit)
        until_label = QLabel(translate("pages.reports.statement_dialog", "&To:"))
        until_label.setBuddy(self.until_edit)
        for widget in (since_label, self.since_edit, until_label, self.until_edit):
            period.addWidget(widget)
        period.addStretch(1)
        period_box = QGroupBox(translate("pages.reports.statement_dialog", "Period"))
        period_layout = QVBoxLayout(period_box)
        period_layout.addLayout(period)
        period_layout.addWidget(
            hint_label(
                translate(
                    "pages.reports.statement_dialog",
                    "The balance at the start is brought forward; the last day is included.",
                )
            )
        )

        # -- output
        self.folder_radio = QRadioButton(
            translate("pages.reports.statement_dialog", "One PDF file per member, into a fol&der")
        )
        self.combined_radio = QRadioButton(
            translate(
                "pages.reports.statement_dialog", "One PDF fil&e (each member starts on a new page)"
            )
        )
        self.printer_radio = QRadioButton(
            translate("pages.reports.statement_dialog", "Send to a p&rinter")
        )
        out_group = QButtonGroup(self)
        for radio in (self.folder_radio, self.combined_radio, self.printer_radio):
            out_group.addButton(radio)
        self.combined_radio.setChecked(True)
        self.path_edit = QLineEdit()
        self.path_edit.setAccessibleName(translate("pages.reports.statement_dialog", "Save to"))
        self._custom_path = False
        self.path_edit.textEdited.connect(lambda _t: setattr(self, "_custom_path", True))
        self.path_label = QLabel(translate("pages.reports.statement_dialog", "Sa&ve as file:"))
        self.path_label.setBuddy(self.path_edit)
        self.browse_button, path_row = browse_row(
            self.path_edit,
            self.browse,
            translate("pages.reports.statement_dialog", "&Browse…"),
            self.path_label,
        )
        out_box = QGroupBox(translate("pages.reports.statement_dialog", "Output"))
        out_layout = QVBoxLayout(out_box)
        for radio in (self.combined_radio, self.folder_radio, self.printer_radio):
            out_layout.addWidget(radio)
        out_layout.addLayout(path_row)

        self.message = MessageLabel()
        self.buttons, self.ok_button = ok_buttons(
            translate("pages.reports.statement_dialog", "&Save"),
            self.submit,
            self.reject,
            QDialogButtonBox.StandardButton.Close,
        )
        layout = window_layout(self, 10)
        layout.addWidget(who_box)
        layout.addWidget(period_box)
        layout.addWidget(out_box)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.ok_button.setDefault(True)  # parented: Qt restores it after Tab

        for radio in (self.one_radio, self.all_radio):
            radio.toggled.connect(lambda _on: self._update())
        for radio in (self.folder_radio, self.combined_radio, self.printer_radio):
            radio.toggled.connect(lambda _on: self._output_changed())
        self.member_picker.member_changed.connect(lambda _m: self._update())
        for edit in (self.since_edit, self.until_edit):
            edit.dateChanged.connect(lambda _d: self._update())
        self._update()
        if member is None:
            self.all_radio.setFocus()
        else:
            self.since_edit.setFocus()

    # -- state ------------------------------------------------------------------------------

    def output(self) -> str:
        if self.folder_radio.isChecked():
            return FOLDER
        return PRINTER if self.printer_radio.isChecked() else COMBINED

    def _suggest_path(self) -> None:
        until = pydate(self.until_edit).isoformat()
        folder = last_folder(self.ctx)
        if self.output() == FOLDER:
            self.path_edit.setText(str(folder / f"statements-{until}"))
            return
        m = self.member_picker.member() if self.one_radio.isChecked() else None
        name = (
            f"statement-{m.id:04d}-{slug(m.name)}-{until}.pdf"
            if m is not None
            else f"statements-{until}.pdf"
        )
        self.path_edit.setText(str(folder / name))

    def _update(self) -> None:
        out = self.output()
        self.member_picker.setEnabled(self.one_radio.isChecked())
        self.path_label.setText(
            translate("pages.reports.statement_dialog", "Sa&ve in folder:")
            if out == FOLDER
            else translate("pages.reports.statement_dialog", "Sa&ve as file:")
        )
        for widget in (self.path_label, self.path_edit, self.browse_button):
            widget.setVisible(out != PRINTER)
        if not self._custom_path and out != PRINTER:
            self._suggest_path()
        self.ok_button.setText(
            translate("pages.reports.statement_dialog", "&Print…")
            if out == PRINTER
            else translate("pages.reports.statement_dialog", "&Save")
        )
        self.ok_button.setEnabled(not self._busy)

    def _output_changed(self) -> None:
        self._custom_path = False  # a file for one choice is no folder for the other
        self._update()

    def browse(self) -> None:
        if self.output() == FOLDER:
            chosen = QFileDialog.getExistingDirectory(
                self,
                translate("pages.reports.statement_dialog", "Folder for the statements"),
                self.path_edit.text() or str(Path.home()),
            )
            if chosen:
                self.path_edit.setText(chosen)
                self._custom_path = True
                remember_folder(self.ctx, Path(chosen) / "x")
            return
        start = Path(self.path_edit.text() or "statements.pdf").name
        path = choose_save_path(
            self.ctx,
            self,
            translate("pages.reports.statement_dialog", "Save statements as"),
            start,
            [PDF_FILTER],
        )
        if path is not None:
            self.path_edit.setText(str(path))
            self._custom_path = True

    def check(self) -> tuple[list[int] | None, date, date, Path | None]:
        """The member ids (None: every active member), the period and the path; or raise."""
        since, until = pydate(self.since_edit), pydate(self.until_edit)
        if since > until:
            raise ValidationError(
                translate("pages.reports.statement_dialog", "The period starts after it ends."),
                hint=translate(
                    "pages.reports.statement_dialog", "Give the earlier date as 'From'."
                ),
            )
        ids: list[int] | None = None
        if self.one_radio.isChecked():
            m = self.member_picker.member()
            if m is None:
                raise ValidationError(
                    translate("pages.reports.statement_dialog", "Choose the member first."),
                    hint=translate(
                        "pages.reports.statement_dialog", "Type part of their name or their number."
                    ),
                )
            ids = [m.id]
        path: Path | None = None
        if self.output() != PRINTER:
            text = self.path_edit.text().strip()
            if not text:
                raise ValidationError(
                    translate("pages.reports.statement_dialog", "Say where the statements go."),
                    hint=translate("pages.reports.statement_dialog", "Use Browse…."),
                )
            path = Path(text).expanduser()
            if self.output() == COMBINED and path.suffix.lower() != ".pdf":
                path = path.with_name(path.name + ".pdf")
            if self.output() == FOLDER and path.exists() and not path.is_dir():
                raise ValidationError(
                    translate(
                        "pages.reports.statement_dialog", "{path} is a file, not a folder."
                    ).format(path=path)
                )
        return ids, since, until, path

    # -- running ----------------------------------------------------------------------------

    def submit(self) -> None:
        if self._busy:
            return
        try:
            ids, since, until, path = self.check()
        except LocalexError as exc:
            self.message.show_refusal(exc)
            return
        self.message.clear_message()
        self._busy = True
        self._update()

        def failed(exc: BaseException) -> None:
            self._busy = False
            self._update()
            self.message.show_error(*describe(exc))

        work = read_statements(ids, since, until)
        self.ctx.query(work, lambda run: self._draw(run, path), failed, owner=self)

    def _draw(self, run: StatementRun, path: Path | None) -> None:
        self._busy = False
        self._update()
        if not run.statements:
            self.message.show_error(
                translate(
                    "pages.reports.statement_dialog",
                    "There are no active members to make statements for.",
                )
            )
            return
        out = self.output()
        try:
            if out == PRINTER:
                outcome = self._print(run)
                if outcome is None:
                    return
            else:
                assert path is not None
                outcome = self.write(run, path, combined=out == COMBINED)
        except Exception as exc:
            show_error(self, exc)
            return
        self.outcome = outcome
        self._report(outcome, run, path)

    def write(self, run: StatementRun, path: Path, *, combined: bool) -> Outcome:
        """Write the PDF file(s); a stopped combined file is removed, not left half done."""
        return write_files(self, run, path, combined=combined)

    def _print(self, run: StatementRun) -> Outcome | None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(statement_pdf.document_title(run.statements, run.exchange))
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(translate("pages.reports.statement_dialog", "Print statements"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return self.paint_to(printer, run)

    def paint_to(self, device: QPagedPaintDevice, run: StatementRun) -> Outcome:
        return paint_on(self, device, run)

    def _report(self, outcome: Outcome, run: StatementRun, path: Path | None) -> None:
        if outcome.cancelled:
            self.message.show_error(stopped_text(outcome, path))
            return
        text, detail = done_text(outcome, run, path, printed=self.output() == PRINTER)
        if path is not None:
            remember_folder(self.ctx, path if path.suffix else path / "x")
        messages.inform(self, text, detail)
        self.accept()


# -- "Statement…" on the Members page ---------------------------------------------------


def statement_for_member(request: MemberActionRequest) -> None:
    StatementDialog(request.ctx, request.member, request.parent).exec()


STATEMENT_ACTION = MemberAction(
    key="statement",
    # marked: the Members page shows them through translate_marked (this module's context)
    text=str(QT_TRANSLATE_NOOP("pages.reports.statement_dialog", "State&ment…")),
    run=statement_for_member,
    tooltip=str(
        QT_TRANSLATE_NOOP(
            "pages.reports.statement_dialog",
            "Save or print the selected member's statement of account for a period",
        )
    ),
    permission=Permission.READ,
    context="pages.reports.statement_dialog",
)


def open_statements(ctx: AppContext, parent: QWidget | None = None) -> None:
    """Statements for every active member (from a menu, without a member selected)."""
    StatementDialog(ctx, None, parent).exec()


__all__ = ["STATEMENT_ACTION", "StatementDialog", "open_statements", "statement_for_member"]
