"""One list page for Members, Listings, Trades, Ledger and Audit: the frame they share.

A page declares what is its own — the columns (from the entity's field list), how a
page of rows is fetched from its service, the filters, the detail panel and the row
actions — and :class:`ListPage` provides the rest the same way everywhere:

* the search box (Ctrl+F; Down moves into the results), the filters bar with "Clear
  filters", the action bar, the busy bar, the table beside (or above) the detail panel in
  a remembered splitter, the message line and the count line;
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

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShowEvent
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
from sqlalchemy.orm import Session

from localex_desktop.domain.roles import Actor, Permission
from localex_desktop.services.work import run_query
from localex_desktop.ui.context import AppContext
from localex_desktop.ui.errors import describe
from localex_desktop.ui.flow_layout import flow_bar
from localex_desktop.ui.models.columns import Column, MoneyFormat
from localex_desktop.ui.models.exchange import ExchangeInfo, read_exchange
from localex_desktop.ui.models.lazy_table import LazyTableModel, PageRequest, Query
from localex_desktop.ui.models.lazy_view import BusyBar, LazyTableView
from localex_desktop.ui.widgets import (
    MUTED_STYLE,
    MessageLabel,
    count_text,
    restore_splitter,
    save_splitter,
)

R = TypeVar("R")

PageFetch = Callable[[Session, Actor, PageRequest], Sequence[R]]
"""A service's search for one page of rows: runs on the worker, in a READ ONLY transaction."""


def service_model(
    ctx: AppContext,
    columns: Sequence[Column[R]],
    fetch: PageFetch[R],
    key: Callable[[R], Hashable],
    *,
    query: Query | None = None,
    page_size: int = 200,
) -> LazyTableModel[R]:
    """The one adapter from a service's (keyset) search to the lazy table model."""
    db, actor = ctx.db, ctx.actor

    def fetch_page(request: PageRequest) -> Sequence[R]:
        return run_query(db, actor, lambda session, who: fetch(session, who, request))

    return LazyTableModel(ctx.tasks, columns, fetch_page, key, query=query, page_size=page_size)


@dataclass
class RowAction(Generic[R]):
    """One thing a person can do from the page: a button, a menu entry, maybe a key.

    ``why_not(row)`` returns the reason the action cannot be used for that row (None:
    it can); with ``needs_row`` it is disabled while nothing is selected.
    ``permission`` disables it, with the reason, for roles without the right.
    """

    key: str
    text: str
    run: Callable[[], None]
    tooltip: str = ""
    permission: Permission | None = None
    needs_row: bool = True
    why_not: Callable[[R], str | None] | None = None
    shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None
    default: bool = False
    button: bool = True
    action: QAction = field(init=False, repr=False)


@dataclass(frozen=True)
class Choice:
    """A filter from a fixed list: a labelled combo box whose data is the filter value."""

    key: str
    label: str
    options: Sequence[tuple[str, Any]]
    accessible_name: str = ""


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
        trailing: Sequence[QWidget] = (),
        table_name: str = "",
    ) -> None:
        """Lay the page out: filters, actions, busy bar, table and detail, message, count."""
        self.model = model
        self.table = LazyTableView(
            model, settings=self.ctx.settings, settings_key=f"{self.key}/table"
        )
        self.table.setAccessibleName(table_name or self.noun[1].capitalize())
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)

        top = QHBoxLayout()
        if search is not None:
            self.search_edit = _SearchEdit(self.table)
            self.search_edit.setPlaceholderText(f"{search}  (Ctrl+F)")
            self.search_edit.setClearButtonEnabled(True)
            self.search_edit.setAccessibleName(search_name or f"Search {self.noun[1]}")
            label = QLabel("&Search:")
            label.setBuddy(self.search_edit)
            top.addWidget(label)
            top.addWidget(self.search_edit, 1)
            self.search_edit.textChanged.connect(model.set_search)
            self.search_edit.returnPressed.connect(model.apply_search)
        for choice in choices:
            box = QComboBox()
            for text, value in choice.options:
                box.addItem(text, value)
            box.setAccessibleName(
                choice.accessible_name or choice.label.replace("&", "").rstrip(":")
            )
            label = QLabel(choice.label)
            label.setBuddy(box)
            top.addSpacing(12)
            top.addWidget(label)
            top.addWidget(box)
            box.currentIndexChanged.connect(lambda _i: self.filters_changed())
            self.choices[choice.key] = box
        for text, widget in extra_filters:
            label = QLabel(text)
            label.setBuddy(widget)
            top.addSpacing(12)
            top.addWidget(label)
            top.addWidget(widget)
        if search is None and not choices and not extra_filters:
            top.addStretch(1)

        buttons: list[QWidget] = []
        for action in actions:
            self._add_action(action, buttons)
        # rows that wrap at the default window size instead of cutting the buttons' words
        self.action_bar = flow_bar(buttons, list(trailing))

        if detail is not None:
            self.splitter = QSplitter(
                Qt.Orientation.Vertical if vertical else Qt.Orientation.Horizontal
            )
            if side is not None:
                self.splitter.addWidget(side)
            self.splitter.addWidget(self.table)
            self.splitter.addWidget(detail)
            offset = 1 if side is not None else 0
            self.splitter.setStretchFactor(offset, 3)
            self.splitter.setStretchFactor(offset + 1, 2 if not vertical else 1)
            self.splitter.setChildrenCollapsible(False)
            restore_splitter(self.ctx.settings, f"{self.key}/splitter", self.splitter, list(sizes))
            self.splitter.splitterMoved.connect(
                lambda *_: save_splitter(self.ctx.settings, f"{self.key}/splitter", self.splitter)
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
        layout.addWidget(self.action_bar)
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

    def _add_action(self, spec: RowAction[R], bar: list[QWidget]) -> None:
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
            action.changed.connect(lambda b=button, a=action: _mirror(b, a))
            setattr(self, f"{spec.key}_button", button)
            bar.append(button)

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


def _mirror(button: QPushButton, action: QAction) -> None:
    button.setEnabled(action.isEnabled())
    button.setToolTip(action.toolTip())


class _SearchEdit(QLineEdit):
    """A search box from which Down moves into the results."""

    def __init__(self, results: LazyTableView) -> None:
        super().__init__()
        self._results = results

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down and self._results.model().rowCount() > 0:
            self._results.setFocus()
            if self._results.selected_row() is None:
                self._results.select_row(0)
            return
        super().keyPressEvent(event)
