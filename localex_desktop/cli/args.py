"""Argparse types for the numbers on the command line: ids and counts a bigint can hold.

``type=int`` lets 2**63 through to SQL ("bigint out of range"); these refuse it as a
usage error with the number and the largest one accepted.
"""

from __future__ import annotations

import argparse

from localex_desktop.domain.errors import ValidationError
from localex_desktop.domain.ids import parse_id


def record_id(text: str) -> int:
    """An id (member, transaction, trade, listing, batch): 1 to 2**63 - 1."""
    try:
        return parse_id(text, "record number")
    except ValidationError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def count(text: str) -> int:
    """A count, limit or position: 0 to 2**63 - 1."""
    try:
        return parse_id(text, "count", minimum=0)
    except ValidationError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
