"""A member leaves the exchange: one service over members and listings.

Leaving is refused while the member holds a balance (settle it first); otherwise their
open listings are withdrawn (reason "member left") and they are marked as left, with
one audit row for each, all in the caller's transaction. Their history stays.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from localex_desktop.domain.roles import Actor
from localex_desktop.services import listings, members
from localex_desktop.services.members import MemberInfo


def leave(session: Session, actor: Actor, member_id: int, *, on: date | None = None) -> MemberInfo:
    """Withdraw the member's listings and record that they have left (today, or ``on``)."""
    members.check_may_leave(session, actor, member_id)
    listings.withdraw_for_member(session, actor, member_id)
    return members.mark_left(session, actor, member_id, on=on)
