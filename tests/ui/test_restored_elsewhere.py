"""A window whose database another session restores goes back to the sign-in (issue 15).

A real :class:`MainWindow` on a second program's connection to the test database; the
first program restores a backup with the others disconnected. The window first hears
the request to close (a countdown with *Sign out now*); a window that missed it (its
listener was down) finds the restore's mark when it connects again. Either way it
closes with the sentence the sign-in shows, and never carries on with other data.
"""

from __future__ import annotations

import argparse
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from localex_desktop import app as app_module
from localex_desktop.db import presence
from localex_desktop.db.connection import Database, make_engine
from localex_desktop.db.embedded import EmbeddedServer
from localex_desktop.domain.roles import Actor, Role
from localex_desktop.services import backup, migration_flow
from localex_desktop.services.operators import OperatorInfo
from localex_desktop.ui.backup.logic import RestoreStep
from localex_desktop.ui.backup.migration_wizard import MigrationWizard
from localex_desktop.ui.backup.restore_wizard import RestoreWizard
from localex_desktop.ui.context import AppContext, window_settings
from localex_desktop.ui.login_dialog import LoginDialog
from localex_desktop.ui.main_window import MainWindow
from localex_desktop.ui.tasks import TaskRunner

from ..conftest import drop_leftovers
from ..waiting import DEADLINE_MS, DEADLINE_S
from .conftest import Boxes
from .helpers import shown

RESTORER = Actor("cy", Role.ADMIN)
REASON = "The database was restored by cy at 09:20 — sign in again."


@pytest.fixture
def backup_file(db: Database, tmp_path: Path, pg_server: EmbeddedServer) -> Iterator[Path]:
    with db.transaction() as s:
        backup.save_config(s, RESTORER, folder=tmp_path / "backups")
    yield backup.create_backup(db, RESTORER).path
    drop_leftovers(pg_server, str(db.url.database))


@pytest.fixture
def window(qtbot: QtBot, db: Database, admin_operator: OperatorInfo) -> Iterator[MainWindow]:
    """Anna's window, on a connection pool of its own (another program)."""
    second = Database(make_engine(db.url), db.mode, db.url, data_dir=db.data_dir)
    ctx = AppContext(
        second, admin_operator.actor(), TaskRunner(inline=True), window_settings(), admin_operator
    )
    win = shown(qtbot, MainWindow(ctx), None)
    qtbot.waitUntil(lambda: win.live.mark is not None, timeout=DEADLINE_MS)
    yield win
    win.live.stop()
    second.engine.dispose()


class Restore(threading.Thread):
    """The other program's restore, on a thread of its own as in its own process."""

    def __init__(self, db: Database, path: Path, grace: float) -> None:
        super().__init__(daemon=True)
        self.db, self.path, self.grace = db, path, grace
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            takeover = backup.Takeover(disconnect=True, by="cy", grace_seconds=self.grace)
            backup.restore_backup(
                self.db, RESTORER, self.path, safety_backup=False, takeover=takeover
            )
        except BaseException as exc:  # handed to the test
            self.error = exc

    def finish(self) -> None:
        self.join(DEADLINE_S)
        assert not self.is_alive(), "the restore did not end"
        assert self.error is None, self.error


def test_the_window_counts_down_and_signs_out_when_asked(
    qtbot: QtBot, db: Database, backup_file: Path, window: MainWindow
) -> None:
    restore = Restore(db, backup_file, grace=DEADLINE_S)
    restore.start()
    watch = window.sign_out_watch
    qtbot.waitUntil(
        lambda: watch.notice is not None and watch.notice.isVisible(), timeout=DEADLINE_MS
    )
    notice = watch.notice
    assert isinstance(notice, QMessageBox)
    assert notice.text().startswith(
        "cy is restoring the database; your saved work is kept. LocalEx will sign you out in "
    )
    assert window.isVisible()  # not yet: the countdown runs
    button = next(b for b in notice.findChildren(QPushButton) if b.text() == "Sign out now")
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    assert watch.reason == "cy is restoring the database — sign in again when it is done."
    assert not window.isVisible()
    restore.finish()  # the window's connections left, so it did not wait out the grace


def test_a_window_that_missed_the_notice_finds_the_restore_when_it_reconnects(
    qtbot: QtBot, db: Database, backup_file: Path, window: MainWindow
) -> None:
    window.live.stop()  # offline while the other program asked everyone to close
    restore = Restore(db, backup_file, grace=0)
    restore.start()
    restore.finish()
    with qtbot.waitSignal(window.sign_out_watch.signed_out, timeout=DEADLINE_MS) as out:
        window.live.start()  # the listener connects again, to the restored data
    reason = out.args[0]
    assert reason.startswith("The database was restored by cy at ")
    assert reason.endswith(" — sign in again.")
    assert window.sign_out_watch.reason == reason
    assert not window.isVisible()


def test_a_restore_by_the_window_itself_does_not_sign_it_out(
    qtbot: QtBot, window: MainWindow, backup_file: Path
) -> None:
    """The restoring window reconnects by itself (Administration → Restore); its operator
    is in the backup (made after Anna's account)."""
    before = window.live.mark
    assert before is not None
    restore = Restore(window.ctx.db, backup_file, grace=0)
    restore.start()
    restore.finish()
    window.database_replaced()
    qtbot.waitUntil(
        lambda: window.live.mark is not None and window.live.mark.oid != before.oid,
        timeout=DEADLINE_MS,
    )
    qtbot.waitUntil(lambda: window.live.connected, timeout=DEADLINE_MS)
    assert window.sign_out_watch.reason is None and window.isVisible()


