"""The frame of the list pages (Members, Listings, Trades, Ledger and Audit).

A page declares what is its own — the columns (from the entity's field list), the
service fetch, the filters, the detail panel and the row actions — and :class:`ListPage`
provides the rest the same way everywhere: the search box (Ctrl+F; Down moves into the
results) and filters (a bar or a grid, tabs, "Clear filters"); actions as QActions
driving a button, the row menu, the page's menu in the menu bar and a key, disabled with
the reason as tooltip, Enter running the default, the focus back in the list after; the
lazy model over the service, sorted and searched in the database; a refresh in place when
a change wrote a table the page :attr:`watches`, :meth:`reveal` to select the changed row
after it; a message line cleared when the selection or the filters change."""

from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence
from dataclasses import replace
from typing import Any, Generic, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from localex_desktop.domain.roles import Permission
from localex_desktop.ui.context import AppContext
from localex_desktop.ui.flow_layout import flow_bar
from localex_desktop.ui.i18n import translate
from localex_desktop.ui.list_page.filters import (
    Choice,
    Filter,
    SearchEdit,
    choice_box,
    filter_bar_layout,
    filter_grid_layout,
)
from localex_desktop.ui.list_page.parts import (
    FilterTabs,
    RowAction,
    StatusLine,
    action_buttons,
    action_menu,
    add_key,
    menu_entries,
    page_body,
    reading_order,
    refusal,
    when_loaded,
)
from localex_desktop.ui.models.columns import MoneyFormat
from localex_desktop.ui.models.exchange import ExchangeInfo, read_exchange
from localex_desktop.ui.models.lazy_table import LazyTableModel
from localex_desktop.ui.models.lazy_view import BusyBar, LazyTableView
from localex_desktop.ui.widgets import MUTED_STYLE, count_text

R = TypeVar("R")


def not_shown(message: str, missing: str | None) -> str:
    """``message`` saying its row is not among those shown (``missing``: the page's words)."""
    end = "." if message.endswith(".") else ""
    if missing is None:
        return translate(
            "list_page.page", "{message} (not shown: outside the current search){end}"
        ).format(message=message.removesuffix("."), end=end)
    return message.removesuffix(".") + missing + end


