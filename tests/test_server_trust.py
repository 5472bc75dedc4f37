"""Nobody else on the computer gets into the built-in server (issue 13, problems 2 and 3).

The suite runs as root here, so the server runs as its service account and a second
account (``nobody``) is at hand: every "another user" check runs a real program as
``nobody`` through ``setpriv``. Tests that need root are skipped elsewhere.
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import stat
import subprocess
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backends.fail
import psycopg
import pytest
import sqlalchemy as sa
from sqlalchemy.engine import make_url

from localex_desktop import config
from localex_desktop.config import secrets
from localex_desktop.db import server_files
from localex_desktop.db.connection import Target, normalise_url, open_database
from localex_desktop.db.embedded import EmbeddedServer
from localex_desktop.db.pg_server import tool_path
from localex_desktop.db.server_auth import SECRET_FILE, read_secret
from localex_desktop.domain.errors import DatabaseUnavailable, ValidationError

from .accounts import as_account
from .cli_helpers import run_cli
from .keyrings import MemoryKeyring

NOBODY = 65534
as_root = pytest.mark.skipif(
    os.geteuid() != 0 or shutil.which("setpriv") is None, reason="needs root and setpriv"
)


def as_nobody(*cmd: str) -> subprocess.CompletedProcess[str]:
    """Run ``cmd`` as the second user of the computer."""
    return subprocess.run(
        ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups", *cmd],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def psql_as_nobody(host: str, port: int) -> subprocess.CompletedProcess[str]:
    return as_nobody(
        str(tool_path("psql")), "-h", host, "-p", str(port), "-U", "postgres", "-w",
        "-c", "SELECT 1", "postgres",
    )  # fmt: skip


def long_folder(base: Path) -> Path:
    """A data folder whose socket path is too long for a Unix socket."""
    return base / ("long-" + "x" * 80) / "data"


def squat(pgdata: Path) -> Path:
    """What another user did on main: make /tmp/localex-<hash> beforehand, open to all."""
    digest = hashlib.sha256(str(pgdata).encode()).hexdigest()[:12]
    folder = Path("/tmp") / f"localex-{digest}"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    folder.chmod(0o777)
    os.chown(folder, NOBODY, NOBODY)
    return folder


@pytest.fixture(scope="module")
def long_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[EmbeddedServer, Path]]:
    data = long_folder(tmp_path_factory.mktemp("trust"))
    squatted = squat(data / "pgdata")
    server = EmbeddedServer.acquire(data)
    yield server, squatted
    server.release()
    shutil.rmtree(squatted, ignore_errors=True)


@pytest.fixture(scope="module")
def tcp_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmbeddedServer]:
    """The Windows code path (127.0.0.1 and the password), run here on Linux."""
    EmbeddedServer.listen_tcp = True
    try:
        server = EmbeddedServer.acquire(tmp_path_factory.mktemp("tcp") / "data")
    finally:
        EmbeddedServer.listen_tcp = False
    yield server
    server.release()


# -- who may connect ------------------------------------------------------------------


def test_a_new_cluster_trusts_nobody(long_server: tuple[EmbeddedServer, Path]) -> None:
    server, _ = long_server
    hba = (server.pgdata / "pg_hba.conf").read_text()
    rules = [ln.split() for ln in hba.splitlines() if ln.strip() and not ln.startswith("#")]
    assert rules and all(r[-1] in ("scram-sha-256", "map=localex") for r in rules)
    assert "trust" not in hba
    secret = server.data_dir / SECRET_FILE
    assert stat.S_IMODE(secret.stat().st_mode) == 0o600
    assert stat.S_IMODE(server.pgdata.stat().st_mode) == 0o700
    assert stat.S_IMODE(server.data_dir.stat().st_mode) & 0o007 == 0  # nothing for others
    # the secret is nowhere a person sees: not in the URL, not in the log
    assert read_secret(server._access) not in server.url()  # type: ignore[operator]
    assert "passfile=" in server.url()


def test_info_and_the_logs_never_show_the_secret(
    long_server: tuple[EmbeddedServer, Path], cli_env: dict[str, str]
) -> None:
    server, _ = long_server
    secret = read_secret(server._access)
    assert secret is not None
    proc = run_cli("--data-dir", str(server.data_dir), "--json", "info", env=cli_env)
    assert proc.returncode == 0, proc.stderr
    assert secret not in proc.stdout + proc.stderr
    logs = "".join(p.read_text() for p in Path(cli_env["LOCALEX_LOG_DIR"]).glob("*.log*"))
    assert secret not in logs + (server.pgdata / "server.log").read_text()


@as_root
def test_the_squatted_socket_folder_is_not_used(long_server: tuple[EmbeddedServer, Path]) -> None:
    server, squatted = long_server
    host = Path(server.endpoint.host)
    assert host != squatted and not (squatted / ".s.PGSQL.5432").exists()
    assert server_files.folder_problem(host, _uid("pgserver")) is None  # ours, 0700, real
    assert "another user" in str(server_files.folder_problem(squatted, _uid("pgserver")))


@as_root
def test_nobody_reads_nothing_and_cannot_connect(long_server: tuple[EmbeddedServer, Path]) -> None:
    server, _ = long_server
    ep = server.endpoint
    for path in (server.data_dir, server.pgdata):
        assert as_nobody("ls", str(path)).returncode != 0
    assert as_nobody("cat", str(server.data_dir / SECRET_FILE)).returncode != 0
    refused = psql_as_nobody(ep.host, ep.port)
    assert refused.returncode != 0 and "Permission denied" in refused.stderr
    # the program itself (and pg_dump etc.) still get in
    assert server.run_tool("psql", ["-Atc", "SELECT 1", "postgres"]).stdout.strip() == "1"


@as_root
def test_an_open_socket_folder_still_refuses_another_user(
    long_server: tuple[EmbeddedServer, Path],
) -> None:
    """Defence in depth: with the socket folder opened, peer authentication refuses nobody."""
    server, _ = long_server
    host = Path(server.endpoint.host)
    host.chmod(0o755)
    try:
        refused = psql_as_nobody(str(host), server.endpoint.port)
    finally:
        host.chmod(0o700)
    assert refused.returncode != 0
    assert "Peer authentication failed" in refused.stderr, refused.stderr


def test_folder_problem_names_links_and_modes(tmp_path: Path) -> None:
    mine = tmp_path / "mine"
    mine.mkdir(mode=0o700)
    assert server_files.folder_problem(mine, os.geteuid()) is None
    mine.chmod(0o777)
    assert "mode 777" in str(server_files.folder_problem(mine, os.geteuid()))
    link = tmp_path / "link"
    link.symlink_to(mine)
    assert "symbolic link" in str(server_files.folder_problem(link, os.geteuid()))


def test_the_windows_path_wants_the_password(tcp_server: EmbeddedServer) -> None:
    ep = tcp_server.endpoint
    assert ep.host == "127.0.0.1"
    engine = sa.create_engine(make_url(tcp_server.url("postgres")), poolclass=sa.NullPool)
    with engine.connect() as conn:  # the program: the password from the passfile
        assert conn.execute(sa.text("SELECT 1")).scalar_one() == 1
    engine.dispose()
    for password in (None, "wrong"):
        with pytest.raises(psycopg.OperationalError, match="password"):
            psycopg.connect(
                host=ep.host, port=ep.port, user="postgres", dbname="postgres",
                password=password, passfile=os.devnull, connect_timeout=5,
            )  # fmt: skip
    dumped = tcp_server.run_tool("pg_dump", ["--schema-only", "postgres"])
    assert dumped.returncode == 0, dumped.stderr


def test_a_cluster_made_the_old_way_is_upgraded(tmp_path: Path) -> None:
    """An earlier version's cluster (trust for everything, no secret) is closed at start."""
    data = tmp_path / "old"
    server = EmbeddedServer.acquire(data)
    server.run_tool("psql", ["-c", "ALTER ROLE postgres PASSWORD NULL", "postgres"])
    server.release()
    # put it back as main made it: initdb --auth=trust, no password, no secret file
    (data / SECRET_FILE).unlink()
    (server.pgdata / "pg_hba.conf").write_text(
        "local all all trust\nhost all all 127.0.0.1/32 trust\nhost all all ::1/128 trust\n"
    )
    server = EmbeddedServer.acquire(data)
    try:
        secret = read_secret(server._access)
        assert secret is not None
        assert "trust" not in (server.pgdata / "pg_hba.conf").read_text()
        rows = server.run_tool(
            "psql", ["-Atc", "SELECT rolpassword FROM pg_authid WHERE rolname = 'postgres'",
                     "postgres"],
        )  # fmt: skip
        assert rows.stdout.startswith("SCRAM-SHA-256$")
        assert secret not in (server.pgdata / "server.log").read_text()
    finally:
        server.release()


