"""The window over a read-only database login (issue 15, problem 6), on the shared server.

Signed in over ``reader`` (SELECT only, no group role) or ``bert`` (localex_bookkeeper):
every page loads, and every change is disabled with the reason. For a coordinator's
operator (``ann``) over ``reader`` the reason is the login's, with the GRANT that gives
the right; for the bookkeeper operator (``bea``) the role's words stand, as before.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Iterator

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from localex_desktop import app as app_module
from localex_desktop.domain.roles import Permission
from localex_desktop.services import operators
from localex_desktop.ui.context import AppContext, window_settings
from localex_desktop.ui.list_page.page import ListPage
from localex_desktop.ui.login_dialog import LoginDialog
from localex_desktop.ui.main_window import MainWindow
from localex_desktop.ui.pages.ledger.page import LedgerPage
from localex_desktop.ui.pages.ledger.verify_dialog import VerifyDialog
from localex_desktop.ui.tasks import TaskRunner

from ..cli_helpers import run_cli
from ..server_cluster import MIGRATOR, OPERATORS, SharedServer
from ..waiting import DEADLINE_MS
from .conftest import Boxes
from .helpers import replace_exec, shown

READ_ONLY = (
    "The login reader may only read, not change members. An administrator runs: "
    "GRANT localex_coordinator TO reader;"
)
LIST_PAGES = ("members", "listings", "trades", "ledger")


@pytest.fixture(scope="module")
def exchange(shared_server: SharedServer) -> str:
    """A copy of the exchange with two members and a transfer, made by its owner."""
    name = shared_server.fresh_exchange()
    env = dict(os.environ)
    env["LOCALEX_DATABASE_URL"] = shared_server.url(MIGRATOR, name).render_as_string(
        hide_password=False
    )
    for args in (
        ("member", "add", "--name", "Ada"),
        ("member", "add", "--name", "Bo"),
        ("transfer", "--from", "1", "--to", "2", "--amount", "5", "--memo", "eggs"),
    ):
        proc = run_cli(*args, env=env)
        assert proc.returncode == 0, proc.stderr
    return name


def _signed_in(shared: SharedServer, login: str, operator: str, name: str) -> Iterator[AppContext]:
    db = shared.database_for(login, name)
    info = operators.authenticate(db, operator, OPERATORS[operator][0])
    try:
        yield AppContext(db, info.actor(), TaskRunner(inline=True), window_settings(), info)
    finally:
        db.close()


@pytest.fixture
def ann_over_reader(shared_server: SharedServer, exchange: str) -> Iterator[AppContext]:
    yield from _signed_in(shared_server, "reader", "ann", exchange)


@pytest.fixture
def bea_over_bert(shared_server: SharedServer, exchange: str) -> Iterator[AppContext]:
    yield from _signed_in(shared_server, "bert", "bea", exchange)


def test_the_sign_in_window_signs_the_bookkeeper_in_over_the_read_only_login(
    qtbot: QtBot, shared_server: SharedServer, exchange: str
) -> None:
    db = shared_server.database_for("reader", exchange)
    try:
        dialog = shown(qtbot, LoginDialog(db, TaskRunner(inline=True), where="Server"), None)
        qtbot.keyClicks(dialog.username_edit, "bea")
        qtbot.keyClicks(dialog.password_edit, OPERATORS["bea"][0])
        qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
        assert dialog.result() == QDialog.DialogCode.Accepted.value, dialog.message.text()
        assert dialog.operator is not None and dialog.operator.username == "bea"
        assert dialog.operator.login is not None and dialog.operator.login.read_only
        assert dialog.operator.last_login_at is not None  # the bookkeeping was kept
    finally:
        db.close()


def _window(qtbot: QtBot, ctx: AppContext) -> MainWindow:
    return shown(qtbot, MainWindow(ctx), None)


def _every_page_loads(qtbot: QtBot, window: MainWindow) -> None:
    for row, _spec in enumerate(window.specs):
        window.nav.setCurrentRow(row)
        page = window.current_page()
        assert page is not None and page.isVisible()
    members = window.show_page("members")
    assert isinstance(members, ListPage)
    qtbot.waitUntil(lambda: members.table.model().rowCount() == 2, timeout=DEADLINE_MS)


def _changes(page: ListPage[object]) -> list[object]:
    return [a for a in page.actions_ if a.permission not in (None, Permission.READ)]


def test_a_coordinator_over_the_read_only_login_reads_and_may_not_change(
    qtbot: QtBot, ann_over_reader: AppContext
) -> None:
    ctx = ann_over_reader
    assert ctx.read_only
    window = _window(qtbot, ctx)
    assert window.operator_label.text() == "Signed in as ann (coordinator), read-only login reader"
    assert window.operator_label.toolTip() == READ_ONLY
    _every_page_loads(qtbot, window)
    members = window.show_page("members")
    assert isinstance(members, ListPage)
    members.table.setFocus()
    QTest.keyClick(members.table, Qt.Key.Key_Down)  # select a row: still no change allowed
    for key in LIST_PAGES:
        page = window.show_page(key)
        assert isinstance(page, ListPage)
        changing = _changes(page)
        assert changing, key
        for spec in changing:
            assert not spec.action.isEnabled(), (key, spec.key)
            tip = spec.action.toolTip()
            assert tip.startswith("The login reader may only read"), (key, spec.key, tip)
            assert tip.endswith("GRANT localex_coordinator TO reader;")
    add = next(s for s in _changes(members) if s.key == "new")
    assert add.action.toolTip() == READ_ONLY
    before = members.table.model().rowCount()
    QTest.keyClick(members, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # New member
    assert members.table.model().rowCount() == before  # nothing opened, nothing written


def test_the_bookkeeper_over_the_bookkeeper_login_reads_and_may_not_change(
    qtbot: QtBot, bea_over_bert: AppContext
) -> None:
    ctx = bea_over_bert
    assert ctx.read_only
    window = _window(qtbot, ctx)
    _every_page_loads(qtbot, window)
    for key in LIST_PAGES:
        page = window.show_page(key)
        assert isinstance(page, ListPage)
        for spec in _changes(page):
            assert not spec.action.isEnabled()
            assert "you are a bookkeeper" in spec.action.toolTip()  # the role's words stand
    backup_tip = window.findChild(object, "backup_action")
    assert backup_tip is not None
    assert not backup_tip.isEnabled()
    assert backup_tip.toolTip() == (
        "The login bert may not read the tables localex_signins, operators nor the sequences "
        "a backup needs. An administrator runs: GRANT pg_read_all_data TO bert;"
    )


def test_verify_from_the_ledger_page_over_the_read_only_login(
    qtbot: QtBot, ann_over_reader: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _window(qtbot, ann_over_reader)
    page = window.show_page("ledger")
    assert isinstance(page, LedgerPage)
    shown_reports = replace_exec(monkeypatch, VerifyDialog, lambda _d: 0)
    assert page.verify_button.isEnabled()
    page.verify_button.click()
    assert shown_reports, "no verify dialog"
    report = shown_reports[-1].report
    assert report.ok and report.transactions == 1
    assert shown_reports[-1].headline.text() == "The books are in order."


def test_a_login_that_may_not_read_the_schema_gets_a_sentence_not_a_crash(
    shared_server: SharedServer, boxes: Boxes, qapp: QApplication
) -> None:
    """The outside tryout's blocker: after a restore had dropped a plain login's grants,
    the program quit with a traceback ("permission denied for table alembic_version")
    at start-up and again at "sign in again"."""
    name = shared_server.fresh_exchange()
    owner = shared_server.database_for(MIGRATOR, name)
    with owner.engine.begin() as conn:
        conn.execute(sa.text("REVOKE SELECT ON ALL TABLES IN SCHEMA public FROM reader"))
    owner.close()
    url = shared_server.url("reader", name).render_as_string(hide_password=False)
    args = argparse.Namespace(review=None, data_dir=None, database_url=url)
    assert app_module.run_gui(qapp, args, TaskRunner(inline=True)) == 1
    assert boxes.last.text == "The login reader may not read the table alembic_version."
    assert "GRANT localex_bookkeeper TO reader;" in boxes.last.informative
    assert boxes.last.icon == QMessageBox.Icon.Warning  # a refusal, not a fault
