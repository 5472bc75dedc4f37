"""Small shared steps for the desktop tests: set-ups, dialogs answered, keys checked."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, TypeVar

import pytest
from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractButton, QDialog, QLabel, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session

from localex_desktop.db.connection import Database
from localex_desktop.domain.money import Currency
from localex_desktop.domain.roles import Actor, Role
from localex_desktop.services import audit, ledger, members, operators, settings
from localex_desktop.services.members import MemberInfo, MemberInput
from localex_desktop.services.operators import OperatorInfo
from localex_desktop.ui.context import AppContext
from localex_desktop.ui.pages.members.form_dialog import FormDialog

from ..waiting import DEADLINE_MS

PASSWORD = "long enough pw"
SETUP = Actor("setup", Role.ADMIN)
HOURS = Currency("Hours", "h", 2)

W = TypeVar("W", bound=QWidget)
D = TypeVar("D", bound=QDialog)
#: the ``make_ctx`` fixture: a context for this actor (and operator) on the test database
MakeCtx = Callable[[Actor, OperatorInfo | None], AppContext]


def in_hours(session: Session) -> None:
    """The exchange counts in Hours ("h", two decimals): the :data:`HOURS` of the tests."""
    settings.put(session, SETUP, "currency", {"name": "Hours", "symbol": "h", "decimals": 2})


def enrol(session: Session, *names: str, credit_limit: int = 5000) -> list[MemberInfo]:
    """Members of these names, in this order, each with ``credit_limit`` (50.00 h)."""
    return [
        members.create(session, SETUP, MemberInput(name=n), credit_limit=credit_limit)
        for n in names
    ]


def add_operator(db: Database, name: str, role: Role) -> OperatorInfo:
    with db.transaction() as session:
        return operators.create(session, SETUP, name, PASSWORD, role, name.title())


def audit_count(db: Database) -> int:
    with db.transaction() as session:
        return len(audit.query(session, Actor("test", Role.ADMIN), limit=10_000))


def operator_names(db: Database) -> list[str]:
    with db.transaction() as session:
        return [op.username for op in operators.list_all(session, Actor("test", Role.ADMIN))]


def balance(db: Database, member_id: int) -> int:
    with db.transaction() as session:
        return ledger.balance(session, SETUP, member_id).balance


def shown(qtbot: QtBot, widget: W, size: tuple[int, int] | None = (1100, 700)) -> W:
    """``widget`` shown at ``size`` (a window's; None: its own), closed by qtbot after the test."""
    qtbot.addWidget(widget)
    if size is not None:
        widget.resize(*size)
    widget.show()
    return widget


def column(model: QAbstractItemModel, number: int) -> list[Any]:
    """What the loaded rows show in column ``number``."""
    return [model.index(r, number).data() for r in range(model.rowCount())]


def replace_exec(
    monkeypatch: pytest.MonkeyPatch, cls: type[D], answer: Callable[[D], int]
) -> list[D]:
    """Instead of ``cls``'s modal exec(): ``answer`` each dialog and return what it
    returns (how the dialog ended). Returns the dialogs as they come."""
    seen: list[D] = []

    def fake_exec(dialog: D) -> int:
        seen.append(dialog)
        return answer(dialog)

    monkeypatch.setattr(cls, "exec", fake_exec)
    return seen


def answer_forms(
    monkeypatch: pytest.MonkeyPatch, fill: Callable[[Any], None], *, wait: QtBot | None = None
) -> list[Any]:
    """Instead of a modal exec(): fill each form dialog through its widgets and press OK.

    With ``wait`` (the test's qtbot) OK's work runs on a real worker thread: the answer
    waits until the work has accepted the dialog. Returns the dialogs as they come.
    """

    def answer(dialog: FormDialog[Any]) -> int:
        fill(dialog)
        if not dialog.ok_button.isEnabled():
            return dialog.result()
        if wait is None:
            dialog.ok_button.click()
        else:
            with wait.waitSignal(dialog.accepted, timeout=DEADLINE_MS):
                dialog.ok_button.click()
        return dialog.result()

    return replace_exec(monkeypatch, FormDialog, answer)


def ok_refused(db: Database, dialog: FormDialog[Any], words: str) -> None:
    """Press OK: the service refuses (its message, with ``words``, shown in the dialog),
    the dialog stays open and nothing reaches the audit log."""
    before = audit_count(db)
    dialog.ok_button.click()
    assert words in dialog.message.text()
    assert dialog.result() == 0
    assert audit_count(db) == before


def mnemonics(root: QWidget) -> list[str]:
    """The Alt+letter keys of the labels (with a buddy) and buttons shown in ``root``."""
    keys = []
    for w in [root, *root.findChildren(QWidget)]:
        if w is not root and not w.isVisibleTo(root):
            continue
        if isinstance(w, QAbstractButton) or (isinstance(w, QLabel) and w.buddy() is not None):
            found = re.search(r"&([^&\s])", w.text())  # type: ignore[attr-defined]
            if found:
                keys.append(found.group(1).lower())
    return keys


def check_dialog_keys(qtbot: QtBot, dialog: FormDialog[Any] | QDialog) -> None:
    """Unique Alt+letter keys, Enter confirms (OK is the default), Escape cancels."""
    qtbot.addWidget(dialog)
    dialog.show()
    keys = mnemonics(dialog)
    assert len(keys) == len(set(keys)), (dialog.windowTitle(), keys)
    ok = getattr(dialog, "ok_button", None)
    if ok is not None:
        assert ok.isDefault(), dialog.windowTitle()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.result() == 0
