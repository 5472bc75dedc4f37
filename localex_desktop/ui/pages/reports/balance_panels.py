"""The balance reports: every account at a day (trial balance), members' balances at a day."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QComboBox, QWidget
from sqlalchemy.orm import Session

from localex_desktop.domain.roles import Actor
from localex_desktop.services import report_titles, reports
from localex_desktop.services.fields.members import status_text
from localex_desktop.services.report_titles import Heading
from localex_desktop.services.reports import AccountBalance, TrialBalance
from localex_desktop.services.work import Work
from localex_desktop.ui.context import AppContext
from localex_desktop.ui.i18n import translate
from localex_desktop.ui.locale import format_date
from localex_desktop.ui.models.columns import Column, MoneyFormat, amount_column
from localex_desktop.ui.pages.reports.panel_base import (
    Loaded,
    ReportPanel,
    ReportTableModel,
    date_edit,
    pydate,
    qdate,
    report_table,
)
from localex_desktop.ui.widgets import ERROR_STYLE, OK_STYLE


@dataclass(frozen=True)
class BalanceLine:
    """One account (or the total) in a balances table."""

    account: str
    number: int | None
    status: str
    last_value_date: date | None
    balance: int | None
    credit_limit: int | None
    total: bool = False

    @classmethod
    def of(cls, b: AccountBalance) -> BalanceLine:
        status = (
            member_status(b.status)
            if b.status
            else translate("pages.reports.balance_panels", "System account")
        )
        return cls(b.name, b.member_id, status, b.last_value_date, b.balance, b.credit_limit)


def member_status(status: str) -> str:
    """A member's status in words ("Suspended"), translated (else the service's words)."""
    words = {
        "active": translate("pages.reports.balance_panels", "Active"),
        "suspended": translate("pages.reports.balance_panels", "Suspended"),
        "left": translate("pages.reports.balance_panels", "Left"),
    }
    return words.get(status) or status_text(status)


def balance_columns(money: MoneyFormat) -> list[Column[BalanceLine]]:
    return [
        Column(
            translate("pages.reports.balance_panels", "Account"),
            lambda r: r.account,
            width=26,
            stretch=True,
        ),
        Column(
            translate("pages.reports.balance_panels", "Member"),
            lambda r: "" if r.number is None else str(r.number),
            numeric=True,
            width=7,
        ),
        Column(translate("pages.reports.balance_panels", "Status"), lambda r: r.status, width=13),
        Column(
            translate("pages.reports.balance_panels", "Last entry"),
            lambda r: format_date(r.last_value_date, empty="—") if not r.total else "",
            width=11,
        ),
        amount_column(
            translate("pages.reports.balance_panels", "Balance"), money, lambda r: r.balance, 13
        ),
        amount_column(
            translate("pages.reports.balance_panels", "Credit limit"),
            money,
            lambda r: r.credit_limit,
            13,
        ),
    ]


class _BalancesBase(ReportPanel):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.at_edit = date_edit(
            date.today(), translate("pages.reports.balance_panels", "At the end of")
        )
        self.at_edit.setMaximumDate(qdate(date.today()))
        self.at_edit.dateChanged.connect(lambda _d: self.changed_later())
        self.model: ReportTableModel[BalanceLine] = ReportTableModel(
            balance_columns(self.money), lambda r: r.total, self
        )
        self.table = report_table(self.model, self.shown_title())
        self.body.addWidget(self.table)

    def at(self) -> date:
        return pydate(self.at_edit)

    def _set_unit(self, loaded: Loaded) -> None:
        self.model.unit = loaded.currency.symbol


class TrialBalancePanel(_BalancesBase):
    """Every account at the end of a day, system accounts first; the total is zero."""

    key = "trial_balance"
    title = str(QT_TRANSLATE_NOOP("pages.reports.balance_panels", "Trial balance"))
    title_context = "pages.reports.balance_panels"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.add_param(translate("pages.reports.balance_panels", "At the &end of:"), self.at_edit)
        self.finish_params(
            translate("pages.reports.balance_panels", "Every account, system accounts included")
        )

    def compute(self) -> Work[tuple[Any, Heading]]:
        at = self.at()

        def make(session: Session, actor: Actor) -> tuple[Any, Heading]:
            return reports.trial_balance(session, actor, at), report_titles.trial_balance(at)

        return make

    def show_report(self, loaded: Loaded) -> None:
        tb: TrialBalance = loaded.report
        self._set_unit(loaded)
        total = BalanceLine(
            translate("pages.reports.balance_panels", "Total of all accounts"),
            None,
            "",
            None,
            tb.total,
            None,
            total=True,
        )
        self.model.set_rows([*(BalanceLine.of(r) for r in tb.rows), total])
        m = self.money
        if tb.balanced:
            self.summary.setStyleSheet(OK_STYLE)
            self.summary.setText(
                translate(
                    "pages.reports.balance_panels",
                    "Balanced: %n account(s); balances below zero {below}, above zero {above}, "
                    "total {total}.",
                    None,
                    len(tb.rows),
                ).format(
                    below=m.with_symbol(-tb.total_debit),
                    above=m.with_symbol(tb.total_credit),
                    total=m.with_symbol(tb.total),
                )
            )
        else:
            self.summary.setStyleSheet(ERROR_STYLE)
            self.summary.setText(
                translate(
                    "pages.reports.balance_panels",
                    "NOT balanced: the balances add up to {total} instead of "
                    "zero. Run Verify ledger on the Ledger page and tell your administrator.",
                ).format(total=m.with_symbol(tb.total))
            )


def balance_statuses() -> list[tuple[str, str | None]]:
    """The Members choice's items (made when the panel is built: translated)."""
    return [
        (translate("pages.reports.balance_panels", "All members"), None),
        (translate("pages.reports.balance_panels", "Active"), "active"),
        (translate("pages.reports.balance_panels", "Suspended"), "suspended"),
        (translate("pages.reports.balance_panels", "Left"), "left"),
    ]


