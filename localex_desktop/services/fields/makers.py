"""Small factories for the kinds of field the entities' lists share.

Each says once what a kind of column is (a member as "name (number)", a stored code
read in words, a time stamp kept for files), so the lists in :mod:`.members`,
:mod:`.listings` and :mod:`.trades` read as one line a column.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from localex_desktop.services.fields.base import Field, Kind

R = TypeVar("R")


def word_table(**words: str) -> dict[str, str]:
    """Stored codes with the words people read for them (each marked with ``N_``), in
    this order: ``word_table(active=N_("Active"))``."""
    return dict(words)


def in_words(table: Mapping[str, str], code: str) -> str:
    """``code`` in words from ``table``; one the table does not know, capitalised."""
    return table.get(code, code.capitalize())


def member_text(name: str, member_id: int) -> str:
    """A member as a table shows them: "Ann Archer (12)"."""
    return f"{name} ({member_id})"


def sortable(
    name: str,
    header: str,
    kind: Kind,
    value: Callable[[R], Any],
    *,
    empty: str = "",
    width: int = 12,
    stretch: bool = False,
) -> Field[R]:
    """A listed field the service sorts by under its own name."""
    return Field(
        name, header, kind, value, sort_key=name, empty=empty, width=width, stretch=stretch
    )


def hidden(name: str, header: str, kind: Kind, value: Callable[[R], Any]) -> Field[R]:
    """A field files and ``--json`` carry but on-screen tables leave out."""
    return Field(name, header, kind, value, listed=False)


def worded(
    name: str, header: str, code: Callable[[R], str], words: Callable[[str], str], width: int
) -> Field[R]:
    """A stored code (``active``) that people read in words ("Active"), sorted by code."""
    return Field(
        name,
        header,
        Kind.TEXT,
        code,
        sort_key=name,
        text=lambda r: words(code(r)),
        width=width,
        words=True,
    )


def member_field(
    name: str, header: str, member_id: Callable[[R], int], member_name: Callable[[R], str]
) -> Field[R]:
    """A member's number that reads "Ann Archer (12)"; TEXT, so tables align it as text."""

    def text(row: R) -> str:
        return member_text(member_name(row), member_id(row))

    return Field(name, header, Kind.TEXT, member_id, sort_key=name, text=text, width=18)


def dated(
    name: str,
    header: str,
    value: Callable[[R], Any],
    *,
    empty: str,
    sort_key: str | None = None,
    width: int = 11,
) -> Field[R]:
    """A day people sort by (under ``sort_key``, else the name), ``empty`` where none."""
    return Field(
        name, header, Kind.DATE, value, sort_key=sort_key or name, empty=empty, width=width
    )


def stamp_field(name: str, header: str, value: Callable[[R], Any], sort_key: str) -> Field[R]:
    """When a row was made or last changed: sortable, in files, not in tables."""
    return Field(name, header, Kind.DATETIME, value, sort_key=sort_key, listed=False)
