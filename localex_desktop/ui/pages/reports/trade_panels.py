"""The trade reports: volume per month and category (with a chart), member activity
(who is dormant), and velocity (how often the credit held changed hands)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
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
from localex_desktop.ui.i18n import translate
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
    total = translate("pages.reports.trade_panels", "Total")
    return [
        Column(
            key_title, lambda r: total if r.key == "TOTAL" else r.key, width=width, stretch=True
        ),
        Column(
            translate("pages.reports.trade_panels", "Trades"),
            lambda r: str(r.count),
            numeric=True,
            width=7,
        ),
        Column(
            translate("pages.reports.trade_panels", "Volume"),
            lambda r: money.text(r.volume),
            numeric=True,
            unit=True,
            width=12,
        ),
        Column(
            translate("pages.reports.trade_panels", "Reversed"),
            lambda r: str(r.reversed_count),
            numeric=True,
            width=9,
        ),
        Column(
            translate("pages.reports.trade_panels", "Net volume"),
            lambda r: money.text(r.net_volume),
            numeric=True,
            unit=True,
            width=14,
        ),
    ]


def year_ago(today: date) -> date:
    """The first day of the month eleven months back: twelve whole months to today."""
    return reports.add_months(today.replace(day=1), -11)


class VolumePanel(ReportPanel):
    """Trade count and volume per month and per category, with a chart."""

    key = "volume"
    title = str(QT_TRANSLATE_NOOP("pages.reports.trade_panels", "Trade volume"))
    title_context = "pages.reports.trade_panels"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        today = date.today()
        self.since_edit, self.until_edit = self.add_period(year_ago(today), today)
        self.finish_params(
            translate(
                "pages.reports.trade_panels",
                "Payments between members; reversals count in their own month",
            )
        )
        self.chart = VolumeChart()
        self.month_model: ReportTableModel[VolumeRow] = ReportTableModel(
            volume_columns(translate("pages.reports.trade_panels", "Month"), self.money, 7),
            lambda r: r.key == "TOTAL",
            self,
        )
        self.category_model: ReportTableModel[VolumeRow] = ReportTableModel(
            volume_columns(translate("pages.reports.trade_panels", "Category"), self.money, 16),
            lambda r: r.key == "TOTAL",
            self,
        )
        self.month_table = report_table(
            self.month_model, translate("pages.reports.trade_panels", "Volume per month")
        )
        self.category_table = report_table(
            self.category_model, translate("pages.reports.trade_panels", "Volume per category")
        )
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
            raise ValidationError(
                translate("pages.reports.trade_panels", "The 'From' date is after the 'To' date.")
            )

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
            translate(
                "pages.reports.trade_panels",
                "%n trade(s) (after {reversed} reversed), net volume {volume}, in {months}.",
                None,
                vr.total.net_count,
            ).format(
                reversed=vr.total.reversed_count,
                volume=m.with_symbol(vr.total.net_volume),
                months=translate(
                    "pages.reports.trade_panels", "%n month(s) with trade", None, len(vr.by_month)
                ),
            )
        )


# -- member activity --------------------------------------------------------------------


def activity_columns(money: MoneyFormat) -> list[Column[ActivityRow]]:
    never, dormant = (
        translate("pages.reports.trade_panels", "never"),
        translate("pages.reports.trade_panels", "dormant"),
    )
    return [
        Column(
            translate("pages.reports.trade_panels", "No."),
            lambda r: str(r.member_id),
            numeric=True,
            width=5,
        ),
        Column(
            translate("pages.reports.trade_panels", "Name"),
            lambda r: r.name,
            width=22,
            stretch=True,
        ),
        Column(
            translate("pages.reports.trade_panels", "Joined"),
            lambda r: format_date(r.joined_on),
            width=10,
        ),
        Column(
            translate("pages.reports.trade_panels", "Last entry"),
            lambda r: format_date(r.last_value_date, empty=never),
            width=11,
        ),
        Column(
            translate("pages.reports.trade_panels", "Entries"),
            lambda r: str(r.entries_in_window),
            numeric=True,
            width=7,
        ),
        amount_column(
            translate("pages.reports.trade_panels", "Balance"), money, lambda r: r.balance, 12
        ),
        Column(
            translate("pages.reports.trade_panels", "Dormant"),
            lambda r: dormant if r.dormant else "",
            width=9,
            color=lambda r: negative_red(-1) if r.dormant else None,
        ),
    ]


class ActivityPanel(ReportPanel):
    """Active members and whether they are dormant (no entry for N months)."""

    key = "activity"
    title = str(QT_TRANSLATE_NOOP("pages.reports.trade_panels", "Member activity"))
    title_context = "pages.reports.trade_panels"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.months_box = QSpinBox()
        self.months_box.setRange(1, 600)
        self.months_box.setValue(6)
        self.months_box.setSuffix(translate("pages.reports.trade_panels", " months"))
        self.months_box.setAccessibleName(translate("pages.reports.trade_panels", "Dormant after"))
        self.at_edit = date_edit(
            date.today(), translate("pages.reports.trade_panels", "At the end of")
        )
        self.months_box.valueChanged.connect(lambda _v: self.changed_later())
        self.at_edit.dateChanged.connect(lambda _d: self.changed_later())
        self.add_param(translate("pages.reports.trade_panels", "&Dormant after:"), self.months_box)
        self.add_param(translate("pages.reports.trade_panels", "At the &end of:"), self.at_edit)
        self.finish_params(
            translate(
                "pages.reports.trade_panels",
                "Dormant: no entry in that time, and joined before it began",
            )
        )
        self.model: ReportTableModel[ActivityRow] = ReportTableModel(
            activity_columns(self.money), lambda _r: False, self
        )
        self.table = report_table(self.model, self.shown_title())
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
            translate(
                "pages.reports.trade_panels",
                "{dormant} of %n active member(s) are dormant: no entry since {day} "
                "(listed first).",
                None,
                len(ar.rows),
            ).format(dormant=len(ar.dormant), day=format_date(ar.window_start))
        )


# -- velocity ---------------------------------------------------------------------------


class VelocityPanel(ReportPanel):
    """How often the credit members hold changed hands in a period."""

    key = "velocity"
    title = str(QT_TRANSLATE_NOOP("pages.reports.trade_panels", "Velocity"))
    title_context = "pages.reports.trade_panels"

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
        form.addRow(
            translate("pages.reports.trade_panels", "Net trade volume in the period:"),
            self.volume_label,
        )
        form.addRow(
            translate(
                "pages.reports.trade_panels", "Credit members hold at the end (positive balances):"
            ),
            self.held_label,
        )
        form.addRow(
            translate("pages.reports.trade_panels", "Velocity (volume ÷ credit held):"),
            self.velocity_label,
        )
        box = QWidget()
        box.setLayout(form)
        box.setMaximumWidth(640)
        explain = QLabel(
            translate(
                "pages.reports.trade_panels",
                "A velocity of 2 means the credit members hold changed hands twice in the "
                "period. Levies, fees, opening balances and payments to or from the community "
                "fund are not trade; reversed trades are taken off.",
            )
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
            translate(
                "pages.reports.trade_panels",
                "Nobody holds credit at the end of the period, so there is no velocity.",
            )
            if vr.velocity is None
            else translate(
                "pages.reports.trade_panels",
                "From {since} to {until} the credit held changed hands {velocity} times.",
            ).format(since=format_date(vr.since), until=format_date(vr.until), velocity=vr.velocity)
        )
