"""Two coordinators edit the same member: nothing is lost without somebody choosing it.

Each "coordinator" is a transaction of its own on the real database; ``seen`` is the
member as the first one's dialog showed it when it opened.
"""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from localex_desktop.db.connection import Database
from localex_desktop.domain.roles import Actor, Role
from localex_desktop.services import categories, listings, members
from localex_desktop.services.edits import ChangedMeanwhile, merge
from localex_desktop.services.listings import ListingInput
from localex_desktop.services.members import MemberInfo, MemberInput

ANN = Actor("ann", Role.COORDINATOR)
BOB = Actor("bob", Role.COORDINATOR)


@pytest.fixture
def member(db: Database) -> MemberInfo:
    with db.transaction() as s:
        made = members.create(
            s, ANN, MemberInput(name="Cyd Carter", phone="0711"), credit_limit=5000
        )
        return members.get(s, ANN, made.id)


def get(db: Database, member_id: int) -> MemberInfo:
    with db.transaction() as s:
        return members.get(s, ANN, member_id)


def test_different_fields_changed_by_two_people_are_both_kept(
    db: Database, member: MemberInfo
) -> None:
    seen = member  # Ann's dialog opens
    with db.transaction() as s:  # Bob renames and raises the limit meanwhile
        members.update(s, BOB, member.id, name="Cyd Carter-Jones", credit_limit=9000, seen=member)
    with db.transaction() as s:  # Ann saves the phone; her form still shows the old name
        members.update(
            s, ANN, member.id, name=seen.name, phone="0799", credit_limit=5000, seen=seen
        )
    now = get(db, member.id)
    assert (now.name, now.phone, now.credit_limit) == ("Cyd Carter-Jones", "0799", 9000)


def test_the_same_field_changed_by_both_is_refused_naming_who_and_what(
    db: Database, member: MemberInfo
) -> None:
    with db.transaction() as s:
        members.update(s, BOB, member.id, phone="0722", seen=member)
    with pytest.raises(ChangedMeanwhile) as caught, db.transaction() as s:
        members.update(s, ANN, member.id, phone="0799", seen=member)
    exc = caught.value
    assert exc.message == "bob changed the phone of this member since you opened it."
    assert [(c.field, c.seen, c.now) for c in exc.changes] == [("phone", "0711", "0722")]
    assert "Save anyway" in (exc.hint or "")
    assert get(db, member.id).phone == "0722"  # nothing written
    with db.transaction() as s:  # Ann chose "Save anyway"
        members.update(s, ANN, member.id, phone="0799", seen=member, overwrite=True)
    assert get(db, member.id).phone == "0799"


def test_without_seen_the_cli_still_writes_what_it_is_given(
    db: Database, member: MemberInfo
) -> None:
    with db.transaction() as s:
        members.update(s, BOB, member.id, phone="0722")
        members.update(s, ANN, member.id, phone="0799")
    assert get(db, member.id).phone == "0799"


def test_the_authors_are_everyone_since_the_shown_version(db: Database, member: MemberInfo) -> None:
    with db.transaction() as s:
        members.update(s, BOB, member.id, phone="0722")
    with db.transaction() as s:
        members.update(s, Actor("dee", Role.ADMIN), member.id, address="1 Mill Lane")
    with pytest.raises(ChangedMeanwhile) as caught, db.transaction() as s:
        members.update(s, ANN, member.id, phone="0799", address="2 Mill Lane", seen=member)
    assert caught.value.authors == ["bob", "dee"]
    assert caught.value.message.startswith("bob and dee changed the phone and the address")
    with db.engine.connect() as conn:
        audit = conn.execute(sa.text("SELECT count(*) FROM audit_log WHERE actor = 'ann'"))
        assert audit.scalar_one() == 1  # the enrolment only


def test_merge_rules() -> None:
    seen = {"a": 1, "b": 1, "c": 1}
    values, clashes = merge(seen, {"a": 2, "b": 1, "c": 3}, {"a": 1, "b": 5, "c": 3}, labels={})
    assert values == {"a": 2, "b": 5, "c": 3}  # a: theirs kept; b: mine; c: both the same
    assert clashes == []
    _values, clashes = merge(seen, {"a": 2}, {"a": 4}, labels={"a": "alpha"})
    assert [(c.label, c.seen, c.now) for c in clashes] == [("alpha", 1, 2)]


def test_listings_keep_the_other_change_and_refuse_a_clash(db: Database) -> None:
    with db.transaction() as s:
        owner = members.create(s, ANN, MemberInput(name="Eve"))
        food = categories.add(s, Actor("admin", Role.ADMIN), "Food").id
        made = listings.add(s, ANN, ListingInput(owner.id, "offer", food, "Jam", price=300))
        seen = listings.get(s, ANN, made.id)
    with db.transaction() as s:  # Bob changes the price
        listings.update(s, BOB, seen.id, price=350, seen=seen)
    with db.transaction() as s:  # Ann fixes the title, her form still showing 3.00
        listings.update(s, ANN, seen.id, title="Plum jam", price=300, seen=seen)
    with db.transaction() as s:
        now = listings.get(s, ANN, seen.id)
    assert (now.title, now.price) == ("Plum jam", 350)
    with pytest.raises(ChangedMeanwhile) as caught, db.transaction() as s:  # a third desk
        listings.update(s, Actor("dee", Role.COORDINATOR), seen.id, price=400, seen=seen)
    assert caught.value.message.endswith("changed the price of this listing since you opened it.")
    # Bob changed the price; Ann only the title since, so she is not named for the price
    assert caught.value.authors == ["bob"]