class BalancesPanel(_BalancesBase):
    """Members' balances as at any past day, optionally of one status."""

    key = "balances"
    title = str(QT_TRANSLATE_NOOP("pages.reports.balance_panels", "Balances at a date"))
    title_context = "pages.reports.balance_panels"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.status_box = QComboBox()
        for text, value in balance_statuses():
            self.status_box.addItem(text, value)
        self.status_box.currentIndexChanged.connect(lambda _i: self.refresh())
        self.add_param(translate("pages.reports.balance_panels", "At the &end of:"), self.at_edit)
        self.add_param(translate("pages.reports.balance_panels", "Me&mbers:"), self.status_box)
        self.finish_params(
            translate("pages.reports.balance_panels", "Status is the member's status today")
        )

    def compute(self) -> Work[tuple[Any, Heading]]:
        at, status = self.at(), self.status_box.currentData()

        def make(session: Session, actor: Actor) -> tuple[Any, Heading]:
            rows = reports.balances_at(session, actor, at, members_only=True, status=status)
            return rows, report_titles.balances(at, status)

        return make

    def show_report(self, loaded: Loaded) -> None:
        rows: list[AccountBalance] = loaded.report
        self._set_unit(loaded)
        total = sum(r.balance for r in rows)
        held = sum(r.balance for r in rows if r.balance > 0)
        owed = -sum(r.balance for r in rows if r.balance < 0)
        lines = [BalanceLine.of(r) for r in rows]
        lines.append(
            BalanceLine(
                translate("pages.reports.balance_panels", "Total"),
                None,
                "",
                None,
                total,
                None,
                total=True,
            )
        )
        self.model.set_rows(lines)
        m = self.money
        self.summary.setStyleSheet("")
        self.summary.setText(
            translate(
                "pages.reports.balance_panels",
                "%n member(s): {held} held above zero, {owed} owed below zero.",
                None,
                len(rows),
            ).format(held=m.with_symbol(held), owed=m.with_symbol(owed))
        )
