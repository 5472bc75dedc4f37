"""`localex backup`, `verify-backup`, `restore`, `backups`: run as a script or cron would."""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import psutil
import pytest

from localex_desktop.db.embedded import EmbeddedServer, tool_path

from .cli_helpers import LAUNCH, run_cli, run_json, server_running
from .waiting import wait_for

PASS = "correct horse battery\n"
pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="cp -a, shell-script wrappers")


@pytest.fixture(scope="module")
def seeded_dir() -> Iterator[Path]:
    """A data dir with two members and a transfer, made once and copied for each test.

    Not under pytest's tmp root: a pytest run starting elsewhere makes that root 0700,
    which locks out the service account the built-in server runs as when we are root.
    """
    base = Path(tempfile.mkdtemp(prefix="localex-cli-backup-"))
    folder = base / "data"
    env = dict(os.environ)
    proc = run_cli("--data-dir", str(folder), "init", env=env)
    assert proc.returncode == 0, proc.stderr
    server = EmbeddedServer.acquire(folder)
    try:
        for name in ("Ann", "Bob"):
            run_json("--data-dir", str(folder), "member", "add", "--name", name, env=env)
        transfer(folder, env, "12.50")
    finally:
        server.release()
    yield folder
    shutil.rmtree(base, ignore_errors=True)


@pytest.fixture
def data_dir(seeded_dir: Path) -> Iterator[Path]:
    base = Path(tempfile.mkdtemp(prefix="localex-cli-backup-"))
    base.chmod(0o755)
    folder = base / "data"
    # cp -a keeps the owner (the server's service account when we run as root)
    subprocess.run(["cp", "-a", str(seeded_dir), str(folder)], check=True)
    # keep the server up between the commands of a test (each would start and stop it)
    server = EmbeddedServer.acquire(folder)
    try:
        yield folder
    finally:
        server.release()
    assert not server_running(folder)  # no command left it running
    shutil.rmtree(base, ignore_errors=True)


