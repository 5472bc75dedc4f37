"""Reading one cell: yes/no, dates, amounts and member numbers as spreadsheets write them."""

from __future__ import annotations

import re
from datetime import date

from localex_desktop.domain.errors import ValidationError
from localex_desktop.domain.money import Currency, parse_amount


def yes_no(text: str) -> bool | None:
    """True, False, or None for an empty cell."""
    t = text.strip().lower()
    if t in ("", "no", "n", "false", "f", "0", "-", "nein", "non", "nee"):
        return False if t else None
    if t in ("yes", "y", "true", "t", "1", "x", "ja", "oui", "si", "sí"):
        return True
    raise ValidationError(f"{text!r} is not yes or no.")


_DIGITS = re.compile(r"^[0-9]{1,15}$")
_DAY_FIRST = re.compile(r"^(\d{1,2})[./](\d{1,2})[./](\d{4})$")


def parse_date(text: str) -> date:
    """ISO dates (2024-03-01, also with a time after them) or day-first 1.3.2024, 1/3/2024."""
    t = text.strip()
    try:
        if re.match(r"^\d{4}-\d{2}-\d{2}", t):
            return date.fromisoformat(t[:10])
        m = _DAY_FIRST.match(t)
        if m:
            return date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    except ValueError:
        pass
    raise ValidationError(
        f"{text!r} is not a date.", hint="Write dates as 2024-03-31 (or 31.03.2024)."
    )


def money(text: str, cur: Currency, label: str, *, negative: bool = False) -> int:
    """An amount in minor units: symbols, spaces, (12.50) and a decimal comma allowed."""
    t = text.strip().replace(" ", "").replace("\u00a0", "")
    for sym in (cur.symbol, cur.symbol.lower()):
        if sym and t.lower().endswith(sym.lower()):
            t = t[: -len(sym)]
    if t.startswith("(") and t.endswith(")"):  # accounting style (12.50)
        t = "-" + t[1:-1]
    if "," in t and "." not in t and re.match(r"^-?\d+,\d+$", t):
        t = t.replace(",", ".")  # decimal comma from a European spreadsheet
    return parse_amount(t, cur, field=label, allow_zero=True, allow_negative=negative)


def member_number(text: str) -> int | None:
    """The number in ``text`` (``#12`` and ``12.0`` too), None when it is not one."""
    digits = text.lstrip("#").strip()
    if digits.endswith(".0"):
        digits = digits[:-2]
    if not _DIGITS.match(digits):
        return None
    return int(digits)
