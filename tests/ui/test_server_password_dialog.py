"""The server password dialog (issue 15, problem 1), against ``shared_server``.

Started with a URL without a password and nothing else to give one (no keyring, an
empty password file), the program asks for it: the real dialog is driven with key
events, a wrong password is refused inline and selected, the right one connects,
Escape quits, "Remember" keeps it in the keyring (or the password file, as it says)
and nowhere else.
"""

from __future__ import annotations

import argparse
import logging
import os
import stat
import threading
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from localex_desktop import app as app_module
from localex_desktop import config
from localex_desktop.app import open_chosen
from localex_desktop.config import secrets
from localex_desktop.db.connection import Database, PasswordNeeded, Target, open_database
from localex_desktop.ui import server_password_dialog as dialog_module
from localex_desktop.ui.login_dialog import LoginDialog
from localex_desktop.ui.server_password_dialog import ServerPasswordDialog
from localex_desktop.ui.tasks import TaskRunner

from ..server_cluster import PASSWORDS, SharedServer
from ..test_server_password import MemoryKeyring
from ..waiting import DEADLINE_MS
from .helpers import replace_exec, shown

ALICE = PASSWORDS["alice"]
ACCEPTED = QDialog.DialogCode.Accepted.value


@pytest.fixture(autouse=True)
def no_password_anywhere(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """No keyring, an empty password file (returned), no PG variables."""
    for name in [k for k in os.environ if k.startswith("PG")]:
        monkeypatch.delenv(name)
    path = tmp_path / "pgpass"
    monkeypatch.setenv("PGPASSFILE", str(path))
    before = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())  # type: ignore[no-untyped-call]
    yield path
    keyring.set_keyring(before)


@pytest.fixture
def target(shared_server: SharedServer) -> Target:
    return Target("server", url=shared_server.url("alice", password=False))


def asked(target: Target) -> PasswordNeeded:
    """What the start-up's first try gives: the server wants a password."""
    with pytest.raises(PasswordNeeded) as why:
        open_database(target)
    return why.value


def make_dialog(qtbot: QtBot, target: Target) -> ServerPasswordDialog:
    dialog = ServerPasswordDialog(target, asked(target), TaskRunner(inline=True))
    return shown(qtbot, dialog, None)


def type_password(qtbot: QtBot, dialog: ServerPasswordDialog, text: str) -> None:
    qtbot.keyClicks(dialog.password_edit, text)
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)  # Enter connects


def close(db: Database | None) -> None:
    assert db is not None
    db.close()


def test_it_names_the_server_and_the_login(qtbot: QtBot, target: Target) -> None:
    dialog = make_dialog(qtbot, target)
    assert target.url is not None
    assert dialog.server_label.text() == f"127.0.0.1:{target.url.port}, database exchange"
    assert dialog.login_label.text() == "alice"
    assert dialog.password_edit.echoMode() == dialog.password_edit.EchoMode.Password
    assert dialog.focusWidget() is dialog.password_edit
    assert not dialog.message.isVisibleTo(dialog)  # nothing refused yet: just asked
    assert not dialog.remember.isChecked()


def test_a_wrong_password_is_refused_inline_then_the_right_one_connects(
    qtbot: QtBot, target: Target
) -> None:
    dialog = make_dialog(qtbot, target)
    type_password(qtbot, dialog, "not-the-one")
    assert dialog.result() != ACCEPTED and dialog.database is None
    assert dialog.message.isVisibleTo(dialog)
    assert dialog.message.text().startswith("The server refused the password for user 'alice'.")
    assert dialog.login_label.text() == "alice"
    assert dialog.password_edit.selectedText() == "not-the-one"  # typing replaces it
    assert dialog.focusWidget() is dialog.password_edit
    type_password(qtbot, dialog, ALICE)
    assert dialog.result() == ACCEPTED
    assert dialog.database is not None and dialog.stored is None
    assert dialog.database.server_version().startswith("18")
    assert dialog.password_edit.text() == ""
    close(dialog.database)