def transfer(data_dir: Path, env: dict[str, str], amount: str) -> None:
    proc = run_cli(
        "--data-dir", str(data_dir), "transfer", "--from", "1", "--to", "2",
        "--amount", amount, "--memo", "cli test", env=env,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr


def balance(data_dir: Path, env: dict[str, str]) -> object:
    return run_json("--data-dir", str(data_dir), "balance", "2", env=env)["balance"]


def lx(
    data_dir: Path, env: dict[str, str], *args: str, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    return run_cli("--data-dir", str(data_dir), *args, env=env, stdin=stdin)


def test_backup_verify_and_restore(data_dir: Path, cli_env: dict[str, str], tmp_path: Path) -> None:
    out = tmp_path / "out"
    made = run_json("--data-dir", str(data_dir), "backup", "--out", f"{out}/", env=cli_env)
    path = Path(made["path"])
    assert path.parent == out and path.name.endswith(".localex")
    assert made["bytes"] == path.stat().st_size
    assert made["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
    checked = lx(data_dir, cli_env, "verify-backup", str(path))
    assert checked.returncode == 0, checked.stderr
    assert "OK: the restored copy matches the manifest" in checked.stdout
    before = balance(data_dir, cli_env)
    transfer(data_dir, cli_env, "3")
    assert balance(data_dir, cli_env) != before
    # no --yes and no terminal: refused, nothing changed
    refused = lx(data_dir, cli_env, "restore", str(path))
    assert refused.returncode == 1 and "--yes" in refused.stderr
    assert balance(data_dir, cli_env) != before
    done = lx(data_dir, cli_env, "restore", str(path), "--yes")
    assert done.returncode == 0, done.stderr
    assert "was backed up to" in done.stdout and "localex_before_restore_" in done.stdout
    assert balance(data_dir, cli_env) == before
    listed = run_json("--data-dir", str(data_dir), "backups", "list", env=cli_env)
    newest = Path(listed["backups"][0]["path"]).name
    assert newest.endswith("before-restore.localex")
    assert listed["overdue"] is False
    pruned = run_json("--data-dir", str(data_dir), "backups", "prune", env=cli_env)
    assert [n.startswith("localex_before_restore_") for n in pruned["databases_dropped"]] == [True]


def test_refusals_and_exit_codes(data_dir: Path, cli_env: dict[str, str], tmp_path: Path) -> None:
    made = run_json(
        "--data-dir", str(data_dir), "backup", "--out", str(tmp_path / "secret.localex"),
        "--passphrase-stdin", env=cli_env, stdin=PASS,
    )  # fmt: skip
    path = Path(made["path"])
    assert path.name == "secret.localex"
    ok = lx(data_dir, cli_env, "verify-backup", str(path), "--passphrase-stdin", stdin=PASS)
    assert ok.returncode == 0, ok.stderr
    results = {
        "no passphrase": lx(data_dir, cli_env, "verify-backup", str(path)),
        "wrong": lx(
            data_dir, cli_env, "verify-backup", str(path), "--passphrase-stdin", stdin="nope12345\n"
        ),
    }
    raw = path.read_bytes()
    damaged = tmp_path / "damaged.localex"
    damaged.write_bytes(raw[:-100] + bytes([raw[-100] ^ 0x40]) + raw[-99:])
    results["damaged"] = lx(
        data_dir, cli_env, "verify-backup", str(damaged), "--passphrase-stdin", stdin=PASS
    )
    cut = tmp_path / "cut.localex"
    cut.write_bytes(raw[: len(raw) // 2])
    results["cut"] = lx(data_dir, cli_env, "verify-backup", str(cut))
    results["cut restore"] = lx(data_dir, cli_env, "restore", str(cut), "--yes")
    foreign = tmp_path / "photo.localex"
    foreign.write_bytes(os.urandom(2000))
    results["foreign"] = lx(data_dir, cli_env, "restore", str(foreign), "--yes")
    results["missing"] = lx(data_dir, cli_env, "verify-backup", str(tmp_path / "none.localex"))
    results["short passphrase"] = lx(
        data_dir, cli_env, "backup", "--passphrase-stdin", stdin="short\n"
    )
    expected = {
        "no passphrase": (1, "encrypted: its passphrase is needed"),
        "wrong": (1, "That passphrase does not open the backup"),
        "damaged": (3, "was changed or damaged after it was made"),
        "cut": (3, "is incomplete"),
        "cut restore": (1, "is incomplete"),
        "foreign": (1, "is not a LocalEx backup"),
        "missing": (1, "There is no file"),
        "short passphrase": (1, "at least 8 characters"),
    }
    for case, (code, text) in expected.items():
        proc = results[case]
        assert (proc.returncode, case) == (code, case), proc.stderr
        assert text in proc.stderr, (case, proc.stderr)
        assert "Traceback" not in proc.stderr and proc.stderr.count("\n") == 1, proc.stderr
    assert run_cli("verify-backup", env=cli_env).returncode == 2


def test_prune_with_dry_run(data_dir: Path, cli_env: dict[str, str]) -> None:
    for _ in range(3):
        run_json("--data-dir", str(data_dir), "backup", env=cli_env)
    folder = data_dir / "backups"
    assert len(list(folder.glob("*.localex"))) == 3
    dry = run_json("--data-dir", str(data_dir), "backups", "prune", "--dry-run", env=cli_env)
    # made a moment ago: every one stays for a day, whatever the daily rule says
    assert dry["deleted"] == [] and len(dry["kept"]) == 3
    assert sorted(r for k in dry["kept"] for r in k["reasons"]).count("last 24 hours") == 2
    text = lx(data_dir, cli_env, "backups", "prune")
    assert text.returncode == 0 and "Deleted localex-" not in text.stdout
    assert len(list(folder.glob("*.localex"))) == 3


def _wrappers(folder: Path, marker: Path, *, slow: str) -> Path:
    """pg_dump/pg_restore that stall (after dumping, or before reading the rows) until killed."""
    folder.mkdir()
    for name in ("pg_dump", "pg_restore"):
        real = tool_path(name)
        if name == slow == "pg_dump":
            body = f'"{real}" "$@" || exit $?\ntouch "{marker}"\nsleep 600\n'
        elif name == slow == "pg_restore":  # when it reads the rows, not the contents list
            body = (
                f'case "$*" in *--data-only*) touch "{marker}"; sleep 600;; esac\n'
                f'exec "{real}" "$@"\n'
            )
        else:
            body = f'exec "{real}" "$@"\n'
        script = folder / name
        script.write_text(
            f'#!/bin/sh\ncase "$1" in --version) exec "{real}" --version;; esac\n{body}'
        )
        script.chmod(0o755)
    return folder


def _kill_when(marker: Path, cmd: list[str], env: dict[str, str]) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-c", LAUNCH, *cmd],
        env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip

    def wrapper_ran() -> bool:
        assert proc.poll() is None, proc.communicate()
        return marker.exists()

    wait_for(wrapper_ran, "the wrapped tool runs")
    # kill the command and its tools, not the database server it started (that one
    # detaches, as a real one would keep running)
    for child in psutil.Process(proc.pid).children(recursive=True):
        if "postgres" not in child.name():
            child.send_signal(signal.SIGKILL)
    proc.send_signal(signal.SIGKILL)
    proc.communicate()


def test_killed_backup_leaves_no_file_that_looks_whole(
    data_dir: Path, cli_env: dict[str, str], tmp_path: Path
) -> None:
    marker = tmp_path / "dumped"
    env = dict(cli_env, LOCALEX_PG_TOOLS=str(_wrappers(tmp_path / "bin", marker, slow="pg_dump")))
    out = tmp_path / "out"
    _kill_when(marker, ["--data-dir", str(data_dir), "backup", "--out", str(out)], env)
    assert list(out.glob("*.localex")) == []
    leftovers = [p.name for p in out.iterdir()]
    assert leftovers and all(n.startswith(".") and "partial" in n for n in leftovers)
    listed = run_json(
        "--data-dir", str(data_dir), "backups", "list", "--folder", str(out), env=cli_env
    )
    assert listed["backups"] == []
    pruned = run_json(
        "--data-dir", str(data_dir), "backups", "prune", "--folder", str(out), env=cli_env
    )
    assert len(pruned["partials_removed"]) == len(leftovers)
    assert list(out.iterdir()) == []


def test_killed_restore_leaves_the_data_intact(
    data_dir: Path, cli_env: dict[str, str], tmp_path: Path
) -> None:
    made = run_json("--data-dir", str(data_dir), "backup", env=cli_env)
    transfer(data_dir, cli_env, "3")
    current = balance(data_dir, cli_env)
    marker = tmp_path / "restoring"
    env = dict(
        cli_env, LOCALEX_PG_TOOLS=str(_wrappers(tmp_path / "bin", marker, slow="pg_restore"))
    )
    _kill_when(marker, ["--data-dir", str(data_dir), "restore", made["path"], "--yes"], env)
    assert balance(data_dir, cli_env) == current
    verified = lx(data_dir, cli_env, "verify")
    assert verified.returncode == 0, verified.stdout
    pruned = run_json("--data-dir", str(data_dir), "backups", "prune", "--dry-run", env=cli_env)
    assert [n.startswith("localex_restore_") for n in pruned["databases_dropped"]] == [True]
    # the safety backup was written before the kill; the half restore is cleaned up
    names = [Path(b["path"]).name for b in pruned["kept"]]
    assert any(n.endswith("-before-restore.localex") for n in names)
    run_json("--data-dir", str(data_dir), "backups", "prune", env=cli_env)
    assert (
        run_json("--data-dir", str(data_dir), "backups", "prune", env=cli_env)["databases_dropped"]
        == []
    )
