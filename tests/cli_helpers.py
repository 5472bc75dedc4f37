"""Run the admin command in a real subprocess, as a person or a script would."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any


def run_cli(
    *args: str, env: dict[str, str], stdin: str | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "localex_desktop.cli.main", *args],
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
