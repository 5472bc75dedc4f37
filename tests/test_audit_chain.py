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
        links = conn.execute(
            sa.text("SELECT seq, audit_id FROM localex_audit_chain ORDER BY seq")
        ).all()
        head = conn.execute(sa.text("SELECT seq FROM localex_audit_head")).scalar()
    assert [s for s, _ in links] == list(range(1, len(links) + 1)) and head == len(links) > 5
    assert sorted(a for _, a in links) == _ids(db)
    assert verified(db, admin).ok


def test_a_deleted_audit_row_is_named(db: Database, admin: Actor) -> None:
    seed_ledger(db, admin)
    ids = _ids(db)
    gone = ids[3]
    tamper(db, "DELETE FROM audit_log WHERE id = :id", id=gone)
    found = _audit_problems(db, admin)
    assert found == [f"Audit log: audit row {gone} is missing: it was deleted."], found


def test_a_deleted_row_and_its_link_leave_a_named_gap(db: Database, admin: Actor) -> None:
    seed_ledger(db, admin)
    ids = _ids(db)
    gone = ids[3]
    tamper(
        db,
        "DELETE FROM audit_log WHERE id = :id",
        "DELETE FROM localex_audit_chain WHERE audit_id = :id",
        id=gone,
    )
    found = _audit_problems(db, admin)
    assert any(f"(audit row {gone})" in m and "deleted" in m for m in found), found


def test_the_last_audit_rows_deleted_are_caught(db: Database, admin: Actor) -> None:
    seed_ledger(db, admin)
    last = _ids(db)[-1]
    tamper(
        db,
        "DELETE FROM audit_log WHERE id = :id",
        "DELETE FROM localex_audit_chain WHERE audit_id = :id",
        id=last,
    )
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


def test_audit_rows_and_links_are_append_only(db: Database, admin: Actor) -> None:
    """Even the superuser, with the triggers on, cannot change or delete them."""
    seed_ledger(db, admin)
    with db.engine.connect() as conn:
        for sql in (
            "UPDATE audit_log SET actor = 'x'",
            "DELETE FROM audit_log",
            "UPDATE localex_audit_chain SET hash = prev_hash",
            "DELETE FROM localex_audit_chain",
        ):
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
        first = conn.execute(
            sa.text(
                "SELECT l.actor FROM localex_audit_chain c JOIN audit_log l ON l.id = c.audit_id"
                " WHERE c.seq = 1"
            )
        ).scalar()
    assert first == "old"
