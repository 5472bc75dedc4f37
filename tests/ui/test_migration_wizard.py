"""The migration wizard and the downgrade, driven through their widgets; start-up wiring."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from PySide6.QtWidgets import QApplication

from localex_desktop import app as app_module
from localex_desktop.db import migrate
from localex_desktop.db.connection import Database
from localex_desktop.domain.roles import Actor
from localex_desktop.services import migration_flow
from localex_desktop.services.migration_flow import Stage
from localex_desktop.ui.backup.migration_wizard import (
    DOWNGRADE_WORD,
    DowngradeDialog,
    MigrationWizard,
    run_migration_wizard,
)
from localex_desktop.ui.tasks import TaskRunner

from .conftest import Boxes

HEAD = migrate.head_revision()
PREVIOUS = migrate.all_revisions()[-2].revision


@pytest.fixture
def behind(seeded: Database) -> Database:
    """A database with a ledger, one revision behind this program."""
    migrate.downgrade(seeded.engine, PREVIOUS)
    return seeded


def wizard_for(db: Database, admin: Actor) -> MigrationWizard:
    plan = migration_flow.plan_upgrade(db)
    return MigrationWizard(db, admin, TaskRunner(inline=True), plan)


def test_wizard_shows_the_pending_revisions_and_upgrades(
    behind: Database, admin: Actor, tmp_path: Path
) -> None:
    wizard = wizard_for(behind, admin)
    assert wizard.revision_list.count() == 1
    assert wizard.revision_list.item(0).text().startswith(f"Apply {HEAD}: ")
    assert wizard.next_button.text() == "Back up and upgrade"
    assert wizard.cancel_button.text() == "Quit"
    wizard.next_button.click()
    outcome = wizard.outcome
    assert outcome is not None and outcome.ok
    assert migrate.current_revision(behind.engine) == HEAD
    assert wizard.stack.currentWidget() is wizard.report_page
    assert wizard.headline.text() == f"The database was upgraded to schema {HEAD} and verified."
    assert wizard.report_stages.states == {
        Stage.BACKUP: "done",
        Stage.APPLY: "done",
        Stage.VERIFY: "done",
    }
    assert list((tmp_path / "backups").glob("*-before-upgrade.localex"))
    assert wizard.next_button.text() == "Continue"
    wizard.next_button.click()
    assert wizard.result() == MigrationWizard.DialogCode.Accepted.value


@pytest.mark.allow_errors("the upgrade failed")
def test_wizard_rolls_back_and_says_what_happened(
    behind: Database, admin: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_upgrade = migrate.upgrade

    def half_then_fail(engine: sa.Engine, target: str = "head", **kwargs: Any) -> Any:
        real_upgrade(engine, target, **kwargs)
        if engine.url.database != behind.url.database:  # the rollback builds its schema
            return None
        raise RuntimeError("revision 0005 exploded")

    monkeypatch.setattr(migrate, "upgrade", half_then_fail)
    wizard = wizard_for(behind, admin)
    wizard.next_button.click()
    outcome = wizard.outcome
    assert outcome is not None and not outcome.ok and outcome.rolled_back
    assert migrate.current_revision(behind.engine) == PREVIOUS
    assert wizard.headline.text() == (
        f"The upgrade failed, and the database was put back as it was (schema {PREVIOUS})."
    )
    lines = [wizard.report_list.item(i).text() for i in range(wizard.report_list.count())]
    assert any("revision 0005 exploded" in line for line in lines)
    assert any(line.startswith("Backup taken first: ") for line in lines)
    assert wizard.report_stages.states[Stage.APPLY] == "failed"
    assert wizard.report_stages.states[Stage.ROLLBACK] == "done"
    assert wizard.next_button.text() == "Close"


def test_start_up_runs_the_wizard_when_the_schema_is_behind(
    behind: Database, admin: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    def drive(self: MigrationWizard) -> int:
        self.next_button.click()  # back up and upgrade
        return 1

    monkeypatch.setattr(MigrationWizard, "exec", drive)
    assert run_migration_wizard(None, behind, admin, TaskRunner(inline=True))
    assert migrate.current_revision(behind.engine) == HEAD
    # up to date: nothing to show, go on
    assert run_migration_wizard(None, behind, admin, TaskRunner(inline=True))


def test_a_newer_database_is_refused_and_the_program_exits(
    db: Database, monkeypatch: pytest.MonkeyPatch, boxes: Boxes, qapp: QApplication
) -> None:
    with db.engine.begin() as conn:
        conn.execute(sa.text("UPDATE alembic_version SET version_num = '9999'"))
    monkeypatch.setattr(app_module, "open_chosen", lambda _args, _tasks: db)
    args = argparse.Namespace(review=None, data_dir="x", database_url=None)
    assert app_module.run_gui(qapp, args, TaskRunner(inline=True)) == 1
    assert "updated by a newer version" in boxes.last.text
    assert boxes.last.informative == "Install the newer LocalEx Desktop to open it."


def test_downgrade_needs_the_typed_word_then_backs_up_and_goes_down(
    behind: Database, admin: Actor, tmp_path: Path
) -> None:
    migrate.upgrade(behind.engine)
    targets = migration_flow.downgrade_targets(behind)
    dialog = DowngradeDialog(behind, admin, TaskRunner(inline=True), targets)
    assert dialog.target_box.currentData().revision == PREVIOUS
    assert dialog.undone_list.item(0).text().startswith(f"Undo {HEAD}: ")
    assert not dialog.next_button.isEnabled()
    dialog.confirm_edit.setText("downgrade")
    assert not dialog.next_button.isEnabled()
    dialog.go_next()  # refused without the word
    assert dialog.outcome is None
    dialog.confirm_edit.setText(DOWNGRADE_WORD)
    assert dialog.next_button.isEnabled()
    dialog.next_button.click()
    assert dialog.outcome is not None and dialog.outcome.ok
    assert migrate.current_revision(behind.engine) == PREVIOUS
    assert dialog.headline.text() == f"The database was downgraded to schema {PREVIOUS}."
    assert list((tmp_path / "backups").glob("*-before-downgrade.localex"))
    assert dialog.next_button.text() == "Close the program"
