"""Waiting on a condition with a deadline, never a sleep followed by an assertion.

The deadline is generous on purpose: it only stops a test that would otherwise hang.
How fast something happens is for the benchmarks (``localex bench …``), not the tests.
"""

from __future__ import annotations

import time
from collections.abc import Callable

#: the longest any test waits for something that should happen (seconds / milliseconds)
DEADLINE_S = 60.0
DEADLINE_MS = int(DEADLINE_S * 1000)


def wait_for(condition: Callable[[], bool], what: str, timeout: float = DEADLINE_S) -> None:
    """Return once ``condition()`` holds; fail naming ``what`` after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"{what}: still not so after {timeout:g} s")
        time.sleep(0.02)
