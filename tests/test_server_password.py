"""The database login's password on a shared server (issue 15, problems 1 and 5).

Against ``shared_server`` (scram-sha-256 only, no ~/.pgpass, no keyring): a missing or
refused password is a :class:`PasswordNeeded` the GUI and the CLI can ask about; the
CLI asks at a terminal (three tries), reads ``--password-stdin`` for scripts and says
in one line what to do without either; pg_dump gets the password the program connected
with, and ``PGPASSWORD``, ``PGPASSFILE`` and ``PGSERVICE`` reach it.
"""

from __future__ import annotations

import os
import select
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest
import sqlalchemy as sa
from sqlalchemy.engine import URL, make_url

from localex_desktop.db import admin
from localex_desktop.db.connection import PasswordNeeded, Target, make_engine, open_database
from localex_desktop.domain.roles import Actor, Role
from localex_desktop.services import backup
from localex_desktop.services.backup.tools import dbname_arg

from .cli_helpers import LAUNCH, run_cli
from .keyrings import MemoryKeyring
from .server_cluster import MIGRATOR, PASSWORDS, SharedServer

ALICE = PASSWORDS["alice"]


@pytest.fixture(autouse=True)
def no_password_anywhere(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No keyring, an empty password file, no PG variables: only what a test gives."""
    for name in [k for k in os.environ if k.startswith("PG")]:
        monkeypatch.delenv(name)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-pgpass"))
    before = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())  # type: ignore[no-untyped-call]
    yield
    keyring.set_keyring(before)


@pytest.fixture
def env(cli_env: dict[str, str], tmp_path: Path) -> dict[str, str]:
    """The admin command's environment: nothing that could give it a password."""
    out = {k: v for k, v in cli_env.items() if not k.startswith("PG")}
    out["PGPASSFILE"] = str(tmp_path / "no-pgpass")
    out["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    return out


def bare(url: URL) -> str:
    return url.render_as_string(hide_password=False)


def run_in_terminal(
    args: list[str], env: dict[str, str], answers: list[str], timeout: float = 120
) -> tuple[int, str]:
    """`localex ARGS` on a terminal of its own (a pty); each "Password for" prompt gets
    the next of ``answers``. Returns the exit code and what the terminal showed."""
    main_fd, child_fd = os.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-c", LAUNCH, *args],
        stdin=child_fd,
        stdout=child_fd,
        stderr=child_fd,
        env=env,
        start_new_session=True,  # no controlling terminal: never the one pytest runs in
        close_fds=True,
    )
    os.close(child_fd)
    shown, asked, pending = b"", 0, list(answers)
    deadline = time.monotonic() + timeout
    try:
        while True:
            if time.monotonic() > deadline:
                proc.kill()
                raise AssertionError(f"localex did not finish; the terminal showed:\n{shown!r}")
            ready, _w, _x = select.select([main_fd], [], [], 0.5)
            if not ready:
                if proc.poll() is not None:
                    break
                continue
            try:
                chunk = os.read(main_fd, 4096)
            except OSError:  # EIO: the command closed the terminal
                break
            if not chunk:
                break
            shown += chunk
            while shown.count(b"Password for ") > asked and pending:
                asked += 1
                os.write(main_fd, pending.pop(0).encode() + b"\n")
    finally:
        os.close(main_fd)
    return proc.wait(timeout=timeout), shown.decode("utf-8", errors="replace")


# -- the error the GUI and the CLI ask on ---------------------------------------------------


def test_a_missing_password_is_told_apart_from_other_failures(
    shared_server: SharedServer,
) -> None:
    target = Target("server", url=shared_server.url("alice", password=False))
    with pytest.raises(PasswordNeeded) as missing:
        open_database(target)
    assert missing.value.refused is False
    assert (missing.value.login, missing.value.host) == ("alice", "127.0.0.1")
    assert "wants a password for user 'alice'" in missing.value.message
    assert "Enter it at login" not in str(missing.value)  # the old promise of no field
    with pytest.raises(PasswordNeeded) as wrong:
        open_database(target, password="not-it")
    assert wrong.value.refused is True
    assert wrong.value.url.password is None and "not-it" not in str(wrong.value)
    db = open_database(target, password=ALICE)
    try:
        assert db.server_version().startswith("18")
        assert ALICE not in db.display_url
    finally:
        db.close()


def test_a_wrong_password_in_the_keyring_asks_again(shared_server: SharedServer) -> None:
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    url = shared_server.url("alice", password=False)
    from localex_desktop.config import secrets

    secrets.store_password(url, "an-old-one")
    with pytest.raises(PasswordNeeded) as refused:
        open_database(Target("server", url=url))
    assert refused.value.refused is True


# -- the command line ----------------------------------------------------------------------


def test_without_a_terminal_the_command_says_what_to_do(
    shared_server: SharedServer, env: dict[str, str]
) -> None:
    url = bare(shared_server.url("alice", password=False))
    done = run_cli("--database-url", url, "info", env=env, stdin="")
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert "wants a password for user 'alice'" in lines[0]
    assert "--password-stdin" in lines[0] and "PGPASSWORD" in lines[0]
    assert "internal error" not in done.stderr and "Traceback" not in done.stderr


def test_password_stdin_for_scripts(
    shared_server: SharedServer, env: dict[str, str], tmp_path: Path
) -> None:
    url = bare(shared_server.url("alice", password=False))
    done = run_cli("--database-url", url, "--password-stdin", "--json", "info", env=env,
                   stdin=f"{ALICE}\n")  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert '"server_version"' in done.stdout
    assert ALICE not in done.stdout + done.stderr
    for log in (tmp_path / "logs").glob("*"):
        assert ALICE not in log.read_text(encoding="utf-8", errors="replace")
    wrong = run_cli("--database-url", url, "--password-stdin", "info", env=env, stdin="nope\n")
    assert wrong.returncode == 1
    assert "refused the password read from standard input for user 'alice'" in wrong.stderr
    empty = run_cli("--database-url", url, "--password-stdin", "info", env=env, stdin="")
    assert empty.returncode == 1 and "read no password" in empty.stderr


def test_password_stdin_is_for_a_server(env: dict[str, str], tmp_path: Path) -> None:
    done = run_cli("--data-dir", str(tmp_path / "d"), "--password-stdin", "info", env=env,
                   stdin="x\n")  # fmt: skip
    assert done.returncode == 1
    assert "--password-stdin gives the password of a PostgreSQL server's login" in done.stderr
    assert not (tmp_path / "d").exists()


def test_asked_at_a_terminal_and_retried_on_a_wrong_one(
    shared_server: SharedServer, env: dict[str, str]
) -> None:
    url = bare(shared_server.url("alice", password=False))
    code, shown = run_in_terminal(["--database-url", url, "info"], env, ["wrong-1", ALICE])
    assert code == 0, shown
    assert shown.count("Password for alice at 127.0.0.1: ") == 2
    assert "The server refused the password for user 'alice'. Try again." in shown
    assert "server_version" in shown
    assert ALICE not in shown and "wrong-1" not in shown  # never echoed


def test_three_wrong_passwords_give_up(shared_server: SharedServer, env: dict[str, str]) -> None:
    url = bare(shared_server.url("alice", password=False))
    code, shown = run_in_terminal(["--database-url", url, "info"], env, ["a", "b", "c"])
    assert code == 1, shown
    assert shown.count("Password for alice at 127.0.0.1: ") == 3
    assert "refused the password for user 'alice' 3 times; nothing was done" in shown
    assert "Traceback" not in shown and "internal error" not in shown


def test_a_wrong_pgpassword_is_named_before_the_prompt(
    shared_server: SharedServer, env: dict[str, str]
) -> None:
    url = bare(shared_server.url("alice", password=False))
    code, shown = run_in_terminal(
        ["--database-url", url, "info"], {**env, "PGPASSWORD": "stale"}, [ALICE]
    )
    assert code == 0, shown
    assert shown.index("refused the password") < shown.index("Password for alice")


# -- pg_dump gets the password ---------------------------------------------------------------


@pytest.fixture
def exchange(shared_server: SharedServer) -> Iterator[str]:
    """A copy of the shared exchange (a backup records itself in the settings)."""
    name = shared_server.fresh_exchange()
    yield name
    shared_server.drop(name)


def _write_private(path: Path, text: str) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write(text)


@pytest.mark.parametrize("source", ["PGPASSWORD", "PGPASSFILE", "PGSERVICE"])
def test_a_backup_with_the_password_from_the_environment(
    shared_server: SharedServer,
    exchange: str,
    source: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The program and its pg_dump both find the password libpq's way (issue 15, 5).

    The variables are set only while the backup runs: the test cluster's own superuser
    connections (over TCP, their secret in a passfile) would take a PGPASSWORD too."""
    secret = PASSWORDS[MIGRATOR]
    url = shared_server.url(MIGRATOR, exchange, password=False)
    with monkeypatch.context() as m:
        if source == "PGPASSWORD":
            m.setenv("PGPASSWORD", secret)
        elif source == "PGPASSFILE":
            path = tmp_path / "pgpass"
            _write_private(path, f"127.0.0.1:{shared_server.port}:{exchange}:{MIGRATOR}:{secret}\n")
            m.setenv("PGPASSFILE", str(path))
        else:
            path = tmp_path / "pg_service.conf"
            _write_private(path, f"[lets]\npassword={secret}\n")
            m.setenv("PGSERVICEFILE", str(path))
            m.setenv("PGSERVICE", "lets")
        db = open_database(Target("server", url=url))
        try:
            assert db.url.password is None  # libpq found it, not the program
            made = backup.create_backup(db, Actor(name="installer", role=Role.ADMIN), out=tmp_path)
        finally:
            db.close()
    assert made.path.is_file() and made.path.stat().st_size > 0


def test_a_backup_with_the_password_typed_at_the_prompt(
    shared_server: SharedServer, exchange: str, env: dict[str, str], tmp_path: Path
) -> None:
    url = bare(shared_server.url(MIGRATOR, exchange, password=False))
    out = tmp_path / "backups"
    out.mkdir()
    code, shown = run_in_terminal(
        ["--database-url", url, "backup", "--out", str(out)], env, [PASSWORDS[MIGRATOR]]
    )
    assert code == 0, shown
    assert f"Password for {MIGRATOR} at 127.0.0.1: " in shown
    assert [p.suffix for p in out.iterdir()] == [".localex"]
    assert "fe_sendauth" not in shown


def test_libpq_env_passes_the_password_variables_to_a_server_only(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("PGPASSWORD", "from-env")
    monkeypatch.setenv("PGSERVICE", "lets")
    monkeypatch.setenv("PGHOST", "elsewhere.example.org")
    server = make_url("postgresql+psycopg://coord@db.example.org:6543/lets")
    env = backup.libpq_env(server)
    assert env["PGPASSWORD"] == "from-env" and env["PGSERVICE"] == "lets"
    assert env["PGHOST"] == "db.example.org"  # the URL's parts beat the environment's
    assert backup.libpq_env(server.set(password="typed"))["PGPASSWORD"] == "typed"
    # a service may name a host; the command line's conninfo beats it, as for the program
    arg = dbname_arg(server.set(password="typed"))
    assert arg == "host='db.example.org' port='6543' user='coord' dbname='lets'"
    built_in = make_url("postgresql+psycopg://postgres@/x?host=%2Ftmp%2Fs&passfile=%2Fd%2Fpw")
    own = backup.libpq_env(built_in)
    assert "PGPASSWORD" not in own and "PGSERVICE" not in own
    assert own["PGPASSFILE"] == "/d/pw"


def test_pgpassword_of_the_environment_does_not_beat_a_built_in_clusters_secret(
    shared_server: SharedServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On TCP (the built-in cluster on Windows) libpq would send PGPASSWORD before reading
    the cluster's own password file: a variable meant for another server locked it out."""
    monkeypatch.setenv("PGPASSWORD", "meant-for-another-server")
    url = make_url(shared_server.server.url("postgres"))
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            assert conn.execute(sa.text("SELECT current_user")).scalar() == "postgres"
    finally:
        engine.dispose()
    with admin.maintenance(url) as conn:
        assert conn.execute(sa.text("SELECT 1")).scalar() == 1
