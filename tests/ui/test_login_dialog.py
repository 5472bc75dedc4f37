"""Signing in: refusals are shown inline and change nothing but the failure counter."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from localex_desktop.db.connection import Database
from localex_desktop.services.operators import OperatorInfo
from localex_desktop.ui.login_dialog import LoginDialog
from localex_desktop.ui.tasks import TaskRunner

from .helpers import audit_count, shown


def make_dialog(qtbot: QtBot, db: Database) -> LoginDialog:
    return shown(qtbot, LoginDialog(db, TaskRunner(inline=True), where="Data folder: /tmp/x"), None)


def test_wrong_password_is_refused_inline(
    qtbot: QtBot, db: Database, admin_operator: OperatorInfo
) -> None:
    before = audit_count(db)
    dialog = make_dialog(qtbot, db)
    qtbot.keyClicks(dialog.username_edit, "anna")
    qtbot.keyClicks(dialog.password_edit, "wrong password")
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)  # Enter submits
    assert dialog.result() != QDialog.DialogCode.Accepted.value
    assert dialog.operator is None
    assert dialog.message.isVisibleTo(dialog)
    assert dialog.message.text() == "Unknown user name or wrong password."
    assert dialog.username_edit.text() == "anna"
    assert dialog.password_edit.text() == ""
    assert dialog.focusWidget() is dialog.password_edit
    assert audit_count(db) == before


def test_right_password_returns_the_operator(
    qtbot: QtBot, db: Database, admin_operator: OperatorInfo
) -> None:
    dialog = make_dialog(qtbot, db)
    dialog.username_edit.setText("ANNA")
    dialog.password_edit.setText("correct horse")
    dialog.sign_in_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted.value
    assert dialog.operator is not None
    assert dialog.operator.id == admin_operator.id
    assert dialog.operator.last_login_at is not None


def test_empty_user_name_is_asked_for(qtbot: QtBot, db: Database) -> None:
    dialog = make_dialog(qtbot, db)
    dialog.sign_in_button.click()
    assert dialog.message.text() == "Enter your user name."


def test_escape_cancels(qtbot: QtBot, db: Database) -> None:
    dialog = make_dialog(qtbot, db)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected.value
    assert dialog.operator is None
