"""Ledger data for migration tests (filled in once the ledger exists)."""

from localex_desktop.db.connection import Database
from localex_desktop.domain.roles import Actor


def seed_ledger(db: Database, actor: Actor) -> None:
    return None
