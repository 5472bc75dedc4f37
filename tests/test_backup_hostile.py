"""A backup is data, never code: crafted ``.localex`` files run nothing, anywhere.

The hostile files are made as an attacker would: objects added to a scratch database
(as its superuser), then backed up with the program's own code, so the manifest and
the checksum are right and only the dump's content is hostile.
"""

from __future__ import annotations

import io
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any, cast

import pytest
import sqlalchemy as sa

from localex_desktop.db.connection import Database
from localex_desktop.domain import backup_format as fmt
from localex_desktop.domain.roles import Actor
from localex_desktop.services import backup, review
from localex_desktop.services.backup import archive, load

from .cli_helpers import run_cli
from .conftest import backup_while, drop_leftovers, leftover_databases, summary
from .seed import seed_everything

pytestmark = pytest.mark.usefixtures("fast_scrypt")


def _run_program(marker: Path) -> str:
    """PL/pgSQL that runs a program on the server, as the file's author would write it."""
    return f"EXECUTE format('COPY (SELECT 1) TO PROGRAM %L', 'touch {marker}');"


@pytest.fixture
def marker(tmp_path: Path) -> Iterator[Path]:
    """Where the hostile program would leave its mark (writable by the server's account)."""
    folder = tmp_path / "marks"
    folder.mkdir()
    folder.chmod(0o777)
    temp = Path(tempfile.gettempdir())
    for parent in (tmp_path, *tmp_path.parents):  # reachable by the server's account
        if parent == temp or temp not in parent.parents:
            break
        if parent.stat().st_uid == os.getuid() and not parent.stat().st_mode & 0o001:
            parent.chmod(parent.stat().st_mode | 0o001)
    path = folder / "MARKER"
    yield path
    assert not path.exists(), "a program from the backup ran"


@pytest.fixture
def everything(db: Database, admin: Actor, tmp_path: Path, pg_server: Any) -> Iterator[Database]:
    """A database with a little of everything (listings too: a generated column); its
    safety backups go to ``tmp_path/backups``."""
    seed_everything(db)
    with db.transaction() as s:
        backup.save_config(s, admin, folder=tmp_path / "backups")
    yield db
    drop_leftovers(pg_server, str(db.url.database))


def _hostile_index(db: Database, admin: Actor, out: Path, marker: Path) -> Path:
    """The issue's file: an expression index over an immutable function that calls a
    volatile one running a program (an index build runs it, as the superuser)."""
    return backup_while(
        db,
        admin,
        out,
        change=[
            "CREATE FUNCTION evil_run() RETURNS void LANGUAGE plpgsql VOLATILE "
            f"AS $$ BEGIN {_run_program(marker)} END $$",
            "CREATE FUNCTION evil(t text) RETURNS text LANGUAGE plpgsql IMMUTABLE "
            "AS $$ BEGIN RETURN t; END $$",
            "CREATE INDEX ix_evil ON members (evil(name))",
            # the body that runs the program, put in after the index was built here
            "CREATE OR REPLACE FUNCTION evil(t text) RETURNS text LANGUAGE plpgsql "
            "IMMUTABLE AS $$ BEGIN PERFORM public.evil_run(); RETURN t; END $$",
        ],
        undo=["DROP INDEX ix_evil", "DROP FUNCTION evil(text)", "DROP FUNCTION evil_run()"],
        passphrase="hostile passphrase",
    )


def _hostile_body(db: Database, admin: Actor, out: Path, marker: Path) -> Path:
    """Our own trigger function ``localex_notify_change`` (on every change of members,
    listings, …) with a body that runs a program: every name in the file is ours."""
    signature = "'localex_notify_change()'::regprocedure"
    with db.engine.begin() as conn:
        original = conn.execute(sa.text(f"SELECT pg_get_functiondef({signature})")).scalar_one()
        conn.execute(
            sa.text(
                "CREATE OR REPLACE FUNCTION localex_notify_change() RETURNS trigger "
                f"LANGUAGE plpgsql AS $f$ BEGIN {_run_program(marker)} RETURN NULL; END $f$"
            )
        )
    made = backup.create_backup(db, admin, out=out)
    with db.engine.begin() as conn:
        conn.execute(sa.text(original))
    return made.path


# -- a function behind an index: refused by name, before anything is loaded -------------


