"""The audit log: who changed what, when, with the values before and after."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Session

from localex_desktop.db.models import AuditEntry
from localex_desktop.domain.roles import Actor, Permission
from localex_desktop.services.folding import contains


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
    """One audit row, through ``localex_audit()`` (revision 0007): the database takes the
    actor from the operator signed in on its login, and chains the row at commit. The
    actor given here counts only for a login that could write the table anyway."""
    values = {
        "action": action,
        "entity": entity,
        "entity_id": None if entity_id is None else str(entity_id),
        "before": before,
        "after": after,
    }
    if not _has_function(session):  # a database before revision 0007 (migration tests)
        session.add(AuditEntry(operator_id=actor.operator_id, actor=actor.name, **values))
        return
    session.flush()  # rows the audit row may refer to (a new operator) exist first
    session.execute(_RECORD, {**values, "actor": actor.name, "operator_id": actor.operator_id})


_RECORD = sa.text(
    "SELECT localex_audit(:action, :entity, :entity_id, :before, :after, :actor, :operator_id)"
).bindparams(sa.bindparam("before", type_=JSONB), sa.bindparam("after", type_=JSONB))


def record_rows(session: Session, rows: list[dict[str, Any]]) -> None:
    """Many audit rows at once (dicts of AuditEntry's columns: operator_id, actor, action,
    entity, entity_id, before, after), through ``localex_audit()`` as :func:`record`."""
    if not rows:
        return
    if not _has_function(session):
        session.execute(sa.insert(AuditEntry), rows)
        return
    session.flush()
    session.execute(_RECORD, rows)


def _has_function(session: Session) -> bool:
    """Whether this connection's database has localex_audit(), asked once per pooled
    connection (db/migrate.py empties the pool after changing the schema)."""
    info = session.connection().info
    if "localex_audit" not in info:
        info["localex_audit"] = bool(
            session.scalar(sa.text("SELECT to_regproc('public.localex_audit') IS NOT NULL"))
        )
    return bool(info["localex_audit"])


#: what the search text is looked for in: who, did what, to which record, before and after
_SEARCHED = sa.func.concat_ws(
    " ",
    AuditEntry.actor,
    AuditEntry.action,
    AuditEntry.entity,
    AuditEntry.entity_id,
    sa.cast(AuditEntry.before, sa.Text),
    sa.cast(AuditEntry.after, sa.Text),
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
    text: str = "",
    before_id: int | None = None,
    limit: int = 200,
) -> list[AuditRow]:
    """Newest first, in keyset pages (pass the last id seen as ``before_id``).

    ``text``: every word in the operator, the action, what, the record or any value
    before or after (a name, a memo), ignoring case and accents.
    """
    actor.require(Permission.READ)
    stmt = sa.select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)
    for word in text.split():
        stmt = stmt.where(contains(_SEARCHED, word))
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
