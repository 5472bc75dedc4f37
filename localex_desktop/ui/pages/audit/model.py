"""The audit log's filters and page fetch (keyset pages of ``audit.query``)."""

from __future__ import annotations

from dataclasses import asdict

from sqlalchemy.orm import Session

from localex_desktop.domain.roles import Actor
from localex_desktop.services import audit
from localex_desktop.services.audit import AuditRow
from localex_desktop.services.exports import AuditFilter
from localex_desktop.ui.models.lazy_table import PageRequest

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


#: the filters besides the search text (the query's text): the export's, whose fields are
#: the keyword arguments of ``audit.query``
AuditFilters = AuditFilter


def fetch_audit(session: Session, actor: Actor, request: PageRequest) -> list[AuditRow]:
    """One page of the log, newest first, keyset-paged by id (``before_id``)."""
    f = request.query.filters
    if not isinstance(f, AuditFilters):
        f = AuditFilters()
    return audit.query(
        session,
        actor,
        text=request.query.text,
        before_id=request.after_key,
        limit=request.limit,
        **asdict(f),
    )
