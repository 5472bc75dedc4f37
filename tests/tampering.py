"""Changing the ledger behind the program's back, as only a superuser can, and verifying it."""

from __future__ import annotations

import sqlalchemy as sa

from localex_desktop.db.connection import Database
from localex_desktop.domain.roles import Actor
from localex_desktop.services import verify


def tamper(db: Database, *statements: str, **params: object) -> None:
    """Run SQL in one transaction with every trigger switched off."""
    with db.transaction() as s:
        s.execute(sa.text("SET LOCAL session_replication_role = replica"))
        for stmt in statements:
            s.execute(sa.text(stmt), params)


def verified(db: Database, actor: Actor) -> verify.VerifyReport:
    """The whole ledger verified, in a transaction of its own."""
    with db.transaction() as s:
        return verify.verify(s, actor)


def checks(report: verify.VerifyReport) -> set[str]:
    """The kinds of problem a report found."""
    return {p.check for p in report.problems}
