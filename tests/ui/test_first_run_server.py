"""The first-run wizard on a shared server, typed as a person types it (issue 15, item 2).

The URL goes in key by key: every prefix of it is a half-written URL at most worth an
inline hint, never an error box. "Test connection" and then Next on a database that
already has operators goes straight on to the sign-in (the issue saw a RecursionError).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from localex_desktop import config
from localex_desktop.ui.first_run.logic import FirstRunLogic
from localex_desktop.ui.first_run.wizard import FirstRunWizard
from localex_desktop.ui.tasks import TaskRunner

from ..server_cluster import PASSWORDS, SharedServer
from ..waiting import DEADLINE_MS
from .conftest import Boxes
from .helpers import shown


@pytest.fixture
def pool() -> Iterator[QThreadPool]:
    """Work on a real thread pool, as in the program (the modal wait spins events)."""
    threads = QThreadPool()
    yield threads
    threads.waitForDone(DEADLINE_MS)


def server_url(shared: SharedServer) -> str:
    return f"postgresql://alice@{shared.host}:{shared.port}/{shared.database}"


def test_typing_the_url_key_by_key_never_shows_an_error_box(
    qtbot: QtBot, boxes: Boxes, pool: QThreadPool, shared_server: SharedServer
) -> None:
    wizard = shown(qtbot, FirstRunWizard(FirstRunLogic(Path("unused")), TaskRunner(pool)), None)
    page = wizard.location_page
    assert page is not None
    page.server_radio.click()
    assert page.server_radio.isChecked()
    url = server_url(shared_server)
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    for n, char in enumerate(url, start=1):
        QTest.keyClicks(page.url_edit, char)
        assert page.url_edit.text() == url[:n]
        assert not boxes.shown, f"a box at {url[:n]!r}: {boxes.last.text}"
        hint = page.error_label.text()
        assert "fault" not in hint.lower() and "traceback" not in hint.lower()
        assert not (hint and page.test_button.isEnabled())  # a hint means not yet testable
    assert page.error_label.text() == ""
    assert next_button.isEnabled() and page.test_button.isEnabled()
    # the prefix: the empty port is a hint, not a box
    page.url_edit.setText(f"postgresql://alice@{shared_server.host}:")
    assert "port" in page.error_label.text() and not boxes.shown
    assert not next_button.isEnabled()
    wizard.reject()


def test_test_connection_then_next_on_an_existing_database_goes_to_the_sign_in(
    qtbot: QtBot, boxes: Boxes, pool: QThreadPool, shared_server: SharedServer
) -> None:
    wizard = shown(qtbot, FirstRunWizard(FirstRunLogic(Path("unused")), TaskRunner(pool)), None)
    page = wizard.location_page
    assert page is not None
    page.server_radio.click()
    assert page.server_radio.isChecked()
    QTest.keyClicks(page.url_edit, server_url(shared_server))
    QTest.keyClicks(page.password_edit, PASSWORDS["alice"])
    QTest.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.test_result.text().startswith("Connected"), timeout=DEADLINE_MS)
    try:
        QTest.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=DEADLINE_MS)
        assert wizard.result() == QWizard.DialogCode.Accepted.value
        assert wizard.created_admin is None  # operators exist: the sign-in comes next
        assert not boxes.shown, boxes.shown
        profile = config.load_profile()
        assert profile is not None and profile.mode == "server"
        assert PASSWORDS["alice"] not in config.profile_path().read_text()
    finally:
        db = wizard.take_database()
        if db is not None:
            db.close()


def test_no_password_or_a_wrong_one_asks_in_the_password_field(
    qtbot: QtBot,
    boxes: Boxes,
    pool: QThreadPool,
    shared_server: SharedServer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The page has its own Password field: Test connection and Next without one (or
    with a wrong one) say so under the fields and put the cursor there, with no box."""
    for name in [k for k in os.environ if k.startswith("PG")]:
        monkeypatch.delenv(name)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "empty-pgpass"))
    before = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())  # type: ignore[no-untyped-call]
    wizard = shown(qtbot, FirstRunWizard(FirstRunLogic(Path("unused")), TaskRunner(pool)), None)
    try:
        page = wizard.location_page
        assert page is not None
        page.server_radio.click()
        QTest.keyClicks(page.url_edit, server_url(shared_server))
        QTest.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "wants a password" in page.test_result.text(), timeout=DEADLINE_MS)
        assert "'alice'" in page.test_result.text()
        assert "Type it in Password" in page.test_result.text()
        assert page.password_edit.hasFocus()
        QTest.keyClicks(page.password_edit, "not-alice")
        QTest.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "refused" in page.test_result.text(), timeout=DEADLINE_MS)
        assert wizard.currentPage() is page and page.password_edit.hasFocus()
        assert page.password_edit.selectedText() == "not-alice"  # typing replaces it
        QTest.keyClicks(page.password_edit, PASSWORDS["alice"])
        QTest.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=DEADLINE_MS)
        assert wizard.result() == QWizard.DialogCode.Accepted.value
        assert not boxes.shown, boxes.shown
    finally:
        keyring.set_keyring(before)
        db = wizard.take_database()
        if db is not None:
            db.close()
