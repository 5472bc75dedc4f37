"""A GUI ended by SIGTERM or SIGHUP lets go of the built-in server as a normal close does.

A real ``localex-desktop`` runs in a subprocess (offscreen), opens the data folder and
waits at the sign-in; the signal must close it, take it off the server's user list and,
as it was the last user, stop the server (issue 13, problem 6's second half).
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from .cli_helpers import ROOT, run_cli, server_running
from .waiting import wait_for

GUI = (
    "import sys\n"
    f"sys.path.insert(0, {str(ROOT)!r})\n"
    "from tests import throwaway\n"
    "throwaway.apply()\n"
    "from localex_desktop.launch import main\n"
    "sys.exit(main(sys.argv[1:]))\n"
)


def users(data: Path) -> list[int]:
    try:
        return [int(p) for p in json.loads((data / "server-users.json").read_text())]
    except (OSError, ValueError):
        return []


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGHUP])
def test_a_signal_closes_the_gui_and_releases_the_server(
    tmp_path: Path, cli_env: dict[str, str], sig: signal.Signals
) -> None:
    data = tmp_path / "data"
    made = run_cli(
        "--data-dir", str(data), "init", "--admin-user", "admin", "--admin-password-stdin",
        env=cli_env, stdin="correct horse battery\n",
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    env = dict(cli_env, QT_QPA_PLATFORM="offscreen")
    errors = tmp_path / "stderr.txt"
    with errors.open("w") as err:
        gui = subprocess.Popen(
            [sys.executable, "-c", GUI, "--data-dir", str(data)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=err,
        )
    try:
        wait_for(lambda: gui.pid in users(data), "the GUI registered with the server")
        wait_for(lambda: _logged(cli_env, "starting"), "the GUI is up")
        gui.send_signal(sig)
        code = gui.wait(timeout=60)
    finally:
        if gui.poll() is None:
            gui.kill()
            gui.wait()
    assert code == 0, errors.read_text()
    assert gui.pid not in users(data)
    assert not server_running(data)  # it was the last user: the server stopped
    assert _logged(cli_env, f"told to end ({sig.name})")


def _logged(env: dict[str, str], text: str) -> bool:
    log = Path(env["LOCALEX_LOG_DIR"]) / "localex-desktop.log"
    return log.exists() and text in log.read_text()
