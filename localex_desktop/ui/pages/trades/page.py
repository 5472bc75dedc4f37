"""The Trades page: trades by status, recording them, settling them, slip batches.

Status tabs (pending, disputed, completed, cancelled, all) with their counts; a
search over description, note and slip number; a member filter. Rows load in pages
from ``trades.search`` off the UI thread. Each action is one service call in one
transaction; buttons a role may not use are disabled with the reason as tooltip.

Importing this module also adds "Record trade…" to the Members page (through
:mod:`ui.pages.members.extensions`), for the member selected there as the buyer.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from localex_desktop.domain.money import Currency, format_amount
from localex_desktop.domain.roles import Permission
from localex_desktop.services import categories, settings, trades
from localex_desktop.services.categories import CategoryInfo
from localex_desktop.services.trades import CompleteResult, TradeFilter, TradeInfo
from localex_desktop.ui import messages
from localex_desktop.ui.context import AppContext
from localex_desktop.ui.errors import describe, show_error
from localex_desktop.ui.exporting import export_button, trades_filter
from localex_desktop.ui.models.columns import MoneyFormat, when
from localex_desktop.ui.models.lazy_view import BusyBar, LazyTableView
from localex_desktop.ui.pages import PageSpec
from localex_desktop.ui.pages.members.extensions import (
    MemberAction,
    MemberActionRequest,
    register_member_action,
)
from localex_desktop.ui.pages.members.picker import MemberPicker
from localex_desktop.ui.pages.trades.model import (
    STATUS_TABS,
    TradeFilters,
    party,
    status_text,
    trades_model,
)
from localex_desktop.ui.pages.trades.note_dialog import TradeAction, TradeNoteDialog
from localex_desktop.ui.pages.trades.record_dialog import RecordTradeDialog
from localex_desktop.ui.pages.trades.slip_batch import SlipBatchDialog
from localex_desktop.ui.widgets import MUTED_STYLE, MessageLabel, count_text


@dataclass(frozen=True)
class TradeSetup:
    """What the trade dialogs need besides the context: the currency and the categories."""

    currency: Currency
    tree: list[CategoryInfo]


def read_setup(ctx: AppContext) -> Callable[[], TradeSetup]:
    db, actor = ctx.db, ctx.actor

    def read() -> TradeSetup:
        with db.transaction() as session:
            return TradeSetup(settings.currency(session), categories.tree(session, actor))

    return read


class TradesPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.money = MoneyFormat()
        self.setup = TradeSetup(self.money.currency, [])
        self.can_manage = ctx.can(Permission.MANAGE_TRADES)
        self.can_post = ctx.can(Permission.POST)

        self.tabs = QTabBar()
        self.tabs.setDocumentMode(True)
        self.tabs.setExpanding(False)
        self.tabs.setAccessibleName("Trade status")
        for title, _status in STATUS_TABS:
            self.tabs.addTab(title)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(
            "Words in description or note, or a slip number  (Ctrl+F)"
        )
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleName("Search trades")
        self.member_picker = MemberPicker(ctx, status=None)
        self.member_picker.setPlaceholderText("Any member")
        self.clear_button = QPushButton("C&lear filters")
        self.clear_button.clicked.connect(self.clear_filters)

        self.record_button = QPushButton("&Record trade…")
        self.batch_button = QPushButton("Sli&p batch…")
        self.complete_button = QPushButton("C&omplete")
        self.cancel_button = QPushButton("&Cancel…")
        self.dispute_button = QPushButton("&Dispute…")
        self.resolve_button = QPushButton("R&esolve…")
        self.reverse_button = QPushButton("Rever&se…")
        self.record_button.clicked.connect(self.record_trade)
        self.batch_button.clicked.connect(self.slip_batch)
        self.complete_button.clicked.connect(self.complete)
        self.cancel_button.clicked.connect(lambda: self.note_action(TradeAction.CANCEL))
        self.dispute_button.clicked.connect(lambda: self.note_action(TradeAction.DISPUTE))
        self.resolve_button.clicked.connect(lambda: self.note_action(TradeAction.RESOLVE))
        self.reverse_button.clicked.connect(lambda: self.note_action(TradeAction.REVERSE))

        self.model = trades_model(ctx, self.money)
        self.table = LazyTableView(self.model, settings=ctx.settings, settings_key="trades/table")
        self.table.setAccessibleName("Trades")
        self.detail = QLabel("")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setMinimumHeight(self.fontMetrics().height() * 3)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.message = MessageLabel()
        self.count_label = QLabel("")
        self.count_label.setStyleSheet(MUTED_STYLE)

        self._build_layout()
        self._add_shortcuts()
        self._connect()
        self._update_actions()
        self.load_setup()
        self.model.reload()
        self.load_counts()

    # -- set-up -------------------------------------------------------------------------

    def _build_layout(self) -> None:
        def labelled(text: str, widget: QWidget) -> QLabel:
            label = QLabel(text)
            label.setBuddy(widget)
            return label

        filters = QHBoxLayout()
        filters.addWidget(labelled("Fi&nd:", self.search_edit))
        filters.addWidget(self.search_edit, 3)
        filters.addSpacing(8)
        filters.addWidget(labelled("&Member:", self.member_picker))
        filters.addWidget(self.member_picker, 2)
        filters.addWidget(self.clear_button)
        actions = QHBoxLayout()
        for button in self.action_buttons():
            actions.addWidget(button)
            if button is self.batch_button:
                actions.addSpacing(16)
        actions.addStretch(1)
        self.export_button = export_button(
            self.ctx, self, "trades", lambda: trades_filter(self.model)
        )
        actions.addWidget(self.export_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.setSpacing(8)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(self.tabs)
        layout.addWidget(BusyBar(self.model))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addLayout(bottom)

    def action_buttons(self) -> list[QPushButton]:
        return [
            self.record_button,
            self.batch_button,
            self.complete_button,
            self.cancel_button,
            self.dispute_button,
            self.resolve_button,
            self.reverse_button,
        ]

    def _add_shortcuts(self) -> None:
        for keys, slot in (
            (QKeySequence.StandardKey.Find, self.focus_search),
            (QKeySequence.StandardKey.New, self.record_trade),
            (QKeySequence.StandardKey.Refresh, self.refresh),
            (QKeySequence("Ctrl+PgDown"), lambda: self._step_tab(+1)),
            (QKeySequence("Ctrl+PgUp"), lambda: self._step_tab(-1)),
        ):
            action = QAction(self)
            if isinstance(keys, QKeySequence):
                action.setShortcut(keys)
            else:
                action.setShortcuts(keys)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)

    def _connect(self) -> None:
        self.tabs.currentChanged.connect(lambda _i: self.apply_filters())
        self.search_edit.textChanged.connect(self.model.set_search)
        self.search_edit.returnPressed.connect(self.model.apply_search)
        self.member_picker.member_changed.connect(lambda _m: self._member_filter_changed())
        self.member_picker.textChanged.connect(self._member_text_changed)
        self.table.current_changed.connect(lambda _key: self._selection_changed())
        self.model.reset_done.connect(self._rows_replaced)
        self.model.more_loaded.connect(self._update_count)
        self.model.failed.connect(lambda exc: self.message.show_error(*describe(exc)))
        self.ctx.events.settings_changed.connect(self.load_setup)

    def load_setup(self) -> None:
        def show(setup: TradeSetup) -> None:
            self.setup = setup
            self.money.currency = setup.currency
            self.model.unit = setup.currency.symbol
            self.model.refresh_display()
            self._selection_changed()

        self.ctx.tasks.run(
            read_setup(self.ctx),
            show,
            lambda exc: self.message.show_error(*describe(exc)),
            owner=self,
        )

    def load_counts(self) -> None:
        """How many trades each status tab holds (for the member filtered on, if any)."""
        db, actor = self.ctx.db, self.ctx.actor
        member_id = self.filters().member_id

        def read() -> list[int]:
            with db.transaction() as session:
                return [
                    trades.count(session, actor, TradeFilter(status=status, member_id=member_id))
                    for _title, status in STATUS_TABS
                ]

        def show(counts: list[int]) -> None:
            for number, ((title, _status), n) in enumerate(zip(STATUS_TABS, counts, strict=True)):
                self.tabs.setTabText(number, f"{title} ({n})")

        self.ctx.tasks.run(read, show, lambda exc: None, owner=self)

    def live_refresh(self, tables: frozenset[str]) -> None:
        """Another coordinator (or another page) changed something: reload in place."""
        if tables & {"trades", "members", "categories"}:
            self.table.refresh()
            self.load_counts()
        if "categories" in tables:
            self.load_setup()  # the category list of the dialogs (settings come by event)

    # -- filters ------------------------------------------------------------------------

    def status(self) -> str | None:
        return STATUS_TABS[max(self.tabs.currentIndex(), 0)][1]

    def show_status(self, status: str | None) -> None:
        for number, (_title, value) in enumerate(STATUS_TABS):
            if value == status:
                self.tabs.setCurrentIndex(number)

    def _step_tab(self, step: int) -> None:
        self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % self.tabs.count())

    def filters(self) -> TradeFilters:
        member = self.member_picker.member() if self.member_picker.text().strip() else None
        return TradeFilters(status=self.status(), member_id=None if member is None else member.id)

    def apply_filters(self) -> None:
        flt = self.filters()
        if flt != self.model.query.filters:
            self.model.set_filters(flt)

    def _member_filter_changed(self) -> None:
        self.apply_filters()
        self.load_counts()

    def _member_text_changed(self, text: str) -> None:
        if not text.strip() and self.filters() != self.model.query.filters:
            self._member_filter_changed()

    def clear_filters(self) -> None:
        self.member_picker.blockSignals(True)
        self.member_picker.set_member(None)
        self.member_picker.blockSignals(False)
        self.search_edit.clear()
        self.model.apply_search()
        self.apply_filters()
        self.load_counts()

    def focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def refresh(self) -> None:
        self.message.clear_message()
        self.table.refresh()
        self.load_counts()

    # -- the list -----------------------------------------------------------------------

    def _rows_replaced(self) -> None:
        self._update_count()
        self._selection_changed()

    def _update_count(self) -> None:
        self.count_label.setText(
            count_text(self.model.loaded_count(), self.model.has_more, "trade")
        )

    def selected(self) -> TradeInfo | None:
        row = self.table.selected_row()
        return None if row is None else self.model.row(row)

    def select_trade(self, trade_id: int) -> bool:
        return self.table.select_key(trade_id)

    def _selection_changed(self) -> None:
        t = self.selected()
        if t is None:
            self.detail.setText("")
        else:
            lines = [
                f"Trade {t.id} · {status_text(t)} · recorded by {t.created_by} on "
                f"{when(t.created_at)}"
                + (f" · slip {t.slip_number}" if t.slip_number else "")
                + (f" · batch {t.batch_id}" if t.batch_id else "")
                + (f" · listing {t.listing_id}" if t.listing_id else "")
            ]
            if t.transaction_id:
                ledger_text = f"In the ledger as transaction {t.transaction_id}"
                if t.reversal_transaction_id:
                    ledger_text += f", reversed by transaction {t.reversal_transaction_id}"
                lines.append(ledger_text + ".")
            if t.note:
                lines.append(f"Note: {t.note}")
            if t.resolution:
                lines.append(f"Resolution: {t.resolution}")
            self.detail.setText("\n".join(lines))
        self._update_actions()

    def _update_actions(self) -> None:
        t = self.selected()
        role = self.ctx.actor.role.value
        no_manage = f"Only coordinators and administrators change trades; you are a {role}."
        no_post = f"Only coordinators and administrators post to the ledger; you are a {role}."
        pick = "Select a trade in the list first."

        def set_state(button: QPushButton, why_not: str | None, tip: str) -> None:
            button.setEnabled(why_not is None)
            button.setToolTip(tip if why_not is None else why_not)

        def rule(statuses: tuple[str, ...], posts: bool) -> str | None:
            if not self.can_manage:
                return no_manage
            if posts and not self.can_post:
                return no_post
            if t is None:
                return pick
            if t.status not in statuses:
                return f"Trade {t.id} is {status_text(t).lower()}."
            return None

        set_state(
            self.record_button,
            None if self.can_manage else no_manage,
            "Record a trade members reported (Ctrl+N)",
        )
        set_state(
            self.batch_button,
            no_manage if not self.can_manage else (None if self.can_post else no_post),
            "Enter a bundle of paper slips with its control count and total",
        )
        set_state(
            self.complete_button,
            rule(("pending",), True),
            "Both members agree: post the trade to the ledger",
        )
        set_state(
            self.cancel_button,
            rule(("pending",), False),
            "The trade did not happen; nothing reaches the ledger",
        )
        set_state(
            self.dispute_button,
            rule(("pending",), False),
            "A member disagrees: hold the trade until it is resolved",
        )
        set_state(
            self.resolve_button,
            rule(("disputed",), False),
            "End the dispute: completed or cancelled, with a note",
        )
        reverse_why = rule(("completed",), True)
        if reverse_why is None and t is not None and t.transaction_id is None:
            reverse_why = f"Trade {t.id} has no ledger transaction."
        set_state(
            self.reverse_button,
            reverse_why,
            "Correct a completed trade: post the reversal and cancel it",
        )

    # -- actions ------------------------------------------------------------------------

    def record_trade(self) -> None:
        if not self.can_manage:
            return
        member = self.member_picker.member()
        dialog = RecordTradeDialog(
            self.ctx, self.setup.currency, self.setup.tree, buyer=member, parent=self
        )
        if dialog.exec() and dialog.result_value is not None:
            t = dialog.result_value
            self.message.show_ok(
                f"Recorded trade {t.id} ({status_text(t).lower()}): {t.buyer_name} paid "
                f"{t.seller_name} {self.money.with_symbol(t.amount)}."
            )
            self._after_change(t)

    def slip_batch(self) -> None:
        if not (self.can_manage and self.can_post):
            return
        dialog = SlipBatchDialog(self.ctx, self.setup.currency, self)
        dialog.exec()
        result = dialog.result_value
        if result is not None:
            self.refresh()
            self.message.show_ok(
                f"Posted slip batch {result.batch_id}: {len(result.trade_ids)} completed trade(s)."
            )

    def complete(self) -> None:
        t = self.selected()
        if t is None or not (self.can_manage and self.can_post) or t.status != "pending":
            return
        amount = format_amount(t.amount, self.setup.currency, symbol=True)
        if not messages.ask(
            self,
            f"Complete trade {t.id}?",
            f"{party(t.buyer_name, t.buyer_member_id)} pays "
            f"{party(t.seller_name, t.seller_member_id)} {amount} in the ledger.",
            yes="Complete",
        ):
            return
        db, actor, ident = self.ctx.db, self.ctx.actor, t.id

        def call() -> CompleteResult:
            with db.transaction() as session:
                return trades.complete(session, actor, ident)

        def done(result: CompleteResult) -> None:
            done_t = result.trade
            if result.already_completed:
                self.message.show_ok(f"Trade {done_t.id} was already completed; nothing posted.")
            else:
                self.message.show_ok(
                    f"Completed trade {done_t.id}: transaction {done_t.transaction_id}."
                )
            self._after_change(done_t)

        self.ctx.tasks.run(call, done, lambda exc: show_error(self, exc), owner=self)

    def note_action(self, action: TradeAction) -> None:
        t = self.selected()
        if t is None or not self.can_manage:
            return
        if action is TradeAction.REVERSE and not self.can_post:
            return
        dialog = TradeNoteDialog(self.ctx, action, t, self.setup.currency, self)
        if dialog.exec() and dialog.result_value is not None:
            changed = dialog.result_value
            words = {
                TradeAction.CANCEL: "is cancelled",
                TradeAction.DISPUTE: "is marked disputed",
                TradeAction.RESOLVE: f"is resolved as {changed.status}",
                TradeAction.REVERSE: (
                    f"is reversed by transaction {changed.reversal_transaction_id}"
                ),
            }[action]
            self.message.show_ok(f"Trade {changed.id} {words}.")
            self._after_change(changed)

    def _after_change(self, trade: TradeInfo) -> None:
        """Reload in place; select the trade if it is still in the tab shown."""

        def reselect() -> None:
            self.model.reset_done.disconnect(reselect)
            if not self.table.select_key(trade.id):
                tab = status_text(trade).lower()
                self.message.show_ok(self.message.text() + f" (now under “{tab}”)")
            self._selection_changed()

        self.model.reset_done.connect(reselect)
        self.table.refresh()
        self.load_counts()


# -- "Record trade…" on the Members page -------------------------------------------


def record_trade_for_member(request: MemberActionRequest) -> None:
    """Open the record-trade dialog with the member selected on the Members page as buyer."""
    ctx = request.ctx

    def open_dialog(setup: TradeSetup) -> None:
        dialog = RecordTradeDialog(
            ctx, setup.currency, setup.tree, buyer=request.member, parent=request.parent
        )
        if dialog.exec() and dialog.result_value is not None:
            request.refresh()

    ctx.tasks.run(read_setup(ctx), open_dialog, owner=request.parent)


register_member_action(
    MemberAction(
        key="record_trade",
        text="Record &trade…",
        run=record_trade_for_member,
        tooltip="Record a trade the selected member paid for (they are the buyer)",
        permission=Permission.MANAGE_TRADES,
        needs_active=True,
    )
)


PAGE = PageSpec(
    key="trades",
    title="Trades",
    icon=QStyle.StandardPixmap.SP_BrowserReload,
    shortcut="Ctrl+4",
    factory=TradesPage,
)
