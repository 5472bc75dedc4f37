"""The Listings page: the directory of offers and wants, searched in the database.

A declaration on :class:`ListPage`: the category tree on the left filters the table (a
category includes its sub-categories); the search box is PostgreSQL full-text search
over title and description (``listings.search``); kind, status and member narrow it
further. Rows load in pages off the UI thread. Every change is one service call in one
transaction through ``ctx.op``; the page (table and tree with its listing counts)
refreshes from the tables the change wrote. A bookkeeper sees the actions disabled
with the reason.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QTreeView, QWidget
from sqlalchemy.orm import Session

from localex_desktop.domain.roles import Actor, Permission
from localex_desktop.services import categories, listings
from localex_desktop.services.categories import CategoryInfo
from localex_desktop.services.listings import ListingInfo
from localex_desktop.ui import messages
from localex_desktop.ui.context import AppContext
from localex_desktop.ui.errors import describe
from localex_desktop.ui.exporting import export_button, listings_filter
from localex_desktop.ui.list_page import Choice, ListPage, RowAction, service_model
from localex_desktop.ui.models.exchange import ExchangeInfo
from localex_desktop.ui.models.lazy_table import Query
from localex_desktop.ui.pages.listings.categories_dialog import CategoriesDialog
from localex_desktop.ui.pages.listings.listing_dialog import ListingDialog, RenewDialog
from localex_desktop.ui.pages.listings.model import (
    CATEGORY_ID_ROLE,
    KIND_TEXT,
    STATUS_TEXT,
    CategoryTreeModel,
    ListingFilters,
    fetch_listings,
    listing_columns,
    member_text,
    per_unit,
)
from localex_desktop.ui.pages.members.picker import MemberPicker
from localex_desktop.ui.widgets import detail_label

KINDS = [("Offers and wants", None), *((text + "s", kind) for kind, text in KIND_TEXT.items())]
STATUSES = [("Any status", None), *((text, status) for status, text in STATUS_TEXT.items())]
DENIED = "Only coordinators and administrators change {what}; you are a {{role}}."

ListingChange = Callable[[Session, Actor, int], ListingInfo]


class ListingsPage(ListPage[ListingInfo]):
    key = "listings"
    noun = ("listing", "listings")
    watches = frozenset({"listings", "members", "categories"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.can_manage = ctx.can(Permission.MANAGE_LISTINGS)
        self.tree_rows: list[CategoryInfo] = []
        self.member_picker = MemberPicker(ctx, status=None)
        self.member_picker.setPlaceholderText("Any member")
        self.member_picker.setMinimumWidth(110)  # the search box needs the room more
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
        self.detail = detail_label(self)
        model = service_model(
            ctx,
            listing_columns(self.money),
            fetch_listings,
            lambda x: x.id,
            query=Query(sort_key="id", descending=True, filters=ListingFilters()),
        )
        self.export_button = export_button(
            ctx, self, "listings", lambda: listings_filter(self.model)
        )
        self.build(
            model,
            search="Words in title or description: bread -rye",
            search_name="Search listings",
            choices=[Choice("kind", "&Kind:", KINDS), Choice("status", "S&tatus:", STATUSES)],
            extra_filters=[("&Member:", self.member_picker)],
            clear_filters="C&lear filters",
            actions=self._actions(),
            detail=self.detail,
            side=self.tree,
            vertical=True,
            sizes=(560, 80),
            side_sizes=(180, 930),
            trailing=[self.export_button],
            table_name="Listings",
        )
        self.kind_box, self.status_box = self.choices["kind"], self.choices["status"]
        self.member_picker.member_changed.connect(lambda _m: self.filters_changed())
        self.member_picker.textChanged.connect(self._member_text_changed)
        self.tree.selectionModel().currentChanged.connect(lambda *_: self.filters_changed())
        self.start()
        self.load_categories()

    def _actions(self) -> list[RowAction[ListingInfo]]:
        manage, denied = Permission.MANAGE_LISTINGS, DENIED.format(what="listings")

        def renew(x: ListingInfo | None) -> tuple[str, str] | None:
            if x is None or x.status != "expired":
                return None
            return "&Renew…", "Renew the listing with a new expiry date"

        return [
            RowAction(
                "new",
                "&New listing…",
                self.new_listing,
                "Add an offer or a want",
                manage,
                needs_row=False,
                shortcut=QKeySequence.StandardKey.New,
                denied=denied,
            ),
            RowAction(
                "edit",
                "&Edit…",
                self.edit_listing,
                "Change the listing",
                manage,
                why_not=lambda x: (
                    "A withdrawn listing cannot be changed." if x.status == "withdrawn" else None
                ),
                default=True,
                denied=denied,
            ),
            RowAction(
                "pause",
                "&Pause",
                self.pause,
                "Hide the listing from the directory for a while",
                manage,
                why_not=lambda x: None if x.status == "active" else f"The listing is {x.status}.",
                denied=denied,
            ),
            RowAction(
                "resume",
                "&Resume",
                self.resume,
                "Put the paused listing back in the directory",
                manage,
                why_not=lambda x: (
                    None
                    if x.status in ("paused", "expired")
                    else f"The listing is {x.status}; only paused or expired ones come back."
                ),
                relabel=renew,
                denied=denied,
            ),
            RowAction(
                "withdraw",
                "&Withdraw…",
                self.withdraw,
                "Take the listing off for good (it stays on past trades)",
                manage,
                why_not=lambda x: "It is already withdrawn." if x.status == "withdrawn" else None,
                denied=denied,
            ),
            RowAction(
                "categories",
                "C&ategories…",
                self.manage_categories,
                "Add, rename, move and delete categories",
                manage,
                needs_row=False,
                denied=DENIED.format(what="categories"),
                separated=True,
            ),
        ]

    # -- the category tree --------------------------------------------------------------

    def load_categories(self) -> None:
        """Read the category tree; the selected category stays selected if it still exists."""
        keep = self.category_id()

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
            self.filters_changed()

        self.ctx.query(
            categories.tree,
            show,
            lambda exc: self.message.show_error(*describe(exc)),
            owner=self,
        )

    def live_refresh(self, tables: frozenset[str]) -> None:
        """A change (ours or another coordinator's): the rows, and the tree's counts."""
        super().live_refresh(tables)
        if tables & {"listings", "categories"}:
            self.load_categories()

    def refresh(self) -> None:
        super().refresh()
        self.load_categories()

    def category_id(self) -> int | None:
        value = self.tree.currentIndex().data(CATEGORY_ID_ROLE)
        return int(value) if isinstance(value, int) else None

    def select_category(self, category_id: int | None) -> None:
        index = self.tree_model.index_of(category_id)
        if index.isValid():
            self.tree.setCurrentIndex(index)

    # -- filters ------------------------------------------------------------------------

    def filter_values(self) -> ListingFilters:
        member = self.member_picker.member() if self.member_picker.text().strip() else None
        return ListingFilters(
            kind=self.kind_box.currentData(),
            status=self.status_box.currentData(),
            member_id=None if member is None else member.id,
            category_id=self.category_id(),
        )

    def clear_extra_filters(self) -> None:
        selection = self.tree.selectionModel()
        for quiet in (self.member_picker, selection):
            quiet.blockSignals(True)
        self.member_picker.set_member(None)
        selection.setCurrentIndex(
            self.tree_model.index_of(None), QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        for quiet in (self.member_picker, selection):
            quiet.blockSignals(False)
        self.tree.viewport().update()

    def _member_text_changed(self, text: str) -> None:
        if not text.strip():
            self.filters_changed()

    # -- the list -----------------------------------------------------------------------

    def select_listing(self, listing_id: int) -> bool:
        return self.select_key(listing_id)

    def show_detail(self, row: ListingInfo | None) -> None:
        if row is None:
            self.detail.setText("")
            return
        price = ""
        if row.price is not None:
            price = f" · {self.money.with_symbol(row.price)} {per_unit(row.unit)}".rstrip()
        head = (
            f"{KIND_TEXT.get(row.kind, row.kind)} {row.id}: {row.title} — "
            f"{member_text(row.member_name, row.member_id)}{price}"
        )
        self.detail.setText(head + ("\n" + row.description if row.description else ""))

    def exchange_changed(self, info: ExchangeInfo) -> None:
        self.show_detail(self.selected())

    # -- actions ------------------------------------------------------------------------

    def new_listing(self) -> None:
        created = ListingDialog(
            self.ctx,
            self.money.currency,
            self.tree_rows,
            member=self.member_picker.member(),
            category_id=self.category_id(),
            parent=self,
        ).run()
        if created is not None:
            self.reveal(created.id, f"Added listing {created.id}: {created.title}.")

    def edit_listing(self) -> None:
        x = self.selected()
        if x is None:
            return
        edit = ListingDialog(self.ctx, self.money.currency, self.tree_rows, listing=x, parent=self)
        if edit.run() is not None:
            self.reveal(x.id, f"Saved listing {x.id}.")

    def pause(self) -> None:
        self._change(listings.pause, "Listing {id} is paused.")

    def resume(self) -> None:
        x = self.selected()
        if x is None or x.status != "expired":
            self._change(listings.resume, "Listing {id} is back in the directory.")
            return
        dialog = RenewDialog(self.ctx, x, self)
        if dialog.run() is not None:
            self.reveal(x.id, f"Listing {x.id} is renewed.")

    def withdraw(self) -> None:
        x = self.selected()
        if x is None or not messages.ask(
            self,
            f"Withdraw listing {x.id}, “{x.title}”?",
            "It leaves the directory for good; past trades keep it. Pause it instead if "
            "it is only for a while.",
            yes="Withdraw",
        ):
            return
        self._change(listings.withdraw, "Listing {id} is withdrawn.")

    def _change(self, service: ListingChange, done_text: str) -> None:
        """One change to the selected listing; the refresh shows it, then it is selected."""
        x = self.selected()
        if x is None:
            return
        ident = x.id
        # a refusal is shown in a dialog over the page (the default without on_error)
        self.ctx.op(
            lambda session, actor: service(session, actor, ident),
            lambda changed: self.reveal(changed.id, done_text.format(id=changed.id)),
            owner=self,
        )

    def manage_categories(self) -> None:
        """The dialog's changes refresh the tree and the rows through their change sets."""
        CategoriesDialog(self.ctx, self).exec()
