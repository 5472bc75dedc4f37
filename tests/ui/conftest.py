"""Fixtures for the desktop tests: answered message boxes, contexts with inline tasks."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication, QMessageBox

from localex_desktop.db.connection import Database
from localex_desktop.domain.roles import Actor, Role
from localex_desktop.services import operators
from localex_desktop.services.operators import OperatorInfo
from localex_desktop.ui.context import AppContext, window_settings
from localex_desktop.ui.tasks import TaskRunner

from ..logfail import fail_if_unexpected
from ..waiting import DEADLINE_MS
from .helpers import add_operator


@pytest.fixture(scope="session", autouse=True)
def english_words(qapp: QApplication) -> None:
    """The English plural forms ("1 member", "2 members"), as the program installs them."""
    from localex_desktop.ui import i18n

    i18n.install("en")


@pytest.fixture(autouse=True)
def isolated_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test gets its own config dir: saved profiles and window.ini stay apart."""
    folder = tmp_path / "config"
    monkeypatch.setenv("LOCALEX_CONFIG_DIR", str(folder))
    return folder


@dataclass
class Box:
    icon: QMessageBox.Icon
    text: str
    informative: str
    buttons: list[str] = field(default_factory=list)


@dataclass
class Boxes:
    """Every message box shown; ``answer_yes`` chooses the accepting button of questions."""

    shown: list[Box] = field(default_factory=list)
    answer_yes: bool = True
    #: click the button of this role instead (e.g. DestructiveRole: "Save anyway")
    answer_role: QMessageBox.ButtonRole | None = None

    @property
    def last(self) -> Box:
        assert self.shown, "no message box was shown"
        return self.shown[-1]


@pytest.fixture(autouse=True)
def boxes(
    monkeypatch: pytest.MonkeyPatch, qapp: QApplication, request: pytest.FixtureRequest
) -> Iterator[Boxes]:
    """Every message box is answered and recorded; an error dialog fails the test.

    An error dialog is one with the Critical icon (``ui.errors.show_error`` for a bug);
    a test that expects one is marked ``allow_errors`` (tests/logfail.py).
    """
    record = Boxes()

    def fake_exec(box: QMessageBox) -> int:
        buttons = [b.text() for b in box.buttons()]
        record.shown.append(Box(box.icon(), box.text(), box.informativeText(), buttons))
        wanted = record.answer_role or (
            QMessageBox.ButtonRole.AcceptRole
            if record.answer_yes
            else QMessageBox.ButtonRole.RejectRole
        )
        for button in box.buttons():
            if box.buttonRole(button) == wanted:
                button.click()
                break
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    yield record
    critical = [b for b in record.shown if b.icon == QMessageBox.Icon.Critical]
    fail_if_unexpected(
        request.node, "An error dialog was shown", [f"{b.text} {b.informative}" for b in critical]
    )


@pytest.fixture
def make_ctx(db: Database) -> Iterator[Callable[[Actor, OperatorInfo | None], AppContext]]:
    def make(actor: Actor, operator: OperatorInfo | None = None) -> AppContext:
        return AppContext(db, actor, TaskRunner(inline=True), window_settings(), operator)

    yield make


@pytest.fixture
def threaded_ctx(db: Database, admin_operator: OperatorInfo) -> Iterator[AppContext]:
    """The administrator's context with its work on a real thread pool, as in the program."""
    pool = QThreadPool()
    tasks = TaskRunner(pool)
    yield AppContext(db, admin_operator.actor(), tasks, window_settings(), admin_operator)
    pool.waitForDone(DEADLINE_MS)


@pytest.fixture
def admin_operator(db: Database) -> OperatorInfo:
    """A real administrator account (password: correct horse)."""
    with db.transaction() as session:
        created = operators.create_first_admin(session, "anna", "correct horse", "Anna Berg")
    assert created is not None
    return created


@pytest.fixture
def admin_ctx(
    make_ctx: Callable[[Actor, OperatorInfo | None], AppContext], admin_operator: OperatorInfo
) -> AppContext:
    return make_ctx(admin_operator.actor(), admin_operator)


@pytest.fixture
def keeper_ctx(
    db: Database, make_ctx: Callable[[Actor, OperatorInfo | None], AppContext]
) -> AppContext:
    """A bookkeeper's context (operator bert): may read everything and change nothing."""
    keeper = add_operator(db, "bert", Role.BOOKKEEPER)
    return make_ctx(keeper.actor(), keeper)
