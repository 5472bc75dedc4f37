"""The menu that follows the page: the shown page's own actions in the menu bar.

Every page keeps one QAction per thing a person can do there (a list page's from its
:class:`ui.list_page.RowAction` declarations, the same objects its buttons mirror and
its row menu shows; other pages' keys from ``addAction``). This menu, between View and
Help and named after the page ("Members", "Trades"), shows those objects themselves, so
an action is enabled, disabled with its reason, relabelled and keyed the same way in
the button, the right-click menu and the menu bar, and a coordinator can find every
action, with its key, from the menus alone.
"""

from __future__ import annotations

import re

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QLabel, QMenu, QMenuBar, QWidget

#: what a page's ``menu_actions()`` returns: its actions in order, None for a line
MenuEntries = list[QAction | None]


def page_entries(page: QWidget) -> MenuEntries:
    """The page's menu: its ``menu_actions()`` if it has them, else its named keys."""
    declared = getattr(page, "menu_actions", None)
    if callable(declared):
        entries: MenuEntries = declared()
        return entries
    return [a for a in page.actions() if a.text() and not a.isSeparator()]


def mnemonic_letters(root: QWidget) -> set[str]:
    """The Alt+letters taken in ``root``: its buttons' and its labels' with a buddy."""
    taken = set()
    for widget in root.findChildren(QWidget):
        if isinstance(widget, QAbstractButton) or (
            isinstance(widget, QLabel) and widget.buddy() is not None
        ):
            found = re.search(r"&([^&\s])", widget.text())
            if found:
                taken.add(found.group(1).lower())
    return taken


def menu_title(title: str, taken: set[str]) -> str:
    """``title`` with a mnemonic on its first letter that no one else uses (else none:
    Alt alone, then the arrow keys, still reach the menu)."""
    for number, char in enumerate(title):
        if char.isalpha() and char.lower() not in taken:
            return f"{title[:number]}&{title[number:]}"
    return title


class PageMenu:
    """The menu bar's page menu; :meth:`follow` fills it for the page shown."""

    def __init__(self, bar: QMenuBar, before: QAction, owner: QWidget) -> None:
        self.bar = bar
        self.menu = QMenu(owner)
        self.menu.setToolTipsVisible(True)  # a disabled entry says why, as its button does
        self.menu.setObjectName("page_menu")
        bar.insertMenu(before, self.menu)

    def follow(self, title: str, page: QWidget) -> None:
        """Show ``page``'s actions under ``title`` (the menu is hidden if it has none)."""
        self.menu.clear()  # removes the entries only: the actions belong to their page
        entries = page_entries(page)
        line = False  # a line goes between two groups, never first or last
        for entry in entries:
            if entry is None:
                line = bool(self.menu.actions())
                continue
            if line:
                self.menu.addSeparator()
                line = False
            self.menu.addAction(entry)
        taken = {"f", "v", "h"} | mnemonic_letters(page)  # File, View, Help and the page's
        self.menu.setTitle(menu_title(title, taken))
        self.menu.menuAction().setVisible(any(e is not None for e in entries))

    def actions(self) -> list[QAction]:
        return [a for a in self.menu.actions() if not a.isSeparator()]
