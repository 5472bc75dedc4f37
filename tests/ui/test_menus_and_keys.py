"""Issue 16, items 1–3 on the real main window: the page's menu, the row menu, keys from
the search box into the list and back, Escape and Ctrl+Enter in a form, confirmation
buttons, the first window size and splitters that stay put."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QAction, QContextMenuEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from localex_desktop import paths
from localex_desktop.db.connection import Database
from localex_desktop.services import members
from localex_desktop.ui import messages
from localex_desktop.ui.context import AppContext
from localex_desktop.ui.fit import fitted_size
from localex_desktop.ui.list_page import ListPage
from localex_desktop.ui.main_window import MainWindow
from localex_desktop.ui.pages.administration.page import AdministrationPage
from localex_desktop.ui.pages.members.form_dialog import FormDialog
from localex_desktop.ui.pages.members.member_dialog import MemberDialog

from ..waiting import DEADLINE_MS
from .conftest import Boxes
from .helpers import SETUP, enrol, replace_exec, shown

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def window(qtbot: QtBot, admin_ctx: AppContext) -> Iterator[MainWindow]:
    with admin_ctx.db.transaction() as s:
        enrol(s, "Ann Archer", "Bob Baker")
    yield shown(qtbot, MainWindow(admin_ctx), (1000, 660))


def activate(qtbot: QtBot, window: QWidget) -> None:
    """What the window manager does on a click in the window (or a dialog closing)."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=DEADLINE_MS)


def members_page(qtbot: QtBot, window: MainWindow) -> ListPage[members.MemberInfo]:
    """Ctrl+2, as a person would; the rows loaded."""
    activate(qtbot, window)
    QTest.keyClick(window, Qt.Key.Key_2, CTRL)
    page = window.current_page()
    assert isinstance(page, ListPage) and page.key == "members"
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=DEADLINE_MS)
    return page


def texts(actions: list[QAction]) -> list[str]:
    return [a.text() for a in actions if not a.isSeparator()]


def focus() -> QWidget | None:
    return QApplication.focusWidget()


def test_the_page_menu_holds_the_pages_actions_with_their_keys(
    qtbot: QtBot, window: MainWindow
) -> None:
    """A menu named after the page, between View and Help, holds the very QActions its
    buttons mirror (state, reason and key alike); it follows the page."""
    page = members_page(qtbot, window)
    menu = window.page_menu.menu
    bar = [a.text() for a in window.menuBar().actions() if a.isVisible()]
    assert bar == ["&File", "&View", menu.title(), "&Help"]
    assert menu.title().replace("&", "") == "Members"
    entries = window.page_menu.actions()
    for spec in page.actions_:
        assert spec.action in entries
        button = page.buttons[spec.key]
        assert (button.text(), button.isEnabled()) == (spec.action.text(), spec.action.isEnabled())
    new = next(a for a in entries if a.text() == "&New member…")
    assert new.shortcut().toString() == "Ctrl+N"
    assert [a.text() for a in entries][-2:] == ["Search", "Refresh"]
    edit = page.actions_[1].action
    assert not edit.isEnabled() and "Select a member" in edit.toolTip()
    page.table.select_row(0)
    assert edit.isEnabled()

    QTest.keyClick(window, Qt.Key.Key_4, CTRL)  # Trades: its own actions now
    assert menu.title().replace("&", "") == "Trades"
    assert "&Record trade…" in texts(menu.actions())
    assert "&New member…" not in texts(menu.actions())
    QTest.keyClick(window, Qt.Key.Key_8, CTRL)  # Administration has no actions of its own
    assert not menu.menuAction().isVisible()


def test_right_click_on_a_member_row_has_the_buttons_actions(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = members_page(qtbot, window)
    shown_menus: list[list[QAction]] = []

    def read_and_close() -> None:  # the menu runs its own loop: read it from inside
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            QTimer.singleShot(10, read_and_close)
            return
        shown_menus.append(menu.actions())
        QTest.keyClick(menu, Qt.Key.Key_Escape)

    QTimer.singleShot(0, read_and_close)
    viewport = page.table.viewport()
    second = page.table.visualRect(page.model.index(1, 0)).center()
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, second, viewport.mapToGlobal(second))
    QApplication.sendEvent(viewport, event)
    assert len(shown_menus) == 1
    row_menu = [a for a in shown_menus[0] if not a.isSeparator()]
    assert row_menu == [spec.action for spec in page.actions_]  # the same objects
    buttons = [b.text() for b in page.buttons.values()]
    assert texts(row_menu) == buttons
    assert page.table.selected_row() == 1  # the row clicked on is the one acted on
    assert all(a.isEnabled() for a in row_menu if a.text() in ("&Edit…", "S&uspend"))


