"""The category tree: add, rename, move and reorder, delete only when unused."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from sqlalchemy.exc import DBAPIError

from localex_desktop.db.connection import Database
from localex_desktop.domain.errors import Conflict, NotFound, Refused, ValidationError
from localex_desktop.domain.roles import Actor
from localex_desktop.services import audit, categories, listings, members, trades


def _tree(db: Database, actor: Actor) -> list[str]:
    with db.transaction() as s:
        return [c.path for c in categories.tree(s, actor)]


def test_tree_paths_order_and_lookup(db: Database, coordinator: Actor) -> None:
    with db.transaction() as s:
        food = categories.add(s, coordinator, "  Food ").id
        garden = categories.add(s, coordinator, "Garden").id
        baking = categories.add(s, coordinator, "Baking", parent_id=food)
        categories.add(s, coordinator, "Preserves", parent_id=food)
        categories.add(s, coordinator, "Soups", parent_id=food, position=0)
        categories.add(s, coordinator, "Tools", parent_id=garden)
    assert baking.path == "Food › Baking" and baking.depth == 1
    assert _tree(db, coordinator) == [
        "Food",
        "Food › Soups",
        "Food › Baking",
        "Food › Preserves",
        "Garden",
        "Garden › Tools",
    ]
    with db.transaction() as s:
        assert categories.find(s, coordinator, "food/baking").id == baking.id
        assert categories.find(s, coordinator, "Food > BAKING").id == baking.id
        assert categories.find(s, coordinator, "Tools").path == "Garden › Tools"
        assert categories.find(s, coordinator, str(food)).name == "Food"
        with pytest.raises(NotFound, match="no category 'Food › Pies'"):
            categories.find(s, coordinator, "Food › Pies")
        categories.add(s, coordinator, "Tools", parent_id=food)
        with pytest.raises(ValidationError, match="2 categories called 'tools'"):
            categories.find(s, coordinator, "tools")
        rows = audit.query(s, coordinator, entity="category")
        assert rows[0].action == "create" and rows[0].after["name"] == "Tools"


def test_names_are_checked(db: Database, coordinator: Actor) -> None:
    with db.transaction() as s:
        food = categories.add(s, coordinator, "Food").id
    for name, exc, message in [
        ("  ", ValidationError, "empty"),
        ("x" * 81, ValidationError, "longer than 80"),
        ("Food/Drink", ValidationError, "separate levels"),
        ("FOOD", Conflict, "already a category called 'FOOD' at the top level"),
    ]:
        with pytest.raises(exc, match=message), db.transaction() as s:
            categories.add(s, coordinator, name)
    with pytest.raises(NotFound), db.transaction() as s:
        categories.add(s, coordinator, "Orphan", parent_id=999)
    with db.transaction() as s:
        categories.add(s, coordinator, "Drinks")
    with pytest.raises(Conflict, match="already"), db.transaction() as s:
        categories.rename(s, coordinator, food, "drinks")
    with db.transaction() as s:
        assert categories.rename(s, coordinator, food, "Food & Drink").name == "Food & Drink"
        row = audit.query(s, coordinator, entity="category", entity_id=str(food))[0]
        assert (row.action, row.before["name"], row.after["name"]) == (
            "rename",
            "Food",
            "Food & Drink",
        )


def test_move_and_reorder_refuse_cycles(db: Database, coordinator: Actor) -> None:
    with db.transaction() as s:
        a = categories.add(s, coordinator, "A").id
        b = categories.add(s, coordinator, "B", parent_id=a).id
        c = categories.add(s, coordinator, "C", parent_id=b).id
        d = categories.add(s, coordinator, "D").id
    for parent in (a, b, c):
        with pytest.raises(Refused, match="inside itself"), db.transaction() as s:
            categories.move(s, coordinator, a, parent_id=parent)
    # the database refuses the same, from any client
    with pytest.raises(DBAPIError, match="inside itself"), db.transaction() as s:
        s.execute(sa.text("UPDATE categories SET parent_id = :c WHERE id = :a"), {"a": a, "c": c})
    with db.transaction() as s:
        moved = categories.move(s, coordinator, c, parent_id=None, position=0)
    assert moved.path == "C" and moved.depth == 0
    assert _tree(db, coordinator) == ["C", "A", "A › B", "D"]
    with db.transaction() as s:
        categories.move(s, coordinator, d, position=0)
        categories.move(s, coordinator, b, parent_id=d)
    assert _tree(db, coordinator) == ["D", "D › B", "C", "A"]
    with db.transaction() as s:
        positions = [(x.name, x.position) for x in categories.tree(s, coordinator) if x.depth == 0]
    assert positions == [("D", 0), ("C", 1), ("A", 2)]


def test_delete_only_when_unused_or_listings_moved(
    db: Database, coordinator: Actor, admin: Actor
) -> None:
    with db.transaction() as s:
        food = categories.add(s, coordinator, "Food").id
        bread = categories.add(s, coordinator, "Bread", parent_id=food).id
        misc = categories.add(s, coordinator, "Misc").id
        used = categories.add(s, coordinator, "Used").id
        ann = members.create(s, admin, members.MemberInput(name="Ann")).id
        bob = members.create(s, admin, members.MemberInput(name="Bob")).id
        lid = listings.add(s, coordinator, listings.ListingInput(ann, "offer", bread, "Rye")).id
        trades.record(s, coordinator, trades.TradeInput(bob, ann, 100, "Rye", category_id=used))
    with pytest.raises(Refused, match="has 1 sub-category"), db.transaction() as s:
        categories.delete(s, coordinator, food)
    with pytest.raises(Refused, match="1 listing"), db.transaction() as s:
        categories.delete(s, coordinator, bread)
    with pytest.raises(Refused, match="recorded on 1 trade"), db.transaction() as s:
        categories.delete(s, coordinator, used)
    with pytest.raises(ValidationError, match="another category"), db.transaction() as s:
        categories.delete(s, coordinator, bread, move_listings_to=bread)
    with db.transaction() as s:
        assert categories.delete(s, coordinator, bread, move_listings_to=misc) == 1
        assert listings.get(s, coordinator, lid).category_path == "Misc"
        assert categories.delete(s, coordinator, food) == 0
        rows = audit.query(s, coordinator, entity="category", entity_id=str(bread))
        assert rows[0].action == "delete" and rows[0].before["listings_moved_to"] == misc
        moved = audit.query(s, coordinator, entity="listing", entity_id=str(lid))[0]
        assert moved.action == "change category"
    assert _tree(db, coordinator) == ["Misc", "Used"]
    with db.transaction() as s:
        assert [c.position for c in categories.tree(s, coordinator)] == [0, 1]
