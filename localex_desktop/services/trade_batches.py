"""Many trades recorded at once: a bundle of slips, a demo's or an old exchange's history.

The same rules as :func:`services.trades.record` one trade at a time (members who
exist and have not left, a listing that belongs to the right side, a category that
exists, a date not in the future, a slip number entered once), checked for the whole
list with a few queries, and refused with the line of the first bad trade. The trades
are inserted in one statement, the completed ones posted through the batch path
(:func:`services.ledger.post_many`: one lock of the accounts, one insert of entries)
and marked completed in one more; the audit log gets the same rows as one at a time.

With ``dated`` each completed trade is posted with its trade date as the value date,
so reports and statements count it on the day it happened: history entered later,
which needs the right to back-date and a ``reason``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, cast

import sqlalchemy as sa
from sqlalchemy.orm import Session

from localex_desktop.db.models import Account, Category, Listing, Member, Trade
from localex_desktop.domain import text as plain
from localex_desktop.domain.errors import LocalexError, NotFound, Refused, ValidationError
from localex_desktop.domain.roles import Actor, Permission
from localex_desktop.services import audit, ledger
from localex_desktop.services.ledger_refusals import on_line
from localex_desktop.services.trade_recording import (
    MAX_DESCRIPTION,
    MAX_NOTE,
    TradeInput,
    check_amount,
    check_listing_side,
    clean_slip_number,
    idempotency_key,
)

#: the tables themselves: a plain multi-row insert, without the ORM's per-row bookkeeping
_TRADES = cast("sa.Table", Trade.__table__)
_NEXT_IDS = sa.text(
    "SELECT nextval(pg_get_serial_sequence('trades', 'id')) FROM generate_series(1, :n)"
)
_COMPLETE = sa.text(
    "UPDATE trades t SET status = 'completed', transaction_id = u.tx"
    " FROM unnest(CAST(:ids AS bigint[]), CAST(:txs AS bigint[])) AS u(id, tx) WHERE t.id = u.id"
)


@dataclass(frozen=True)
class RecordedTrade:
    trade_id: int
    transaction_id: int | None  # None: recorded as pending


def _snapshot(row: dict[str, Any], **changes: Any) -> dict[str, Any]:
    """What :func:`services.trade_recording.snapshot` says of the row."""
    out = {
        "buyer_member_id": row["buyer_member_id"],
        "seller_member_id": row["seller_member_id"],
        "listing_id": row["listing_id"],
        "category_id": row["category_id"],
        "amount": row["amount"],
        "description": row["description"],
        "traded_on": row["traded_on"].isoformat(),
        "status": "pending",
        "transaction_id": None,
        "reversal_transaction_id": None,
        "note": row["note"],
        "resolution": "",
        "slip_number": row["slip_number"],
        "batch_id": row["batch_id"],
    }
    out.update(changes)
    return out


class _World:
    """The members, listings, categories and slip numbers a list of trades refers to."""

    def __init__(self, session: Session, items: Sequence[TradeInput]) -> None:
        people = {m for t in items for m in (t.buyer_member_id, t.seller_member_id)}
        self.members = {
            r.id: r
            for r in session.execute(
                sa.select(Member.id, Member.name, Member.status, Account.id.label("account_id"))
                .join(Account, Account.member_id == Member.id)
                .where(Member.id.in_(people))
            )
        }
        wanted = {t.listing_id for t in items if t.listing_id is not None}
        self.listings = {
            r.id: r
            for r in session.execute(
                sa.select(Listing.id, Listing.kind, Listing.member_id, Listing.title)
                .add_columns(Listing.category_id)
                .where(Listing.id.in_(wanted))
            )
        }
        cats = {t.category_id for t in items if t.category_id is not None}
        cats |= {r.category_id for r in self.listings.values()}
        self.categories = set(session.scalars(sa.select(Category.id).where(Category.id.in_(cats))))
        slips = [s for s in (clean_slip_number(t.slip_number) for t in items) if s]
        self.slips = dict(
            session.execute(
                sa.select(Trade.slip_number, Trade.id).where(Trade.slip_number.in_(slips))
            )
            .tuples()
            .all()
        )

    def party(self, member_id: int, role: str) -> Any:
        person = self.members.get(member_id)
        if person is None:
            raise NotFound(
                f"There is no member number {member_id}.", hint=f"Check the {role}'s number."
            )
        if person.status == "left":
            raise Refused(
                f"{person.name} (member {member_id}) has left the exchange and cannot trade."
            )
        return person


def _row(
    world: _World, t: TradeInput, seen: set[str], actor: Actor, batch_id: int | None
) -> dict[str, Any]:
    """The trade's row as it will be inserted, after the checks of one trade."""
    amount = check_amount(t.amount)
    if t.buyer_member_id == t.seller_member_id:
        raise ValidationError(
            "The buyer and the seller are the same member.", hint="Choose two different members."
        )
    world.party(t.buyer_member_id, "buyer")
    world.party(t.seller_member_id, "seller")
    description = plain.check_field(t.description, "description", MAX_DESCRIPTION)
    category_id = t.category_id
    if t.listing_id is not None:
        listing = check_listing_side(world.listings.get(t.listing_id), t)
        description = description or listing.title
        category_id = listing.category_id if category_id is None else category_id
    if not description:
        raise ValidationError("Say what was traded.", field="description")
    if category_id is not None and category_id not in world.categories:
        raise NotFound(f"There is no category {category_id}.")
    traded_on = t.traded_on or date.today()
    if traded_on > date.today():
        raise ValidationError(
            f"The trade date {traded_on.isoformat()} is in the future.", field="traded_on"
        )
    slip = clean_slip_number(t.slip_number)
    if slip is not None:
        if slip in world.slips:
            raise ValidationError(f"Slip {slip} was already entered as trade {world.slips[slip]}.")
        if slip in seen:
            raise ValidationError(f"Slip {slip} appears twice in the list.")
        seen.add(slip)
    return {
        "buyer_member_id": t.buyer_member_id,
        "seller_member_id": t.seller_member_id,
        "listing_id": t.listing_id,
        "category_id": category_id,
        "amount": amount,
        "description": description,
        "traded_on": traded_on,
        "note": plain.check_field(t.note, "note", MAX_NOTE),
        "slip_number": slip,
        "batch_id": batch_id,
        "operator_id": actor.operator_id,
        "created_by": actor.name,
    }


