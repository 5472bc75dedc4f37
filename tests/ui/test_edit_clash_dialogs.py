"""Two people open the same category or operator; the second save is asked about (issue 15).

A and B each have a window of their own (a context each, as two desktops); A saves
first. B's save then names who changed what since B's dialog opened and offers Reload
(B's own edit stays on screen) or Save anyway; nothing is overwritten unasked.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from localex_desktop.db.connection import Database
from localex_desktop.domain.roles import Actor, Role
from localex_desktop.services import categories, operators
from localex_desktop.services.operators import OperatorInfo
from localex_desktop.ui.context import AppContext
from localex_desktop.ui.live import LiveUpdates
from localex_desktop.ui.pages.administration.operator_dialogs import ChangeRoleDialog
from localex_desktop.ui.pages.listings.categories_dialog import CategoriesDialog

from ..waiting import DEADLINE_MS
from .conftest import Boxes
from .helpers import add_operator

MakeCtx = Callable[[Actor, OperatorInfo | None], AppContext]


def other_ctx(db: Database, make_ctx: MakeCtx, name: str, role: Role) -> AppContext:
    person = add_operator(db, name, role)
    return make_ctx(person.actor(), person)


def category_dialog(qtbot: QtBot, ctx: AppContext, category_id: int) -> CategoriesDialog:
    dialog = CategoriesDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.select(category_id)
    return dialog


def rename_to(dialog: CategoriesDialog, name: str) -> None:
    """Type the new name key by key and press Rename."""
    dialog.name_edit.clear()
    QTest.keyClicks(dialog.name_edit, name)
    QTest.mouseClick(dialog.rename_button, Qt.MouseButton.LeftButton)


def names(db: Database) -> list[str]:
    with db.transaction() as s:
        return [c.path for c in categories.tree(s, Actor("test", Role.ADMIN))]


@pytest.fixture
def food(db: Database) -> int:
    with db.transaction() as s:
        made = categories.add(s, Actor("setup", Role.ADMIN), "Food")
        categories.add(s, Actor("setup", Role.ADMIN), "Garden")
        return made.id


def test_a_category_renamed_meanwhile_is_asked_about(
    qtbot: QtBot,
    admin_ctx: AppContext,
    make_ctx: MakeCtx,
    db: Database,
    food: int,
    boxes: Boxes,
) -> None:
    a = category_dialog(qtbot, admin_ctx, food)
    b = category_dialog(qtbot, other_ctx(db, make_ctx, "cyd", Role.COORDINATOR), food)
    rename_to(a, "Food and drink")
    assert a.message.text() == "Renamed Food to Food and drink."
    rename_to(b, "Groceries")  # B's tree still shows "Food"
    question = boxes.last
    assert question.text == "anna changed the name of the category Food since you opened it."
    assert "Name: was 'Food', now 'Food and drink'." in question.informative
    assert sorted(question.buttons) == ["&Reload", "Cancel", "Save &anyway"]
    # Reload (the default answer): B's tree shows A's name, B's typing stays
    assert b.selected() is not None and b.selected().name == "Food and drink"
    assert b.name_edit.text() == "Groceries"
    assert "Reloaded" in b.message.text() and "what you typed is kept" in b.message.text()
    assert names(db) == ["Food and drink", "Garden"]
    QTest.mouseClick(b.rename_button, Qt.MouseButton.LeftButton)  # now over what B saw
    assert b.message.text() == "Renamed Food and drink to Groceries."
    assert names(db) == ["Groceries", "Garden"]

    # A's dialog still shows "Food and drink"; this time A saves anyway
    boxes.answer_role = QMessageBox.ButtonRole.DestructiveRole
    rename_to(a, "Provisions")
    assert (
        boxes.last.text
        == "cyd changed the name of the category Food and drink since you opened it."
    )
    assert names(db) == ["Provisions", "Garden"]


def test_a_category_moved_meanwhile_names_the_places(
    qtbot: QtBot,
    admin_ctx: AppContext,
    make_ctx: MakeCtx,
    db: Database,
    food: int,
    boxes: Boxes,
) -> None:
    with db.transaction() as s:
        drink = categories.add(s, Actor("setup", Role.ADMIN), "Drink").id
        garden = categories.find(s, Actor("setup", Role.ADMIN), "Garden").id
    a = category_dialog(qtbot, admin_ctx, food)
    b = category_dialog(qtbot, other_ctx(db, make_ctx, "cyd", Role.COORDINATOR), food)
    a.parent_box.setCurrentIndex(a.parent_box.findData(drink))
    QTest.mouseClick(a.move_button, Qt.MouseButton.LeftButton)
    b.parent_box.setCurrentIndex(b.parent_box.findData(garden))
    boxes.answer_yes = False  # Cancel: nothing changes, the refusal stays in the dialog
    QTest.mouseClick(b.move_button, Qt.MouseButton.LeftButton)
    assert boxes.last.text == (
        "anna changed the parent category of the category Food since you opened it."
    )
    assert "Place: was the top level, now under Drink." in boxes.last.informative
    assert "anna changed the parent category" in b.message.text()
    assert "Drink › Food" in names(db)


def role_dialog(qtbot: QtBot, ctx: AppContext, op: OperatorInfo) -> ChangeRoleDialog:
    dialog = ChangeRoleDialog(ctx, op)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def choose_role(dialog: ChangeRoleDialog, role: Role) -> None:
    dialog.role_box.setCurrentIndex(list(Role).index(role))
    QTest.keyClick(dialog.role_box, Qt.Key.Key_Return)


def role_of(db: Database, name: str) -> Role:
    with db.transaction() as s:
        return next(
            o.role for o in operators.list_all(s, Actor("t", Role.ADMIN)) if o.username == name
        )


def test_an_operator_whose_role_changed_meanwhile_is_asked_about(
    qtbot: QtBot,
    admin_ctx: AppContext,
    make_ctx: MakeCtx,
    db: Database,
    boxes: Boxes,
) -> None:
    bert = add_operator(db, "bert", Role.BOOKKEEPER)
    a = role_dialog(qtbot, admin_ctx, bert)
    b = role_dialog(qtbot, other_ctx(db, make_ctx, "ada", Role.ADMIN), bert)
    choose_role(a, Role.COORDINATOR)
    assert a.result() == 1 and role_of(db, "bert") is Role.COORDINATOR
    choose_role(b, Role.ADMIN)
    question = boxes.last
    assert question.text == "anna changed the role of operator bert since you opened it."
    assert "Role: was bookkeeper, now coordinator." in question.informative
    assert sorted(question.buttons) == ["&Reload", "Cancel", "Save &anyway"]
    # Reload: what is stored now shows; B's choice stays in the box
    assert b.isVisible() and b.current_label.text() == "bert (coordinator)"
    assert b.role_box.currentData() == Role.ADMIN
    assert "Reloaded: bert is coordinator now" in b.message.text()
    assert role_of(db, "bert") is Role.COORDINATOR
    QTest.keyClick(b.role_box, Qt.Key.Key_Return)
    assert b.result() == 1 and role_of(db, "bert") is Role.ADMIN

    # a third dialog opened before B's save: Save anyway wins
    c = role_dialog(qtbot, admin_ctx, bert)  # shows bookkeeper, as first opened
    boxes.answer_role = QMessageBox.ButtonRole.DestructiveRole
    choose_role(c, Role.COORDINATOR)
    assert boxes.last.text == "anna and ada changed the role of operator bert since you opened it."
    assert c.result() == 1 and role_of(db, "bert") is Role.COORDINATOR


def test_the_categories_dialog_follows_another_coordinators_changes(
    qtbot: QtBot, admin_ctx: AppContext, make_ctx: MakeCtx, db: Database, food: int
) -> None:
    """The tryout: B's open dialog still showed "Food" after A renamed it. Another
    session's change (the live updates' notice) now reads the tree again; what B typed
    in the name field stays."""
    b_ctx = other_ctx(db, make_ctx, "cyd", Role.COORDINATOR)
    b = category_dialog(qtbot, b_ctx, food)
    live = LiveUpdates(b_ctx, lambda: [], gather_ms=0)
    QTest.keyClicks(b.name_edit, "Half typed")
    with db.transaction() as s:
        categories.rename(s, admin_ctx.actor, food, "Food and drink")
    live.refresh_pages(frozenset({"categories"}))  # what the notice from A's save does
    qtbot.waitUntil(
        lambda: b.selected() is not None and b.selected().name == "Food and drink",  # type: ignore[union-attr]
        timeout=DEADLINE_MS,
    )
    assert b.name_edit.text() == "Half typed"
