"""The dashboard's two charts (QtCharts): trade volume per month, balance distribution.

Amounts become floats only here, for drawing; the numbers people read (tooltips, axis
labels) are formatted from the exact minor units.
"""

from __future__ import annotations

import math
from datetime import date

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QToolTip, QWidget

from localex_desktop.domain.money import Currency, format_amount
from localex_desktop.services.dashboard import Band, MonthVolume
from localex_desktop.ui.i18n import translate
from localex_desktop.ui.locale import localized

VOLUME_COLOR = QColor("#2f6f9f")
CREDIT_COLOR = QColor("#3c8d5a")
DEBIT_COLOR = QColor("#b55a4c")
#: more bands than this and the balance labels are drawn slanted


def month_name(month: int) -> str:
    """The month's name ("March") in the program's language."""
    return (
        translate("pages.dashboard.charts", "January"),
        translate("pages.dashboard.charts", "February"),
        translate("pages.dashboard.charts", "March"),
        translate("pages.dashboard.charts", "April"),
        translate("pages.dashboard.charts", "May"),
        translate("pages.dashboard.charts", "June"),
        translate("pages.dashboard.charts", "July"),
        translate("pages.dashboard.charts", "August"),
        translate("pages.dashboard.charts", "September"),
        translate("pages.dashboard.charts", "October"),
        translate("pages.dashboard.charts", "November"),
        translate("pages.dashboard.charts", "December"),
    )[month - 1]


def short_month_name(month: int) -> str:
    """The month's short name ("Mar") in the program's language."""
    return (
        translate("pages.dashboard.charts", "Jan"),
        translate("pages.dashboard.charts", "Feb"),
        translate("pages.dashboard.charts", "Mar"),
        translate("pages.dashboard.charts", "Apr"),
        translate("pages.dashboard.charts", "May", "short month name"),
        translate("pages.dashboard.charts", "Jun"),
        translate("pages.dashboard.charts", "Jul"),
        translate("pages.dashboard.charts", "Aug"),
        translate("pages.dashboard.charts", "Sep"),
        translate("pages.dashboard.charts", "Oct"),
        translate("pages.dashboard.charts", "Nov"),
        translate("pages.dashboard.charts", "Dec"),
    )[month - 1]


def month_year(day: date) -> str:
    """ "December 2026" """
    return translate("pages.dashboard.charts", "{month} {year}").format(
        month=month_name(day.month), year=day.year
    )


def short_month_year(day: date) -> str:
    """ "Dec 2026" """
    return translate("pages.dashboard.charts", "{month} {year}", "short month name").format(
        month=short_month_name(day.month), year=day.year
    )


def nice_step(top: float, ticks: int = 4) -> float:
    """A round tick step (1, 2 or 5 × 10^k, at least 1) for an axis from 0 to ``top``."""
    raw = max(top / ticks, 1.0)
    power = 10 ** math.floor(math.log10(raw))
    for step in (1, 2, 5, 10):
        if step * power >= raw:
            return float(step * power)
    return float(10 * power)  # pragma: no cover


def value_axis(top: float, title: str, axis: QValueAxis | None = None) -> QValueAxis:
    """0 to a round number above ``top``, ticks at round steps, whole-number labels
    (on ``axis`` when given: a chart keeps its axes, see :class:`_ChartView`)."""
    step = nice_step(top)
    axis = axis or QValueAxis()
    axis.setRange(0, step * max(math.ceil(top / step), 1))
    axis.setTickType(QValueAxis.TickType.TicksDynamic)
    axis.setTickAnchor(0)
    axis.setTickInterval(step)
    axis.setLabelFormat("%.0f")
    axis.setTitleText(title)
    return axis


def band_label(band: Band, currency: Currency) -> str:
    """The band's lower edge in whole units, e.g. '−200' (the axis says 'from')."""
    units = band.low / currency.scale
    text = (
        f"{units:.0f}"
        if float(units).is_integer()
        else format_amount(band.low, currency, clock=False)  # the locale's decimal mark
    )
    return text.replace("-", "\u2212")


def compact_label(band: Band, currency: Currency) -> str:
    """The band's lower edge in thousands past 1,000 ("−1.2k"), for a narrow chart."""
    units = band.low / currency.scale
    if abs(units) >= 1000:
        text = translate("pages.dashboard.charts", "{thousands}k").format(
            thousands=f"{units / 1000:g}"
        )
    else:
        text = f"{units:.0f}"
    return text.replace("-", "\u2212")


