"""Exact amounts: integer minor units, parsed strictly, never floats."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from localex_desktop.domain.errors import ValidationError

#: the largest amount a single entry may carry, in whole units (keeps bigint sums safe)
MAX_UNITS = 10**12

_AMOUNT = re.compile(r"^(\d+)(?:\.(\d+))?$")


@dataclass(frozen=True)
class Currency:
    name: str = "Credits"
    symbol: str = "Cr"
    decimals: int = 2

    @property
    def scale(self) -> int:
        return int(10**self.decimals)


def parse_amount(
    text: str | int | Decimal,
    currency: Currency,
    *,
    field: str = "amount",
    allow_zero: bool = False,
    allow_negative: bool = False,
) -> int:
    """Parse "12.5" or "12.50" to minor units; refuse "1e3", "12.345", "-5", "", "abc"."""
    if isinstance(text, int):
        text = str(text)
    elif isinstance(text, Decimal):
        text = format(text, "f")
    raw = text.strip().replace("\u2212", "-")
    if not raw:
        raise ValidationError(
            f"The {field} is empty.", field=field, hint="Enter an amount such as 12.50."
        )
    negative = raw.startswith("-")
    if negative:
        if not allow_negative:
            raise ValidationError(
                f"The {field} {text!r} is negative.",
                field=field,
                hint="Enter a positive amount; the direction comes from who pays whom.",
            )
        raw = raw[1:].strip()
    match = _AMOUNT.match(raw)
    if not match:
        raise ValidationError(
            f"The {field} {text!r} is not a number.",
            field=field,
            hint=f"Enter digits, such as {format_amount(125 * currency.scale // 10, currency)}.",
        )
    whole, frac = match.group(1), match.group(2) or ""
    if len(frac) > currency.decimals and not currency.decimals:
        raise ValidationError(
            f"The {field} {text!r} has decimal places; {currency.name} are counted in whole units.",
            field=field,
            hint="Enter a whole number, such as 12.",
        )
    if len(frac) > currency.decimals:
        raise ValidationError(
            f"The {field} {text!r} has more than {currency.decimals} decimal places.",
            field=field,
            hint=f"{currency.name} are counted to {currency.decimals} decimal places.",
        )
    if int(whole) >= MAX_UNITS:
        raise ValidationError(
            f"The {field} {text!r} is too large.",
            field=field,
            hint=f"The largest amount accepted is {MAX_UNITS - 1:,}.",
        )
    minor = int(whole) * currency.scale + (int(frac.ljust(currency.decimals, "0")) if frac else 0)
    if minor == 0 and not allow_zero:
        raise ValidationError(f"The {field} must be more than zero.", field=field)
    return -minor if negative else minor


def format_amount(minor: int, currency: Currency, *, symbol: bool = False) -> str:
    """Minor units to a decimal string: 1250 -> "12.50" (no thousands separators)."""
    sign = "-" if minor < 0 else ""
    units, frac = divmod(abs(minor), currency.scale)
    text = f"{sign}{units}.{frac:0{currency.decimals}d}" if currency.decimals else f"{sign}{units}"
    return f"{text} {currency.symbol}" if symbol else text


def to_decimal(minor: int, currency: Currency) -> Decimal:
    return Decimal(minor).scaleb(-currency.decimals)
