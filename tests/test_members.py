"""Members and their accounts: enrol, validate, edit, change status, search."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from sqlalchemy.exc import DBAPIError

from localex_desktop.db.connection import Database
from localex_desktop.domain.errors import (
    Conflict,
    NotFound,
    PermissionDenied,
    Refused,
    ValidationError,
)
from localex_desktop.domain.roles import Actor
from localex_desktop.services import audit, leaving, ledger, members, settings


def _add(db: Database, actor: Actor, name: str, **kw: object) -> members.MemberInfo:
    fields = {k: v for k, v in kw.items() if k in ("email", "phone", "address", "notes")}
    limits = {k: v for k, v in kw.items() if k not in fields}
    with db.transaction() as s:
        return members.create(s, actor, members.MemberInput(name=name, **fields), **limits)  # type: ignore[arg-type]


def test_create_opens_an_account_with_the_default_credit_limit(
    db: Database, coordinator: Actor, admin: Actor
) -> None:
    m = _add(db, coordinator, "  Ada   Lovelace ", email=" ada@example.org ", phone="+44 1234")
    assert m.name == "Ada Lovelace" and m.email == "ada@example.org" and m.phone == "+44 1234"
    assert m.status == "active" and m.balance == 0 and m.left_on is None
    assert m.credit_limit == settings.DEFAULTS["default_credit_limit"] == 50000
    assert m.available == 50000 and m.upper_limit is None
    with db.transaction() as s:
        acc = s.execute(
            sa.text("SELECT member_id, name, balance, entry_count FROM accounts WHERE id = :a"),
            {"a": m.account_id},
        ).one()
        assert tuple(acc) == (m.id, "Ada Lovelace", 0, 0)
        settings.put(s, admin, "default_credit_limit", 1234)
        rows = audit.query(s, admin, entity="member", entity_id=str(m.id))
        assert [r.action for r in rows] == ["create"]
        assert rows[0].actor == coordinator.name and rows[0].after["credit_limit"] == 50000
    assert _add(db, coordinator, "Bob").credit_limit == 1234
    explicit = _add(db, coordinator, "Cyd", credit_limit=0, upper_limit=900)
    assert (explicit.credit_limit, explicit.upper_limit, explicit.available) == (0, 900, 0)


def test_create_with_a_chosen_number_keeps_the_sequence_ahead(
    db: Database, coordinator: Actor
) -> None:
    assert _add(db, coordinator, "Imported", member_id=500).id == 500
    assert _add(db, coordinator, "Next").id == 501
    with pytest.raises(Conflict, match="500 is taken"):
        _add(db, coordinator, "Again", member_id=500)
    with pytest.raises(ValidationError):
        _add(db, coordinator, "Zero", member_id=0)


@pytest.mark.parametrize(
    ("kw", "field"),
    [
        ({"name": "   "}, "name"),
        ({"name": "x" * 201}, "name"),
        ({"name": "Ann", "email": "not-an-email"}, "email"),
        ({"name": "Ann", "email": "a@b"}, "email"),
        ({"name": "Ann", "email": "a b@c.de"}, "email"),
        ({"name": "Ann", "phone": "call me"}, "phone"),
        ({"name": "Ann", "phone": "12"}, "phone"),
        ({"name": "Ann", "credit_limit": -1}, "credit_limit"),
        ({"name": "Ann", "upper_limit": -1}, "upper_limit"),
    ],
)
def test_invalid_input_is_refused(
    db: Database, coordinator: Actor, kw: dict[str, object], field: str
) -> None:
    name = str(kw.pop("name"))
    with pytest.raises(ValidationError) as err:
        _add(db, coordinator, name, **kw)
    assert err.value.field == field
    with db.transaction() as s:
        assert members.count(s, coordinator) == 0


def test_duplicate_email_is_a_conflict_whatever_the_case(db: Database, coordinator: Actor) -> None:
    first = _add(db, coordinator, "Ann", email="ann@example.org")
    with pytest.raises(Conflict, match=f"Member {first.id} already has"):
        _add(db, coordinator, "Other Ann", email="ANN@Example.ORG")
    other = _add(db, coordinator, "Ben", email="ben@example.org")
    with pytest.raises(Conflict), db.transaction() as s:
        members.update(s, coordinator, other.id, email="Ann@example.org")
    # a member may keep (and re-case) their own address; several may have none
    with db.transaction() as s:
        assert members.update(s, coordinator, first.id, email="ANN@example.org").email == (
            "ANN@example.org"
        )
    _add(db, coordinator, "No Mail 1")
    _add(db, coordinator, "No Mail 2", email="  ")
    with db.transaction() as s:
        assert members.count(s, coordinator) == 4


def test_update_changes_only_the_given_fields_and_is_audited(
    db: Database, coordinator: Actor, admin: Actor
) -> None:
    m = _add(db, coordinator, "Dan", email="dan@example.org", phone="555 1234", address="1 Road")
    with db.transaction() as s:
        new = members.update(s, coordinator, m.id, phone="555 9999", credit_limit=700)
    assert (new.name, new.email, new.address) == ("Dan", "dan@example.org", "1 Road")
    assert (new.phone, new.credit_limit, new.upper_limit) == ("555 9999", 700, None)
    with db.transaction() as s:
        rows = audit.query(s, admin, entity="member", entity_id=str(m.id))
        assert [r.action for r in rows] == ["update", "create"]
        before, after = rows[0].before, rows[0].after
        assert before["phone"] == "555 1234" and after["phone"] == "555 9999"
        assert before["credit_limit"] == 50000 and after["credit_limit"] == 700
        assert {k for k in after if after[k] != before[k]} == {"phone", "credit_limit"}
        # renaming renames the account; clearing the email sets it to none
        renamed = members.update(s, coordinator, m.id, name="Daniel", email=None)
        assert renamed.name == "Daniel" and renamed.email is None
        acc_name = s.execute(
            sa.text("SELECT name FROM accounts WHERE id = :a"), {"a": m.account_id}
        ).scalar_one()
        assert acc_name == "Daniel"
        # no change, no audit row
        members.update(s, coordinator, m.id, address="1 Road")
        assert len(audit.query(s, admin, entity="member", entity_id=str(m.id))) == 3
    with pytest.raises(ValidationError), db.transaction() as s:
        members.update(s, coordinator, m.id, credit_limit=None)
    with pytest.raises(ValidationError), db.transaction() as s:
        members.update(s, coordinator, m.id, email="nope")
    with pytest.raises(NotFound), db.transaction() as s:
        members.update(s, coordinator, 9999, name="Ghost")
    with db.transaction() as s:
        assert members.get(s, coordinator, m.id).email is None


def test_suspend_reactivate_and_leave(db: Database, coordinator: Actor, admin: Actor) -> None:
    m = _add(db, coordinator, "Eve")
    other = _add(db, coordinator, "Fay")
    with db.transaction() as s:
        assert members.suspend(s, coordinator, m.id).status == "suspended"
        with pytest.raises(Refused, match="already suspended"):
            members.suspend(s, coordinator, m.id)
        assert members.reactivate(s, coordinator, m.id).status == "active"
        ledger.transfer(s, coordinator, m.id, other.id, 250, "owed")
    with (
        pytest.raises(Refused, match=r"cannot leave with a balance of -2\.50"),
        db.transaction() as s,
    ):
        leaving.leave(s, coordinator, m.id)
    with db.transaction() as s:
        ledger.transfer(s, coordinator, other.id, m.id, 250, "settled")
        left = leaving.leave(s, coordinator, m.id)
    assert left.status == "left" and left.left_on is not None
    with db.transaction() as s:
        actions = [r.action for r in audit.query(s, admin, entity="member", entity_id=str(m.id))]
        assert actions == ["leave", "reactivate", "suspend", "create"]
        with pytest.raises(NotFound):
            members.suspend(s, coordinator, 9999)


def test_leave_settling_the_balance_refuses_a_balance_that_changed(
    db: Database, coordinator: Actor
) -> None:
    m = _add(db, coordinator, "Ivo")
    other = _add(db, coordinator, "Jan")
    with db.transaction() as s:
        ledger.transfer(s, coordinator, other.id, m.id, 300, "credit")
    with pytest.raises(Refused, match=r"now 3\.00.*not 1\.00"), db.transaction() as s:
        leaving.leave(s, coordinator, m.id, settle=True, expected_balance=100)
    with db.transaction() as s:
        assert members.get(s, coordinator, m.id).status == "active"
        left = leaving.leave(s, coordinator, m.id, settle=True, expected_balance=300)
        assert (left.status, left.balance) == ("left", 0)


def test_leave_is_refused_by_the_database_trigger(db: Database, coordinator: Actor) -> None:
    m = _add(db, coordinator, "Gil")
    other = _add(db, coordinator, "Hal")
    with db.transaction() as s:
        ledger.transfer(s, coordinator, other.id, m.id, 100, "credit")
    with pytest.raises(DBAPIError) as err, db.transaction() as s:
        s.execute(sa.text("UPDATE members SET status = 'left' WHERE id = :m"), {"m": m.id})
    assert getattr(err.value.orig, "sqlstate", None) == "LX041"
    assert "cannot leave with a balance of 100" in str(err.value)
    with db.transaction() as s:
        assert members.get(s, coordinator, m.id).status == "active"
        with pytest.raises(DBAPIError), s.begin_nested():
            s.execute(sa.text("DELETE FROM members WHERE id = :m"), {"m": other.id})


def test_role_checks(db: Database, bookkeeper: Actor, coordinator: Actor) -> None:
    m = _add(db, coordinator, "Ivy")
    with pytest.raises(PermissionDenied):
        _add(db, bookkeeper, "Not Allowed")
    with db.transaction() as s:
        with pytest.raises(PermissionDenied):
            members.update(s, bookkeeper, m.id, name="Changed")
        with pytest.raises(PermissionDenied):
            members.suspend(s, bookkeeper, m.id)
        with pytest.raises(PermissionDenied):
            leaving.leave(s, bookkeeper, m.id)
        # reading is allowed
        assert members.get(s, bookkeeper, m.id).name == "Ivy"
        assert [x.id for x in members.search(s, bookkeeper, "ivy")] == [m.id]
        assert members.count(s, bookkeeper) == 1


@pytest.fixture
def roster(db: Database, coordinator: Actor) -> dict[str, int]:
    people = [
        ("Alice Smith", "alice@example.org", "0123 456", 0, None),
        ("bob smithers", "bob@mail.test", "0999 111", 300, None),
        ("Carol Jones", None, "", 0, 70),
        ("Dave 100% Real", "dave_x@example.org", "+1 (555) 000", 0, None),
    ]
    ids = {}
    for name, email, phone, paid, number in people:
        info = _add(db, coordinator, name, email=email, phone=phone, member_id=number)
        ids[name.split()[0].lower()] = info.id
        if paid:
            with db.transaction() as s:
                ledger.transfer(
                    s, coordinator, ids["alice"], ids[name.split()[0].lower()], paid, "x"
                )
    with db.transaction() as s:
        members.suspend(s, coordinator, ids["carol"])
    return ids


def test_search_in_the_database(db: Database, bookkeeper: Actor, roster: dict[str, int]) -> None:
    ids = roster

    def find(text: str = "", **kw: object) -> list[int]:
        with db.transaction() as s:
            return [m.id for m in members.search(s, bookkeeper, text, **kw)]  # type: ignore[arg-type]

    assert find("SMITH") == [ids["alice"], ids["bob"]]
    assert find("smith bob") == [ids["bob"]]  # every word must match
    assert find("example.org") == [ids["alice"], ids["dave"]]
    assert find("999") == [ids["bob"]]  # part of a phone number
    assert find("(555)") == [ids["dave"]]
    assert ids["carol"] == 70
    assert find("70") == [ids["carol"]]  # member number
    assert find("1") == [ids["alice"], ids["bob"], ids["dave"]]  # number 1 or phone
    assert find("100%") == [ids["dave"]]  # % and _ are literal, not wildcards
    assert find("e_x") == [ids["dave"]]
    assert find("a_e") == []  # would match "dave" if _ were a wildcard
    assert find("x@") == [ids["dave"]]
    assert find("nobody") == []
    assert find(status="suspended") == [ids["carol"]]
    assert find("smith", status="suspended") == []
    assert find(sort="name") == [ids["alice"], ids["bob"], ids["carol"], ids["dave"]]
    assert find(sort="balance")[0] == ids["alice"]
    assert find(sort="balance", descending=True)[0] == ids["bob"]
    assert find(sort="id", descending=True, limit=2) == [ids["dave"], ids["carol"]]
    assert find(sort="id", limit=2, offset=2) == [ids["carol"], ids["dave"]]
    assert find(sort="last_activity", descending=True)[-2:] == [ids["carol"], ids["dave"]]
    with pytest.raises(ValidationError), db.transaction() as s:
        members.search(s, bookkeeper, status="gone")
    with pytest.raises(ValidationError), db.transaction() as s:
        members.search(s, bookkeeper, sort="shoe size")
    with db.transaction() as s:
        assert members.count(s, bookkeeper) == 4
        assert members.count(s, bookkeeper, "suspended") == 1