def test_a_function_behind_an_index_is_refused_everywhere_and_runs_nothing(
    everything: Database, admin: Actor, tmp_path: Path, marker: Path
) -> None:
    path = _hostile_index(everything, admin, tmp_path, marker)
    before = summary(everything)
    refusal = r"holds a function `evil\(text\)` \(and 2 more things\) that LocalEx Desktop"
    with pytest.raises(fmt.UntrustedBackup, match=refusal):
        backup.verify_backup(path, db=everything, passphrase="hostile passphrase")
    with pytest.raises(fmt.UntrustedBackup, match=refusal):
        backup.verify_backup(path, passphrase="hostile passphrase")  # a private cluster
    with pytest.raises(fmt.UntrustedBackup, match=refusal):
        backup.restore_backup(everything, admin, path, passphrase="hostile passphrase")
    with pytest.raises(fmt.UntrustedBackup, match=refusal):
        review.open_review(path, "hostile passphrase", scratch_parent=tmp_path)
    assert summary(everything) == before
    assert leftover_databases(everything) == []
    assert not (tmp_path / "backups").exists()  # refused before the safety backup
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("localex-review-")] == []


def test_the_cli_says_why_and_exits_3(
    everything: Database, admin: Actor, tmp_path: Path, marker: Path, cli_env: dict[str, str]
) -> None:
    path = _hostile_index(everything, admin, tmp_path, marker)
    url = everything.url.render_as_string(hide_password=False)
    done = run_cli(
        "--database-url",
        url,
        "verify-backup",
        "--passphrase-stdin",
        str(path),
        env=cli_env,
        stdin="hostile passphrase\n",
    )
    assert done.returncode == 3, done.stderr
    assert "a function `evil(text)`" in done.stderr
    assert "Traceback" not in done.stderr


# -- our own function with another body: only data is loaded, our function is used ------


def test_a_replaced_body_of_our_function_is_never_run(
    everything: Database, admin: Actor, tmp_path: Path, marker: Path
) -> None:
    path = _hostile_body(everything, admin, tmp_path, marker)
    checked = backup.verify_backup(path, db=everything)
    assert checked.ok, checked.differences
    assert backup.verify_backup(path).ok
    session = review.open_review(path, scratch_parent=tmp_path)
    try:
        assert session.verified, session.problems()
    finally:
        session.close()
    backup.restore_backup(everything, admin, path, safety_backup=False)
    with everything.transaction() as s:  # a change fires the trigger: ours, not the file's
        s.execute(sa.text("UPDATE members SET notes = 'after the restore' WHERE id = 1"))
    with everything.engine.connect() as conn:
        body = conn.execute(
            sa.text("SELECT pg_get_functiondef('localex_notify_change()'::regprocedure)")
        ).scalar_one()
        found = conn.execute(
            sa.text("SELECT count(*) FROM listings WHERE search @@ to_tsquery('simple', 'bread')")
        ).scalar_one()
    assert "PROGRAM" not in body and "pg_notify" in body  # ours, from the migrations
    assert found == 1  # the generated column was computed by our localex_fold


# -- what the table data may name ----------------------------------------------------------


def test_a_copy_of_a_column_we_do_not_have_is_refused(
    everything: Database, admin: Actor, tmp_path: Path
) -> None:
    made = backup_while(
        everything,
        admin,
        tmp_path,
        change=["ALTER TABLE members ADD COLUMN extra text DEFAULT 'x'"],
        undo=["ALTER TABLE members DROP COLUMN extra"],
    )
    with pytest.raises(fmt.UntrustedBackup, match=r"columns of the table members.*`extra`"):
        backup.verify_backup(made, db=everything)
    assert leftover_databases(everything) == []


def test_rows_that_do_not_fit_our_columns_are_refused_in_words(
    everything: Database, admin: Actor, tmp_path: Path
) -> None:
    # the same names, another type (a column no reporting view reads: views pin types)
    with everything.engine.begin() as conn:
        conn.execute(sa.text("ALTER TABLE operators ALTER COLUMN failed_logins TYPE text"))
        conn.execute(sa.text("UPDATE operators SET failed_logins = 'many'"))
        if not conn.execute(sa.text("SELECT count(*) FROM operators")).scalar_one():
            conn.execute(
                sa.text(
                    "INSERT INTO operators (username, display_name, password_hash, role,"
                    " failed_logins) VALUES ('odd', 'Odd', 'x', 'admin', 'many')"
                )
            )
    made = backup.create_backup(everything, admin, out=tmp_path)
    with everything.engine.begin() as conn:
        conn.execute(sa.text("UPDATE operators SET failed_logins = '0'"))
        conn.execute(
            sa.text(
                "ALTER TABLE operators ALTER COLUMN failed_logins TYPE integer"
                " USING failed_logins::integer"
            )
        )
    with pytest.raises(fmt.UntrustedBackup, match=r"rows do not fit the tables .*integer"):
        backup.verify_backup(made.path, db=everything)
    assert leftover_databases(everything) == []


