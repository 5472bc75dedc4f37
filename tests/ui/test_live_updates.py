"""Live updates: a change through one connection shows in another program by itself.

Two :class:`Database` objects (two engines, two connection pools) on the same test
database stand for two coordinators' programs.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import psycopg
import pytest
import sqlalchemy as sa
from pytestqt.qtbot import QtBot

from localex_desktop.db.connection import Database, make_engine
from localex_desktop.domain.roles import Actor, Role
from localex_desktop.services import ledger, members, settings
from localex_desktop.services.operators import OperatorInfo
from localex_desktop.ui.context import AppContext, window_settings
from localex_desktop.ui.live import CHANNEL, TABLES, LiveUpdates
from localex_desktop.ui.main_window import MainWindow
from localex_desktop.ui.pages.dashboard.page import DashboardPage
from localex_desktop.ui.pages.members.page import MembersPage
from localex_desktop.ui.tasks import TaskRunner

from ..waiting import DEADLINE_MS, DEADLINE_S
from .helpers import shown

SETUP = Actor("setup", Role.ADMIN)


@pytest.fixture
def other(db: Database) -> Iterator[Database]:
    """A second program's connection to the same database."""
    second = Database(make_engine(db.url), db.mode, db.url, data_dir=db.data_dir)
    yield second
    second.engine.dispose()


@pytest.fixture
def other_ctx(other: Database, admin_operator: OperatorInfo) -> AppContext:
    return AppContext(
        other, admin_operator.actor(), TaskRunner(inline=True), window_settings(), admin_operator
    )


def listening(qtbot: QtBot, live: LiveUpdates) -> LiveUpdates:
    with qtbot.waitSignal(live.connection_changed, timeout=DEADLINE_MS) as up:
        live.start()
    assert up.args == [True]
    return live


@pytest.fixture
def live(qtbot: QtBot, other_ctx: AppContext) -> Iterator[LiveUpdates]:
    updates = listening(qtbot, LiveUpdates(other_ctx))
    yield updates
    updates.stop()


def test_a_change_elsewhere_arrives_by_itself(
    qtbot: QtBot, db: Database, live: LiveUpdates
) -> None:
    with qtbot.waitSignal(live.changed, timeout=DEADLINE_MS) as got, db.transaction() as s:
        members.create(s, SETUP, members.MemberInput(name="Ann"))
    assert "members" in got.args[0]


def test_a_posting_and_a_setting(qtbot: QtBot, db: Database, live: LiveUpdates) -> None:
    with db.transaction() as s:
        a = members.create(s, SETUP, members.MemberInput(name="Ann")).id
        b = members.create(s, SETUP, members.MemberInput(name="Bob")).id
    qtbot.waitSignal(live.changed, timeout=DEADLINE_MS).wait()
    with qtbot.waitSignal(live.changed, timeout=DEADLINE_MS) as got, db.transaction() as s:
        ledger.transfer(s, SETUP, a, b, 100, "bread")
    assert got.args[0] == frozenset({"transactions", "accounts"})
    seen: list[int] = []
    live.ctx.events.settings_changed.connect(lambda: seen.append(1))
    with qtbot.waitSignal(live.changed, timeout=DEADLINE_MS) as got, db.transaction() as s:
        settings.put(s, SETUP, "exchange_name", "Riverside")
    assert got.args[0] == frozenset({"settings"}) and seen == [1]


def test_a_rolled_back_change_tells_nobody(qtbot: QtBot, db: Database, live: LiveUpdates) -> None:
    tables: list[str] = []
    live.table_changed.connect(tables.append)
    with pytest.raises(RuntimeError), db.transaction() as s:
        members.create(s, SETUP, members.MemberInput(name="Ann"))
        raise RuntimeError("changed my mind")
    # notifications arrive in commit order: once a later change is in, the rolled-back
    # one would have been too
    with qtbot.waitSignal(live.changed, timeout=DEADLINE_MS), db.transaction() as s:
        settings.put(s, SETUP, "exchange_name", "Riverside")
    assert tables == ["settings"]


