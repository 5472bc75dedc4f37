"""Counting in words: "1 slip", "3 slips" — never "3 slip(s)"."""

from __future__ import annotations


def counted(n: int, singular: str, plural: str | None = None) -> str:
    """``n`` and the noun in the number it takes (``plural`` defaults to ``singular`` + s)."""
    return f"{n} {singular if n == 1 else plural or singular + 's'}"
