"""The member list's columns: on screen, in `localex member list` and in the export."""

from __future__ import annotations

from localex_desktop.services.fields.base import Field, Kind
from localex_desktop.services.members import MemberInfo

STATUS_TEXT = {"active": "Active", "suspended": "Suspended", "left": "Left"}


def status_text(status: str) -> str:
    """A member's status in words, the same everywhere ("Active", not "active")."""
    return STATUS_TEXT.get(status, status.capitalize())


FIELDS: list[Field[MemberInfo]] = [
    Field("number", "No.", Kind.NUMBER, lambda m: m.id, sort_key="id", width=4),
    Field("name", "Name", Kind.TEXT, lambda m: m.name, sort_key="name", width=20, stretch=True),
    Field("email", "Email", Kind.TEXT, lambda m: m.email, listed=False),
    Field("phone", "Phone", Kind.TEXT, lambda m: m.phone, listed=False),
    Field("address", "Address", Kind.TEXT, lambda m: m.address, listed=False),
    Field(
        "status",
        "Status",
        Kind.TEXT,
        lambda m: m.status,
        sort_key="status",
        text=lambda m: status_text(m.status),
        width=9,
    ),
    Field("joined_on", "Joined", Kind.DATE, lambda m: m.joined_on, listed=False),
    Field("left_on", "Left", Kind.DATE, lambda m: m.left_on, listed=False),
    Field(
        "directory_consent",
        "In directory",
        Kind.BOOL,
        lambda m: m.directory_consent,
        listed=False,
    ),
    Field("balance", "Balance", Kind.MONEY, lambda m: m.balance, sort_key="balance", width=11),
    Field(
        "credit_limit",
        "Credit limit",
        Kind.MONEY,
        lambda m: m.credit_limit,
        sort_key="credit_limit",
        empty="none",
        width=13,
    ),
    Field("upper_limit", "Upper limit", Kind.MONEY, lambda m: m.upper_limit, listed=False),
    Field(
        "last_activity",
        "Last activity",
        Kind.DATE,
        lambda m: m.last_activity_on,
        sort_key="last_activity",
        empty="never",
        width=11,
    ),
    Field("notes", "Notes", Kind.TEXT, lambda m: m.notes, listed=False),
]