def _schema() -> archive.OurSchema:
    return archive.OurSchema(
        "0006",
        {"members": frozenset({"id", "name"}), "alembic_version": frozenset({"version_num"})},
        {"members_id_seq": ("members", "id")},
        frozenset(),
    )


def _parse(text: bytes) -> None:
    loader = load._Loader(cast(Any, None), _schema(), (1_000_000, "a test"))
    loader.run(io.BytesIO(text), lambda: None)


@pytest.mark.parametrize(
    ("text", "why"),
    [
        (b"COPY public.evil (id) FROM stdin;\n1\n\\.\n", "table `evil`"),
        (b'COPY public.members (id, "name", note) FROM stdin;\n', "not exactly its own"),
        (b"COPY public.members (id) FROM stdin;\n", "not exactly its own"),
        (b"COPY public.members (id, name, name) FROM stdin;\n", "not exactly its own"),
        (b"COPY other.members (id, name) FROM stdin;\n", "statement LocalEx Desktop does not"),
        (b"CREATE FUNCTION x() RETURNS int AS 'select 1' LANGUAGE sql;\n", "does not write"),
        (b"SELECT pg_catalog.setval('public.evil_seq', 5, true);\n", "sequence `evil_seq`"),
        (b"SET x = 1; DROP TABLE members;\n", "does not write"),
        (b"x" * 70_000, "far longer"),
        (b"--\n" * 400_000, "unpacks to more than"),
    ],
)
def test_the_table_data_is_parsed_not_run(text: bytes, why: str) -> None:
    with pytest.raises(fmt.UntrustedBackup, match=why):
        _parse(text)


def test_toc_lines_are_read_with_names_shown_safely() -> None:
    entry = archive.parse_toc_line("266; 1255 16814 FUNCTION public evil(text) postgres")
    assert entry == archive.TocEntry("FUNCTION", "public", "evil(text)")
    entry = archive.parse_toc_line("2830; 0 16505 TABLE DATA public accounts some owner")
    assert entry is not None and entry.kind == "TABLE DATA"
    trigger = archive.parse_toc_line("2653; 2620 16609 TRIGGER public accounts x\x1b[2J postgres")
    assert trigger is not None and "\x1b" not in trigger.in_words()
    with pytest.raises(fmt.UntrustedBackup, match="cannot read"):
        archive.parse_toc("COPY evil\n")


