"""The audit log's columns, filters and page fetch (keyset pages of ``audit.query``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from localex_desktop.domain.roles import Actor
from localex_desktop.services import audit
from localex_desktop.services.audit import AuditRow
from localex_desktop.ui.models.columns import Column, when
from localex_desktop.ui.models.lazy_table import PageRequest
from localex_desktop.ui.pages.audit.diff import summary

#: what the audit log records changes of (the combo box is editable for others)
ENTITIES = (
    ("member", "Members"),
    ("listing", "Listings"),
    ("trade", "Trades"),
    ("slip_batch", "Slip batches"),
    ("transaction", "Transactions"),
    ("category", "Categories"),
    ("operator", "Operators"),
    ("setting", "Settings"),
    ("database", "Database"),
)


@dataclass(frozen=True)
class AuditFilters:
    """The filters besides the search text (the query's text); the names of ``audit.query``."""

    entity: str | None = None
    entity_id: str | None = None
    operator: str | None = None
    since: date | None = None
    until: date | None = None


def audit_columns() -> list[Column[AuditRow]]:
    return [
        Column("No.", lambda r: str(r.id), numeric=True, width=6),
        Column("When", lambda r: when(r.at), width=17),
        Column("Operator", lambda r: r.actor, width=12),
        Column("Action", lambda r: r.action, width=9),
        Column("What", lambda r: r.entity, width=9),
        Column("Record", lambda r: r.entity_id or "", numeric=True, width=7),
        Column("Change", summary, width=30, stretch=True, tooltip=summary),
    ]


def fetch_audit(session: Session, actor: Actor, request: PageRequest) -> list[AuditRow]:
    """One page of the log, newest first, keyset-paged by id (``before_id``)."""
    f = request.query.filters
    if not isinstance(f, AuditFilters):
        f = AuditFilters()
    return audit.query(
        session,
        actor,
        entity=f.entity,
        entity_id=f.entity_id,
        operator=f.operator,
        since=f.since,
        until=f.until,
        text=request.query.text,
        before_id=request.after_key,
        limit=request.limit,
    )
