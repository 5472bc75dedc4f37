"""Run the admin command in a real subprocess, as a person or a script would.

The subprocess runs `localex`'s own ``main`` after :func:`tests.throwaway.apply`, so the
clusters it creates skip fsync and its password hashes are cheap, as in the test process.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from localex_desktop.db.embedded import EmbeddedServer

ROOT = Path(__file__).resolve().parent.parent
#: `python -c LAUNCH args…`: the admin command with the test suite's throw-away settings
LAUNCH = (
    "import sys\n"
    f"sys.path.insert(0, {str(ROOT)!r})\n"
    "from tests import throwaway\n"
    "throwaway.apply()\n"
    "from localex_desktop.cli.main import main\n"
    "sys.exit(main(sys.argv[1:]))\n"
)


def run_cli(
    *args: str, env: dict[str, str], stdin: str | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", LAUNCH, *args],
        input=stdin,
        text=True,
        capture_output=True,
        env=env,
        timeout=timeout,
    )


def run_json(*args: str, env: dict[str, str], stdin: str | None = None) -> Any:
    proc = run_cli("--json", *args, env=env, stdin=stdin)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def server_running(data_dir: Path) -> bool:
    import psutil

    pid_file = data_dir / "pgdata" / "postmaster.pid"
    if not pid_file.exists():
        return False
    try:
        return psutil.pid_exists(int(pid_file.read_text().splitlines()[0]))
    except (ValueError, IndexError):
        return False


@contextmanager
def initialised_data_dir(env: dict[str, str], prefix: str) -> Iterator[tuple[Path, EmbeddedServer]]:
    """A data folder made by `localex init`, its server held open while the block runs.

    Not under pytest's tmp_path: a pytest session started meanwhile (by anyone) resets
    /tmp/pytest-of-USER to 0700, which locks out the server's service user when run as
    root. Holding the server open (as the GUI would) means each command then only pays
    for starting Python, not PostgreSQL.
    """
    data_dir = Path(tempfile.mkdtemp(prefix=prefix)) / "data"
    run_json("--data-dir", str(data_dir), "init", env=env)
    server = EmbeddedServer.acquire(data_dir)
    try:
        yield data_dir, server
    finally:
        server.release()
        shutil.rmtree(data_dir.parent, ignore_errors=True)
