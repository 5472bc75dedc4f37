r"""The ledger's refusals in words: which member, how much, what to do next.

``localex_post()`` and ``localex_post_batch()`` refuse with SQLSTATE codes ``LX…`` and
a JSON detail (migrations 0002, 0006); :func:`explain` turns those, and the few
constraint errors a posting can hit, into :class:`LocalexError`\ s that name members
and amounts. A batch's refusal names its line ("Line 7: …").
"""

from __future__ import annotations

import json
from typing import Any

import sqlalchemy as sa
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from localex_desktop.db.models import Account
from localex_desktop.domain.errors import (
    Conflict,
    LocalexError,
    NotFound,
    Refused,
    ValidationError,
)
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
    line = detail.pop("line", None) if isinstance(detail, dict) else None
    if line is not None:  # a batch: the message without its "line N: ", the detail's rest
        message = message.split(": ", 1)[-1]
        if code in ("LX020", "LX030"):
            detail = detail.get("transaction_id")
    with Session(engine) as side:
        found = _explain_lx(side, code, message, detail)
    return found if line is None else on_line(found, int(line))


def on_line(exc: LocalexError, line: int) -> LocalexError:
    """The same refusal, saying which line of a batch it is about."""
    text = f"Line {line}: {exc.message}"
    if isinstance(exc, ValidationError):
        return ValidationError(text, field=exc.field, hint=exc.hint)
    return type(exc)(text, hint=exc.hint)


def _explain_lx(session: Session, code: str, message: str, detail: Any) -> LocalexError:
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
    if code == "LX060":
        return ValidationError(
            message[0].upper() + message[1:] + ".",
            field="value_date",
            hint="A posting happens on the day it was made or on a day before.",
        )
    if code == "LX061":
        return ValidationError(
            message[0].upper() + message[1:] + ".",
            field="reason",
            hint="Say why it is entered with an earlier date.",
        )
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
