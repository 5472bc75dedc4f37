"""The levy: every active member pays the same amount into a system account, at once.

One transaction for the whole levy; a preview lists who would break their credit
limit. Import these names from :mod:`services.ledger`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import sqlalchemy as sa
from sqlalchemy.orm import Session

from localex_desktop.db.models import Account, Member
from localex_desktop.domain.errors import Refused
from localex_desktop.domain.roles import Actor, Permission
from localex_desktop.domain.words import counted
from localex_desktop.services.posting import (
    _positive,
    post,
    system_account,
    value_date_and_reason,
)


@dataclass(frozen=True)
class LevyLine:
    member_id: int
    name: str
    balance: int
    available: int | None
    would_break_limit: bool


@dataclass(frozen=True)
class LevyResult:
    amount: int
    lines: list[LevyLine]
    total: int
    over_limit: list[LevyLine]
    transaction_id: int | None
    to_account: str


def levy(
    session: Session,
    actor: Actor,
    amount: int,
    memo: str,
    *,
    dry_run: bool = False,
    to_account: str = "community_fund",
    skip_over_limit: bool = False,
    idempotency_key: str | None = None,
    value_date: date | None = None,
    reason: str | None = None,
) -> LevyResult:
    """Charge every active member ``amount`` into a system account, as one transaction.

    The preview (``dry_run``) lists who would break their credit limit; a real levy
    refuses if anyone would, unless ``skip_over_limit`` leaves those members out.
    """
    actor.require(Permission.READ if dry_run else Permission.POST)
    _positive(amount)
    if not dry_run:
        value_date_and_reason(actor, value_date, reason)
    target = system_account(session, to_account)
    rows = session.execute(
        sa.select(
            Member.id,
            Member.name,
            Account.id.label("account_id"),
            Account.balance,
            Account.credit_limit,
        )
        .join(Account, Account.member_id == Member.id)
        .where(Member.status == "active")
        .order_by(Member.id)
    ).all()
    lines = []
    for r in rows:
        available = None if r.credit_limit is None else r.balance + r.credit_limit
        lines.append(
            LevyLine(
                r.id, r.name, r.balance, available, available is not None and available < amount
            )
        )
    over = [ln for ln in lines if ln.would_break_limit]
    charged = [ln for ln in lines if not (skip_over_limit and ln.would_break_limit)]
    total = amount * len(charged)
    if dry_run:
        return LevyResult(amount, lines, total, over, None, to_account)
    if not charged:
        raise Refused("No active member can be charged this levy.")
    if over and not skip_over_limit:
        names = ", ".join(f"{ln.name} ({ln.member_id})" for ln in over[:5])
        more = f" and {len(over) - 5} more" if len(over) > 5 else ""
        raise Refused(
            f"{counted(len(over), 'member')} would go past their credit limit: {names}{more}.",
            hint="Preview the levy, then leave them out or raise their limits.",
        )
    acc_by_member = {r.id: r.account_id for r in rows}
    legs = [(acc_by_member[ln.member_id], -amount) for ln in charged] + [(target, total)]
    result = post(
        session,
        actor,
        "levy",
        legs,
        memo,
        idempotency_key=idempotency_key,
        value_date=value_date,
        reason=reason,
    )
    return LevyResult(amount, lines, total, over, result.transaction_id, to_account)
