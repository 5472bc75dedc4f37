"""What a report is called on paper and in a file name, the same in the desktop program
and the admin command: "Member balances", "Active, at the end of 2026-03-31",
"balances-2026-03-31".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Heading:
    title: str
    subtitle: str
    stem: str  # the start of a suggested file name


def trial_balance(at: date) -> Heading:
    return Heading(
        "Trial balance", f"At the end of {at.isoformat()}", f"trial-balance-{at.isoformat()}"
    )


def balances(at: date, status: str | None) -> Heading:
    """``status``: the members' status the report is limited to (None: all members)."""
    which = status.capitalize() if status else "All members"
    return Heading(
        "Member balances", f"{which}, at the end of {at.isoformat()}", f"balances-{at.isoformat()}"
    )


def _period(since: date | None, until: date | None) -> str:
    if since is None and until is None:
        return "All time"
    if since is None:
        return f"Up to {until.isoformat()}" if until else "All time"
    return f"{since.isoformat()} to {until.isoformat() if until else 'today'}"


def _stem(name: str, since: date | None, until: date | None) -> str:
    return "-".join([name, *(d.isoformat() for d in (since, until) if d is not None)])


def volume(since: date | None, until: date | None) -> Heading:
    return Heading("Trade volume", _period(since, until), _stem("volume", since, until))


def activity(months: int, at: date) -> Heading:
    return Heading(
        "Member activity",
        f"Dormant after {months} months, at the end of {at.isoformat()}",
        f"activity-{months}-months-{at.isoformat()}",
    )


def velocity(since: date, until: date) -> Heading:
    return Heading("Velocity", _period(since, until), _stem("velocity", since, until))
