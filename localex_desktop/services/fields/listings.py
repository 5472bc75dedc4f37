"""The listings' columns: on screen, in `localex listing list` and in the export.

Values stay the machine's (``member`` is the member's number, ``kind`` is ``offer``);
``text`` gives the words people read ("Ann (2)", "Offer", "per hour").
"""

from __future__ import annotations

from localex_desktop.services.fields.base import N_, Field, Kind
from localex_desktop.services.fields.makers import (
    dated,
    hidden,
    in_words,
    member_field,
    member_text,
    sortable,
    stamp_field,
    word_table,
    worded,
)
from localex_desktop.services.listings import ListingInfo

__all__ = [
    "FIELDS",
    "KIND_TEXT",
    "STATUS_TEXT",
    "kind_text",
    "member_text",
    "per_unit",
    "status_text",
]

KIND_TEXT = word_table(offer=N_("Offer"), want=N_("Want"))
STATUS_TEXT = word_table(
    active=N_("Active"), paused=N_("Paused"), expired=N_("Expired"), withdrawn=N_("Withdrawn")
)


def kind_text(kind: str) -> str:
    return in_words(KIND_TEXT, kind)


def status_text(status: str) -> str:
    """A listing's (effective) status in words: "Active", "Expired", …"""
    return in_words(STATUS_TEXT, status)


def per_unit(unit: str) -> str:
    """The unit after a price: "per hour" for "hour", as typed for "per loaf" or "each"."""
    unit = unit.strip()
    if not unit:
        return ""
    if unit.lower().startswith(("per ", "a ", "an ", "each", "/")):
        return unit
    return f"per {unit}"


# Listed fields in the desktop's column order; the export picks its columns by name.
FIELDS: list[Field[ListingInfo]] = [
    Field("id", N_("No."), Kind.NUMBER, lambda x: x.id, sort_key="id", width=4),
    worded("kind", N_("Kind"), lambda x: x.kind, kind_text, width=5),
    sortable("category", N_("Category"), Kind.TEXT, lambda x: x.category_path, width=24),
    sortable("title", N_("Title"), Kind.TEXT, lambda x: x.title, width=20, stretch=True),
    member_field("member", N_("Member"), lambda x: x.member_id, lambda x: x.member_name),
    hidden("member_name", N_("Member name"), Kind.TEXT, lambda x: x.member_name),
    sortable("price", N_("Price"), Kind.MONEY, lambda x: x.price, width=8),
    Field(
        "unit", N_("Unit"), Kind.TEXT, lambda x: x.unit, text=lambda x: per_unit(x.unit), width=8
    ),
    worded("status", N_("Status"), lambda x: x.status, status_text, width=8),
    dated("expires_on", N_("Expires"), lambda x: x.expires_on, sort_key="expires", empty="—"),
    hidden("description", N_("Description"), Kind.TEXT, lambda x: x.description),
    stamp_field("created_at", N_("Created"), lambda x: x.created_at, sort_key="created"),
    stamp_field("updated_at", N_("Updated"), lambda x: x.updated_at, sort_key="updated"),
]
