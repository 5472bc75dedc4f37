"""One list page for Members, Listings, Trades, Ledger and Audit: the frame they share.

A page declares what is its own — the columns (from the entity's field list), how a
page of rows is fetched from its service, the filters, the detail panel and the row
actions (the parts are in :mod:`ui.list_parts`) — and :class:`ListPage` provides the
rest the same way everywhere:

* the search box (Ctrl+F; Down moves into the results), the filters bar (choices, the
  page's own filter widgets, "Clear filters"), tabs over the table for a main filter
  (Ctrl+PgDown/PgUp), the action bar, the busy bar, the table beside (or above) the
  detail panel in a remembered splitter, the message line and the count line;
* the lazy model over the service (:func:`service_model`: keyset pages in READ ONLY
  transactions on the worker), sorting and searching in the database;
* actions as :class:`QAction` objects (:class:`RowAction`): each drives a button, the
  table's context menu and its shortcut, enabled or disabled with the reason as tooltip;
  Enter or a double click runs the page's default action;
* refreshing in place when a change (ours or another coordinator's) wrote a table the
  page shows (:attr:`ListPage.watches`), keeping the selection and the scroll position;
  :meth:`ListPage.reveal` selects a new or changed row once the refresh has landed;
* a message line cleared when the person selects another row or changes a filter;
* the exchange's currency, loaded once and again when the settings change.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence
from dataclasses import replace
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from localex_desktop.domain.roles import Permission
from localex_desktop.ui.context import AppContext
from localex_desktop.ui.errors import describe
from localex_desktop.ui.flow_layout import flow_bar
from localex_desktop.ui.list_parts import (
    Choice,
    FilterTabs,
    PageFetch,
    RowAction,
    SearchEdit,
    StatusLine,
    action_menu,
    add_key,
    add_labelled,
    choice_box,
    make_action,
    page_body,
    refusal,
    service_model,
)
from localex_desktop.ui.models.columns import MoneyFormat
from localex_desktop.ui.models.exchange import ExchangeInfo, read_exchange
from localex_desktop.ui.models.lazy_table import LazyTableModel
from localex_desktop.ui.models.lazy_view import BusyBar, LazyTableView
from localex_desktop.ui.widgets import MUTED_STYLE, count_text

R = TypeVar("R")

__all__ = ["Choice", "ListPage", "PageFetch", "RowAction", "service_model"]


class ListPage(QWidget, Generic[R]):
    """The shared frame; subclasses call :meth:`build` with their parts."""

    #: tables whose changes this page shows (a change to any of them refreshes it)
    watches: frozenset[str] = frozenset()
    noun: tuple[str, str] = ("row", "rows")
    key: str = "list"
    #: the reason (before "; you are a …") a permission's actions are disabled
    permission_reasons: ClassVar[Mapping[Permission, str]] = {}

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.money = MoneyFormat()
        self.exchange = ExchangeInfo(self.money.currency, 0)
        self.actions_: list[RowAction[R]] = []
        self.choices: dict[str, QComboBox] = {}
        self.search_edit: QLineEdit | None = None
        self.tabs: FilterTabs | None = None
        self.message = StatusLine()
        self.count_label = QLabel("")
        self.count_label.setStyleSheet(MUTED_STYLE)
        self._stale: set[str] = set()
        self._said_about: Hashable | None = None  # the selection the message speaks of
        self._holding = False  # a reveal waits for its refresh: the message stays

    # -- building ---------------------------------------------------------------------

    def build(
        self,
        model: LazyTableModel[R],
        *,
        search: str | None = None,
        search_name: str = "",
        search_label: str = "&Search:",
        choices: Sequence[Choice] = (),
        extra_filters: Sequence[tuple[str, QWidget]] = (),
        clear_filters: str | None = None,
        tabs: Choice | None = None,
        actions: Sequence[RowAction[R]] = (),
        detail: QWidget | None = None,
        side: QWidget | None = None,
        vertical: bool = False,
        sizes: Sequence[int] = (650, 420),
        side_sizes: Sequence[int] = (180, 930),
        trailing: Sequence[QWidget] = (),
        table_name: str = "",
    ) -> None:
        """Lay the page out: filters, actions, tabs, busy bar, table and detail, message,
        count. ``clear_filters`` is the text of a button that clears them (None: none);
        ``side`` (a category tree) sits left of the table and its detail."""
        self.model = model
        self.table = LazyTableView(
            model, settings=self.ctx.settings, settings_key=f"{self.key}/table"
        )
        self.table.setAccessibleName(table_name or self.noun[1].capitalize())
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)

        top = QHBoxLayout()
        if search is not None:
            self.search_edit = SearchEdit(self.table)
            self.search_edit.setPlaceholderText(f"{search}  (Ctrl+F)")
            self.search_edit.setClearButtonEnabled(True)
            self.search_edit.setAccessibleName(search_name or f"Search {self.noun[1]}")
            add_labelled(top, search_label, self.search_edit, 1, gap=0)
            self.search_edit.textChanged.connect(model.set_search)
            self.search_edit.textEdited.connect(lambda _t: self.message.clear_message())
            self.search_edit.returnPressed.connect(model.apply_search)
        for choice in choices:
            box = self.choices[choice.key] = choice_box(choice)
            add_labelled(top, choice.label, box)
            box.currentIndexChanged.connect(lambda _i: self.filters_edited())
        for text, widget in extra_filters:
            add_labelled(top, text, widget)
        if clear_filters is not None:
            self.clear_button = QPushButton(clear_filters)
            self.clear_button.clicked.connect(self.clear_filters)
            top.addWidget(self.clear_button)
        if search is None and not choices and not extra_filters:
            top.addStretch(1)
        if tabs is not None:
            self.tabs = FilterTabs(tabs)
            self.tabs.currentChanged.connect(lambda _i: self.filters_edited())

        buttons: list[QWidget] = []
        for spec in actions:
            self.actions_.append(spec)
            button = make_action(self, spec, self._trigger)
            if button is not None:
                setattr(self, f"{spec.key}_button", button)
                if spec.separated and buttons:
                    gap = QWidget()
                    gap.setFixedWidth(10)
                    buttons.append(gap)
                buttons.append(button)
        # rows that wrap at the default window size instead of cutting the buttons' words
        self.action_bar = flow_bar(buttons, list(trailing))

        body = page_body(
            self.ctx.settings, self.key, self.table, detail, side, vertical, sizes, side_sizes
        )
        if isinstance(body, QSplitter):
            self.splitter = body

        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.action_bar)
        if self.tabs is not None:
            layout.addWidget(self.tabs)
        layout.addWidget(BusyBar(model))
        layout.addWidget(body, 1)
        layout.addLayout(bottom)

        add_key(self, QKeySequence.StandardKey.Find, self.focus_search)
        add_key(self, QKeySequence.StandardKey.Refresh, self.refresh)
        if self.tabs is not None:
            tab_bar = self.tabs
            add_key(self, "Ctrl+PgDown", lambda: tab_bar.step(+1))
            add_key(self, "Ctrl+PgUp", lambda: tab_bar.step(-1))
        self.message.shown.connect(self._message_shown)
        self.table.current_changed.connect(lambda _key: self._selection_changed())
        self.table.activated.connect(lambda _index: self.run_default())
        model.reset_done.connect(self._rows_replaced)
        model.more_loaded.connect(self._update_count)
        model.failed.connect(self.show_failure)
        self.ctx.events.settings_changed.connect(self.load_exchange)
        self.ctx.events.data_changed.connect(self._data_changed)
        self.update_actions()

    def start(self) -> None:
        """Load the currency and the first rows (both at once; amounts redraw if late)."""
        self.load_exchange()
        self.model.reload()

    # -- the list ---------------------------------------------------------------------

    def focus_search(self) -> None:
        if self.search_edit is not None:
            self.search_edit.setFocus()
            self.search_edit.selectAll()

    def refresh(self) -> None:
        self.message.clear_message()
        self.table.refresh()

    #: the page refreshes itself after this program's own changes (see _data_changed)
    refreshes_itself = True

    def _data_changed(self, tables: frozenset[str]) -> None:
        """Our own change wrote ``tables``: refresh now if shown, else when shown next."""
        if not tables & self.watches:
            return
        if self.isVisible():
            self.live_refresh(tables)
        else:
            self._stale |= tables

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            tables, self._stale = frozenset(self._stale), set()
            self.live_refresh(tables)

    def live_refresh(self, tables: frozenset[str]) -> None:
        """A change wrote ``tables``: refresh in place if the page shows any of them."""
        if tables & self.watches:
            self.table.refresh()
            self.refresh_detail()

    def refresh_detail(self) -> None:
        """Hook: reload the detail panel after a change (the selection stays)."""

    def filters_edited(self) -> None:
        """A filter changed (call it from a page's own filter widgets too): the message
        spoke of the rows before, so it goes; then :meth:`filters_changed`."""
        self.message.clear_message()
        self.filters_changed()

    def filters_changed(self) -> None:
        """A filter changed: fetch again with :meth:`filter_values` (if they differ)."""
        values = self.filter_values()
        if values != self.model.query.filters:
            self.model.set_filters(values)

    def filter_values(self) -> Any:
        values = {key: box.currentData() for key, box in self.choices.items()}
        if self.tabs is not None:
            values[self.tabs.choice.key] = self.tabs.value()
        return next(iter(values.values())) if len(values) == 1 else values

    def clear_filters(self) -> None:
        """Empty the search, the choices and the page's own filters; one fetch."""
        for box in self.choices.values():
            box.blockSignals(True)
            box.setCurrentIndex(0)
            box.blockSignals(False)
        self.clear_extra_filters()
        if self.search_edit is not None:
            self.search_edit.blockSignals(True)
            self.search_edit.clear()
            self.search_edit.blockSignals(False)
        self.message.clear_message()
        searched = bool(self.model.query.text)
        self.model.set_query(replace(self.model.query, text=""), fetch=False)
        if self.filter_values() != self.model.query.filters:
            self.filters_changed()  # the page's hook fetches (and may count again)
        elif searched:
            self.model.reload()

    def clear_extra_filters(self) -> None:
        """Hook: empty the page's own filter widgets (without their change signals)."""

    def selected(self) -> R | None:
        row = self.table.selected_row()
        return None if row is None else self.model.row(row)

    def select_key(self, key: Hashable) -> bool:
        return self.table.select_key(key)

    def reveal(
        self,
        key: Hashable,
        message: str,
        missing: str = " (not shown: outside the current search)",
    ) -> None:
        """Say ``message`` and select ``key`` once the refresh after a change has landed;
        ``missing`` is added to the message when the row is not among those shown."""
        self._holding = True
        self.message.show_ok(message)

        def select() -> None:
            self._holding = False
            self._said_about = key
            if not self.table.select_key(key):
                self.message.show_ok(message + missing)
            self._selection_changed()

        if self.model.loading:

            def once() -> None:
                self.model.reset_done.disconnect(once)
                select()

            self.model.reset_done.connect(once)
        else:
            select()

    def _rows_replaced(self) -> None:
        self._update_count()
        self._selection_changed()

    def _update_count(self) -> None:
        loaded, more = self.model.loaded_count(), self.model.has_more
        self.count_label.setText(count_text(loaded, more, *self.noun))

    def _message_shown(self) -> None:
        if not self._holding:
            self._said_about = self.table.selected_key()

    def _selection_changed(self) -> None:
        if not self._holding and self.table.selected_key() != self._said_about:
            self.message.clear_message()  # it spoke of another row
        self.show_detail(self.selected())
        self.update_actions()

    def show_detail(self, row: R | None) -> None:
        """Hook: show the selected row (or None) in the detail panel."""

    # -- actions ----------------------------------------------------------------------

    def why_not(self, spec: RowAction[R], row: R | None) -> str | None:
        """Why ``spec`` cannot be used now (None: it can)."""
        return refusal(self.ctx, spec, row, self.noun[0], self.permission_reasons)

    def update_actions(self) -> None:
        row = self.selected()
        for spec in self.actions_:
            reason = self.why_not(spec, row)
            text, tooltip = (spec.relabel and spec.relabel(row)) or (spec.text, spec.tooltip)
            spec.action.setText(text)
            spec.action.setEnabled(reason is None)
            spec.action.setToolTip(tooltip if reason is None else reason)

    def _trigger(self, spec: RowAction[R]) -> None:
        if self.why_not(spec, self.selected()) is None:
            spec.run()

    def run_default(self) -> None:
        """Enter or a double click on a row: the first default action that may run."""
        row = self.selected()
        for spec in self.actions_:
            if spec.default and self.why_not(spec, row) is None:
                spec.run()
                return

    def _context_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if index.isValid():
            self.table.select_row(index.row())
        action_menu(self, self.actions_, self.table.viewport().mapToGlobal(pos))

    # -- the exchange's currency ------------------------------------------------------

    def load_exchange(self) -> None:
        self.ctx.query(read_exchange, self._exchange_loaded, self.show_failure, owner=self)

    def show_failure(self, exc: BaseException) -> None:
        """A read failed: say why on the message line."""
        self.message.show_error(*describe(exc))

    def _exchange_loaded(self, info: ExchangeInfo) -> None:
        self.exchange = info
        self.money.currency = info.currency
        self.model.unit = info.currency.symbol
        self.model.refresh_display()
        self.exchange_changed(info)

    def exchange_changed(self, info: ExchangeInfo) -> None:
        """Hook: the currency arrived or changed; redraw what else shows amounts."""
