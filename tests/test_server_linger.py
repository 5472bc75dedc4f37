"""The built-in server stays up a while after the last command (issue 14, item 3), so
the second and later commands of a script do not start PostgreSQL again; then it stops
by itself. `localex server status|stop` say and do it without starting anything.
"""

from __future__ import annotations

import json
import shutil
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from localex_desktop.db import server_files, server_users

from .cli_helpers import run_cli, run_json

LINGER_S = 6


@pytest.fixture
def folder(cli_env: dict[str, str]) -> Iterator[tuple[Path, dict[str, str]]]:
    # not under pytest's tmp_path (the service user as root: see tests/test_cli_ledger.py)
    data = Path(tempfile.mkdtemp(prefix="localex-linger-")) / "data"
    env = dict(cli_env, **{server_users.LINGER_ENV: str(LINGER_S)})
    run_json("--data-dir", str(data), "init", env=env)
    yield data, env
    run_cli("--data-dir", str(data), "server", "stop", env=env)
    shutil.rmtree(data.parent, ignore_errors=True)


def running(data: Path) -> bool:
    return isinstance(server_files.live_postmaster(data / "pgdata"), server_files.PidFile)


def started_count(data: Path) -> int:
    """How many times the cluster was started (its own log says so each time)."""
    log = (data / "pgdata" / "server.log").read_text(encoding="utf-8", errors="replace")
    return log.count("database system is ready to accept connections")


def test_a_second_command_finds_the_server_running(
    folder: tuple[Path, dict[str, str]],
) -> None:
    data, env = folder
    assert running(data)  # init left it up for the next command
    starts = started_count(data)
    assert starts >= 1
    pid = server_files.live_postmaster(data / "pgdata")
    for _ in range(3):
        member = run_json("--data-dir", str(data), "member", "add", "--name", "Ann", env=env)
        assert int(member["id"]) > 0
    assert started_count(data) == starts  # no new start for any of them
    assert server_files.live_postmaster(data / "pgdata") == pid
    status = run_json("--data-dir", str(data), "server", "status", env=env)
    assert status["running"] is True and status["users"] == []
    assert 0 < status["lingers_seconds"] <= LINGER_S
    text = run_cli("--data-dir", str(data), "server", "status", env=env).stdout
    assert text.startswith("Running, used by nobody; it stops in ")


def test_it_stops_by_itself_after_the_linger(folder: tuple[Path, dict[str, str]]) -> None:
    data, env = folder
    run_json("--data-dir", str(data), "member", "add", "--name", "Bo", env=env)
    assert running(data)
    deadline = time.monotonic() + LINGER_S + 20
    linger = data / server_users.LINGER_FILE
    # the watcher removes its deadline right after pg_ctl stop returns (under the lock)
    while (running(data) or linger.exists()) and time.monotonic() < deadline:
        time.sleep(0.5)
    assert not running(data), "the watcher did not stop the server"
    assert not linger.exists()
    # and the next command starts it again, as before
    again = run_json("--data-dir", str(data), "member", "list", env=env)
    assert [m["name"] for m in again] == ["Bo"]


def test_stop_is_refused_while_a_program_uses_it(
    folder: tuple[Path, dict[str, str]],
) -> None:
    data, env = folder
    users = data / server_users.USERS_FILE
    users.write_text(json.dumps([server_users.os.getpid()]))  # this test "uses" it
    refused = run_cli("--data-dir", str(data), "server", "stop", env=env)
    assert refused.returncode == 1 and "in use by 1 program" in refused.stderr
    assert running(data)
    users.write_text("[]")
    stopped = run_cli("--data-dir", str(data), "server", "stop", env=env)
    assert stopped.returncode == 0 and stopped.stdout.strip() == "Stopped the built-in server."
    assert not running(data)
    status = run_json("--data-dir", str(data), "server", "status", env=env)
    assert status["running"] is False
    again = run_cli("--data-dir", str(data), "server", "stop", env=env)
    assert again.stdout.strip() == "The built-in server was not running."


def test_server_commands_refuse_a_server_url(cli_env: dict[str, str]) -> None:
    proc = run_cli("--database-url", "postgresql://u@127.0.0.1/x", "server", "status", env=cli_env)
    assert proc.returncode == 1
    assert "not the built-in one" in proc.stderr and "Traceback" not in proc.stderr


def test_the_setting_and_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    from localex_desktop.config import machine

    monkeypatch.delenv(server_users.LINGER_ENV, raising=False)
    assert server_users.linger_seconds() == 300  # the default: five minutes
    machine.put(server_users.LINGER_SETTING, 2)
    assert server_users.linger_seconds() == 120
    monkeypatch.setenv(server_users.LINGER_ENV, "0")
    assert server_users.linger_seconds() == 0


def test_an_installer_sets_the_deadline_to_now(folder: tuple[Path, dict[str, str]]) -> None:
    """install.sh, uninstall.sh and the .deb's guards write the deadline 0 in place (a
    shell's `>`: the watcher may read it half-written) and wait for the server to stop."""
    data, env = folder
    run_json("--data-dir", str(data), "member", "add", "--name", "Cy", env=env)
    linger = server_users.read_linger(data)
    assert linger is not None and linger.watcher is not None and running(data)
    with (data / server_users.LINGER_FILE).open("w") as out:  # truncated, then written
        out.write('{"until": 0, ')
        out.flush()
        time.sleep(0.3)
        out.write(f'"watcher": {linger.watcher}}}\n')
    deadline = time.monotonic() + 15
    while running(data) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not running(data)
