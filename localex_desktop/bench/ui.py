"""`localex bench ui`: how fast the Ledger page shows its first rows, and its memory.

On a scratch cluster, two ledgers: 1,000 entries and N entries. For each, the time
from creating the Ledger page (offscreen, real worker threads) to its first rows
painted, median of five openings after one warm-up. Then, on the large ledger,
the growth of the process's resident memory after scrolling the journal to its end.

Qt is imported inside :func:`run` only, so ``localex`` starts without it.
"""

from __future__ import annotations

import gc
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa

from localex_desktop.bench.common import BenchResult, open_scratch_db, scratch_cluster
from localex_desktop.bench.ledger import ACTOR, _bulk_fill, _setup_members
from localex_desktop.db.connection import Database

SMALL = 1000
REPEAT = 5
TIMEOUT_S = 60.0


@dataclass
class UiBenchResult(BenchResult):
    first_rows_ms_small: float
    first_rows_ms_large: float
    scroll_end_memory_mb: float
    entries: int
    rows_scrolled: int
    scroll_end_s: float

    CELLS = (
        ("first_rows_ms_small", 1),
        ("first_rows_ms_large", 1),
        ("first_rows_ratio", "first_rows_ms_large", "first_rows_ms_small"),
        ("scroll_end_memory_mb", 1),
        ("entries", None),
        ("rows_scrolled", None),
        ("scroll_end_s", 1),
    )


def _fill(db: Database, members: int, entries: int, progress: Callable[[str], None]) -> None:
    ids = _setup_members(db, members)
    _bulk_fill(db, ids[0], ids[1:], entries, progress)
    with db.engine.begin() as conn:
        conn.execute(sa.text("ANALYZE"))


def _entry_count(db: Database) -> int:
    with db.session() as s:
        return int(s.scalar(sa.text("SELECT count(*) FROM entries")) or 0)


def run(entries: int = 1_000_000, progress: Callable[[str], None] = print) -> UiBenchResult:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import psutil
    from PySide6.QtCore import QEventLoop, QSettings, QTimer, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from localex_desktop.ui.context import AppContext
    from localex_desktop.ui.pages.ledger.page import LedgerPage
    from localex_desktop.ui.tasks import TaskRunner

    def quiet(_kind: object, _context: object, message: str) -> None:
        if "propagateSizeHints" not in message:  # the offscreen platform's only complaint
            progress(f"Qt: {message}")

    qInstallMessageHandler(quiet)
    app = QApplication.instance() or QApplication(["localex-bench-ui"])
    settings_dir = Path(tempfile.mkdtemp(prefix="localex-bench-ui-"))
    settings = QSettings(str(settings_dir / "window.ini"), QSettings.Format.IniFormat)

    def wait(until: Callable[[], bool]) -> None:
        """Run the event loop until ``until()`` holds (checked every millisecond)."""
        if until():
            return
        deadline = time.perf_counter() + TIMEOUT_S
        loop = QEventLoop()
        timer = QTimer()
        timer.setInterval(1)

        def check() -> None:
            if until() or time.perf_counter() > deadline:
                loop.quit()

        timer.timeout.connect(check)
        timer.start()
        loop.exec()
        timer.stop()
        if not until():
            raise RuntimeError("the Ledger page did not show its rows in time")

    def open_page(db: Database) -> tuple[LedgerPage, float]:
        ctx = AppContext(db, ACTOR, TaskRunner(), settings)
        start = time.perf_counter()
        page = LedgerPage(ctx)
        page.resize(1100, 700)
        page.show()
        wait(lambda: page.model.rowCount() > 0)
        page.table.viewport().repaint()
        app.processEvents()
        return page, (time.perf_counter() - start) * 1000

    def first_rows_ms(db: Database) -> float:
        samples = []
        for attempt in range(REPEAT + 1):
            page, ms = open_page(db)
            page.close()
            page.deleteLater()
            app.processEvents()
            if attempt:  # the first one warms caches and imports
                samples.append(ms)
        return statistics.median(samples)

    with scratch_cluster() as server:
        small = open_scratch_db(server, "ui_small")
        progress(f"filling a ledger of {SMALL:,} entries")
        _fill(small, 20, SMALL, lambda _m: None)
        large = open_scratch_db(server, "ui_large")
        progress(f"filling a ledger of {entries:,} entries")
        _fill(large, 200, entries, progress)
        progress("opening the Ledger page on both")
        ms_small = first_rows_ms(small)
        ms_large = first_rows_ms(large)

        progress("scrolling the large journal to its end")
        page, _ms = open_page(large)
        gc.collect()
        process = psutil.Process()
        before = process.memory_info().rss
        started = time.perf_counter()
        model = page.model
        while model.has_more:
            loaded = model.rowCount()
            page.table.scrollToBottom()
            app.processEvents()
            wait(lambda: model.rowCount() > loaded or not model.has_more)  # noqa: B023
        page.table.scrollToBottom()
        page.table.viewport().repaint()
        app.processEvents()
        scroll_s = time.perf_counter() - started
        gc.collect()
        growth = (process.memory_info().rss - before) / (1024 * 1024)
        rows = page.model.rowCount()
        page.close()
        count = _entry_count(large)
        small.close()
        large.close()
    return UiBenchResult(ms_small, ms_large, growth, count, rows, scroll_s)