def test_down_from_search_enter_opens_the_row_escape_asks_and_focus_returns(
    qtbot: QtBot, window: MainWindow, boxes: Boxes, monkeypatch: pytest.MonkeyPatch, db: Database
) -> None:
    """Ctrl+2, type, Down, Enter: the edit dialog of the first row. Typed into, Escape
    asks ("Keep editing" keeps it, "Discard" closes it); then the keys are in the list."""
    page = members_page(qtbot, window)
    assert focus() is page.search_edit
    QTest.keyClicks(page.search_edit, "Ba")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=DEADLINE_MS)
    QTest.keyClick(page.search_edit, Qt.Key.Key_Down)
    assert focus() is page.table and page.table.selected_row() == 0

    steps: list[str] = []

    def answer(dialog: FormDialog[object]) -> int:
        assert isinstance(dialog, MemberDialog)
        dialog.show()
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow, timeout=DEADLINE_MS)
        steps.append(dialog.windowTitle())
        dialog.name_edit.setFocus()
        QTest.keyClick(dialog.name_edit, Qt.Key.Key_End)  # the focus selected the name
        QTest.keyClicks(dialog.name_edit, " Jr")
        boxes.answer_yes = False  # "Keep editing"
        QTest.keyClick(dialog, Qt.Key.Key_Escape)
        assert dialog.isVisible() and dialog.name_edit.text() == "Bob Baker Jr"
        assert boxes.last.buttons == ["Discard", "Keep editing"]
        boxes.answer_yes = True  # Discard
        QTest.keyClick(dialog, Qt.Key.Key_Escape)
        assert not dialog.isVisible()
        activate(qtbot, window)
        return dialog.result()

    replace_exec(monkeypatch, FormDialog, answer)
    QTest.keyClick(page.table, Qt.Key.Key_Return)
    assert steps == ["Edit member 2"]
    assert window.focusWidget() is page.table  # the window's keys go there when active
    with db.transaction() as s:
        assert [m.name for m in members.search(s, SETUP, "Bob")] == ["Bob Baker"]

    # Alt+E on the Edit button: after the dialog the keys are back in the list too
    activate(qtbot, window)
    page.search_edit.setFocus()
    QTest.keyClick(window, Qt.Key.Key_E, ALT)
    qtbot.waitUntil(lambda: len(steps) == 2, timeout=DEADLINE_MS)
    assert window.focusWidget() is page.table  # not the Edit button


def test_ctrl_enter_accepts_a_form_from_its_notes(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, db: Database
) -> None:
    """Enter in Notes starts a new line; Ctrl+Enter saves the form from there."""
    members_page(qtbot, window)

    def answer(dialog: FormDialog[object]) -> int:
        assert isinstance(dialog, MemberDialog)
        dialog.show()
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow, timeout=DEADLINE_MS)
        QTest.keyClicks(dialog.name_edit, "Cara Cole")
        dialog.notes_edit.setFocus()
        QTest.keyClicks(dialog.notes_edit, "first line")
        QTest.keyClick(dialog.notes_edit, Qt.Key.Key_Return)
        QTest.keyClicks(dialog.notes_edit, "second line")
        assert dialog.isVisible()
        QTest.keyClick(dialog.notes_edit, Qt.Key.Key_Return, CTRL)
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=DEADLINE_MS)
        return dialog.result()

    replace_exec(monkeypatch, FormDialog, answer)
    QTest.keyClick(window, Qt.Key.Key_N, CTRL)
    with db.transaction() as s:
        cara = [m for m in members.search(s, SETUP, "Cara") if m.name == "Cara Cole"]
    assert len(cara) == 1 and cara[0].notes == "first line\nsecond line"


