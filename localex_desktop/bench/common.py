"""A scratch embedded cluster for benchmarks, and small timing helpers."""

from __future__ import annotations

import re
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, ClassVar

from sqlalchemy.engine import make_url

from localex_desktop.db import admin
from localex_desktop.db.connection import Database, make_engine
from localex_desktop.db.embedded import EmbeddedServer


@contextmanager
def scratch_cluster() -> Iterator[EmbeddedServer]:
    folder = Path(tempfile.mkdtemp(prefix="localex-bench-"))
    server = EmbeddedServer.acquire(folder)
    try:
        yield server
    finally:
        server.release()
        shutil.rmtree(folder, ignore_errors=True)


def open_scratch_db(server: EmbeddedServer, name: str) -> Database:
    admin.ensure_database(make_url(server.url("postgres")), name)
    url = make_url(server.url(name))
    return Database(make_engine(url), "embedded", url, data_dir=server.data_dir)


def drop_db(server: EmbeddedServer, name: str) -> None:
    admin.drop_database(make_url(server.url("postgres")), name)


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def median_ms(fn: Callable[[], object], repeat: int) -> float:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def pgbench_tps(server: EmbeddedServer, database: str, clients: int, seconds: int) -> float:
    proc = server.run_tool(
        "pgbench",
        ["-n", "-c", str(clients), "-j", str(clients), "-T", str(seconds), database],
        timeout=seconds + 120,
    )
    if proc.returncode != 0:
        raise RuntimeError(f"pgbench failed: {proc.stderr.strip()}")
    match = re.search(r"tps = ([0-9.]+)", proc.stdout)
    if match is None:
        raise RuntimeError(f"pgbench printed no tps: {proc.stdout}")
    return float(match.group(1))


#: one key of a result's ``as_dict``: a field and its decimals (None: as it is), or a
#: ratio with the two fields it divides (to 2 decimals)
Cell = tuple[str, int | None] | tuple[str, str, str]


class BenchResult:
    """A benchmark's figures; :attr:`CELLS` declares what :meth:`as_dict` reports, in order."""

    CELLS: ClassVar[tuple[Cell, ...]] = ()

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for cell in self.CELLS:
            if len(cell) == 3:
                key, top, bottom = cell
                out[key] = round(getattr(self, top) / getattr(self, bottom), 2)
            else:
                key, digits = cell
                value = getattr(self, key)
                out[key] = value if digits is None else round(value, digits)
        return out
