"""The listings table's columns and page fetch (``listings.search``), and the category tree.

Listings can be many, so they load in pages with the search, filters and sort done by
PostgreSQL (:func:`fetch_listings`, run by ``list_page.service_model``). Categories are
few: ``categories.tree`` is read whole and shown by :class:`CategoryTreeModel`, a small
tree model that the Listings page uses as a filter and the category dialog as the thing
it edits.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QComboBox
from sqlalchemy.orm import Session

from localex_desktop.domain.roles import Actor
from localex_desktop.services import listings
from localex_desktop.services.categories import CategoryInfo
from localex_desktop.services.fields import listed
from localex_desktop.services.fields.listings import (
    FIELDS,
    KIND_TEXT,
    STATUS_TEXT,
    member_text,
)
from localex_desktop.services.fields.listings import per_unit as unit_as_typed
from localex_desktop.services.listings import ListingFilter, ListingInfo
from localex_desktop.ui.i18n import translate
from localex_desktop.ui.models.columns import Column, MoneyFormat, field_columns
from localex_desktop.ui.models.lazy_table import PageRequest

Index = QModelIndex | QPersistentModelIndex

__all__ = ["KIND_TEXT", "STATUS_TEXT", "member_text", "per_unit"]

#: what the category tree holds in Qt.UserRole: the category id (None: all categories)
CATEGORY_ID_ROLE = Qt.ItemDataRole.UserRole


def per_unit(unit: str) -> str:
    """The unit after a price: "per hour" for "hour" (translated), as typed for "per loaf"."""
    shown = unit_as_typed(unit)
    if shown and shown != unit.strip():
        return translate("pages.listings.model", "per {unit}").format(unit=unit.strip())
    return shown


@dataclass(frozen=True)
class ListingFilters:
    """The page's filters besides the search text (which the lazy model holds)."""

    kind: str | None = None
    status: str | None = None
    member_id: int | None = None
    category_id: int | None = None  # includes its sub-categories


def listing_columns(money: MoneyFormat) -> list[Column[ListingInfo]]:
    """The table's columns: the listing fields (``services.fields.listings``)."""
    return field_columns(
        listed(FIELDS),
        money,
        tooltips={
            "category": lambda x: x.category_path,
            "title": lambda x: x.description or x.title,
            "unit": lambda x: x.unit or None,
        },
    )


def fetch_listings(session: Session, actor: Actor, request: PageRequest) -> list[ListingInfo]:
    """One page of listings for the table (full-text search and sort in the database)."""
    q = request.query
    f = q.filters if isinstance(q.filters, ListingFilters) else ListingFilters()
    flt = ListingFilter(
        text=q.text,
        kind=f.kind,
        status=f.status,
        member_id=f.member_id,
        category_id=f.category_id,
    )
    return listings.search(
        session,
        actor,
        flt,
        sort=q.sort_key or "id",
        descending=q.descending,
        limit=request.limit,
        offset=request.offset,
    )


# -- categories ------------------------------------------------------------------------

ALL = 0  # the internal id of the "All categories" row
#: the tree's columns: the name, and how many listings use the category itself
COLUMNS = 2


class CategoryTreeModel(QAbstractItemModel):
    """Categories as a tree; internal ids are category ids (0: the "All categories" row).

    Columns: the name, and how many listings use the category itself.
    """

    def headers(self) -> tuple[str, str]:
        return (
            translate("pages.listings.model", "Category"),
            translate("pages.listings.model", "Listings"),
        )

    def __init__(self, *, all_row: bool = False, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.all_row = all_row
        self._infos: dict[int, CategoryInfo] = {}
        self._children: dict[int | None, list[int]] = {None: [ALL] if all_row else []}

    # -- data ------------------------------------------------------------------------

    def set_categories(self, tree: list[CategoryInfo]) -> None:
        self.beginResetModel()
        self._infos = {c.id: c for c in tree}
        self._children = {None: [ALL] if self.all_row else []}
        for c in tree:  # depth first, siblings in order: children lists keep that order
            parent = c.parent_id if c.parent_id in self._infos else None
            self._children.setdefault(parent, []).append(c.id)
        self.endResetModel()

    def categories(self) -> list[CategoryInfo]:
        return list(self._infos.values())

    def info(self, index: Index) -> CategoryInfo | None:
        if not index.isValid():
            return None
        return self._infos.get(index.internalId())

    def index_of(self, category_id: int | None) -> QModelIndex:
        """The index of a category (None or 0: the "All categories" row, if there is one)."""
        ident = ALL if category_id is None else category_id
        if ident == ALL and not self.all_row:
            return QModelIndex()
        if ident != ALL and ident not in self._infos:
            return QModelIndex()
        parent = None if ident == ALL else self._parent_id(ident)
        return self.createIndex(self._children[parent].index(ident), 0, ident)

    def _parent_id(self, ident: int) -> int | None:
        info = self._infos.get(ident)
        if info is None or info.parent_id not in self._infos:
            return None
        return info.parent_id

    def _key(self, parent: Index) -> int | None:
        return parent.internalId() if parent.isValid() else None

    # -- Qt model interface ----------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return QModelIndex()
        children = self._children.get(self._key(parent), [])
        if not (0 <= row < len(children) and 0 <= column < COLUMNS):
            return QModelIndex()
        return self.createIndex(row, column, children[row])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        ident = index.internalId()
        if ident == ALL:
            return QModelIndex()
        parent = self._parent_id(ident)
        if parent is None:
            return QModelIndex()
        grand = self._parent_id(parent)
        return self.createIndex(self._children[grand].index(parent), 0, parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._children.get(self._key(parent), []))

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return COLUMNS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        ident = index.internalId()
        if role == CATEGORY_ID_ROLE:
            return None if ident == ALL else ident
        if ident == ALL:
            if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
                return translate("pages.listings.model", "All categories")
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setItalic(True)
                return font
            return None
        info = self._infos.get(ident)
        if info is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return info.name if index.column() == 0 else str(info.listing_count)
        if role == Qt.ItemDataRole.ToolTipRole:
            return translate(
                "pages.listings.model",
                "{path} — %n listing(s) (sub-categories not counted)",
                None,
                info.listing_count,
            ).format(path=info.path)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < COLUMNS
        ):
            return self.headers()[section]
        return None


def fill_category_combo(
    combo: QComboBox,
    tree: list[CategoryInfo],
    *,
    none_text: str | None = None,
    keep: int | None = None,
    exclude: set[int] | None = None,
) -> None:
    """Put the categories in a combo box by full path, depth first, with their id as data.

    ``none_text`` adds a first item meaning "no category" (data None); ``keep`` is
    selected afterwards if present; categories in ``exclude`` are left out.
    """
    combo.blockSignals(True)
    combo.clear()
    if none_text is not None:
        combo.addItem(none_text, None)
    for c in tree:
        if exclude and c.id in exclude:
            continue
        combo.addItem(c.path, c.id)
        combo.setItemData(combo.count() - 1, c.path, Qt.ItemDataRole.ToolTipRole)
    position = combo.findData(keep) if keep is not None else -1
    combo.setCurrentIndex(position if position >= 0 else 0)
    combo.blockSignals(False)


def subtree(tree: list[CategoryInfo], category_id: int) -> set[int]:
    """The category and everything under it (for a parent chooser: not inside itself)."""
    out = {category_id}
    for c in tree:  # depth first: a parent always comes before its children
        if c.parent_id in out:
            out.add(c.id)
    return out
