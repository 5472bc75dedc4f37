"""Categories…: add, rename, move, reorder and delete the categories of the directory.

Each button is one service call in one transaction on a worker; the tree is read
again afterwards and the category stays selected. The service's refusals (a name
already used, a move inside its own branch, deleting a category that has
sub-categories or is on past trades) are shown in the dialog, and nothing changes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from localex_desktop.domain.errors import LocalexError, ValidationError
from localex_desktop.domain.roles import Permission
from localex_desktop.services import categories
from localex_desktop.services.categories import CategoryInfo
from localex_desktop.ui import messages
from localex_desktop.ui.context import AppContext
from localex_desktop.ui.errors import show_error
from localex_desktop.ui.pages.listings.model import (
    CategoryTreeModel,
    fill_category_combo,
    subtree,
)
from localex_desktop.ui.widgets import MessageLabel, hint_label


class CategoriesDialog(QDialog):
    """The tree on the left, what can be done to the selected category on the right."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.can_manage = ctx.can(Permission.MANAGE_LISTINGS)
        #: True once anything was changed (the page then reads its tree and rows again)
        self.changed = False
        self._busy = False
        self.setWindowTitle("Categories")
        self.setMinimumSize(780, 500)

        self.model = CategoryTreeModel(parent=self)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setAccessibleName("Categories")
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.selectionModel().currentChanged.connect(lambda *_: self._selection_changed())

        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(categories.MAX_NAME)
        self.name_edit.setPlaceholderText("e.g. Baking")
        self.add_top_button = QPushButton("Add at &top level")
        self.add_sub_button = QPushButton("Add &under selected")
        self.rename_button = QPushButton("&Rename selected")
        self.up_button = QPushButton("Move u&p")
        self.down_button = QPushButton("Move do&wn")
        self.parent_box = QComboBox()
        self.move_button = QPushButton("Mo&ve")
        self.target_box = QComboBox()
        self.delete_button = QPushButton("&Delete selected…")
        self.message = MessageLabel()
        self.selected_label = QLabel("Select a category in the tree.")
        self.selected_label.setWordWrap(True)

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

    def _build_layout(self) -> None:
        name_label = QLabel("Na&me:")
        name_label.setBuddy(self.name_edit)
        name_box = QGroupBox("Name")
        name_layout = QVBoxLayout(name_box)
        name_row = QHBoxLayout()
        name_row.addWidget(name_label)
        name_row.addWidget(self.name_edit, 1)
        name_layout.addLayout(name_row)
        adds = QHBoxLayout()
        adds.addWidget(self.add_top_button)
        adds.addWidget(self.add_sub_button)
        adds.addWidget(self.rename_button)
        name_layout.addLayout(adds)

        place_box = QGroupBox("Place of the selected category")
        place = QFormLayout(place_box)
        order = QHBoxLayout()
        order.addWidget(self.up_button)
        order.addWidget(self.down_button)
        order.addStretch(1)
        place.addRow("Order:", order)
        move_row = QHBoxLayout()
        move_row.addWidget(self.parent_box, 1)
        move_row.addWidget(self.move_button)
        under = QLabel("Under:")
        place.addRow(under, move_row)

        delete_box = QGroupBox("Delete the selected category")
        delete_form = QFormLayout(delete_box)
        delete_form.addRow("Its listings go to:", self.target_box)
        delete_form.addRow(
            hint_label(
                "Only a category without sub-categories, and not named on past trades or "
                "transactions, can be deleted. Rename it instead to keep history right."
            )
        )
        delete_row = QHBoxLayout()
        delete_row.addStretch(1)
        delete_row.addWidget(self.delete_button)
        delete_form.addRow(delete_row)

        side = QVBoxLayout()
        side.addWidget(self.selected_label)
        side.addWidget(name_box)
        side.addWidget(place_box)
        side.addWidget(delete_box)
        side.addWidget(self.message)
        side.addStretch(1)

        body = QHBoxLayout()
        body.addWidget(self.tree, 1)
        body.addLayout(side, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)

    # -- reading ----------------------------------------------------------------------

    def reload(self, select: int | None = None) -> None:
        db, actor = self.ctx.db, self.ctx.actor
        keep = select if select is not None else self._selected_id()

        def read() -> list[CategoryInfo]:
            with db.transaction() as session:
                return categories.tree(session, actor)

        def show(tree: list[CategoryInfo]) -> None:
            self.model.set_categories(tree)
            self.tree.expandAll()
            if keep is not None:
                self.select(keep)
            self._selection_changed()

        self.ctx.tasks.run(read, show, lambda exc: show_error(self, exc), owner=self)

    def selected(self) -> CategoryInfo | None:
        return self.model.info(self.tree.currentIndex())

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
        info = self.selected()
        tree = self.model.categories()
        if info is None:
            self.selected_label.setText("Select a category in the tree.")
            self.parent_box.clear()
            self.target_box.clear()
        else:
            used = info.listing_count
            self.selected_label.setText(
                f"<b>{info.path}</b> — {used} listing{'s' if used != 1 else ''}"
            )
            fill_category_combo(
                self.parent_box,
                tree,
                none_text="(top level)",
                keep=info.parent_id,
                exclude=subtree(tree, info.id),
            )
            fill_category_combo(
                self.target_box,
                tree,
                none_text="(no listings to move)" if used == 0 else "Choose a category…",
                exclude={info.id},
            )
            self.target_box.setEnabled(used > 0 and self.can_manage)
        self._update_actions()

    # -- enabling ---------------------------------------------------------------------

    def _update_actions(self) -> None:
        info = self.selected()
        has_name = bool(self.name_edit.text().strip())
        buttons: list[tuple[QPushButton, str | None, str]] = [
            (
                self.add_top_button,
                None if has_name else "Type the new category's name first.",
                "Add a main category",
            ),
            (
                self.add_sub_button,
                "Select the parent category first."
                if info is None
                else (None if has_name else "Type the new category's name first."),
                "Add a sub-category of the selected category",
            ),
            (
                self.rename_button,
                "Select a category first."
                if info is None
                else (None if has_name else "Type the new name first."),
                "Give the selected category the name typed above",
            ),
            (self.up_button, self._order_blocked(info, -1), "Earlier among its siblings (Ctrl+Up)"),
            (
                self.down_button,
                self._order_blocked(info, +1),
                "Later among its siblings (Ctrl+Down)",
            ),
            (
                self.move_button,
                "Select a category first." if info is None else None,
                "Put the category (with its sub-categories) under another one",
            ),
            (
                self.delete_button,
                "Select a category first." if info is None else None,
                "Delete the category (its listings move to the category chosen)",
            ),
        ]
        why_not = (
            "Only coordinators and administrators change categories; you are a "
            f"{self.ctx.actor.role.value}."
        )
        for button, blocked, tip in buttons:
            reason = why_not if not self.can_manage else blocked
            button.setEnabled(reason is None and not self._busy)
            button.setToolTip(tip if reason is None else reason)
        self.name_edit.setReadOnly(not self.can_manage)
        self.parent_box.setEnabled(self.can_manage and info is not None)
        if not self.can_manage:
            self.target_box.setEnabled(False)

    def _order_blocked(self, info: CategoryInfo | None, step: int) -> str | None:
        if info is None:
            return "Select a category first."
        index = self.model.index_of(info.id)
        row = index.row() + step
        if not 0 <= row < self.model.rowCount(index.parent()):
            return "It is already the " + ("first." if step < 0 else "last.")
        return None

    # -- changing ---------------------------------------------------------------------

    def _run(
        self, call: Callable[[], Any], done_text: Callable[[Any], str], select: int | None
    ) -> None:
        """Run one change in one transaction; then show ``done_text`` and read the tree."""
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
            if isinstance(exc, LocalexError):
                self.message.show_error(exc.message, exc.hint or "")
            else:
                show_error(self, exc)

        self.ctx.tasks.run(call, done, failed, owner=self)

    def _name(self) -> str | None:
        try:
            return categories.clean_name(self.name_edit.text())
        except ValidationError as exc:
            self.message.show_error(exc.message, exc.hint or "")
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
        db, actor = self.ctx.db, self.ctx.actor

        def call() -> CategoryInfo:
            with db.transaction() as session:
                return categories.add(session, actor, name, parent_id=parent)

        self.name_edit.clear()
        self._run(call, lambda c: f"Added {c.path}.", None)

    def rename(self) -> None:
        info = self.selected()
        name = self._name() if info is not None and self.can_manage else None
        if info is None or name is None:
            return
        db, actor, ident = self.ctx.db, self.ctx.actor, info.id

        def call() -> CategoryInfo:
            with db.transaction() as session:
                return categories.rename(session, actor, ident, name)

        self._run(call, lambda c: f"Renamed {info.path} to {c.name}.", ident)

    def shift(self, step: int) -> None:
        info = self.selected()
        if info is None or not self.can_manage or self._order_blocked(info, step) or self._busy:
            return
        position = self.model.index_of(info.id).row() + step
        db, actor, ident = self.ctx.db, self.ctx.actor, info.id

        def call() -> CategoryInfo:
            with db.transaction() as session:
                return categories.move(session, actor, ident, position=position)

        self._run(call, lambda c: f"Moved {c.name} {'up' if step < 0 else 'down'}.", ident)

    def move_under(self) -> None:
        info = self.selected()
        if info is None or not self.can_manage:
            return
        new_parent = self.parent_box.currentData()
        if new_parent == info.parent_id:
            self.message.show_ok(f"{info.name} is already there.")
            return
        db, actor, ident = self.ctx.db, self.ctx.actor, info.id

        def call() -> CategoryInfo:
            with db.transaction() as session:
                return categories.move(session, actor, ident, parent_id=new_parent)

        self._run(call, lambda c: f"Moved: {c.path}.", ident)

    def delete(self) -> None:
        info = self.selected()
        if info is None or not self.can_manage:
            return
        target = self.target_box.currentData() if info.listing_count else None
        if info.listing_count and target is None:
            self.message.show_error(
                f"{info.listing_count} listing(s) use {info.path}.",
                "Choose the category they go to under “Its listings go to”.",
            )
            self.target_box.setFocus()
            return
        detail = "This cannot be undone (you can add it again)."
        if target is not None:
            where = self.target_box.currentData(Qt.ItemDataRole.ToolTipRole)
            detail = f"Its {info.listing_count} listing(s) move to {where}. " + detail
        if not messages.ask(self, f"Delete the category {info.path}?", detail, yes="Delete"):
            return
        db, actor, ident = self.ctx.db, self.ctx.actor, info.id

        def call() -> int:
            with db.transaction() as session:
                return categories.delete(session, actor, ident, move_listings_to=target)

        def text(moved: int) -> str:
            return f"Deleted {info.path}" + (f"; moved {moved} listing(s)." if moved else ".")

        self._run(call, text, info.parent_id)
