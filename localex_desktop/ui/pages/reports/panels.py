"""One panel per report: its parameters, its tables (and chart), and a summary line.

A panel reads its parameters on the UI thread, computes the report with the service in
one transaction on the task runner, and shows it; a reply to an older request is
dropped. The page around the panels saves, prints and exports the panel's last report.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, TypeVar

from PySide6.QtCore import QDate, QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from localex_desktop.domain.money import Currency
from localex_desktop.services import reports, settings
from localex_desktop.services.reports import (
    AccountBalance,
    ActivityReport,
    ActivityRow,
    TrialBalance,
    VelocityReport,
    VolumeReport,
    VolumeRow,
)
from localex_desktop.ui.context import AppContext
from localex_desktop.ui.errors import describe
from localex_desktop.ui.models.columns import Column, MoneyFormat, negative_red, when
from localex_desktop.ui.models.list_table import ListTableModel, plain_table
from localex_desktop.ui.pages.reports.chart import VolumeChart
from localex_desktop.ui.widgets import ERROR_STYLE, MUTED_STYLE, OK_STYLE, MessageLabel

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex
DEBOUNCE_MS = 350


@dataclass(frozen=True)
class Loaded:
    """A computed report with what it takes to show and print it."""

    report: Any
    currency: Currency
    exchange: str
    title: str
    subtitle: str
    stem: str  # start of the suggested file name


def qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def pydate(edit: QDateEdit) -> date:
    d = edit.date()
    return date(d.year(), d.month(), d.day())


def date_edit(value: date, name: str) -> QDateEdit:
    edit = QDateEdit(qdate(value))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setAccessibleName(name)
    return edit


class ReportTableModel(ListTableModel[R]):
    """A read-only table whose total rows are drawn in bold."""

    def __init__(
        self,
        columns: Sequence[Column[R]],
        is_total: Callable[[R], bool],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(columns, parent)
        self.is_total = is_total
        self._bold = QFont()
        self._bold.setBold(True)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.FontRole and index.isValid():
            return self._bold if self.is_total(self.row(index.row())) else None
        return super().data(index, role)

    def cell_text(self, row: int, column: int) -> str:
        """What the table shows in a cell (tests compare it with the services' figures)."""
        return str(self.data(self.index(row, column)) or "")

    def column_titles(self) -> list[str]:
        return [
            str(self.headerData(i, Qt.Orientation.Horizontal)) for i in range(len(self.columns))
        ]


def report_table(model: ReportTableModel[Any], name: str) -> QTableView:
    view = plain_table(model)
    view.setAccessibleName(name)
    view.setSelectionMode(QTableView.SelectionMode.ExtendedSelection)
    return view


class ReportPanel(QWidget):
    """Parameters at the top, results below; subclasses fill in the report."""

    key = ""
    title = ""
    #: a report was shown (or failed: ``loaded`` is then None)
    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.money = MoneyFormat()
        self.loaded: Loaded | None = None
        self._generation = 0
        self._built = False
        self.params = QHBoxLayout()
        self.params.setSpacing(8)
        self.summary = QLabel("")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message = MessageLabel()
        self.body = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 10, 8, 6)
        layout.setSpacing(8)
        layout.addLayout(self.params)
        layout.addLayout(self.body, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.message)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.refresh)

    def add_param(self, text: str, widget: QWidget) -> None:
        label = QLabel(text)
        label.setBuddy(widget)
        self.params.addWidget(label)
        self.params.addWidget(widget)
        self.params.addSpacing(6)

    def finish_params(self, hint: str = "") -> None:
        self.params.addStretch(1)
        if hint:
            note = QLabel(hint)
            note.setStyleSheet(MUTED_STYLE)
            self.params.addWidget(note)

    def changed_later(self) -> None:
        """A parameter changed: compute again after a short pause."""
        self._timer.start()

    # -- what subclasses provide --------------------------------------------------------

    def compute(self) -> Callable[[Session], tuple[Any, str, str, str]]:
        """Read the parameters now; return what computes (report, title, subtitle, stem)."""
        raise NotImplementedError

    def show_report(self, loaded: Loaded) -> None:
        raise NotImplementedError

    # -- running --------------------------------------------------------------------------

    def mark_stale(self) -> None:
        """Compute again the next time the panel is shown."""
        self._built = False

    def ensure_loaded(self) -> None:
        if not self._built:
            self.refresh()

    def refresh(self) -> None:
        self._timer.stop()
        self._built = True
        self._generation += 1
        generation = self._generation
        try:
            make = self.compute()
        except Exception as exc:  # a parameter the service would refuse
            self._failed(generation, exc)
            return
        db = self.ctx.db

        def work() -> Loaded:
            with db.transaction() as session:
                report, title, subtitle, stem = make(session)
                return Loaded(
                    report,
                    settings.currency(session),
                    str(settings.get(session, "exchange_name") or ""),
                    title,
                    subtitle,
                    stem,
                )

        def done(loaded: Loaded) -> None:
            if generation != self._generation:
                return
            self.loaded = loaded
            self.money.currency = loaded.currency
            self.message.clear_message()
            self.show_report(loaded)
            self.changed.emit()

        self.ctx.tasks.run(work, done, lambda exc: self._failed(generation, exc), owner=self)

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self.loaded = None
        self.message.show_error(*describe(exc))
        self.changed.emit()


def _amount_column(
    title: str, money: MoneyFormat, get: Callable[[Any], int | None], width: int = 12
) -> Column[Any]:
    return Column(
        title,
        lambda r: money.text(get(r)),
        numeric=True,
        unit=True,
        width=width,
        color=lambda r: negative_red(get(r)),
    )


