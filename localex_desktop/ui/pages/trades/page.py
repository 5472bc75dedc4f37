"""The Trades page: trades by status, recording them, settling them, slip batches.

A declaration on :class:`ListPage`: status tabs with their counts over the table
(Ctrl+PgDown/PgUp), a search over description, note and slip number, a member filter,
the detail lines under the table, and the actions as :class:`RowAction` objects
(buttons, the context menu and keys alike; disabled with the reason as tooltip).
Rows come in pages from ``trades.search`` (:func:`.model.fetch_trades`). Each change
is one service call in one transaction through ``ctx.op``; the page refreshes from the
tables the change wrote and :meth:`ListPage.reveal` selects the trade. Enter or a
double click on a trade runs its next step: complete it when pending, resolve it when
disputed.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWidget

from localex_desktop.domain.roles import Permission
from localex_desktop.services import categories, trades
from localex_desktop.services.categories import CategoryInfo
from localex_desktop.services.trades import CompleteResult, TradeInfo
from localex_desktop.ui import messages
from localex_desktop.ui.context import AppContext
from localex_desktop.ui.errors import show_error
from localex_desktop.ui.exporting import export_button, trades_filter
from localex_desktop.ui.i18n import translate
from localex_desktop.ui.list_page import Choice, ListPage, RowAction, service_model
from localex_desktop.ui.models.columns import MoneyFormat, when
from localex_desktop.ui.pages.members.picker import MemberPicker
from localex_desktop.ui.pages.trades.member_action import RECORD_TRADE_ACTION
from localex_desktop.ui.pages.trades.model import (
    TRADES_QUERY,
    TradeFilters,
    count_by_status,
    fetch_trades,
    party,
    status_name,
    status_tabs,
    status_word,
    trade_columns,
    trade_status_word,
)
from localex_desktop.ui.pages.trades.note_dialog import TradeAction, TradeNoteDialog
from localex_desktop.ui.pages.trades.record_dialog import RecordTradeDialog, TradeSetup
from localex_desktop.ui.pages.trades.slip_batch import SlipBatchDialog
from localex_desktop.ui.widgets import detail_label

__all__ = ["RECORD_TRADE_ACTION", "TradesPage", "recorded_text"]


def done_text(action: TradeAction, t: TradeInfo) -> str:
    """What the message line says after a trade action, translated."""
    if action is TradeAction.CANCEL:
        return translate("pages.trades.page", "Trade {id} is cancelled.").format(id=t.id)
    if action is TradeAction.DISPUTE:
        return translate("pages.trades.page", "Trade {id} is marked disputed.").format(id=t.id)
    if action is TradeAction.RESOLVE:
        return translate("pages.trades.page", "Trade {id} is resolved as {status}.").format(
            id=t.id, status=status_word(t.status)
        )
    return translate(
        "pages.trades.page", "Trade {id} is reversed by transaction {reversal}."
    ).format(id=t.id, reversal=t.reversal_transaction_id)


def recorded_text(t: TradeInfo, money: MoneyFormat) -> str:
    """What the message line says after Record trade: "paid" only once it is posted."""
    values = {
        "id": t.id,
        "status": trade_status_word(t),
        "buyer": t.buyer_name,
        "seller": t.seller_name,
        "amount": money.with_symbol(t.amount),
    }
    if t.transaction_id is not None:
        return translate(
            "pages.trades.page", "Recorded trade {id} ({status}): {buyer} paid {seller} {amount}."
        ).format(**values)
    return translate(
        "pages.trades.page",
        "Recorded trade {id} ({status}): {buyer} will pay {seller} {amount} when it is completed.",
    ).format(**values)


class TradesPage(ListPage[TradeInfo]):
    key = "trades"
    watches = frozenset({"trades", "members", "categories"})

    def permission_reasons(self) -> Mapping[Permission, str]:
        return {
            Permission.MANAGE_TRADES: translate(
                "pages.trades.page", "Only coordinators and administrators change trades"
            ),
            Permission.POST: translate(
                "pages.trades.page", "Only coordinators and administrators post to the ledger"
            ),
        }

    def count_words(self, n: int) -> str:
        return translate("pages.trades.page", "%Ln trade(s)", None, n)

    def select_first_words(self) -> str:
        return translate("pages.trades.page", "Select a trade in the list first.")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.tree: list[CategoryInfo] = []
        self._counts_asked = 0  # a count reply answers for one request: the last counts
        self.member_picker = MemberPicker(ctx, status=None)
        self.member_picker.setPlaceholderText(translate("pages.trades.page", "Any member"))
        self.member_picker.setMinimumWidth(220)
        self.detail = detail_label(self)
        model = service_model(
            ctx, trade_columns(self.money), fetch_trades, lambda t: t.id, query=TRADES_QUERY
        )
        self.export_button = export_button(ctx, self, "trades", lambda: trades_filter(self.model))
        self.build(
            model,
            search=translate("pages.trades.page", "Words in description or note, or a slip number"),
            search_name=translate("pages.trades.page", "Search trades"),
            search_label=translate("pages.trades.page", "Fi&nd:"),
            extra_filters=[(translate("pages.trades.page", "&Member:"), self.member_picker)],
            clear_filters=translate("pages.trades.page", "C&lear filters"),
            tabs=Choice("status", translate("pages.trades.page", "Trade status"), status_tabs()),
            actions=self._actions(),
            detail=self.detail,
            vertical=True,
            sizes=(560, 90),
            trailing=[self.export_button],
            table_name=translate("pages.trades.page", "Trades"),
        )
        self.member_picker.member_changed.connect(lambda _m: self.filters_edited())
        self.member_picker.textChanged.connect(self._member_text_changed)
        self.start()
        self.load_counts()
        self.load_tree()

    def _actions(self) -> list[RowAction[TradeInfo]]:
        manage, post = Permission.MANAGE_TRADES, Permission.POST

        def is_(*statuses: str) -> Callable[[TradeInfo], str | None]:
            return lambda t: (
                None
                if t.status in statuses
                else translate("pages.trades.page", "Trade {id} is {status}.").format(
                    id=t.id, status=trade_status_word(t)
                )
            )

        def reversible(t: TradeInfo) -> str | None:
            if t.status == "completed" and t.transaction_id is None:
                return translate(
                    "pages.trades.page", "Trade {id} has no ledger transaction."
                ).format(id=t.id)
            return is_("completed")(t)

        def note(action: TradeAction) -> Callable[[], None]:
            return lambda: self.note_action(action)

        return [
            RowAction(
                "record",
                translate("pages.trades.page", "&Record trade…"),
                self.record_trade,
                translate("pages.trades.page", "Record a trade members reported (Ctrl+N)"),
                manage,
                needs_row=False,
                shortcut=QKeySequence.StandardKey.New,
            ),
            RowAction(
                "batch",
                translate("pages.trades.page", "Sli&p batch…"),
                self.slip_batch,
                translate(
                    "pages.trades.page",
                    "Enter a bundle of paper slips with its control count and total",
                ),
                (manage, post),
                needs_row=False,
            ),
            RowAction(
                "complete",
                translate("pages.trades.page", "C&omplete"),
                self.complete,
                translate("pages.trades.page", "Both members agree: post the trade to the ledger"),
                (manage, post),
                why_not=is_("pending"),
                default=True,
            ),
            RowAction(
                "cancel",
                translate("pages.trades.page", "&Cancel…"),
                note(TradeAction.CANCEL),
                translate(
                    "pages.trades.page", "The trade did not happen; nothing reaches the ledger"
                ),
                manage,
                why_not=is_("pending"),
            ),
            RowAction(
                "dispute",
                translate("pages.trades.page", "&Dispute…"),
                note(TradeAction.DISPUTE),
                translate(
                    "pages.trades.page", "A member disagrees: hold the trade until it is resolved"
                ),
                manage,
                why_not=is_("pending"),
            ),
            RowAction(
                "resolve",
                translate("pages.trades.page", "R&esolve…"),
                note(TradeAction.RESOLVE),
                translate(
                    "pages.trades.page", "End the dispute: completed or cancelled, with a note"
                ),
                manage,
                why_not=is_("disputed"),
                default=True,
            ),
            RowAction(
                "reverse",
                translate("pages.trades.page", "Rever&se…"),
                note(TradeAction.REVERSE),
                translate(
                    "pages.trades.page",
                    "Correct a completed trade: post the reversal and cancel it",
                ),
                (manage, post),
                why_not=reversible,
            ),
        ]

    # -- loading --------------------------------------------------------------------

    @property
    def setup(self) -> TradeSetup:
        """The currency and categories the trade dialogs are opened with."""
        return TradeSetup(self.exchange.currency, self.tree)

    def load_tree(self) -> None:
        """The categories for the dialogs (again when a change wrote them)."""
        self.ctx.query(categories.tree, self._tree_loaded, self.show_failure, owner=self)

    def _tree_loaded(self, tree: list[CategoryInfo]) -> None:
        self.tree = tree

    def load_counts(self) -> None:
        """How many trades each status tab holds (for the member filtered on, if any)."""
        member_id = self.filters().member_id
        self._counts_asked += 1
        asked = self._counts_asked

        def show(counts: list[int]) -> None:
            if asked != self._counts_asked or self.tabs is None:
                return
            tabs = status_tabs()
            for number, ((title, _status), n) in enumerate(zip(tabs, counts, strict=True)):
                self.tabs.setTabText(
                    number,
                    translate("pages.trades.page", "{status} ({count})").format(
                        status=title, count=n
                    ),
                )

        self.ctx.query(
            lambda session, actor: count_by_status(session, actor, member_id),
            show,
            lambda _exc: None,  # the table says what failed; the tabs keep their counts
            owner=self,
        )

    def live_refresh(self, tables: frozenset[str]) -> None:
        """A change (ours or another coordinator's) wrote ``tables``: reload in place."""
        super().live_refresh(tables)
        if tables & self.watches:
            self.load_counts()
        if "categories" in tables:
            self.load_tree()

    def refresh(self) -> None:
        super().refresh()
        self.load_counts()

    # -- filters --------------------------------------------------------------------

    def status(self) -> str | None:
        return None if self.tabs is None else self.tabs.value()

    def show_status(self, status: str | None) -> None:
        if self.tabs is not None:
            self.tabs.show_value(status)

    def filters(self) -> TradeFilters:
        member = self.member_picker.member() if self.member_picker.text().strip() else None
        return TradeFilters(status=self.status(), member_id=None if member is None else member.id)

    def filter_values(self) -> TradeFilters:
        return self.filters()

    def filters_changed(self) -> None:
        flt = self.filters()
        shown = self.model.query.filters
        if flt != shown:
            self.model.set_filters(flt)
        if not isinstance(shown, TradeFilters) or flt.member_id != shown.member_id:
            self.load_counts()

    def _member_text_changed(self, text: str) -> None:
        if not text.strip() and self.filters() != self.model.query.filters:
            self.filters_edited()

    def filters_cleared(self) -> None:
        self.load_counts()  # the member filter went: the tabs count everyone again

    def clear_extra_filters(self) -> None:
        self.member_picker.blockSignals(True)
        self.member_picker.set_member(None)
        self.member_picker.blockSignals(False)

    # -- the list -------------------------------------------------------------------

    def select_trade(self, trade_id: int) -> bool:
        return self.select_key(trade_id)

    def show_detail(self, row: TradeInfo | None) -> None:
        self.detail.setText("" if row is None else detail_text(row))

    def _moved_to(self, t: TradeInfo) -> str:
        """What :meth:`reveal` adds when the trade left the tab shown."""
        status = self.status()
        if status is not None and status != t.status:
            return translate("pages.trades.page", " (now under “{status}”)").format(
                status=status_word(t.status)
            )
        return translate("pages.trades.page", " (not shown: outside the current search)")

    # -- actions --------------------------------------------------------------------

    def record_trade(self) -> None:
        dialog = RecordTradeDialog(
            self.ctx,
            self.exchange.currency,
            self.tree,
            buyer=self.member_picker.member(),
            parent=self,
        )
        t = dialog.run()
        if t is not None:
            self.reveal(t.id, recorded_text(t, self.money), self._moved_to(t))

    def slip_batch(self) -> None:
        dialog = SlipBatchDialog(self.ctx, self.exchange.currency, self)
        dialog.exec()
        result = dialog.result_value
        if result is not None and result.trade_ids:
            self.reveal(
                result.trade_ids[-1],
                translate(
                    "pages.trades.page",
                    "Posted slip batch {batch}: %n completed trade(s).",
                    None,
                    len(result.trade_ids),
                ).format(batch=result.batch_id),
                translate("pages.trades.page", " (under “completed”)"),
            )

    def complete(self) -> None:
        t = self.selected()
        if t is None:
            return
        if not messages.ask(
            self,
            translate("pages.trades.page", "Complete trade {id}?").format(id=t.id),
            translate("pages.trades.page", "{buyer} pays {seller} {amount} in the ledger.").format(
                buyer=party(t.buyer_name, t.buyer_member_id),
                seller=party(t.seller_name, t.seller_member_id),
                amount=self.money.with_symbol(t.amount),
            ),
            yes=translate("pages.trades.page", "Complete trade"),
            no=translate("pages.trades.page", "Cancel"),
        ):
            return
        ident = t.id

        def done(result: CompleteResult) -> None:
            done_t = result.trade
            if result.already_completed:
                text = translate(
                    "pages.trades.page", "Trade {id} was already completed; nothing posted."
                ).format(id=done_t.id)
            else:
                text = translate(
                    "pages.trades.page", "Completed trade {id}: transaction {transaction}."
                ).format(id=done_t.id, transaction=done_t.transaction_id)
            self.reveal(done_t.id, text, self._moved_to(done_t))

        self.ctx.op(
            lambda session, actor: trades.complete(session, actor, ident),
            done,
            lambda exc: show_error(self, exc),
            owner=self,
        )

    def note_action(self, action: TradeAction) -> None:
        t = self.selected()
        if t is None:
            return
        dialog = TradeNoteDialog(self.ctx, action, t, self.exchange.currency, self)
        changed = dialog.run()
        if changed is not None:
            self.reveal(changed.id, done_text(action, changed), self._moved_to(changed))


def detail_text(t: TradeInfo) -> str:
    """The lines under the table: who recorded it, the ledger, the note, the resolution."""
    parts = [
        translate("pages.trades.page", "Trade {id}").format(id=t.id),
        status_name(t),
        translate("pages.trades.page", "recorded by {who} on {when}").format(
            who=t.created_by, when=when(t.created_at)
        ),
    ]
    if t.slip_number:
        parts.append(translate("pages.trades.page", "slip {slip}").format(slip=t.slip_number))
    if t.batch_id:
        parts.append(translate("pages.trades.page", "batch {batch}").format(batch=t.batch_id))
    if t.listing_id:
        parts.append(
            translate("pages.trades.page", "listing {listing}").format(listing=t.listing_id)
        )
    lines = [" · ".join(parts)]
    if t.transaction_id and t.reversal_transaction_id:
        lines.append(
            translate(
                "pages.trades.page",
                "In the ledger as transaction {transaction}, reversed by transaction {reversal}.",
            ).format(transaction=t.transaction_id, reversal=t.reversal_transaction_id)
        )
    elif t.transaction_id:
        lines.append(
            translate("pages.trades.page", "In the ledger as transaction {transaction}.").format(
                transaction=t.transaction_id
            )
        )
    if t.note:
        lines.append(translate("pages.trades.page", "Note: {note}").format(note=t.note))
    if t.resolution:
        lines.append(
            translate("pages.trades.page", "Resolution: {resolution}").format(
                resolution=t.resolution
            )
        )
    return "\n".join(lines)
