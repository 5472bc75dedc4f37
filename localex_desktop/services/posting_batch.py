"""Many postings in one call: ``localex_post_batch()`` (migration 0006).

A demo's two years of history, a bundle of slips or an import of old trades are
thousands of transactions. Posting them one ``localex_post()`` at a time costs a round
trip, a lock and an update of the same account rows for each; the batch function takes
them all at once: one sorted lock of every account involved, one insert of the
transactions, one of the entries, one update of the accounts. Each posting is still
checked on the rules of a single one (status, limits in the order of the lines, value
date, idempotency key) and refused with its line; the first refusal stops the whole
batch and nothing is written. Import these names from :mod:`services.ledger`.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from localex_desktop.domain.errors import LocalexError, ValidationError
from localex_desktop.domain.roles import Actor, Permission
from localex_desktop.services.ledger_refusals import explain, on_line
from localex_desktop.services.posting import (
    KINDS,
    MAX_MINOR,
    PostResult,
    _clean_memo,
    value_date_and_reason,
)

#: more than this in one call is refused (split it: each call is one lock of its accounts)
MAX_BATCH = 50_000


@dataclass(frozen=True)
class Posting:
    """One transaction of a batch: (account id, signed amount) legs and what it is."""

    kind: str
    legs: Sequence[tuple[int, int]]
    memo: str
    category_id: int | None = None
    idempotency_key: str | None = None
    value_date: date | None = None  # default today; a past day needs a reason
    reason: str | None = None
    enforce_limits: bool = True
    line: int | None = None  # the caller's number for it (default: its place, from 1)


def _item(actor: Actor, p: Posting) -> dict[str, Any]:
    if p.kind not in KINDS or p.kind == "reversal":
        raise ValidationError(f"A batch cannot post a transaction of kind {p.kind!r}.")
    if any(abs(x) >= MAX_MINOR for _, x in p.legs):
        raise ValidationError("An amount is too large.", field="amount")
    key = p.idempotency_key.strip() if p.idempotency_key is not None else None
    if key is not None and not 1 <= len(key) <= 200:
        raise ValidationError("An idempotency key must be 1 to 200 characters.")
    value_date, reason = value_date_and_reason(actor, p.value_date, p.reason)
    return {
        "kind": p.kind,
        "memo": _clean_memo(p.memo),
        "legs": [[a, x] for a, x in p.legs],
        "category_id": p.category_id,
        "idempotency_key": key,
        "value_date": value_date.isoformat() if value_date is not None else None,
        "reason": reason,
        "enforce_limits": p.enforce_limits,
    }


def post_many(session: Session, actor: Actor, postings: Sequence[Posting]) -> list[PostResult]:
    """Post every transaction of ``postings``, in their order, or none of them.

    Returns one result per posting, in the same order (a replayed idempotency key gives
    the transaction it posted first). A refusal says which line, as the caller
    numbered it (``Posting.line``) or by its place in the list.
    """
    actor.require(Permission.POST)
    if not postings:
        raise ValidationError("The batch has no transactions.")
    if len(postings) > MAX_BATCH:
        raise ValidationError(f"A batch holds at most {MAX_BATCH:,} transactions; split it.")
    items = []
    for n, p in enumerate(postings, 1):
        line = p.line if p.line is not None else n
        try:
            item = _item(actor, p)
        except LocalexError as exc:
            raise on_line(exc, line) from exc
        item["line"] = line
        items.append(item)
    try:
        rows = session.execute(
            sa.text(
                "SELECT line_no, tx_id, was_replayed FROM localex_post_batch("
                "CAST(:items AS jsonb), :actor, :operator_id)"
            ),
            {"items": json.dumps(items), "actor": actor.name, "operator_id": actor.operator_id},
        ).all()
    except DBAPIError as exc:
        raise explain(session, exc) from exc
    return [PostResult(int(r.tx_id), bool(r.was_replayed)) for r in rows]
