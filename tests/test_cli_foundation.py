"""`localex init`, `info`, `migrate` and the exit codes, run as subprocesses."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from localex_desktop.db.embedded import EmbeddedServer

from .cli_helpers import run_cli, run_json, server_running
from .waiting import wait_for


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


def init_admin(data_dir: Path, user: str) -> tuple[str, ...]:
    """The arguments of `localex init` that make ``user`` the administrator; the
    password comes on standard input."""
    return ("--data-dir", str(data_dir), "init", "--admin-user", user, "--admin-password-stdin")


def test_init_then_info_reports_head(data_dir: Path, cli_env: dict[str, str]) -> None:
    proc = run_cli(*init_admin(data_dir, "admin"), env=cli_env, stdin="correct horse battery\n")
    assert proc.returncode == 0, proc.stderr
    assert "Administrator 'admin' created" in proc.stdout
    assert "localex-desktop will open this data folder" in proc.stdout
    # the folder is remembered: the desktop program (and `localex`) open it by default
    remembered = run_json("info", env=cli_env)
    assert remembered["data_dir"] == str(data_dir.resolve())
    info = run_json("--data-dir", str(data_dir), "info", env=cli_env)
    assert set(info) >= {
        "app_version",
        "data_dir",
        "database_url",
        "server_version",
        "schema_revision",
        "head_revision",
    }
    assert info["schema_revision"] == info["head_revision"]
    assert info["data_dir"] == str(data_dir.resolve())
    assert info["server_version"].startswith("18")
    # made by `localex` itself, as the tests run it: a throw-away cluster (tests/throwaway.py)
    assert "fsync = off" in (data_dir / "pgdata" / "postgresql.conf").read_text()
    # again: harmless, adds nobody
    again = run_json(*init_admin(data_dir, "other"), env=cli_env, stdin="another long password\n")
    assert again["admin_created"] is False and again["migrated"] is False
    # the last user left: the server is stopped
    assert not server_running(data_dir)


def test_a_second_exchange_does_not_take_the_first_ones_place(
    tmp_path: Path, cli_env: dict[str, str]
) -> None:
    """init --data-dir B after A: the desktop (and a nightly `localex backup`) keep A."""
    first, second = tmp_path / "first", tmp_path / "second exchange"
    assert run_cli("--data-dir", str(first), "init", env=cli_env).returncode == 0
    proc = run_cli("--data-dir", str(second), "init", env=cli_env)
    assert proc.returncode == 0, proc.stderr
    assert "still open the exchange they used before" in proc.stdout
    assert f"--data-dir '{second.resolve()}'" in proc.stdout
    assert run_json("info", env=cli_env)["data_dir"] == str(first.resolve())
    again = run_cli("--data-dir", str(first), "init", env=cli_env)  # the usual one: quiet
    assert "still open" not in again.stdout and "will open" not in again.stdout


def test_short_admin_password_is_refused(data_dir: Path, cli_env: dict[str, str]) -> None:
    proc = run_cli(*init_admin(data_dir, "admin"), env=cli_env, stdin="short\n")
    assert proc.returncode == 1
    assert "at least 10 characters" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert not data_dir.exists()  # refused before anything was made


def test_usage_errors_exit_2(cli_env: dict[str, str]) -> None:
    assert run_cli("frobnicate", env=cli_env).returncode == 2
    assert run_cli("migrate", env=cli_env).returncode == 2


def test_version_is_fast_and_imports_no_qt(cli_env: dict[str, str]) -> None:
    code = (
        "import sys, runpy; sys.argv=['localex','--version'];\n"
        "try:\n runpy.run_module('localex_desktop.cli.main', run_name='__main__')\n"
        "except SystemExit: pass\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt imported'\n"
        "assert 'sqlalchemy' not in sys.modules, 'sqlalchemy imported for --version'\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=cli_env)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("localex ")


def test_migrate_status_down_and_up(data_dir: Path, cli_env: dict[str, str]) -> None:
    base = ["--data-dir", str(data_dir)]
    run_json(*base, "init", env=cli_env)
    st = run_json(*base, "migrate", "status", env=cli_env)
    assert st["up_to_date"] and st["pending"] == []
    # never without asking: off a terminal, --yes is the answer
    refused = run_cli(*base, "migrate", "downgrade", "base", env=cli_env)
    assert refused.returncode == 1 and "confirm with --yes" in refused.stderr
    assert run_json(*base, "migrate", "status", env=cli_env)["up_to_date"]
    down = run_json(*base, "migrate", "downgrade", "base", "--yes", env=cli_env)
    assert down["current"] is None
    assert down["backup"] is not None and Path(down["backup"]).is_file()  # taken first
    st = run_json(*base, "migrate", "status", env=cli_env)
    assert len(st["pending"]) >= 1
    up = run_json(*base, "migrate", "upgrade", env=cli_env)
    assert up["current"] == up["head"]
    bad = run_cli(*base, "migrate", "downgrade", "nope", "--yes", env=cli_env)
    assert bad.returncode == 1 and "no schema revision" in bad.stderr


def test_password_never_shown(pg_server: EmbeddedServer, cli_env: dict[str, str]) -> None:
    ep = pg_server.endpoint
    url = f"postgresql://postgres:VerySecret123@/postgres?host={ep.host}&port={ep.port}"
    proc = run_cli("--database-url", url, "info", env=cli_env)
    assert "VerySecret123" not in proc.stdout + proc.stderr
    assert "***" in proc.stdout
    logs = "".join(p.read_text() for p in Path(cli_env["LOCALEX_LOG_DIR"]).glob("*.log*"))
    assert "VerySecret123" not in logs


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("postgresql://postgres@/no_such_db?host={host}&port={port}", "no database 'no_such_db'"),
        ("postgresql://nobody@/postgres?host={host}&port={port}", "no user 'nobody'"),
        (
            "postgresql://u@no-such-host.invalid/db",
            "host 'no-such-host.invalid' could not be found",
        ),
        ("postgresql://u@127.0.0.1:1/db", "Nothing answered at 127.0.0.1:1"),
        ("mysql://u@h/db", "Only PostgreSQL is supported"),
        ("postgresql://coord@127.0.0.1:/exchange", "port in the database URL is not a number"),
        ("postgresql://coord@[::1/exchange", "port in the database URL is not a number"),
        ("postgresql://coord@127.0.0.1:70000/exchange", "The port 70000"),
    ],
)
def test_server_mode_errors_name_the_culprit(
    pg_server: EmbeddedServer, cli_env: dict[str, str], url: str, expected: str
) -> None:
    ep = pg_server.endpoint
    proc = run_cli("--database-url", url.format(host=ep.host, port=ep.port), "info", env=cli_env)
    assert proc.returncode == 1
    assert expected in proc.stderr
    assert "Traceback" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1


def test_env_url_is_used(pg_server: EmbeddedServer, cli_env: dict[str, str]) -> None:
    ep = pg_server.endpoint
    env = dict(
        cli_env,
        LOCALEX_DATABASE_URL=f"postgresql://postgres@/postgres?host={ep.host}&port={ep.port}",
    )
    info = run_json("info", env=env)
    assert info["mode"] == "server" and info["data_dir"] is None


def _holder(data_dir: Path, env: dict[str, str]) -> subprocess.Popen[str]:
    """A second program (think: the GUI) holding the embedded server open until told."""
    code = (
        "import sys; from pathlib import Path\n"
        "from localex_desktop.db.embedded import EmbeddedServer\n"
        f"s = EmbeddedServer.acquire(Path({str(data_dir)!r}))\n"
        "print('ready', flush=True)\n"
        "sys.stdin.readline()\n"
        "s.release()\n"
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", code],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "ready"
    return proc


def test_two_programs_share_the_server_and_either_may_leave_first(
    data_dir: Path, cli_env: dict[str, str]
) -> None:
    run_json("--data-dir", str(data_dir), "init", env=cli_env)
    # the holder starts first, the admin command comes and goes: server stays up
    holder = _holder(data_dir, cli_env)
    run_json("--data-dir", str(data_dir), "info", env=cli_env)
    assert server_running(data_dir)
    holder.communicate("\n", timeout=60)
    assert holder.returncode == 0
    assert not server_running(data_dir)
    # the admin command is mid-way when the holder leaves: it finishes fine
    holder = _holder(data_dir, cli_env)
    slow = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys\n"
            "from localex_desktop.cli.main import main\n"
            f"sys.exit(main(['--data-dir', {str(data_dir)!r}, 'info']))",
        ],
        env=cli_env,
        stdout=subprocess.PIPE,
        text=True,
    )
    holder.communicate("\n", timeout=60)
    out, _ = slow.communicate(timeout=60)
    assert slow.returncode == 0 and "schema_revision" in out
    wait_for(lambda: not server_running(data_dir), "the last user left: the server stops")


def test_killed_user_does_not_keep_the_server_forever(
    data_dir: Path, cli_env: dict[str, str]
) -> None:
    run_json("--data-dir", str(data_dir), "init", env=cli_env)
    holder = _holder(data_dir, cli_env)
    holder.kill()
    holder.communicate(timeout=60)
    assert server_running(data_dir)  # left behind by the crash
    run_json("--data-dir", str(data_dir), "info", env=cli_env)  # adopts it, prunes the dead id
    assert not server_running(data_dir)


def test_stale_postmaster_pid_is_not_a_problem(data_dir: Path, cli_env: dict[str, str]) -> None:
    run_json("--data-dir", str(data_dir), "init", env=cli_env)
    pid_file = data_dir / "pgdata" / "postmaster.pid"
    pid_file.write_text(f"999999\n{data_dir / 'pgdata'}\n0\n5432\n\n\n  0 0\nready\n")
    info = run_json("--data-dir", str(data_dir), "info", env=cli_env)
    assert info["schema_revision"] == info["head_revision"]


def test_cluster_from_newer_postgres_is_refused(data_dir: Path, cli_env: dict[str, str]) -> None:
    (data_dir / "pgdata").mkdir(parents=True)
    (data_dir / "pgdata" / "PG_VERSION").write_text("99\n")
    proc = run_cli("--data-dir", str(data_dir), "info", env=cli_env)
    assert proc.returncode == 1
    assert "PostgreSQL 99, newer than" in proc.stderr


def test_unwritable_data_dir_is_a_clear_message(tmp_path: Path, cli_env: dict[str, str]) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    proc = run_cli("--data-dir", str(blocker / "data"), "info", env=cli_env)
    assert proc.returncode == 1
    assert "cannot be written to" in proc.stderr
    assert "Traceback" not in proc.stderr
    itself = run_cli("--data-dir", str(blocker), "info", env=cli_env)  # the file itself
    assert itself.returncode == 1 and "is a file, not a folder" in itself.stderr


def test_commands_refuse_an_uninitialised_database(data_dir: Path, cli_env: dict[str, str]) -> None:
    proc = run_cli("--data-dir", str(data_dir), "migrate", "status", env=cli_env)
    assert proc.returncode == 0  # status is always allowed


def test_the_log_is_readable_by_this_user_only(tmp_path: Path) -> None:
    """It names members (refusals, imports): folder 0700, file 0600."""
    import stat

    env = dict(os.environ, LOCALEX_LOG_DIR=str(tmp_path / "logs"))
    code = "from localex_desktop import logging_setup; print(logging_setup.setup_logging('x'))"
    subprocess.run([sys.executable, "-c", code], env=env, check=True, capture_output=True)
    assert stat.S_IMODE((tmp_path / "logs").stat().st_mode) == 0o700
    assert stat.S_IMODE((tmp_path / "logs" / "x.log").stat().st_mode) == 0o600
