"""Sorted pages of a search: the sort asked for by name, then the id, one page at a time.

Listings and trades page the same way (members keep their own order: nulls first when
ascending); every order ends with the id, so pages never overlap or skip a row.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

import sqlalchemy as sa

from localex_desktop.domain.errors import ValidationError

S = TypeVar("S", bound=sa.Select[Any])

#: the most rows one page holds
MAX_PAGE = 10_000


def sort_key(sorts: Mapping[str, Any], sort: str, what: str, *also: str) -> Any:
    """The column ``sort`` names; refused with the names there are (and ``also``)."""
    key = sorts.get(sort)
    if key is None:
        names = ", ".join([*sorts, *also])
        raise ValidationError(f"Cannot sort {what} by {sort!r}.", hint=f"Use one of {names}.")
    return key


def sorted_page(stmt: S, key: Any, row_id: Any, *, descending: bool, limit: int, offset: int) -> S:
    """``stmt`` ordered by ``key`` (rows without a value last), then by ``row_id``, and cut to
    the page at ``offset`` (1 to :data:`MAX_PAGE` rows)."""
    order = key.desc().nulls_last() if descending else key.asc().nulls_last()
    stmt = stmt.order_by(order, row_id.desc() if descending else row_id)
    return stmt.limit(max(1, min(limit, MAX_PAGE))).offset(max(0, offset))
