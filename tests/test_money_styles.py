"""Amounts written the locale's way and as hours:minutes: round trips and strict refusals."""

from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from localex_desktop.domain.errors import ValidationError
from localex_desktop.domain.money import (
    MAX_UNITS,
    PLAIN,
    Currency,
    NumberStyle,
    format_amount,
    parse_amount,
)

GERMAN = NumberStyle(decimal=",", group=".")
ENGLISH = NumberStyle(decimal=".", group=",")
FRENCH = NumberStyle(decimal=",", group="\u202f")
SWISS = NumberStyle(decimal=".", group="'")
STYLES = [PLAIN, GERMAN, ENGLISH, FRENCH, SWISS, NumberStyle(decimal=",")]

DE = Currency(style=GERMAN)
HOURS = Currency("Hours", "h", 2, clock=True)


@pytest.mark.parametrize(
    ("text", "minor"),
    [
        ("12,50", 1250),
        ("12,5", 1250),
        ("1.234,50", 123450),
        ("1.234.567", 123456700),
        ("7", 700),
        ("0,01", 1),
        ("12.345", 1234500),
    ],
)
def test_german_amounts(text: str, minor: int) -> None:
    assert parse_amount(text, DE) == minor


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("12,345", "more than 2 decimal places"),
        ("1,2,3", "not a number"),
        ("12.50", "groups of three"),
        ("1.23,4", "groups of three"),
        ("1234.567,5", "groups of three"),
        (".123", "groups of three"),
        ("12,", "not a number"),
        (",5", "not a number"),
        ("1e3", "not a number"),
        ("1 234,5", "not a number"),
    ],
)
def test_german_refusals(text: str, why: str) -> None:
    with pytest.raises(ValidationError) as info:
        parse_amount(text, DE)
    assert why in str(info.value)


def test_french_spaces_of_any_kind_group() -> None:
    fr = Currency(style=FRENCH)
    assert parse_amount("1 234,50", fr) == parse_amount("1\u00a0234,50", fr) == 123450
    assert format_amount(123450, fr) == "1\u202f234,50"


def test_plain_style_refuses_grouping_as_before() -> None:
    with pytest.raises(ValidationError, match="not a number"):
        parse_amount("1,000", Currency())
    assert format_amount(123456789, Currency()) == "1234567.89"


@pytest.mark.parametrize(
    ("text", "minor"),
    [("1:30", 150), ("0:45", 75), ("2", 200), ("2:00", 200), ("1,5", 150), ("10:03", 1005)],
)
def test_hours_and_minutes(text: str, minor: int) -> None:
    assert parse_amount(text, replace(HOURS, style=GERMAN)) == minor


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("1:5", "two digits"),
        ("1:60", "two digits"),
        ("1:300", "two digits"),
        (":30", "not a number"),
        ("0:01", "steps of 3 minutes"),
        ("1:31", "steps of 3 minutes"),
        ("1:30:00", "two digits"),
        ("0:00", "more than zero"),
        ("1.5:30", "not a number"),
    ],
)
def test_hours_and_minutes_refusals(text: str, why: str) -> None:
    with pytest.raises(ValidationError) as info:
        parse_amount(text, HOURS)
    assert why in str(info.value)


def test_whole_hours_currency_takes_whole_hours_only() -> None:
    whole = Currency("Hours", "h", 0, clock=True)
    assert parse_amount("3:00", whole) == 3
    with pytest.raises(ValidationError, match="whole hours"):
        parse_amount("1:30", whole)
    assert format_amount(3, whole) == "3:00"


def test_hours_shown_as_clock_when_exact_else_decimal() -> None:
    assert format_amount(150, HOURS) == "1:30"
    assert format_amount(-75, HOURS, symbol=True) == "-0:45 h"
    assert format_amount(1, HOURS) == "0.01"  # 0.6 minutes: shown as it is kept
    assert format_amount(150, HOURS, clock=False) == "1.50"
    assert format_amount(123456700, replace(HOURS, style=GERMAN)) == "1.234.567:00"


minors = st.integers(min_value=-(MAX_UNITS * 100 - 1), max_value=MAX_UNITS * 100 - 1)


@given(minors, st.sampled_from(STYLES), st.booleans(), st.sampled_from([0, 1, 2, 3]))
def test_format_then_parse_round_trips_in_every_style(
    minor: int, style: NumberStyle, clock: bool, decimals: int
) -> None:
    currency = Currency("Hours", "h", decimals, clock=clock, style=style)
    minor = minor // (10 ** (3 - decimals)) if decimals < 3 else minor
    text = format_amount(minor, currency)
    if minor != 0:
        assert parse_amount(text, currency, allow_negative=True) == minor
    else:
        assert parse_amount(text, currency, allow_zero=True) == 0


@given(st.integers(min_value=0, max_value=10**6), st.integers(min_value=0, max_value=19))
def test_every_three_minutes_round_trips_as_clock(hours: int, thirds: int) -> None:
    text = f"{hours}:{thirds * 3:02d}"
    minor = parse_amount(text, HOURS, allow_zero=True)
    assert minor * 60 == (hours * 60 + thirds * 3) * 100
    assert format_amount(minor, HOURS) == text
