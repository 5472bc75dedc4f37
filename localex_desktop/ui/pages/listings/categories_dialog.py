"""Categories…: add, rename, move, reorder and delete the categories of the directory.

Each button is one service call in one transaction on a worker (``ctx.op``); the tree is
read again afterwards (``ctx.query``) and the category stays selected, and the Listings
page refreshes itself from the change's tables. The service's refusals (a name already
used, a move inside its own branch, deleting a category that has sub-categories or is on
past trades) are shown in the dialog, and nothing changes. A rename or move of a
category another coordinator renamed or moved since the tree was read is asked about:
Reload (the name typed here stays) or Save anyway (:mod:`services.edits`). The widgets on
the right are :class:`.category_panel.CategoryPanel`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QTreeView,
    QWidget,
)

from localex_desktop.domain.errors import LocalexError, ValidationError
from localex_desktop.domain.roles import Permission
from localex_desktop.services import categories
from localex_desktop.services.categories import CategoryInfo
from localex_desktop.services.edits import Change, ChangedMeanwhile
from localex_desktop.services.work import Work
from localex_desktop.ui import messages
from localex_desktop.ui.context import AppContext
from localex_desktop.ui.errors import show_error
from localex_desktop.ui.i18n import role_name, translate
from localex_desktop.ui.pages.listings.category_panel import CategoryPanel
from localex_desktop.ui.pages.listings.model import CategoryTreeModel
from localex_desktop.ui.widgets import window_layout


class CategoriesDialog(QDialog):
    """The tree on the left, what can be done to the selected category on the right."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.can_manage = ctx.can(Permission.MANAGE_LISTINGS)
        #: True once anything was changed
        self.changed = False
        self._busy = False
        self.setWindowTitle(translate("pages.listings.categories_dialog", "Categories"))
        self.setMinimumSize(780, 500)

        self.model = CategoryTreeModel(parent=self)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setAccessibleName(translate("pages.listings.categories_dialog", "Categories"))
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.selectionModel().currentChanged.connect(lambda *_: self._selection_changed())

        self.panel = CategoryPanel()
        # its widgets, by name, for the code below (and tests)
        p = self.panel
        self.name_edit = p.name_edit
        self.add_top_button = p.add_top_button
        self.add_sub_button = p.add_sub_button
        self.rename_button = p.rename_button
        self.up_button = p.up_button
        self.down_button = p.down_button
        self.parent_box = p.parent_box
        self.move_button = p.move_button
        self.target_box = p.target_box
        self.delete_button = p.delete_button
        self.message = p.message
        self.selected_label = p.selected_label

        self.add_top_button.clicked.connect(lambda: self.add(top=True))
        self.add_sub_button.clicked.connect(lambda: self.add(top=False))
        self.rename_button.clicked.connect(self.rename)
        self.up_button.clicked.connect(lambda: self.shift(-1))
        self.down_button.clicked.connect(lambda: self.shift(+1))
        self.move_button.clicked.connect(self.move_under)
        self.delete_button.clicked.connect(self.delete)
        self.name_edit.textChanged.connect(lambda _t: self._update_actions())
        self.name_edit.returnPressed.connect(self._enter_in_name)
        for keys, step in (("Ctrl+Up", -1), ("Ctrl+Down", +1)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(lambda s=step: self.shift(s))

        self._build_layout()
        self._update_actions()
        self.reload()
        ctx.events.changed_elsewhere.connect(self._changed_elsewhere)

    def _changed_elsewhere(self, tables: frozenset[str]) -> None:
        """Another coordinator changed categories: show the tree as it is now (what is
        typed in the name field stays)."""
        if "categories" in tables and not self._busy and self.isVisible():
            self.reload()

    def _build_layout(self) -> None:
        body = QHBoxLayout()
        body.addWidget(self.tree, 1)
        body.addWidget(self.panel, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = window_layout(self)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)

    # -- reading ----------------------------------------------------------------------

    def reload(self, select: int | None = None) -> None:
        keep = select if select is not None else self._selected_id()

        def show(tree: list[CategoryInfo]) -> None:
            self.model.set_categories(tree)
            self.tree.expandAll()
            if keep is not None:
                self.select(keep)
            self._selection_changed()

        self.ctx.query(categories.tree, show, lambda exc: show_error(self, exc), owner=self)

    def selected(self) -> CategoryInfo | None:
        return self.model.info(self.tree.currentIndex())

    def _changeable(self) -> CategoryInfo | None:
        """The selected category, when this person may change categories."""
        return self.selected() if self.can_manage else None

    def _selected_id(self) -> int | None:
        info = self.selected()
        return None if info is None else info.id

    def select(self, category_id: int) -> None:
        index = self.model.index_of(category_id)
        if index.isValid():
            self.tree.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.tree.scrollTo(index)

    def _selection_changed(self) -> None:
        self.panel.show_category(self.selected(), self.model.categories(), self.can_manage)
        self._update_actions()

    # -- enabling ---------------------------------------------------------------------

    def _update_actions(self) -> None:
        info = self.selected()
        role = role_name(self.ctx.actor.role)
        denied = self.ctx.login_refusal(Permission.MANAGE_LISTINGS) or (
            translate(
                "pages.listings.categories_dialog",
                "Only coordinators and administrators change categories; you are a {role}.",
            ).format(role=role)
        )
        self.panel.update_buttons(
            info,
            (self._order_blocked(info, -1), self._order_blocked(info, +1)),
            denied=None if self.can_manage else denied,
            busy=self._busy,
        )

    def _order_blocked(self, info: CategoryInfo | None, step: int) -> str | None:
        if info is None:
            return translate("pages.listings.categories_dialog", "Select a category first.")
        index = self.model.index_of(info.id)
        row = index.row() + step
        if not 0 <= row < self.model.rowCount(index.parent()):
            return (
                translate("pages.listings.categories_dialog", "It is already the first.")
                if step < 0
                else translate("pages.listings.categories_dialog", "It is already the last.")
            )
        return None

    # -- changing ---------------------------------------------------------------------

    def _run(
        self,
        work: Work[Any],
        done_text: Callable[[Any], str],
        select: int | None,
        anyway: Work[Any] | None = None,
        *,
        reload_refused: bool = False,
    ) -> None:
        """Run one change in one transaction; then show ``done_text`` and read the tree.

        The Listings page behind refreshes itself from the change's tables. ``anyway``: the
        same change over another coordinator's (for "Save anyway"). ``reload_refused``:
        a refusal (the tree changed meanwhile) also reads the tree again, message kept.
        """
        self._busy = True
        self._update_actions()
        self.message.clear_message()

        def done(value: Any) -> None:
            self._busy = False
            self.changed = True
            self.message.show_ok(done_text(value))
            target = value.id if isinstance(value, CategoryInfo) else select
            self.reload(select=target)

        def failed(exc: BaseException) -> None:
            self._busy = False
            self._update_actions()
            if isinstance(exc, ChangedMeanwhile) and anyway is not None:
                self._changed_meanwhile(exc, lambda: self._run(anyway, done_text, select))
            elif isinstance(exc, LocalexError):
                if reload_refused:
                    self.reload(select=select)
                self.message.show_refusal(exc)
            else:
                show_error(self, exc)

        self.ctx.op(work, done, failed, owner=self)

    def _changed_meanwhile(self, exc: ChangedMeanwhile, save_anyway: Callable[[], None]) -> None:
        lines = "\n".join(self._describe(c) for c in exc.changes)
        answer = messages.choose(
            self,
            exc.message,
            f"{lines}\n\n{exc.hint}",
            translate("pages.listings.categories_dialog", "&Reload"),
            translate("pages.listings.categories_dialog", "Save &anyway"),
        )
        if answer == 1:
            self.reload()
            self.message.show_ok(
                translate(
                    "pages.listings.categories_dialog",
                    "Reloaded: the tree shows what was saved meanwhile; what you typed is kept.",
                )
            )
        elif answer == 2:
            save_anyway()
        else:
            self.message.show_refusal(exc)

    def _describe(self, change: Change) -> str:
        if change.field == "parent_id":
            paths = {c.id: c.path for c in self.model.categories()}

            def where(parent: object) -> str:
                if not isinstance(parent, int):
                    return translate("pages.listings.categories_dialog", "the top level")
                if parent in paths:
                    return translate("pages.listings.categories_dialog", "under {path}").format(
                        path=paths[parent]
                    )
                return translate(
                    "pages.listings.categories_dialog", "under category {number}"
                ).format(number=parent)

            return translate(
                "pages.listings.categories_dialog", "Place: was {before}, now {after}."
            ).format(before=where(change.seen), after=where(change.now))
        return translate(
            "pages.listings.categories_dialog", "{field}: was {before}, now {after}."
        ).format(field=change.label.capitalize(), before=repr(change.seen), after=repr(change.now))

    def _name(self) -> str | None:
        try:
            return categories.clean_name(self.name_edit.text())
        except ValidationError as exc:
            self.message.show_refusal(exc)
            return None

    def _enter_in_name(self) -> None:
        if self.add_sub_button.isEnabled():
            self.add(top=False)
        elif self.add_top_button.isEnabled():
            self.add(top=True)

    def add(self, *, top: bool) -> None:
        if not self.can_manage:
            return
        name = self._name()
        parent = None if top else self._selected_id()
        if name is None or (not top and parent is None):
            return
        self.name_edit.clear()
        self._run(
            lambda s, a: categories.add(s, a, name, parent_id=parent),
            lambda c: translate("pages.listings.categories_dialog", "Added {path}.").format(
                path=c.path
            ),
            None,
        )

    def rename(self) -> None:
        info = self._changeable()
        name = self._name() if info is not None else None
        if info is None or name is None:
            return
        ident = info.id
        self._run(
            lambda s, a: categories.rename(s, a, ident, name, seen=info),
            lambda c: translate(
                "pages.listings.categories_dialog", "Renamed {path} to {name}."
            ).format(path=info.path, name=c.name),
            ident,
            lambda s, a: categories.rename(s, a, ident, name, seen=info, overwrite=True),
        )

    def shift(self, step: int) -> None:
        info = self._changeable()
        if info is None or self._order_blocked(info, step) or self._busy:
            return
        ident = info.id
        self._run(
            lambda s, a: categories.shift(s, a, ident, step, seen=info),
            lambda c: (
                translate("pages.listings.categories_dialog", "Moved {name} up.")
                if step < 0
                else translate("pages.listings.categories_dialog", "Moved {name} down.")
            ).format(name=c.name),
            ident,
            reload_refused=True,
        )

    def move_under(self) -> None:
        info = self._changeable()
        if info is None:
            return
        new_parent = self.parent_box.currentData()
        if new_parent == info.parent_id:
            self.message.show_ok(
                translate("pages.listings.categories_dialog", "{name} is already there.").format(
                    name=info.name
                )
            )
            return
        ident = info.id
        self._run(
            lambda s, a: categories.move(s, a, ident, parent_id=new_parent, seen=info),
            lambda c: translate("pages.listings.categories_dialog", "Moved: {path}.").format(
                path=c.path
            ),
            ident,
            lambda s, a: categories.move(
                s, a, ident, parent_id=new_parent, seen=info, overwrite=True
            ),
        )

    def delete(self) -> None:
        info = self._changeable()
        if info is None:
            return
        target = self.target_box.currentData() if info.listing_count else None
        if info.listing_count and target is None:
            self.message.show_error(
                translate(
                    "pages.listings.categories_dialog",
                    "%n listing(s) use {path}.",
                    None,
                    info.listing_count,
                ).format(path=info.path),
                translate(
                    "pages.listings.categories_dialog",
                    "Choose the category they go to under “Its listings go to”.",
                ),
            )
            self.target_box.setFocus()
            return
        detail = translate(
            "pages.listings.categories_dialog", "This cannot be undone (you can add it again)."
        )
        if target is not None:
            where = self.target_box.currentData(Qt.ItemDataRole.ToolTipRole)
            detail = translate(
                "pages.listings.categories_dialog",
                "Its %n listing(s) move to {path}. This cannot be undone (you can add it again).",
                None,
                info.listing_count,
            ).format(path=where)
        question = translate(
            "pages.listings.categories_dialog", "Delete the category {path}?"
        ).format(path=info.path)
        if not messages.ask(
            self, question, detail, yes=translate("pages.listings.categories_dialog", "Delete")
        ):
            return
        ident = info.id

        def text(moved: int) -> str:
            if moved:
                return translate(
                    "pages.listings.categories_dialog",
                    "Deleted {path}; moved %n listing(s).",
                    None,
                    moved,
                ).format(path=info.path)
            return translate("pages.listings.categories_dialog", "Deleted {path}.").format(
                path=info.path
            )

        self._run(
            lambda s, a: categories.delete(s, a, ident, move_listings_to=target),
            text,
            info.parent_id,
        )