def test_an_empty_password_is_not_sent(qtbot: QtBot, target: Target) -> None:
    dialog = make_dialog(qtbot, target)
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert dialog.result() != ACCEPTED
    assert dialog.message.text() == "Type the password of the server login."


def test_escape_quits_without_a_database(qtbot: QtBot, target: Target) -> None:
    dialog = make_dialog(qtbot, target)
    qtbot.keyClicks(dialog.password_edit, "half")
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected.value
    assert not dialog.isVisible() and dialog.database is None


def test_remember_keeps_it_in_the_keyring_only(
    qtbot: QtBot, target: Target, no_password_anywhere: Path, isolated_config: Path
) -> None:
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    dialog = make_dialog(qtbot, target)
    assert dialog.remember.text() == "&Remember in the system keyring"
    qtbot.keyClicks(dialog.password_edit, ALICE)
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Tab)  # to the checkbox
    assert dialog.focusWidget() is dialog.remember
    qtbot.keyClick(dialog.remember, Qt.Key.Key_Space)
    assert dialog.remember.isChecked()
    qtbot.keyClick(dialog.remember, Qt.Key.Key_Return)  # the default button: Connect
    assert dialog.result() == ACCEPTED and dialog.stored == "keyring"
    close(dialog.database)
    assert target.url is not None
    assert memory.entries == {(secrets.SERVICE, secrets.account(target.url)): ALICE}
    assert not no_password_anywhere.exists()
    for path in isolated_config.rglob("*"):
        assert not path.is_file() or ALICE not in path.read_text(errors="replace")
    again = open_database(target)  # the next start finds it
    close(again)


def test_without_a_keyring_it_says_so_and_uses_the_password_file(
    qtbot: QtBot, target: Target, no_password_anywhere: Path
) -> None:
    dialog = make_dialog(qtbot, target)
    assert "password file" in dialog.remember.text()
    assert str(no_password_anywhere) in dialog.remember.accessibleDescription()  # the note
    assert "No system keyring is available" in dialog.remember.accessibleDescription()
    dialog.remember.click()
    type_password(qtbot, dialog, ALICE)
    assert dialog.result() == ACCEPTED and dialog.stored == "password file"
    close(dialog.database)
    assert stat.S_IMODE(no_password_anywhere.stat().st_mode) == 0o600
    assert no_password_anywhere.read_text().endswith(f":alice:{ALICE}\n")


def test_a_stale_password_is_named_when_the_dialog_opens(qtbot: QtBot, target: Target) -> None:
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    assert target.url is not None
    secrets.store_password(target.url, "last-years")
    dialog = make_dialog(qtbot, target)
    assert dialog.message.text().startswith("The server refused the password for user 'alice'.")


