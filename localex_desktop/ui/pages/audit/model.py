"""The audit log's filters and page fetch (keyset pages of ``audit.query``)."""

from __future__ import annotations

from dataclasses import asdict

from PySide6.QtCore import QT_TRANSLATE_NOOP
from sqlalchemy.orm import Session

from localex_desktop.domain.roles import Actor
from localex_desktop.services import audit
from localex_desktop.services.audit import AuditRow
from localex_desktop.services.exports import AuditFilter
from localex_desktop.ui.models.lazy_table import PageRequest

#: what the audit log records changes of (the combo box is editable for others); the
#: titles are marked for translation: show them with ``translate_marked("pages.audit.model", …)``
ENTITIES = (
    ("member", str(QT_TRANSLATE_NOOP("pages.audit.model", "Members"))),
    ("listing", str(QT_TRANSLATE_NOOP("pages.audit.model", "Listings"))),
    ("trade", str(QT_TRANSLATE_NOOP("pages.audit.model", "Trades"))),
    ("slip_batch", str(QT_TRANSLATE_NOOP("pages.audit.model", "Slip batches"))),
    ("transaction", str(QT_TRANSLATE_NOOP("pages.audit.model", "Transactions"))),
    ("category", str(QT_TRANSLATE_NOOP("pages.audit.model", "Categories"))),
    ("operator", str(QT_TRANSLATE_NOOP("pages.audit.model", "Operators"))),
    ("setting", str(QT_TRANSLATE_NOOP("pages.audit.model", "Settings"))),
    ("database", str(QT_TRANSLATE_NOOP("pages.audit.model", "Database"))),
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
