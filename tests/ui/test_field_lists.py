"""The Qt-free field lists say what the desktop's columns say today: the same titles,
widths, sort keys and words in every cell; every sort key is one the service accepts."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import pytest

from localex_desktop.db.connection import Database
from localex_desktop.domain.roles import Actor
from localex_desktop.services import (
    audit,
    categories,
    ledger,
    listings,
    members,
    settings,
    trades,
)
from localex_desktop.services.fields import Field, display, listed
from localex_desktop.services.fields import audit as audit_fields
from localex_desktop.services.fields import listings as listing_fields
from localex_desktop.services.fields import members as member_fields
from localex_desktop.services.fields import trades as trade_fields
from localex_desktop.services.fields import transactions as journal_fields
from localex_desktop.ui.models.columns import Column, MoneyFormat
from localex_desktop.ui.pages.audit.page import audit_columns
from localex_desktop.ui.pages.ledger.model import entry_columns, journal_columns
from localex_desktop.ui.pages.listings.model import listing_columns
from localex_desktop.ui.pages.trades.model import trade_columns

from ..test_reports import build_history

#: where a field knowingly differs from today's column: the audit log's record is text
#: (a setting's key, an operator's name), so the field does not right-align it
ALIGNMENT_EXCEPTIONS = {("audit", "entity_id")}


def same_columns(
    entity: str, fields: Sequence[Field[Any]], columns: Sequence[Column[Any]], rows: list[Any]
) -> None:
    shown = listed(fields)
    assert [f.header for f in shown] == [c.title for c in columns], entity
    for f, c in zip(shown, columns, strict=True):
        assert (f.width, f.stretch, f.sort_key) == (c.width, c.stretch, c.sort_key), f.name
        if (entity, f.name) not in ALIGNMENT_EXCEPTIONS:
            assert f.right_aligned == c.numeric, f.name
    assert rows, entity
    cur = MoneyFormat().currency
    for row in rows:
        for f, c in zip(shown, columns, strict=True):
            assert display(f, row, cur) == c.text(row), (entity, f.name)


def test_field_names_are_unique_and_sort_keys_known() -> None:
    lists: dict[str, tuple[Sequence[Field[Any]], Callable[[str], bool]]] = {
        "members": (member_fields.FIELDS, lambda k: k in members.SORTS),
        "listings": (listing_fields.FIELDS, lambda k: k in listings.SORTS),
        "trades": (trade_fields.FIELDS, lambda k: k in trades.SORTS),
        "journal": (journal_fields.FIELDS, lambda k: False),  # keyset pages by id only
        "entries": (journal_fields.ENTRY_FIELDS, lambda k: False),
        "lines": (journal_fields.LINE_FIELDS, lambda k: False),
        "audit": (audit_fields.FIELDS, lambda k: False),
    }
    for entity, (fields, known) in lists.items():
        names = [f.name for f in fields]
        assert len(names) == len(set(names)), entity
        for f in fields:
            assert f.sort_key is None or known(f.sort_key), (entity, f.name, f.sort_key)


@pytest.fixture
def history(db: Database, admin: Actor) -> Database:
    build_history(db, admin)
    with db.transaction() as s:
        food = categories.find(s, admin, "Food").id
        for kind, price, unit in (("offer", 450, "loaf"), ("want", None, "")):
            listings.add(
                s,
                admin,
                listings.ListingInput(
                    member_id=1, kind=kind, category_id=food, title="Bread", price=price, unit=unit
                ),
            )
        trades.record(s, admin, trades.TradeInput(1, 2, 300, "Eggs", slip_number="S-1"))
        twice = trades.record(s, admin, trades.TradeInput(2, 3, 100, "Jam"), completed=True)
        trades.reverse_trade(s, admin, twice.id, "entered twice")
        members.suspend(s, admin, 5)
    return db


def test_the_fields_read_as_the_desktop_columns_do(history: Database, admin: Actor) -> None:
    with history.transaction() as s:
        cur = settings.currency(s)
        money = MoneyFormat(cur)
        assert cur == MoneyFormat().currency  # the test's default currency
        found_members = members.search(s, admin)
        found_listings = listings.search(s, admin)
        found_trades = trades.search(s, admin)
        journal = ledger.journal(s, admin)
        log = audit.query(s, admin)
    assert any(t.status == "cancelled" and t.reversal_transaction_id for t in found_trades)
    # the Members page builds its columns from member_fields.FIELDS itself
    assert found_members
    same_columns("listings", listing_fields.FIELDS, listing_columns(money), found_listings)
    same_columns("trades", trade_fields.FIELDS, trade_columns(money), found_trades)
    same_columns("journal", journal_fields.FIELDS, journal_columns(money), journal)
    entries = [e for t in journal for e in t.entries]
    same_columns("entries", journal_fields.ENTRY_FIELDS, entry_columns(money), entries)
    same_columns("audit", audit_fields.FIELDS, audit_columns(), log)
