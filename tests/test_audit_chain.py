"""The audit log is chained like the ledger (revision 0007) and verify names a deleted,
changed or smuggled-in audit row."""

from __future__ import annotations

import sqlalchemy as sa

from localex_desktop.db import migrate
from localex_desktop.db.connection import Database
from localex_desktop.domain.roles import Actor
from localex_desktop.services import members

from .seed_ledger import seed_ledger
from .tampering import tamper, verified


def _audit_problems(db: Database, admin: Actor) -> list[str]:
    return [p.message for p in verified(db, admin).problems if p.check == "audit"]


def _ids(db: Database) -> list[int]:
    with db.engine.connect() as conn:
        return list(conn.execute(sa.text("SELECT id FROM audit_log ORDER BY id")).scalars())


def test_every_audit_row_is_in_the_chain(db: Database, admin: Actor) -> None:
    seed_ledger(db, admin)
    with db.engine.connect() as conn:
        rows = conn.execute(sa.text("SELECT chain_seq FROM audit_log ORDER BY chain_seq")).scalars()
        seqs = list(rows)
        head = conn.execute(sa.text("SELECT seq FROM localex_audit_head")).scalar()
    assert seqs == list(range(1, len(seqs) + 1)) and head == len(seqs) > 5
    assert verified(db, admin).ok


def test_a_deleted_audit_row_is_named(db: Database, admin: Actor) -> None:
    seed_ledger(db, admin)
    ids = _ids(db)
    gone = ids[3]
    tamper(db, "DELETE FROM audit_log WHERE id = :id", id=gone)
    found = _audit_problems(db, admin)
    assert any(f"audit row {gone})" in m and "deleted" in m for m in found), found


def test_the_last_audit_rows_deleted_are_caught(db: Database, admin: Actor) -> None:
    seed_ledger(db, admin)
    last = _ids(db)[-1]
    tamper(db, "DELETE FROM audit_log WHERE id = :id", id=last)
    found = _audit_problems(db, admin)
    assert any("at the end is missing" in m for m in found), found


def test_a_changed_audit_row_is_named(db: Database, admin: Actor) -> None:
    seed_ledger(db, admin)
    victim = _ids(db)[2]
    tamper(db, "UPDATE audit_log SET actor = 'someone else' WHERE id = :id", id=victim)
    found = _audit_problems(db, admin)
    assert any(f"audit row {victim} no longer matches" in m for m in found), found


def test_a_row_written_past_the_rules_is_named(db: Database, admin: Actor) -> None:
    seed_ledger(db, admin)
    tamper(
        db,
        "INSERT INTO audit_log (actor, action, entity) VALUES ('ghost', 'create', 'member')",
    )
    ghost = _ids(db)[-1]
    found = _audit_problems(db, admin)
    assert any(f"audit row {ghost} is not in the chain" in m for m in found), found


def test_audit_rows_change_only_to_be_linked(db: Database, admin: Actor) -> None:
    """Even the superuser, with the triggers on, cannot change or delete an audit row."""
    seed_ledger(db, admin)
    with db.engine.connect() as conn:
        for sql in ("UPDATE audit_log SET actor = 'x'", "DELETE FROM audit_log"):
            savepoint = conn.begin()
            try:
                conn.execute(sa.text(sql))
                raise AssertionError(f"{sql} went through")
            except sa.exc.DBAPIError as exc:
                assert "append-only" in str(exc)
            finally:
                savepoint.rollback()


def test_rows_from_before_the_chain_are_chained_at_the_upgrade(db: Database, admin: Actor) -> None:
    migrate.downgrade(db.engine, "0006")
    with db.transaction() as s:  # audit rows of revision 0006 (no chain, no localex_audit)
        for n in range(3):
            s.execute(
                sa.text(
                    "INSERT INTO audit_log (actor, action, entity, entity_id)"
                    " VALUES ('old', 'create', 'member', :n)"
                ),
                {"n": str(n)},
            )
    migrate.upgrade(db.engine)
    seed_ledger(db, admin)
    with db.transaction() as s:
        members.create(s, admin, members.MemberInput(name="After the upgrade"))
    assert verified(db, admin).ok
    with db.engine.connect() as conn:
        first = conn.execute(sa.text("SELECT actor FROM audit_log WHERE chain_seq = 1")).scalar()
    assert first == "old"
