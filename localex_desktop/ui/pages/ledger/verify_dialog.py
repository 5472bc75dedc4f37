"""Verify ledger: the outcome of ``verify.verify`` for a person.

In order: the counts and the time it took. Broken: every problem found, the first bad
transaction named, and a button that shows it in the journal.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QWidget,
)

from localex_desktop.services.verify import Problem, VerifyReport
from localex_desktop.ui.fit import fit_to_contents
from localex_desktop.ui.i18n import translate
from localex_desktop.ui.models.columns import NEGATIVE_COLOR, Column
from localex_desktop.ui.models.list_table import ListTableModel, plain_table
from localex_desktop.ui.widgets import ERROR_STYLE, OK_STYLE, window_layout


def problem_columns() -> list[Column[Problem]]:
    """The problems' columns (built when shown: their titles are translated)."""
    return [
        Column(translate("pages.ledger.verify_dialog", "Check"), lambda p: p.check, width=10),
        Column(
            translate("pages.ledger.verify_dialog", "Transaction"),
            lambda p: "" if p.transaction_id is None else str(p.transaction_id),
            numeric=True,
            width=11,
        ),
        Column(
            translate("pages.ledger.verify_dialog", "Account"),
            lambda p: "" if p.account_id is None else str(p.account_id),
            numeric=True,
            width=8,
        ),
        Column(
            translate("pages.ledger.verify_dialog", "Problem"),
            lambda p: p.message,
            width=60,
            stretch=True,
            tooltip=lambda p: p.message,
            color=lambda _p: NEGATIVE_COLOR,
        ),
    ]


def checked_at_text(report: VerifyReport) -> str:
    try:
        return datetime.fromisoformat(report.checked_at).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return report.checked_at


class VerifyDialog(QDialog):
    """Shows a report; :attr:`jump_to` is the transaction to show when that was asked."""

    def __init__(self, report: VerifyReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.jump_to: int | None = None
        self.setWindowTitle(translate("pages.ledger.verify_dialog", "Verify ledger"))
        self.setMinimumWidth(560)
        self.headline = QLabel()
        font = self.headline.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.headline.setFont(font)
        self.headline.setWordWrap(True)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.jump_button: QPushButton | None = None
        layout = window_layout(self, 10)
        layout.addWidget(self.headline)
        layout.addWidget(self.details)
        number = QLocale().toString
        counts = translate(
            "pages.ledger.verify_dialog",
            "%Ln transaction(s), {entries} entries and {accounts} accounts checked in "
            "{seconds} s ({at}).",
            None,
            report.transactions,
        ).format(
            entries=number(report.entries),
            accounts=number(report.accounts),
            seconds=f"{report.seconds:.2f}",
            at=checked_at_text(report),
        )
        if report.ok:
            self.headline.setText(
                translate("pages.ledger.verify_dialog", "The books are in order.")
            )
            self.headline.setStyleSheet(OK_STYLE)
            in_order = translate(
                "pages.ledger.verify_dialog",
                "Every transaction balances, every hash chain is intact, every stored "
                "balance matches its entries and all balances sum to zero.",
            )
            self.details.setText(f"{counts}\n{in_order}")
        else:
            self.setMinimumWidth(760)
            first = report.first_bad_transaction
            n = len(report.problems)
            self.headline.setText(
                translate("pages.ledger.verify_dialog", "The ledger has %n problem(s).", None, n)
            )
            self.headline.setStyleSheet(ERROR_STYLE)
            where = (
                translate(
                    "pages.ledger.verify_dialog", "The first bad transaction is number {number}."
                ).format(number=first)
                if first is not None
                else translate(
                    "pages.ledger.verify_dialog",
                    "The problems concern accounts, not single transactions.",
                )
            )
            damaged = translate(
                "pages.ledger.verify_dialog",
                "The data was changed outside LocalEx Desktop or is damaged: restore the "
                "last good backup, or ask for help before posting more.",
            )
            self.details.setText(f"{counts}\n{where} {damaged}")
            self.problems = ListTableModel(problem_columns(), self)
            self.problems.set_rows(report.problems)
            self.table = plain_table(self.problems)
            self.table.setMinimumHeight(200)
            self.table.setAccessibleName(translate("pages.ledger.verify_dialog", "Problems found"))
            layout.addWidget(self.table, 1)
            if first is not None:
                self.jump_button = self.buttons.addButton(
                    translate("pages.ledger.verify_dialog", "&Show transaction {number}").format(
                        number=first
                    ),
                    QDialogButtonBox.ButtonRole.ActionRole,
                )
                self.jump_button.clicked.connect(lambda: self._jump(first))
                self.jump_button.setDefault(True)
        layout.addWidget(self.buttons)
        fit_to_contents(self)

    def _jump(self, transaction_id: int) -> None:
        self.jump_to = transaction_id
        self.accept()
