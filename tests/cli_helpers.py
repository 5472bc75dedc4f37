"""Run the admin command in a real subprocess, as a person or a script would.

The subprocess runs `localex`'s own ``main`` after :func:`tests.throwaway.apply`, so the
clusters it creates skip fsync and its password hashes are cheap, as in the test process.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

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