class _ChartView(QChartView):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        chart = QChart()
        chart.setTitle(title)
        title_font = QFont(chart.titleFont())
        title_font.setBold(True)
        chart.setTitleFont(title_font)
        chart.legend().setVisible(False)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setBackgroundRoundness(4)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        super().__init__(chart, parent)
        # one pair of axes for the chart's life, changed by each load: an axis removed
        # from a QChart leaves its labels drawn in the scene (deleting it does not clear
        # them either), so a second load drew its labels over the first's
        self.x_axis = QBarCategoryAxis()
        self.x_axis.setGridLineVisible(False)
        self.y_axis = QValueAxis()
        chart.addAxis(self.x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self.y_axis, Qt.AlignmentFlag.AlignLeft)
        # the labels are chosen again whenever the plot changes size (after the chart's
        # own layout, so the slot widths are the real ones)
        chart.plotAreaChanged.connect(lambda _r: QTimer.singleShot(0, self, self.fit_labels))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumSize(360, 240)

    def label_variants(self) -> list[list[str]]:
        """The x-axis labels from the fullest to the shortest (subclasses say)."""
        return []

    def fit_labels(self) -> None:
        """The fullest labels that fit their slot of the axis, upright; the shortest,
        slanted, when none does — never a row of "J… … …"."""
        variants = self.label_variants()
        if not variants or not variants[0]:
            return
        axis = self.x_axis
        plot = self.chart().plotArea().width() or self.width() - 70
        slot = plot / len(variants[0])
        metrics = QFontMetrics(axis.labelsFont())
        variants = [v for v in variants if len(set(v)) == len(v)]  # an axis drops repeats
        for labels in variants:
            if max(metrics.horizontalAdvance(t) for t in labels) + 16 <= slot:
                angle = 0
                break
        else:
            angle = -90
        if axis.categories() != labels:
            axis.setCategories(labels)
        if axis.labelsAngle() != angle:
            axis.setLabelsAngle(angle)

    def _load(self, series: QBarSeries | QStackedBarSeries, top: float, y_title: str) -> None:
        """Put ``series`` in place of the last one, on the chart's own axes."""
        chart = self.chart()
        chart.removeAllSeries()
        chart.addSeries(series)
        self.x_axis.clear()
        self.x_axis.append(self.label_variants()[0])
        value_axis(top, y_title, self.y_axis)
        series.attachAxis(self.x_axis)
        series.attachAxis(self.y_axis)
        self.fit_labels()


class VolumeChart(_ChartView):
    """Net trade volume per month, bars, the last twelve months."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("pages.dashboard.charts", "Trade volume per month"), parent)
        self.setAccessibleName(translate("pages.dashboard.charts", "Trade volume per month"))
        self.months: list[MonthVolume] = []
        self.currency = localized()

    def show_months(self, months: list[MonthVolume], currency: Currency) -> None:
        self.months, self.currency = months, currency
        bars = QBarSet(translate("pages.dashboard.charts", "Volume"))
        bars.setColor(VOLUME_COLOR)
        bars.setBorderColor(VOLUME_COLOR)
        for m in months:
            bars.append(m.net_volume / currency.scale)
        series = QBarSeries()
        series.append(bars)
        series.setBarWidth(0.7)
        series.hovered.connect(self._hovered)
        if months:
            self.chart().setTitle(
                translate(
                    "pages.dashboard.charts", "Trade volume per month, {first} – {last}"
                ).format(
                    first=short_month_year(months[0].month), last=short_month_year(months[-1].month)
                )
            )
        top = max((m.net_volume for m in months), default=0) / currency.scale
        self._load(
            series,
            top,
            translate("pages.dashboard.charts", "{currency} ({symbol})").format(
                currency=currency.name, symbol=currency.symbol
            ),
        )

    def label_variants(self) -> list[list[str]]:
        return [
            [short_month_name(m.month.month) for m in self.months]
        ]  # narrow: upright, turned on end

    def _hovered(self, status: bool, index: int, _set: QBarSet) -> None:
        if not status or not 0 <= index < len(self.months):
            QToolTip.hideText()
            return
        m = self.months[index]
        QToolTip.showText(
            self.cursor().pos(),
            translate(
                "pages.dashboard.charts", "{month}: %n trade(s), {volume}", None, m.count
            ).format(
                month=month_year(m.month),
                volume=format_amount(m.net_volume, self.currency, symbol=True),
            ),
            self,
        )


class BalanceChart(_ChartView):
    """How many active members hold balances in each band (a histogram)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            translate("pages.dashboard.charts", "Balance distribution (active members)"), parent
        )
        self.setAccessibleName(translate("pages.dashboard.charts", "Balance distribution"))
        self.bands: list[Band] = []
        self.currency = localized()

    def show_bands(self, bands: list[Band], currency: Currency) -> None:
        self.bands, self.currency = bands, currency
        below = QBarSet(translate("pages.dashboard.charts", "Below zero"))
        above = QBarSet(translate("pages.dashboard.charts", "Zero or above"))
        for bar_set, color in ((below, DEBIT_COLOR), (above, CREDIT_COLOR)):
            bar_set.setColor(color)
            bar_set.setBorderColor(color)
        for band in bands:
            negative = band.low < 0
            below.append(band.members if negative else 0)
            above.append(0 if negative else band.members)
        series = QStackedBarSeries()  # one slot per band: red below zero, green above
        series.append(below)
        series.append(above)
        series.setBarWidth(0.9)
        series.hovered.connect(self._hovered)
        self.x_axis.setTitleText(
            translate("pages.dashboard.charts", "Balance from ({symbol})").format(
                symbol=currency.symbol
            )
        )
        top = max((b.members for b in bands), default=0)
        self._load(series, top, translate("pages.dashboard.charts", "Members"))

    def label_variants(self) -> list[list[str]]:
        full = [band_label(b, self.currency) for b in self.bands]
        return [full, [compact_label(b, self.currency) for b in self.bands]]

    def _hovered(self, status: bool, index: int, _set: QBarSet) -> None:
        if not status or not 0 <= index < len(self.bands):
            QToolTip.hideText()
            return
        b = self.bands[index]
        low = format_amount(b.low, self.currency, symbol=True)
        high = format_amount(b.low + b.width, self.currency, symbol=True)
        QToolTip.showText(
            self.cursor().pos(),
            translate(
                "pages.dashboard.charts", "%n member(s) from {low} to under {high}", None, b.members
            ).format(low=low, high=high),
            self,
        )
