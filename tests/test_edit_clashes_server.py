"""Two coordinators' desktops on one shared server edit the same record (issue 15, item 3).

Each desktop is a login of its own with its password over TCP (alice and carol, two
coordinators' logins; dana, the administrators' login, twice for operators and
settings), signed in as an operator at the database, as the program does. ``seen`` is
the record as that desktop's dialog showed it when it opened.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from localex_desktop.db.connection import Database
from localex_desktop.domain.errors import Refused
from localex_desktop.domain.roles import Actor, Role
from localex_desktop.services import categories, listings, members, operator_changes, operators
from localex_desktop.services import settings as exchange_settings
from localex_desktop.services.edits import ChangedMeanwhile
from localex_desktop.services.listings import ListingInput
from localex_desktop.services.members import MemberInput

from .server_cluster import OPERATORS, SharedServer

ADA_PASSWORD = "ada-operator-1"


@dataclass
class Desk:
    """One desktop: its login's database and the operator signed in there."""

    db: Database
    actor: Actor


def desk(shared: SharedServer, database: str, login: str, operator: str, pw: str = "") -> Desk:
    db = shared.database_for(login, database)
    signed = operators.authenticate(db, operator, pw or OPERATORS[operator][0])
    return Desk(db, signed.actor())


@pytest.fixture
def exchange(shared_server: SharedServer) -> str:
    return shared_server.fresh_exchange()


@pytest.fixture
def coordinators(shared_server: SharedServer, exchange: str) -> Iterator[tuple[Desk, Desk]]:
    """Ann at alice's desktop, Cy at carol's."""
    a = desk(shared_server, exchange, "alice", "ann")
    b = desk(shared_server, exchange, "carol", "cy")
    yield a, b
    a.db.close()
    b.db.close()


def enrol(shared: SharedServer, database: str, name: str, phone: str = "") -> int:
    """A member enrolled by a coordinator's own login (alice, operator ann)."""
    at = desk(shared, database, "alice", "ann")
    try:
        with at.db.transaction() as s:
            made = members.create(s, at.actor, MemberInput(name, phone=phone))
        return made.id
    finally:
        at.db.close()


@pytest.fixture
def admins(shared_server: SharedServer, exchange: str) -> Iterator[tuple[Desk, Desk]]:
    """Two administrators (admin and ada) on two desktops of the administrators' login."""
    a = desk(shared_server, exchange, "dana", "admin")
    with a.db.transaction() as s:
        operators.create(s, a.actor, "ada", ADA_PASSWORD, Role.ADMIN)
    b = desk(shared_server, exchange, "dana", "ada", ADA_PASSWORD)
    yield a, b
    a.db.close()
    b.db.close()


def test_members_on_a_server(
    shared_server: SharedServer, exchange: str, coordinators: tuple[Desk, Desk]
) -> None:
    """The issue's case: A sets the phone, B renames; both stay. Then both set the phone."""
    a, b = coordinators
    member = enrol(shared_server, exchange, "Dora Diaz", "0711")
    with a.db.transaction() as s:
        seen_a = members.get(s, a.actor, member)
    with b.db.transaction() as s:
        seen_b = members.get(s, b.actor, member)
    with a.db.transaction() as s:
        members.update(s, a.actor, member, name=seen_a.name, phone="0722", seen=seen_a)
    with b.db.transaction() as s:
        members.update(s, b.actor, member, name="Dora Diaz-Lee", phone="0711", seen=seen_b)
    with a.db.transaction() as s:
        now = members.get(s, a.actor, member)
    assert (now.name, now.phone) == ("Dora Diaz-Lee", "0722")
    with pytest.raises(ChangedMeanwhile) as caught, b.db.transaction() as s:
        members.update(s, b.actor, member, phone="0733", seen=seen_b)
    assert caught.value.message == "ann changed the phone of this member since you opened it."
    with b.db.transaction() as s:
        members.update(s, b.actor, member, phone="0733", seen=seen_b, overwrite=True)
        assert members.get(s, b.actor, member).phone == "0733"


def test_listings_on_a_server(
    shared_server: SharedServer, exchange: str, coordinators: tuple[Desk, Desk]
) -> None:
    a, b = coordinators
    owner = enrol(shared_server, exchange, "Eli Eng")
    with a.db.transaction() as s:
        food = categories.add(s, a.actor, "Preserves").id
        made = listings.add(s, a.actor, ListingInput(owner, "offer", food, "Jam", price=300))
        seen_a = listings.get(s, a.actor, made.id)
    with b.db.transaction() as s:
        seen_b = listings.get(s, b.actor, made.id)
    with a.db.transaction() as s:
        listings.update(s, a.actor, made.id, price=350, seen=seen_a)
    with b.db.transaction() as s:  # B's title; B's form still shows 3.00
        listings.update(s, b.actor, made.id, title="Plum jam", price=300, seen=seen_b)
    with pytest.raises(ChangedMeanwhile) as caught, b.db.transaction() as s:
        listings.update(s, b.actor, made.id, price=400, seen=seen_b)
    assert caught.value.message == "ann changed the price of this listing since you opened it."
    with a.db.transaction() as s:
        now = listings.get(s, a.actor, made.id)
    assert (now.title, now.price) == ("Plum jam", 350)


