"""The listings' columns: on screen, in `localex listing list` and in the export.

Values stay the machine's (``member`` is the member's number, ``kind`` is ``offer``);
``text`` gives the words people read ("Ann (2)", "Offer", "per hour").
"""

from __future__ import annotations

from localex_desktop.services.fields.base import Field, Kind
from localex_desktop.services.listings import ListingInfo

KIND_TEXT = {"offer": "Offer", "want": "Want"}
STATUS_TEXT = {
    "active": "Active",
    "paused": "Paused",
    "expired": "Expired",
    "withdrawn": "Withdrawn",
}


def kind_text(kind: str) -> str:
    return KIND_TEXT.get(kind, kind.capitalize())


def status_text(status: str) -> str:
    """A listing's (effective) status in words: "Active", "Expired", …"""
    return STATUS_TEXT.get(status, status.capitalize())


def member_text(name: str, member_id: int) -> str:
    """A member as a table shows them: "Ann Archer (12)"."""
    return f"{name} ({member_id})"


def per_unit(unit: str) -> str:
    """The unit after a price: "per hour" for "hour", as typed for "per loaf" or "each"."""
    unit = unit.strip()
    if not unit:
        return ""
    if unit.lower().startswith(("per ", "a ", "an ", "each", "/")):
        return unit
    return f"per {unit}"


# Listed fields in the desktop's column order; the export picks its columns by name.
# ``member`` holds the number but reads as "name (number)": a TEXT field, so tables
# align it as text.
FIELDS: list[Field[ListingInfo]] = [
    Field("id", "No.", Kind.NUMBER, lambda x: x.id, sort_key="id", width=4),
    Field(
        "kind",
        "Kind",
        Kind.TEXT,
        lambda x: x.kind,
        sort_key="kind",
        text=lambda x: kind_text(x.kind),
        width=5,
    ),
    Field(
        "category", "Category", Kind.TEXT, lambda x: x.category_path, sort_key="category", width=24
    ),
    Field("title", "Title", Kind.TEXT, lambda x: x.title, sort_key="title", width=20, stretch=True),
    Field(
        "member",
        "Member",
        Kind.TEXT,
        lambda x: x.member_id,
        sort_key="member",
        text=lambda x: member_text(x.member_name, x.member_id),
        width=18,
    ),
    Field("member_name", "Member name", Kind.TEXT, lambda x: x.member_name, listed=False),
    Field("price", "Price", Kind.MONEY, lambda x: x.price, sort_key="price", width=8),
    Field("unit", "Unit", Kind.TEXT, lambda x: x.unit, text=lambda x: per_unit(x.unit), width=8),
    Field(
        "status",
        "Status",
        Kind.TEXT,
        lambda x: x.status,
        sort_key="status",
        text=lambda x: status_text(x.status),
        width=8,
    ),
    Field(
        "expires_on",
        "Expires",
        Kind.DATE,
        lambda x: x.expires_on,
        sort_key="expires",
        empty="—",
        width=11,
    ),
    Field("description", "Description", Kind.TEXT, lambda x: x.description, listed=False),
    Field(
        "created_at",
        "Created",
        Kind.DATETIME,
        lambda x: x.created_at,
        sort_key="created",
        listed=False,
    ),
    Field(
        "updated_at",
        "Updated",
        Kind.DATETIME,
        lambda x: x.updated_at,
        sort_key="updated",
        listed=False,
    ),
]
