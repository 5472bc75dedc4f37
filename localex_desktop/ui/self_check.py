"""``--self-check``: open the database and the main window offscreen, print one line.

The smoke test of a packaged build (packaging/, `make package-test`); it leaves the
person's setup as it was.
"""

from __future__ import annotations

import argparse
import logging
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QEventLoop, QSettings, QThreadPool, QTimer

from localex_desktop.db.connection import Database, is_configured, open_database, resolve_target
from localex_desktop.domain.errors import LocalexError, SchemaMismatch
from localex_desktop.domain.roles import Actor, Role
from localex_desktop.services import system
from localex_desktop.services.system import inspect_database
from localex_desktop.ui.context import AppContext
from localex_desktop.ui.errors import describe
from localex_desktop.ui.main_window import MainWindow
from localex_desktop.ui.pages.administration.page import AdministrationPage
from localex_desktop.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

SELF_CHECK_TIMEOUT_MS = 120_000


def self_check(args: argparse.Namespace, tasks: TaskRunner) -> int:
    """Open the database and the main window offscreen; print one line; 0 if all worked.

    It leaves the person's setup as it was: the window's remembered size and page go to
    a scratch file, and with no exchange set up yet (no option, nothing configured) the
    check runs in a temporary data folder, so the first start still asks where to keep
    the data.
    """
    with tempfile.TemporaryDirectory(prefix="localex-self-check-") as scratch:
        if not args.data_dir and not args.database_url and not is_configured():
            args.data_dir = str(Path(scratch) / "data")
            print("No exchange is set up yet: checking in a temporary data folder.")
        settings = QSettings(str(Path(scratch) / "window.ini"), QSettings.Format.IniFormat)
        return _self_check(args, tasks, settings)


def _self_check(args: argparse.Namespace, tasks: TaskRunner, settings: QSettings) -> int:
    started = time.perf_counter()
    db: Database | None = None
    window: MainWindow | None = None
    try:
        db = open_database(resolve_target(args.data_dir, args.database_url))
        state = inspect_database(db)
        if state.status.current is None:
            system.initialise(db)
        elif not state.status.up_to_date:
            raise SchemaMismatch(
                f"The database schema is at {state.status.current}; this program needs "
                f"{state.status.head}.",
                hint="Start the program normally to upgrade it.",
            )
        ctx = AppContext(db, Actor(name="self-check", role=Role.ADMIN), tasks, settings)
        window = MainWindow(ctx)
        window.show()
        page = window.show_page("administration")
        assert isinstance(page, AdministrationPage)
        page.show_tab(page.database_tab)
        info = _wait_for_info(page)
        elapsed = time.perf_counter() - started
        print(
            f"self-check ok: schema {info.schema_revision}, "
            f"PostgreSQL {info.server_version}, {elapsed:.2f} s"
        )
        return 0
    except Exception as exc:
        message, hint = describe(exc)
        log.error("self-check failed: %s", message)
        print(f"self-check failed: {message} {hint}".strip(), file=sys.stderr)
        return 1
    finally:
        if window is not None:
            window.close()
            window.deleteLater()
        QThreadPool.globalInstance().waitForDone(30_000)
        if db is not None:
            db.close()


def _wait_for_info(page: AdministrationPage) -> system.Info:
    """Let the event loop run until the Database tab has loaded (or failed, or timed out)."""
    tab = page.database_tab
    if tab.info is None:
        loop = QEventLoop()
        errors: list[str] = []
        tab.loaded.connect(loop.quit)
        tab.load_failed.connect(errors.append)
        tab.load_failed.connect(loop.quit)
        QTimer.singleShot(SELF_CHECK_TIMEOUT_MS, loop.quit)
        loop.exec()
        if errors:
            raise LocalexError(f"The Database page could not load: {errors[0]}")
    if tab.info is None:
        raise LocalexError(
            f"The Database page did not load within {SELF_CHECK_TIMEOUT_MS // 1000} s."
        )
    return tab.info
