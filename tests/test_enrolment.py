"""Enrolling many members in one go (services/enrolment.py): the rules of one enrolment,
for a whole file, in a handful of statements."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from localex_desktop.db.connection import Database
from localex_desktop.domain.errors import Conflict, ValidationError
from localex_desktop.domain.roles import Actor
from localex_desktop.services import enrolment, member_queries, members
from localex_desktop.services.enrolment import Enrolment
from localex_desktop.services.members import MemberInput


def test_numbers_brought_along_and_new_ones_mixed(db: Database, coordinator: Actor) -> None:
    with db.transaction() as s:
        first = members.create(s, coordinator, MemberInput("Ann Existing")).id
        ids = enrolment.enrol_many(
            s,
            coordinator,
            [
                Enrolment(MemberInput("Bo New", email="bo@example.org")),
                Enrolment(MemberInput("Cy Kept"), member_id=50, credit_limit=7_000),
                Enrolment(MemberInput("Di New"), upper_limit=90_000),
            ],
        )
        assert ids[1] == 50 and ids[0] > first and ids[2] > 50 and ids[0] != ids[2]
        cy = member_queries.get(s, coordinator, 50)
        di = member_queries.get(s, coordinator, ids[2])
        bo = member_queries.get(s, coordinator, ids[0])
        later = members.create(s, coordinator, MemberInput("Ed After")).id
        audited = s.execute(
            sa.text("SELECT count(*) FROM audit_log WHERE entity = 'member' AND action = 'create'")
        ).scalar_one()
    assert (cy.name, cy.credit_limit, cy.balance, cy.status) == ("Cy Kept", 7_000, 0, "active")
    assert di.upper_limit == 90_000 and bo.email == "bo@example.org"
    assert later > max(ids)
    assert audited == 5


def test_a_bad_row_names_its_line_and_nothing_is_written(db: Database, coordinator: Actor) -> None:
    with db.transaction() as s:
        members.create(s, coordinator, MemberInput("Ann", email="ann@example.org"))
    cases = [
        ([Enrolment(MemberInput("Ok")), Enrolment(MemberInput("  "))], ValidationError, "Line 8:"),
        (
            [Enrolment(MemberInput("A", email="x@example.org"))] * 2,
            Conflict,
            "Lines 7 and 8 give the same email address",
        ),
        (
            [Enrolment(MemberInput("B", email="ANN@example.org"))],
            Conflict,
            "Line 7: member 1 already",
        ),
        ([Enrolment(MemberInput("C"), member_id=1)], Conflict, "Line 7: member number 1 is taken."),
        ([Enrolment(MemberInput("D"), credit_limit=-1)], ValidationError, "negative"),
    ]
    for items, kind, words in cases:
        with pytest.raises(kind) as caught, db.transaction() as s:
            enrolment.enrol_many(s, coordinator, items, lines=[7, 8][: len(items)])
        assert words in caught.value.message, caught.value.message
    with db.transaction() as s:
        assert s.execute(sa.text("SELECT count(*) FROM members")).scalar_one() == 1
