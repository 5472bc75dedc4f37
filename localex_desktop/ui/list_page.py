"""One list page for Members, Listings, Trades, Ledger and Audit: the frame they share.

A page declares what is its own — the columns (from the entity's field list), how a
page of rows is fetched from its service, the filters, the detail panel and the row
actions — and :class:`ListPage` provides the rest the same way everywhere:

* the search box (Ctrl+F; Down moves into the results), the filters bar (maybe with
  "Clear filters"), the action bar, the busy bar, the table beside (or above) the detail
  panel and after a side panel in remembered splitters, the message line and the count
  line;
* the lazy model over the service (:func:`service_model`: keyset pages in READ ONLY
  transactions on the worker), sorting and searching in the database;
* actions as :class:`QAction` objects (:class:`RowAction`; it, :class:`Choice` and
  :func:`service_model` live in :mod:`ui.list_parts`): each drives a button, the
  table's context menu and its shortcut, enabled or disabled with the reason as tooltip;
  Enter or a double click runs the page's default action;
* refreshing in place when a change (ours or another coordinator's) wrote a table the
  page shows (:attr:`ListPage.watches`), keeping the selection and the scroll position;
  :meth:`ListPage.reveal` selects a new or changed row once the refresh has landed;
* the exchange's currency, loaded once and again when the settings change.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import replace
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from localex_desktop.ui.context import AppContext
from localex_desktop.ui.errors import describe
from localex_desktop.ui.list_parts import (
    Choice,
    PageFetch,
    RowAction,
    SearchEdit,
    add_labelled,
    bind_action,
    choice_box,
    page_key,
    service_model,
)
from localex_desktop.ui.models.columns import MoneyFormat
from localex_desktop.ui.models.exchange import ExchangeInfo, read_exchange
from localex_desktop.ui.models.lazy_table import LazyTableModel
from localex_desktop.ui.models.lazy_view import BusyBar, LazyTableView
from localex_desktop.ui.widgets import (
    MUTED_STYLE,
    MessageLabel,
    count_text,
    restore_splitter,
    save_splitter,
)

__all__ = ["Choice", "ListPage", "PageFetch", "RowAction", "service_model"]

R = TypeVar("R")


class ListPage(QWidget, Generic[R]):
    """The shared frame; subclasses call :meth:`build` with their parts."""

    #: tables whose changes this page shows (a change to any of them refreshes it)
    watches: frozenset[str] = frozenset()
    noun: tuple[str, str] = ("row", "rows")
    key: str = "list"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.money = MoneyFormat()
        self.exchange = ExchangeInfo(self.money.currency, 0)
        self.actions_: list[RowAction[R]] = []
        self.choices: dict[str, QComboBox] = {}
        self.search_edit: QLineEdit | None = None
        self.message = MessageLabel()
        self.count_label = QLabel("")
        self.count_label.setStyleSheet(MUTED_STYLE)
        self._stale: set[str] = set()

    # -- building ---------------------------------------------------------------------

    def build(
        self,
        model: LazyTableModel[R],
        *,
        search: str | None = None,
        search_name: str = "",
        choices: Sequence[Choice] = (),
        extra_filters: Sequence[tuple[str, QWidget]] = (),
        actions: Sequence[RowAction[R]] = (),
        detail: QWidget | None = None,
        side: QWidget | None = None,
        vertical: bool = False,
        sizes: Sequence[int] = (650, 420),
        side_sizes: Sequence[int] = (180, 930),
        clear_text: str | None = None,
        trailing: Sequence[QWidget] = (),
        table_name: str = "",
    ) -> None:
        """Lay the page out: filters, actions, busy bar, table and detail, message, count.

        ``side`` (a category tree) sits left of the table and its detail; the outermost
        splitter is :attr:`splitter`, remembered as ``<key>/splitter``. ``clear_text``
        adds a "Clear filters" button (:meth:`clear_filters`).
        """
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
            add_labelled(top, "&Search:", self.search_edit, 1)
            self.search_edit.textChanged.connect(model.set_search)
            self.search_edit.returnPressed.connect(model.apply_search)
        for choice in choices:
            box = self.choices[choice.key] = choice_box(choice)
            add_labelled(top, choice.label, box)
            box.currentIndexChanged.connect(lambda _i: self.filters_changed())
        for text, widget in extra_filters:
            add_labelled(top, text, widget)
        if clear_text is not None:
            self.clear_button = QPushButton(clear_text)
            self.clear_button.clicked.connect(self.clear_filters)
            top.addSpacing(12)
            top.addWidget(self.clear_button)
        if search is None and not choices and not extra_filters:
            top.addStretch(1)

        bar = QHBoxLayout()
        for action in actions:
            self._add_action(action, bar)
        bar.addStretch(1)
        for widget in trailing:
            bar.addWidget(widget)

        body: QWidget = self.table
        if detail is not None:
            turn = Qt.Orientation.Vertical if vertical else Qt.Orientation.Horizontal
            name = "detail" if side is not None else "splitter"
            stretch = (3, 1 if vertical else 2)
            body = self._splitter(turn, (self.table, detail), stretch, sizes, name)
        if side is not None:
            body = self._splitter(Qt.Orientation.Horizontal, (side, body), (1, 4), side_sizes)

        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addLayout(bar)
        layout.addWidget(BusyBar(model))
        layout.addWidget(body, 1)
        layout.addLayout(bottom)

        page_key(self, QKeySequence.StandardKey.Find, self.focus_search)
        page_key(self, QKeySequence.StandardKey.Refresh, self.refresh)
        self.table.current_changed.connect(lambda _key: self._selection_changed())
        self.table.activated.connect(lambda _index: self.run_default())
        model.reset_done.connect(self._rows_replaced)
        model.more_loaded.connect(self._update_count)
        model.failed.connect(lambda exc: self.message.show_error(*describe(exc)))
        self.ctx.events.settings_changed.connect(self.load_exchange)
        self.ctx.events.data_changed.connect(self._data_changed)
        self.update_actions()

    def _splitter(
        self,
        orientation: Qt.Orientation,
        parts: Sequence[QWidget],
        stretch: Sequence[int],
        sizes: Sequence[int],
        name: str = "splitter",
    ) -> QSplitter:
        """A splitter remembered as ``<key>/<name>``; the last one made is :attr:`splitter`."""
        splitter = QSplitter(orientation)
        for number, (part, factor) in enumerate(zip(parts, stretch, strict=True)):
            splitter.addWidget(part)
            splitter.setStretchFactor(number, factor)
        splitter.setChildrenCollapsible(False)
        key = f"{self.key}/{name}"
        restore_splitter(self.ctx.settings, key, splitter, list(sizes))
        splitter.splitterMoved.connect(lambda *_: save_splitter(self.ctx.settings, key, splitter))
        self.splitter = splitter
        return splitter

    def start(self) -> None:
        """Load the currency and the first rows (both at once; amounts redraw if late)."""
        self.load_exchange()
        self.model.reload()

    def _add_action(self, spec: RowAction[R], bar: QHBoxLayout) -> None:
        button = bind_action(spec, self, self._trigger)
        self.actions_.append(spec)
        if button is not None:
            setattr(self, f"{spec.key}_button", button)
            if spec.separated:
                bar.addSpacing(16)
            bar.addWidget(button)

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

    def filters_changed(self) -> None:
        """A filter changed: fetch again with :meth:`filter_values` (if they differ)."""
        values = self.filter_values()
        if values != self.model.query.filters:
            self.model.set_filters(values)

    def filter_values(self) -> Any:
        """Hook: the model's filters; the default is the choices' values (one: as is)."""
        values = {key: box.currentData() for key, box in self.choices.items()}
        return next(iter(values.values())) if len(values) == 1 else values

    def clear_filters(self) -> None:
        """Show everything: no search text, each choice's first option, then one fetch."""
        for box in self.choices.values():
            box.blockSignals(True)
            box.setCurrentIndex(0)
            box.blockSignals(False)
        self.reset_filters()
        if self.search_edit is not None:
            self.search_edit.clear()
        self.model.set_query(replace(self.model.query, text="", filters=self.filter_values()))

    def reset_filters(self) -> None:
        """Hook: put the page's own filter widgets back to "all" without signals."""

    def selected(self) -> R | None:
        row = self.table.selected_row()
        return None if row is None else self.model.row(row)

    def select_key(self, key: Hashable) -> bool:
        return self.table.select_key(key)

    def reveal(self, key: Hashable, message: str) -> None:
        """Say ``message`` and select ``key`` once the refresh after a change has landed."""
        self.message.show_ok(message)

        def select() -> None:
            if not self.table.select_key(key):
                self.message.show_ok(message + " (not shown: outside the current search)")
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
        one, many = self.noun
        self.count_label.setText(
            count_text(self.model.loaded_count(), self.model.has_more, one, many)
        )

    def _selection_changed(self) -> None:
        self.show_detail(self.selected())
        self.update_actions()

    def show_detail(self, row: R | None) -> None:
        """Hook: show the selected row (or None) in the detail panel."""

    # -- actions ----------------------------------------------------------------------

    def why_not(self, spec: RowAction[R], row: R | None) -> str | None:
        """Why ``spec`` cannot be used now (None: it can)."""
        if spec.permission is not None and not self.ctx.can(spec.permission):
            role = self.ctx.actor.role.value
            if spec.denied:
                return spec.denied.format(role=role)
            return f"You may not {spec.permission.value}; you are a {role}."
        if spec.needs_row and row is None:
            return f"Select a {self.noun[0]} in the list first."
        if spec.why_not is not None and row is not None:
            return spec.why_not(row)
        return None

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
        """Enter or a double click on a row: the page's default action, if it may run."""
        for spec in self.actions_:
            if spec.default:
                self._trigger(spec)
                return

    def _context_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if index.isValid():
            self.table.select_row(index.row())
        menu = QMenu(self)
        for spec in self.actions_:
            if spec.separated:
                menu.addSeparator()
            menu.addAction(spec.action)
        menu.exec(self.table.viewport().mapToGlobal(pos))
        menu.deleteLater()

    # -- the exchange's currency ------------------------------------------------------

    def load_exchange(self) -> None:
        self.ctx.query(
            read_exchange,
            self._exchange_loaded,
            lambda exc: self.message.show_error(*describe(exc)),
            owner=self,
        )

    def _exchange_loaded(self, info: ExchangeInfo) -> None:
        self.exchange = info
        self.money.currency = info.currency
        self.model.unit = info.currency.symbol
        self.model.refresh_display()
        self.exchange_changed(info)

    def exchange_changed(self, info: ExchangeInfo) -> None:
        """Hook: the currency arrived or changed; redraw what else shows amounts."""
