"""The balance reports: every account at a day (trial balance), members' balances at a day."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtWidgets import QComboBox, QWidget
from sqlalchemy.orm import Session

from localex_desktop.domain.roles import Actor
from localex_desktop.services import report_titles, reports
from localex_desktop.services.fields.members import status_text
from localex_desktop.services.report_titles import Heading
from localex_desktop.services.reports import AccountBalance, TrialBalance
from localex_desktop.services.work import Work
from localex_desktop.ui.context import AppContext
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
        status = status_text(b.status) if b.status else "System account"
        return cls(b.name, b.member_id, status, b.last_value_date, b.balance, b.credit_limit)


def balance_columns(money: MoneyFormat) -> list[Column[BalanceLine]]:
    return [
        Column("Account", lambda r: r.account, width=26, stretch=True),
        Column(
            "Member", lambda r: "" if r.number is None else str(r.number), numeric=True, width=7
        ),
        Column("Status", lambda r: r.status, width=13),
        Column(
            "Last entry",
            lambda r: format_date(r.last_value_date, empty="—") if not r.total else "",
            width=11,
        ),
        amount_column("Balance", money, lambda r: r.balance, 13),
        amount_column("Credit limit", money, lambda r: r.credit_limit, 13),
    ]


class _BalancesBase(ReportPanel):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.at_edit = date_edit(date.today(), "At the end of")
        self.at_edit.setMaximumDate(qdate(date.today()))
        self.at_edit.dateChanged.connect(lambda _d: self.changed_later())
        self.model: ReportTableModel[BalanceLine] = ReportTableModel(
            balance_columns(self.money), lambda r: r.total, self
        )
        self.table = report_table(self.model, self.title)
        self.body.addWidget(self.table)

    def at(self) -> date:
        return pydate(self.at_edit)

    def _set_unit(self, loaded: Loaded) -> None:
        self.model.unit = loaded.currency.symbol


class TrialBalancePanel(_BalancesBase):
    """Every account at the end of a day, system accounts first; the total is zero."""

    key = "trial_balance"
    title = "Trial balance"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.add_param("At the &end of:", self.at_edit)
        self.finish_params("Every account, system accounts included")

    def compute(self) -> Work[tuple[Any, Heading]]:
        at = self.at()

        def make(session: Session, actor: Actor) -> tuple[Any, Heading]:
            return reports.trial_balance(session, actor, at), report_titles.trial_balance(at)

        return make

    def show_report(self, loaded: Loaded) -> None:
        tb: TrialBalance = loaded.report
        self._set_unit(loaded)
        total = BalanceLine("Total of all accounts", None, "", None, tb.total, None, total=True)
        self.model.set_rows([*(BalanceLine.of(r) for r in tb.rows), total])
        m = self.money
        if tb.balanced:
            self.summary.setStyleSheet(OK_STYLE)
            self.summary.setText(
                f"Balanced: {len(tb.rows)} accounts; balances below zero "
                f"{m.with_symbol(-tb.total_debit)}, above zero {m.with_symbol(tb.total_credit)}, "
                f"total {m.with_symbol(tb.total)}."
            )
        else:
            self.summary.setStyleSheet(ERROR_STYLE)
            self.summary.setText(
                f"NOT balanced: the balances add up to {m.with_symbol(tb.total)} instead of "
                "zero. Run Verify ledger on the Ledger page and tell your administrator."
            )


BALANCE_STATUSES = (
    ("All members", None),
    ("Active", "active"),
    ("Suspended", "suspended"),
    ("Left", "left"),
)


class BalancesPanel(_BalancesBase):
    """Members' balances as at any past day, optionally of one status."""

    key = "balances"
    title = "Balances at a date"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.status_box = QComboBox()
        for text, value in BALANCE_STATUSES:
            self.status_box.addItem(text, value)
        self.status_box.currentIndexChanged.connect(lambda _i: self.refresh())
        self.add_param("At the &end of:", self.at_edit)
        self.add_param("Me&mbers:", self.status_box)
        self.finish_params("Status is the member's status today")

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
        lines.append(BalanceLine("Total", None, "", None, total, None, total=True))
        self.model.set_rows(lines)
        m = self.money
        self.summary.setStyleSheet("")
        self.summary.setText(
            f"{len(rows)} member{'s' if len(rows) != 1 else ''}: {m.with_symbol(held)} held "
            f"above zero, {m.with_symbol(owed)} owed below zero."
        )
