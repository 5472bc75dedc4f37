"""The audit log: who changed what, when, with the values before and after."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from localex_desktop.db.models import AuditEntry
from localex_desktop.domain.roles import Actor, Permission


def record(
    session: Session,
    actor: Actor,
    action: str,
    entity: str,
    entity_id: object | None = None,
    *,
    before: Any = None,
    after: Any = None,
) -> None:
    session.add(
        AuditEntry(
            operator_id=actor.operator_id,
            actor=actor.name,
            action=action,
            entity=entity,
            entity_id=None if entity_id is None else str(entity_id),
            before=before,
            after=after,
        )
    )


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    actor: str
    operator_id: int | None
    action: str
    entity: str
    entity_id: str | None
    before: Any
    after: Any


def query(
    session: Session,
    actor: Actor,
    *,
    entity: str | None = None,
    entity_id: str | None = None,
    operator: str | None = None,
    since: date | None = None,
    until: date | None = None,
    before_id: int | None = None,
    limit: int = 200,
) -> list[AuditRow]:
    """Newest first, in keyset pages (pass the last id seen as ``before_id``)."""
    actor.require(Permission.READ)
    stmt = sa.select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)
    if entity:
        stmt = stmt.where(AuditEntry.entity == entity)
    if entity_id is not None:
        stmt = stmt.where(AuditEntry.entity_id == entity_id)
    if operator:
        stmt = stmt.where(sa.func.lower(AuditEntry.actor) == operator.lower())
    if since:
        stmt = stmt.where(AuditEntry.at >= datetime.combine(since, time.min).astimezone())
    if until:
        stmt = stmt.where(
            AuditEntry.at < datetime.combine(until + timedelta(days=1), time.min).astimezone()
        )
    if before_id is not None:
        stmt = stmt.where(AuditEntry.id < before_id)
    return [
        AuditRow(
            e.id, e.at, e.actor, e.operator_id, e.action, e.entity, e.entity_id, e.before, e.after
        )
        for e in session.scalars(stmt)
    ]
