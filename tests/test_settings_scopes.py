"""Settings: declared once, kept per exchange or per computer, config files versioned."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import sqlalchemy as sa

from localex_desktop import config
from localex_desktop.config import machine
from localex_desktop.db.connection import Database
from localex_desktop.db.models import AuditEntry
from localex_desktop.domain.errors import ValidationError
from localex_desktop.domain.roles import Actor
from localex_desktop.domain.settings import SETTINGS, Scope
from localex_desktop.services import backup, settings


def use_computer(monkeypatch: pytest.MonkeyPatch, folder: Path) -> Path:
    """Make ``folder`` this "computer"'s config dir (a second coordinator's machine)."""
    monkeypatch.setenv("LOCALEX_CONFIG_DIR", str(folder))
    return folder


def stored_rows(db: Database) -> dict[str, object]:
    with db.engine.connect() as conn:
        return dict(conn.execute(sa.text("SELECT key, value FROM settings")).tuples().all())


# -- scopes -----------------------------------------------------------------------------


def test_a_machine_setting_is_not_seen_by_another_computer(
    db: Database, admin: Actor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = use_computer(monkeypatch, tmp_path / "first")
    with db.transaction() as s:
        backup.save_config(
            s, admin, folder=tmp_path / "first-backups", retention=backup.Retention(3, 2, 1)
        )
    assert backup.load_config(db).folder == tmp_path / "first-backups"
    saved = json.loads((first / "settings.json").read_text())
    assert saved == {"version": 1, "settings": {"backup_folder": str(tmp_path / "first-backups")}}
    rows = stored_rows(db)
    assert "backup_folder" not in rows  # nothing about this computer in the shared database
    assert rows["backup_retention"] == {"daily": 3, "weekly": 2, "monthly": 1}
    with db.transaction() as s:  # the change is audited like any other
        audited = s.scalars(
            sa.select(AuditEntry.entity_id).where(AuditEntry.entity == "setting")
        ).all()
    assert {"backup_folder", "backup_retention"} <= set(audited)

    use_computer(monkeypatch, tmp_path / "second")
    other = backup.load_config(db)
    assert other.folder == backup.default_folder(db)  # not the first computer's folder
    assert other.retention == backup.Retention(3, 2, 1)  # the exchange's policy is shared
    with db.transaction() as s:
        backup.save_config(s, admin, folder=tmp_path / "second-backups")
    use_computer(monkeypatch, first)
    assert backup.load_config(db).folder == tmp_path / "first-backups"


def test_a_folder_or_tools_row_in_the_database_is_never_taken(
    db: Database,
    admin: Actor,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """An earlier version kept these in the database; anyone with a database login may
    write such a row (a planted pg_dump, a public share): this computer ignores it,
    says so in the log, and keeps its own."""
    with db.transaction() as s:
        settings._write(s, "backup_folder", "/srv/old-backups")
        settings._write(s, "backup_pg_tools_dir", "/tmp/planted/bin")
    monkeypatch.setattr(settings, "_LEGACY_NOTED", set())
    first = use_computer(monkeypatch, tmp_path / "first")
    cfg = backup.load_config(db)
    assert cfg.pg_tools_dir is None and cfg.folder != Path("/srv/old-backups")
    assert not (first / "settings.json").exists() or machine.values() == {}
    assert "backup_pg_tools_dir row" in caplog.text and "does not take it" in caplog.text
    with db.transaction() as s:  # this computer's own value counts
        settings.put(s, admin, "backup_folder", str(tmp_path / "mine"))
    assert backup.load_config(db).folder == tmp_path / "mine"


def test_every_setting_is_declared_checked_and_typed(
    db: Database, admin: Actor, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    for setting in SETTINGS.values():
        assert setting.coerce(None) == setting.default
        if setting.default is not None:
            assert isinstance(setting.default, setting.type), setting.key
    with db.transaction() as s:
        with pytest.raises(KeyError, match="not declared"):
            settings.get(s, "no_such_setting")
        with pytest.raises(KeyError, match="written by the program"):
            settings.put(s, admin, "last_backup", {})
        with pytest.raises(ValidationError, match="full path"):
            settings.put(s, admin, "backup_folder", "relative/folder")
        with pytest.raises(ValidationError, match="0 to 1000"):
            settings.put(s, admin, "backup_retention", {"daily": -1, "weekly": 1, "monthly": 1})
        with pytest.raises(ValidationError, match=r"between 0\.25 and 8784"):
            settings.put(s, admin, "backup_interval_hours", 0)
    assert not machine.values() and "backup_retention" not in stored_rows(db)
    machine.MACHINE_FILE.write({"settings": {"backup_folder": 42}})  # edited by hand, wrongly
    with db.transaction() as s:
        assert settings.get(s, "backup_folder") is None  # the default, not a crash
    scopes = {s.key: s.scope for s in SETTINGS.values()}
    assert scopes["backup_folder"] is scopes["backup_pg_tools_dir"] is Scope.MACHINE
    assert scopes["exchange_name"] is scopes["backup_retention"] is Scope.EXCHANGE


# -- versioned config files --------------------------------------------------------------


def test_an_unversioned_connection_profile_is_upgraded_and_a_copy_kept(
    isolated_config: Path,
) -> None:
    old = {"mode": "server", "data_dir": None, "url": "postgresql://coord@db.example.org/lets"}
    path = isolated_config / "connection.json"
    isolated_config.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(old))
    profile = config.load_profile()
    assert profile == config.ConnectionProfile("server", url=old["url"])
    assert json.loads(path.read_text()) == {"version": 1, **old}
    assert json.loads((isolated_config / "connection.json.v0.bak").read_text()) == old
    assert config.load_profile() == profile  # and reading again changes nothing


def test_an_unversioned_settings_file_is_upgraded(isolated_config: Path) -> None:
    isolated_config.mkdir(parents=True, exist_ok=True)
    (isolated_config / "settings.json").write_text(json.dumps({"backup_folder": "/mnt/usb"}))
    assert machine.get("backup_folder") == "/mnt/usb"
    assert json.loads((isolated_config / "settings.json").read_text()) == {
        "version": 1,
        "settings": {"backup_folder": "/mnt/usb"},
    }


@pytest.mark.parametrize("name", ["connection.json", "settings.json"])
def test_a_file_from_a_newer_program_is_read_but_never_overwritten(
    name: str, isolated_config: Path
) -> None:
    newer = {
        "version": 7,
        "mode": "embedded",
        "data_dir": "/data/lets",
        "settings": {"backup_folder": "/mnt/usb"},
        "something_new": [1, 2, 3],
    }
    isolated_config.mkdir(parents=True, exist_ok=True)
    path = isolated_config / name
    path.write_text(json.dumps(newer))
    if name == "connection.json":
        assert config.load_profile() == config.ConnectionProfile("embedded", "/data/lets")
        with pytest.raises(config.NewerFile, match="newer LocalEx Desktop"):
            config.save_profile(config.ConnectionProfile("embedded", "/elsewhere"))
    else:
        assert machine.get("backup_folder") == "/mnt/usb"
        with pytest.raises(config.NewerFile, match="left as it is"):
            machine.put("backup_folder", "/elsewhere")
    assert json.loads(path.read_text()) == newer
    assert not list(isolated_config.glob("*.bak"))
