"""Find the words a person sees that do not go through Qt's translation system.

:func:`pseudo_installed` installs a translator that wraps every string it is asked for
in ⟪ ⟫. With it installed, :func:`untranslated` walks a shown window and returns each visible text
(labels, buttons, group titles, tabs, headers, placeholders, menus, the window title)
that still holds letters outside those marks, once the data shown (member names,
memos, the currency, numbers and dates) is taken away. A string written as a plain
literal, or glued together from words outside ``translate()``, is caught there.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QAbstractListModel, QCoreApplication
from PySide6.QtGui import Qt, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTabBar,
    QWidget,
)

OPEN, CLOSE = "⟪", "⟫"
#: sentences the services and the domain write (their exceptions' messages): English
#: for now — Qt-free code cannot call translate(), and a catalogue of their templates is
#: the part of issue 16 still to build. Listed one by one, so a new English string of
#: the GUI is still caught.
SERVICES_SENTENCES = (
    "The member's name is empty.",
    "The amount is empty. Enter an amount such as",
    "The server refused the password for user",
    "The user name '' is not allowed.",
)
#: an innermost marked text (a translated word put into a translated sentence nests)
_MARKED = re.compile(f"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}", re.S)
_LETTERS = re.compile(r"[^\W\d_]{2,}")


@contextmanager
def pseudo_installed() -> Iterator[None]:
    """Every translate() in the block returns ⟪text⟫ (plurals with %n filled in)."""
    from PySide6.QtCore import QTranslator

    class _Marking(QTranslator):
        def translate(
            self, context: str, source: str, disambiguation: str | None = None, n: int = -1
        ) -> str:
            if not source:
                return source
            return f"{OPEN}{source}{CLOSE}"

        def isEmpty(self) -> bool:
            return False

    app = QCoreApplication.instance()
    assert app is not None
    marking = _Marking(app)
    app.installTranslator(marking)
    try:
        yield
    finally:
        app.removeTranslator(marking)


def _plain(text: str) -> str:
    if Qt.mightBeRichText(text):
        doc = QTextDocument()
        doc.setHtml(text)
        return doc.toPlainText()
    return text


def _texts(top: QWidget) -> Iterable[tuple[str, str]]:
    """(where, text) for every visible text of ``top``."""
    yield "window title", top.windowTitle()
    for w in [top, *top.findChildren(QWidget)]:
        if w is not top and not w.isVisibleTo(top):
            continue
        name = type(w).__name__ + (f" {w.objectName()}" if w.objectName() else "")
        if isinstance(w, QLabel):
            yield name, _plain(w.text())
        elif isinstance(w, QAbstractButton):
            yield name, w.text()
            yield f"{name} tooltip", w.toolTip()
        elif isinstance(w, QGroupBox):
            yield name, w.title()
        elif isinstance(w, QLineEdit):
            yield f"{name} placeholder", w.placeholderText()
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                yield f"{name} tab {i}", w.tabText(i)
        elif isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount()
            for c in range(columns):
                head = model.headerData(c, Qt.Orientation.Horizontal)
                if isinstance(head, str):
                    yield f"{name} column {c}", head
    if isinstance(top, QMainWindow):
        for menu in top.menuBar().findChildren(QMenu):
            yield "menu", menu.title()
            for action in menu.actions():
                if not action.isSeparator():
                    yield "menu item", action.text()


def untranslated(top: QWidget, data: Iterable[str] = ()) -> list[str]:
    """One line per visible text with letters outside the translator's marks."""
    known = sorted({d for d in data if d}, key=len, reverse=True)
    found = []
    for where, text in _texts(top):
        rest, before = text or "", None
        while rest != before:
            before, rest = rest, _MARKED.sub(" ", rest)
        if re.fullmatch(r"\s*\S*[/\\]\S*\s*", rest):
            continue  # a path or a URL alone (the data folder, the database)
        for d in known:
            rest = rest.replace(d, " ")
        if any(rest.strip().startswith(s) for s in SERVICES_SENTENCES):
            continue

        if _LETTERS.search(rest):
            found.append(f"{where}: {text!r}")
    return sorted(set(found))
