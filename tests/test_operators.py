"""Operators: passwords, lock-out, disabling, password resets, deletion and the audit trail."""

from __future__ import annotations

from datetime import timedelta

import pytest
import sqlalchemy as sa

from localex_desktop.db.connection import Database
from localex_desktop.domain.errors import (
    AuthenticationFailed,
    Conflict,
    PermissionDenied,
    Refused,
    ValidationError,
)
from localex_desktop.domain.roles import Actor, Role
from localex_desktop.services import audit, members, operator_changes, operators

PASSWORD = "correct horse battery"


def _create(db: Database, admin: Actor, name: str, role: Role = Role.COORDINATOR) -> int:
    with db.transaction() as s:
        return operators.create(s, admin, name, PASSWORD, role).id


def _failures(db: Database, name: str) -> tuple[int, object]:
    with db.transaction() as s:
        row = s.execute(
            sa.text("SELECT failed_logins, locked_until FROM operators WHERE username = :u"),
            {"u": name},
        ).one()
        return row.failed_logins, row.locked_until


def test_unknown_user_and_wrong_password_get_the_same_answer(db: Database, admin: Actor) -> None:
    _create(db, admin, "carol")
    with pytest.raises(AuthenticationFailed) as unknown:
        operators.authenticate(db, "nobody", PASSWORD)
    with pytest.raises(AuthenticationFailed) as wrong:
        operators.authenticate(db, "carol", "wrong password!")
    assert str(unknown.value) == str(wrong.value) == "Unknown user name or wrong password."
    assert operators.authenticate(db, " CAROL ", PASSWORD).username == "carol"


def test_lock_out_after_five_failures_for_fifteen_minutes(db: Database, admin: Actor) -> None:
    _create(db, admin, "carol")
    for attempt in range(1, 6):
        with pytest.raises(AuthenticationFailed, match="wrong password"):
            operators.authenticate(db, "carol", f"wrong guess {attempt}")
        if attempt < 5:
            assert _failures(db, "carol")[0] == attempt
    # locked: even the right password is refused, saying for how long
    with pytest.raises(AuthenticationFailed, match=r"locked for \d+ more minute") as err:
        operators.authenticate(db, "carol", PASSWORD)
    assert err.value.hint and "administrator" in err.value.hint
    with db.transaction() as s:
        lock = audit.query(s, admin, entity="operator", operator="system")[0]
        assert lock.action == "lock" and "locked_until" in lock.after
        locked_until = s.scalar(
            sa.text("SELECT locked_until FROM operators WHERE username = 'carol'")
        )
        # fifteen minutes from the lock (the audit row is written a moment after it)
        assert timedelta(0) <= operators.LOCKOUT - (locked_until - lock.at) < timedelta(seconds=5)
    # fifteen minutes later (simulated): the right password works and the count starts over
    with db.transaction() as s:
        s.execute(
            sa.text(
                "UPDATE operators SET locked_until = now() - interval '1 second' "
                "WHERE username = 'carol'"
            )
        )
    info = operators.authenticate(db, "carol", PASSWORD)
    assert info.locked_until is None and info.last_login_at is not None
    assert _failures(db, "carol") == (0, None)


def test_a_good_login_resets_the_failure_count(db: Database, admin: Actor) -> None:
    _create(db, admin, "carol")
    for _ in range(4):
        with pytest.raises(AuthenticationFailed):
            operators.authenticate(db, "carol", "nope nope nope")
    operators.authenticate(db, "carol", PASSWORD)
    assert _failures(db, "carol") == (0, None)


def test_password_rules(db: Database, admin: Actor) -> None:
    with pytest.raises(ValidationError, match="at least 10 characters"), db.transaction() as s:
        operators.create(s, admin, "shorty", "123456789", Role.BOOKKEEPER)
    with pytest.raises(ValidationError, match="start or end with a space"), db.transaction() as s:
        operators.create(s, admin, "spacey", " 1234567890", Role.BOOKKEEPER)
    with pytest.raises(ValidationError, match="not allowed"), db.transaction() as s:
        operators.create(s, admin, "no spaces", PASSWORD, Role.BOOKKEEPER)
    _create(db, admin, "exactly10")
    with pytest.raises(Conflict, match="already an operator"), db.transaction() as s:
        operators.create(s, admin, "EXACTLY10", PASSWORD, Role.BOOKKEEPER)
    with db.transaction() as s:
        operators.create(s, admin, "tenchars", "0123456789", Role.BOOKKEEPER)
        rows = audit.query(s, admin, entity="operator")
        assert rows[0].after == {"username": "tenchars", "role": "bookkeeper", "display_name": ""}
        stored = s.scalar(sa.text("SELECT password_hash FROM operators WHERE username='tenchars'"))
        assert stored.startswith("$2") and "0123456789" not in stored