def test_open_page_refreshes_keeping_selection(
    qtbot: QtBot, db: Database, other_ctx: AppContext
) -> None:
    with db.transaction() as s:
        ids = [
            members.create(s, SETUP, members.MemberInput(name=f"Member {n:03d}")).id
            for n in range(60)
        ]
    page = shown(qtbot, MembersPage(other_ctx), (900, 400))
    page.table.select_key(ids[40], top=True)
    top = page.table.top_key()
    assert top is not None and page.table.selected_key() == ids[40]
    live = listening(qtbot, LiveUpdates(other_ctx, lambda: [page]))
    try:
        with qtbot.waitSignal(page.model.reset_done, timeout=DEADLINE_MS), db.transaction() as s:
            members.update(s, SETUP, ids[41], name="Changed Elsewhere")
        assert page.model.row(41) is not None
        assert page.model.row(41).name == "Changed Elsewhere"  # type: ignore[union-attr]
        assert page.table.selected_key() == ids[40]
        assert page.table.top_key() == top
        assert page.detail.member is not None and page.detail.member.id == ids[40]
    finally:
        live.stop()


def test_hidden_page_catches_up_when_shown(
    qtbot: QtBot, db: Database, other_ctx: AppContext
) -> None:
    page = shown(qtbot, MembersPage(other_ctx), None)
    page.hide()
    live = listening(qtbot, LiveUpdates(other_ctx, lambda: [page]))
    try:
        with qtbot.waitSignal(live.changed, timeout=DEADLINE_MS), db.transaction() as s:
            members.create(s, SETUP, members.MemberInput(name="Ann"))
        assert page.model.loaded_count() == 0  # not refreshed while nobody looks
        with qtbot.waitSignal(page.model.reset_done, timeout=DEADLINE_MS):
            page.show()
        assert page.model.loaded_count() == 1
    finally:
        live.stop()


def test_main_window_listens_and_stops(qtbot: QtBot, db: Database, other_ctx: AppContext) -> None:
    window = shown(qtbot, MainWindow(other_ctx), None)
    assert window.live.running
    qtbot.waitUntil(lambda: window.live.connected, timeout=DEADLINE_MS)
    dashboard = window.show_page("dashboard")
    assert isinstance(dashboard, DashboardPage)
    with qtbot.waitSignal(dashboard.loaded, timeout=DEADLINE_MS) as got, db.transaction() as s:
        members.create(s, SETUP, members.MemberInput(name="Ann"))
    assert got.args[0].active_members == 1
    assert window.backup_label.text() == "No backup yet"
    window.close()
    assert not window.live.running


def test_triggers_notify_with_the_table_name(db: Database) -> None:
    """The migration's contract, without Qt: one notification per table and transaction."""
    with db.engine.connect() as conn:
        names = conn.execute(
            sa.text("SELECT tgrelid::regclass::text FROM pg_trigger WHERE tgname LIKE '%notify%'")
        ).scalars()
        assert set(names) == TABLES
    raw: Any = db.engine.raw_connection()
    try:
        listener: psycopg.Connection[Any] = raw.driver_connection
        listener.rollback()
        listener.autocommit = True
        listener.execute(f"LISTEN {CHANNEL}")
        with db.transaction() as s:
            for n in range(3):  # three statements, one notification
                members.create(s, SETUP, members.MemberInput(name=f"M{n}"))
        with db.transaction() as s:  # then another table: its notification comes second
            settings.put(s, SETUP, "exchange_name", "Riverside")
        got = [n.payload for n in listener.notifies(timeout=DEADLINE_S, stop_after=2)]
        assert got == ["members", "settings"]
        listener.execute(f"UNLISTEN {CHANNEL}")
        listener.autocommit = False
    finally:
        raw.close()


def test_the_status_bar_says_when_the_database_stops_answering(
    qtbot: QtBot, db: Database, other_ctx: AppContext
) -> None:
    """The server cuts every connection (a restart, an outage): the status bar says so in
    red within moments, and when the listener is back, that every page was refreshed."""
    window = shown(qtbot, MainWindow(other_ctx), None)
    label = window.connection_label
    qtbot.waitUntil(lambda: label.up is True, timeout=DEADLINE_MS)
    assert (
        label.text() == "Embedded database"
        and label.accessibleDescription() == "connected"
        and not label.styleSheet()
    )
    cut = sa.text(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
        "WHERE datname = current_database() AND pid <> pg_backend_pid()"
    )
    changed = window.live.connection_changed
    with qtbot.waitSignal(changed, timeout=DEADLINE_MS) as down, db.engine.connect() as conn:
        conn.execute(cut)
    assert down.args == [False]
    assert "not answering, reconnecting" in label.text() and label.styleSheet()
    assert "reconnects by itself" in label.toolTip()
    qtbot.waitUntil(lambda: label.up is True, timeout=DEADLINE_MS)
    assert (
        label.text() == "Embedded database"
        and label.accessibleDescription() == "connected"
        and not label.styleSheet()
    )
    assert window.statusBar().currentMessage() == (
        "Connected again: the database answers; every page was refreshed."
    )
    window.close()
