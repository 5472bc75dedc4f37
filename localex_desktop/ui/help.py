"""Help → User guide (F1) and Help → Keyboard shortcuts.

The guide is the one in docs/users/, shipped with the program (``paths.guide_dir``) and
shown by a :class:`QTextBrowser`, which reads Markdown and its pictures itself: no web
browser, no network, the same words as the printed docs. Links between the guides
work; a link to a web page opens in the system's browser.

The shortcuts list is generated from the window's own actions (menus, and every page's
keys, pages being built for it if need be), so it can never disagree with the keys.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from localex_desktop import APP_NAME, paths
from localex_desktop.ui.i18n import translate, translate_marked
from localex_desktop.ui.widgets import MessageLabel, window_layout

#: the guides shown in the contents list: (title, file in docs/users/)
GUIDES = (
    (str(QT_TRANSLATE_NOOP("help", "User guide")), "user-guide.md"),
    (str(QT_TRANSLATE_NOOP("help", "Bookkeeper's guide")), "bookkeeper-guide.md"),
    (str(QT_TRANSLATE_NOOP("help", "Importing members and listings")), "importing.md"),
)

#: keys that belong to no one action: what every list, field and dialog does
GENERAL_KEYS = (
    (
        str(QT_TRANSLATE_NOOP("help", "Tab, Shift+Tab")),
        str(QT_TRANSLATE_NOOP("help", "Everywhere")),
        str(QT_TRANSLATE_NOOP("help", "Next and previous field or button")),
    ),
    (
        str(QT_TRANSLATE_NOOP("help", "Alt + underlined letter")),
        str(QT_TRANSLATE_NOOP("help", "Everywhere")),
        str(QT_TRANSLATE_NOOP("help", "That field, button or menu")),
    ),
    (
        str(QT_TRANSLATE_NOOP("help", "Enter")),
        str(QT_TRANSLATE_NOOP("help", "Dialog")),
        str(QT_TRANSLATE_NOOP("help", "OK (the default button)")),
    ),
    (
        str(QT_TRANSLATE_NOOP("help", "Ctrl+Enter")),
        str(QT_TRANSLATE_NOOP("help", "Dialog")),
        str(QT_TRANSLATE_NOOP("help", "OK, also from a notes field")),
    ),
    (
        str(QT_TRANSLATE_NOOP("help", "Escape")),
        str(QT_TRANSLATE_NOOP("help", "Dialog")),
        str(QT_TRANSLATE_NOOP("help", "Cancel; asks first when you typed something")),
    ),
    (
        str(QT_TRANSLATE_NOOP("help", "Down")),
        str(QT_TRANSLATE_NOOP("help", "Search box")),
        str(QT_TRANSLATE_NOOP("help", "Into the results")),
    ),
    (
        str(QT_TRANSLATE_NOOP("help", "Enter")),
        str(QT_TRANSLATE_NOOP("help", "List")),
        str(QT_TRANSLATE_NOOP("help", "The selected row's next step (edit, complete, resolve)")),
    ),
    (
        str(QT_TRANSLATE_NOOP("help", "Menu key")),
        str(QT_TRANSLATE_NOOP("help", "List")),
        str(QT_TRANSLATE_NOOP("help", "The selected row's actions")),
    ),
    (
        str(QT_TRANSLATE_NOOP("help", "Ctrl+PgDown, Ctrl+PgUp")),
        str(QT_TRANSLATE_NOOP("help", "Page with tabs")),
        str(QT_TRANSLATE_NOOP("help", "Next and previous tab")),
    ),
)


def general_keys() -> list[tuple[str, str, str]]:
    """:data:`GENERAL_KEYS` in the program's language."""
    return [
        (translate_marked("help", k), translate_marked("help", w), translate_marked("help", d))
        for k, w, d in GENERAL_KEYS
    ]


def guide_path(name: str = GUIDES[0][1]) -> Path:
    return paths.guide_dir() / name


