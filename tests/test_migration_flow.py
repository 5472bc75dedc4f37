"""The migration flow: backup first, apply, verify, and put the backup back on failure."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import make_url

from localex_desktop.db import migrate
from localex_desktop.db.connection import Database
from localex_desktop.db.embedded import EmbeddedServer
from localex_desktop.domain import backup_format as fmt
from localex_desktop.domain.errors import PermissionDenied, SchemaMismatch, ValidationError
from localex_desktop.domain.roles import Actor
from localex_desktop.services import backup, migration_flow, verify
from localex_desktop.services.migration_flow import Stage

from .conftest import summary

HEAD = migrate.head_revision()
PREVIOUS = migrate.all_revisions()[-2].revision


def leftovers(server: EmbeddedServer, name: str) -> list[str]:
    engine = sa.create_engine(
        make_url(server.url("postgres")), isolation_level="AUTOCOMMIT", poolclass=sa.NullPool
    )
    with engine.connect() as conn:
        names = list(
            conn.execute(
                sa.text("SELECT datname FROM pg_database WHERE starts_with(datname, :p)"),
                {"p": f"{name}_"},
            ).scalars()
        )
    engine.dispose()
    return names


@pytest.fixture
def behind(seeded: Database) -> Database:
    """The seeded database one revision behind this program."""
    migrate.downgrade(seeded.engine, PREVIOUS)
    return seeded


def stages(log: list[backup.Progress]) -> list[str]:
    seen: list[str] = []
    for p in log:
        if not seen or seen[-1] != p.stage:
            seen.append(p.stage)
    return seen


def test_plan_lists_the_pending_revisions(behind: Database, tmp_path: Path) -> None:
    plan = migration_flow.plan_upgrade(behind)
    assert plan.direction == "upgrade"
    assert (plan.current, plan.target) == (PREVIOUS, HEAD)
    assert [r.revision for r in plan.revisions] == [HEAD]
    assert plan.backup_folder == tmp_path / "backups"
    assert plan.stages == [Stage.BACKUP, Stage.APPLY, Stage.VERIFY]
    assert plan.describe()[0].startswith(f"Apply {HEAD}: ")


def test_upgrade_backs_up_applies_and_verifies(behind: Database, admin: Actor) -> None:
    before = summary(behind)
    log: list[backup.Progress] = []
    outcome = migration_flow.run_migration(
        behind, admin, migration_flow.plan_upgrade(behind), progress=log.append
    )
    assert outcome.ok, outcome.details()
    assert outcome.revision_now == HEAD == migrate.current_revision(behind.engine)
    assert outcome.ledger is not None and outcome.ledger.ok
    assert outcome.backup is not None and outcome.backup.path.exists()
    assert "before-upgrade" in outcome.backup.path.name
    assert fmt.read_header(outcome.backup.path).manifest.schema_revision == PREVIOUS
    assert stages(log) == ["backup", "apply", "verify", "done"]
    assert outcome.headline() == f"The database was upgraded to schema {HEAD} and verified."
    after = summary(behind)
    assert after.ledger == before.ledger
    with behind.engine.connect() as conn:
        action = conn.execute(
            sa.text("SELECT action FROM audit_log ORDER BY id DESC LIMIT 1")
        ).scalar()
    assert action == "upgrade"


@pytest.mark.allow_errors("the upgrade failed")
def test_a_failing_step_puts_the_backup_back(
    behind: Database, admin: Actor, monkeypatch: pytest.MonkeyPatch, pg_server: EmbeddedServer
) -> None:
    before = summary(behind)
    real_upgrade = migrate.upgrade

    def half_then_fail(engine: sa.Engine, target: str = "head", **kwargs: Any) -> Any:
        if engine.url.database != behind.url.database:  # the rollback builds its schema
            return real_upgrade(engine, target, **kwargs)
        real_upgrade(engine, target, **kwargs)  # the work is committed…
        with engine.begin() as conn:  # …and more besides, then the step fails
            conn.execute(sa.text("UPDATE members SET name = 'half-migrated'"))
        raise RuntimeError("revision 0005 exploded")

    monkeypatch.setattr(migrate, "upgrade", half_then_fail)
    log: list[backup.Progress] = []
    outcome = migration_flow.run_migration(
        behind, admin, migration_flow.plan_upgrade(behind), progress=log.append
    )
    assert not outcome.ok and outcome.rolled_back
    assert outcome.failed_stage is Stage.APPLY
    assert outcome.error is not None and "revision 0005 exploded" in outcome.error
    assert "rollback" in stages(log)
    assert outcome.revision_now == PREVIOUS == migrate.current_revision(behind.engine)
    assert summary(behind) == before  # exactly as it was, not migrated again
    with behind.engine.connect() as conn:
        names = conn.execute(sa.text("SELECT name FROM members")).scalars().all()
    assert "half-migrated" not in names
    assert outcome.headline() == (
        f"The upgrade failed, and the database was put back as it was (schema {PREVIOUS})."
    )
    details = "\n".join(outcome.details())
    assert "Apply the schema changes failed: RuntimeError: revision 0005 exploded" in details
    assert outcome.kept_as in leftovers(pg_server, str(behind.url.database))


@pytest.mark.allow_errors("the upgrade failed")
def test_a_ledger_that_does_not_verify_afterwards_rolls_back(
    behind: Database, admin: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_verify = verify.verify

    def broken(session: Any, actor: Actor, **kwargs: Any) -> verify.VerifyReport:
        report = real_verify(session, actor, **kwargs)
        report.problems.append(verify.Problem("hash", "Transaction 2 no longer matches.", 2))
        report.ok = False
        return report

    monkeypatch.setattr(verify, "verify", broken)
    outcome = migration_flow.run_migration(behind, admin, migration_flow.plan_upgrade(behind))
    assert not outcome.ok and outcome.rolled_back
    assert outcome.failed_stage is Stage.VERIFY
    assert migrate.current_revision(behind.engine) == PREVIOUS
    assert any("Transaction 2 no longer matches" in line for line in outcome.details())


@pytest.mark.allow_errors("backup failed")
def test_a_failed_backup_changes_nothing(behind: Database, admin: Actor, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be")
    with behind.transaction() as s:
        backup.save_config(s, admin, folder=blocker)
    outcome = migration_flow.run_migration(behind, admin, migration_flow.plan_upgrade(behind))
    assert not outcome.ok and outcome.failed_stage is Stage.BACKUP
    assert outcome.headline() == "The backup failed, so nothing was changed."
    assert migrate.current_revision(behind.engine) == PREVIOUS


@pytest.mark.allow_errors("backup failed")
def test_cancelling_during_the_backup_changes_nothing(behind: Database, admin: Actor) -> None:
    import threading

    cancel = threading.Event()

    def cancel_on_dump(p: backup.Progress) -> None:
        if p.message.startswith("Dumping"):
            cancel.set()

    outcome = migration_flow.run_migration(
        behind, admin, migration_flow.plan_upgrade(behind), progress=cancel_on_dump, cancel=cancel
    )
    assert outcome.cancelled and not outcome.ok
    assert migrate.current_revision(behind.engine) == PREVIOUS


def test_downgrade_with_a_backup_first_then_up_again(seeded: Database, admin: Actor) -> None:
    assert migration_flow.downgrade_targets(seeded)[0].revision == PREVIOUS
    plan = migration_flow.plan_downgrade(seeded, PREVIOUS)
    assert [r.revision for r in plan.revisions] == [HEAD]
    assert plan.stages == [Stage.BACKUP, Stage.APPLY]
    outcome = migration_flow.run_migration(seeded, admin, plan)
    assert outcome.ok, outcome.details()
    assert migrate.current_revision(seeded.engine) == PREVIOUS
    assert outcome.backup is not None and "before-downgrade" in outcome.backup.path.name
    up = migration_flow.run_migration(seeded, admin, migration_flow.plan_upgrade(seeded))
    assert up.ok and migrate.current_revision(seeded.engine) == HEAD


def test_downgrade_targets_must_be_earlier(seeded: Database) -> None:
    with pytest.raises(ValidationError, match="not earlier"):
        migration_flow.plan_downgrade(seeded, HEAD)
    with pytest.raises(ValidationError, match="no schema revision"):
        migration_flow.plan_downgrade(seeded, "nope")


def test_newer_database_is_refused_and_roles_are_checked(
    seeded: Database, coordinator: Actor, admin: Actor
) -> None:
    plan: Callable[[Database], migration_flow.MigrationPlan] = migration_flow.plan_upgrade
    with pytest.raises(PermissionDenied):
        migration_flow.run_migration(seeded, coordinator, plan(seeded))
    with seeded.engine.begin() as conn:
        conn.execute(sa.text("UPDATE alembic_version SET version_num = '9999'"))
    with pytest.raises(SchemaMismatch, match="newer version"):
        migration_flow.plan_upgrade(seeded)
