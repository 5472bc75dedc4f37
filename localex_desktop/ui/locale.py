"""The one place the GUI turns QLocale into the Qt-free :class:`NumberStyle`.

Every amount the GUI shows or reads goes through a :class:`Currency` that carries this
style (see :func:`localized`, :func:`currency_of`), so tables, detail panels, dialogs,
charts and the PDFs made from the GUI write "1.234,50" in German and "1,234.50" in
English, while the CLI and scripts keep "12.50" (``money.PLAIN``). The C locale (no
language chosen) keeps the plain style and ISO dates, as before.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime

from PySide6.QtCore import QLocale
from sqlalchemy.orm import Session

from localex_desktop.domain.errors import ValidationError
from localex_desktop.domain.money import PLAIN, Currency, NumberStyle
from localex_desktop.services import settings
from localex_desktop.ui.i18n import translate

#: Qt date pattern pieces and their strftime equivalents (years always with 4 digits)
_QT_TO_STRFTIME = {
    "yyyy": "%Y",
    "yy": "%Y",
    "MMMM": "%B",
    "MMM": "%b",
    "MM": "%m",
    "M": "%m",
    "dddd": "%A",
    "ddd": "%a",
    "dd": "%d",
    "d": "%d",
}
_QT_PIECE = re.compile(r"yyyy|yy|MMMM|MMM|MM|M|dddd|ddd|dd|d")


def qt_date_format() -> str:
    """The QDateEdit pattern: the locale's short date with a 4-digit year; ISO in C."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return "yyyy-MM-dd"
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    pattern = _QT_PIECE.sub(
        lambda m: {"yy": "yyyy", "M": "MM", "d": "dd"}.get(m.group(0), m.group(0)), pattern
    )
    return pattern


def style() -> NumberStyle:
    """Decimal and group marks and the date pattern of the current QLocale."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return PLAIN
    omit = bool(locale.numberOptions() & QLocale.NumberOption.OmitGroupSeparator)
    strf = _QT_PIECE.sub(lambda m: _QT_TO_STRFTIME[m.group(0)], qt_date_format())
    return NumberStyle(
        decimal=locale.decimalPoint(), group="" if omit else locale.groupSeparator(), date=strf
    )


def localized(currency: Currency | None = None) -> Currency:
    """``currency`` (default: the built-in one) written the GUI's way."""
    return replace(currency or Currency(), style=style())


def currency_of(session: Session) -> Currency:
    """The exchange's currency as the GUI writes it (for work run by ``ctx.query``)."""
    return localized(settings.currency(session))


def format_date(day: date | datetime | None, *, empty: str = "") -> str:
    """A date as the locale writes it short (ISO in the C locale)."""
    return empty if day is None else day.strftime(style().date)


def parse_date(text: str, *, field: str = "date") -> date:
    """A date typed in the locale's short format or in ISO (2026-03-05)."""
    raw = text.strip()
    for pattern in ("%Y-%m-%d", style().date):
        try:
            return datetime.strptime(raw, pattern).date()
        except ValueError:
            continue
    example = date(2026, 3, 5)
    raise ValidationError(
        translate("locale", "The {field} {text} is not a date.").format(
            field=field, text=repr(text)
        ),
        field=field,
        hint=translate("locale", "Write it as {example} or 2026-03-05.").format(
            example=format_date(example)
        ),
    )