def test_confirmations_name_the_action_and_are_wide_enough(
    qtbot: QtBot, window: MainWindow, boxes: Boxes, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = members_page(qtbot, window)
    page.table.select_row(0)
    boxes.answer_yes = False
    page.actions_[2].action.trigger()  # Suspend
    assert boxes.last.text == "Suspend Ann Archer?"
    assert boxes.last.buttons == ["Suspend", "Cancel"]

    widths: list[int] = []

    def measure(box: QMessageBox) -> int:
        widths.append(box.sizeHint().width())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", measure)
    messages.ask(window, "Complete trade 7?", "Ann pays Bob 5.00.", yes="Complete trade")
    assert widths and widths[0] >= messages.MIN_WIDTH


def test_settings_key_opens_the_settings_tab(qtbot: QtBot, window: MainWindow) -> None:
    """Preferences (the platform's key, else Ctrl+,) in the File menu: the exchange's
    settings on the Administration page."""
    assert window.settings_action.isVisible()
    # the chord people know first (the platform's bare Settings or Exit key after it)
    assert window.settings_action.shortcut().toString() == "Ctrl+,"
    assert window.quit_action.shortcut().toString() == "Ctrl+Q"
    window.settings_action.trigger()
    page = window.current_page()
    assert isinstance(page, AdministrationPage)
    assert page.tabs.tabText(page.tabs.currentIndex()) == "Settings"


def test_the_first_window_on_a_full_hd_screen() -> None:
    """1920×1080 (a 40 px task bar): about 80% of it; a small screen: all of it."""
    assert fitted_size(QSize(1920, 1040)) == QSize(1536, 832)
    assert fitted_size(QSize(1920, 1080)) == QSize(1536, 864)
    assert fitted_size(QSize(1024, 700)) == QSize(1000, 660)
    assert fitted_size(QSize(800, 600)) == QSize(800, 600)


@pytest.mark.parametrize("size", [(1000, 660), (1600, 1000)])
def test_selecting_a_member_does_not_move_the_splitter(
    qtbot: QtBot, admin_ctx: AppContext, size: tuple[int, int]
) -> None:
    with admin_ctx.db.transaction() as s:
        enrol(s, "Ann Archer", "Bob Baker")
    window = shown(qtbot, MainWindow(admin_ctx), size)
    page = members_page(qtbot, window)
    before = page.splitter.sizes()
    page.table.select_row(0)
    qtbot.wait(50)  # the layout settles on the next pass of the event loop
    assert page.splitter.sizes() == before
    page.table.select_row(1)
    page.table.select_row(0)
    qtbot.wait(50)
    assert page.splitter.sizes() == before


def test_the_user_guide_lists_every_key(window: MainWindow) -> None:
    """docs/users/user-guide.md's table of keys keeps up with Help → Keyboard shortcuts."""
    guide = (paths.guide_dir() / "user-guide.md").read_text(encoding="utf-8")
    table = guide.split("### Menus and keyboard shortcuts", 1)[1].split("\n### ", 1)[0]
    keys = {
        cell.strip()
        for line in table.splitlines()
        if line.startswith("| ")
        for cell in line.split("|")[1:2]
    }
    shown_keys = " ".join(keys)
    for key, where, what in window.shortcut_rows():
        if key.startswith("Ctrl+") and key[5:].isdigit():
            continue  # the page keys are one row, Ctrl+1 … Ctrl+8
        assert key in keys or key in shown_keys, (key, where, what)


def test_tab_goes_in_reading_order(qtbot: QtBot, window: MainWindow) -> None:
    """Audit log: the search, the filters, Clear filters and Export (above the table),
    then the table — not Export after the sidebar, as the order of creation had it."""
    activate(qtbot, window)
    QTest.keyClick(window, Qt.Key.Key_6, CTRL)
    page = window.current_page()
    assert isinstance(page, ListPage) and focus() is page.search_edit
    seen: list[QWidget] = []
    while (current := focus()) is not page.table and len(seen) < 20:
        assert current is not None
        seen.append(current)
        QTest.keyClick(current, Qt.Key.Key_Tab)
    names = [w.text() if isinstance(w, QPushButton) else "" for w in seen]
    assert names[-2:] == ["C&lear filters", "E&xport…"], names
    assert window.nav not in seen
