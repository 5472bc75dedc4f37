"""Members and their accounts: enrol, edit, suspend, reactivate.

Leaving the exchange touches listings too: :func:`services.leaving.leave`.
Finding members (get, search, count) is :mod:`services.member_queries`, whose names
this module passes on.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, fields
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from localex_desktop.db.models import Account, Member
from localex_desktop.domain import text
from localex_desktop.domain.errors import Conflict, Refused, ValidationError
from localex_desktop.domain.money import format_amount
from localex_desktop.domain.roles import Actor, Permission
from localex_desktop.services import audit, edits, settings
from localex_desktop.services.member_queries import (
    SORTS,
    STATUSES,
    MemberInfo,
    count,
    get,
    info,
    load,
    search,
)

__all__ = [
    "SORTS",
    "STATUSES",
    "MemberInfo",
    "MemberInput",
    "check_may_leave",
    "count",
    "create",
    "get",
    "mark_left",
    "reactivate",
    "search",
    "suspend",
    "update",
    "validate",
]

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^[0-9+()./\- ]{3,40}$")


@dataclass
class MemberInput:
    """What a person types in the member form; everything validated by :func:`validate`."""

    name: str
    email: str | None = None
    phone: str = ""
    address: str = ""
    notes: str = ""
    directory_consent: bool = False
    joined_on: date | None = None

    @classmethod
    def of(cls, values: Mapping[str, Any]) -> MemberInput:
        """The form's fields out of named values (an import's row, an edit merged with
        what is stored); a field ``values`` does not name keeps its default."""
        return cls(**{f.name: values[f.name] for f in fields(cls) if f.name in values})


def validate(data: MemberInput) -> MemberInput:
    name = text.check_line(data.name, "the name", field="name")
    if not name:
        raise ValidationError("The member's name is empty.", field="name")
    if len(name) > 200:
        raise ValidationError("The name is longer than 200 characters.", field="name")
    email = text.check_line(data.email or "", "the email address", field="email") or None
    if email is not None and not _EMAIL.match(email):
        raise ValidationError(
            f"{email!r} is not an email address.",
            field="email",
            hint="Write it as name@example.org.",
        )
    phone = text.check_line(data.phone, "the phone number", field="phone")
    if phone and not _PHONE.match(phone):
        raise ValidationError(
            f"{phone!r} is not a phone number.",
            field="phone",
            hint="Use digits, spaces and + ( ) - . only.",
        )
    return MemberInput(
        name=name,
        email=email,
        phone=phone,
        address=text.check_block(data.address, "the address", field="address"),
        notes=text.check_block(data.notes, "the notes", field="notes"),
        directory_consent=data.directory_consent,
        joined_on=data.joined_on,
    )


def _snapshot(m: Member | MemberInfo, a: Account | MemberInfo | None = None) -> dict[str, Any]:
    """The member as the audit log records it; of a :class:`MemberInfo` (``m`` twice),
    what an editing dialog showed, in the same terms (:mod:`services.edits`)."""
    out: dict[str, Any] = {
        "name": m.name,
        "email": m.email,
        "phone": m.phone,
        "address": m.address,
        "status": m.status,
        "notes": m.notes,
        "directory_consent": m.directory_consent,
    }
    if a is not None:
        out["credit_limit"] = a.credit_limit
        out["upper_limit"] = a.upper_limit
    return out


#: the member's fields as a person reads them (for "Ann changed the phone …")
FIELD_LABELS = {
    "name": "name",
    "email": "email address",
    "phone": "phone",
    "address": "address",
    "notes": "notes",
    "directory_consent": "directory listing",
    "credit_limit": "credit limit",
    "upper_limit": "upper limit",
}


def _check_email_free(session: Session, email: str | None, member_id: int | None = None) -> None:
    if email is None:
        return
    stmt = sa.select(Member.id).where(sa.func.lower(Member.email) == email.lower())
    if member_id is not None:
        stmt = stmt.where(Member.id != member_id)
    other = session.scalar(stmt)
    if other is not None:
        raise Conflict(
            f"Member {other} already has the email address {email}.",
            hint="Each member needs their own email address, or none.",
        )


def check_limits(credit_limit: int | None, upper_limit: int | None) -> None:
    if credit_limit is not None and credit_limit < 0:
        raise ValidationError("The credit limit cannot be negative.", field="credit_limit")
    if upper_limit is not None and upper_limit < 0:
        raise ValidationError("The upper limit cannot be negative.", field="upper_limit")


def create(
    session: Session,
    actor: Actor,
    data: MemberInput,
    *,
    credit_limit: int | None = None,
    upper_limit: int | None = None,
    member_id: int | None = None,
) -> MemberInfo:
    """Enrol a member and open their account (credit limit defaults from settings)."""
    actor.require(Permission.MANAGE_MEMBERS)
    clean = validate(data)
    if credit_limit is None:
        credit_limit = int(settings.get(session, "default_credit_limit"))
    check_limits(credit_limit, upper_limit)
    _check_email_free(session, clean.email)
    if member_id is not None:
        if member_id <= 0:
            raise ValidationError("Member numbers start at 1.", field="number")
        if session.get(Member, member_id) is not None:
            raise Conflict(f"Member number {member_id} is taken.")
    member = Member(
        name=clean.name,
        email=clean.email,
        phone=clean.phone,
        address=clean.address,
        notes=clean.notes,
        directory_consent=clean.directory_consent,
    )
    if clean.joined_on is not None:
        member.joined_on = clean.joined_on
    if member_id is not None:
        member.id = member_id
    session.add(member)
    try:
        session.flush()
        # only the columns a coordinator's login may insert (revision 0012): the
        # database gives the zero chain head and the rest
        account_id = session.execute(
            sa.insert(Account)
            .values(
                member_id=member.id,
                name=clean.name,
                credit_limit=credit_limit,
                upper_limit=upper_limit,
            )
            .returning(Account.id)
        ).scalar_one()
    except IntegrityError as exc:
        raise Conflict(
            "Another coordinator just enrolled a member with the same email or number."
        ) from exc
    if member_id is not None:
        # keep the generator ahead of numbers brought in from elsewhere
        session.execute(NUMBERS_AHEAD)
    session.refresh(member)
    account = session.get_one(Account, account_id)
    audit.record(session, actor, "create", "member", member.id, after=_snapshot(member, account))
    return info(member, account)


#: keep the members' number generator past numbers brought in from elsewhere
NUMBERS_AHEAD = sa.text(
    "SELECT setval(pg_get_serial_sequence('members', 'id'), "
    "greatest((SELECT max(id) FROM members), 1))"
)

_UNSET: Any = object()


def update(
    session: Session,
    actor: Actor,
    member_id: int,
    *,
    name: str | None = None,
    email: str | None = _UNSET,
    phone: str | None = None,
    address: str | None = None,
    notes: str | None = None,
    directory_consent: bool | None = None,
    credit_limit: int | None = _UNSET,
    upper_limit: int | None = _UNSET,
    seen: MemberInfo | None = None,
    overwrite: bool = False,
) -> MemberInfo:
    """Change the given fields only. Limits apply to future postings; history stays.

    ``seen``: the member as the editing dialog showed it. A field left as shown keeps
    what is stored now (another coordinator's change of it is kept); a field changed
    here and elsewhere since is refused with :class:`edits.ChangedMeanwhile` unless
    ``overwrite`` (see :mod:`services.edits`).
    """
    actor.require(Permission.MANAGE_MEMBERS)
    member, account = load(session, member_id, lock=True)
    before = _snapshot(member, account)
    optional = (("name", name), ("phone", phone), ("address", address), ("notes", notes))
    wanted: dict[str, Any] = {
        k: v for k, v in (*optional, ("directory_consent", directory_consent)) if v is not None
    }
    unset = (("email", email), ("credit_limit", credit_limit), ("upper_limit", upper_limit))
    wanted |= {k: v for k, v in unset if v is not _UNSET}
    merged = edits.check_and_merge(
        session,
        entity="member",
        entity_id=member_id,
        noun="this member",
        seen=None if seen is None else _snapshot(seen, seen),
        current=before,
        wanted=wanted,
        labels=FIELD_LABELS,
        overwrite=overwrite,
    )
    values = before | merged
    credit_limit, upper_limit = values["credit_limit"], values["upper_limit"]
    clean = validate(MemberInput.of(values))
    _check_email_free(session, clean.email, member_id)
    for f in fields(MemberInput):
        if f.name != "joined_on":
            setattr(member, f.name, getattr(clean, f.name))
    member.updated_at = sa.func.now()
    account.name = clean.name
    new_credit, new_upper = credit_limit, upper_limit
    if new_credit is None:
        raise ValidationError(
            "A member's account needs a credit limit (0 for none).", field="credit_limit"
        )
    check_limits(new_credit, new_upper)
    account.credit_limit, account.upper_limit = new_credit, new_upper
    try:
        session.flush()
    except IntegrityError as exc:
        raise Conflict("Another member has that email address.") from exc
    session.refresh(member)
    after = _snapshot(member, account)
    if after != before:
        audit.record(session, actor, "update", "member", member_id, before=before, after=after)
    return info(member, account)


def _set_status(
    session: Session,
    actor: Actor,
    member_id: int,
    status: str,
    verb: str,
    on: date | None = None,
) -> MemberInfo:
    actor.require(Permission.MANAGE_MEMBERS)
    member, account = load(session, member_id, lock=True)
    if member.status == status:
        raise Refused(f"{member.name} is already {status}.")
    if status == "left":
        _refuse_a_balance(session, member, account)
    if member.status == "left" and status != "left":
        member.left_on = None
    before = member.status
    member.status = status
    if status == "left":
        member.left_on = on or date.today()
    member.updated_at = sa.func.now()
    session.flush()
    audit.record(
        session,
        actor,
        verb,
        "member",
        member_id,
        before={"status": before},
        after={"status": status},
    )
    session.refresh(member)
    return info(member, account)


def _refuse_a_balance(session: Session, member: Member, account: Account) -> None:
    session.refresh(account, with_for_update=True)
    if account.balance != 0:
        cur = settings.currency(session)
        raise Refused(
            f"{member.name} cannot leave with a balance of "
            f"{format_amount(account.balance, cur, symbol=True)}.",
            hint="Leave with the balance settled with the community fund (the Leave "
            "dialog offers it; localex member leave N --settle), or bring it to zero "
            "by trades first.",
        )


def check_may_leave(session: Session, actor: Actor, member_id: int) -> None:
    """Refuse, before anything is written, a member who has left or holds a balance.

    Locks the member and their account for the rest of the transaction.
    """
    actor.require(Permission.MANAGE_MEMBERS)
    member, account = load(session, member_id, lock=True)
    if member.status == "left":
        raise Refused(f"{member.name} is already left.")
    _refuse_a_balance(session, member, account)


def suspend(session: Session, actor: Actor, member_id: int) -> MemberInfo:
    return _set_status(session, actor, member_id, "suspended", "suspend")


def reactivate(session: Session, actor: Actor, member_id: int) -> MemberInfo:
    return _set_status(session, actor, member_id, "active", "reactivate")


def mark_left(
    session: Session, actor: Actor, member_id: int, *, on: date | None = None
) -> MemberInfo:
    """The member's own record of leaving (today, or ``on`` the day an imported record
    says); :func:`services.leaving.leave` is the whole act."""
    return _set_status(session, actor, member_id, "left", "leave", on)