# -- balances ---------------------------------------------------------------------------


@dataclass(frozen=True)
class BalanceLine:
    """One account (or the total) in a balances table."""

    account: str
    number: int | None
    status: str
    last_entry_at: datetime | None
    balance: int | None
    credit_limit: int | None
    total: bool = False

    @classmethod
    def of(cls, b: AccountBalance) -> BalanceLine:
        status = b.status or "system account"
        return cls(b.name, b.member_id, status, b.last_entry_at, b.balance, b.credit_limit)


def balance_columns(money: MoneyFormat) -> list[Column[BalanceLine]]:
    return [
        Column("Account", lambda r: r.account, width=26, stretch=True),
        Column(
            "Member", lambda r: "" if r.number is None else str(r.number), numeric=True, width=7
        ),
        Column("Status", lambda r: r.status, width=13),
        Column("Last entry", lambda r: "" if r.total else when(r.last_entry_at), width=16),
        _amount_column("Balance", money, lambda r: r.balance, 13),
        _amount_column("Credit limit", money, lambda r: r.credit_limit, 13),
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

    def compute(self) -> Callable[[Session], tuple[Any, str, str, str]]:
        at, actor = self.at(), self.ctx.actor

        def make(session: Session) -> tuple[Any, str, str, str]:
            report = reports.trial_balance(session, actor, at)
            return (report, "Trial balance", f"At the end of {at.isoformat()}",
                    f"trial-balance-{at.isoformat()}")  # fmt: skip

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

    def compute(self) -> Callable[[Session], tuple[Any, str, str, str]]:
        at, actor = self.at(), self.ctx.actor
        status = self.status_box.currentData()
        which = self.status_box.currentText()

        def make(session: Session) -> tuple[Any, str, str, str]:
            rows = reports.balances_at(session, actor, at, members_only=True, status=status)
            subtitle = f"{which}, at the end of {at.isoformat()}"
            return rows, "Member balances", subtitle, f"balances-{at.isoformat()}"

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


# -- trade volume -----------------------------------------------------------------------


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
        self.since_edit = date_edit(year_ago(today), "From")
        self.until_edit = date_edit(today, "To")
        for edit in (self.since_edit, self.until_edit):
            edit.dateChanged.connect(lambda _d: self.changed_later())
        self.add_param("&From:", self.since_edit)
        self.add_param("&To:", self.until_edit)
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

    def compute(self) -> Callable[[Session], tuple[Any, str, str, str]]:
        since, until, actor = pydate(self.since_edit), pydate(self.until_edit), self.ctx.actor
        if since > until:
            from localex_desktop.domain.errors import ValidationError

            raise ValidationError("The 'From' date is after the 'To' date.")

        def make(session: Session) -> tuple[Any, str, str, str]:
            report = reports.volume(session, actor, since, until)
            return (report, "Trade volume", f"{since.isoformat()} to {until.isoformat()}",
                    f"volume-{since.isoformat()}-{until.isoformat()}")  # fmt: skip

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
        Column("Joined", lambda r: r.joined_on.isoformat(), width=10),
        Column("Last entry", lambda r: when(r.last_entry_at, never="never"), width=16),
        Column("Entries", lambda r: str(r.entries_in_window), numeric=True, width=7),
        _amount_column("Balance", money, lambda r: r.balance, 12),
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

    def compute(self) -> Callable[[Session], tuple[Any, str, str, str]]:
        months, at, actor = self.months_box.value(), pydate(self.at_edit), self.ctx.actor

        def make(session: Session) -> tuple[Any, str, str, str]:
            report = reports.activity(session, actor, months, at)
            return (report, "Member activity",
                    f"Dormant after {months} months, at the end of {at.isoformat()}",
                    f"activity-{months}-months-{at.isoformat()}")  # fmt: skip

        return make

    def show_report(self, loaded: Loaded) -> None:
        ar: ActivityReport = loaded.report
        self.model.unit = loaded.currency.symbol
        self.model.set_rows(sorted(ar.rows, key=lambda r: (not r.dormant, r.member_id)))
        self.summary.setStyleSheet("")
        self.summary.setText(
            f"{len(ar.dormant)} of {len(ar.rows)} active members are dormant: no entry "
            f"since {ar.window_start.isoformat()} (listed first)."
        )


# -- velocity ---------------------------------------------------------------------------


class VelocityPanel(ReportPanel):
    """How often the credit members hold changed hands in a period."""

    key = "velocity"
    title = "Velocity"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        today = date.today()
        self.since_edit = date_edit(reports.add_months(today, -12), "From")
        self.until_edit = date_edit(today, "To")
        for edit in (self.since_edit, self.until_edit):
            edit.dateChanged.connect(lambda _d: self.changed_later())
        self.add_param("&From:", self.since_edit)
        self.add_param("&To:", self.until_edit)
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

    def compute(self) -> Callable[[Session], tuple[Any, str, str, str]]:
        since, until, actor = pydate(self.since_edit), pydate(self.until_edit), self.ctx.actor

        def make(session: Session) -> tuple[Any, str, str, str]:
            report = reports.velocity(session, actor, since, until)
            return (report, "Velocity", f"{since.isoformat()} to {until.isoformat()}",
                    f"velocity-{since.isoformat()}-{until.isoformat()}")  # fmt: skip

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
            else f"From {vr.since.isoformat()} to {vr.until.isoformat()} the credit held "
            f"changed hands {vr.velocity} times."
        )


PANELS: tuple[type[ReportPanel], ...] = (
    TrialBalancePanel,
    BalancesPanel,
    VolumePanel,
    ActivityPanel,
    VelocityPanel,
)
