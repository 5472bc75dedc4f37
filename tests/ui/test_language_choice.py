"""View → Language on the real main window, and the language installed at start.

The menu lists "System language" and each shipped language by its own name, as one
exclusive choice with the stored one checked; choosing one by the keyboard stores it
as this computer's ``language`` setting and says that the program speaks it from its
next start. ``app._install_language`` then installs that language's words and Qt's own
(the standard buttons in German); the test takes them away again, for the other tests
expect English.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox
from pytestqt.qtbot import QtBot

from localex_desktop import app
from localex_desktop.config import machine
from localex_desktop.services import settings
from localex_desktop.ui import i18n
from localex_desktop.ui.context import AppContext
from localex_desktop.ui.language_menu import language_entries
from localex_desktop.ui.main_window import MainWindow

from ..waiting import DEADLINE_MS
from .conftest import Boxes
from .helpers import shown

ALT = Qt.KeyboardModifier.AltModifier
NOTICE = "LocalEx Desktop will speak this language when it starts again."


@pytest.fixture
def window(qtbot: QtBot, admin_ctx: AppContext) -> Iterator[MainWindow]:
    window = shown(qtbot, MainWindow(admin_ctx), (1000, 660))
    yield window
    window.live.stop()


def checked(window: MainWindow) -> list[str]:
    return [a.data() for a in window.language_menu.actions() if a.isChecked()]


def popup(qtbot: QtBot, title: str) -> QMenu:
    """The menu that is open now, once it is the one called ``title``."""

    def opened() -> bool:
        menu = QApplication.activePopupWidget()
        return isinstance(menu, QMenu) and menu.title() == title

    qtbot.waitUntil(opened, timeout=DEADLINE_MS)
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu)
    return menu


def test_the_language_menu_offers_the_system_language_and_each_shipped_one(
    window: MainWindow,
) -> None:
    menu = window.language_menu
    assert menu.title() == "&Language"
    view = menu.parent()
    assert isinstance(view, QMenu) and view.title() == "&View"
    assert menu.menuAction() in view.actions()
    actions: list[QAction] = menu.actions()
    names = [a.text() for a in actions]
    assert names[0] == "&System language"
    assert [n.replace("&", "") for n in names[1:]] == list(i18n.LANGUAGES.values())
    assert [text for _code, text in language_entries()] == names[1:]
    # every entry has a mnemonic, and no two the same letter
    letters = [n[n.index("&") + 1].lower() for n in names]
    assert len(set(letters)) == len(letters)
    assert all(a.isCheckable() for a in actions)
    group = actions[0].actionGroup()
    assert group is not None and group.isExclusive()
    assert all(a.actionGroup() is group for a in actions)
    assert checked(window) == [""]  # nothing stored: the system's


def test_choosing_a_language_by_the_keyboard_stores_it_and_says_when(
    qtbot: QtBot, window: MainWindow, boxes: Boxes
) -> None:
    assert machine.get("language") in (None, "")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=DEADLINE_MS)

    QTest.keyClick(window, Qt.Key.Key_V, ALT)  # Alt+V: the View menu opens
    view = popup(qtbot, "&View")
    QTest.keyClick(view, Qt.Key.Key_L)  # L: Language ▸
    languages = popup(qtbot, "&Language")
    QTest.keyClick(languages, Qt.Key.Key_D)  # D: Deutsch
    qtbot.waitUntil(lambda: machine.get("language") == "de", timeout=DEADLINE_MS)

    assert checked(window) == ["de"]
    assert boxes.last.icon == QMessageBox.Icon.Information
    # said in the language chosen, from its own .qm, without installing it
    assert boxes.last.text == "LocalEx Desktop verwendet diese Sprache beim nächsten Start."
    QApplication.processEvents()
    assert QApplication.activePopupWidget() is None  # the menus closed


def test_the_stored_language_is_checked_and_the_system_one_can_be_chosen_again(
    qtbot: QtBot, admin_ctx: AppContext, boxes: Boxes
) -> None:
    settings.choose_language("fr")
    window = shown(qtbot, MainWindow(admin_ctx), (1000, 660))
    try:
        assert checked(window) == ["fr"]
        window.language_actions[""].trigger()  # System language
        assert machine.get("language") in (None, "")
        assert checked(window) == [""]
        assert boxes.last.text == NOTICE
        shown_before = len(boxes.shown)
        window.language_actions[""].trigger()  # the same again: nothing to say
        assert len(boxes.shown) == shown_before
    finally:
        window.live.stop()


def test_a_chosen_language_is_installed_at_start_with_qt_s_own_words() -> None:
    """``_install_language`` reads the setting: Qt's standard buttons come out German."""
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    before = QLocale()
    settings.choose_language("de")
    try:
        app._install_language()
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"
        assert QCoreApplication.translate("QPlatformTheme", "&Yes") == "&Ja"
        assert QLocale().language() == QLocale.Language.German  # amounts and dates too
    finally:
        QLocale.setDefault(before)
        i18n.install("en")  # removes the German translators again
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    assert QLocale().language() == before.language()


def test_choosing_a_language_leaves_the_words_of_the_open_windows(
    qtbot: QtBot, window: MainWindow, boxes: Boxes
) -> None:
    """The choice takes effect at the next start: nothing installed, the menus as they were."""
    window.language_actions["de"].trigger()
    assert machine.get("language") == "de"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    assert next(a.text() for a in window.menuBar().actions() if a.isVisible()) == "&File"
