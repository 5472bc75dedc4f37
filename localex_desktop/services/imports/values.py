"""Reading one cell: text, yes/no, dates, amounts and member numbers as spreadsheets write them.

Dates: ISO (2024-03-31) reads the same everywhere. 03/04/2024 does not: 3 April in
Europe, March 4 in the United States. :func:`scan_dates` looks at every such date of a
file: a day above 12 in the first place proves day-first, in the second month-first;
when nothing proves either, the order has to be asked (:class:`DateOrder`).
"""

from __future__ import annotations

import enum
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from localex_desktop.domain import text as text_rule
from localex_desktop.domain.errors import ValidationError
from localex_desktop.domain.money import Currency, parse_amount


def fold(text: str) -> str:
    """A name for comparing people: no case, accents or extra spaces ("Chloé " = "chloe")."""
    plain = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in plain if not unicodedata.combining(ch))
    return " ".join(plain.casefold().split())


# -- text that must not reach the database ------------------------------------------------

_BIDI = text_rule.BIDI_CONTROLS  # the same sets as every other text field (domain.text)
_INVISIBLE = text_rule.INVISIBLE
_CONTROL_NAMES = {0: "NUL", 7: "BEL", 8: "backspace", 0x1B: "ESC", 0x7F: "DEL"}


def unsafe(text: str) -> str | None:
    """Why ``text`` cannot be imported (None: it can).

    Control characters (NUL, ESC of terminal escape sequences, BEL, DEL, C1 codes) have
    no place in a name or an address and may garble a terminal or a printout; bidi
    overrides (U+202E) make text read differently from what it holds; a value of only
    zero-width characters looks empty but is not. Tabs and line breaks are fine.
    """
    for ch in text:
        code = ord(ch)
        if (code < 0x20 and ch not in "\t\n\r") or 0x7F <= code <= 0x9F:
            name = _CONTROL_NAMES.get(code, "a control character")
            return f"holds {name} (U+{code:04X}), which cannot be imported"
        if ch in _BIDI:
            return (
                f"holds a bidi control (U+{code:04X}) that makes text read differently "
                "from what it holds"
            )
    if text and all(ch in _INVISIBLE or ch.isspace() for ch in text) and not text.isspace():
        return "holds only invisible zero-width characters"
    return None


def yes_no(text: str) -> bool | None:
    """True, False, or None for an empty cell."""
    t = text.strip().lower()
    if t in ("", "no", "n", "false", "f", "0", "-", "nein", "non", "nee"):
        return False if t else None
    if t in ("yes", "y", "true", "t", "1", "x", "ja", "oui", "si", "sí"):
        return True
    raise ValidationError(f"{text!r} is not yes or no.")


# -- dates ---------------------------------------------------------------------------------


class DateOrder(enum.StrEnum):
    DMY = "dmy"  # 31/12/2024, 31.12.2024
    MDY = "mdy"  # 12/31/2024
    YMD = "ymd"  # 2024/12/31 (ISO 2024-12-31 reads the same in every order)


DATE_ORDER_TEXT = {
    DateOrder.DMY: "day first (31/12/2024)",
    DateOrder.MDY: "month first (12/31/2024)",
    DateOrder.YMD: "year first (2024/12/31)",
}

_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}")
_YEAR_LAST = re.compile(r"^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$")
_YEAR_FIRST = re.compile(r"^(\d{4})[./](\d{1,2})[./](\d{1,2})$")


@dataclass(frozen=True)
class DateScan:
    """What a file's dates say about their order."""

    order: DateOrder | None  # proven by the file (None: nothing to decide, or undecided)
    ambiguous: str | None = None  # a date that reads two ways, when nothing decides
    line: int | None = None  # where that date is
    mixed: bool = False  # some dates prove day-first, others month-first
    written: int = 0  # how many dates are written with the year last (31/12/2024)

    @property
    def needs_answer(self) -> bool:
        return self.order is None and (self.ambiguous is not None or self.mixed)


def scan_dates(dates: Iterable[tuple[int, str]]) -> DateScan:
    """Day-first or month-first, from ``(line, text)`` pairs of every date in a file."""
    day_first = month_first = False
    example: tuple[int, str] | None = None
    written = 0
    for line, text in dates:
        m = _YEAR_LAST.match(text.strip())
        if not m:
            continue
        written += 1
        a, b = int(m.group(1)), int(m.group(2))
        day_first |= a > 12
        month_first |= b > 12
        if a != b and a <= 12 and b <= 12 and example is None:
            example = (line, text.strip())
    if day_first and month_first:
        return DateScan(None, mixed=True, written=written)
    if day_first:
        return DateScan(DateOrder.DMY, written=written)
    if month_first:
        return DateScan(DateOrder.MDY, written=written)
    if example is not None:
        return DateScan(None, example[1], example[0], written=written)
    return DateScan(None, written=written)


def parse_date(text: str, order: DateOrder | None = None) -> date:
    """ISO dates (2024-03-01, also with a time after them), else in the file's ``order``."""
    t = text.strip()
    hint = "Write dates as 2024-03-31."
    try:
        if _ISO.match(t):
            return date.fromisoformat(t[:10])
        m = _YEAR_LAST.match(t)
        if m and order is DateOrder.MDY:
            return date(int(m.group(3)), int(m.group(1)), int(m.group(2)))
        if m and order is not DateOrder.YMD:
            a, b = int(m.group(1)), int(m.group(2))
            if order is None and a != b and a <= 12 and b <= 12:
                raise ValidationError(
                    f"{text!r} may be day-first or month-first.",
                    hint="Say which order the file's dates are in.",
                )
            return date(int(m.group(3)), b, a)
        m = _YEAR_FIRST.match(t)
        if m and order in (None, DateOrder.YMD):
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        pass
    if order is not None and (_YEAR_LAST.match(t) or _YEAR_FIRST.match(t)):
        raise ValidationError(
            f"{text!r} is not a date written {DATE_ORDER_TEXT[order]}.",
            hint=hint + " Or check the order chosen for the file's dates.",
        )
    raise ValidationError(f"{text!r} is not a date.", hint=hint)


# -- amounts, member numbers ----------------------------------------------------------------


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


_DIGITS = re.compile(r"^[0-9]{1,15}$")

NUMBER_HINT = (
    "A number column holds the member numbers to keep (whole numbers such as 17). "
    "For codes of another system (EXMP0001), map the column to notes or ignore it: "
    "the members are then numbered automatically."
)


def member_number(text: str) -> int | None:
    """The number in ``text`` (``#12`` and ``12.0`` too), None when it is not one."""
    digits = text.lstrip("#").strip()
    if digits.endswith(".0"):
        digits = digits[:-2]
    if not _DIGITS.match(digits):
        return None
    return int(digits)