def test_a_restore_by_the_window_itself_without_its_operator_signs_it_out(
    qtbot: QtBot, backup_file: Path, window: MainWindow
) -> None:
    """The backup was made before Anna's account existed: after her own restore her
    window goes back to the sign-in, saying why."""
    restore = Restore(window.ctx.db, backup_file, grace=0)
    restore.start()
    restore.finish()
    with qtbot.waitSignal(window.sign_out_watch.signed_out, timeout=DEADLINE_MS) as out:
        window.database_replaced()
    assert out.args == ["Your operator account anna is not in the restored data; sign in again."]
    assert not window.isVisible()


def test_the_restore_dialog_lists_the_others_and_asks_before_restoring(
    qtbot: QtBot, db: Database, backup_file: Path, window: MainWindow
) -> None:
    """Cy's restore dialog names Anna's window and restores only once that is ticked."""
    restorer = AppContext(db, RESTORER, TaskRunner(inline=True), window_settings())
    presence.announce(window.ctx.db, "anna", "desk-2")
    window.live.stop()
    window.live.start()  # the listener reconnects under the new name
    qtbot.waitUntil(lambda: window.live.connected, timeout=DEADLINE_MS)
    wizard = shown(qtbot, RestoreWizard(restorer), None)
    QTest.keyClicks(wizard.path_edit, str(backup_file))
    QTest.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert wizard.step is RestoreStep.CONFIRM
    text = wizard.others.message.text()
    assert text.startswith("1 other is connected: anna at desk-2 since ")
    assert "their windows are asked to close" in text
    assert wizard.others.box.isVisible()
    QTest.keyClick(wizard.confirm_box, Qt.Key.Key_Space)
    assert wizard.confirm_box.isChecked() and not wizard.next_button.isEnabled()
    QTest.keyClick(wizard.others.box, Qt.Key.Key_Space)
    assert wizard.next_button.isEnabled()


def test_the_upgrade_wizard_lists_the_others_and_asks_before_upgrading(
    qtbot: QtBot, db: Database, window: MainWindow
) -> None:
    tasks = TaskRunner(inline=True)
    wizard = shown(
        qtbot, MigrationWizard(db, RESTORER, tasks, migration_flow.plan_upgrade(db)), None
    )
    assert wizard.others.message.text().startswith("1 other is connected: ")
    assert "The upgrade changes the database under them" in wizard.others.message.text()
    assert not wizard.next_button.isEnabled()
    QTest.keyClick(wizard.others.box, Qt.Key.Key_Space)
    assert wizard.next_button.isEnabled()
    assert wizard.others.takeover("cy").disconnect


def test_the_program_goes_back_to_the_sign_in_after_a_sign_out(
    db: Database,
    admin_operator: OperatorInfo,
    monkeypatch: pytest.MonkeyPatch,
    boxes: Boxes,
    qapp: QApplication,
) -> None:
    """run_gui: window → signed out by a restore elsewhere → the sentence → sign-in →
    a new window; closing that one ends the program."""
    monkeypatch.setattr(app_module, "open_chosen", lambda _args, _tasks: db)
    logins: list[str] = []

    def sign_in(self: LoginDialog) -> int:
        logins.append(self.windowTitle())
        self.operator = admin_operator
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(LoginDialog, "exec", sign_in)
    windows: list[MainWindow] = []

    def run_window(_app: QApplication) -> int:
        window = next(
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        )
        windows.append(window)
        if len(windows) == 1:
            window.sign_out_watch.sign_out(
                "The database was restored by cy at 09:20 — sign in again."
            )
        else:
            window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", run_window)
    args = argparse.Namespace(review=None, data_dir="x", database_url=None)
    assert app_module.run_gui(qapp, args, TaskRunner(inline=True)) == 0
    assert len(windows) == 2 and windows[0] is not windows[1]
    assert len(logins) == 2  # the first sign-in, and the one after the restore
    assert REASON in [b.text for b in boxes.shown]


def test_signing_in_again_names_an_operator_the_restored_data_lacks(
    db: Database, admin_operator: OperatorInfo, monkeypatch: pytest.MonkeyPatch, qapp: QApplication
) -> None:
    """The tryout: operator "late", missing from the backup, was told only "Unknown user
    name or wrong password." at the sign-in after the restore."""
    monkeypatch.setattr(app_module, "open_chosen", lambda _args, _tasks: db)
    seen: list[tuple[str, str]] = []

    def sign_in(self: LoginDialog) -> int:
        seen.append((self.username_edit.text(), self.message.text()))
        if len(seen) == 1:
            self.operator = admin_operator
            return QDialog.DialogCode.Accepted.value
        return QDialog.DialogCode.Rejected.value

    monkeypatch.setattr(LoginDialog, "exec", sign_in)

    def run_window(_app: QApplication) -> int:
        window = next(
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        )
        with db.transaction() as s:  # what the restored data holds: no such operator
            s.execute(
                sa.text("UPDATE operators SET active = false WHERE id = :i"),
                {"i": admin_operator.id},
            )
        window.sign_out_watch.sign_out(REASON)
        return 0

    monkeypatch.setattr(QApplication, "exec", run_window)
    args = argparse.Namespace(review=None, data_dir="x", database_url=None)
    assert app_module.run_gui(qapp, args, TaskRunner(inline=True)) == 0
    name = admin_operator.username
    assert seen[1] == (
        name,
        f"Your operator account {name} is not in the restored data. Sign in as another "
        "operator, or ask an administrator to add yours again.",
    )
