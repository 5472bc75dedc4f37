"""`localex audit`: who changed what and when, newest first.

The table and ``--json`` come from the audit fields (:mod:`services.fields.audit`), the
same columns the Audit log page and the export show. Services are imported inside the
handler, so building the parser loads no database code.
"""

from __future__ import annotations

from dataclasses import asdict
from typing import TYPE_CHECKING, Any

from localex_desktop.cli import args
from localex_desktop.cli.base import Context, date_range, field_json, list_rows

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from localex_desktop.domain.money import Currency
    from localex_desktop.services.audit import AuditRow


def register(sub: Any) -> None:
    p = sub.add_parser("audit", help="who changed what and when, newest first")
    p.add_argument("--entity", help="member, listing, trade, category, operator, transaction, …")
    p.add_argument("--id", dest="entity_id", metavar="ID", help="only this record (with --entity)")
    p.add_argument("--operator", metavar="NAME", help="only changes made by this operator")
    p.add_argument(
        "--search",
        default="",
        metavar="TEXT",
        help="words in the names, memos or values (case and accents do not matter)",
    )
    date_range(p)
    p.add_argument("--limit", type=args.count, default=50)
    p.set_defaults(handler=cmd_audit)


def audit_json(r: AuditRow, cur: Currency) -> dict[str, Any]:
    """Every audit field, with ``before`` and ``after`` as the recorded values
    themselves (as in earlier versions), not as the export's JSON text."""
    from localex_desktop.services.fields import audit as audit_fields

    out = field_json(audit_fields.FIELDS, r, cur)
    out.update(before=r.before, after=r.after)
    return out


def cmd_audit(ctx: Context) -> int:
    from localex_desktop.services import audit
    from localex_desktop.services.exports import AuditFilter
    from localex_desktop.services.fields import audit as audit_fields

    a = ctx.args
    flt = AuditFilter(
        entity=a.entity, entity_id=a.entity_id, operator=a.operator, since=a.since, until=a.until
    )

    def search(s: Session, n: int) -> list[AuditRow]:
        return audit.query(s, ctx.actor, text=a.search, limit=n, **asdict(flt))

    return list_rows(ctx, "changes", audit_fields.FIELDS, search, audit_json)
