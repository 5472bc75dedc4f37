from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from localex_desktop.domain.errors import ValidationError
from localex_desktop.domain.money import MAX_UNITS, Currency, format_amount, parse_amount

CR = Currency()


@pytest.mark.parametrize(
    ("text", "minor"),
    [("12.5", 1250), ("12.50", 1250), ("0.01", 1), (" 7 ", 700), ("100", 10000)],
)
def test_parses_plain_amounts(text: str, minor: int) -> None:
    assert parse_amount(text, CR) == minor


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("1e3", "not a number"),
        ("12.345", "decimal places"),
        ("-5", "negative"),
        ("abc", "not a number"),
        ("1,000", "not a number"),
        ("0", "more than zero"),
        ("0.00", "more than zero"),
        ("nan", "not a number"),
        ("99999999999999", "too large"),
        ("12.", "not a number"),
        (".5", "not a number"),
    ],
)
def test_refuses_bad_amounts_with_a_reason(text: str, why: str) -> None:
    with pytest.raises(ValidationError) as info:
        parse_amount(text, CR)
    assert why in str(info.value)


def test_zero_decimal_currency() -> None:
    hours = Currency("Hours", "h", 0)
    assert parse_amount("3", hours) == 3
    with pytest.raises(ValidationError):
        parse_amount("3.5", hours)
    assert format_amount(3, hours) == "3"


def test_negative_allowed_when_asked() -> None:
    assert parse_amount("-5", CR, allow_negative=True) == -500


@given(st.integers(min_value=-(MAX_UNITS * 100 - 1), max_value=MAX_UNITS * 100 - 1))
def test_format_then_parse_round_trips(minor: int) -> None:
    text = format_amount(minor, CR)
    assert Decimal(text) == Decimal(minor) / 100
    if minor != 0:
        assert parse_amount(text, CR, allow_negative=True) == minor