class GuideWindow(QDialog):
    """The shipped guides, with contents, back/forward and find (Ctrl+F, F3)."""

    def __init__(self, parent: QWidget | None = None, start: str = GUIDES[0][1]) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("help", "{program} — Help").format(program=APP_NAME))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.resize(960, 680)
        self.contents = QListWidget()
        self.contents.setAccessibleName(translate("help", "Guides"))
        for title, _file in GUIDES:
            self.contents.addItem(translate_marked("help", title))
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(translate("help", "Guide text"))
        self.browser.setOpenLinks(False)  # ours: web links go to the system browser
        self.browser.anchorClicked.connect(self.follow)
        self.find_edit = QLineEdit()
        self.find_edit.setPlaceholderText(
            translate("help", "Find in this guide  (Ctrl+F, then Enter or F3)")
        )
        self.find_edit.setAccessibleName(translate("help", "Find in the guide"))
        self.find_edit.returnPressed.connect(self.find_next)
        self.back_button = QPushButton(translate("help", "← &Back"))
        self.back_button.clicked.connect(self.browser.backward)
        self.browser.backwardAvailable.connect(self.back_button.setEnabled)
        self.back_button.setEnabled(False)
        self.back_button.setAutoDefault(False)
        self.message = MessageLabel()
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.find_edit, 1)
        splitter = QSplitter()
        splitter.addWidget(self.contents)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([220, 740])
        layout = window_layout(self, 8)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)
        for keys, slot in (
            (QKeySequence.StandardKey.Find, self.find_edit.setFocus),
            (QKeySequence.StandardKey.FindNext, self.find_next),
            (QKeySequence.StandardKey.Back, self.browser.backward),
            (QKeySequence.StandardKey.Forward, self.browser.forward),
        ):
            action = QAction(self)
            action.setShortcuts(keys)
            action.triggered.connect(slot)
            self.addAction(action)
        self.contents.currentRowChanged.connect(lambda row: self.open_guide(GUIDES[row][1]))
        names = [file for _title, file in GUIDES]
        self.contents.setCurrentRow(names.index(start) if start in names else 0)
        self.browser.setFocus()

    def open_guide(self, name: str) -> None:
        """Show the guide ``name`` (a file of docs/users/)."""
        try:
            path = guide_path(name)
        except FileNotFoundError as exc:
            self.message.show_error(
                translate("help", "The guide is not installed with this copy."), str(exc)
            )
            return
        if not path.is_file():
            self.message.show_error(
                translate("help", "The guide {name} is not installed with this copy.").format(
                    name=name
                )
            )
            return
        self.message.clear_message()
        self.browser.setSource(
            QUrl.fromLocalFile(str(path)), QTextDocument.ResourceType.MarkdownResource
        )

    def follow(self, url: QUrl) -> None:
        """A link: another guide or a place in this one here; a web page in the browser."""
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
            return
        target = self.browser.source().resolved(url)
        local = Path(target.toLocalFile())
        if local.suffix == ".md" and local.is_file():
            self.browser.setSource(target, QTextDocument.ResourceType.MarkdownResource)
        elif not local.name or local == Path(self.browser.source().toLocalFile()):
            self.browser.scrollToAnchor(url.fragment())
        else:
            self.message.show_error(
                translate(
                    "help", "{link} is not part of the guides shipped with the program."
                ).format(link=url.toString()),
                translate(
                    "help", "It is in the docs folder of the source and on the project's pages."
                ),
            )

    def find_next(self) -> None:
        text = self.find_edit.text()
        if not text:
            self.find_edit.setFocus()
            return
        if self.browser.find(text):
            self.message.clear_message()
            return
        cursor = self.browser.textCursor()  # from the top again, once
        cursor.movePosition(cursor.MoveOperation.Start)
        self.browser.setTextCursor(cursor)
        if self.browser.find(text):
            self.message.show_ok(translate("help", "Searched again from the top."))
        else:
            self.message.show_error(
                translate("help", "“{text}” is not in this guide.").format(text=text)
            )


# -- keyboard shortcuts -----------------------------------------------------------------


def _key(keys: list[QKeySequence]) -> str:
    """The usual key of an action (a standard key's first binding: Ctrl+F, not also the
    keyboard's own Find key)."""
    return keys[0].toString(QKeySequence.SequenceFormat.NativeText)


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(".… ")


def menu_keys(menus: Iterable[QMenu]) -> list[tuple[str, str, str]]:
    """(keys, where, what) for every menu action with a key."""
    rows = []
    for menu in menus:
        for action in menu.actions():
            keys = action.shortcuts()
            if keys and action.isVisible():
                shown = _key(keys)
                where = translate("help", "{menu} menu").format(menu=_plain(menu.title()))
                rows.append((shown, where, _plain(action.text())))
    return rows


def page_keys(title: str, page: QWidget) -> list[tuple[str, str, str]]:
    """(keys, where, what) for the keys of one page (its actions with a key and a name)."""
    rows: list[tuple[str, str, str]] = []
    seen: set[tuple[str, str]] = set()
    for action in [*page.actions(), *page.findChildren(QAction)]:
        keys = action.shortcuts()
        name = _plain(action.text() or action.toolTip())
        if not keys or not name:
            continue
        shown = _key(keys)
        if (shown, name) not in seen:
            seen.add((shown, name))
            rows.append((shown, title, name))
    return rows


class ShortcutsDialog(QDialog):
    """Every key of the program in one table, with a filter: "what does Ctrl+R do?"."""

    def __init__(self, rows: list[tuple[str, str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("help", "Keyboard shortcuts"))
        self.resize(720, 560)
        self.rows = rows
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(translate("help", "Filter: a key or a word"))
        self.filter_edit.setAccessibleName(translate("help", "Filter the shortcuts"))
        self.filter_edit.textChanged.connect(self.show_rows)
        label = QLabel(translate("help", "&Filter:"))
        label.setBuddy(self.filter_edit)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [
                translate("help", "Key"),
                translate("help", "Where"),
                translate("help", "What it does"),
            ]
        )
        self.table.setAccessibleName(translate("help", "Keyboard shortcuts"))
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.filter_edit, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.show_rows()
        self.filter_edit.setFocus()

    def show_rows(self, _text: str = "") -> None:
        words = self.filter_edit.text().casefold().split()
        shown = [r for r in self.rows if all(w in " ".join(r).casefold() for w in words)]
        self.table.setRowCount(len(shown))
        for i, values in enumerate(shown):
            for j, value in enumerate(values):
                self.table.setItem(i, j, QTableWidgetItem(value))
