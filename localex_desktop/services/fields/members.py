"""The member list's columns: on screen, in `localex member list` and in the export."""

from __future__ import annotations

from localex_desktop.services.fields.base import N_, Field, Kind
from localex_desktop.services.fields.makers import (
    dated,
    hidden,
    in_words,
    sortable,
    word_table,
    worded,
)
from localex_desktop.services.members import MemberInfo

STATUS_TEXT = word_table(active=N_("Active"), suspended=N_("Suspended"), left=N_("Left"))


def status_text(status: str) -> str:
    """A member's status in words, the same everywhere ("Active", not "active")."""
    return in_words(STATUS_TEXT, status)


FIELDS: list[Field[MemberInfo]] = [
    Field("number", N_("No."), Kind.NUMBER, lambda m: m.id, sort_key="id", width=4),
    sortable("name", N_("Name"), Kind.TEXT, lambda m: m.name, width=20, stretch=True),
    hidden("email", N_("Email"), Kind.TEXT, lambda m: m.email),
    hidden("phone", N_("Phone"), Kind.TEXT, lambda m: m.phone),
    hidden("address", N_("Address"), Kind.TEXT, lambda m: m.address),
    worded("status", N_("Status"), lambda m: m.status, status_text, width=9),
    hidden("joined_on", N_("Joined"), Kind.DATE, lambda m: m.joined_on),
    hidden("left_on", N_("Left"), Kind.DATE, lambda m: m.left_on),
    hidden("directory_consent", N_("In directory"), Kind.BOOL, lambda m: m.directory_consent),
    sortable("balance", N_("Balance"), Kind.MONEY, lambda m: m.balance, width=11),
    sortable(
        "credit_limit",
        N_("Credit limit"),
        Kind.MONEY,
        lambda m: m.credit_limit,
        empty=N_("none"),
        width=13,
    ),
    hidden("upper_limit", N_("Upper limit"), Kind.MONEY, lambda m: m.upper_limit),
    dated("last_activity", N_("Last activity"), lambda m: m.last_activity_on, empty=N_("never")),
    hidden("notes", N_("Notes"), Kind.TEXT, lambda m: m.notes),
]
