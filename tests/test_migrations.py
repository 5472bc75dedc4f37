"""Every revision goes up and down on a database that holds data."""

import pytest
import sqlalchemy as sa

from localex_desktop.db import migrate
from localex_desktop.db.connection import Database
from localex_desktop.domain.errors import SchemaMismatch, ValidationError
from localex_desktop.services import system

from .seed import seed_everything


def _tables(db: Database) -> set[str]:
    with db.engine.connect() as conn:
        return set(sa.inspect(conn).get_table_names())


def test_upgrade_from_empty_reaches_head(empty_db: Database) -> None:
    st = migrate.status(empty_db.engine)
    assert st.current is None and st.pending
    system.initialise(empty_db)
    assert migrate.status(empty_db.engine).up_to_date


def test_every_revision_down_and_up_with_data(db: Database) -> None:
    seed_everything(db)
    revisions = [r.revision for r in migrate.all_revisions()]
    # step down one revision at a time, re-seed what is left, and come back up
    for i in range(len(revisions) - 1, 0, -1):
        migrate.downgrade(db.engine, revisions[i - 1])
        assert migrate.current_revision(db.engine) == revisions[i - 1]
        migrate.upgrade(db.engine, revisions[i])
        assert migrate.current_revision(db.engine) == revisions[i]
        migrate.downgrade(db.engine, revisions[i - 1])
    migrate.downgrade(db.engine, "base")
    assert migrate.current_revision(db.engine) is None
    assert _tables(db) <= {"alembic_version"}
    migrate.upgrade(db.engine)
    seed_everything(db)
    assert migrate.status(db.engine).up_to_date


def test_downgrade_one_step_keeps_older_data(db: Database) -> None:
    seed_everything(db)
    revisions = [r.revision for r in migrate.all_revisions()]
    if len(revisions) < 2:
        pytest.skip("only one revision")
    with db.engine.connect() as conn:
        before = conn.execute(sa.text("SELECT count(*) FROM operators")).scalar_one()
    migrate.downgrade(db.engine, revisions[-2])
    migrate.upgrade(db.engine)
    with db.engine.connect() as conn:
        assert conn.execute(sa.text("SELECT count(*) FROM operators")).scalar_one() == before


def test_failed_upgrade_changes_nothing(
    empty_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A revision that fails half-way leaves the schema as it was (one transaction)."""
    from alembic.operations import Operations

    real = Operations.create_table
    calls = {"n": 0}

    def failing_create_table(self: Operations, *args: object, **kw: object) -> object:
        calls["n"] += 1
        if calls["n"] == 2:
            raise RuntimeError("simulated failure in the middle of a revision")
        return real(self, *args, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(Operations, "create_table", failing_create_table)
    with pytest.raises(RuntimeError):
        migrate.upgrade(empty_db.engine)
    assert migrate.current_revision(empty_db.engine) is None
    assert _tables(empty_db) == set()


def test_database_from_a_newer_program_is_refused(db: Database) -> None:
    with db.engine.begin() as conn:
        conn.execute(sa.text("UPDATE alembic_version SET version_num = '9999_future'"))
    with pytest.raises(SchemaMismatch, match="newer version"):
        migrate.upgrade(db.engine)
    with pytest.raises(SchemaMismatch):
        system.initialise(db)


def test_unknown_target_revision_is_a_clear_error(db: Database) -> None:
    with pytest.raises(ValidationError, match="no schema revision"):
        migrate.downgrade(db.engine, "nope")
