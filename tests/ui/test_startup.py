"""Start-up: the schema question, a newer schema refused, --version and --self-check."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import sqlalchemy as sa

from localex_desktop import __version__
from localex_desktop.app import main
from localex_desktop.db import migrate
from localex_desktop.db.connection import Database
from localex_desktop.domain.errors import SchemaMismatch
from localex_desktop.services.system import inspect_database


def test_newer_schema_is_refused(db: Database) -> None:
    with db.engine.begin() as conn:
        conn.execute(sa.text("UPDATE alembic_version SET version_num = '9999'"))
    with pytest.raises(SchemaMismatch, match="newer version"):
        inspect_database(db)


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert __version__ in capsys.readouterr().out


def test_self_check_in_a_new_data_folder(tmp_path: Path) -> None:
    env = dict(os.environ)
    env["LOCALEX_CONFIG_DIR"] = str(tmp_path / "config")
    env["LOCALEX_LOG_DIR"] = str(tmp_path / "logs")
    env.pop("QT_QPA_PLATFORM", None)  # --self-check must choose offscreen itself
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "localex_desktop",
            "--self-check",
            "--data-dir",
            str(tmp_path / "d"),
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    line = done.stdout.strip()
    assert line.startswith(f"self-check ok: schema {migrate.head_revision()}, PostgreSQL 18")
    assert line.endswith(" s")
    assert (tmp_path / "logs" / "localex-desktop.log").is_file()


def test_a_bare_self_check_leaves_the_setup_as_it_was(tmp_path: Path) -> None:
    """An installer's `localex-desktop --self-check` before anything is set up: the first
    start afterwards still asks where to keep the data, and opens at its usual size."""
    env = dict(os.environ)
    env["LOCALEX_CONFIG_DIR"] = str(tmp_path / "config")
    env["LOCALEX_LOG_DIR"] = str(tmp_path / "logs")
    env["XDG_DATA_HOME"] = str(tmp_path / "xdg")
    for name in ("QT_QPA_PLATFORM", "LOCALEX_DATA_DIR", "LOCALEX_DATABASE_URL"):
        env.pop(name, None)
    done = subprocess.run(
        [sys.executable, "-m", "localex_desktop", "--self-check"],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "checking in a temporary data folder" in done.stdout
    assert "self-check ok" in done.stdout
    assert not (tmp_path / "xdg").exists()  # no default data folder was made
    assert not (tmp_path / "config" / "window.ini").exists()


def test_self_check_reports_failure(tmp_path: Path) -> None:
    env = dict(os.environ)
    env["LOCALEX_CONFIG_DIR"] = str(tmp_path / "config")
    env["LOCALEX_LOG_DIR"] = str(tmp_path / "logs")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "localex_desktop",
            "--self-check",
            "--database-url",
            "postgresql://nobody@127.0.0.1:1/none",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 1
    assert done.stderr.startswith("self-check failed: Nothing answered at 127.0.0.1:1.")
    assert "Traceback" not in done.stderr
