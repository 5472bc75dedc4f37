"""Listings: add, change, pause and resume, withdraw, expiry, search in the database."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
import sqlalchemy as sa
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from localex_desktop.db.connection import Database
from localex_desktop.domain.errors import NotFound, Refused, ValidationError
from localex_desktop.domain.roles import Actor
from localex_desktop.services import audit, categories, leaving, listings, members
from localex_desktop.services.listings import ListingFilter, ListingInput


@pytest.fixture
def setup(db: Database, admin: Actor) -> dict[str, int]:
    with db.transaction() as s:
        food = categories.add(s, admin, "Food").id
        baking = categories.add(s, admin, "Baking", parent_id=food).id
        garden = categories.add(s, admin, "Garden").id
        ann = members.create(s, admin, members.MemberInput(name="Ann")).id
        bob = members.create(s, admin, members.MemberInput(name="Bob")).id
    return {"food": food, "baking": baking, "garden": garden, "ann": ann, "bob": bob}


def _add(db: Database, actor: Actor, data: ListingInput) -> int:
    with db.transaction() as s:
        return listings.add(s, actor, data).id


def _set_expiry(db: Database, listing_id: int, when: date) -> None:
    """Simulate time passing: an expiry date in the past cannot be entered through the service."""
    with db.transaction() as s:
        s.execute(
            sa.text("UPDATE listings SET expires_on = :d WHERE id = :i"),
            {"d": when, "i": listing_id},
        )


def test_add_and_update_with_audit(db: Database, coordinator: Actor, setup: dict[str, int]) -> None:
    with db.transaction() as s:
        info = listings.add(
            s,
            coordinator,
            ListingInput(
                setup["ann"],
                " Offer ",
                setup["baking"],
                "  Sourdough   bread ",
                "Baked on Fridays.\nCollect from the market.",
                price=450,
                unit="per loaf",
                expires_on=date.today() + timedelta(days=30),
            ),
        )
    assert (info.kind, info.title, info.status, info.category_path) == (
        "offer",
        "Sourdough bread",
        "active",
        "Food › Baking",
    )
    assert info.description.endswith("market.") and info.member_name == "Ann"
    with db.transaction() as s:
        updated = listings.update(s, coordinator, info.id, price=None, title="Rye bread")
        assert (updated.price, updated.title) == (None, "Rye bread")
        row = audit.query(s, coordinator, entity="listing", entity_id=str(info.id))[0]
        assert row.action == "update" and row.before["price"] == 450 and row.after["price"] is None


@pytest.mark.parametrize(
    ("change", "exc", "message"),
    [
        ({"kind": "swap"}, ValidationError, "offer or a want"),
        ({"title": "  "}, ValidationError, "title is empty"),
        ({"title": "x" * 121}, ValidationError, "longer than 120"),
        ({"price": -1}, ValidationError, "negative"),
        ({"unit": "u" * 41}, ValidationError, "unit is longer"),
        ({"expires_on": date.today() - timedelta(days=1)}, ValidationError, "in the past"),
        ({"member_id": 999}, NotFound, "no member number 999"),
        ({"category_id": 999}, NotFound, "no category 999"),
    ],
)
def test_bad_input_is_refused(
    db: Database,
    coordinator: Actor,
    setup: dict[str, int],
    change: dict[str, object],
    exc: type[Exception],
    message: str,
) -> None:
    fields: dict[str, object] = {
        "member_id": setup["ann"],
        "kind": "offer",
        "category_id": setup["food"],
        "title": "Jam",
        **change,
    }
    with pytest.raises(exc, match=message), db.transaction() as s:
        listings.add(s, coordinator, ListingInput(**fields))  # type: ignore[arg-type]


def test_status_changes(db: Database, coordinator: Actor, setup: dict[str, int]) -> None:
    lid = _add(db, coordinator, ListingInput(setup["ann"], "offer", setup["food"], "Jam"))
    with db.transaction() as s:
        assert listings.pause(s, coordinator, lid).status == "paused"
        with pytest.raises(Refused, match="only an active listing can be paused"):
            listings.pause(s, coordinator, lid)
        assert listings.resume(s, coordinator, lid).status == "active"
        with pytest.raises(Refused, match="only a paused or expired"):
            listings.resume(s, coordinator, lid)
        assert listings.withdraw(s, coordinator, lid).status == "withdrawn"
    on_withdrawn: list[Callable[[Session], object]] = [
        lambda s: listings.withdraw(s, coordinator, lid),
        lambda s: listings.resume(s, coordinator, lid),
        lambda s: listings.update(s, coordinator, lid, title="Marmalade"),
    ]
    for action in on_withdrawn:
        with pytest.raises(Refused, match="withdrawn"), db.transaction() as s:
            action(s)
    # the database keeps a withdrawn listing withdrawn, and listings are never deleted
    for sql in (
        "UPDATE listings SET status = 'active' WHERE id = :i",
        "DELETE FROM listings WHERE id = :i",
    ):
        with pytest.raises(DBAPIError), db.transaction() as s:
            s.execute(sa.text(sql), {"i": lid})
    with db.transaction() as s:
        actions = [r.action for r in audit.query(s, coordinator, entity="listing")]
    assert actions == ["withdraw", "resume", "pause", "create"]


def test_expired_listings_drop_out_and_can_be_renewed(
    db: Database, coordinator: Actor, setup: dict[str, int]
) -> None:
    ann, food = setup["ann"], setup["food"]
    today = date.today()
    due = _add(db, coordinator, ListingInput(ann, "offer", food, "Plums", expires_on=today))
    fresh = _add(db, coordinator, ListingInput(ann, "offer", food, "Pears"))
    _set_expiry(db, due, today - timedelta(days=1))
    with db.transaction() as s:
        # treated as expired before anything marks it
        assert listings.get(s, coordinator, due).status == "expired"
        directory = listings.search(s, coordinator, ListingFilter(directory=True))
        assert [x.id for x in directory] == [fresh]
        expired = listings.search(s, coordinator, ListingFilter(status="expired"))
        assert [x.id for x in expired] == [due]
        with pytest.raises(Refused, match="is expired"):
            listings.pause(s, coordinator, due)
        with pytest.raises(ValidationError, match="new expiry date"):
            listings.resume(s, coordinator, due)
    with db.transaction() as s:
        assert listings.expire_due(s) == 1
        assert listings.expire_due(s) == 0
        row = audit.query(s, coordinator, entity="listing", entity_id=str(due))[0]
        assert (row.action, row.actor) == ("expire", "system")
        renewed = listings.resume(s, coordinator, due, expires_on=today + timedelta(days=90))
        assert renewed.status == "active"
        assert listings.count(s, coordinator, ListingFilter(directory=True)) == 2


def test_search_in_the_database_with_filters(
    db: Database, coordinator: Actor, setup: dict[str, int]
) -> None:
    ann, bob = setup["ann"], setup["bob"]
    rye = _add(
        db,
        coordinator,
        ListingInput(ann, "offer", setup["baking"], "Rye bread", "Dark, with caraway seeds"),
    )
    cake = _add(
        db,
        coordinator,
        ListingInput(
            bob, "offer", setup["baking"], "Birthday cakes", "Baking to order", price=2000
        ),
    )
    soup = _add(db, coordinator, ListingInput(bob, "want", setup["food"], "Soup for a party"))
    spade = _add(
        db, coordinator, ListingInput(ann, "want", setup["garden"], "Spade", "For gardening")
    )

    def ids(flt: ListingFilter, **kw: object) -> list[int]:
        with db.transaction() as s:
            return [x.id for x in listings.search(s, coordinator, flt, **kw)]  # type: ignore[arg-type]

    assert ids(ListingFilter(text="bread")) == [rye]
    assert ids(ListingFilter(text="BAK")) == [cake]  # prefix, any case, in the description
    assert ids(ListingFilter(text="garden")) == [spade]  # "garden" finds "gardening"
    assert ids(ListingFilter(text="bread or cakes")) == [rye, cake]
    assert ids(ListingFilter(text="-bread", kind="offer")) == [cake]
    assert ids(ListingFilter(text='"caraway seeds"')) == [rye]
    assert ids(ListingFilter(text="!!!")) == [rye, cake, soup, spade]  # nothing to search on
    assert ids(ListingFilter(category_id=setup["food"])) == [rye, cake, soup]  # with sub-categories
    assert ids(ListingFilter(category_id=setup["baking"], member_id=bob)) == [cake]
    assert ids(ListingFilter(kind="want"), sort="title") == [soup, spade]
    assert ids(ListingFilter(), sort="price", descending=True) == [cake, spade, soup, rye]
    assert ids(ListingFilter(text="bread cake"), sort="relevance") == []
    assert ids(ListingFilter(text="bread or birthday"), sort="relevance")[0] in (rye, cake)
    assert ids(ListingFilter(), sort="id", limit=2, offset=2) == [soup, spade]
    with db.transaction() as s:
        assert listings.count(s, coordinator, ListingFilter(text="b")) == 2
        with pytest.raises(ValidationError, match="sort"):
            listings.search(s, coordinator, sort="colour")
        with pytest.raises(ValidationError, match="status"):
            listings.search(s, coordinator, ListingFilter(status="sold"))


def test_a_member_who_leaves_has_their_listings_withdrawn(
    db: Database, coordinator: Actor, setup: dict[str, int]
) -> None:
    ann, bob, food = setup["ann"], setup["bob"], setup["food"]
    a1 = _add(db, coordinator, ListingInput(ann, "offer", food, "Jam"))
    a2 = _add(db, coordinator, ListingInput(ann, "want", food, "Jars"))
    b1 = _add(db, coordinator, ListingInput(bob, "offer", food, "Honey"))
    with db.transaction() as s:
        listings.pause(s, coordinator, a2)
        leaving.leave(s, coordinator, ann)
    with db.transaction() as s:
        assert [listings.get(s, coordinator, i).status for i in (a1, a2, b1)] == [
            "withdrawn",
            "withdrawn",
            "active",
        ]
        row = audit.query(s, coordinator, entity="listing", entity_id=str(a2))[0]
        assert row.before == {"status": "paused"} and row.after["reason"] == "member left"
        with pytest.raises(Refused, match="left: only active members"):
            listings.add(s, coordinator, ListingInput(ann, "offer", food, "More jam"))
