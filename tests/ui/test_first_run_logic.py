"""The first-run wizard's rules, headless (no widgets)."""

from __future__ import annotations

from pathlib import Path

import pytest

from localex_desktop.db import migrate
from localex_desktop.db.connection import Database
from localex_desktop.domain.errors import ValidationError
from localex_desktop.services.system import DatabaseState, inspect_database
from localex_desktop.ui.first_run.logic import FirstRunLogic, Step

from .helpers import PASSWORD


def state(operators: int, current: str | None = "0001") -> DatabaseState:
    status = migrate.MigrationStatus(current, "0001", [], True)
    return DatabaseState(status, operators, "18.0")


def test_full_wizard_has_two_steps_and_admin_only_one(tmp_path: Path) -> None:
    assert FirstRunLogic(tmp_path).steps() == [Step.LOCATION, Step.ADMIN]
    only = FirstRunLogic(tmp_path, admin_only=True)
    assert only.steps() == [Step.ADMIN]
    assert only.first_step() is Step.ADMIN


def test_admin_step_is_skipped_when_operators_exist(tmp_path: Path) -> None:
    logic = FirstRunLogic(tmp_path)
    assert logic.next_step(Step.LOCATION) is Step.ADMIN  # not known yet
    logic.record_state(state(operators=2))
    assert logic.next_step(Step.LOCATION) is None
    logic.location_changed()
    assert logic.next_step(Step.LOCATION) is Step.ADMIN
    logic.record_state(state(operators=0, current=None))
    assert logic.next_step(Step.LOCATION) is Step.ADMIN
    assert logic.next_step(Step.ADMIN) is None


def test_embedded_target_and_profile(tmp_path: Path) -> None:
    logic = FirstRunLogic(tmp_path / "data")
    target = logic.target()
    assert target.mode == "embedded"
    assert target.data_dir == (tmp_path / "data").resolve()
    assert logic.profile().data_dir == str((tmp_path / "data").resolve())


def test_embedded_folder_must_be_a_folder(tmp_path: Path) -> None:
    file = tmp_path / "file.txt"
    file.write_text("x")
    logic = FirstRunLogic(file)
    assert logic.location_error() is not None and "is a file" in logic.location_error()
    logic.data_dir = "  "
    with pytest.raises(ValidationError):
        logic.target()


def test_server_password_stays_in_memory(tmp_path: Path) -> None:
    logic = FirstRunLogic(tmp_path)
    logic.mode = "server"
    logic.url = "postgres://anna@db.example.org:5433/lets"
    logic.server_password = "s3cret"
    target = logic.target()
    assert target.url is not None and target.url.password == "s3cret"
    assert target.url.drivername == "postgresql+psycopg"
    profile = logic.profile()
    assert profile.mode == "server"
    assert profile.url is not None and "s3cret" not in profile.url
    assert "db.example.org:5433/lets" in profile.url


def test_bad_server_url_is_explained(tmp_path: Path) -> None:
    logic = FirstRunLogic(tmp_path)
    logic.mode = "server"
    logic.url = "mysql://x@y/z"
    assert "Only PostgreSQL" in (logic.location_error() or "")
    logic.url = ""
    assert logic.location_error() is not None


def test_a_url_typed_a_character_at_a_time_is_never_a_fault(tmp_path: Path) -> None:
    """Every prefix of a URL gives a sentence or nothing (at "…127.0.0.1:" SQLAlchemy's
    int() of the empty port used to raise ValueError: "a fault in LocalEx Desktop")."""
    logic = FirstRunLogic(tmp_path)
    logic.mode = "server"
    for full in ("postgresql://coord@127.0.0.1:5432/exchange", "postgres://c@[::1]:5433/x"):
        for end in range(len(full) + 1):
            logic.url = full[:end]
            logic.location_error()  # never raises
        assert logic.location_error() is None
    logic.url = "postgresql://coord@127.0.0.1:/exchange"
    assert "port in the database URL is not a number" in (logic.location_error() or "")
    logic.url = "postgresql://coord@127.0.0.1:70000/exchange"
    assert "70000" in (logic.location_error() or "")


def test_admin_validation(tmp_path: Path) -> None:
    logic = FirstRunLogic(tmp_path, admin_only=True)
    assert logic.admin_errors() == {}  # nothing typed, nothing to complain of
    assert not logic.admin_complete()
    logic.username = "a b"
    logic.password = "short"
    logic.repeat = "other"
    errors = logic.admin_errors()
    assert set(errors) == {"username", "password", "repeat"}
    assert "at least 10" in errors["password"]
    logic.username, logic.password, logic.repeat = "anna", PASSWORD, PASSWORD
    assert logic.admin_errors() == {}
    assert logic.admin_complete()


def test_inspect_database_counts_operators(db: Database) -> None:
    found = inspect_database(db)
    assert found.status.up_to_date
    assert found.operators == 0
    assert found.needs_admin


def test_inspect_empty_database(empty_db: Database) -> None:
    found = inspect_database(empty_db)
    assert found.status.current is None
    assert found.needs_admin