def test_categories_on_a_server(coordinators: tuple[Desk, Desk]) -> None:
    """A renames; B's move is kept with it; B's rename of the same category is asked about."""
    a, b = coordinators
    with a.db.transaction() as s:
        food = categories.add(s, a.actor, "Food")
        drink = categories.add(s, a.actor, "Drink")
        misc = categories.add(s, a.actor, "Misc")
        seen_a = categories.get(s, a.actor, food.id)
    with b.db.transaction() as s:
        seen_b = categories.get(s, b.actor, food.id)
    with a.db.transaction() as s:
        categories.rename(s, a.actor, food.id, "Food and drink", seen=seen_a)
    with b.db.transaction() as s:  # a move of what B saw as "Food": A's name stays
        moved = categories.move(s, b.actor, food.id, parent_id=drink.id, seen=seen_b)
    assert moved.path == "Drink › Food and drink"
    with pytest.raises(ChangedMeanwhile) as caught, b.db.transaction() as s:
        categories.rename(s, b.actor, food.id, "Groceries", seen=seen_b)
    exc = caught.value
    assert exc.message == "ann changed the name of the category Food since you opened it."
    assert [(c.field, c.seen, c.now) for c in exc.changes] == [("name", "Food", "Food and drink")]
    with pytest.raises(ChangedMeanwhile) as caught, a.db.transaction() as s:
        categories.move(s, a.actor, food.id, parent_id=misc.id, seen=seen_a)  # B moved it
    assert caught.value.message.startswith("cy changed the parent category of")
    with b.db.transaction() as s:
        categories.rename(s, b.actor, food.id, "Groceries", seen=seen_b, overwrite=True)
        assert categories.get(s, b.actor, food.id).path == "Drink › Groceries"


def test_up_and_down_count_from_the_tree_as_it_is_now(coordinators: tuple[Desk, Desk]) -> None:
    """B's ↑ moves one place up among the siblings as they are after A's changes, not
    to the row B's dialog showed; a category A moved under another parent is refused."""
    a, b = coordinators
    with a.db.transaction() as s:
        food, drink, misc = (categories.add(s, a.actor, n) for n in ("Food", "Drink", "Misc"))
    with b.db.transaction() as s:
        seen_misc = categories.get(s, b.actor, misc.id)  # B sees Food, Drink, Misc
        seen_drink = categories.get(s, b.actor, drink.id)
    with a.db.transaction() as s:  # A puts Misc first: Misc, Food, Drink
        categories.move(s, a.actor, misc.id, position=0)
    with b.db.transaction() as s:
        categories.shift(s, b.actor, drink.id, -1, seen=seen_drink)
        order = [c.name for c in categories.tree(s, b.actor)]
    assert order == ["Misc", "Drink", "Food"]
    with a.db.transaction() as s:
        categories.move(s, a.actor, misc.id, parent_id=food.id)
    with pytest.raises(Refused) as caught, b.db.transaction() as s:
        categories.shift(s, b.actor, misc.id, 1, seen=seen_misc)
    assert caught.value.message == "Another coordinator moved Misc to Food › Misc meanwhile."
    with pytest.raises(Refused, match="already the first"), b.db.transaction() as s:
        categories.shift(s, b.actor, drink.id, -1, seen=None)


def test_operators_on_a_server(admins: tuple[Desk, Desk]) -> None:
    """Two administrators: both change cy's role; the second one is asked."""
    a, b = admins
    with a.db.transaction() as s:
        seen_a = next(o for o in operators.list_all(s, a.actor) if o.username == "cy")
    with b.db.transaction() as s:
        seen_b = next(o for o in operators.list_all(s, b.actor) if o.username == "cy")
    with a.db.transaction() as s:
        operator_changes.set_role(s, a.actor, seen_a.id, Role.BOOKKEEPER, seen=seen_a)
    with b.db.transaction() as s:  # B disables cy: a different field, kept with A's role
        done = operator_changes.set_active(s, b.actor, seen_b.id, False, seen=seen_b)
    assert (done.role, done.active) == (Role.BOOKKEEPER, False)
    with pytest.raises(ChangedMeanwhile) as caught, b.db.transaction() as s:
        operator_changes.set_role(s, b.actor, seen_b.id, Role.ADMIN, seen=seen_b)
    exc = caught.value
    assert exc.message == "admin changed the role of operator cy since you opened it."
    assert [(c.seen, c.now) for c in exc.changes] == [("coordinator", "bookkeeper")]
    with a.db.transaction() as s:  # "enable" over what A saw (enabled) keeps B's disabling
        operator_changes.set_active(s, a.actor, seen_a.id, True, seen=seen_a)
    with b.db.transaction() as s:
        now = operator_changes.set_role(
            s, b.actor, seen_b.id, Role.ADMIN, seen=seen_b, overwrite=True
        )
    assert (now.role, now.active) == (Role.ADMIN, False)


def test_settings_on_a_server(admins: tuple[Desk, Desk]) -> None:
    a, b = admins
    keys = ("exchange_name", "default_credit_limit")
    with a.db.transaction() as s:
        seen = {k: exchange_settings.get(s, k) for k in keys}
    with a.db.transaction() as s:
        exchange_settings.put_changes(s, a.actor, {"exchange_name": "Hill LETS"}, seen=seen)
    with b.db.transaction() as s:  # B's limit; B's form still shows the old name
        exchange_settings.put_changes(s, b.actor, {"default_credit_limit": 7000}, seen=seen)
    with pytest.raises(ChangedMeanwhile) as caught, b.db.transaction() as s:
        exchange_settings.put_changes(s, b.actor, {"exchange_name": "Dale LETS"}, seen=seen)
    assert caught.value.message == "admin changed the exchange name of the settings since " + (
        "this page showed them."
    )
    with a.db.transaction() as s:
        now = {k: exchange_settings.get(s, k) for k in keys}
    assert now == {"exchange_name": "Hill LETS", "default_credit_limit": 7000}
