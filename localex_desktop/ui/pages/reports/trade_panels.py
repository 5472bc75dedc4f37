"""The trade reports: volume per month and category (with a chart), member activity
(who is dormant), and velocity (how often the credit held changed hands)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QSpinBox, QSplitter, QWidget
from sqlalchemy.orm import Session

from localex_desktop.domain.errors import ValidationError
from localex_desktop.domain.roles import Actor
from localex_desktop.services import report_titles, reports
from localex_desktop.services.report_titles import Heading
from localex_desktop.services.reports import (
    ActivityReport,
    ActivityRow,
    VelocityReport,
    VolumeReport,
    VolumeRow,
)
from localex_desktop.services.work import Work
from localex_desktop.ui.context import AppContext
from localex_desktop.ui.locale import format_date
from localex_desktop.ui.models.columns import Column, MoneyFormat, amount_column, negative_red
from localex_desktop.ui.pages.reports.chart import VolumeChart
from localex_desktop.ui.pages.reports.panel_base import (
    Loaded,
    ReportPanel,
    ReportTableModel,
    date_edit,
    pydate,
    report_table,
)
from localex_desktop.ui.widgets import MUTED_STYLE


def volume_columns(key_title: str, money: MoneyFormat, width: int) -> list[Column[VolumeRow]]:
    return [
        Column(key_title, lambda r: "Total" if r.key == "TOTAL" else r.key, width=width,
               stretch=True),
        Column("Trades", lambda r: str(r.count), numeric=True, width=7),
        Column("Volume", lambda r: money.text(r.volume), numeric=True, unit=True, width=12),
        Column("Reversed", lambda r: str(r.reversed_count), numeric=True, width=9),
        Column("Net volume", lambda r: money.text(r.net_volume), numeric=True, unit=True,
               width=14),
    ]  # fmt: skip


def year_ago(today: date) -> date:
    """The first day of the month eleven months back: twelve whole months to today."""
    return reports.add_months(today.replace(day=1), -11)


class VolumePanel(ReportPanel):
    """Trade count and volume per month and per category, with a chart."""

    key = "volume"
    title = "Trade volume"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        today = date.today()
        self.since_edit, self.until_edit = self.add_period(year_ago(today), today)
        self.finish_params("Payments between members; reversals count in their own month")
        self.chart = VolumeChart()
        self.month_model: ReportTableModel[VolumeRow] = ReportTableModel(
            volume_columns("Month", self.money, 7), lambda r: r.key == "TOTAL", self
        )
        self.category_model: ReportTableModel[VolumeRow] = ReportTableModel(
            volume_columns("Category", self.money, 16), lambda r: r.key == "TOTAL", self
        )
        self.month_table = report_table(self.month_model, "Volume per month")
        self.category_table = report_table(self.category_model, "Volume per category")
        tables = QSplitter(Qt.Orientation.Horizontal)
        tables.addWidget(self.month_table)
        tables.addWidget(self.category_table)
        tables.setStretchFactor(0, 1)
        tables.setStretchFactor(1, 1)
        tables.setChildrenCollapsible(False)
        tables.setSizes([470, 560])
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.chart)
        split.addWidget(tables)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setChildrenCollapsible(False)
        self.body.addWidget(split)

    def compute(self) -> Work[tuple[Any, Heading]]:
        since, until = pydate(self.since_edit), pydate(self.until_edit)
        if since > until:
            raise ValidationError("The 'From' date is after the 'To' date.")

        def make(session: Session, actor: Actor) -> tuple[Any, Heading]:
            return reports.volume(session, actor, since, until), report_titles.volume(since, until)

        return make

    def show_report(self, loaded: Loaded) -> None:
        vr: VolumeReport = loaded.report
        unit = loaded.currency.symbol
        self.month_model.unit = self.category_model.unit = unit
        total = VolumeRow("TOTAL", vr.total.count, vr.total.volume, vr.total.reversed_count,
                          vr.total.reversed_volume)  # fmt: skip
        self.month_model.set_rows([*vr.by_month, total])
        self.category_model.set_rows([*vr.by_category, total])
        self.chart.show_months(vr.by_month, loaded.currency, vr.since, vr.until)
        m = self.money
        self.summary.setStyleSheet("")
        self.summary.setText(
            f"{vr.total.net_count} trade{'s' if vr.total.net_count != 1 else ''} "
            f"(after {vr.total.reversed_count} reversed), net volume "
            f"{m.with_symbol(vr.total.net_volume)}, in {len(vr.by_month)} month"
            f"{'s' if len(vr.by_month) != 1 else ''} with trade."
        )


# -- member activity --------------------------------------------------------------------


def activity_columns(money: MoneyFormat) -> list[Column[ActivityRow]]:
    return [
        Column("No.", lambda r: str(r.member_id), numeric=True, width=5),
        Column("Name", lambda r: r.name, width=22, stretch=True),
        Column("Joined", lambda r: format_date(r.joined_on), width=10),
        Column(
            "Last entry",
            lambda r: format_date(r.last_value_date, empty="never"),
            width=11,
        ),
        Column("Entries", lambda r: str(r.entries_in_window), numeric=True, width=7),
        amount_column("Balance", money, lambda r: r.balance, 12),
        Column("Dormant", lambda r: "dormant" if r.dormant else "", width=9,
               color=lambda r: negative_red(-1) if r.dormant else None),
    ]  # fmt: skip


class ActivityPanel(ReportPanel):
    """Active members and whether they are dormant (no entry for N months)."""

    key = "activity"
    title = "Member activity"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.months_box = QSpinBox()
        self.months_box.setRange(1, 600)
        self.months_box.setValue(6)
        self.months_box.setSuffix(" months")
        self.months_box.setAccessibleName("Dormant after")
        self.at_edit = date_edit(date.today(), "At the end of")
        self.months_box.valueChanged.connect(lambda _v: self.changed_later())
        self.at_edit.dateChanged.connect(lambda _d: self.changed_later())
        self.add_param("&Dormant after:", self.months_box)
        self.add_param("At the &end of:", self.at_edit)
        self.finish_params("Dormant: no entry in that time, and joined before it began")
        self.model: ReportTableModel[ActivityRow] = ReportTableModel(
            activity_columns(self.money), lambda _r: False, self
        )
        self.table = report_table(self.model, "Member activity")
        self.body.addWidget(self.table)

    def compute(self) -> Work[tuple[Any, Heading]]:
        months, at = self.months_box.value(), pydate(self.at_edit)

        def make(session: Session, actor: Actor) -> tuple[Any, Heading]:
            report = reports.activity(session, actor, months, at)
            return report, report_titles.activity(months, at)

        return make

    def show_report(self, loaded: Loaded) -> None:
        ar: ActivityReport = loaded.report
        self.model.unit = loaded.currency.symbol
        self.model.set_rows(sorted(ar.rows, key=lambda r: (not r.dormant, r.member_id)))
        self.summary.setStyleSheet("")
        self.summary.setText(
            f"{len(ar.dormant)} of {len(ar.rows)} active members are dormant: no entry "
            f"since {format_date(ar.window_start)} (listed first)."
        )


# -- velocity ---------------------------------------------------------------------------


class VelocityPanel(ReportPanel):
    """How often the credit members hold changed hands in a period."""

    key = "velocity"
    title = "Velocity"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        today = date.today()
        self.since_edit, self.until_edit = self.add_period(reports.add_months(today, -12), today)
        self.finish_params()
        self.volume_label = self._figure()
        self.held_label = self._figure()
        self.velocity_label = self._figure(big=True)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        form.addRow("Net trade volume in the period:", self.volume_label)
        form.addRow("Credit members hold at the end (positive balances):", self.held_label)
        form.addRow("Velocity (volume ÷ credit held):", self.velocity_label)
        box = QWidget()
        box.setLayout(form)
        box.setMaximumWidth(640)
        explain = QLabel(
            "A velocity of 2 means the credit members hold changed hands twice in the period. "
            "Levies, fees, opening balances and payments to or from the community fund are "
            "not trade; reversed trades are taken off."
        )
        explain.setWordWrap(True)
        explain.setStyleSheet(MUTED_STYLE)
        self.body.addWidget(box)
        self.body.addWidget(explain)
        self.body.addStretch(1)

    @staticmethod
    def _figure(big: bool = False) -> QLabel:
        label = QLabel("—")
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        label.setMinimumWidth(140)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if big:
            font = label.font()
            font.setBold(True)
            font.setPointSizeF(font.pointSizeF() * 1.3)
            label.setFont(font)
        return label

    def compute(self) -> Work[tuple[Any, Heading]]:
        since, until = pydate(self.since_edit), pydate(self.until_edit)

        def make(session: Session, actor: Actor) -> tuple[Any, Heading]:
            report = reports.velocity(session, actor, since, until)
            return report, report_titles.velocity(since, until)

        return make

    def show_report(self, loaded: Loaded) -> None:
        vr: VelocityReport = loaded.report
        m = self.money
        self.volume_label.setText(m.with_symbol(vr.volume))
        self.held_label.setText(m.with_symbol(vr.positive_balances))
        self.velocity_label.setText("—" if vr.velocity is None else str(vr.velocity))
        self.summary.setStyleSheet("")
        self.summary.setText(
            "Nobody holds credit at the end of the period, so there is no velocity."
            if vr.velocity is None
            else f"From {format_date(vr.since)} to {format_date(vr.until)} the credit held "
            f"changed hands {vr.velocity} times."
        )
