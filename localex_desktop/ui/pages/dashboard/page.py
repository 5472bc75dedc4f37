"""The Dashboard: the exchange at a glance, the first page a coordinator sees.

Figures (members, listings, this month's trade), two charts, the members close to
their credit limit, the dormant members, and whether the ledger was verified and the
data backed up lately. Everything is read by :func:`data.load` on the task runner, on
Refresh (F5) and when another coordinator changes something (live updates).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from localex_desktop.domain.money import Currency, format_amount
from localex_desktop.services import dashboard as data
from localex_desktop.services.dashboard import DashboardData, NearLimit
from localex_desktop.services.reports import ActivityRow
from localex_desktop.ui.context import AppContext
from localex_desktop.ui.errors import describe
from localex_desktop.ui.i18n import translate
from localex_desktop.ui.locale import localized
from localex_desktop.ui.models.columns import Column, MoneyFormat, amount_column
from localex_desktop.ui.models.list_table import ListTableModel, plain_table
from localex_desktop.ui.pages import PageSpec
from localex_desktop.ui.pages.dashboard.backup_status import (
    WARNING_STYLE,
    backup_answer,
    backup_tooltip,
)
from localex_desktop.ui.pages.dashboard.charts import BalanceChart, VolumeChart, month_year
from localex_desktop.ui.widgets import MUTED_STYLE, OK_STYLE, MessageLabel

CARD_STYLE = (
    "QFrame#card { border: 1px solid palette(mid); border-radius: 6px; background: palette(base); }"
)


class Card(QFrame):
    """A big number with a caption and a quiet line under it."""

    def __init__(self, caption: str, tooltip: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setStyleSheet(CARD_STYLE)
        self.setToolTip(tooltip)
        self.caption = QLabel(caption)
        self.caption.setStyleSheet(MUTED_STYLE)
        self.value = QLabel("…")
        font = QFont(self.value.font())
        font.setPointSizeF(font.pointSizeF() * 1.7)
        font.setBold(True)
        self.value.setFont(font)
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note = QLabel("")
        self.note.setStyleSheet(MUTED_STYLE)
        for label in (self.caption, self.value, self.note):
            label.setStyleSheet(label.styleSheet() + " border: none; background: transparent;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(2)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addWidget(self.note)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(caption)

    def set(self, value: str, note: str = "") -> None:
        self.value.setText(value)
        self.note.setText(note)


def _near_columns(money: MoneyFormat) -> list[Column[NearLimit]]:
    return [
        Column(
            translate("pages.dashboard.page", "No."),
            lambda n: str(n.member_id),
            numeric=True,
            width=4,
        ),
        Column(translate("pages.dashboard.page", "Name"), lambda n: n.name, width=16, stretch=True),
        amount_column(translate("pages.dashboard.page", "Balance"), money, lambda n: n.balance, 9),
        Column(
            translate("pages.dashboard.page", "Limit"),
            lambda n: money.text(n.credit_limit),
            numeric=True,
            unit=True,
            width=8,
        ),
        Column(
            translate("pages.dashboard.page", "Used"),
            lambda n: f"{n.share:.0%}",
            numeric=True,
            width=5,
        ),
    ]


def _dormant_columns(money: MoneyFormat) -> list[Column[ActivityRow]]:
    never = translate("pages.dashboard.page", "never")
    return [
        Column(
            translate("pages.dashboard.page", "No."),
            lambda r: str(r.member_id),
            numeric=True,
            width=4,
        ),
        Column(translate("pages.dashboard.page", "Name"), lambda r: r.name, width=16, stretch=True),
        Column(
            translate("pages.dashboard.page", "Last activity"),
            lambda r: r.last_value_date.isoformat() if r.last_value_date else never,
            width=11,
        ),
        amount_column(translate("pages.dashboard.page", "Balance"), money, lambda r: r.balance, 9),
    ]


def _short_table(model: ListTableModel[Any], name: str, rows: int) -> QTableView:
    view = plain_table(model)
    view.setAccessibleName(name)
    row_height = view.verticalHeader().defaultSectionSize()
    # names keep their width, so a narrow window scrolls sideways to the last column
    # ("Used") instead of cutting it off: room for that scroll bar below the rows
    bar = view.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
    header = view.horizontalHeader().sizeHint().height()
    view.setMinimumHeight(header + row_height * rows + bar + 4)
    return view


def _list_box(title: str, label: QLabel, view: QTableView) -> QGroupBox:
    """A short list under its title: the words about it (wrapped), then the table."""
    label.setWordWrap(True)
    box = QGroupBox(title)
    layout = QVBoxLayout(box)
    layout.addWidget(label)
    layout.addWidget(view, 1)
    return box


class DashboardPage(QWidget):
    """Loaded when built, on Refresh, and when live updates report a change."""

    #: fires after the figures were shown (tests and the screenshot script wait for it)
    loaded = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data: DashboardData | None = None
        self.money = MoneyFormat()
        self._loading = False
        self._again = False

        # -- the figures
        self.cards: dict[str, Card] = {
            "active_members": Card(
                translate("pages.dashboard.page", "Active members"),
                translate("pages.dashboard.page", "Members who may trade now"),
            ),
            "open_offers": Card(
                translate("pages.dashboard.page", "Open offers"),
                translate("pages.dashboard.page", "Active offers in the directory"),
            ),
            "open_wants": Card(
                translate("pages.dashboard.page", "Open wants"),
                translate("pages.dashboard.page", "Active wants in the directory"),
            ),
            "trades_month": Card(
                translate("pages.dashboard.page", "Trades this month"),
                translate(
                    "pages.dashboard.page",
                    "Trades, transfers and batch payments between members posted since the "
                    "first of the month, less reversals (as in Reports › Trade volume)",
                ),
            ),
            "volume_month": Card(
                translate("pages.dashboard.page", "Volume this month"),
                translate(
                    "pages.dashboard.page",
                    "What members paid each other this month, less reversals",
                ),
            ),
            "open_trades": Card(
                translate("pages.dashboard.page", "Open trades"),
                translate("pages.dashboard.page", "Recorded trades waiting to be completed"),
            ),
        }
        cards = QHBoxLayout()
        cards.setSpacing(10)
        for card in self.cards.values():
            cards.addWidget(card)

        # -- the charts
        self.volume_chart = VolumeChart()
        self.balance_chart = BalanceChart()
        charts = QHBoxLayout()
        charts.setSpacing(10)
        charts.addWidget(self.volume_chart, 1)
        charts.addWidget(self.balance_chart, 1)

        # -- the short lists
        self.near_model: ListTableModel[NearLimit] = ListTableModel(_near_columns(self.money), self)
        self.near_view = _short_table(
            self.near_model,
            translate("pages.dashboard.page", "Members near their credit limit"),
            data.SHORT_LIST,
        )
        self.near_label = QLabel("")
        self.near_label.setTextFormat(Qt.TextFormat.PlainText)  # it names members
        near_box = _list_box(
            translate("pages.dashboard.page", "Near their credit limit"),
            self.near_label,
            self.near_view,
        )

        self.dormant_model: ListTableModel[ActivityRow] = ListTableModel(
            _dormant_columns(self.money), self
        )
        self.dormant_view = _short_table(
            self.dormant_model,
            translate("pages.dashboard.page", "Dormant members"),
            data.SHORT_LIST,
        )
        self.dormant_label = QLabel("")
        dormant_box = _list_box(
            translate("pages.dashboard.page", "Dormant members"),
            self.dormant_label,
            self.dormant_view,
        )

        self.verification_label = QLabel("…")
        self.verification_label.setWordWrap(True)
        self.backup_label = QLabel("…")
        self.backup_label.setWordWrap(True)
        checks_box = QGroupBox(translate("pages.dashboard.page", "Checks"))
        checks = QVBoxLayout(checks_box)  # each name over its answer: a narrow box reads well
        for name, answer in (
            (translate("pages.dashboard.page", "Ledger verified"), self.verification_label),
            (translate("pages.dashboard.page", "Last backup"), self.backup_label),
        ):
            heading = QLabel(name)
            heading.setStyleSheet(MUTED_STYLE)
            checks.addWidget(heading)
            checks.addWidget(answer)
            checks.addSpacing(6)
        checks.addStretch(1)

        lists = QHBoxLayout()
        lists.setSpacing(10)
        lists.addWidget(near_box, 5)
        lists.addWidget(dormant_box, 5)
        lists.addWidget(checks_box, 3)

        # -- refresh
        self.updated_label = QLabel("")
        self.updated_label.setStyleSheet(MUTED_STYLE)
        self.refresh_button = QPushButton(translate("pages.dashboard.page", "&Refresh"))
        self.refresh_button.setToolTip(
            translate("pages.dashboard.page", "Read the figures again (F5)")
        )
        self.refresh_button.clicked.connect(self.refresh)
        self.message = MessageLabel()
        top = QHBoxLayout()
        top.addWidget(self.message, 1)
        top.addStretch(0)  # keeps the button small while no message shows
        top.addWidget(self.updated_label)
        top.addWidget(self.refresh_button)
        refresh = QAction(translate("pages.dashboard.page", "Refresh"), self)
        refresh.setShortcuts(QKeySequence.StandardKey.Refresh)
        refresh.setShortcutContext(Qt.ShortcutContext.WindowShortcut)  # as a list page's
        refresh.triggered.connect(self.refresh)
        self.addAction(refresh)

        content = QWidget()
        body = QVBoxLayout(content)
        body.setContentsMargins(16, 12, 16, 12)
        body.setSpacing(10)
        body.addLayout(top)
        body.addLayout(cards)
        body.addLayout(charts, 3)
        body.addLayout(lists, 2)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.refresh()

    # -- loading ----------------------------------------------------------------------

    @property
    def loading(self) -> bool:
        return self._loading

    def refresh(self) -> None:
        """Read every figure again on a worker (once more afterwards if asked meanwhile)."""
        if self._loading:
            self._again = True
            return
        self._loading = True
        self.refresh_button.setEnabled(False)
        db, actor = self.ctx.db, self.ctx.actor
        self.ctx.tasks.run(lambda: data.load(db, actor), self._show, self._failed, owner=self)

    def live_refresh(self, _tables: frozenset[str]) -> None:
        """Another coordinator (or this window) changed something: read the figures again."""
        self.refresh()

    def _finished(self) -> None:
        self._loading = False
        self.refresh_button.setEnabled(True)
        if self._again:
            self._again = False
            self.refresh()

    def _failed(self, exc: BaseException) -> None:
        message, hint = describe(exc)
        self.message.show_error(message, hint)
        self._finished()

    def _show(self, d: DashboardData) -> None:
        self.data = d
        self.message.clear_message()
        cur = localized(d.currency)
        self.money.currency = cur
        self.near_model.unit = self.dormant_model.unit = cur.symbol

        def amount(minor: int) -> str:
            return format_amount(minor, cur, symbol=True)

        self.cards["active_members"].set(
            str(d.active_members),
            translate("pages.dashboard.page", "{count} suspended").format(count=d.suspended_members)
            if d.suspended_members
            else "",
        )
        self.cards["open_offers"].set(str(d.open_offers))
        self.cards["open_wants"].set(str(d.open_wants))
        month = month_year(d.today)
        reversed_note = (
            translate("pages.dashboard.page", "after {count} reversed").format(
                count=d.month.reversed_count
            )
            if d.month.reversed_count
            else month
        )
        self.cards["trades_month"].set(str(d.month.net_count), reversed_note)
        self.cards["volume_month"].set(amount(d.month.net_volume), month)
        self.cards["open_trades"].set(
            str(d.pending_trades + d.disputed_trades),
            translate("pages.dashboard.page", "{count} disputed").format(count=d.disputed_trades)
            if d.disputed_trades
            else translate("pages.dashboard.page", "none disputed"),
        )
        disputed_style = WARNING_STYLE if d.disputed_trades else MUTED_STYLE
        self.cards["open_trades"].note.setStyleSheet(
            disputed_style + " border: none; background: transparent;"
        )

        self.volume_chart.show_months(d.months, cur)
        self.balance_chart.show_bands(d.bands, cur)

        self.near_model.set_rows(d.near_limit)
        share = f"{data.NEAR_LIMIT_SHARE:.0%}"
        if d.near_limit_count:
            if d.near_limit_count > len(d.near_limit):
                near = translate(
                    "pages.dashboard.page",
                    "%n member(s) use(s|) at least {share} of their credit limit "
                    "(the closest {shown} shown).",
                    None,
                    d.near_limit_count,
                ).format(share=share, shown=len(d.near_limit))
            else:
                near = translate(
                    "pages.dashboard.page",
                    "%n member(s) use(s|) at least {share} of their credit limit.",
                    None,
                    d.near_limit_count,
                ).format(share=share)
            self.near_label.setText(near)
        else:
            self.near_label.setText(
                translate(
                    "pages.dashboard.page", "Nobody uses {share} or more of their credit limit."
                ).format(share=share)
            )

        self.dormant_model.set_rows(d.dormant)
        if d.dormant_count:
            if d.dormant_count > len(d.dormant):
                dormant = translate(
                    "pages.dashboard.page",
                    "%n active member(s) without a trade for {months} months "
                    "(the longest {shown} shown).",
                    None,
                    d.dormant_count,
                ).format(months=data.DORMANT_MONTHS, shown=len(d.dormant))
            else:
                dormant = translate(
                    "pages.dashboard.page",
                    "%n active member(s) without a trade for {months} months.",
                    None,
                    d.dormant_count,
                ).format(months=data.DORMANT_MONTHS)
            self.dormant_label.setText(dormant)
        else:
            self.dormant_label.setText(
                translate(
                    "pages.dashboard.page",
                    "Every active member traded in the last {months} months.",
                ).format(months=data.DORMANT_MONTHS)
            )

        self._show_checks(d)
        self.updated_label.setText(
            translate("pages.dashboard.page", "Figures as of {time}").format(
                time=f"{d.loaded_at:%H:%M:%S}"
            )
        )
        self._finished()
        self.loaded.emit(d)

    def _show_checks(self, d: DashboardData) -> None:
        v = d.verification
        if v is None:
            self.verification_label.setText(
                translate("pages.dashboard.page", "Never. Verify the ledger on the Ledger page.")
            )
            self.verification_label.setStyleSheet(WARNING_STYLE)
        else:
            if v.at:
                checked = translate("pages.dashboard.page", "checked {time}").format(
                    time=f"{v.at.astimezone():%Y-%m-%d %H:%M}"
                )
            else:
                checked = translate("pages.dashboard.page", "checked at an unknown time")
            if v.ok:
                self.verification_label.setText(
                    translate("pages.dashboard.page", "Sound") + "\n" + checked
                )
                self.verification_label.setStyleSheet(OK_STYLE)
            else:
                found = (
                    translate(
                        "pages.dashboard.page", "Problems found (first bad transaction: {number})"
                    ).format(number=v.first_bad_transaction)
                    if v.first_bad_transaction
                    else translate("pages.dashboard.page", "Problems found")
                )
                self.verification_label.setText(found + "\n" + checked)
                self.verification_label.setStyleSheet(WARNING_STYLE)
        text, warn = backup_answer(d.backup, datetime.now(UTC))
        if d.backup is not None and d.backup.last_good_at is not None:
            text += f"\n{d.backup.last_good_at.astimezone():%Y-%m-%d %H:%M}"
        self.backup_label.setText(text)
        self.backup_label.setStyleSheet(WARNING_STYLE if warn else OK_STYLE)
        self.backup_label.setToolTip(backup_tooltip(d.backup))

    def currency(self) -> Currency:
        return self.money.currency


PAGE = PageSpec(
    key="dashboard",
    # shown by the main window through translate_marked (main_window.page_title)
    title=str(QT_TRANSLATE_NOOP("pages.dashboard.page", "Dashboard")),
    icon=QStyle.StandardPixmap.SP_ComputerIcon,
    shortcut="Ctrl+1",
    factory=DashboardPage,
)