class ListPage(QWidget, Generic[R]):
    """The shared frame; subclasses call :meth:`build` with their parts."""

    #: tables whose changes this page shows (a change to any of them refreshes it)
    watches: frozenset[str] = frozenset()
    key: str = "list"
    #: the reason (before "; you are a …") a permission's actions are disabled

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.money = MoneyFormat()
        self.exchange = ExchangeInfo(self.money.currency, None)
        self.actions_: list[RowAction[R]] = []
        self.choices: dict[str, QComboBox] = {}
        self.search_edit: SearchEdit | None = None
        self.buttons: dict[str, QPushButton] = {}
        self._filter_widgets: list[QWidget] = []
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
        search_label: str | None = None,
        filter_grid: Sequence[Sequence[Filter]] = (),
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
        """Lay the page out. ``clear_filters``: the text of a button that clears them; ``side``
        (a category tree) left of the table; ``filter_grid``: the page's rows of filters."""
        self.model = model
        self.table = LazyTableView(
            model, settings=self.ctx.settings, settings_key=f"{self.key}/table"
        )
        self.table.setAccessibleName(table_name or translate("list_page.page", "Rows"))
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(
            lambda pos: action_menu(self, self.actions_, self.table, pos)
        )

        if search is not None:
            self.make_search(search, search_name)
        if filter_grid:
            top: QLayout = filter_grid_layout(filter_grid)
            self._filter_widgets = [cell.widget for row in filter_grid for cell in row]
        else:
            label = search_label or translate("list_page.page", "&Search:")
            cells = [Filter(label, self.search_edit, 1, 1)] if self.search_edit else []
            cells += [Filter(c.label, self.make_choice(c)) for c in choices]
            cells += [Filter(text, widget) for text, widget in extra_filters]
            end = [self.make_clear_button(clear_filters)] if clear_filters is not None else []
            top = filter_bar_layout(cells, end)
            self._filter_widgets = [cell.widget for cell in cells]
        if self.search_edit is not None:
            self.search_edit.results = self.table
            self.search_edit.textChanged.connect(model.set_search)
            self.search_edit.textEdited.connect(lambda _t: self.message.clear_message())
            self.search_edit.returnPressed.connect(model.apply_search)
        if tabs is not None:
            self.tabs = FilterTabs(tabs)
            self.tabs.currentChanged.connect(lambda _i: self.filters_edited())

        self.actions_.extend(actions)
        self.buttons, buttons = action_buttons(self, actions, self._trigger)
        for name, button in self.buttons.items():
            setattr(self, f"{name}_button", button)
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
        if actions or trailing:
            layout.addWidget(self.action_bar)
        if self.tabs is not None:
            layout.addWidget(self.tabs)
        layout.addWidget(BusyBar(model))
        layout.addWidget(body, 1)
        layout.addLayout(bottom)
        order = [*self._filter_widgets, getattr(self, "clear_button", None), self.action_bar]
        reading_order([*order, self.tabs, side, self.table, detail])  # Tab as one reads

        self.key_actions = [
            add_key(
                self,
                QKeySequence.StandardKey.Find,
                self.focus_search,
                translate("list_page.page", "Search"),
            ),
            add_key(
                self,
                QKeySequence.StandardKey.Refresh,
                self.refresh,
                translate("list_page.page", "Refresh"),
            ),
        ]
        if self.tabs is not None:
            tab_bar = self.tabs
            next_tab = translate("list_page.page", "Next tab")
            add_key(self, "Ctrl+PgDown", lambda: tab_bar.step(+1), next_tab)
            add_key(
                self,
                "Ctrl+PgUp",
                lambda: tab_bar.step(-1),
                translate("list_page.page", "Previous tab"),
            )
        self.message.shown.connect(self._message_shown)
        self.table.current_changed.connect(lambda _key: self._selection_changed())
        self.table.activated.connect(lambda _index: self.run_default())
        model.reset_done.connect(self._rows_replaced)
        model.more_loaded.connect(self._update_count)
        model.failed.connect(self.show_failure)
        self.ctx.events.settings_changed.connect(self.load_exchange)
        self.ctx.events.data_changed.connect(self._data_changed)
        self.update_actions()

    def make_search(self, placeholder: str, accessible_name: str = "") -> SearchEdit:
        """The page's search box (searched in the database as one types; Ctrl+F)."""
        self.search_edit = SearchEdit(
            placeholder, accessible_name or translate("list_page.page", "Search the list")
        )
        return self.search_edit

    def make_choice(self, choice: Choice) -> QComboBox:
        """A combo box for ``choice``; a change refreshes the rows."""
        box = self.choices[choice.key] = choice_box(choice)
        box.currentIndexChanged.connect(lambda _i: self.filters_edited())
        return box

    def make_clear_button(self, text: str | None = None) -> QPushButton:
        self.clear_button = QPushButton(text or translate("list_page.page", "C&lear filters"))
        self.clear_button.setToolTip(
            translate("list_page.page", "Show everything again: no search, no filters")
        )
        self.clear_button.clicked.connect(self.clear_filters)
        return self.clear_button

    def start(self) -> None:
        """Load the currency and the first rows (both at once; amounts redraw if late)."""
        self.load_exchange()
        self.model.reload()

    def focus_search(self) -> None:
        """Ctrl+F, or the page opened by its key: into the search (else the table)."""
        if self.search_edit is None:
            self.table.setFocus()
        else:
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
            self.message.clear_lost()  # after a reconnect every page is read again
            self.table.refresh()
            self.refresh_detail()

    def refresh_detail(self) -> None:
        """Hook: reload the detail panel after a change (the selection stays)."""

    def filters_edited(self) -> None:
        """A filter changed: the message (about the rows before) goes; fetch again."""
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
        every: list[QWidget] = [*self.choices.values(), *self._filter_widgets]
        widgets = list(dict.fromkeys(every))  # each once, or it would stay blocked
        blocked = [w.blockSignals(True) for w in widgets]
        for box in self.choices.values():
            box.setCurrentIndex(0)
        if self.search_edit is not None:
            self.search_edit.clear()
        self.clear_extra_filters()
        for widget, was in zip(widgets, blocked, strict=True):
            widget.blockSignals(was)
        self.message.clear_message()
        self.model.set_query(replace(self.model.query, text="", filters=self.filter_values()))
        self.filters_cleared()

    def filters_cleared(self) -> None:
        """Hook: the filters were cleared and the rows are being fetched again."""

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
        missing: str | None = None,
    ) -> None:
        """Say ``message`` and select ``key`` once the refresh after a change has landed;
        ``missing`` is added to the message when the row is not among those shown
        (None: "… (not shown: outside the current search).", translated whole)."""
        self._holding = True
        self.message.show_ok(message)

        def select() -> None:
            self._holding = False
            self._said_about = key
            if not self.table.select_key(key):  # "… 1 (now under “completed”)."
                self.message.show_ok(not_shown(message, missing))
            self._selection_changed()

        when_loaded(self.model, select)

    def _rows_replaced(self) -> None:
        self._update_count()
        self._selection_changed()

    def _update_count(self) -> None:
        loaded, more = self.model.loaded_count(), self.model.has_more
        self.count_label.setText(count_text(self.count_words(loaded), more))

    def count_words(self, n: int) -> str:
        """The line under the table, in the page's own plural: "1,234 members"."""
        return translate("list_page.page", "%Ln row(s)", None, n)

    def permission_reasons(self) -> Mapping[Permission, str]:
        """Why a permission's actions are disabled (before "; you are a …"), translated."""
        return {}

    def select_first_words(self) -> str:
        """What an action that needs a row says when none is selected."""
        return translate("list_page.page", "Select a row in the list first.")

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
        return refusal(self.ctx, spec, row, self.select_first_words(), self.permission_reasons())

    def update_actions(self) -> None:
        row = self.selected()
        for spec in self.actions_:
            reason = self.why_not(spec, row)
            text, tooltip = (spec.relabel and spec.relabel(row)) or (spec.text, spec.tooltip)
            spec.action.setText(text)
            spec.action.setEnabled(reason is None)
            spec.action.setToolTip(tooltip if reason is None else reason)

    def menu_actions(self) -> list[QAction | None]:
        """The page's menu in the menu bar (:mod:`ui.page_menu`)."""
        return menu_entries(self.actions_, self.key_actions)

    def _trigger(self, spec: RowAction[R]) -> None:
        if self.why_not(spec, self.selected()) is None:
            self._run(spec)

    def run_default(self) -> None:
        """Enter or a double click on a row: the first default action that may run."""
        row = self.selected()
        for spec in self.actions_:
            if spec.default and self.why_not(spec, row) is None:
                self._run(spec)
                return

    def _run(self, spec: RowAction[R]) -> None:
        """Run ``spec``, then the focus is back in the list (its dialog has closed)."""
        spec.run()
        if self.isVisible():
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def load_exchange(self) -> None:
        """The exchange's currency (for the amounts), read again when settings change."""
        self.ctx.query(read_exchange, self._exchange_loaded, self.show_failure, owner=self)

    def show_failure(self, exc: BaseException) -> None:
        self.message.show_failure(exc)

    def _exchange_loaded(self, info: ExchangeInfo) -> None:
        self.exchange, self.money.currency = info, info.currency
        self.model.unit = info.currency.symbol
        self.model.refresh_display()
        self.exchange_changed(info)

    def exchange_changed(self, info: ExchangeInfo) -> None:
        """Hook: the currency arrived or changed; redraw what else shows amounts."""
