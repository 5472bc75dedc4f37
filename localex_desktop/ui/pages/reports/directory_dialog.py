"""File ▸ Print directory…: the directory of offers and wants as a PDF booklet or on paper.

The directory is read off the UI thread (``ctx.query`` of :func:`services.directory.build`:
active listings of active members by category, contact details only with consent); drawing
(:mod:`printing.directory_pdf`) runs on the UI thread, to a file or a printer.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QWidget,
)
from sqlalchemy.orm import Session

from localex_desktop.domain.money import Currency
from localex_desktop.domain.roles import Actor
from localex_desktop.printing import directory_pdf
from localex_desktop.services import directory
from localex_desktop.services.directory import Directory
from localex_desktop.ui import accessibility, messages
from localex_desktop.ui.context import AppContext
from localex_desktop.ui.errors import describe, show_error
from localex_desktop.ui.exporting import choose_pdf_path
from localex_desktop.ui.i18n import translate
from localex_desktop.ui.locale import currency_of, format_date
from localex_desktop.ui.widgets import MessageLabel, hint_label, window_layout


@dataclass(frozen=True)
class DirectoryData:
    directory: Directory
    currency: Currency


class DirectoryDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data: DirectoryData | None = None
        self.setWindowTitle(translate("pages.reports.directory_dialog", "Print the directory"))
        self.setMinimumWidth(460)
        self.summary = QLabel(
            translate("pages.reports.directory_dialog", "Reading the offers and wants…")
        )
        self.summary.setWordWrap(True)
        self.message = MessageLabel()
        self.pdf_button = QPushButton(translate("pages.reports.directory_dialog", "Save as &PDF…"))
        self.print_button = QPushButton(translate("pages.reports.directory_dialog", "P&rint…"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.pdf_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.print_button.clicked.connect(self.print_directory)
        layout = window_layout(self, 10)
        layout.addWidget(self.summary)
        layout.addWidget(
            hint_label(
                translate(
                    "pages.reports.directory_dialog",
                    "Active offers and wants of active members, by category, with a dated "
                    "cover. Phone, email and address appear only for members who agreed to be "
                    "listed with them; the others are reached through the coordinator.",
                )
            )
        )
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        accessibility.tab_as_shown(self.buttons)
        self._set_ready(False)
        self.load()

    def _set_ready(self, ready: bool) -> None:
        self.pdf_button.setEnabled(ready)
        self.print_button.setEnabled(ready)
        if ready:  # the figures arrived: Enter saves (the focus was on Close meanwhile)
            self.pdf_button.setDefault(True)
            self.pdf_button.setFocus()

    def load(self) -> None:
        def read(session: Session, actor: Actor) -> DirectoryData:
            return DirectoryData(directory.build(session, actor), currency_of(session))

        def show(data: DirectoryData) -> None:
            self.data = data
            d = data.directory
            self.summary.setText(
                translate(
                    "pages.reports.directory_dialog",
                    "<b>{exchange}</b>: {offers} offers and {wants} wants in {categories} "
                    "categories, dated {day}.",
                ).format(
                    exchange=escape(d.exchange_name),
                    offers=d.offer_count,
                    wants=d.want_count,
                    categories=len(d.sections),
                    day=format_date(d.generated_on),
                )
            )
            self._set_ready(True)  # an empty directory still prints its cover

        def failed(exc: BaseException) -> None:
            self.summary.setText(
                translate("pages.reports.directory_dialog", "The directory could not be read.")
            )
            self.message.show_error(*describe(exc))

        self.ctx.query(read, show, failed, owner=self)

    def save_pdf(self) -> None:
        if self.data is None:
            return
        d = self.data.directory
        name = f"directory-{d.generated_on.isoformat()}.pdf"
        path = choose_pdf_path(
            self.ctx,
            self,
            translate("pages.reports.directory_dialog", "Save the directory as"),
            name,
        )
        if path is None:
            return
        try:
            directory_pdf.write_directory(d, path, currency=self.data.currency)
        except Exception as exc:
            show_error(self, exc)
            return
        messages.inform(
            self,
            translate("pages.reports.directory_dialog", "Saved the directory to {file}.").format(
                file=path.name
            ),
            translate("pages.reports.directory_dialog", "The file is in {folder}.").format(
                folder=path.parent
            ),
        )
        self.accept()

    def print_directory(self) -> None:
        if self.data is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(directory_pdf.document_title(self.data.directory))
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(translate("pages.reports.directory_dialog", "Print the directory"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            pages = directory_pdf.paint_directory(
                printer, self.data.directory, currency=self.data.currency
            )
        except Exception as exc:
            show_error(self, exc)
            return
        messages.inform(
            self,
            translate(
                "pages.reports.directory_dialog",
                "Sent the directory (%n page(s)) to the printer.",
                None,
                pages,
            ),
        )
        self.accept()
