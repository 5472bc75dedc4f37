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
from localex_desktop.ui.i18n import translate
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


def kinds() -> list[tuple[str, str | None]]:
    """The Kind filter's items (made when the page is built: translated)."""
    return [
        (translate("pages.listings.page", "Offers and wants"), None),
        (translate("pages.listings.page", "Offers"), "offer"),
        (translate("pages.listings.page", "Wants"), "want"),
    ]


def statuses() -> list[tuple[str, str | None]]:
    """The Status filter's items: every status of ``STATUS_TEXT``, in its order."""
    return [
        (translate("pages.listings.page", "Any status"), None),
        *((status_word(s), s) for s in STATUS_TEXT),
    ]


def kind_word(kind: str) -> str:
    """ "Offer" or "Want" (as ``KIND_TEXT`` says it), translated."""
    words = {
        "offer": translate("pages.listings.page", "Offer"),
        "want": translate("pages.listings.page", "Want"),
    }
    return words.get(kind, KIND_TEXT.get(kind, kind))


def status_word(status: str) -> str:
    """A listing's status as the Status filter says it ("Paused"), translated."""
    words = {
        "active": translate("pages.listings.page", "Active"),
        "paused": translate("pages.listings.page", "Paused"),
        "expired": translate("pages.listings.page", "Expired"),
        "withdrawn": translate("pages.listings.page", "Withdrawn"),
    }
    return words.get(status, STATUS_TEXT.get(status, status))


def is_status(status: str) -> str:
    """ "The listing is paused." """
    sentences = {
        "active": translate("pages.listings.page", "The listing is active."),
        "paused": translate("pages.listings.page", "The listing is paused."),
        "expired": translate("pages.listings.page", "The listing is expired."),
        "withdrawn": translate("pages.listings.page", "The listing is withdrawn."),
    }
    return sentences.get(status) or translate(
        "pages.listings.page", "The listing is {status}."
    ).format(status=status)


def not_back(status: str) -> str:
    """Why Resume cannot bring a listing of this status back."""
    if status == "active":
        return translate(
            "pages.listings.page", "The listing is active; only paused or expired ones come back."
        )
    if status == "withdrawn":
        return translate(
            "pages.listings.page",
            "The listing is withdrawn; only paused or expired ones come back.",
        )
    return translate(
        "pages.listings.page", "The listing is {status}; only paused or expired ones come back."
    ).format(status=status)


ListingChange = Callable[[Session, Actor, int], ListingInfo]


