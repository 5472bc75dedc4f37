"""A server that stops and starts again under an open window (issue 15, item 7).

The test starts a server of its own on 127.0.0.1 (never the shared one), opens a real
main window on it, stops the server, and starts it again on the same port: the status
bar says connected / reconnecting / offline, what was tried meanwhile says the server is
not answering and LocalEx will reconnect (never "a fault in LocalEx"), and the window
comes back by itself and says "Connected again".
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from PySide6.QtCore import QThreadPool
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import make_url

from localex_desktop.db import migrate
from localex_desktop.db.connection import Database, ensure_database, make_engine
from localex_desktop.domain.roles import Actor
from localex_desktop.services import members, operators, settings
from localex_desktop.services.members import MemberInput
from localex_desktop.services.operators import OperatorInfo
from localex_desktop.ui import connection_status
from localex_desktop.ui.context import AppContext, window_settings
from localex_desktop.ui.errors import describe
from localex_desktop.ui.main_window import MainWindow
from localex_desktop.ui.tasks import TaskRunner

from ..server_cluster import _TcpServer
from ..waiting import DEADLINE_MS
from .conftest import Boxes
from .helpers import shown

pytestmark = pytest.mark.allow_errors  # the listener logs its lost connection as it should


class Outage:
    """A server of this test's own: stopped and started again on the same port."""

    def __init__(self, folder: Path) -> None:
        self.server = _TcpServer.acquire(folder)
        self.port = self.server.endpoint.port
        self.running = True

    def stop(self) -> None:
        self.server._pg_ctl("stop", "-m", "fast", "-w", "-t", "60")
        self.running = False

    def start(self) -> None:
        opts = f"-c listen_addresses=127.0.0.1 -c unix_socket_directories='' -p {self.port}"
        log = str(self.server.log_file)
        self.server._pg_ctl("start", "-w", "-t", "60", "-l", log, "-o", opts)
        self.running = True

    def release(self) -> None:
        if not self.running:
            self.start()
        self.server.release()


@pytest.fixture
def outage(tmp_path: Path) -> Iterator[Outage]:
    made = Outage(tmp_path / "outage")
    yield made
    made.release()


@pytest.fixture
def server_db(outage: Outage) -> Iterator[Database]:
    """A migrated exchange on that server, opened in server mode as a desktop would."""
    ensure_database(make_url(outage.server.url("postgres")), "exchange")
    url = make_url(outage.server.url("exchange"))
    database = Database(make_engine(url), "server", url)
    migrate.upgrade(database.engine)
    with database.transaction() as s:
        settings.seed_defaults(s)
    yield database
    database.close()


@pytest.fixture
def window(qtbot: QtBot, server_db: Database) -> Iterator[MainWindow]:
    with server_db.transaction() as s:
        anna = operators.create_first_admin(s, "anna", "correct horse", "Anna Berg")
    assert isinstance(anna, OperatorInfo)
    pool = QThreadPool()
    ctx = AppContext(server_db, anna.actor(), TaskRunner(pool), window_settings(), anna)
    made = shown(qtbot, MainWindow(ctx, auto_backup=False), None)
    yield made
    made.live.stop()
    made.close()
    pool.waitForDone(DEADLINE_MS)


def names(session: sa.orm.Session, actor: Actor) -> list[str]:
    return [m.name for m in members.search(session, actor, "")]


def test_the_window_says_when_the_server_goes_away_and_when_it_is_back(
    qtbot: QtBot,
    window: MainWindow,
    outage: Outage,
    boxes: Boxes,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(connection_status, "OFFLINE_AFTER_MS", 1500)
    label = window.connection_label
    qtbot.waitUntil(lambda: label.up is True, timeout=DEADLINE_MS)
    assert label.text() == "Server: 127.0.0.1"
    assert label.accessibleDescription() == "connected"
    ctx = window.ctx

    outage.stop()
    qtbot.waitUntil(lambda: "reconnecting" in label.text(), timeout=DEADLINE_MS)
    assert label.text() == "Server: 127.0.0.1 — not answering, reconnecting…"
    # a query meanwhile: a sentence, never "a fault in LocalEx"
    failed: list[tuple[str, str]] = []
    ctx.query(names, on_error=lambda exc: failed.append(describe_words(exc)), owner=window)
    qtbot.waitUntil(lambda: bool(failed), timeout=DEADLINE_MS)
    message, hint = failed[0]
    assert message == "The database server at 127.0.0.1 is not answering; LocalEx will reconnect."
    assert "Nothing is saved by halves" in hint
    # a change meanwhile, with no handler of its own: the same words in a warning box
    ctx.op(lambda s, a: members.create(s, a, MemberInput(name="Eve")), owner=window)
    qtbot.waitUntil(lambda: bool(boxes.shown), timeout=DEADLINE_MS)
    assert boxes.last.text == message
    assert all("fault" not in b.text for b in boxes.shown)
    # the open pages, refreshed meanwhile, say the same in their message line
    pages = [window.show_page(name) for name in ("dashboard", "members")]
    for page in pages:
        page.refresh()  # type: ignore[attr-defined]
        qtbot.waitUntil(lambda p=page: "not answering" in p.message.text(), timeout=DEADLINE_MS)
        assert page.message.text().startswith(message)  # type: ignore[attr-defined]
    # still down after a while: offline (and still trying)
    qtbot.waitUntil(lambda: "offline" in label.text(), timeout=DEADLINE_MS)
    assert label.text() == "Server: 127.0.0.1 — offline, trying again…"

    outage.start()
    qtbot.waitUntil(lambda: label.up is True, timeout=60_000)
    assert (
        label.text() == "Server: 127.0.0.1"
        and label.accessibleDescription() == "connected"
        and not label.styleSheet()
    )
    assert window.statusBar().currentMessage().startswith("Connected again")
    # the page on screen was read again by itself, the other one is when shown
    for page in reversed(pages):
        window.show_page("members" if page is pages[1] else "dashboard")
        qtbot.waitUntil(
            lambda p=page: "not answering" not in p.message.text(),  # type: ignore[attr-defined]
            timeout=DEADLINE_MS,
        )
    done: list[list[str]] = []
    ctx.query(names, done.append, owner=window)  # and the work goes on as before
    qtbot.waitUntil(lambda: bool(done), timeout=DEADLINE_MS)
    assert done[0] == []


def describe_words(exc: BaseException) -> tuple[str, str]:
    return describe(exc)
