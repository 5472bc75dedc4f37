"""The right side of Categories…: the name, the place and the deletion of a category.

Only widgets and the rules for when each button can be used (with the reason as its
tooltip when not); the dialog (:mod:`.categories_dialog`) runs the changes.
"""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from localex_desktop.services import categories
from localex_desktop.services.categories import CategoryInfo
from localex_desktop.ui.i18n import translate
from localex_desktop.ui.pages.listings.model import fill_category_combo, subtree
from localex_desktop.ui.widgets import MessageLabel, hint_label


class CategoryPanel(QWidget):
    """Every label's mnemonic goes to its input itself (never to a row around it)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(categories.MAX_NAME)
        self.name_edit.setPlaceholderText(translate("pages.listings.category_panel", "e.g. Baking"))
        self.add_top_button = QPushButton(
            translate("pages.listings.category_panel", "Add at &top level")
        )
        self.add_sub_button = QPushButton(
            translate("pages.listings.category_panel", "Add &under selected")
        )
        self.rename_button = QPushButton(
            translate("pages.listings.category_panel", "&Rename selected")
        )
        self.up_button = QPushButton(translate("pages.listings.category_panel", "Move u&p"))
        self.down_button = QPushButton(translate("pages.listings.category_panel", "Move do&wn"))
        self.parent_box = QComboBox()
        self.move_button = QPushButton(translate("pages.listings.category_panel", "Mo&ve"))
        self.target_box = QComboBox()
        self.delete_button = QPushButton(
            translate("pages.listings.category_panel", "&Delete selected…")
        )
        self.message = MessageLabel()
        self.selected_label = QLabel(
            translate("pages.listings.category_panel", "Select a category in the tree.")
        )
        self.selected_label.setWordWrap(True)

        name_label = QLabel(translate("pages.listings.category_panel", "Na&me:"))
        name_label.setBuddy(self.name_edit)
        name_box = QGroupBox(translate("pages.listings.category_panel", "Name"))
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

        place_box = QGroupBox(
            translate("pages.listings.category_panel", "Place of the selected category")
        )
        place = QFormLayout(place_box)
        order = QHBoxLayout()
        order.addWidget(self.up_button)
        order.addWidget(self.down_button)
        order.addStretch(1)
        place.addRow(translate("pages.listings.category_panel", "Order:"), order)
        move_row = QHBoxLayout()
        move_row.addWidget(self.parent_box, 1)
        move_row.addWidget(self.move_button)
        under = QLabel(translate("pages.listings.category_panel", "U&nder:"))
        under.setBuddy(self.parent_box)
        place.addRow(under, move_row)

        delete_box = QGroupBox(
            translate("pages.listings.category_panel", "Delete the selected category")
        )
        delete_form = QFormLayout(delete_box)
        delete_form.addRow(
            translate("pages.listings.category_panel", "Its &listings go to:"), self.target_box
        )
        delete_form.addRow(
            hint_label(
                translate(
                    "pages.listings.category_panel",
                    "Only a category without sub-categories, and not named on past trades or "
                    "transactions, can be deleted. Rename it instead to keep history right.",
                )
            )
        )
        delete_row = QHBoxLayout()
        delete_row.addStretch(1)
        delete_row.addWidget(self.delete_button)
        delete_form.addRow(delete_row)

        side = QVBoxLayout(self)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.selected_label)
        side.addWidget(name_box)
        side.addWidget(place_box)
        side.addWidget(delete_box)
        side.addWidget(self.message)
        side.addStretch(1)

    def show_category(
        self, info: CategoryInfo | None, tree: list[CategoryInfo], can_manage: bool
    ) -> None:
        """The selected category, where it may move, and where its listings may go."""
        if info is None:
            self.selected_label.setText(
                translate("pages.listings.category_panel", "Select a category in the tree.")
            )
            self.parent_box.clear()
            self.target_box.clear()
            return
        used = info.listing_count
        self.selected_label.setText(
            translate(
                "pages.listings.category_panel", "<b>{path}</b> — %n listing(s)", None, used
            ).format(path=escape(info.path))
        )
        fill_category_combo(
            self.parent_box,
            tree,
            none_text=translate("pages.listings.category_panel", "(top level)"),
            keep=info.parent_id,
            exclude=subtree(tree, info.id),
        )
        fill_category_combo(
            self.target_box,
            tree,
            none_text=translate("pages.listings.category_panel", "(no listings to move)")
            if used == 0
            else translate("pages.listings.category_panel", "Choose a category…"),
            exclude={info.id},
        )
        self.target_box.setEnabled(used > 0 and can_manage)

    def update_buttons(
        self,
        info: CategoryInfo | None,
        order_blocked: tuple[str | None, str | None],
        *,
        denied: str | None,
        busy: bool,
    ) -> None:
        """Enable what can be done now; ``denied`` is the reason for a role that may not."""
        has_name = bool(self.name_edit.text().strip())
        need_name = (
            None
            if has_name
            else translate("pages.listings.category_panel", "Type the new category's name first.")
        )
        pick = translate("pages.listings.category_panel", "Select a category first.")
        up, down = order_blocked
        buttons: list[tuple[QPushButton, str | None, str]] = [
            (
                self.add_top_button,
                need_name,
                translate("pages.listings.category_panel", "Add a main category"),
            ),
            (
                self.add_sub_button,
                translate("pages.listings.category_panel", "Select the parent category first.")
                if info is None
                else need_name,
                translate(
                    "pages.listings.category_panel", "Add a sub-category of the selected category"
                ),
            ),
            (
                self.rename_button,
                pick
                if info is None
                else (
                    None
                    if has_name
                    else translate("pages.listings.category_panel", "Type the new name first.")
                ),
                translate(
                    "pages.listings.category_panel",
                    "Give the selected category the name typed above",
                ),
            ),
            (
                self.up_button,
                up,
                translate("pages.listings.category_panel", "Earlier among its siblings (Ctrl+Up)"),
            ),
            (
                self.down_button,
                down,
                translate("pages.listings.category_panel", "Later among its siblings (Ctrl+Down)"),
            ),
            (
                self.move_button,
                pick if info is None else None,
                translate(
                    "pages.listings.category_panel",
                    "Put the category (with its sub-categories) under another one",
                ),
            ),
            (
                self.delete_button,
                pick if info is None else None,
                translate(
                    "pages.listings.category_panel",
                    "Delete the category (its listings move to the category chosen)",
                ),
            ),
        ]
        for button, blocked, tip in buttons:
            reason = denied or blocked
            button.setEnabled(reason is None and not busy)
            button.setToolTip(tip if reason is None else reason)
        self.name_edit.setReadOnly(denied is not None)
        self.parent_box.setEnabled(denied is None and info is not None)
        if denied is not None:
            self.target_box.setEnabled(False)