def test_disable(db: Database, admin: Actor) -> None:
    carol = _create(db, admin, "carol")
    boss = _create(db, admin, "boss", Role.ADMIN)
    _create(db, admin, "boss2", Role.ADMIN)
    with db.transaction() as s:
        assert operator_changes.set_active(s, admin, "carol", False).active is False
    with pytest.raises(AuthenticationFailed, match="disabled"):
        operators.authenticate(db, "carol", PASSWORD)
    boss_actor = Actor("boss", Role.ADMIN, boss)
    with pytest.raises(Refused, match="your own account"), db.transaction() as s:
        operator_changes.set_active(s, boss_actor, boss, False)
    with db.transaction() as s:
        operator_changes.set_active(s, admin, "boss2", False)
    with pytest.raises(Refused, match="last active administrator"), db.transaction() as s:
        operator_changes.set_active(s, admin, "boss", False)
    with db.transaction() as s:
        operator_changes.set_active(s, admin, carol, True)
        row = audit.query(s, admin, entity="operator", entity_id=str(carol))[0]
        assert (row.action, row.before, row.after) == (
            "enable",
            {"active": False},
            {"active": True},
        )
    assert operators.authenticate(db, "carol", PASSWORD).active


def test_passwd_resets_and_unlocks(db: Database, admin: Actor) -> None:
    carol = _create(db, admin, "carol")
    dave = _create(db, admin, "dave")
    for _ in range(5):
        with pytest.raises(AuthenticationFailed):
            operators.authenticate(db, "carol", "wrong wrong wrong")
    with pytest.raises(ValidationError, match="at least 10"), db.transaction() as s:
        operators.set_password(s, admin, "carol", "short")
    with db.transaction() as s:
        assert operators.set_password(s, admin, "carol", "a new long password").locked_until is None
    with pytest.raises(AuthenticationFailed):
        operators.authenticate(db, "carol", PASSWORD)
    me = operators.authenticate(db, "carol", "a new long password").actor()
    # an operator may change their own password, not someone else's
    with db.transaction() as s:
        operators.set_password(s, me, carol, "my very own password")
    with pytest.raises(PermissionDenied), db.transaction() as s:
        operators.set_password(s, me, dave, "hijacked password")
    with db.transaction() as s:
        rows = audit.query(s, admin, entity="operator", entity_id=str(carol))
        assert [r.action for r in rows[:2]] == ["set password", "set password"]
        assert rows[0].before is None and rows[0].after is None  # no hashes in the audit log


def test_delete_refused_once_the_operator_has_acted(db: Database, admin: Actor) -> None:
    carol = _create(db, admin, "carol")
    idle = _create(db, admin, "idle")
    with db.transaction() as s:
        members.create(s, Actor("carol", Role.COORDINATOR, carol), members.MemberInput(name="Ann"))
    with pytest.raises(Refused, match="audit trail") as err, db.transaction() as s:
        operators.delete(s, admin, "carol")
    assert err.value.hint and "Disable" in err.value.hint
    with db.transaction() as s:
        operators.delete(s, admin, idle)
        assert [o.username for o in operators.list_all(s, admin)] == ["carol"]
        row = audit.query(s, admin, entity="operator", entity_id=str(idle))[0]
        assert row.action == "delete" and row.before == {"username": "idle"}


def test_a_password_over_72_bytes_is_refused_in_words(
    db: Database,
    admin: Actor,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """bcrypt reads 72 bytes at most (bcrypt 5 raises beyond): refused before hashing,
    counted in bytes, so 37 accented letters (74 bytes) are too many."""
    _create(db, admin, "bert")
    with db.transaction() as s:
        operators.create(s, admin, "ascii72", "a" * 72, Role.BOOKKEEPER)  # exactly 72 bytes
    for long in ("a" * 73, "é" * 37):
        with pytest.raises(ValidationError) as raised, db.transaction() as s:
            operators.create(s, admin, "longpw", long, Role.BOOKKEEPER)
        assert "at most 72 bytes" in raised.value.message
        assert "with accented letters that may be fewer than 72 characters" in raised.value.message
        with pytest.raises(ValidationError, match="at most 72 bytes"), db.transaction() as s:
            operators.set_password(s, admin, "bert", long)
    assert operators.authenticate(db, "bert", PASSWORD).username == "bert"

    import io

    from localex_desktop.cli.main import main

    url = db.url.render_as_string(hide_password=False)
    monkeypatch.setattr("sys.stdin", io.StringIO("é" * 37 + "\n"))
    assert main(["--database-url", url, "operator", "passwd", "bert"]) == 1
    err = capsys.readouterr().err
    assert "at most 72 bytes" in err and "internal error" not in err
