"""The main window: navigation, menus, status bar, the Database tab, remembered state."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from localex_desktop import paths
from localex_desktop.db import migrate
from localex_desktop.domain.roles import Role
from localex_desktop.services.operators import OperatorInfo
from localex_desktop.ui.context import AppContext
from localex_desktop.ui.fit import first_size
from localex_desktop.ui.main_window import MainWindow
from localex_desktop.ui.pages.administration.page import AdministrationPage
from localex_desktop.ui.pages.registry import registered_pages

from ..waiting import DEADLINE_MS
from .conftest import Boxes
from .helpers import shown


def open_window(qtbot: QtBot, ctx: AppContext) -> MainWindow:
    return shown(qtbot, MainWindow(ctx), None)


def test_window_opens_with_every_page(qtbot: QtBot, admin_ctx: AppContext) -> None:
    window = open_window(qtbot, admin_ctx)
    assert window.windowTitle() == "LocalEx Desktop — Our Exchange"
    assert window.nav.count() == len(registered_pages())
    for row, spec in enumerate(window.specs):
        window.page_actions[row].trigger()
        assert window.nav.currentRow() == row
        page = window.current_page()
        assert page is not None and page.isVisible()
        assert window.page_actions[row].shortcut().toString() == spec.shortcut
    assert window.connection_label.text().startswith("Embedded database")  # "— connected"
    assert window.operator_label.text() == "Signed in as Anna Berg (admin)"


def test_database_tab_shows_the_head_revision(qtbot: QtBot, admin_ctx: AppContext) -> None:
    window = open_window(qtbot, admin_ctx)
    page = window.show_page("administration")
    assert isinstance(page, AdministrationPage)
    assert page.tab_titles() == ["Database", "Operators", "Settings"]
    tab = page.database_tab
    assert tab.info is not None
    head = migrate.head_revision()
    assert tab.fields["head_revision"].text() == head
    assert tab.fields["schema_revision"].text() == head
    assert tab.fields["schema_state"].text() == "Up to date"
    assert tab.fields["server_version"].text().startswith("PostgreSQL 18")
    assert tab.fields["mode"].text() == "Embedded database on this computer"
    with qtbot.waitSignal(tab.loaded, timeout=DEADLINE_MS):
        tab.refresh_button.click()


def test_coordinator_does_not_see_operators(
    qtbot: QtBot, make_ctx: object, admin_operator: OperatorInfo
) -> None:
    from localex_desktop.domain.roles import Actor

    assert callable(make_ctx)
    ctx = make_ctx(Actor("carl", Role.COORDINATOR), None)
    window = open_window(qtbot, ctx)
    page = window.show_page("administration")
    assert isinstance(page, AdministrationPage)
    assert page.tab_titles() == ["Database", "Settings"]
    assert window.operator_label.text() == "Signed in as carl (coordinator)"


def test_title_follows_the_exchange_name(qtbot: QtBot, admin_ctx: AppContext) -> None:
    window = open_window(qtbot, admin_ctx)
    page = window.show_page("administration")
    assert isinstance(page, AdministrationPage)
    page.settings_tab.exchange_edit.setText("Riverside LETS")
    page.settings_tab.save_button.click()
    assert window.windowTitle() == "LocalEx Desktop — Riverside LETS"


def test_geometry_is_remembered(qtbot: QtBot, admin_ctx: AppContext) -> None:
    window = open_window(qtbot, admin_ctx)
    window.resize(761, 533)
    window.close()
    assert (paths.config_dir() / "window.ini").is_file()
    again = open_window(qtbot, admin_ctx)
    assert (again.width(), again.height()) == (761, 533)
    assert again.nav.currentRow() == 0


def test_help_menu(
    qtbot: QtBot, admin_ctx: AppContext, boxes: Boxes, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    window = open_window(qtbot, admin_ctx)
    window.about_action.trigger()
    assert boxes.last.text.startswith("LocalEx Desktop ")
    window.logs_action.trigger()
    assert opened == [QUrl.fromLocalFile(str(paths.log_dir()))]


def test_quit_closes_the_window(qtbot: QtBot, admin_ctx: AppContext) -> None:
    window = open_window(qtbot, admin_ctx)
    window.quit_action.trigger()
    assert not window.isVisible()
    assert QApplication.instance() is not None


def test_the_first_window_takes_most_of_the_screen(qtbot: QtBot, admin_ctx: AppContext) -> None:
    """No saved geometry: about 80% of the screen's free area, never below 1000×660."""
    window = MainWindow(admin_ctx)
    qtbot.addWidget(window)
    screen = window.screen()
    assert screen is not None
    free = screen.availableGeometry().size()
    want = first_size(window)
    assert want.width() == min(max(int(free.width() * 0.8), 1000), free.width())
    assert want.height() == min(max(int(free.height() * 0.8), 660), free.height())
    assert window.size() == want
