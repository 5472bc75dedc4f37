"""The first-run wizard driven through its widgets, against real databases."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from localex_desktop import config, paths
from localex_desktop.db.connection import Database, Target, is_configured, open_database
from localex_desktop.db.embedded import EmbeddedServer
from localex_desktop.domain.roles import Role
from localex_desktop.services import system
from localex_desktop.ui.first_run import wizard as wizard_module
from localex_desktop.ui.first_run.location_page import LocationPage
from localex_desktop.ui.first_run.logic import FirstRunLogic
from localex_desktop.ui.first_run.wizard import FirstRunWizard
from localex_desktop.ui.tasks import TaskRunner

from .conftest import Boxes
from .helpers import PASSWORD, add_operator, operator_names, shown


def open_wizard(
    qtbot: QtBot, folder: Path, *, admin_only: bool = False, database: Database | None = None
) -> FirstRunWizard:
    """The wizard for the data folder ``folder`` (or only the admin step), shown, tasks inline."""
    logic = FirstRunLogic(folder, admin_only=admin_only)
    return shown(qtbot, FirstRunWizard(logic, TaskRunner(inline=True), database=database), None)


def choose_server(wizard: FirstRunWizard, url: str) -> LocationPage:
    """Page one with "Connect to a PostgreSQL server" chosen and ``url`` typed."""
    page = wizard.location_page
    assert page is not None
    page.server_radio.setChecked(True)
    page.url_edit.setText(url)
    return page


def fill_admin(wizard: FirstRunWizard, username: str = "anna") -> None:
    page = wizard.admin_page
    assert page is not None
    page.username_edit.setText(username)
    page.display_edit.setText("Anna Berg")
    page.password_edit.setText(PASSWORD)
    page.repeat_edit.setText(PASSWORD)


def close_wizard_database(wizard: FirstRunWizard) -> None:
    db = wizard.take_database()
    if db is not None:
        db.close()


def test_new_data_folder_gets_admin_and_profile(qtbot: QtBot, tmp_path: Path) -> None:
    wizard = open_wizard(qtbot, tmp_path / "default")
    page = wizard.location_page
    assert page is not None
    assert page.local_radio.isChecked()
    assert page.folder_edit.text() == str(tmp_path / "default")
    folder = tmp_path / "exchange data"
    page.folder_edit.setText(str(folder))
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    try:
        wizard.next()  # starts a second embedded server in the folder
        assert wizard.currentPage() is wizard.admin_page
        finish = wizard.button(QWizard.WizardButton.FinishButton)
        assert not finish.isEnabled()
        fill_admin(wizard)
        assert finish.isEnabled()
        finish.click()
        assert wizard.result() == QWizard.DialogCode.Accepted.value
        db = wizard.database
        assert db is not None and db.data_dir == folder.resolve()
        assert wizard.created_admin is not None
        assert wizard.created_admin.display_name == "Anna Berg"
        assert operator_names(db) == ["anna"]
        profile = config.load_profile()
        assert profile == config.ConnectionProfile("embedded", data_dir=str(folder.resolve()))
    finally:
        close_wizard_database(wizard)


def test_admin_only_wizard_creates_the_admin(qtbot: QtBot, db: Database) -> None:
    wizard = open_wizard(qtbot, Path("unused"), admin_only=True, database=db)
    assert wizard.location_page is None
    assert wizard.currentPage() is wizard.admin_page
    fill_admin(wizard, "bert")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.result() == QWizard.DialogCode.Accepted.value
    assert operator_names(db) == ["bert"]
    assert wizard.created_admin is not None and wizard.created_admin.role is Role.ADMIN
    assert config.load_profile() is None  # the choice came from elsewhere: nothing saved


def test_admin_page_shows_problems_inline(qtbot: QtBot, db: Database) -> None:
    wizard = open_wizard(qtbot, Path("unused"), admin_only=True, database=db)
    page = wizard.admin_page
    assert page is not None
    page.username_edit.setText("anna")
    page.password_edit.setText("short")
    page.repeat_edit.setText("shorter")
    assert "at least 10 characters" in page.errors["password"].text()
    assert page.errors["repeat"].text() == "The two passwords differ."
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    wizard.reject()
    assert operator_names(db) == []
    assert wizard.database is db  # not closed: it belongs to the caller


def test_server_with_operators_skips_admin_page(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_operator(db, "carla", Role.ADMIN)
    opened: list[object] = []
    real_open = wizard_module.open_database

    def counting_open(target: Target) -> Database:
        opened.append(target)
        return real_open(target)

    # finishing validates the page again: that must not open the database again
    monkeypatch.setattr(wizard_module, "open_database", counting_open)
    wizard = open_wizard(qtbot, Path("unused"))
    page = wizard.location_page
    assert page is not None
    page.server_radio.setChecked(True)
    assert not page.folder_edit.isEnabled() and page.url_edit.isEnabled()
    page.url_edit.setText(db.url.render_as_string(hide_password=False))
    page.password_edit.setText("not needed here")
    try:
        wizard.next()
        assert wizard.result() == QWizard.DialogCode.Accepted.value
        assert wizard.created_admin is None
        assert len(opened) == 1
        profile = config.load_profile()
        assert profile is not None and profile.mode == "server"
        assert profile.url is not None and db.url.database in profile.url
        assert "not needed here" not in config.profile_path().read_text()
    finally:
        close_wizard_database(wizard)


def test_connection_test_reports_success_and_failure(qtbot: QtBot, db: Database) -> None:
    wizard = FirstRunWizard(FirstRunLogic(Path("unused")), TaskRunner(inline=True))
    qtbot.addWidget(wizard)
    page = wizard.location_page
    assert page is not None
    page.server_radio.setChecked(True)
    assert not page.test_button.isEnabled()  # no URL yet
    page.url_edit.setText(db.url.render_as_string(hide_password=False))
    page.test_button.click()
    assert page.test_result.text().startswith("Connected to PostgreSQL 18")
    page.url_edit.setText("postgresql://nobody@127.0.0.1:1/none")
    page.test_button.click()
    assert "Nothing answered at 127.0.0.1:1" in page.test_result.text()
    assert page.test_button.isEnabled()


def test_unreachable_server_keeps_the_wizard_on_page_one(qtbot: QtBot, boxes: Boxes) -> None:
    wizard = open_wizard(qtbot, Path("unused"))
    page = choose_server(wizard, "postgresql://nobody@127.0.0.1:1/none")
    wizard.next()
    assert wizard.currentPage() is page
    assert "Nothing answered" in boxes.last.text
    assert config.load_profile() is None


def test_bad_url_is_shown_inline_and_blocks_next(qtbot: QtBot) -> None:
    wizard = open_wizard(qtbot, Path("unused"))
    page = choose_server(wizard, "mysql://x@y/z")
    assert "Only PostgreSQL" in page.error_label.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_a_folder_set_up_by_localex_init_opens_at_the_sign_in(
    qtbot: QtBot, tmp_path: Path, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The installer guide's route: `localex init`, then the desktop program.

    Seen: "Next" restarted the server again and again ("saved the connection profile"
    ~200 times) and ended in a RecursionError shown as a fault.
    """
    folder = tmp_path / "initialised"
    server = EmbeddedServer.acquire(folder)
    try:
        made = open_database(Target("embedded", data_dir=folder))
        system.initialise(made, admin_user="anna", admin_password=PASSWORD)
        made.close()
    finally:
        server.release()
    # with nothing else configured, that folder as the default counts as configured
    monkeypatch.setattr(paths, "default_data_dir", lambda: folder)
    assert is_configured()
    wizard = open_wizard(qtbot, folder)
    caplog.set_level(logging.INFO, logger="localex_desktop")
    try:
        QTest.keyClick(wizard, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)  # &Next
        if wizard.result() != QWizard.DialogCode.Accepted.value:
            wizard.button(QWizard.WizardButton.NextButton).click()
        assert wizard.result() == QWizard.DialogCode.Accepted.value
        assert wizard.created_admin is None  # anna exists: she signs in next
        saves = [r for r in caplog.records if "saved the connection profile" in r.getMessage()]
        assert len(saves) == 1
    finally:
        close_wizard_database(wizard)
