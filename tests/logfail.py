"""Tests fail on noise: an unexpected error logged, or an error dialog shown.

In the manner of qutebrowser's ``tests/helpers/logfail.py``: a handler on the
``localex_desktop`` loggers collects every record at ERROR or above during a test (its
set-up and tear-down included), and the test fails if any was not expected. The desktop
tests add the error dialogs (a :class:`QMessageBox` with the Critical icon, which is what
``ui.errors.show_error`` shows for anything but a :class:`LocalexError`).

A test that expects such an error says so::

    @pytest.mark.allow_errors                       # any error
    @pytest.mark.allow_errors("embedded server")    # only ones matching these patterns
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable

import pytest

LOGGER = "localex_desktop"


class ErrorRecorder(logging.Handler):
    """Keeps the records of ERROR and above that reach it (from any thread)."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)

    def texts(self) -> list[str]:
        out = []
        for r in self.records:
            text = f"{r.name} {r.levelname}: {r.getMessage()}"
            if r.exc_info and r.exc_info[1] is not None:
                text += f" ({type(r.exc_info[1]).__name__}: {r.exc_info[1]})"
            out.append(text)
        return out


def unexpected(item: pytest.Item, texts: Iterable[str]) -> list[str]:
    """The ``texts`` that the test's ``allow_errors`` marker (if any) does not allow."""
    texts = list(texts)
    marker = item.get_closest_marker("allow_errors")
    if marker is None:
        return texts
    patterns = [str(p) for p in marker.args]
    if not patterns:
        return []
    return [t for t in texts if not any(re.search(p, t) for p in patterns)]


def fail_if_unexpected(item: pytest.Item, what: str, texts: Iterable[str]) -> None:
    bad = unexpected(item, texts)
    if bad:
        listed = "\n  ".join(bad)
        pytest.fail(
            f"{what} during the test (mark it @pytest.mark.allow_errors if expected):\n  {listed}",
            pytrace=False,
        )
