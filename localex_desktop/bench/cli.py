"""`localex bench cli`: how long a `localex` command takes, next to the floor for any
Python command that reads the same figure.

On a scratch data folder with one member:

* ``cli_warm_s``: median wall time of ``localex balance 1`` with the built-in server up
  (another program uses it, or it lingers after the last command: db/server_users.py);
* ``bare_s``: median of a bare ``python -c`` that imports psycopg, connects to the same
  server and reads the same balance — what no Python command can go below;
  ``cli_warm_ratio`` = the two; target at most 2;
* ``cli_cold_s``: ``localex balance 1`` with the server stopped before and after each
  run (``LOCALEX_SERVER_LINGER=0``): what every command paid before the server lingered.

The runs alternate (command, bare, command, bare …) so a drift of the machine's speed
touches both sides alike.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from localex_desktop.bench.common import BenchResult
from localex_desktop.db import server_users
from localex_desktop.db.connection import Target, open_database
from localex_desktop.db.embedded import EmbeddedServer
from localex_desktop.domain.roles import Actor, Role
from localex_desktop.services import members, system

ACTOR = Actor(name="bench", role=Role.ADMIN)

_BARE = """
import sys, psycopg
with psycopg.connect(sys.argv[1]) as conn:
    row = conn.execute(
        "SELECT a.balance FROM accounts a WHERE a.member_id = %s", (int(sys.argv[2]),)
    ).fetchone()
print(row[0])
"""


@dataclass
class CliBenchResult(BenchResult):
    cli_warm_s: float
    bare_s: float
    cli_cold_s: float
    runs: int

    CELLS = (
        ("cli_warm_s", 3),
        ("bare_s", 3),
        ("cli_warm_ratio", "cli_warm_s", "bare_s"),
        ("cli_cold_s", 3),
        ("cli_cold_ratio", "cli_cold_s", "cli_warm_s"),
        ("runs", None),
    )


def command() -> list[str]:
    """This program's ``localex`` (the packaged one beside it, or this Python's module)."""
    if getattr(sys, "frozen", False):
        return [sys.executable]  # `localex bench` runs in the packaged localex itself
    return [sys.executable, "-m", "localex_desktop.cli.main"]


def _wall(args: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    proc = subprocess.run(args, env=env, capture_output=True, text=True, check=False)
    took = time.perf_counter() - started
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(args[-3:])} failed: {proc.stderr.strip()}")
    return took


def run(runs: int = 20, progress: Any = print) -> CliBenchResult:
    folder = Path(tempfile.mkdtemp(prefix="localex-bench-cli-")) / "data"
    env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
    env.update(LOCALEX_CONFIG_DIR=str(folder.parent / "config"))
    env.update(LOCALEX_LOG_DIR=str(folder.parent / "logs"))
    env.pop("LOCALEX_DATABASE_URL", None)
    balance = [*command(), "--data-dir", str(folder), "balance", "1"]
    db = open_database(Target("embedded", data_dir=folder))
    try:
        system.initialise(db)
        with db.transaction() as s:
            members.create(s, ACTOR, members.MemberInput(name="Bench Member"))
        assert db.server is not None
        conninfo = db.server.url().replace("postgresql+psycopg://", "postgresql://", 1)
        bare = [sys.executable, "-c", _BARE, conninfo, "1"]
        progress(f"{runs} runs of `localex balance 1` and of a bare psycopg read, alternating…")
        _wall(balance, env)  # warm the file cache once, for both
        warm, floor = [], []
        for _ in range(runs):
            warm.append(_wall(balance, env))
            floor.append(_wall(bare, env))
    finally:
        db.close()  # the last user: the server stops (or lingers, as set here)
    cold_env = dict(env, **{server_users.LINGER_ENV: "0"})
    progress("3 runs with the server stopped before each…")
    cold = []
    try:
        for _ in range(3):
            server_users.stop_now(EmbeddedServer.handle(folder))
            cold.append(_wall(balance, cold_env))
    finally:
        server_users.stop_now(EmbeddedServer.handle(folder))
        shutil.rmtree(folder.parent, ignore_errors=True)
    return CliBenchResult(
        statistics.median(warm), statistics.median(floor), statistics.median(cold), runs
    )