def test_the_program_asks_at_start_and_logs_no_password(
    qtbot: QtBot,
    target: Target,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """app.open_chosen: the first try wants a password, the dialog gets it, then on."""
    assert target.url is not None
    url = target.url.render_as_string(hide_password=False)

    def answer(dialog: ServerPasswordDialog) -> int:
        shown(qtbot, dialog, None)
        type_password(qtbot, dialog, "wrong-first")
        type_password(qtbot, dialog, ALICE)  # the wrong one was selected: replaced
        return dialog.result()

    dialogs = replace_exec(monkeypatch, ServerPasswordDialog, answer)
    args = argparse.Namespace(data_dir=None, database_url=url)
    with caplog.at_level(logging.DEBUG, logger="localex_desktop"):
        db = open_chosen(args, TaskRunner(inline=True))
    assert len(dialogs) == 1
    assert db is not None and db.mode == "server"
    close(db)
    assert all(ALICE not in r.getMessage() for r in caplog.records)
    assert all("wrong-first" not in r.getMessage() for r in caplog.records)


def test_a_saved_profile_asks_too_and_cancel_opens_nothing(
    qtbot: QtBot, target: Target, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Started with no option: the saved server profile (no password in it) is asked for."""
    assert target.url is not None
    config.save_profile(
        config.ConnectionProfile("server", url=target.url.render_as_string(hide_password=False))
    )

    def answer(dialog: ServerPasswordDialog) -> int:
        shown(qtbot, dialog, None)
        assert dialog.login_label.text() == "alice"
        qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Escape)
        return dialog.result()

    dialogs = replace_exec(monkeypatch, ServerPasswordDialog, answer)
    args = argparse.Namespace(data_dir=None, database_url=None)
    assert open_chosen(args, TaskRunner(inline=True)) is None
    assert len(dialogs) == 1 and dialogs[0].database is None


def test_then_the_operator_sign_in_follows(
    qtbot: QtBot, target: Target, monkeypatch: pytest.MonkeyPatch, qapp: QApplication
) -> None:
    """The whole start: the server's password, then the operator's sign-in window."""
    assert target.url is not None
    url = target.url.render_as_string(hide_password=False)

    def answer(dialog: ServerPasswordDialog) -> int:
        shown(qtbot, dialog, None)
        type_password(qtbot, dialog, ALICE)
        return dialog.result()

    replace_exec(monkeypatch, ServerPasswordDialog, answer)
    logins = replace_exec(monkeypatch, LoginDialog, lambda d: QDialog.DialogCode.Rejected.value)
    args = argparse.Namespace(review=None, data_dir=None, database_url=url)
    assert app_module.run_gui(qapp, args, TaskRunner(inline=True)) == 0  # sign-in cancelled
    assert len(logins) == 1
    assert logins[0].db.mode == "server" and logins[0].db.url.username == "alice"


def test_escape_at_the_password_quits_without_a_failure(
    qtbot: QtBot, target: Target, monkeypatch: pytest.MonkeyPatch, qapp: QApplication
) -> None:
    """Escape at the server's password is the person's choice, not a failure: exit 0
    (a wrong port still exits 1, below)."""
    assert target.url is not None
    url = target.url.render_as_string(hide_password=False)

    def answer(dialog: ServerPasswordDialog) -> int:
        shown(qtbot, dialog, None)
        qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Escape)
        return dialog.result()

    dialogs = replace_exec(monkeypatch, ServerPasswordDialog, answer)
    logins = replace_exec(monkeypatch, LoginDialog, lambda d: QDialog.DialogCode.Rejected.value)
    args = argparse.Namespace(review=None, data_dir=None, database_url=url)
    assert app_module.run_gui(qapp, args, TaskRunner(inline=True)) == 0
    assert len(dialogs) == 1 and not logins


def test_a_server_that_cannot_be_reached_exits_1(
    target: Target, monkeypatch: pytest.MonkeyPatch, qapp: QApplication
) -> None:
    assert target.url is not None
    shown_errors: list[str] = []
    monkeypatch.setattr(app_module, "show_error", lambda _p, exc: shown_errors.append(str(exc)))
    url = target.url.set(port=1).render_as_string(hide_password=False)
    args = argparse.Namespace(review=None, data_dir=None, database_url=url)
    assert app_module.run_gui(qapp, args, TaskRunner(inline=True)) == 1
    assert len(shown_errors) == 1


def test_on_a_worker_thread_as_in_the_program(qtbot: QtBot, target: Target) -> None:
    pool = QThreadPool()
    dialog = ServerPasswordDialog(target, asked(target), TaskRunner(pool))
    shown(qtbot, dialog, None)
    type_password(qtbot, dialog, "not-the-one")
    qtbot.waitUntil(lambda: "refused" in dialog.message.text(), timeout=DEADLINE_MS)
    assert dialog.connect_button.isEnabled()
    type_password(qtbot, dialog, ALICE)
    qtbot.waitUntil(lambda: dialog.result() == ACCEPTED, timeout=DEADLINE_MS)
    close(dialog.database)
    pool.waitForDone(DEADLINE_MS)


def test_a_connection_made_after_cancel_is_closed(target: Target) -> None:
    abandoned = threading.Event()
    abandoned.set()
    closed: list[Database] = []
    original = Database.close

    def spy(db: Database) -> None:
        closed.append(db)
        original(db)

    with pytest.MonkeyPatch.context() as m:
        m.setattr(Database, "close", spy)
        with pytest.raises(dialog_module._Abandoned):
            dialog_module._open(target, ALICE, False, abandoned)
    assert len(closed) == 1
