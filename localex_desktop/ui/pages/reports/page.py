"""The Reports page: trial balance, balances at a date, trade volume, member activity
and velocity, each saved as CSV/XLSX, as PDF, or printed.

Every figure comes from :mod:`services.reports` (computed from the ledger's entries, on
the task runner, in one transaction); "Save as…" writes :func:`exports.report_tables`
of the report shown, and the PDF and the printout draw the same tables. Everybody who
may sign in may read, save and print reports.

Importing this module also registers "Statement…" on the Members page.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QPushButton,
    QTabWidget,
    QWidget,
)

from localex_desktop.printing.report_pdf import paint_report, write_report_pdf
from localex_desktop.services import exports
from localex_desktop.ui.context import AppContext
from localex_desktop.ui.errors import show_error
from localex_desktop.ui.exporting import CSV_FILTER, XLSX_FILTER, choose_pdf_path, choose_save_path
from localex_desktop.ui.i18n import translate
from localex_desktop.ui.pages.reports import statement_dialog  # noqa: F401  (registers the action)
from localex_desktop.ui.pages.reports.panels import PANELS, Loaded, ReportPanel
from localex_desktop.ui.widgets import MessageLabel, window_layout

TAB_KEY = "reports/tab"
#: tables whose changes can change a report
LEDGER_TABLES = frozenset({"transactions", "accounts", "members", "trades", "categories"})


class ReportsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.panels: dict[str, ReportPanel] = {}
        for cls in PANELS:
            panel = cls(ctx)
            self.panels[panel.key] = panel
            self.tabs.addTab(panel, panel.shown_title())
            panel.changed.connect(self._update_actions)

        self.refresh_button = QPushButton(translate("pages.reports.page", "&Refresh"))
        self.refresh_button.setToolTip(
            translate("pages.reports.page", "Compute the report again (F5)")
        )
        self.save_button = QPushButton(translate("pages.reports.page", "&Save as…"))
        self.pdf_button = QPushButton(translate("pages.reports.page", "Save as P&DF…"))
        self.print_button = QPushButton(translate("pages.reports.page", "&Print…"))
        self._ready_tips()
        self.refresh_button.clicked.connect(self.refresh)
        self.save_button.clicked.connect(self.save_as)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.print_button.clicked.connect(self.print_report)
        self.message = MessageLabel()

        buttons = QHBoxLayout()
        for button in (self.refresh_button, self.save_button, self.pdf_button, self.print_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = window_layout(self, 8)
        layout.addLayout(buttons)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)

        for keys, slot, text in (
            (
                QKeySequence.StandardKey.Refresh,
                self.refresh,
                translate("pages.reports.page", "Refresh the report"),
            ),
            (
                QKeySequence.StandardKey.Print,
                self.print_report,
                translate("pages.reports.page", "Print the report"),
            ),
            (
                QKeySequence.StandardKey.Save,
                self.save_as,
                translate("pages.reports.page", "Save the report to a file"),
            ),
        ):
            action = QAction(text, self)
            action.setShortcuts(keys)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)

        saved = str(ctx.settings.value(TAB_KEY, ""))
        names = list(self.panels)
        self.tabs.setCurrentIndex(names.index(saved) if saved in names else 0)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.current_panel().ensure_loaded()
        self._update_actions()

    # -- panels -----------------------------------------------------------------------------

    def current_panel(self) -> ReportPanel:
        panel = self.tabs.currentWidget()
        assert isinstance(panel, ReportPanel)
        return panel

    def show_report(self, key: str) -> ReportPanel:
        """Select a report's tab (computing it the first time) and return its panel."""
        panel = self.panels[key]
        self.tabs.setCurrentWidget(panel)
        panel.ensure_loaded()
        return panel

    def _tab_changed(self, _index: int) -> None:
        panel = self.current_panel()
        self.ctx.settings.setValue(TAB_KEY, panel.key)
        self.message.clear_message()
        panel.ensure_loaded()
        self._update_actions()

    def _update_actions(self) -> None:
        ready = self.current_panel().loaded is not None
        why = (
            ""
            if ready
            else translate(
                "pages.reports.page", "The report has not been computed (see the message below it)."
            )
        )
        for button in (self.save_button, self.pdf_button, self.print_button):
            button.setEnabled(ready)
            if why:
                button.setToolTip(why)
        if ready:
            self._ready_tips()

    def _ready_tips(self) -> None:
        self.save_button.setToolTip(
            translate(
                "pages.reports.page", "Save the report shown as a CSV file or an Excel workbook"
            )
        )
        self.pdf_button.setToolTip(
            translate("pages.reports.page", "Save the report shown as a PDF document")
        )
        self.print_button.setToolTip(
            translate("pages.reports.page", "Print the report shown (Ctrl+P)")
        )

    def refresh(self) -> None:
        """Compute the shown report again (live updates call this too)."""
        self.message.clear_message()
        self.current_panel().refresh()

    def live_refresh(self, tables: frozenset[str]) -> None:
        """Another copy of the program changed the books: recompute what is shown, and
        the other reports when they are shown next."""
        if not tables & LEDGER_TABLES:
            return
        for panel in self.panels.values():
            if panel is not self.current_panel():
                panel.mark_stale()
        if self.current_panel().loaded is not None or self.isVisible():
            self.current_panel().refresh()

    # -- output -----------------------------------------------------------------------------

    def _loaded(self) -> Loaded | None:
        return self.current_panel().loaded

    def save_as(self) -> None:
        loaded = self._loaded()
        if loaded is None:
            return
        caption = translate("pages.reports.page", "Save {report}").format(
            report=loaded.title.lower()
        )
        path = choose_save_path(
            self.ctx, self, caption, f"{loaded.stem}.csv", [CSV_FILTER, XLSX_FILTER]
        )
        if path is None:
            return

        def work() -> int:
            tables = exports.report_tables(loaded.report, loaded.currency)
            return exports.write_tables(tables, path)

        def done(rows: int) -> None:
            self.message.show_ok(
                translate(
                    "pages.reports.page", "Saved {report} (%n rows) to {path}.", None, rows
                ).format(report=loaded.title.lower(), path=path)
            )

        self.ctx.tasks.run(work, done, lambda exc: show_error(self, exc), owner=self)

    def save_pdf(self) -> None:
        loaded = self._loaded()
        if loaded is None:
            return
        caption = translate("pages.reports.page", "Save {report} as PDF").format(
            report=loaded.title.lower()
        )
        path = choose_pdf_path(self.ctx, self, caption, f"{loaded.stem}.pdf")
        if path is None:
            return
        try:  # drawing needs the UI thread (fonts); a report is a few pages
            tables = exports.report_tables(loaded.report, loaded.currency)
            pages = write_report_pdf(
                path, loaded.title, loaded.subtitle, tables, exchange=loaded.exchange,
                currency=loaded.currency,
            )  # fmt: skip
        except Exception as exc:
            show_error(self, exc)
            return
        self.message.show_ok(
            translate(
                "pages.reports.page", "Saved {report} (%n page(s)) to {path}.", None, pages
            ).format(report=loaded.title.lower(), path=path)
        )

    def print_report(self) -> None:
        loaded = self._loaded()
        if loaded is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(f"{loaded.title} — {loaded.exchange}")  # the title is the service's
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(
            translate("pages.reports.page", "Print {report}").format(report=loaded.title.lower())
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            tables = exports.report_tables(loaded.report, loaded.currency)
            paint_report(
                printer, loaded.title, loaded.subtitle, tables, exchange=loaded.exchange,
                printed_on=date.today(), currency=loaded.currency,
            )  # fmt: skip
        except Exception as exc:
            show_error(self, exc)
            return
        self.message.show_ok(
            translate("pages.reports.page", "Sent {report} to {printer}.").format(
                report=loaded.title.lower(),
                printer=printer.printerName() or translate("pages.reports.page", "the printer"),
            )
        )
