"""`localex backup extract`: the plain dump out of a backup file, and plain SQL that an
older PostgreSQL's psql loads (into the tests' own server, and into a PostgreSQL 15
server started here when one is installed)."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import make_url

from localex_desktop.db import server_files, service_account
from localex_desktop.db.connection import Database
from localex_desktop.db.embedded import EmbeddedServer, postgres_bin_dir
from localex_desktop.domain import backup_format as fmt
from localex_desktop.domain.roles import Actor
from localex_desktop.services import backup
from localex_desktop.services.backup.extract import extract_backup, older_psql_lines

from .cli_helpers import run_cli, run_json
from .conftest import _admin_engine

PASS = "correct horse battery staple"
#: the oldest PostgreSQL installed beside the built-in one (Debian's /usr/lib/postgresql)
OLDER = next(
    (
        Path(f"/usr/lib/postgresql/{v}/bin")
        for v in (14, 15, 16, 17)
        if (Path(f"/usr/lib/postgresql/{v}/bin") / "psql").exists()
    ),
    None,
)
PSQL = str(OLDER / "psql") if OLDER else shutil.which("psql")
needs_psql = pytest.mark.skipif(PSQL is None, reason="no psql is installed")


def psql(sql: Path, env: dict[str, str], dbname: str) -> subprocess.CompletedProcess[str]:
    assert PSQL is not None
    return subprocess.run(
        [PSQL, "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", dbname, "-f", str(sql)],
        capture_output=True, text=True, env=env, timeout=300,
    )  # fmt: skip


def counts(engine: sa.Engine, tables: list[str]) -> dict[str, int]:
    with engine.connect() as conn:
        return {t: conn.scalar(sa.text(f'SELECT count(*) FROM public."{t}"')) for t in tables}


@contextmanager
def empty_database(server: EmbeddedServer) -> Iterator[tuple[str, sa.Engine]]:
    """A database made from template0 (nothing of ours in it) on the tests' server."""
    name = f"audit_{os.getpid()}"
    admin = _admin_engine(server)
    with admin.connect() as conn:
        conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}"'))
        conn.execute(sa.text(f'CREATE DATABASE "{name}" TEMPLATE template0'))
    engine = sa.create_engine(make_url(server.url(name)), poolclass=sa.NullPool)
    try:
        yield name, engine
    finally:
        engine.dispose()
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@contextmanager
def older_server(bin_dir: Path) -> Iterator[Path]:
    """A throw-away cluster of an older PostgreSQL, on a socket in its own folder (as
    root, run by the built-in server's service account); yields the socket folder."""
    folder = Path(tempfile.mkdtemp(prefix="localex-oldpg-"))
    account = service_account.service_account()
    kwargs: dict[str, object] = {}
    if account is not None:
        uid, gid = service_account.ensure_account(account)
        os.chown(folder, uid, gid)
        server_files.let_through(folder, account)
        kwargs = {"user": uid, "group": gid, "extra_groups": []}
    data = folder / "data"

    def run(*cmd: str) -> None:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=120, **kwargs)  # type: ignore[call-overload]
        assert proc.returncode == 0, proc.stdout + proc.stderr

    try:
        run(str(bin_dir / "initdb"), "-D", str(data), "-U", "postgres", "-A", "trust",
            "-E", "UTF8", "--locale=C.UTF-8", "--no-sync")  # fmt: skip
        opts = f"-c listen_addresses='' -k {folder} -p 5432 -c fsync=off"
        run(str(bin_dir / "pg_ctl"), "-D", str(data), "-l", str(folder / "log"), "-o", opts,
            "-w", "-t", "60", "start")  # fmt: skip
        try:
            yield folder
        finally:
            run(str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def test_extract_the_dump_of_an_encrypted_backup(
    seeded: Database, admin: Actor, tmp_path: Path, fast_scrypt: None
) -> None:
    made = backup.create_backup(seeded, admin, out=tmp_path / "b.localex", passphrase=PASS)
    out = tmp_path / "out" / "exchange.dump"
    with pytest.raises(fmt.PassphraseRequired):
        extract_backup(made.path, out)
    with pytest.raises(fmt.WrongPassphrase):
        extract_backup(made.path, out, passphrase="not the one")
    assert not out.exists() and not list(out.parent.glob("*.part"))
    result = extract_backup(made.path, out, passphrase=PASS)
    data = out.read_bytes()
    assert data.startswith(b"PGDMP") and result.bytes == len(data) and not result.sql
    assert stat.S_IMODE(out.stat().st_mode) == 0o600  # members' data, password hashes
    header = fmt.read_header(made.path)
    import hashlib

    assert hashlib.sha256(data).hexdigest() == header.manifest.dump_sha256
    # PostgreSQL's own pg_restore reads it
    listing = subprocess.run(
        [str(postgres_bin_dir() / "pg_restore"), "-l", str(out)],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert listing.returncode == 0 and "TABLE DATA public transactions" in listing.stdout
    # a damaged backup writes nothing
    damaged = tmp_path / "damaged.localex"
    raw = bytearray(made.path.read_bytes())
    raw[-100] ^= 0x01
    damaged.write_bytes(bytes(raw))
    with pytest.raises(fmt.BackupDamaged):
        extract_backup(damaged, tmp_path / "d.dump", passphrase=PASS)
    assert not (tmp_path / "d.dump").exists() and not (tmp_path / "d.dump.part").exists()


def test_only_lines_outside_data_are_left_out() -> None:
    dump = [
        "SET statement_timeout = 0;\n",
        "SET transaction_timeout = 0;\n",
        "\\restrict AbC123\n",
        "COPY public.members (id, notes) FROM stdin;\n",
        "1\tSET transaction_timeout = 0;\n",
        "\\.\n",
        "\\unrestrict AbC123\n",
    ]
    dropped: dict[str, int] = {}
    kept = list(older_psql_lines(dump, dropped))
    assert kept == [dump[0], dump[3], dump[4], dump[5]]
    assert dropped == {"SET transaction_timeout": 1, "\\restrict": 1, "\\unrestrict": 1}


@needs_psql
def test_the_sql_loads_with_an_older_psql(
    seeded: Database, admin: Actor, pg_server: EmbeddedServer, tmp_path: Path
) -> None:
    made = backup.create_backup(seeded, admin, out=tmp_path / "b.localex")
    sql = tmp_path / "exchange.sql"
    result = extract_backup(made.path, sql, sql=True)
    text = sql.read_text(encoding="utf-8")
    assert result.sql and "transaction_timeout" not in text and "\\restrict" not in text
    assert "pg_restore_relation_stats" not in text and "OWNER TO" not in text
    assert result.dropped.get("SET transaction_timeout") == 1
    # the counts the backup recorded when it was made (a backup writes a setting after)
    expected = fmt.read_header(made.path).manifest.summary.tables
    tables = sorted(expected)
    assert {"members", "accounts", "transactions", "entries", "audit_log"} <= set(tables)
    assert expected["entries"] > 0 and expected["transactions"] > 0

    # psql (15 here) into an empty database of the tests' server
    with empty_database(pg_server) as (name, engine):
        from localex_desktop.services.backup.tools import libpq_env

        url = make_url(pg_server.url(name))
        proc = psql(sql, libpq_env(url), name)
        assert proc.returncode == 0, proc.stderr[-2000:]
        assert counts(engine, tables) == expected
        with engine.connect() as conn:
            assert conn.scalar(sa.text("SELECT sum(balance) FROM accounts")) == 0


@pytest.mark.skipif(OLDER is None or not (OLDER / "initdb").exists(), reason="no older server")
def test_the_sql_loads_into_an_older_server(seeded: Database, admin: Actor, tmp_path: Path) -> None:
    """The auditor's case: PostgreSQL 15's pg_restore refuses the 18 dump; the SQL loads."""
    assert OLDER is not None
    made = backup.create_backup(seeded, admin, out=tmp_path / "b.localex")
    dump, sql = tmp_path / "exchange.dump", tmp_path / "exchange.sql"
    extract_backup(made.path, dump)
    extract_backup(made.path, sql, sql=True)
    expected = fmt.read_header(made.path).manifest.summary.tables
    tables = sorted(expected)
    old_restore = subprocess.run(
        [str(OLDER / "pg_restore"), "-l", str(dump)], capture_output=True, text=True, timeout=60
    )
    assert old_restore.returncode != 0 and "unsupported version" in old_restore.stderr
    with older_server(OLDER) as socket_dir:
        env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
        env |= {"PGHOST": str(socket_dir), "PGPORT": "5432", "PGUSER": "postgres"}
        created = subprocess.run(
            [str(OLDER / "createdb"), "audit"], capture_output=True, text=True, env=env
        )
        assert created.returncode == 0, created.stderr
        proc = psql(sql, env, "audit")
        assert proc.returncode == 0, proc.stderr[-2000:]
        engine = sa.create_engine(
            f"postgresql+psycopg://postgres@/audit?host={socket_dir}&port=5432",
            poolclass=sa.NullPool,
        )
        try:
            assert counts(engine, tables) == expected
            with engine.connect() as conn:
                assert conn.scalar(sa.text("SHOW server_version")).startswith(OLDER.parent.name)
        finally:
            engine.dispose()


def test_backup_extract_from_the_command_line(
    seeded: Database, admin: Actor, tmp_path: Path, cli_env: dict[str, str], fast_scrypt: None
) -> None:
    made = backup.create_backup(seeded, admin, out=tmp_path / "b.localex", passphrase=PASS)
    out = tmp_path / "e.sql"
    # no database is opened: the command works with nothing but the file
    got = run_json(
        "backup", "extract", str(made.path), "--out", str(out), "--sql", "--passphrase-stdin",
        env=cli_env, stdin=PASS + "\n",
    )  # fmt: skip
    assert got["format"] == "plain SQL" and got["file"] == str(out) and out.exists()
    assert got["dropped_lines"]["SET transaction_timeout"] == 1
    proc = run_cli(
        "backup", "extract", str(made.path), "--out", str(tmp_path / "e.dump"),
        "--passphrase-stdin", env=cli_env, stdin=PASS + "\n",
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert "pg_dump 18" in proc.stdout and (tmp_path / "e.dump").read_bytes()[:5] == b"PGDMP"
    proc = run_cli(
        "backup", "extract", str(made.path), "--out", str(tmp_path / "x.dump"), env=cli_env
    )
    assert proc.returncode == 1 and "passphrase" in proc.stderr.lower()
    proc = run_cli("backup", "extract", str(made.path), env=cli_env)
    assert proc.returncode == 1 and "--out DUMP" in proc.stderr