class ListingsPage(ListPage[ListingInfo]):
    key = "listings"
    watches = frozenset({"listings", "members", "categories"})

    def count_words(self, n: int) -> str:
        return translate("pages.listings.page", "%Ln listing(s)", None, n)

    def select_first_words(self) -> str:
        return translate("pages.listings.page", "Select a listing in the list first.")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.can_manage = ctx.can(Permission.MANAGE_LISTINGS)
        self.tree_rows: list[CategoryInfo] = []
        self.member_picker = MemberPicker(ctx, status=None)
        self.member_picker.setPlaceholderText(translate("pages.listings.page", "Any member"))
        self.member_picker.setMinimumWidth(110)  # the search box needs the room more
        self.tree_model = CategoryTreeModel(all_row=True, parent=self)
        self.tree = QTreeView()
        self.tree.setModel(self.tree_model)
        self.tree.setAccessibleName(translate("pages.listings.page", "Category filter"))
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
            search=translate("pages.listings.page", "Words in title or description: bread -rye"),
            search_name=translate("pages.listings.page", "Search listings"),
            choices=[
                Choice("kind", translate("pages.listings.page", "&Kind:"), kinds()),
                Choice("status", translate("pages.listings.page", "S&tatus:"), statuses()),
            ],
            extra_filters=[(translate("pages.listings.page", "&Member:"), self.member_picker)],
            clear_filters=translate("pages.listings.page", "C&lear filters"),
            actions=self._actions(),
            detail=self.detail,
            side=self.tree,
            vertical=True,
            sizes=(560, 80),
            side_sizes=(180, 930),
            trailing=[self.export_button],
            table_name=translate("pages.listings.page", "Listings"),
        )
        self.kind_box, self.status_box = self.choices["kind"], self.choices["status"]
        self.member_picker.member_changed.connect(lambda _m: self.filters_changed())
        self.member_picker.textChanged.connect(self._member_text_changed)
        self.tree.selectionModel().currentChanged.connect(lambda *_: self.filters_changed())
        self.start()
        self.load_categories()

    def _actions(self) -> list[RowAction[ListingInfo]]:
        manage = Permission.MANAGE_LISTINGS
        denied = translate(
            "pages.listings.page",
            "Only coordinators and administrators change listings; you are a {role}.",
        )

        def renew(x: ListingInfo | None) -> tuple[str, str] | None:
            if x is None or x.status != "expired":
                return None
            return translate("pages.listings.page", "&Renew…"), translate(
                "pages.listings.page", "Renew the listing with a new expiry date"
            )

        return [
            RowAction(
                "new",
                translate("pages.listings.page", "&New listing…"),
                self.new_listing,
                translate("pages.listings.page", "Add an offer or a want"),
                manage,
                needs_row=False,
                shortcut=QKeySequence.StandardKey.New,
                denied=denied,
            ),
            RowAction(
                "edit",
                translate("pages.listings.page", "&Edit…"),
                self.edit_listing,
                translate("pages.listings.page", "Change the listing"),
                manage,
                why_not=lambda x: (
                    translate("pages.listings.page", "A withdrawn listing cannot be changed.")
                    if x.status == "withdrawn"
                    else None
                ),
                default=True,
                denied=denied,
            ),
            RowAction(
                "pause",
                translate("pages.listings.page", "&Pause"),
                self.pause,
                translate("pages.listings.page", "Hide the listing from the directory for a while"),
                manage,
                why_not=lambda x: None if x.status == "active" else is_status(x.status),
                denied=denied,
            ),
            RowAction(
                "resume",
                translate("pages.listings.page", "&Resume"),
                self.resume,
                translate("pages.listings.page", "Put the paused listing back in the directory"),
                manage,
                why_not=lambda x: None if x.status in ("paused", "expired") else not_back(x.status),
                relabel=renew,
                denied=denied,
            ),
            RowAction(
                "withdraw",
                translate("pages.listings.page", "&Withdraw…"),
                self.withdraw,
                translate(
                    "pages.listings.page", "Take the listing off for good (it stays on past trades)"
                ),
                manage,
                why_not=lambda x: (
                    translate("pages.listings.page", "It is already withdrawn.")
                    if x.status == "withdrawn"
                    else None
                ),
                denied=denied,
            ),
            RowAction(
                "categories",
                translate("pages.listings.page", "C&ategories…"),
                self.manage_categories,
                translate("pages.listings.page", "Add, rename, move and delete categories"),
                manage,
                needs_row=False,
                denied=translate(
                    "pages.listings.page",
                    "Only coordinators and administrators change categories; you are a {role}.",
                ),
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
        head = translate("pages.listings.page", "{kind} {number}: {title} — {member}").format(
            kind=kind_word(row.kind),
            number=row.id,
            title=row.title,
            member=member_text(row.member_name, row.member_id),
        )
        if row.price is not None:
            head += f" · {self.money.with_symbol(row.price)} {per_unit(row.unit)}".rstrip()
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
            self.reveal(
                created.id,
                translate("pages.listings.page", "Added listing {number}: {title}.").format(
                    number=created.id, title=created.title
                ),
            )

    def edit_listing(self) -> None:
        x = self.selected()
        if x is None:
            return
        edit = ListingDialog(self.ctx, self.money.currency, self.tree_rows, listing=x, parent=self)
        if edit.run() is not None:
            self.reveal(
                x.id,
                translate("pages.listings.page", "Saved listing {number}.").format(number=x.id),
            )

    def pause(self) -> None:
        self._change(
            listings.pause, translate("pages.listings.page", "Listing {number} is paused.")
        )

    def resume(self) -> None:
        x = self.selected()
        if x is None or x.status != "expired":
            self._change(
                listings.resume,
                translate("pages.listings.page", "Listing {number} is back in the directory."),
            )
            return
        dialog = RenewDialog(self.ctx, x, self)
        if dialog.run() is not None:
            self.reveal(
                x.id,
                translate("pages.listings.page", "Listing {number} is renewed.").format(
                    number=x.id
                ),
            )

    def withdraw(self) -> None:
        x = self.selected()
        if x is None or not messages.ask(
            self,
            translate("pages.listings.page", "Withdraw listing {number}, “{title}”?").format(
                number=x.id, title=x.title
            ),
            translate(
                "pages.listings.page",
                "It leaves the directory for good; past trades keep it. Pause it instead if "
                "it is only for a while.",
            ),
            yes=translate("pages.listings.page", "Withdraw"),
        ):
            return
        self._change(
            listings.withdraw, translate("pages.listings.page", "Listing {number} is withdrawn.")
        )

    def _change(self, service: ListingChange, done_text: str) -> None:
        """One change to the selected listing; the refresh shows it, then it is selected."""
        x = self.selected()
        if x is None:
            return
        ident = x.id
        # a refusal is shown in a dialog over the page (the default without on_error)
        self.ctx.op(
            lambda session, actor: service(session, actor, ident),
            lambda changed: self.reveal(changed.id, done_text.format(number=changed.id)),
            owner=self,
        )

    def manage_categories(self) -> None:
        """The dialog's changes refresh the tree and the rows through their change sets."""
        CategoriesDialog(self.ctx, self).exec()
