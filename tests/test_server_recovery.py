"""Restart after a crash (issue 13, problem 7): a stale postmaster.pid never blocks start-up.

Each test leaves the cluster as a crash would (a half-written pid file, the id of a
process that is gone, a zombie, another program, another cluster's postgres, a postmaster
killed while starting) and checks that the next start works and says so in one line.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import psutil
import pytest
import sqlalchemy as sa
from sqlalchemy.engine import make_url

from localex_desktop.db.embedded import EmbeddedServer
from localex_desktop.db.pg_server import tool_path
from localex_desktop.db.server_files import live_postmaster
from localex_desktop.db.service_account import service_account

from .accounts import as_account
from .cli_helpers import run_cli
from .waiting import wait_for


@pytest.fixture(scope="module")
def stopped(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, list[str]]]:
    """A stopped cluster and the lines its postmaster.pid had while it ran."""
    data = tmp_path_factory.mktemp("crash") / "data"
    server = EmbeddedServer.acquire(data)
    lines = (server.pgdata / "postmaster.pid").read_text().splitlines()
    server.release()
    yield data, lines


def answers(data: Path) -> str | None:
    """Start (or join) the server, run one query, leave; the start's notice."""
    server = EmbeddedServer.acquire(data)
    try:
        engine = sa.create_engine(make_url(server.url("postgres")), poolclass=sa.NullPool)
        with engine.connect() as conn:
            assert conn.execute(sa.text("SELECT 1")).scalar_one() == 1
        engine.dispose()
        return server.notice
    finally:
        server.release()


def write_pid_file(data: Path, lines: list[str]) -> None:
    (data / "pgdata" / "postmaster.pid").write_text("".join(ln + "\n" for ln in lines))


def test_a_half_written_pid_file(stopped: tuple[Path, list[str]]) -> None:
    data, lines = stopped
    write_pid_file(data, [*lines[:1], "/"])  # cut short by the crash, and never "ready"
    assert "starting it again" in str(answers(data))


def test_an_empty_pid_file(stopped: tuple[Path, list[str]]) -> None:
    data, _ = stopped
    write_pid_file(data, [])
    assert "incomplete" in str(answers(data))


def test_the_id_of_a_process_that_is_gone(stopped: tuple[Path, list[str]]) -> None:
    data, lines = stopped
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)  # fmt: skip
    write_pid_file(data, [gone.stdout.strip(), *lines[1:]])
    assert "gone" in str(answers(data))


def test_the_id_now_used_by_another_program(stopped: tuple[Path, list[str]]) -> None:
    data, lines = stopped
    write_pid_file(data, [str(os.getpid()), *lines[1:]])  # this pytest: alive, not postgres
    assert "another program" in str(answers(data))


def test_a_zombie(stopped: tuple[Path, list[str]]) -> None:
    data, lines = stopped
    child = subprocess.Popen(["true"])
    wait_for(lambda: _is_zombie(child.pid), "the child became a zombie")
    try:
        write_pid_file(data, [str(child.pid), *lines[1:]])
        assert "zombie" in str(answers(data))
    finally:
        child.wait()


def test_the_postgres_of_another_cluster(
    stopped: tuple[Path, list[str]], pg_server: EmbeddedServer
) -> None:
    data, lines = stopped
    other = (pg_server.pgdata / "postmaster.pid").read_text().splitlines()
    write_pid_file(data, [other[0], *lines[1:]])  # a live postmaster, but not of this folder
    assert "another data folder" in str(answers(data))
    assert live_postmaster(pg_server.pgdata) is not None  # the other one was left alone


def test_a_postmaster_killed_while_starting(stopped: tuple[Path, list[str]]) -> None:
    """As in the issue: killed during start-up, left unreaped; the next command works."""
    data, _ = stopped
    pgdata = data / "pgdata"
    account = service_account()
    postmaster = subprocess.Popen(
        [str(tool_path("postgres")), "-D", str(pgdata), "-c", "listen_addresses=",
         "-k", str(pgdata)],
        **as_account(account), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        wait_for(lambda: (pgdata / "postmaster.pid").exists(), "the postmaster wrote its pid")
        postmaster.send_signal(signal.SIGKILL)
        wait_for(lambda: _is_zombie(postmaster.pid), "the postmaster is a zombie")
        assert "starting it again" in str(answers(data))
    finally:
        postmaster.wait()


def test_the_next_command_says_so_in_one_line(
    stopped: tuple[Path, list[str]], cli_env: dict[str, str]
) -> None:
    data, lines = stopped
    write_pid_file(data, lines[:2])
    proc = run_cli("--data-dir", str(data), "info", env=cli_env)
    assert proc.returncode == 0, proc.stderr
    notes = [ln for ln in proc.stderr.splitlines() if "starting it again" in ln]
    assert len(notes) == 1 and notes[0].startswith("localex: The built-in database server")


def _is_zombie(pid: int) -> bool:
    try:
        return bool(psutil.Process(pid).status() == psutil.STATUS_ZOMBIE)
    except psutil.NoSuchProcess:
        return False