def _audit(actor: Actor, action: str, trade_id: int, before: Any, after: Any) -> dict[str, Any]:
    return {
        "operator_id": actor.operator_id,
        "actor": actor.name,
        "action": action,
        "entity": "trade",
        "entity_id": str(trade_id),
        "before": before,
        "after": after,
    }


def record_many(
    session: Session,
    actor: Actor,
    items: Sequence[TradeInput],
    *,
    completed: Sequence[bool] | bool = True,
    dated: bool = False,
    reason: str | None = None,
    batch_id: int | None = None,
    lines: Sequence[int] | None = None,
) -> list[RecordedTrade]:
    """Record ``items`` in their order, settling those ``completed`` says; all or nothing.

    ``completed`` is one flag for all or one per trade (the others stay pending). With
    ``dated``, a completed trade's ledger transaction carries its trade date as value
    date (a past day needs the right to back-date and a ``reason``). A refusal names the
    trade's line: its number in ``lines`` (a file's or a bundle's), else its place.
    """
    actor.require(Permission.MANAGE_TRADES)
    flags = [completed] * len(items) if isinstance(completed, bool) else list(completed)
    numbers = list(lines) if lines is not None else list(range(1, len(items) + 1))
    if len(flags) != len(items) or len(numbers) != len(items):
        raise ValidationError("Say for every trade whether it is completed, and its line.")
    if any(flags):
        actor.require(Permission.POST)
    if not items:
        return []
    world = _World(session, items)
    seen: set[str] = set()
    rows = []
    for line, t in zip(numbers, items, strict=True):
        try:
            rows.append(_row(world, t, seen, actor, batch_id))
        except LocalexError as exc:
            raise on_line(exc, line) from exc
    # the ids first, so the rows go in as one plain multi-row insert
    ids = sorted(session.scalars(_NEXT_IDS, {"n": len(rows)}))
    for trade_id, r in zip(ids, rows, strict=True):
        r["id"] = trade_id
    session.execute(sa.insert(_TRADES), rows)
    audits = [
        _audit(actor, "create", i, None, _snapshot(r)) for i, r in zip(ids, rows, strict=True)
    ]
    done = [n for n, flag in enumerate(flags) if flag]
    tx_of: dict[int, int] = {}
    if done:
        postings = []
        for n in done:
            r, trade_id = rows[n], ids[n]
            head = f"Trade {trade_id}" + (f" (slip {r['slip_number']})" if r["slip_number"] else "")
            buyer = world.members[r["buyer_member_id"]].account_id
            seller = world.members[r["seller_member_id"]].account_id
            back = dated and r["traded_on"] < date.today()
            postings.append(
                ledger.Posting(
                    "trade",
                    [(buyer, -r["amount"]), (seller, r["amount"])],
                    f"{head}: {r['description']}"[: ledger.MAX_MEMO],
                    category_id=r["category_id"],
                    idempotency_key=idempotency_key(trade_id),
                    value_date=r["traded_on"] if back else None,
                    reason=reason if back else None,
                    line=numbers[n],
                )
            )
        posted = ledger.post_many(session, actor, postings)
        tx_of = {ids[n]: p.transaction_id for n, p in zip(done, posted, strict=True)}
        session.execute(_COMPLETE, {"ids": list(tx_of), "txs": list(tx_of.values())})
        for n in done:
            trade_id = ids[n]
            before = _snapshot(rows[n])
            after = _snapshot(rows[n], status="completed", transaction_id=tx_of[trade_id])
            audits.append(_audit(actor, "complete", trade_id, before, after))
    audit.record_rows(session, audits)
    return [RecordedTrade(i, tx_of.get(i)) for i in ids]
