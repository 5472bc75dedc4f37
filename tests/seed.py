"""Put a little of everything into a database, through the services where they exist."""

from __future__ import annotations

import itertools

import sqlalchemy as sa

from localex_desktop.db import migrate
from localex_desktop.db.connection import Database
from localex_desktop.domain.roles import Actor, Role
from localex_desktop.services import operators, settings

_n = itertools.count()


def _has(db: Database, table: str) -> bool:
    with db.engine.connect() as conn:
        return sa.inspect(conn).has_table(table)


def seed_everything(db: Database) -> None:
    actor = Actor("seed", Role.ADMIN)
    k = next(_n)
    with db.transaction() as s:
        settings.seed_defaults(s)
        operators.create(s, actor, f"seed{k}", "a long password", Role.COORDINATOR)
        settings.put(s, actor, "exchange_name", f"Seed exchange {k}")
    head = migrate.current_revision(db.engine)
    if head is not None and _has(db, "members"):
        from tests.seed_ledger import seed_ledger

        seed_ledger(db, actor)
    if head is not None and _has(db, "listings"):
        from localex_desktop.services import categories, listings, members, slips, trades

        with db.transaction() as s:
            cat = categories.add(s, actor, f"Seed food {k}").id
            sub = categories.add(s, actor, "Baking", parent_id=cat).id
            ids = [
                members.create(s, actor, members.MemberInput(name=f"Seed trader {k}{x}")).id
                for x in "ab"
            ]
            a, b = ids
            offer = listings.add(s, actor, listings.ListingInput(a, "offer", sub, "Seed bread"))
            listings.add(s, actor, listings.ListingInput(b, "want", cat, "Seed eggs"))
            trades.record_completed(s, actor, trades.TradeInput(b, a, 300, listing_id=offer.id))
            trades.record(s, actor, trades.TradeInput(a, b, 100, "Seed pending trade"))
            slips.post_batch(s, actor, [slips.SlipInput(1, f"seed-{k}", a, b, "1.25")], 1, 125)
