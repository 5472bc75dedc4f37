r"""The ledger's refusals in words: which member, how much, what to do next.

``localex_post()`` refuses with SQLSTATE codes ``LX…`` and a JSON detail (migration
0002); :func:`explain` turns those, and the few constraint errors a posting can hit,
into :class:`LocalexError`\ s that name members and amounts.
"""

from __future__ import annotations

import json
from typing import Any

import sqlalchemy as sa
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from localex_desktop.db.models import Account
from localex_desktop.domain.errors import Conflict, NotFound, Refused, ValidationError
from localex_desktop.domain.money import format_amount
from localex_desktop.services import settings


def explain(where: Session | sa.Engine, exc: DBAPIError) -> Exception:
    """A database refusal from localex_post(), told in terms of members and amounts."""
    orig = exc.orig
    code = getattr(orig, "sqlstate", None) or ""
    diag = getattr(orig, "diag", None)
    message = (getattr(diag, "message_primary", None) or str(orig)).strip()
    raw_detail = getattr(diag, "message_detail", None)
    if not code.startswith("LX"):
        if code == "23505" and "reverses_id" in str(orig):
            return Refused("That transaction has already been reversed.")
        if code == "23505" and "idempotency_key" in str(orig):
            return Conflict("That idempotency key was used at the same moment by another posting.")
        if code == "22003":
            return ValidationError("An amount is too large.", field="amount")
        if code == "23503" and "category" in str(orig):
            return ValidationError("That category does not exist.", field="category")
        return exc
    try:
        detail: Any = json.loads(raw_detail) if raw_detail else {}
    except ValueError:
        detail = raw_detail
    # the failed transaction cannot answer look-ups: use a short one of our own
    if isinstance(where, sa.Engine):
        engine = where
    else:
        bind = where.get_bind()
        engine = bind if isinstance(bind, sa.Engine) else bind.engine
    with Session(engine) as side:
        return _explain_lx(side, code, message, detail)


def _explain_lx(session: Session, code: str, message: str, detail: Any) -> Exception:
    cur = settings.currency(session)
    if code in ("LX050", "LX051") and isinstance(detail, dict):
        who = _account_label(session, int(detail["account_id"]))
        bal = int(detail["balance"])
        if code == "LX050":
            limit = int(detail["credit_limit"])
            return Refused(
                f"{who} has {format_amount(bal + limit, cur, symbol=True)} of credit left "
                f"(balance {format_amount(bal, cur)}, credit limit {format_amount(limit, cur)}); "
                f"this needs {format_amount(-int(detail['amount']), cur, symbol=True)}.",
                hint="Lower the amount, or raise their credit limit first.",
            )
        limit = int(detail["upper_limit"])
        return Refused(
            f"{who} may hold at most {format_amount(limit, cur, symbol=True)} "
            f"(balance {format_amount(bal, cur)}); this would add "
            f"{format_amount(int(detail['amount']), cur, symbol=True)}.",
            hint="Lower the amount, or raise their upper limit first.",
        )
    if code == "LX040" and isinstance(detail, dict):
        who = _account_label(session, int(detail["account_id"]))
        status = detail.get("status")
        return Refused(
            f"{who} is {status}: they can neither pay nor be paid.",
            hint="Reactivate the member first." if status == "suspended" else None,
        )
    if code == "LX020":
        return Conflict(
            f"That idempotency key was already used for transaction {detail} "
            "with different content.",
            hint="Use a new key for a new transaction.",
        )
    if code == "LX030":
        return Refused(f"Transaction {detail} has already been reversed.")
    if code == "LX014":
        return NotFound("One of the accounts does not exist.")
    if code in ("LX010", "LX011", "LX012", "LX013"):
        return ValidationError(message[0].upper() + message[1:] + ".")
    return Refused(message[0].upper() + message[1:] + ".")


def _account_label(session: Session, account_id: int) -> str:
    row = session.execute(
        sa.select(Account.name, Account.member_id).where(Account.id == account_id)
    ).first()
    if row is None:
        return f"Account {account_id}"
    return f"{row.name} (member {row.member_id})" if row.member_id else row.name
