"""Trades between members, and their settlement in the ledger.

    pending  → completed | cancelled | disputed
    disputed → completed | cancelled            (resolved, with a note on the outcome)
    completed → cancelled                       (only by reversing its ledger transaction)
    cancelled: final

Completing a trade posts exactly one ledger transaction (kind ``trade``, buyer pays
seller) with the idempotency key ``trade:<id>``. The trade row is locked FOR UPDATE
first, so when two coordinators press "complete" at once the second waits, then finds
the trade completed and gets the same answer; a client that retries after a lost
reply gets it too. Even without the lock the key would make the ledger replay the
first posting instead of posting twice.

A completed trade is never edited: :func:`reverse_trade` posts the ledger reversal
of its transaction and marks the trade cancelled, keeping both transaction ids, so
the books show the original and its correction; record a new trade if the right
amount is different. The state machine is also enforced by a trigger (migration
0003), so another client or a hand-written UPDATE cannot break it.
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from localex_desktop.db.models import Trade, Transaction
from localex_desktop.domain import text as plain
from localex_desktop.domain.errors import NotFound, Refused, ValidationError
from localex_desktop.domain.roles import Actor, Permission
from localex_desktop.services import audit, ledger
from localex_desktop.services.trade_queries import (
    SORTS,
    STATUSES,
    TradeFilter,
    TradeInfo,
    count,
    get,
    search,
)
from localex_desktop.services.trade_recording import (
    MAX_DESCRIPTION,
    MAX_NOTE,
    MAX_SLIP,
    TradeInput,
    check_amount,
    clean_slip_number,
    idempotency_key,
    insert,
    settle,
    snapshot,
)

__all__ = [
    "MAX_DESCRIPTION",
    "MAX_NOTE",
    "MAX_SLIP",
    "SORTS",
    "STATUSES",
    "TRANSITIONS",
    "CompleteResult",
    "TradeFilter",
    "TradeInfo",
    "TradeInput",
    "cancel",
    "clean_slip_number",
    "complete",
    "count",
    "dispute",
    "get",
    "idempotency_key",
    "record",
    "record_completed",
    "resolve",
    "reverse_trade",
    "search",
]

TRANSITIONS: dict[str, frozenset[str]] = {
    "pending": frozenset({"completed", "cancelled", "disputed"}),
    "disputed": frozenset({"completed", "cancelled"}),
    "completed": frozenset({"cancelled"}),  # by reversal only
    "cancelled": frozenset(),
}


@dataclass(frozen=True)
class CompleteResult:
    trade: TradeInfo
    already_completed: bool  # True: someone (or an earlier try) completed it; nothing posted


def _lock(session: Session, trade_id: int) -> Trade:
    trade = session.scalar(
        sa.select(Trade)
        .where(Trade.id == trade_id)
        .with_for_update()
        .execution_options(populate_existing=True)
    )
    if trade is None:
        raise NotFound(f"There is no trade {trade_id}.")
    return trade


_HINTS = {
    "completed": "A completed trade is corrected by reversing it, never edited.",
    "cancelled": "A cancelled trade stays cancelled; record a new trade if it did happen.",
    "pending": "Only a disputed trade is resolved; a pending one is completed or cancelled.",
    "disputed": "Resolve the dispute: to completed or cancelled, with a note on the outcome.",
}


def _refuse(trade: Trade, verb: str) -> Refused:
    return Refused(
        f"Trade {trade.id} is {trade.status}: it cannot be {verb}.", hint=_HINTS[trade.status]
    )


def record(
    session: Session, actor: Actor, data: TradeInput, *, completed: bool = False
) -> TradeInfo:
    """Record a trade members reported; with ``completed`` settle it at once (a signed slip)."""
    actor.require(Permission.MANAGE_TRADES)
    if completed:
        actor.require(Permission.POST)
    trade = insert(session, actor, data)
    if completed:
        settle(session, actor, trade, "complete")
    return get(session, actor, trade.id)


def record_completed(session: Session, actor: Actor, data: TradeInput) -> TradeInfo:
    """Record and settle in one step: the common case of a slip both members signed."""
    return record(session, actor, data, completed=True)


def complete(session: Session, actor: Actor, trade_id: int) -> CompleteResult:
    """Settle a pending trade in the ledger; harmless to repeat."""
    actor.require(Permission.MANAGE_TRADES)
    actor.require(Permission.POST)
    trade = _lock(session, trade_id)
    if trade.status == "completed":
        return CompleteResult(get(session, actor, trade_id), already_completed=True)
    if trade.status != "pending":
        if trade.status == "disputed":
            raise Refused(
                f"Trade {trade_id} is disputed.",
                hint="Resolve the dispute to completed (with a note on the outcome) instead.",
            )
        raise _refuse(trade, "completed")
    settle(session, actor, trade, "complete")
    return CompleteResult(get(session, actor, trade_id), already_completed=False)


def cancel(session: Session, actor: Actor, trade_id: int, reason: str) -> TradeInfo:
    """Cancel a pending trade (it never reached the ledger)."""
    actor.require(Permission.MANAGE_TRADES)
    reason = plain.check_field(reason, "reason", MAX_NOTE, required=True)
    trade = _lock(session, trade_id)
    if trade.status != "pending":
        if trade.status == "completed":
            raise Refused(
                f"Trade {trade_id} is completed: it is in the ledger as transaction "
                f"{trade.transaction_id}.",
                hint="Reverse the trade instead; that posts the correction and cancels it.",
            )
        if trade.status == "disputed":
            raise Refused(
                f"Trade {trade_id} is disputed.",
                hint="Resolve the dispute to cancelled, with a note on the outcome.",
            )
        raise _refuse(trade, "cancelled")
    return _hold(session, actor, trade, "cancelled", reason, "cancel")


def dispute(session: Session, actor: Actor, trade_id: int, note: str) -> TradeInfo:
    """Put a pending trade on hold because a member disagrees (what, by whom)."""
    actor.require(Permission.MANAGE_TRADES)
    note = plain.check_field(note, "note", MAX_NOTE, required=True)
    trade = _lock(session, trade_id)
    if trade.status != "pending":
        raise _refuse(trade, "disputed")
    return _hold(session, actor, trade, "disputed", note, "dispute")


def _hold(
    session: Session, actor: Actor, trade: Trade, status: str, note: str, action: str
) -> TradeInfo:
    """A pending trade put in ``status`` without the ledger, with the note saying why."""
    before = snapshot(trade)
    trade.status = status
    trade.note = note
    session.flush()
    audit.record(session, actor, action, "trade", trade.id, before=before, after=snapshot(trade))
    return get(session, actor, trade.id)


def resolve(
    session: Session,
    actor: Actor,
    trade_id: int,
    outcome: str,
    note: str,
    *,
    amount: int | None = None,
) -> TradeInfo:
    """End a dispute: ``completed`` (optionally at an agreed ``amount``) or ``cancelled``."""
    actor.require(Permission.MANAGE_TRADES)
    if outcome not in ("completed", "cancelled"):
        raise ValidationError(
            f"A dispute is resolved to completed or cancelled, not {outcome!r}.", field="outcome"
        )
    if outcome == "completed":
        actor.require(Permission.POST)
    elif amount is not None:
        raise ValidationError("An amount only makes sense when the trade is completed.")
    note = plain.check_field(note, "note", MAX_NOTE, required=True)
    trade = _lock(session, trade_id)
    if trade.status != "disputed":
        raise _refuse(trade, "resolved")
    before = snapshot(trade)
    trade.resolution = note
    if outcome == "cancelled":
        trade.status = "cancelled"
        session.flush()
        audit.record(
            session, actor, "resolve", "trade", trade_id, before=before, after=snapshot(trade)
        )
    else:
        if amount is not None:
            trade.amount = check_amount(amount)
        settle(session, actor, trade, "resolve", before)
    return get(session, actor, trade_id)


def reverse_trade(session: Session, actor: Actor, trade_id: int, reason: str) -> TradeInfo:
    """Correct a completed trade: reverse its ledger transaction and mark it cancelled.

    If its transaction was already reversed directly in the ledger, that reversal is
    linked instead of posting another.
    """
    actor.require(Permission.MANAGE_TRADES)
    actor.require(Permission.POST)
    reason = plain.check_field(reason, "reason", MAX_NOTE, required=True)
    trade = _lock(session, trade_id)
    if trade.status != "completed" or trade.transaction_id is None:
        raise Refused(
            f"Trade {trade_id} is {trade.status}: only a completed trade is reversed.",
            hint="Cancel a pending trade instead; it never reached the ledger."
            if trade.status == "pending"
            else _HINTS[trade.status],
        )
    before = snapshot(trade)
    existing = session.scalar(
        sa.select(Transaction.id).where(Transaction.reverses_id == trade.transaction_id)
    )
    if existing is None:
        existing = ledger.reverse(session, actor, trade.transaction_id, reason).transaction_id
    trade.reversal_transaction_id = existing
    trade.status = "cancelled"
    trade.note = reason
    session.flush()
    audit.record(session, actor, "reverse", "trade", trade_id, before=before, after=snapshot(trade))
    return get(session, actor, trade_id)
