"""The Operators tab and its dialogs: every change goes through the services."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from localex_desktop.db.connection import Database
from localex_desktop.domain.roles import Role
from localex_desktop.services import operators
from localex_desktop.services.operators import OperatorInfo
from localex_desktop.ui.context import AppContext
from localex_desktop.ui.pages.administration.operator_dialogs import (
    AddOperatorDialog,
    ChangeRoleDialog,
    OperatorDialog,
    ResetPasswordDialog,
)
from localex_desktop.ui.pages.administration.operators_model import OperatorTableModel
from localex_desktop.ui.pages.administration.operators_tab import OperatorsTab

from .conftest import Boxes
from .helpers import (
    PASSWORD,
    add_operator,
    audit_count,
    operator_names,
    replace_exec,
    shown,
)


def make_tab(qtbot: QtBot, ctx: AppContext) -> OperatorsTab:
    return shown(qtbot, OperatorsTab(ctx), None)


def answer_dialog(monkeypatch: pytest.MonkeyPatch, fill: Callable[[OperatorDialog], None]) -> None:
    """Instead of a modal exec(): fill the dialog, press OK, report how it ended."""

    def answer(dialog: OperatorDialog) -> int:
        fill(dialog)
        dialog.ok_button.click()
        return dialog.result()

    replace_exec(monkeypatch, OperatorDialog, answer)


def test_lists_operators(qtbot: QtBot, admin_ctx: AppContext, db: Database) -> None:
    add_operator(db, "bert", Role.BOOKKEEPER)
    tab = make_tab(qtbot, admin_ctx)
    assert tab.model.rowCount() == 2
    assert tab.proxy.index(1, 0).data() == "bert"
    assert tab.proxy.index(1, 2).data() == "Bookkeeper"
    assert tab.proxy.index(1, 3).data() == "Active"
    assert tab.proxy.index(0, 4).data() == "never"


def test_add_operator_through_the_dialog(
    qtbot: QtBot, admin_ctx: AppContext, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fill(dialog: OperatorDialog) -> None:
        assert isinstance(dialog, AddOperatorDialog)
        qtbot.keyClicks(dialog.username_edit, "carla")
        dialog.display_edit.setText("Carla Diaz")
        dialog.role_box.setCurrentIndex(list(Role).index(Role.COORDINATOR))
        dialog.password_edit.setText(PASSWORD)
        dialog.repeat_edit.setText(PASSWORD)

    answer_dialog(monkeypatch, fill)
    tab = make_tab(qtbot, admin_ctx)
    tab.add_button.click()
    with db.transaction() as session:
        carla = next(
            o for o in operators.list_all(session, admin_ctx.actor) if o.username == "carla"
        )
    assert (carla.display_name, carla.role, carla.active) == ("Carla Diaz", Role.COORDINATOR, True)
    assert tab.model.rowCount() == 2
    selected = tab.selected()
    assert selected is not None and selected.username == "carla"


def test_short_password_is_refused_and_nothing_written(
    qtbot: QtBot, admin_ctx: AppContext, db: Database
) -> None:
    before = audit_count(db)
    dialog = AddOperatorDialog(admin_ctx)
    qtbot.addWidget(dialog)
    dialog.username_edit.setText("dora")
    dialog.password_edit.setText("short")
    dialog.repeat_edit.setText("short")
    dialog.ok_button.click()
    assert dialog.result() != QDialog.DialogCode.Accepted.value
    assert "too short" in dialog.message.text()
    assert operator_names(db) == ["anna"]
    assert audit_count(db) == before


def test_duplicate_name_is_refused_by_the_service(
    qtbot: QtBot, admin_ctx: AppContext, db: Database
) -> None:
    dialog = AddOperatorDialog(admin_ctx)
    qtbot.addWidget(dialog)
    dialog.username_edit.setText("Anna")
    dialog.password_edit.setText(PASSWORD)
    dialog.repeat_edit.setText(PASSWORD)
    dialog.ok_button.click()
    assert "already an operator called 'Anna'" in dialog.message.text()
    assert dialog.ok_button.isEnabled()


def test_disable_enable_reset_and_change_role(
    qtbot: QtBot,
    admin_ctx: AppContext,
    db: Database,
    boxes: Boxes,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    bert = add_operator(db, "bert", Role.BOOKKEEPER)
    tab = make_tab(qtbot, admin_ctx)
    tab.select(bert.id)
    assert tab.toggle_button.text() == "Disable"
    tab.toggle_button.click()
    assert boxes.last.text == "Disable bert?"
    assert tab.selected() is not None and not tab.selected().active  # type: ignore[union-attr]
    assert tab.toggle_button.text() == "Enable"
    tab.toggle_button.click()
    assert tab.selected() is not None and tab.selected().active  # type: ignore[union-attr]

    def new_password(dialog: OperatorDialog) -> None:
        assert isinstance(dialog, ResetPasswordDialog)
        dialog.password_edit.setText("another long one")
        dialog.repeat_edit.setText("another long one")

    answer_dialog(monkeypatch, new_password)
    tab.password_button.click()
    assert operators.authenticate(db, "bert", "another long one").id == bert.id

    def to_coordinator(dialog: OperatorDialog) -> None:
        assert isinstance(dialog, ChangeRoleDialog)
        dialog.role_box.setCurrentIndex(list(Role).index(Role.COORDINATOR))

    answer_dialog(monkeypatch, to_coordinator)
    tab.role_button.click()
    with db.transaction() as session:
        roles = {o.username: o.role for o in operators.list_all(session, admin_ctx.actor)}
    assert roles["bert"] is Role.COORDINATOR


def test_declining_the_question_changes_nothing(
    qtbot: QtBot, admin_ctx: AppContext, db: Database, boxes: Boxes
) -> None:
    bert = add_operator(db, "bert", Role.BOOKKEEPER)
    before = audit_count(db)
    boxes.answer_yes = False
    tab = make_tab(qtbot, admin_ctx)
    tab.select(bert.id)
    tab.toggle_button.click()
    assert audit_count(db) == before


def test_own_account_cannot_be_disabled(
    qtbot: QtBot, admin_ctx: AppContext, admin_operator: OperatorInfo
) -> None:
    tab = make_tab(qtbot, admin_ctx)
    tab.select(admin_operator.id)
    assert not tab.toggle_button.isEnabled()
    assert tab.toggle_button.toolTip() == "You cannot disable your own account."
    assert tab.password_button.isEnabled()


def test_bookkeeper_sees_actions_disabled(
    qtbot: QtBot,
    admin_operator: OperatorInfo,  # before the bookkeeper: the first operator is the admin
    keeper_ctx: AppContext,
) -> None:
    tab = make_tab(qtbot, keeper_ctx)
    tab.select(admin_operator.id)
    assert tab.model.rowCount() == 2
    for button in (tab.add_button, tab.toggle_button, tab.password_button, tab.role_button):
        assert not button.isEnabled()
        assert "Only an administrator can manage operators" in button.toolTip()
        assert "bookkeeper" in button.toolTip()


def test_operator_model_passes_the_model_tester(
    qtmodeltester: ModelTester, db: Database, admin_operator: OperatorInfo
) -> None:
    add_operator(db, "bert", Role.BOOKKEEPER)
    with db.transaction() as session:
        rows = operators.list_all(session, admin_operator.actor())
    model = OperatorTableModel()
    model.set_operators(rows)
    qtmodeltester.check(model)
    model.set_operators([])
    qtmodeltester.check(model)


def test_a_password_over_72_bytes_is_refused_in_the_dialog(
    qtbot: QtBot, admin_ctx: AppContext, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Typed in the reset dialog, 37 accented letters (74 bytes) get the service's words
    under the form; the dialog stays open and the old password still works."""
    bert = add_operator(db, "bert", Role.BOOKKEEPER)
    tab = make_tab(qtbot, admin_ctx)
    tab.select(bert.id)
    said: list[str] = []

    def too_long(dialog: OperatorDialog) -> None:
        assert isinstance(dialog, ResetPasswordDialog)
        dialog.password_edit.setText("é" * 37)  # QTest cannot type letters outside ASCII
        dialog.repeat_edit.setText("é" * 37)
        dialog.ok_button.click()
        said.append(dialog.message.text())
        dialog.reject()

    replace_exec(monkeypatch, OperatorDialog, lambda d: (too_long(d), d.result())[1])
    tab.password_button.click()
    assert "at most 72 bytes" in said[0] and "fewer than 72 characters" in said[0]
    assert operators.authenticate(db, "bert", PASSWORD).id == bert.id
