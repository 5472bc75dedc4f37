"""Backups: the file format, verify, restore with switch-over, retention, health."""

from __future__ import annotations

import dataclasses
import hashlib
import io
import os
import subprocess
import sys
import threading
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import make_url

from localex_desktop.db import migrate
from localex_desktop.db.connection import Database
from localex_desktop.db.embedded import tool_path
from localex_desktop.domain import backup_format as fmt
from localex_desktop.domain.errors import SchemaMismatch, ValidationError, VerificationFailed
from localex_desktop.domain.roles import Actor
from localex_desktop.services import backup, ledger, settings

from .conftest import backup_while, leftover_databases, summary

PASS = "correct horse battery"


pytestmark = pytest.mark.usefixtures("fast_scrypt")


def balances(db: Database) -> dict[int, int]:
    with db.engine.connect() as conn:
        return dict(conn.execute(sa.text("SELECT id, balance FROM accounts")).tuples().all())


def one_transfer(db: Database, admin: Actor) -> None:
    with db.transaction() as s:
        ids = list(s.execute(sa.text("SELECT id FROM members ORDER BY id LIMIT 2")).scalars())
        ledger.transfer(s, admin, ids[0], ids[1], 123, "after the backup")


# -- round trip ---------------------------------------------------------------------------


def test_round_trip_restores_data_balances_and_chain_heads(
    seeded: Database, admin: Actor, tmp_path: Path
) -> None:
    before, bal_before = summary(seeded), balances(seeded)
    assert before.ledger is not None and before.ledger.transactions >= 5
    made = backup.create_backup(seeded, admin, out=tmp_path)
    assert made.path.parent == tmp_path and made.path.suffix == ".localex"
    assert made.sha256 == hashlib.sha256(made.path.read_bytes()).hexdigest()
    assert made.bytes == made.path.stat().st_size
    m = fmt.read_header(made.path).manifest
    assert m.summary == before
    assert m.schema_revision == migrate.head_revision()
    assert m.actor == admin.name and m.summary.ledger is not None
    assert m.summary.ledger.chain_digest == before.ledger.chain_digest

    one_transfer(seeded, admin)
    assert summary(seeded) != before
    stages: list[str] = []
    result = backup.restore_backup(
        seeded, admin, made.path, progress=lambda p: stages.append(p.stage)
    )
    assert summary(seeded).ledger == before.ledger
    after = summary(seeded)
    assert after.tables["audit_log"] == before.tables["audit_log"] + 1  # the restore itself
    assert balances(seeded) == bal_before
    assert stages.index("safety") < stages.index("restore") < stages.index("switch")
    # the replaced data: in a safety backup and kept beside as a database
    assert result.safety_backup is not None and result.safety_backup.exists()
    assert "before-restore" in result.safety_backup.name
    assert result.safety_backup.parent == made.path.parent / "backups"
    assert result.previous_kept_as in leftover_databases(seeded)
    kept = seeded.url.set(database=result.previous_kept_as)
    engine = sa.create_engine(kept, poolclass=sa.NullPool)
    with engine.connect() as conn:
        memos = conn.execute(sa.text("SELECT memo FROM transactions")).scalars().all()
    engine.dispose()
    assert "after the backup" in memos
    with seeded.transaction() as s:
        action = s.execute(sa.text("SELECT action FROM audit_log ORDER BY id DESC LIMIT 1"))
        assert action.scalar() == "restore"
        assert settings.get(s, backup.KEY_LAST)["ok"] is True
    # a second restore drops the first one's leftover
    again = backup.restore_backup(seeded, admin, made.path, safety_backup=False)
    assert result.previous_kept_as in again.dropped
    assert leftover_databases(seeded) == [again.previous_kept_as]


def test_verify_backup_reports_ok_and_drops_its_scratch_database(
    seeded: Database, admin: Actor, tmp_path: Path
) -> None:
    made = backup.create_backup(seeded, admin, out=tmp_path, label="weekly")
    assert made.path.name.endswith("-weekly.localex")
    result = backup.verify_backup(made.path, db=seeded)
    assert result.ok, result.differences
    assert result.ledger is not None and result.ledger.ok
    assert result.scratch.startswith(f"database {seeded.url.database}_verify_")
    assert leftover_databases(seeded) == []
    assert result.as_dict()["transactions"] == summary(seeded).ledger.transactions  # type: ignore[union-attr]


