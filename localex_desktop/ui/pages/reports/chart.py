"""The trade volume report's bar chart (QtCharts): net volume per month.

Amounts become floats only to draw the bars; the tooltip and the table next to the
chart show the exact figures.
"""

from __future__ import annotations

import math
from datetime import date

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QToolTip, QWidget

from localex_desktop.domain.money import Currency, format_amount
from localex_desktop.services.reports import VolumeRow, add_months
from localex_desktop.ui.i18n import translate
from localex_desktop.ui.locale import localized
from localex_desktop.ui.pages.dashboard.charts import short_month_name

BAR_COLOR = QColor("#2f6f9f")
#: more months than this and the axis shows every n-th label only
MAX_LABELS = 18
#: a longer period is drawn with its months that had trade only
MAX_MONTHS = 240


def round_top(top: float, ticks: int = 4) -> tuple[float, float]:
    """(axis maximum, tick step): a round step (1, 2 or 5 × 10^k) above ``top``."""
    raw = max(top / ticks, 1.0)
    power = 10 ** math.floor(math.log10(raw))
    step = next((s * power for s in (1, 2, 5, 10) if s * power >= raw), 10 * power)
    return float(step * max(math.ceil(top / step), 1)), float(step)


def month_label(key: str, every: int, index: int) -> str:
    """ "2026-03" → "Mar 26"; blank for months between labels when there are many."""
    if every > 1 and index % every:
        return " " * (index + 1)  # category labels must be unique; blanks of other lengths
    try:
        year, month = key.split("-")
        name = short_month_name(int(month)) if 1 <= int(month) <= 12 else ""
    except ValueError:
        return key
    if not name:
        return key
    return translate("pages.reports.chart", "{month} {year}").format(month=name, year=year[2:])


def with_empty_months(
    rows: list[VolumeRow], since: date | None, until: date | None
) -> list[VolumeRow]:
    """``rows`` with a zero row for every month of the period that had no trade."""
    if since is None or until is None or since > until:
        return rows
    have = {r.key: r for r in rows}
    out: list[VolumeRow] = []
    month = since.replace(day=1)
    while month <= until and len(out) < MAX_MONTHS:
        key = f"{month.year:04d}-{month.month:02d}"
        out.append(have.pop(key, VolumeRow(key, 0, 0, 0, 0)))
        month = add_months(month, 1)
    return sorted([*out, *have.values()], key=lambda r: r.key)


class VolumeChart(QChartView):
    """Net trade volume per month as bars."""

    def __init__(self, parent: QWidget | None = None) -> None:
        chart = QChart()
        font = QFont(chart.titleFont())
        font.setBold(True)
        chart.setTitleFont(font)
        chart.setTitle(translate("pages.reports.chart", "Net trade volume per month"))
        chart.legend().setVisible(False)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        super().__init__(chart, parent)
        # kept for the chart's life (a removed axis leaves its labels drawn: see the
        # dashboard's charts)
        self.x_axis = QBarCategoryAxis()
        self.x_axis.setGridLineVisible(False)
        self.y_axis = QValueAxis()
        chart.addAxis(self.x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self.y_axis, Qt.AlignmentFlag.AlignLeft)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(220)
        self.setAccessibleName(translate("pages.reports.chart", "Net trade volume per month"))
        self.rows: list[VolumeRow] = []
        self.currency = localized()

    def show_months(
        self,
        rows: list[VolumeRow],
        currency: Currency,
        since: date | None = None,
        until: date | None = None,
    ) -> None:
        """One bar per month of the period (months without trade at zero)."""
        rows = with_empty_months(rows, since, until)
        self.rows, self.currency = rows, currency
        chart = self.chart()
        chart.removeAllSeries()
        bars = QBarSet(translate("pages.reports.chart", "Net volume"))
        bars.setColor(BAR_COLOR)
        bars.setBorderColor(BAR_COLOR)
        for r in rows:
            bars.append(max(r.net_volume, 0) / currency.scale)
        series = QBarSeries()
        series.append(bars)
        series.setBarWidth(0.7)
        series.hovered.connect(self._hovered)
        chart.addSeries(series)
        every = max(1, math.ceil(len(rows) / MAX_LABELS))
        x, y = self.x_axis, self.y_axis
        x.clear()
        x.append([month_label(r.key, every, i) for i, r in enumerate(rows)] or [" "])
        top, step = round_top(max((r.net_volume for r in rows), default=0) / currency.scale)
        y.setRange(0, top)
        y.setTickType(QValueAxis.TickType.TicksDynamic)
        y.setTickAnchor(0)
        y.setTickInterval(step)
        y.setLabelFormat("%.0f")
        y.setTitleText(
            translate("pages.reports.chart", "{currency} ({symbol})").format(
                currency=currency.name, symbol=currency.symbol
            )
        )
        series.attachAxis(x)
        series.attachAxis(y)

    def bar_values(self) -> list[float]:
        """What the bars show (tests and screenshots)."""
        series = self.chart().series()
        if not series or not isinstance(series[0], QBarSeries):
            return []
        sets = series[0].barSets()
        return [sets[0].at(i) for i in range(sets[0].count())] if sets else []

    def _hovered(self, status: bool, index: int, _set: QBarSet) -> None:
        if not status or not 0 <= index < len(self.rows):
            QToolTip.hideText()
            return
        r = self.rows[index]
        QToolTip.showText(
            self.cursor().pos(),
            translate(
                "pages.reports.chart", "{month}: %n trade(s), {volume}", None, r.net_count
            ).format(month=r.key, volume=format_amount(r.net_volume, self.currency, symbol=True)),
            self,
        )
