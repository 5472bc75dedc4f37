"""Record numbers a person types: whole numbers the database's ``bigint`` can hold.

An id of 2**63 would otherwise reach SQL and come back as "bigint out of range"; the
command line and the services check first and say which number was wrong.
"""

from __future__ import annotations

from localex_desktop.domain.errors import ValidationError

#: the largest ``bigint``: every id and every amount in minor units fits below it
MAX_ID = 2**63 - 1


def parse_id(text: str, what: str = "number", *, minimum: int = 1) -> int:
    """``text`` as a whole number from ``minimum`` to :data:`MAX_ID`, or a clear refusal."""
    raw = text.strip().lstrip("#")
    if not raw.isdigit() or not raw.isascii():
        if raw.startswith("-") and raw[1:].isdigit():
            raise ValidationError(f"{text!r} is negative; a {what} is {minimum} or more.")
        raise ValidationError(f"{text!r} is not a {what} (digits only, like 12).")
    value = int(raw)
    if value > MAX_ID:
        raise ValidationError(
            f"The {what} {raw} is too large: there is no such record.",
            hint=f"Numbers go up to {MAX_ID}; check the number you typed.",
        )
    if value < minimum:
        raise ValidationError(f"The {what} {raw} is too small; it starts at {minimum}.")
    return value


def in_range(value: int) -> bool:
    """Whether ``value`` can be looked up at all (a bigint above zero)."""
    return 1 <= value <= MAX_ID
