"""Exact amounts: integer minor units, parsed strictly, never floats.

How an amount is *written* is a :class:`NumberStyle` (decimal mark, group mark, the
date pattern that goes with them), carried by the :class:`Currency`: the default
(``PLAIN``) is "12.50" without grouping and ISO dates, what the CLI and scripts read
and write; the GUI builds its style from QLocale in ``ui/locale.py``. A time currency
(``Currency.clock``) is also shown and typed as hours:minutes ("1:30" = 1.50 hours);
the minor units stay what they are (hundredths of an hour with 2 decimals), so a
minute count is accepted only when it maps exactly (steps of 3 minutes with 2
decimals), and an amount that is not a whole number of minutes is shown as a decimal.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from decimal import Decimal

from localex_desktop.domain.errors import ValidationError

#: the largest amount a single entry may carry, in whole units (keeps bigint sums safe)
MAX_UNITS = 10**12

_DIGITS = re.compile(r"^\d+$")
_SPACES = ("\u00a0", "\u202f", " ")


@dataclass(frozen=True)
class NumberStyle:
    """How numbers and dates are written: "12.50"/ISO by default, "1.234,50" in German."""

    decimal: str = "."
    #: the thousands mark; "" = none shown and none accepted
    group: str = ""
    #: a strftime pattern for dates shown to a person
    date: str = "%Y-%m-%d"


PLAIN = NumberStyle()


@dataclass(frozen=True)
class Currency:
    name: str = "Credits"
    symbol: str = "Cr"
    decimals: int = 2
    #: a time currency shown and typed as hours:minutes ("1:30")
    clock: bool = False
    style: NumberStyle = dataclass_field(default=PLAIN, compare=False)

    @property
    def scale(self) -> int:
        return int(10**self.decimals)

    @property
    def minute_step(self) -> int:
        """The smallest number of minutes the minor unit holds exactly (3 with 2 decimals)."""
        return 60 // math.gcd(60, self.scale)


def _example(currency: Currency) -> str:
    if currency.clock:
        return f"1:30 or {format_amount(currency.scale * 3 // 2, currency, clock=False)}"
    return format_amount(125 * currency.scale // 10, currency)


def _not_a_number(text: str, currency: Currency, field: str, why: str = "") -> ValidationError:
    return ValidationError(
        f"The {field} {text!r} is not a number{why}.",
        field=field,
        hint=f"Enter digits, such as {_example(currency)}.",
    )


def _whole(part: str, text: str, currency: Currency, field: str) -> int:
    """Digits, or digits in groups of three with the style's group mark."""
    group = currency.style.group
    if group in _SPACES:
        for space in _SPACES:
            part = part.replace(space, group) if group else part
    if group and group in part:
        head, *rest = part.split(group)
        if not (
            _DIGITS.match(head)
            and len(head) <= 3
            and all(len(g) == 3 and _DIGITS.match(g) for g in rest)
        ):
            grouped = format_amount(123456 * currency.scale, currency, clock=False)
            raise _not_a_number(
                text, currency, field, f" (digits go in groups of three: {grouped})"
            )
        part = head + "".join(rest)
    if not _DIGITS.match(part):
        raise _not_a_number(text, currency, field)
    whole = int(part)
    if whole >= MAX_UNITS:
        raise ValidationError(
            f"The {field} {text!r} is too large.",
            field=field,
            hint=f"The largest amount accepted is {MAX_UNITS - 1:,}.",
        )
    return whole


def _clock_minor(raw: str, text: str, currency: Currency, field: str) -> int:
    hours_part, _, minutes = raw.partition(":")
    hours = _whole(hours_part, text, currency, field)
    if not (len(minutes) == 2 and _DIGITS.match(minutes)) or int(minutes) > 59:
        raise ValidationError(
            f"The {field} {text!r} is not hours:minutes.",
            field=field,
            hint="Write the minutes with two digits from 00 to 59, such as 1:05 or 0:45.",
        )
    step = currency.minute_step
    if int(minutes) % step:
        steps = "whole hours" if step == 60 else f"steps of {step} minutes"
        raise ValidationError(
            f"The {field} {text!r} cannot be kept exactly: with {currency.decimals} decimal"
            f" places, {currency.name} go in {steps}.",
            field=field,
            hint="Round the minutes, or ask the administrator for more decimal places.",
        )
    return hours * currency.scale + int(minutes) * currency.scale // 60


def parse_amount(
    text: str | int | Decimal,
    currency: Currency,
    *,
    field: str = "amount",
    allow_zero: bool = False,
    allow_negative: bool = False,
) -> int:
    """Parse "12.5" or "12.50" (or the currency's style) to minor units; refuse the rest.

    Refused: "1e3", "12.345", "-5", "", "abc"; in a comma-decimal style "12,345" (too
    many decimals), "1,2,3", and groups not of three. A clock currency also takes "1:30".
    """
    style = currency.style
    if isinstance(text, int):
        text = str(text)
    elif isinstance(text, Decimal):
        text = format(text, "f").replace(".", style.decimal)
    raw = text.strip().replace("\u2212", "-")
    if not raw:
        raise ValidationError(
            f"The {field} is empty.",
            field=field,
            hint=f"Enter an amount such as {_example(currency)}.",
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
    if currency.clock and ":" in raw:
        minor = _clock_minor(raw, text, currency, field)
    else:
        whole_part, mark, frac = raw.partition(style.decimal)
        if mark and not (frac and _DIGITS.match(frac)):
            raise _not_a_number(text, currency, field)
        whole = _whole(whole_part, text, currency, field)
        if len(frac) > currency.decimals and not currency.decimals:
            raise ValidationError(
                f"The {field} {text!r} has decimal places; {currency.name} are counted in"
                " whole units.",
                field=field,
                hint="Enter a whole number, such as 12.",
            )
        if len(frac) > currency.decimals:
            raise ValidationError(
                f"The {field} {text!r} has more than {currency.decimals} decimal places.",
                field=field,
                hint=f"{currency.name} are counted to {currency.decimals} decimal places.",
            )
        minor = whole * currency.scale + (int(frac.ljust(currency.decimals, "0")) if frac else 0)
    if minor == 0 and not allow_zero:
        raise ValidationError(f"The {field} must be more than zero.", field=field)
    return -minor if negative else minor


def _grouped(units: int, group: str) -> str:
    return f"{units:,}".replace(",", group) if group else str(units)


def format_amount(
    minor: int, currency: Currency, *, symbol: bool = False, clock: bool | None = None
) -> str:
    """Minor units as the currency's style writes them: 1250 -> "12.50" by default.

    A clock currency shows a whole number of minutes as "1:30"; ``clock=False`` asks
    for the decimal form all the same.
    """
    style = currency.style
    sign = "-" if minor < 0 else ""
    as_clock = currency.clock if clock is None else clock
    if as_clock and (abs(minor) * 60) % currency.scale == 0:
        hours, minutes = divmod(abs(minor) * 60 // currency.scale, 60)
        text = f"{sign}{_grouped(hours, style.group)}:{minutes:02d}"
    else:
        units, frac = divmod(abs(minor), currency.scale)
        text = f"{sign}{_grouped(units, style.group)}"
        if currency.decimals:
            text += f"{style.decimal}{frac:0{currency.decimals}d}"
    return f"{text} {currency.symbol}" if symbol else text


def to_decimal(minor: int, currency: Currency) -> Decimal:
    return Decimal(minor).scaleb(-currency.decimals)
