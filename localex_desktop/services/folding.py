"""Searching that ignores case and accents: "nunez" finds "Ñúñez", "CAFE" finds "café".

The folding itself is the database function ``localex_fold`` (migration 0005), applied
to both sides of a comparison, so the rule lives in one place and every client of the
database folds the same way.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa


def fold(expr: Any) -> sa.ColumnElement[str]:
    """``expr`` lower-cased without accents (a column, or a literal value)."""
    return sa.func.localex_fold(expr, type_=sa.Text)


def like_pattern(word: str) -> str:
    """``%word%`` with LIKE's own characters escaped (the escape character is ``\\``)."""
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def contains(column: Any, word: str) -> sa.ColumnElement[bool]:
    """``column`` contains ``word``, whatever the case and the accents of either."""
    return fold(column).like(fold(sa.literal(like_pattern(word), sa.Text)), escape="\\")
