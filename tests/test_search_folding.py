"""Searches ignore case and accents: "nun" finds "Ñúñez" in members, memos, listings, audit.

The folding is the database function ``localex_fold`` (migration 0005); each service
compares folded text with a folded pattern.
"""

from __future__ import annotations

import importlib.util
import unicodedata
from pathlib import Path

import pytest
import sqlalchemy as sa

from localex_desktop.db.connection import Database
from localex_desktop.domain.roles import Actor
from localex_desktop.services import audit, categories, ledger, listings, members
from localex_desktop.services.listings import ListingFilter, ListingInput

MIGRATION = Path(__file__).parent.parent / "migrations" / "versions" / "2026_12_01_0005_fold.py"


@pytest.fixture
def people(db: Database, admin: Actor) -> dict[str, int]:
    with db.transaction() as s:
        zoe = members.create(s, admin, members.MemberInput(name="Zoë Ñúñez"), credit_limit=5000)
        ann = members.create(s, admin, members.MemberInput(name="Ann Þórsdóttir"))
        bob = members.create(s, admin, members.MemberInput(name="Bob 100% _real_"))
        ledger.transfer(s, admin, zoe.id, ann.id, 300, "Crème brûlée for the CAFÉ")
        ledger.transfer(s, admin, zoe.id, bob.id, 100, "Straße sweeping")
    return {"zoe": zoe.id, "ann": ann.id, "bob": bob.id}


def fold(db: Database, text: str) -> str:
    with db.transaction() as s:
        return str(s.execute(sa.text("SELECT localex_fold(:t)"), {"t": text}).scalar_one())


def test_the_fold_function(db: Database) -> None:
    assert fold(db, "Zoë ÑÚÑEZ") == "zoe nunez"
    assert fold(db, "Æsop, Œuvre, Straße, ĲSSEL, Þór") == "aesop, oeuvre, strasse, ijssel, thor"
    assert fold(db, "Łódź Øresund Ștefan Đorđe") == "lodz oresund stefan dorde"
    assert fold(db, "plain ascii 123 %_\\") == "plain ascii 123 %_\\"
    with db.transaction() as s:
        assert s.execute(sa.text("SELECT localex_fold(NULL)")).scalar_one() is None


def test_the_fold_agrees_with_unicode_for_every_accented_letter(db: Database) -> None:
    """Each letter the migration maps is its base letter by Unicode's decomposition."""
    spec = importlib.util.spec_from_file_location("fold_migration", MIGRATION)
    assert spec is not None and spec.loader is not None
    migration = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(migration)
    assert len(migration.ACCENTED) == len(migration.PLAIN)
    for letter, plain in zip(migration.ACCENTED, migration.PLAIN, strict=True):
        base = "".join(
            c for c in unicodedata.normalize("NFKD", letter) if not unicodedata.combining(c)
        )
        if len(base) == 1 and base.isascii():
            assert plain == base.lower(), letter
    text = migration.ACCENTED
    assert fold(db, text).isascii()


def test_members_search_ignores_case_and_accents(
    db: Database, admin: Actor, people: dict[str, int]
) -> None:
    with db.transaction() as s:
        for text in ("nun", "NUÑ", "zoe nunez", "Zoë", "ñúñez"):
            assert [m.id for m in members.search(s, admin, text)] == [people["zoe"]], text
        assert [m.id for m in members.search(s, admin, "thor")] == [people["ann"]]
        assert [m.id for m in members.search(s, admin, "100%")] == [people["bob"]]
        assert [m.id for m in members.search(s, admin, "_real_")] == [people["bob"]]
        assert members.search(s, admin, "%") == members.search(s, admin, "100%")  # literal


def test_memo_search_ignores_case_and_accents(
    db: Database, admin: Actor, people: dict[str, int]
) -> None:
    def memos(text: str) -> list[str]:
        with db.transaction() as s:
            found = ledger.journal(s, admin, ledger.JournalFilter(text=text))
        return [t.memo for t in found]

    assert memos("creme cafe") == ["Crème brûlée for the CAFÉ"]
    assert memos("BRÛLÉE") == ["Crème brûlée for the CAFÉ"]
    assert memos("strasse") == ["Straße sweeping"]
    assert memos("café sweeping") == []


def test_audit_search_finds_names_and_values(
    db: Database, admin: Actor, people: dict[str, int]
) -> None:
    with db.transaction() as s:
        found = audit.query(s, admin, text="nunez")
        assert [(r.action, r.entity_id) for r in found] == [("create", str(people["zoe"]))]
        assert {r.entity for r in audit.query(s, admin, text="CAFE")} == {"transaction"}
        assert audit.query(s, admin, text="nunez cafe") == []
        assert len(audit.query(s, admin, text="member create")) == 3


def test_listing_search_ignores_case_and_accents(
    db: Database, admin: Actor, people: dict[str, int]
) -> None:
    with db.transaction() as s:
        food = categories.add(s, admin, "Food").id
        creme = listings.add(
            s, admin, ListingInput(people["zoe"], "offer", food, "Crème brûlée", "Très bon")
        ).id
        listings.add(s, admin, ListingInput(people["ann"], "offer", food, "Bread", "Rye"))
    with db.transaction() as s:
        for text in ("creme", "BRULEE", "tres", "crème -bread"):
            found = listings.search(s, admin, ListingFilter(text=text))
            assert [x.id for x in found] == [creme], text
