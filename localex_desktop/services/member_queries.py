"""Finding members: one by number (with their account), a sorted page, how many.

Search runs in the database (part of the name, number, email or phone). Import these
names from :mod:`services.members`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from localex_desktop.db.models import Account, Member
from localex_desktop.domain.errors import NotFound, ValidationError
from localex_desktop.domain.roles import Actor, Permission
from localex_desktop.services.folding import contains, like_pattern

STATUSES = ("active", "suspended", "left")


@dataclass(frozen=True)
class MemberInfo:
    id: int
    name: str
    email: str | None
    phone: str
    address: str
    status: str
    joined_on: date
    left_on: date | None
    notes: str
    directory_consent: bool
    account_id: int
    balance: int
    credit_limit: int | None
    upper_limit: int | None
    last_activity_at: datetime | None  # when its last posting was recorded
    last_activity_on: date | None  # the latest value date of its entries ("last activity")

    @property
    def available(self) -> int | None:
        """How much more they may spend: balance + credit limit (None: no limit)."""
        if self.credit_limit is None:
            return None
        return self.balance + self.credit_limit


def info_select() -> sa.Select[Any]:
    return sa.select(Member, Account).join(Account, Account.member_id == Member.id)


def info(member: Member, account: Account) -> MemberInfo:
    return MemberInfo(
        id=member.id,
        name=member.name,
        email=member.email,
        phone=member.phone,
        address=member.address,
        status=member.status,
        joined_on=member.joined_on,
        left_on=member.left_on,
        notes=member.notes,
        directory_consent=member.directory_consent,
        account_id=account.id,
        balance=account.balance,
        credit_limit=account.credit_limit,
        upper_limit=account.upper_limit,
        last_activity_at=account.last_activity_at,
        last_activity_on=account.last_value_date,
    )


def load(session: Session, member_id: int, *, lock: bool = False) -> tuple[Member, Account]:
    stmt = info_select().where(Member.id == member_id)
    if lock:
        stmt = stmt.with_for_update(of=Member)
    row = session.execute(stmt).first()
    if row is None:
        raise NotFound(f"There is no member number {member_id}.")
    return row[0], row[1]


def get(session: Session, actor: Actor, member_id: int) -> MemberInfo:
    actor.require(Permission.READ)
    return info(*load(session, member_id))


SORTS = {
    "id": Member.id,
    "name": sa.func.lower(Member.name),
    "status": Member.status,
    "balance": Account.balance,
    "credit_limit": Account.credit_limit,
    "last_activity": Account.last_value_date,
}


def search(
    session: Session,
    actor: Actor,
    text: str = "",
    *,
    status: str | None = None,
    sort: str = "id",
    descending: bool = False,
    limit: int = 500,
    offset: int = 0,
) -> list[MemberInfo]:
    """Find members by part of the name, number, email or phone, in the database."""
    actor.require(Permission.READ)
    if status is not None and status not in STATUSES:
        raise ValidationError(
            f"There is no status {status!r}.", hint="Use active, suspended or left."
        )
    stmt = info_select()
    words = text.split()
    for word in words:
        like = like_pattern(word)
        conds: list[sa.ColumnElement[bool]] = [
            contains(Member.name, word),  # ignoring case and accents
            Member.email.ilike(like, escape="\\"),
            Member.phone.ilike(like, escape="\\"),
        ]
        if word.isdigit() and len(word) < 19:
            conds.append(Member.id == int(word))
        stmt = stmt.where(sa.or_(*conds))
    if status:
        stmt = stmt.where(Member.status == status)
    key = SORTS.get(sort)
    if key is None:
        raise ValidationError(f"Cannot sort members by {sort!r}.")
    order = key.desc().nulls_last() if descending else key.asc().nulls_first()
    stmt = stmt.order_by(order, Member.id).limit(limit).offset(offset)
    return [info(m, a) for m, a in session.execute(stmt)]


def count(session: Session, actor: Actor, status: str | None = None) -> int:
    actor.require(Permission.READ)
    stmt = sa.select(sa.func.count()).select_from(Member)
    if status:
        stmt = stmt.where(Member.status == status)
    return int(session.scalar(stmt) or 0)
