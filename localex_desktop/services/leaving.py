"""A member leaves the exchange: one service over members and listings.

Leaving is refused while the member holds a balance, unless it is settled in the same
act (``settle``): an adjustment moves the balance to the community fund, as an exchange
writes off or takes in what a departing member owes or is owed. Then their open listings
are withdrawn (reason "member left") and they are marked as left, with one audit row
for each, all in the caller's transaction. Their history stays.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from localex_desktop.domain.errors import Refused
from localex_desktop.domain.money import format_amount
from localex_desktop.domain.roles import Actor, Permission
from localex_desktop.services import ledger, listings, members, settings
from localex_desktop.services.members import MemberInfo

SETTLED_MEMO = "Balance settled on leaving the exchange"


def leave(
    session: Session,
    actor: Actor,
    member_id: int,
    *,
    on: date | None = None,
    settle: bool = False,
    expected_balance: int | None = None,
) -> MemberInfo:
    """Withdraw the member's listings and record that they have left (today, or ``on``).

    With ``settle``, a balance is first moved to the community fund; ``expected_balance``
    is the one the person confirmed, and a balance that changed since is refused.
    """
    if settle:
        _settle(session, actor, member_id, expected_balance)
    members.check_may_leave(session, actor, member_id)
    listings.withdraw_for_member(session, actor, member_id)
    return members.mark_left(session, actor, member_id, on=on)


def _settle(session: Session, actor: Actor, member_id: int, expected: int | None) -> None:
    actor.require(Permission.POST)
    member = members.get(session, actor, member_id)
    if expected is not None and member.balance != expected:
        cur = settings.currency(session)
        raise Refused(
            f"The balance of {member.name} is now "
            f"{format_amount(member.balance, cur, symbol=True)}, not "
            f"{format_amount(expected, cur, symbol=True)}: something was posted meanwhile.",
            hint="Look at the account again, then leave once more.",
        )
    if member.balance:
        fund = ledger.system_account(session, "community_fund")
        legs = [(member.account_id, -member.balance), (fund, member.balance)]
        ledger.post(session, actor, "adjustment", legs, SETTLED_MEMO)