# -- the data folder and the folders above it ----------------------------------------


@as_root
def test_a_loose_data_folder_is_tightened_and_no_parent_opened(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    closed = tmp_path / "home"
    closed.mkdir(mode=0o700)  # like /root
    data = closed / "data"
    data.mkdir(mode=0o755)
    with caplog.at_level(logging.WARNING):
        server = EmbeddedServer.acquire(data)
    server.release()
    assert "made private" in caplog.text
    assert stat.S_IMODE(closed.stat().st_mode) & 0o007 == 0  # no o+rx on the parent
    assert as_nobody("ls", str(closed)).returncode != 0
    assert as_nobody("ls", str(data)).returncode != 0
    for folder in (closed, data):  # the service account has exactly x, through an ACL
        assert subprocess.run(["test", "-x", str(folder)], **as_account("pgserver")).returncode == 0
        assert subprocess.run(["test", "-r", str(folder)], **as_account("pgserver")).returncode != 0


@as_root
def test_without_acls_a_closed_parent_gets_a_clear_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    closed = tmp_path / "closed"
    closed.mkdir(mode=0o700)
    tmp_path.chmod(0o755)  # the first closed folder on the way is ``closed``

    def unsupported(*_args: object) -> None:
        raise OSError(95, "Operation not supported")

    monkeypatch.setattr(server_files, "_grant_enter", unsupported)
    with pytest.raises(DatabaseUnavailable) as caught:
        EmbeddedServer.acquire(closed / "data")
    assert "cannot enter" in caught.value.message and str(closed) in caught.value.message
    assert "/var/lib/localex-desktop" in str(caught.value.hint)
    assert stat.S_IMODE(closed.stat().st_mode) == 0o700


def test_a_database_name_over_63_bytes_is_refused() -> None:
    with pytest.raises(ValidationError, match="at most 63"):
        normalise_url("postgresql://u@h/" + "é" * 32)


def _uid(name: str) -> int:
    import pwd

    return pwd.getpwnam(name).pw_uid


# -- server passwords: the keyring, else ~/.pgpass; never the profile -----------------


@pytest.fixture
def pgpass(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The password file in a temp folder, and the keyring as it was afterwards."""
    path = tmp_path / "pgpass"
    monkeypatch.setenv("PGPASSFILE", str(path))
    before = keyring.get_keyring()
    yield path
    keyring.set_keyring(before)


def _server_url(server: EmbeddedServer) -> str:
    return f"postgresql://postgres@127.0.0.1:{server.endpoint.port}/postgres"


def test_the_password_goes_to_the_keyring_not_the_profile(
    tcp_server: EmbeddedServer, pgpass: Path
) -> None:
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    secret = read_secret(tcp_server._access)
    assert secret is not None
    url = _server_url(tcp_server)
    saved = config.save_profile(config.ConnectionProfile("server", url=url), password=secret)
    assert secret not in saved.read_text() and not pgpass.exists()
    assert list(memory.entries.values()) == [secret]
    target = Target("server", url=normalise_url(url))  # no password in the URL
    db = open_database(target)
    try:
        assert db.server_version().startswith("18")
        assert secret not in db.display_url
    finally:
        db.close()
    secrets.forget_password(make_url(url))
    assert memory.entries == {}


def test_without_a_working_keyring_the_password_file_is_used(
    tcp_server: EmbeddedServer, pgpass: Path
) -> None:
    keyring.set_keyring(keyring.backends.fail.Keyring())  # type: ignore[no-untyped-call]
    secret = read_secret(tcp_server._access)
    assert secret is not None
    url = normalise_url(_server_url(tcp_server))
    assert secrets.store_password(url, secret) == "password file"
    assert stat.S_IMODE(pgpass.stat().st_mode) == 0o600
    assert pgpass.read_text() == f"127.0.0.1:{url.port}:postgres:postgres:{secret}\n"
    db = open_database(Target("server", url=url))  # libpq reads the file itself
    db.close()
    secrets.forget_password(url)
    assert pgpass.read_text() == ""


def test_a_password_with_colons_is_escaped_in_the_password_file(pgpass: Path) -> None:
    keyring.set_keyring(keyring.backends.fail.Keyring())  # type: ignore[no-untyped-call]
    url = normalise_url("postgresql://me@db.example.org:6543/lets")
    secrets.store_password(url, "a:b\\c")
    secrets.store_password(url, "second")  # replaces, never piles up
    assert pgpass.read_text() == "db.example.org:6543:lets:me:second\n"
    secrets.store_password(url, "a:b\\c")
    assert pgpass.read_text() == "db.example.org:6543:lets:me:a\\:b\\\\c\n"