def test_encrypted_backup_needs_the_right_passphrase(
    seeded: Database, admin: Actor, tmp_path: Path
) -> None:
    made = backup.create_backup(seeded, admin, out=tmp_path, passphrase=PASS)
    header = fmt.read_header(made.path)
    assert header.encrypted
    enc = header.manifest.to_dict()["encryption"]
    assert enc["cipher"] == "AES-256-GCM" and enc["kdf"] == "scrypt"
    with pytest.raises(fmt.PassphraseRequired, match="encrypted: its passphrase is needed"):
        backup.verify_backup(made.path, db=seeded)
    with pytest.raises(fmt.WrongPassphrase, match="does not open"):
        backup.verify_backup(made.path, db=seeded, passphrase="wrong horse battery")
    assert backup.verify_backup(made.path, db=seeded, passphrase=PASS).ok
    with pytest.raises(ValidationError, match="at least 8"):
        backup.create_backup(seeded, admin, out=tmp_path, passphrase="short")


def test_encryption_streams_in_chunks_and_detects_every_kind_of_tampering(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Chunk edges (exact multiples, empty dumps) and swapped or dropped chunks."""
    monkeypatch.setattr(fmt.crypto, "CHUNK_SIZE", 4096)
    for size in (0, 1, 4096, 3 * 4096, 3 * 4096 + 17):
        body = os.urandom(size)
        path = _fake_backup(tmp_path / f"b{size}.localex", body, passphrase=PASS)
        header = fmt.read_header(path)
        assert header.file_size == header.body_offset + len(body) + 16 * (size // 4096 + 1)
        assert b"".join(fmt.iter_body(header, fmt.unlock(header, PASS))) == body
    path = tmp_path / f"b{3 * 4096 + 17}.localex"
    raw = path.read_bytes()
    start = fmt.read_header(path).body_offset
    sealed = 4096 + 16
    first, second = raw[start : start + sealed], raw[start + sealed : start + 2 * sealed]
    swapped = raw[:start] + second + first + raw[start + 2 * sealed :]
    path.write_bytes(swapped)
    header = fmt.read_header(path)
    with pytest.raises(fmt.BackupDamaged, match="block 1 of 4"):
        list(fmt.iter_body(header, fmt.unlock(header, PASS)))
    # dropping the final chunk and pretending the dump was shorter: the header no longer fits
    path.write_bytes(raw[: start + 3 * sealed])
    with pytest.raises(fmt.BackupIncomplete):
        fmt.read_header(path)


# -- refusals -------------------------------------------------------------------------------


def _fake_backup(
    path: Path,
    body: bytes,
    *,
    passphrase: str | None = None,
    created: datetime | None = None,
    revision: str = "0001",
    label: str = "",
) -> Path:
    """A small but well-formed file (the body is not a real dump)."""
    enc, key = fmt.new_encryption(passphrase) if passphrase else (None, None)
    manifest = fmt.Manifest(
        app_version="test",
        created_at=created or datetime.now(UTC),
        actor="test",
        database_name="x",
        mode="embedded",
        server_version="18",
        pg_dump_version="18",
        summary=fmt.DatabaseSummary(revision, {"settings": 3}, None),
        dump_bytes=len(body),
        dump_sha256=hashlib.sha256(body).hexdigest(),
        label=label,
        encryption=enc,
    )
    with path.open("wb") as out:
        writer = fmt.BackupWriter(out, manifest, key)
        writer.write(body)
        writer.finish()
    return path


@pytest.mark.parametrize("encrypted", [False, True])
def test_corrupted_or_truncated_files_are_refused(
    seeded: Database, admin: Actor, tmp_path: Path, encrypted: bool
) -> None:
    made = backup.create_backup(seeded, admin, out=tmp_path, passphrase=PASS if encrypted else None)
    raw = made.path.read_bytes()
    body = fmt.read_header(made.path).body_offset
    bad = tmp_path / "bad.localex"

    def flip(at: int) -> bytes:
        return raw[:at] + bytes([raw[at] ^ 0x01]) + raw[at + 1 :]

    bad.write_bytes(flip(body + (len(raw) - body) // 2))  # one bit in the body
    damaged = "changed or damaged" if encrypted else "does not match the checksum"
    with pytest.raises(fmt.BackupDamaged, match=damaged):
        backup.verify_backup(bad, db=seeded, passphrase=PASS)
    with pytest.raises(fmt.BackupDamaged, match=damaged):
        backup.restore_backup(seeded, admin, bad, passphrase=PASS)
    bad.write_bytes(flip(fmt.PRELUDE_SIZE + 40))  # one bit in the manifest
    with pytest.raises(fmt.BackupDamaged, match="manifest does not match its checksum"):
        fmt.read_header(bad)
    for cut in (len(raw) - 1, body + 100, fmt.PRELUDE_SIZE + 10, 30):
        bad.write_bytes(raw[:cut])
        with pytest.raises(fmt.BackupIncomplete, match="incomplete"):
            backup.restore_backup(seeded, admin, bad, passphrase=PASS)
    bad.write_bytes(raw + b"\0")
    with pytest.raises(fmt.BackupDamaged, match="unexpected bytes"):
        fmt.read_header(bad)
    assert leftover_databases(seeded) == []  # nothing was restored, nothing switched


def test_foreign_files_are_refused_with_what_they_are(seeded: Database, tmp_path: Path) -> None:
    zipped = io.BytesIO()
    with zipfile.ZipFile(zipped, "w") as zf:
        zf.writestr("localex.localex", "hello")
    dump = tmp_path / "plain.dump"
    subprocess.run(
        [str(tool_path("pg_dump")), "-Fc", "-f", str(dump)],
        env=backup.libpq_env(seeded.url),
        check=True,
    )
    cases = {
        "a ZIP archive": zipped.getvalue(),
        "a bare pg_dump file": dump.read_bytes(),
        "a text file": b"name,balance\nAnn,12.50\n",
        "an empty file": b"",
        r"is not a LocalEx backup\. Choose": os.urandom(4096),
        "copied as text": fmt.MAGIC.replace(b"\r\n", b"\n") + os.urandom(100),
    }
    for what, content in cases.items():
        path = tmp_path / "foreign.localex"
        path.write_bytes(content)
        with pytest.raises(fmt.NotABackup, match=what):
            backup.verify_backup(path, db=seeded)
    with pytest.raises(fmt.NotABackup, match="folder"):
        fmt.read_header(tmp_path)


def test_backup_from_a_newer_schema_is_refused(
    seeded: Database, admin: Actor, tmp_path: Path
) -> None:
    made = backup_while(
        seeded,
        admin,
        tmp_path,
        change=["UPDATE alembic_version SET version_num = '0099'"],
        undo=[f"UPDATE alembic_version SET version_num = '{migrate.head_revision()}'"],
    )
    before = summary(seeded)
    with pytest.raises(SchemaMismatch, match=r"schema revision 0099.*Install LocalEx Desktop"):
        backup.restore_backup(seeded, admin, made)
    with pytest.raises(SchemaMismatch, match="0099"):
        backup.verify_backup(made, db=seeded)
    assert summary(seeded) == before
    assert not (tmp_path / "backups").exists()  # no safety backup either


def test_backup_from_an_older_schema_is_restored_then_migrated(
    empty_db: Database, seeded: Database, admin: Actor, tmp_path: Path
) -> None:
    migrate.upgrade(empty_db.engine, "0001")
    with empty_db.transaction() as s:
        settings.seed_defaults(s, {"exchange_name": "Old Exchange"})
    old = backup.create_backup(empty_db, admin, out=tmp_path)
    assert fmt.read_header(old.path).manifest.schema_revision == "0001"
    assert fmt.read_header(old.path).manifest.summary.ledger is None
    checked = backup.verify_backup(old.path, db=seeded)
    assert checked.ok and checked.migrated_from == "0001"
    result = backup.restore_backup(seeded, admin, old.path)
    assert result.migrated_from == "0001"
    assert result.schema_revision == migrate.head_revision()
    with seeded.transaction() as s:
        assert settings.get(s, "exchange_name") == "Old Exchange"
        assert s.execute(sa.text("SELECT count(*) FROM transactions")).scalar() == 0


def test_a_backup_whose_ledger_was_tampered_with_does_not_verify_nor_restore(
    seeded: Database, admin: Actor, tmp_path: Path
) -> None:
    with seeded.engine.begin() as conn:  # a superuser behind the program's back
        conn.execute(sa.text("SET LOCAL session_replication_role = replica"))
        conn.execute(sa.text("UPDATE transactions SET memo = 'edited' WHERE id = 2"))
    made = backup.create_backup(seeded, admin, out=tmp_path)
    result = backup.verify_backup(made.path, db=seeded)
    assert not result.ok and result.ledger is not None
    assert result.ledger.first_bad_transaction == 2
    with seeded.engine.begin() as conn:
        conn.execute(sa.text("SET LOCAL session_replication_role = replica"))
        conn.execute(sa.text("UPDATE transactions SET memo = 'fixed' WHERE id = 2"))
    with pytest.raises(VerificationFailed, match="does not verify"):
        backup.restore_backup(seeded, admin, made.path, safety_backup=False)
    with seeded.engine.connect() as conn:
        assert (
            conn.execute(sa.text("SELECT memo FROM transactions WHERE id = 2")).scalar() == "fixed"
        )
    assert leftover_databases(seeded) == []


def test_a_manifest_that_does_not_match_the_dump_is_reported(
    seeded: Database, admin: Actor, tmp_path: Path
) -> None:
    made = backup.create_backup(seeded, admin, out=tmp_path)
    header = fmt.read_header(made.path)
    body = b"".join(fmt.iter_body(header, None))
    m = header.manifest
    tables = {**m.summary.tables, "members": m.summary.tables["members"] + 1}
    assert m.summary.ledger is not None
    heads = {**m.summary.ledger.chain_heads, 1: "00" * 32}
    forged = dataclasses.replace(
        m,
        summary=dataclasses.replace(
            m.summary,
            tables=tables,
            ledger=dataclasses.replace(m.summary.ledger, chain_heads=heads),
        ),
    )
    path = tmp_path / "forged.localex"
    with path.open("wb") as out:
        writer = fmt.BackupWriter(out, forged)
        writer.write(body)
        writer.finish()
    result = backup.verify_backup(path, db=seeded)
    assert not result.ok
    assert any("table members has" in d for d in result.differences)
    assert any("chain heads of 1 account differ (accounts 1)" in d for d in result.differences)
    with pytest.raises(fmt.BackupDamaged, match="does not match the backup's manifest"):
        backup.restore_backup(seeded, admin, path, safety_backup=False)


# -- interruptions ----------------------------------------------------------------------------


class Boom(BaseException):
    pass


@pytest.mark.allow_errors("backup failed")  # a failed backup is logged as an error
def test_interrupted_backup_leaves_no_file_and_is_recorded(
    seeded: Database, admin: Actor, tmp_path: Path
) -> None:
    def crash_while_writing(p: backup.Progress) -> None:
        if p.stage == "write" and p.done:
            raise Boom()

    with pytest.raises(Boom):
        backup.create_backup(seeded, admin, out=tmp_path, progress=crash_while_writing)
    assert [p.name for p in tmp_path.iterdir()] == []
    health = backup.backup_health(seeded)
    assert health.last_attempt_ok is False and health.last_good_at is None
    assert "failed" in health.message

    cancel = threading.Event()

    def cancel_during_dump(p: backup.Progress) -> None:
        if p.stage == "dump":
            cancel.set()

    with pytest.raises(backup.Cancelled):
        backup.create_backup(
            seeded, admin, out=tmp_path, progress=cancel_during_dump, cancel=cancel
        )
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("stage", ["restore", "compare", "verify", "switch"])
def test_interrupted_restore_leaves_the_data_intact(
    seeded: Database, admin: Actor, tmp_path: Path, stage: str
) -> None:
    made = backup.create_backup(seeded, admin, out=tmp_path)
    one_transfer(seeded, admin)
    before = summary(seeded)

    def crash(p: backup.Progress) -> None:
        if p.stage == stage:
            raise Boom()

    with pytest.raises(Boom):
        backup.restore_backup(seeded, admin, made.path, progress=crash, safety_backup=False)
    assert summary(seeded) == before
    assert leftover_databases(seeded) == []


# -- folder, retention, health --------------------------------------------------------------


def test_retention_keeps_7_daily_4_weekly_12_monthly() -> None:
    now = datetime(2026, 11, 26, 2, 0, tzinfo=UTC)  # a Thursday
    stamps = [now - timedelta(days=d) for d in range(400)]
    stamps += [now - timedelta(days=1, hours=1)]  # an earlier second backup on 25 November
    decision = backup.apply_retention(stamps, backup.Retention(), tz=UTC)
    kept = sorted((stamps[i].date() for i in decision.keep), reverse=True)
    expected = [datetime(2026, 11, d).date() for d in (26, 25, 24, 23, 22, 21, 20, 15, 8)]
    expected += [
        datetime(2026, 10, 31).date(),
        datetime(2026, 9, 30).date(),
        datetime(2026, 8, 31).date(),
        datetime(2026, 7, 31).date(),
        datetime(2026, 6, 30).date(),
        datetime(2026, 5, 31).date(),
        datetime(2026, 4, 30).date(),
        datetime(2026, 3, 31).date(),
        datetime(2026, 2, 28).date(),
        datetime(2026, 1, 31).date(),
        datetime(2025, 12, 31).date(),
    ]
    assert kept == expected
    assert decision.keep[0] == ["newest", "daily", "weekly", "monthly"]
    assert 400 not in decision.keep  # the older of the two on 25 November goes
    assert len(decision.drop) == len(stamps) - len(expected)
    assert backup.apply_retention([], backup.Retention()).keep == {}
    only = backup.apply_retention([now], backup.Retention(0, 0, 0))
    assert only.keep == {0: ["newest"]}


def test_prune_never_deletes_a_labelled_backup(tmp_path: Path) -> None:
    """Same-day backups go by the daily rule, but the safety backup before an upgrade and
    a person's labelled one stay: they were made to be gone back to."""
    now = datetime.now(UTC).replace(microsecond=0)
    for minute, label in enumerate(["before-upgrade", "", "auto", "before-restore", "term-end",
                                    "on-close"]):  # fmt: skip
        stamp = now - timedelta(days=1, minutes=10 - minute)  # older than a day
        _fake_backup(tmp_path / f"b{minute}.localex", b"d", created=stamp, label=label)
    result = backup.prune_backups(tmp_path, backup.Retention())
    assert sorted(p.name for p in tmp_path.glob("*.localex")) == [
        "b0.localex", "b3.localex", "b4.localex", "b5.localex"
    ]  # fmt: skip
    assert sorted(b.path.name for b in result.deleted) == ["b1.localex", "b2.localex"]
    reasons = {b.path.name: r for b, r in result.kept}
    assert reasons["b0.localex"] == ["labelled before-upgrade"]


def test_prune_keeps_every_backup_of_the_last_day(tmp_path: Path) -> None:
    """The backup a person made an hour ago stays, though an automatic one came after."""
    now = datetime.now(UTC).replace(microsecond=0)
    for hours, name in ((30, "old"), (29, "older-same-day"), (1, "mine"), (0, "auto")):
        _fake_backup(tmp_path / f"{name}.localex", b"d", created=now - timedelta(hours=hours))
    result = backup.prune_backups(tmp_path, backup.Retention(daily=1, weekly=0, monthly=0))
    reasons = {b.path.name: r for b, r in result.kept}
    assert reasons["mine.localex"] == ["last 24 hours"] and "auto.localex" in reasons
    assert {b.path.name for b in result.deleted} == {"old.localex", "older-same-day.localex"}


def test_prune_deletes_what_retention_does_not_keep(tmp_path: Path) -> None:
    now = datetime.now(UTC).replace(microsecond=0)
    for days in range(0, 60, 2):
        stamp = now - timedelta(days=days)
        _fake_backup(tmp_path / f"localex-{days:03}.localex", b"dump", created=stamp)
    (tmp_path / "broken.localex").write_bytes(b"not a backup at all")
    (tmp_path / "notes.txt").write_text("left alone")
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    stale = tmp_path / f".localex-x.localex.{int(dead.stdout)}.partial"
    stale.write_bytes(b"half")
    mine = tmp_path / f".localex-y.localex.{os.getpid()}.partial"  # a backup running now
    mine.write_bytes(b"half")
    policy = backup.Retention(daily=3, weekly=2, monthly=2)
    dry = backup.prune_backups(tmp_path, policy, dry_run=True)
    assert len(list(tmp_path.glob("localex-*.localex"))) == 30 and stale.exists()
    result = backup.prune_backups(tmp_path, policy)
    assert [b.path.name for b in result.deleted] == [b.path.name for b in dry.deleted]
    remaining = sorted(p.name for p in tmp_path.glob("localex-*.localex"))
    expected = backup.apply_retention([now - timedelta(days=d) for d in range(0, 60, 2)], policy)
    assert len(remaining) == len(expected.keep) == len(result.kept)
    assert "localex-000.localex" in remaining
    assert [b.path.name for b in result.unreadable] == ["broken.localex"]
    assert (tmp_path / "broken.localex").exists() and (tmp_path / "notes.txt").exists()
    assert result.partials_removed == [stale] and not stale.exists() and mine.exists()
    listed = backup.list_backups(tmp_path)
    assert listed[0].path.name == "localex-000.localex"
    assert listed[-1].problem is not None and "not a LocalEx backup" in listed[-1].problem


@pytest.mark.allow_errors("backup failed")  # a failed backup is logged as an error
def test_health_and_schedule_follow_the_last_good_backup(
    seeded: Database, admin: Actor, tmp_path: Path
) -> None:
    now = datetime.now(UTC)
    health = backup.backup_health(seeded, now)
    assert health.overdue and health.last_good_at is None
    assert backup.last_good_backup_age(seeded, now) is None
    assert backup.backup_on_schedule(seeded, now).due
    made = backup.create_backup(seeded, admin, out=tmp_path)
    health = backup.backup_health(seeded, now + timedelta(hours=1))
    assert not health.overdue and health.last_good_path == str(made.path)
    assert not backup.backup_on_schedule(seeded, now + timedelta(hours=1))
    assert backup.backup_on_schedule(seeded, now + timedelta(hours=25))
    assert backup.backup_health(seeded, now + timedelta(hours=49)).overdue
    with seeded.transaction() as s:
        backup.save_config(
            s,
            admin,
            folder=tmp_path / "auto",
            max_age_hours=100,
            interval_hours=6,
            retention=backup.Retention(1, 1, 1),
        )
    cfg = backup.load_config(seeded)
    assert cfg.folder == tmp_path / "auto" and cfg.retention == backup.Retention(1, 1, 1)
    assert not backup.backup_health(seeded, now + timedelta(hours=49)).overdue
    assert backup.backup_on_schedule(seeded, now + timedelta(hours=7))
    # a failure is recorded, the last good backup is remembered, no retry for an hour
    (tmp_path / "full").write_text("a file where the folder should be")
    with pytest.raises(backup.BackupFailed, match="cannot be created"):
        backup.create_backup(seeded, admin, out=tmp_path / "full" / "sub")
    later = datetime.now(UTC) + timedelta(minutes=5)
    health = backup.backup_health(seeded, later)
    assert health.last_attempt_ok is False and health.last_good_path == str(made.path)
    assert "The last backup failed" in health.message
    decision = backup.backup_on_schedule(seeded, later + timedelta(hours=7))
    assert decision.due
    with seeded.transaction() as s:
        last = settings.get(s, backup.KEY_LAST)
        last["at"] = (later + timedelta(hours=7)).isoformat()
        settings._write(s, backup.KEY_LAST, last)
    assert not backup.backup_on_schedule(seeded, later + timedelta(hours=7, minutes=30))


def test_pg_tools_must_match_the_server(
    seeded: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(backup.ENV_PG_TOOLS, str(tmp_path))
    with pytest.raises(backup.BackupFailed, match="holds no working pg_dump"):
        backup.find_pg_tools(seeded, 18)
    for name in ("pg_dump", "pg_restore"):
        script = tmp_path / name
        script.write_text("#!/bin/sh\necho 'pg_dump (PostgreSQL) 16.4'\n")
        script.chmod(0o755)
    with pytest.raises(backup.BackupFailed, match=r"version 16\.4.*PostgreSQL 18"):
        backup.find_pg_tools(seeded, 18)
    assert backup.find_pg_tools(seeded, 16).major == 16
    monkeypatch.delenv(backup.ENV_PG_TOOLS)
    assert backup.find_pg_tools(seeded, 18).pg_dump == tool_path("pg_dump")


def test_libpq_env_keeps_the_password_off_the_command_line() -> None:
    url = make_url("postgresql+psycopg://coord:s3cret@db.example.org:6543/lets?sslmode=require")
    env = backup.libpq_env(url)
    assert env["PGPASSWORD"] == "s3cret" and env["PGHOST"] == "db.example.org"
    assert env["PGPORT"] == "6543" and env["PGDATABASE"] == "lets"
    assert env["PGSSLMODE"] == "require" and env["PGUSER"] == "coord"
    socket = backup.libpq_env(
        make_url("postgresql+psycopg://postgres@/x?host=%2Ftmp%2Fs&port=5432")
    )
    assert socket["PGHOST"] == "/tmp/s" and "PGPASSWORD" not in socket


# -- private files -------------------------------------------------------------------------


def _mode(path: Path) -> int:
    return path.stat().st_mode & 0o777


@pytest.mark.skipif(os.name == "nt", reason="POSIX modes")
def test_backup_folder_and_files_are_private(
    seeded: Database, admin: Actor, tmp_path: Path
) -> None:
    folder = tmp_path / "backups"  # the configured folder, opened up by someone
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    made = backup.create_backup(seeded, admin)
    assert made.path.parent == folder
    assert _mode(folder) == 0o700 and _mode(made.path) == 0o600
    auto = backup.create_backup(seeded, admin, label="auto", passphrase=PASS)
    assert _mode(auto.path) == 0o600
    # a copy the person saves elsewhere: the file is private, their folder keeps its mode
    elsewhere = tmp_path / "usb"
    elsewhere.mkdir(mode=0o755)
    elsewhere.chmod(0o755)
    copy = backup.create_backup(seeded, admin, out=elsewhere / "copy.localex")
    assert _mode(copy.path) == 0o600 and _mode(elsewhere) == 0o755
    # the restore's safety backup too
    restored = backup.restore_backup(seeded, admin, made.path)
    assert restored.safety_backup is not None and _mode(restored.safety_backup) == 0o600


@pytest.mark.skipif(os.name == "nt", reason="POSIX modes")
@pytest.mark.allow_errors("backup failed")  # a failed backup is logged as an error
def test_an_encrypted_backup_stages_its_plain_dump_privately_and_removes_it(
    seeded: Database, admin: Actor, tmp_path: Path
) -> None:
    seen: list[tuple[str, int, int]] = []

    def look_then_crash(p: backup.Progress) -> None:
        if p.stage == "write" and p.done:
            for staged in tmp_path.glob(".*.dump-partial"):
                seen.extend((staged.name, _mode(staged), _mode(f)) for f in staged.iterdir())
            raise Boom()

    with pytest.raises(Boom):
        backup.create_backup(seeded, admin, out=tmp_path, passphrase=PASS, progress=look_then_crash)
    assert seen and all(folder == 0o700 for _n, folder, _f in seen), seen
    assert list(tmp_path.iterdir()) == []  # no plain dump, no partial file


def test_a_stale_partial_of_an_earlier_crash_is_removed_at_the_next_backup(
    seeded: Database, admin: Actor, tmp_path: Path
) -> None:
    gone = 2**22 + 12345  # above any pid this machine hands out
    stage = tmp_path / f".localex-20260101-000000.localex.{gone}.dump-partial"
    stage.mkdir()
    (stage / "dump").write_bytes(b"PGDMP plain member data")
    partial = tmp_path / f".localex-20260101-000000.localex.{gone}.partial"
    partial.write_bytes(b"half a backup")
    made = backup.create_backup(seeded, admin, out=tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == [made.path.name]


def test_a_manifest_asking_for_too_costly_a_key_derivation_is_refused_unread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    enc, key = fmt.new_encryption(PASS, n=2**10)
    costly = dataclasses.replace(enc, n=2**20, r=32)  # 4 GiB, as the issue found
    m = fmt.Manifest(
        app_version="0.2.0",
        created_at=datetime.now(UTC).replace(microsecond=0),
        actor="x",
        database_name="x",
        mode="embedded",
        server_version="18",
        pg_dump_version="18",
        summary=fmt.DatabaseSummary("0006", {}, None),
        dump_bytes=5,
        dump_sha256=hashlib.sha256(b"PGDMP").hexdigest(),
        encryption=costly,
    )
    path = tmp_path / "costly.localex"
    with path.open("wb") as out:
        writer = fmt.BackupWriter(out, m, key)
        writer.write(b"PGDMP")
        writer.finish()

    def no_work(*_a: object) -> None:
        raise AssertionError("scrypt ran")

    monkeypatch.setattr(fmt.crypto, "_derive", no_work)
    with pytest.raises(fmt.UntrustedBackup, match=r"4096 MiB of memory .* at most 256 MiB"):
        fmt.read_header(path)
    with pytest.raises(fmt.UntrustedBackup, match="4096 MiB"):
        backup.verify_backup(path, passphrase=PASS)
    with pytest.raises(fmt.UntrustedBackup, match="times our work"):
        fmt.crypto.check_cost(2**17, 8, 16)
    fmt.crypto.check_cost(fmt.crypto.SCRYPT_N, fmt.crypto.SCRYPT_R, fmt.crypto.SCRYPT_P)
