"""Small shared steps for the desktop tests."""

from __future__ import annotations

from localex_desktop.db.connection import Database
from localex_desktop.domain.roles import Actor, Role
from localex_desktop.services import audit, operators
from localex_desktop.services.operators import OperatorInfo

PASSWORD = "long enough pw"


def add_operator(db: Database, name: str, role: Role) -> OperatorInfo:
    with db.transaction() as session:
        return operators.create(
            session, Actor("setup", Role.ADMIN), name, PASSWORD, role, name.title()
        )


def audit_count(db: Database) -> int:
    with db.transaction() as session:
        return len(audit.query(session, Actor("test", Role.ADMIN), limit=10_000))


def operator_names(db: Database) -> list[str]:
    with db.transaction() as session:
        return [op.username for op in operators.list_all(session, Actor("test", Role.ADMIN))]