def test_a_bomb_is_stopped_by_the_size_bound(
    everything: Database, admin: Actor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = backup.create_backup(everything, admin, out=tmp_path)
    monkeypatch.setattr(load, "MIN_ALLOWANCE", 1024)
    monkeypatch.setattr(load, "MAX_RATIO", 0)
    with pytest.raises(fmt.UntrustedBackup, match=r"unpacks to more than 1.0 KB \(0 times"):
        backup.verify_backup(made.path, db=everything)
    assert leftover_databases(everything) == []


def test_everything_round_trips_as_data(everything: Database, admin: Actor, tmp_path: Path) -> None:
    before = summary(everything)
    made = backup.create_backup(everything, admin, out=tmp_path)
    checked = backup.verify_backup(made.path, db=everything)
    assert checked.ok, checked.differences
    backup.restore_backup(everything, admin, made.path, safety_backup=False)
    after = summary(everything)
    assert after.ledger == before.ledger
    # its audit row (and that row's link in the audit chain), last_backup
    written_by_the_restore = ("audit_log", "localex_audit_chain", "settings")
    assert {t: n for t, n in after.tables.items() if t not in written_by_the_restore} == {
        t: n for t, n in before.tables.items() if t not in written_by_the_restore
    }
    with everything.transaction() as s:  # the sequences go on past the loaded rows
        s.execute(sa.text("INSERT INTO categories (name, position) VALUES ('After restore', 99)"))


def test_a_login_without_superuser_rights_loads_the_rows_too(
    everything: Database, admin: Actor, tmp_path: Path
) -> None:
    """Server mode: the database's owner, no superuser. Its own triggers are disabled and
    its foreign keys deferred inside the loading transaction, then put back."""
    from localex_desktop.db.embedded import postgres_bin_dir

    with everything.engine.begin() as conn:  # a child category before its parent on disk
        conn.execute(
            sa.text("UPDATE categories SET name = name || ' (moved)' WHERE parent_id IS NULL")
        )
    made = backup.create_backup(everything, admin, out=tmp_path)
    role, name = f"loader_{os.getpid()}", f"{everything.url.database}_loaded"
    with everything.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(sa.text(f"CREATE ROLE {role} LOGIN CREATEDB PASSWORD 'loader pw'"))
        # as packaging/server/shared-server.sql does for the login that migrates
        conn.execute(sa.text(f"GRANT localex_owner TO {role}"))
        conn.execute(sa.text(f"CREATE DATABASE {name} OWNER {role} TEMPLATE template0"))
    url = everything.url.set(database=name, username=role, password="loader pw")
    try:
        tools = backup.tools.tools_in(postgres_bin_dir())
        assert tools is not None
        header = fmt.read_header(made.path)
        load.load_backup(tools, url, header, None)
        engine = sa.create_engine(url, poolclass=sa.NullPool)
        with engine.connect() as conn:
            assert conn.execute(sa.text("SELECT current_setting('is_superuser')")).scalar() == "off"
            got = backup.collect_summary(conn)
            disabled = conn.execute(
                sa.text("SELECT count(*) FROM pg_trigger WHERE tgenabled = 'D'")
            ).scalar()
            deferrable = conn.execute(
                sa.text("SELECT count(*) FROM pg_constraint WHERE contype = 'f' AND condeferrable")
            ).scalar()
        engine.dispose()
        assert fmt.compare_summaries(header.manifest.summary, got) == []
        assert disabled == 0 and deferrable == 0  # put back as the migrations made them
    finally:
        with everything.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(sa.text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
            conn.execute(sa.text(f"DROP ROLE IF EXISTS {role}"))


def test_a_restored_backup_never_chooses_this_computers_folders(
    everything: Database,
    admin: Actor,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    isolated_config: Path,
) -> None:
    """Older versions kept the backup folder and the pg_dump folder in the database; a
    crafted file must not point this computer at a folder of programs, or a public share."""
    from localex_desktop.db.embedded import postgres_bin_dir

    planted = tmp_path / "planted-bin"
    planted.mkdir()
    with everything.engine.begin() as conn:
        for key, value in (("backup_pg_tools_dir", planted), ("backup_folder", tmp_path / "x")):
            conn.execute(
                sa.text(
                    "INSERT INTO settings (key, value) VALUES (:k, to_jsonb(CAST(:v AS text)))"
                ),
                {"k": key, "v": str(value)},
            )
    with monkeypatch.context() as attacker:  # made on the attacker's computer
        attacker.setenv("LOCALEX_CONFIG_DIR", str(tmp_path / "attacker-config"))
        attacker.setenv(backup.ENV_PG_TOOLS, str(postgres_bin_dir()))
        made = backup.create_backup(everything, admin, out=tmp_path, record=False)
        with everything.engine.begin() as conn:
            conn.execute(sa.text("DELETE FROM settings WHERE key LIKE 'backup\\_%'"))
    session = review.open_review(made.path, scratch_parent=tmp_path)
    try:  # its "Verify a backup…" would look for pg_dump where the file says
        assert backup.load_config(session.db).pg_tools_dir is None
    finally:
        session.close()
    backup.restore_backup(everything, admin, made.path, safety_backup=False)
    config = backup.load_config(everything)
    assert config.pg_tools_dir is None
    assert config.folder == tmp_path / "backups"  # this computer's own choice
    with everything.engine.connect() as conn:
        keys = conn.execute(sa.text("SELECT key FROM settings")).scalars().all()
    assert "backup_pg_tools_dir" not in keys and "backup_folder" not in keys
    saved = "".join(p.read_text() for p in isolated_config.rglob("*") if p.is_file())
    assert "planted" not in saved
