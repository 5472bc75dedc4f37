"""The Listings page: the directory of offers and wants, searched in the database.

The category tree on the left filters the table (a category includes its
sub-categories); the search box is PostgreSQL full-text search over title and
description (``listings.search``); kind, status and member narrow it further. Rows
load in pages off the UI thread. Changes are one service call in one transaction;
a bookkeeper sees the buttons disabled with the reason.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStyle,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from localex_desktop.domain.roles import Permission
from localex_desktop.services import categories, listings
from localex_desktop.services.categories import CategoryInfo
from localex_desktop.services.listings import ListingInfo
from localex_desktop.ui import messages
from localex_desktop.ui.context import AppContext
from localex_desktop.ui.errors import describe, show_error
from localex_desktop.ui.exporting import export_button, listings_filter
from localex_desktop.ui.models.columns import MoneyFormat
from localex_desktop.ui.models.exchange import ExchangeInfo, read_exchange
from localex_desktop.ui.models.lazy_view import BusyBar, LazyTableView
from localex_desktop.ui.pages import PageSpec
from localex_desktop.ui.pages.listings.categories_dialog import CategoriesDialog
from localex_desktop.ui.pages.listings.listing_dialog import ListingDialog, RenewDialog
from localex_desktop.ui.pages.listings.model import (
    CATEGORY_ID_ROLE,
    KIND_TEXT,
    STATUS_TEXT,
    CategoryTreeModel,
    ListingFilters,
    listings_model,
    member_text,
    per_unit,
)
from localex_desktop.ui.pages.members.picker import MemberPicker
from localex_desktop.ui.widgets import (
    MUTED_STYLE,
    MessageLabel,
    count_text,
    restore_splitter,
    save_splitter,
)

SPLITTER_KEY = "listings/splitter"


class ListingsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.money = MoneyFormat()
        self.exchange = ExchangeInfo(self.money.currency, 0)
        self.can_manage = ctx.can(Permission.MANAGE_LISTINGS)
        self.tree_rows: list[CategoryInfo] = []

        # -- filters
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText("Words in title or description: bread -rye  (Ctrl+F)")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleName("Search listings")
        self.kind_box = QComboBox()
        self.kind_box.addItem("Offers and wants", None)
        for kind, text in KIND_TEXT.items():
            self.kind_box.addItem(text + "s", kind)
        self.status_box = QComboBox()
        self.status_box.addItem("Any status", None)
        for status, text in STATUS_TEXT.items():
            self.status_box.addItem(text, status)
        self.member_picker = MemberPicker(ctx, status=None)
        self.member_picker.setPlaceholderText("Any member")
        self.clear_button = QPushButton("C&lear filters")
        self.clear_button.clicked.connect(self.clear_filters)

        # -- actions
        self.new_button = QPushButton("&New listing…")
        self.edit_button = QPushButton("&Edit…")
        self.pause_button = QPushButton("&Pause")
        self.resume_button = QPushButton("&Resume")
        self.withdraw_button = QPushButton("&Withdraw…")
        self.categories_button = QPushButton("C&ategories…")
        self.new_button.clicked.connect(self.new_listing)
        self.edit_button.clicked.connect(self.edit_listing)
        self.pause_button.clicked.connect(self.pause)
        self.resume_button.clicked.connect(self.resume)
        self.withdraw_button.clicked.connect(self.withdraw)
        self.categories_button.clicked.connect(self.manage_categories)

        # -- category tree, table, detail
        self.tree_model = CategoryTreeModel(all_row=True, parent=self)
        self.tree = QTreeView()
        self.tree.setModel(self.tree_model)
        self.tree.setAccessibleName("Category filter")
        self.tree.setHeaderHidden(True)
        self.tree.setColumnHidden(1, True)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setMinimumWidth(160)
        self.model = listings_model(ctx, self.money)
        self.table = LazyTableView(self.model, settings=ctx.settings, settings_key="listings/table")
        self.table.setAccessibleName("Listings")
        self.detail = QLabel("")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setMinimumHeight(self.fontMetrics().height() * 3)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.table, 1)
        right_layout.addWidget(self.detail)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setChildrenCollapsible(False)
        self.message = MessageLabel()
        self.count_label = QLabel("")
        self.count_label.setStyleSheet(MUTED_STYLE)

        self._build_layout()
        self._add_shortcuts()
        self._connect()
        self._restore_splitter()
        self._update_actions()
        self.load_exchange()
        self.load_categories()
        self.model.reload()

    # -- set-up -------------------------------------------------------------------------

    def _build_layout(self) -> None:
        def labelled(text: str, widget: QWidget) -> QLabel:
            label = QLabel(text)
            label.setBuddy(widget)
            return label

        filters = QGridLayout()
        filters.setHorizontalSpacing(8)
        filters.addWidget(labelled("&Search:", self.search_edit), 0, 0)
        filters.addWidget(self.search_edit, 0, 1)
        filters.addWidget(labelled("&Kind:", self.kind_box), 0, 2)
        filters.addWidget(self.kind_box, 0, 3)
        filters.addWidget(labelled("S&tatus:", self.status_box), 0, 4)
        filters.addWidget(self.status_box, 0, 5)
        filters.addWidget(labelled("&Member:", self.member_picker), 0, 6)
        filters.addWidget(self.member_picker, 0, 7)
        filters.addWidget(self.clear_button, 0, 8)
        filters.setColumnStretch(1, 3)
        filters.setColumnStretch(7, 2)
        actions = QHBoxLayout()
        for button in self.action_buttons():
            actions.addWidget(button)
            if button is self.withdraw_button:
                actions.addSpacing(16)
        actions.addStretch(1)
        self.export_button = export_button(
            self.ctx, self, "listings", lambda: listings_filter(self.model)
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
        layout.addWidget(BusyBar(self.model))
        layout.addWidget(self.splitter, 1)
        layout.addLayout(bottom)
        self.setTabOrder(self.clear_button, self.tree)
        self.setTabOrder(self.tree, self.table)

    def action_buttons(self) -> list[QPushButton]:
        return [
            self.new_button,
            self.edit_button,
            self.pause_button,
            self.resume_button,
            self.withdraw_button,
            self.categories_button,
        ]

    def _add_shortcuts(self) -> None:
        for keys, slot in (
            (QKeySequence.StandardKey.Find, self.focus_search),
            (QKeySequence.StandardKey.New, self.new_listing),
            (QKeySequence.StandardKey.Refresh, self.refresh),
        ):
            action = QAction(self)
            action.setShortcuts(keys)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)

    def _connect(self) -> None:
        self.search_edit.textChanged.connect(self.model.set_search)
        self.search_edit.returnPressed.connect(self.model.apply_search)
        self.kind_box.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.status_box.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.member_picker.member_changed.connect(lambda _m: self.apply_filters())
        self.member_picker.textChanged.connect(self._member_text_changed)
        self.tree.selectionModel().currentChanged.connect(lambda *_: self.apply_filters())
        self.table.current_changed.connect(lambda _key: self._selection_changed())
        self.table.activated.connect(lambda _index: self._activated())
        self.model.reset_done.connect(self._rows_replaced)
        self.model.more_loaded.connect(self._update_count)
        self.model.failed.connect(lambda exc: self.message.show_error(*describe(exc)))
        self.splitter.splitterMoved.connect(lambda *_: self._save_splitter())
        self.ctx.events.settings_changed.connect(self.load_exchange)

    def load_exchange(self) -> None:
        def show(info: ExchangeInfo) -> None:
            self.exchange = info
            self.money.currency = info.currency
            self.model.unit = info.currency.symbol
            self.model.refresh_display()

        self.ctx.query(
            read_exchange,
            show,
            lambda exc: self.message.show_error(*describe(exc)),
            owner=self,
        )

    def load_categories(self) -> None:
        """Read the category tree; the selected category stays selected if it still exists."""
        db, actor = self.ctx.db, self.ctx.actor
        keep = self.category_id()

        def read() -> list[CategoryInfo]:
            with db.transaction() as session:
                return categories.tree(session, actor)

        def show(tree: list[CategoryInfo]) -> None:
            self.tree_rows = tree
            selection = self.tree.selectionModel()
            selection.blockSignals(True)
            self.tree_model.set_categories(tree)
            self.tree.expandToDepth(0)
            index = self.tree_model.index_of(keep)
            if not index.isValid():
                index = self.tree_model.index_of(None)
            selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            selection.blockSignals(False)
            self.tree.viewport().update()
            self.apply_filters()

        self.ctx.tasks.run(
            read, show, lambda exc: self.message.show_error(*describe(exc)), owner=self
        )

    def _restore_splitter(self) -> None:
        restore_splitter(self.ctx.settings, SPLITTER_KEY, self.splitter, [180, 930])

    def _save_splitter(self) -> None:
        save_splitter(self.ctx.settings, SPLITTER_KEY, self.splitter)

    def live_refresh(self, tables: frozenset[str]) -> None:
        """Another coordinator (or another page) changed something: reload in place."""
        if tables & {"listings", "members", "categories"}:
            self.table.refresh()
        if tables & {"listings", "categories"}:
            self.load_categories()  # the tree and its listing counts

    # -- filters ------------------------------------------------------------------------

    def category_id(self) -> int | None:
        value = self.tree.currentIndex().data(CATEGORY_ID_ROLE)
        return int(value) if isinstance(value, int) else None

    def select_category(self, category_id: int | None) -> None:
        index = self.tree_model.index_of(category_id)
        if index.isValid():
            self.tree.setCurrentIndex(index)

    def filters(self) -> ListingFilters:
        member = self.member_picker.member() if self.member_picker.text().strip() else None
        return ListingFilters(
            kind=self.kind_box.currentData(),
            status=self.status_box.currentData(),
            member_id=None if member is None else member.id,
            category_id=self.category_id(),
        )

    def apply_filters(self) -> None:
        flt = self.filters()
        if flt != self.model.query.filters:
            self.model.set_filters(flt)

    def _member_text_changed(self, text: str) -> None:
        if not text.strip():
            self.apply_filters()

    def clear_filters(self) -> None:
        for widget in (self.kind_box, self.status_box, self.member_picker, self.tree):
            widget.blockSignals(True)
        self.kind_box.setCurrentIndex(0)
        self.status_box.setCurrentIndex(0)
        self.member_picker.set_member(None)
        for widget in (self.kind_box, self.status_box, self.member_picker, self.tree):
            widget.blockSignals(False)
        self.search_edit.clear()
        self.select_category(None)
        self.model.apply_search()
        self.apply_filters()

    def focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def refresh(self) -> None:
        self.message.clear_message()
        self.table.refresh()
        self.load_categories()

    # -- the list -----------------------------------------------------------------------

    def _rows_replaced(self) -> None:
        self._update_count()
        self._selection_changed()

    def _update_count(self) -> None:
        self.count_label.setText(
            count_text(self.model.loaded_count(), self.model.has_more, "listing")
        )

    def selected(self) -> ListingInfo | None:
        row = self.table.selected_row()
        return None if row is None else self.model.row(row)

    def select_listing(self, listing_id: int) -> bool:
        return self.table.select_key(listing_id)

    def _selection_changed(self) -> None:
        x = self.selected()
        if x is None:
            self.detail.setText("")
        else:
            price = ""
            if x.price is not None:
                price = f" · {self.money.with_symbol(x.price)} {per_unit(x.unit)}".rstrip()
            head = (
                f"{KIND_TEXT.get(x.kind, x.kind)} {x.id}: {x.title} — "
                f"{member_text(x.member_name, x.member_id)}{price}"
            )
            self.detail.setText(head + ("\n" + x.description if x.description else ""))
        self._update_actions()

    def _activated(self) -> None:
        if self.can_manage:
            self.edit_listing()

    def _update_actions(self) -> None:
        x = self.selected()
        role = self.ctx.actor.role.value
        no_manage = f"Only coordinators and administrators change listings; you are a {role}."
        pick = "Select a listing in the list first."

        def set_state(button: QPushButton, why_not: str | None, tip: str) -> None:
            button.setEnabled(why_not is None)
            button.setToolTip(tip if why_not is None else why_not)

        def rule(ok: Callable[[ListingInfo], str | None]) -> str | None:
            if not self.can_manage:
                return no_manage
            return pick if x is None else ok(x)

        set_state(self.new_button, None if self.can_manage else no_manage, "Add an offer or a want")
        set_state(
            self.edit_button,
            rule(
                lambda s: (
                    "A withdrawn listing cannot be changed." if s.status == "withdrawn" else None
                )
            ),
            "Change the listing",
        )
        set_state(
            self.pause_button,
            rule(lambda s: None if s.status == "active" else f"The listing is {s.status}."),
            "Hide the listing from the directory for a while",
        )
        renew = x is not None and x.status == "expired"
        self.resume_button.setText("&Renew…" if renew else "&Resume")
        set_state(
            self.resume_button,
            rule(
                lambda s: (
                    None
                    if s.status in ("paused", "expired")
                    else f"The listing is {s.status}; only paused or expired ones come back."
                )
            ),
            "Renew the listing with a new expiry date"
            if renew
            else "Put the paused listing back in the directory",
        )
        set_state(
            self.withdraw_button,
            rule(lambda s: "It is already withdrawn." if s.status == "withdrawn" else None),
            "Take the listing off for good (it stays on past trades)",
        )
        set_state(
            self.categories_button,
            None
            if self.can_manage
            else f"Only coordinators and administrators change categories; you are a {role}.",
            "Add, rename, move and delete categories",
        )

    # -- actions ------------------------------------------------------------------------

    def new_listing(self) -> None:
        if not self.can_manage:
            return
        member = self.member_picker.member()
        dialog = ListingDialog(
            self.ctx,
            self.money.currency,
            self.tree_rows,
            member=member,
            category_id=self.category_id(),
            parent=self,
        )
        if dialog.exec() and dialog.result_value is not None:
            created = dialog.result_value
            self.message.show_ok(f"Added listing {created.id}: {created.title}.")
            self._after_change(created.id)

    def edit_listing(self) -> None:
        x = self.selected()
        if x is None or not self.can_manage or x.status == "withdrawn":
            return
        dialog = ListingDialog(
            self.ctx, self.money.currency, self.tree_rows, listing=x, parent=self
        )
        if dialog.exec() and dialog.result_value is not None:
            self.message.show_ok(f"Saved listing {x.id}.")
            self._after_change(x.id)

    def pause(self) -> None:
        x = self.selected()
        if x is None or not self.can_manage:
            return
        self._change(x, listings.pause, "Listing {id} is paused.")

    def resume(self) -> None:
        x = self.selected()
        if x is None or not self.can_manage:
            return
        if x.status == "expired":
            dialog = RenewDialog(self.ctx, x, self)
            if dialog.exec() and dialog.result_value is not None:
                self.message.show_ok(f"Listing {x.id} is renewed.")
                self._after_change(x.id)
            return
        self._change(x, listings.resume, "Listing {id} is back in the directory.")

    def withdraw(self) -> None:
        x = self.selected()
        if x is None or not self.can_manage:
            return
        if not messages.ask(
            self,
            f"Withdraw listing {x.id}, “{x.title}”?",
            "It leaves the directory for good; past trades keep it. Pause it instead if "
            "it is only for a while.",
            yes="Withdraw",
        ):
            return
        self._change(x, listings.withdraw, "Listing {id} is withdrawn.")

    def _change(self, x: ListingInfo, service: Callable[..., ListingInfo], done_text: str) -> None:
        db, actor, ident = self.ctx.db, self.ctx.actor, x.id

        def change() -> ListingInfo:
            with db.transaction() as session:
                return service(session, actor, ident)

        def done(changed: ListingInfo) -> None:
            self.message.show_ok(done_text.format(id=changed.id))
            self._after_change(changed.id)

        self.ctx.tasks.run(change, done, lambda exc: show_error(self, exc), owner=self)

    def manage_categories(self) -> None:
        if not self.can_manage:
            return
        dialog = CategoriesDialog(self.ctx, self)
        dialog.exec()
        if dialog.changed:
            self.load_categories()
            self.table.refresh()

    def _after_change(self, listing_id: int) -> None:
        """Reload in place, then select the listing (it may sort anywhere)."""

        def reselect() -> None:
            self.model.reset_done.disconnect(reselect)
            if not self.table.select_key(listing_id):
                self.message.show_ok(self.message.text() + " (not shown: outside the filters)")
            self._selection_changed()

        self.model.reset_done.connect(reselect)
        self.table.refresh()
        self.load_categories()  # listing counts


PAGE = PageSpec(
    key="listings",
    title="Listings",
    icon=QStyle.StandardPixmap.SP_FileDialogListView,
    shortcut="Ctrl+3",
    factory=ListingsPage,
)
