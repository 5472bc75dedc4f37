"""Help → User guide (F1) and Help → Keyboard shortcuts (Ctrl+/), from the real window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from localex_desktop import paths
from localex_desktop.ui.context import AppContext
from localex_desktop.ui.help import GuideWindow, ShortcutsDialog
from localex_desktop.ui.main_window import MainWindow

from .helpers import replace_exec, shown


@pytest.fixture
def window(qtbot: QtBot, admin_ctx: AppContext) -> MainWindow:
    return shown(qtbot, MainWindow(admin_ctx), None)


def test_f1_opens_the_shipped_guide_with_its_pictures_and_find(
    qtbot: QtBot, window: MainWindow
) -> None:
    QTest.keyClick(window, Qt.Key.Key_F1)
    guide = window._guide
    assert isinstance(guide, GuideWindow) and guide.isVisible()
    browser = guide.browser
    assert "The directory and trades" in browser.toPlainText()
    image = browser.document().resource(
        QTextDocument.ResourceType.ImageResource, QUrl("images/dashboard.png")
    )
    assert image is not None and not image.isNull()  # the screenshots are shipped too

    guide.activateWindow()
    qtbot.waitUntil(guide.isActiveWindow)
    QTest.keySequence(guide, "Ctrl+F")
    assert QApplication.focusWidget() is guide.find_edit
    QTest.keyClicks(guide.find_edit, "levy")
    QTest.keyClick(guide.find_edit, Qt.Key.Key_Return)
    assert browser.textCursor().selectedText().casefold() == "levy"
    guide.find_edit.setText("no such words anywhere")
    QTest.keyClick(guide.find_edit, Qt.Key.Key_Return)
    assert "is not in this guide" in guide.message.text()

    guide.contents.setCurrentRow(1)
    assert "Bookkeeper" in browser.toPlainText()[:200]
    guide.follow(QUrl("importing.md"))
    assert browser.source().fileName() == "importing.md"
    assert guide.back_button.isEnabled()
    guide.follow(QUrl("../nowhere/notes.md"))
    assert "not part of the guides shipped" in guide.message.text()
    QTest.keyClick(window, Qt.Key.Key_F1)  # again: the same window comes forward
    assert window._guide is guide


def test_the_guide_folder_is_the_docs_in_a_checkout() -> None:
    assert (paths.guide_dir() / "user-guide.md").is_file()


def test_ctrl_slash_lists_every_key_of_the_program(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen = replace_exec(monkeypatch, ShortcutsDialog, lambda d: 0)
    QTest.keySequence(window, "Ctrl+/")
    assert len(seen) == 1
    rows = seen[0].rows
    assert ("Ctrl+2", "View menu", "Members") in rows
    assert any(k.startswith("F1") and (w, x) == ("Help menu", "User guide") for k, w, x in rows)
    wheres = {where for _keys, where, _what in rows}
    for spec in window.specs:  # every page's keys are there, built for the list
        if spec.key not in ("dashboard", "administration"):  # these two have no keys
            assert f"{spec.title} page" in wheres, spec.title
    assert any(k == "Ctrl+N" and w == "Members page" for k, w, _what in rows)
    dialog = seen[0]
    qtbot.addWidget(dialog)
    dialog.filter_edit.setText("ctrl+n members")
    assert dialog.table.rowCount() >= 1
    assert dialog.table.item(0, 1).text() == "Members page"
    dialog.filter_edit.setText("nothing has this")
    assert dialog.table.rowCount() == 0
