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
