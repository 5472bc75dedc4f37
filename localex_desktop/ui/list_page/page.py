"""The frame of the list pages (Members, Listings, Trades, Ledger and Audit).

A page declares what is its own — the columns (from the entity's field list), how a
page of rows is fetched from its service, the filters, the detail panel and the row
actions — and :class:`ListPage` provides the rest the same way everywhere:

* the search box (Ctrl+F; Down moves into the results), the filters (one bar, or a grid
  of :class:`Filter` cells) with "Clear filters", the action bar, the busy bar, the
  table beside (or above) the detail panel in a remembered splitter, the message line
  and the count line;
* the lazy model over the service (:func:`service_model`: keyset pages in READ ONLY
  transactions on the worker), sorting and searching in the database;
* actions as :class:`QAction` objects (:class:`RowAction`): each drives a button, the
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
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from localex_desktop.ui.context import AppContext
from localex_desktop.ui.errors import describe
from localex_desktop.ui.list_page.filters import (
    Choice,
    Filter,
    SearchEdit,
    choice_box,
    filter_bar_layout,
    filter_grid_layout,
)
from localex_desktop.ui.list_page.parts import RowAction, detail_splitter, mirror
from localex_desktop.ui.models.columns import MoneyFormat
from localex_desktop.ui.models.exchange import ExchangeInfo, read_exchange
from localex_desktop.ui.models.lazy_table import LazyTableModel
from localex_desktop.ui.models.lazy_view import BusyBar, LazyTableView
from localex_desktop.ui.widgets import MUTED_STYLE, MessageLabel, count_text

R = TypeVar("R")


class ListPage(QWidget, Generic[R]):
    """The shared frame; subclasses call :meth:`build` with their parts."""

    #: tables whose changes this page shows (a change to any of them refreshes it)
    watches: frozenset[str] = frozenset()
    noun: tuple[str, str] = ("row", "rows")
    key: str = "list"
    #: what the table is called in "Select a … in the list first."
    list_name: str = "list"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.money = MoneyFormat()
        self.exchange = ExchangeInfo(self.money.currency, 0)
        self.actions_: list[RowAction[R]] = []
        self.buttons: dict[str, QPushButton] = {}
        self.choices: dict[str, QComboBox] = {}
        self.search_edit: SearchEdit | None = None
        self._filter_widgets: list[QWidget] = []
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
        search_label: str = "&Search:",
        choices: Sequence[Choice] = (),
        extra_filters: Sequence[tuple[str, QWidget]] = (),
        filter_grid: Sequence[Sequence[Filter]] = (),
        clear_button: bool = False,
        actions: Sequence[RowAction[R]] = (),
        detail: QWidget | None = None,
        side: QWidget | None = None,
        vertical: bool = False,
        sizes: Sequence[int] = (650, 420),
        trailing: Sequence[QWidget] = (),
        table_name: str = "",
    ) -> None:
        """Lay the page out: filters, actions, busy bar, table and detail, message, count.

        The filters are one bar (``search``, ``choices``, ``extra_filters``, then "Clear
        filters" with ``clear_button``) or, with ``filter_grid``, rows of cells the page
        arranges itself (the search box from :meth:`make_search`, the choices from
        :meth:`make_choice`, the button from :meth:`make_clear_button`).
        """
        self.model = model
        self.table = LazyTableView(
            model, settings=self.ctx.settings, settings_key=f"{self.key}/table"
        )
        self.table.setAccessibleName(table_name or self.noun[1].capitalize())
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)

        if filter_grid:
            top: QLayout = filter_grid_layout(filter_grid)
            self._filter_widgets = [cell.widget for row in filter_grid for cell in row]
        else:
            cells = [Filter(c.label, self.make_choice(c)) for c in choices]
            cells += [Filter(text, widget) for text, widget in extra_filters]
            if search is not None:
                cells.insert(0, Filter(search_label, self.make_search(search, search_name), 1, 1))
            end = [self.make_clear_button()] if clear_button else []
            top = filter_bar_layout(cells, end)
            self._filter_widgets = [cell.widget for cell in cells]
        if self.search_edit is not None:
            self.search_edit.results = self.table
            self.search_edit.textChanged.connect(model.set_search)
            self.search_edit.returnPressed.connect(model.apply_search)

        bar = QHBoxLayout()
        for action in actions:
            self._add_action(action, bar)
        bar.addStretch(1)
        for widget in trailing:
            bar.addWidget(widget)

        if detail is not None:
            self.splitter = detail_splitter(
                self.ctx.settings, f"{self.key}/splitter", self.table, detail, side, vertical, sizes
            )
            body: QWidget = self.splitter
        else:
            body = self.table

        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.setSpacing(8)
        layout.addLayout(top)
        if actions or trailing:
            layout.addLayout(bar)
        layout.addWidget(BusyBar(model))
        layout.addWidget(body, 1)
        layout.addLayout(bottom)

        self._add_page_keys()
        self.table.current_changed.connect(lambda _key: self._selection_changed())
        self.table.activated.connect(lambda _index: self.run_default())
        model.reset_done.connect(self._rows_replaced)
        model.more_loaded.connect(self._update_count)
        model.failed.connect(lambda exc: self.message.show_error(*describe(exc)))
        self.ctx.events.settings_changed.connect(self.load_exchange)
        self.ctx.events.data_changed.connect(self._data_changed)
        self.update_actions()

    def start(self) -> None:
        """Load the currency and the first rows (both at once; amounts redraw if late)."""
        self.load_exchange()
        self.model.reload()

    def make_search(self, placeholder: str, accessible_name: str = "") -> SearchEdit:
        """The page's search box (searched in the database as one types; Ctrl+F)."""
        self.search_edit = SearchEdit(placeholder, accessible_name or f"Search {self.noun[1]}")
        return self.search_edit

    def make_choice(self, choice: Choice) -> QComboBox:
        """A combo box for ``choice``; a change calls :meth:`filters_changed`."""
        box = choice_box(choice)
        box.currentIndexChanged.connect(lambda _i: self.filters_changed())
        self.choices[choice.key] = box
        return box

    def make_clear_button(self) -> QPushButton:
        self.clear_button = QPushButton("C&lear filters")
        self.clear_button.setToolTip("Show everything again: no search, no filters")
        self.clear_button.clicked.connect(self.clear_filters)
        return self.clear_button

    def _add_action(self, spec: RowAction[R], bar: QHBoxLayout) -> None:
        action = QAction(spec.text, self)
        action.setToolTip(spec.tooltip)
        if spec.shortcut is not None:
            action.setShortcut(QKeySequence(spec.shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        action.triggered.connect(lambda _checked=False, s=spec: self._trigger(s))
        spec.action = action
        self.actions_.append(spec)
        if spec.button:
            button = QPushButton(spec.text)
            button.clicked.connect(action.trigger)
            action.changed.connect(lambda b=button, a=action: mirror(b, a))
            setattr(self, f"{spec.key}_button", button)
            self.buttons[spec.key] = button
            bar.addWidget(button)

    def _add_page_keys(self) -> None:
        for keys, slot in (
            (QKeySequence.StandardKey.Find, self.focus_search),
            (QKeySequence.StandardKey.Refresh, self.refresh),
        ):
            action = QAction(self)
            action.setShortcuts(keys)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)

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
        """Hook: a filter changed; the default passes the choices' values to the model."""
        self.model.set_filters(self.filter_values())

    def filter_values(self) -> Any:
        values = {key: box.currentData() for key, box in self.choices.items()}
        return next(iter(values.values())) if len(values) == 1 else values

    def clear_filters(self) -> None:
        """Empty the search, choose the first of every choice, then :meth:`reset_filters`."""
        every: list[QWidget] = [*self.choices.values(), *self._filter_widgets]
        if self.search_edit is not None:
            every.append(self.search_edit)
        widgets = list(dict.fromkeys(every))  # each once, or it would stay blocked
        blocked = [w.blockSignals(True) for w in widgets]
        if self.search_edit is not None:
            self.search_edit.clear()
        for box in self.choices.values():
            box.setCurrentIndex(0)
        self.reset_filters()
        for widget, was in zip(widgets, blocked, strict=True):
            widget.blockSignals(was)
        self.model.set_query(replace(self.model.query, text="", filters=self.filter_values()))

    def reset_filters(self) -> None:
        """Hook: put the page's own filter widgets back to "everything" (signals blocked)."""

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
            denied = spec.denied or f"You may not {spec.permission.value}; you are a {{role}}."
            return denied.format(role=role)
        if spec.why_not_now is not None and (reason := spec.why_not_now()) is not None:
            return reason
        if spec.needs_row and row is None:
            return f"Select a {self.noun[0]} in the {self.list_name} first."
        if spec.why_not is not None and row is not None:
            return spec.why_not(row)
        return None

    def update_actions(self) -> None:
        row = self.selected()
        for spec in self.actions_:
            reason = self.why_not(spec, row)
            spec.action.setEnabled(reason is None)
            spec.action.setToolTip(spec.tooltip if reason is None else reason)

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
            menu.addAction(spec.action)
        menu.exec(self.table.viewport().mapToGlobal(pos))

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
