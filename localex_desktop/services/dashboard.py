"""What the dashboard shows, read through the services in one read transaction.

No SQL here: every figure comes from a service (members, listings, trades, reports,
settings, backup), so the dashboard agrees with the Members, Listings, Trades and
Reports views by construction, and like them it goes by value dates (the day a trade
happened): this month's trades, the chart's months, the dormant members and their last
activity. Money stays in integer minor units; only the charts
turn it into numbers for drawing.
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy.orm import Session

from localex_desktop.db.connection import Database
from localex_desktop.domain.money import Currency
from localex_desktop.domain.roles import Actor
from localex_desktop.services import backup, listings, members, reports, settings, trades
from localex_desktop.services.backup import BackupHealth
from localex_desktop.services.reports import AccountBalance, ActivityRow, VolumeRow
from localex_desktop.services.review import ReviewDatabase
from localex_desktop.services.work import run_query

log = logging.getLogger(__name__)

#: a member is "near the limit" when they use at least this share of their credit limit
NEAR_LIMIT_SHARE = 0.8
#: an active member with no entry in this many months is dormant (as `localex report`)
DORMANT_MONTHS = 6
#: how many members the short lists name
SHORT_LIST = 8
#: months in the trade volume chart, this one included
CHART_MONTHS = 12
#: bars in the balance histogram (about; the band width is rounded to a round number)
HISTOGRAM_BANDS = 8


@dataclass(frozen=True)
class MonthVolume:
    month: date  # the first day of the month
    count: int
    net_volume: int

    @property
    def label(self) -> str:
        return self.month.strftime("%b %Y") if self.month.month == 1 else self.month.strftime("%b")


@dataclass(frozen=True)
class Band:
    """Members whose balance is in [low, low + width)."""

    low: int
    width: int
    members: int


@dataclass(frozen=True)
class NearLimit:
    member_id: int
    name: str
    balance: int
    credit_limit: int

    @property
    def share(self) -> float:
        return -self.balance / self.credit_limit if self.credit_limit else 0.0


@dataclass(frozen=True)
class Verification:
    at: datetime | None
    ok: bool | None
    first_bad_transaction: int | None


@dataclass(frozen=True)
class DashboardData:
    today: date
    currency: Currency
    active_members: int
    suspended_members: int
    open_offers: int
    open_wants: int
    pending_trades: int
    disputed_trades: int
    month: VolumeRow  # trade volume with a value date this month (reports.volume)
    months: list[MonthVolume]  # the last CHART_MONTHS months, oldest first
    bands: list[Band]
    near_limit: list[NearLimit]  # the closest SHORT_LIST, closest first
    near_limit_count: int
    dormant: list[ActivityRow]  # the longest-dormant SHORT_LIST
    dormant_count: int
    verification: Verification | None
    backup: BackupHealth | None
    loaded_at: datetime = field(default_factory=lambda: datetime.now().astimezone())


def month_starts(today: date, count: int = CHART_MONTHS) -> list[date]:
    first = today.replace(day=1)
    return [reports.add_months(first, -n) for n in range(count - 1, -1, -1)]


def near_limit(rows: list[AccountBalance]) -> list[NearLimit]:
    """Members using at least NEAR_LIMIT_SHARE of a positive credit limit, closest first."""
    found = [
        NearLimit(r.member_id, r.name, r.balance, r.credit_limit)
        for r in rows
        if r.member_id is not None
        and r.credit_limit
        and r.balance < 0
        and -r.balance >= NEAR_LIMIT_SHARE * r.credit_limit
    ]
    found.sort(key=lambda n: (-n.share, n.member_id))
    return found


def nice_width(span: int, bands: int, scale: int) -> int:
    """A round band width (1, 2, 2.5, 3, 4 or 5 × 10^k whole units), in minor units."""
    raw = max(span / max(bands, 1) / scale, 1.0)  # at least one whole unit
    power = 10 ** math.floor(math.log10(raw)) if raw > 0 else 1
    for step in (1, 2, 2.5, 3, 4, 5, 10):
        if step * power >= raw and (step != 2.5 or power >= 10):  # 25, 250, …; never 2.5
            return max(round(step * power * scale), 1)
    return max(round(10 * power * scale), 1)  # pragma: no cover - loop always returns


def histogram(balances: list[int], scale: int, bands: int = HISTOGRAM_BANDS) -> list[Band]:
    """Members per balance band; band edges are round numbers and zero is an edge."""
    if not balances:
        return []
    low, high = min(balances), max(balances)
    width = nice_width(max(high - low, 1), bands, scale)
    start = math.floor(low / width) * width
    count = math.floor(high / width) * width
    out = [Band(edge, width, 0) for edge in range(start, count + width, width)]
    tally = [0] * len(out)
    for b in balances:
        tally[(b - start) // width] += 1
    return [Band(band.low, width, n) for band, n in zip(out, tally, strict=True)]


def _when(text: object) -> datetime | None:
    try:
        return datetime.fromisoformat(str(text)) if text else None
    except ValueError:
        return None


def _verification(raw: Any) -> Verification | None:
    if not isinstance(raw, dict) or not raw.get("at"):
        return None
    at = _when(raw["at"])
    bad = raw.get("first_bad_transaction")
    return Verification(at, raw.get("ok"), int(bad) if bad is not None else None)


def load(db: Database, actor: Actor, today: date | None = None) -> DashboardData:
    """Every figure of the dashboard (runs on a worker; one read transaction)."""
    today = today or date.today()
    starts = month_starts(today)
    figures = run_query(db, actor, lambda s, a: _figures(s, a, today, starts))
    if isinstance(db, ReviewDatabase) and db.ledger_check is not None:
        # a backup under review was verified as it opened (its copy cannot record that)
        check = db.ledger_check
        at = _when(check.checked_at) or datetime.now(UTC)
        figures = replace(
            figures, verification=Verification(at, check.ok, check.first_bad_transaction)
        )
    try:
        health: BackupHealth | None = backup.backup_health(db)
    except Exception:  # the dashboard still shows the rest; the status bar says more
        log.warning("could not read the backup state", exc_info=True)
        health = None
    return replace(figures, backup=health)


def _figures(s: Session, actor: Actor, today: date, starts: list[date]) -> DashboardData:
    """Everything but the backup state, in one read transaction."""
    currency = settings.currency(s)
    active = members.count(s, actor, "active")
    suspended = members.count(s, actor, "suspended")
    offers = listings.count(s, actor, listings.ListingFilter(kind="offer", status="active"))
    wants = listings.count(s, actor, listings.ListingFilter(kind="want", status="active"))
    pending = trades.count(s, actor, trades.TradeFilter(status="pending"))
    disputed = trades.count(s, actor, trades.TradeFilter(status="disputed"))
    year = reports.volume(s, actor, since=starts[0], until=today)
    balances = reports.balances_at(s, actor, today, members_only=True, status="active")
    activity = reports.activity(s, actor, DORMANT_MONTHS, today)
    verification = _verification(settings.get(s, "last_verification"))
    by_month = {row.key: row for row in year.by_month}
    months = []
    for start in starts:
        row = by_month.get(start.strftime("%Y-%m"))
        if row is None:
            months.append(MonthVolume(start, 0, 0))
        else:
            months.append(MonthVolume(start, row.net_count, row.net_volume))
    this_month = by_month.get(starts[-1].strftime("%Y-%m")) or VolumeRow(
        starts[-1].strftime("%Y-%m"), 0, 0, 0, 0
    )
    close = near_limit(balances)
    dormant = sorted(
        activity.dormant,
        key=lambda r: (r.last_value_date is not None, r.last_value_date or date.min, r.member_id),
    )
    return DashboardData(
        today=today,
        currency=currency,
        active_members=active,
        suspended_members=suspended,
        open_offers=offers,
        open_wants=wants,
        pending_trades=pending,
        disputed_trades=disputed,
        month=this_month,
        months=months,
        bands=histogram([b.balance for b in balances], currency.scale),
        near_limit=close[:SHORT_LIST],
        near_limit_count=len(close),
        dormant=dormant[:SHORT_LIST],
        dormant_count=len(activity.dormant),
        verification=verification,
        backup=None,
    )
