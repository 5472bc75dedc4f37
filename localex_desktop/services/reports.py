"""Reports a bookkeeper and a coordinator ask for, computed from the ledger itself.

Every figure here is derived from ``entries`` (and ``transactions``), so it agrees with
the transaction list; ``tests/test_reports.py`` recomputes each one from raw entries.

Every date here is a **value date**: the day a trade or payment happened
(``transactions.value_date``, migration 0006), not the moment it was recorded
(``posted_at``); the two differ only for history entered later, with a reason, by an
administrator. "At a date" means at the end of that day: everything with a value date
on or before it.

* **Balances at a date** are the account's balance less its entries dated after the
  day: one index probe on ``(account_id, value_date)`` per account, never a scan of
  history, so today's trial balance of a ten-year ledger costs the same as an empty
  one (the stored balance is kept by every posting and checked by ``verify``). The
  running balances on the entries stay in posting order (the hash chain), so they are
  not what a back-dated day is read from.
* **Trade volume** counts the payments between members: transactions of kind
  ``trade`` (recorded trades), ``transfer`` (member pays member) and ``batch`` (one
  member pays several, or several pay one) whose legs are *all* member accounts.
  Levies, fees, opening balances, adjustments and transfers to or from a system
  account (settling a leaving member with the community fund, say) are not trade.
  The size of a transaction is the sum of its positive entries (what the receivers
  got). A reversal of a counted transaction is reported in the month of its own value
  date (the day of the correction), as ``reversed_count``/``reversed_volume``;
  ``net_volume`` = volume − reversed volume. Past months therefore never change when
  something is corrected later (unless an administrator back-dates into them).
* **Category** of a transaction is its own ``category_id``, else that of the trade it
  settles (or whose settlement it reverses), else "(no category)".
* **Velocity** = net trade volume in the period ÷ the sum of the positive balances of
  member accounts at the end of the period (the credit members hold). System accounts
  are left out: a community fund is not money circulating between members.
* **Activity**: an active member is *dormant* for N months when their account has no
  entry with a value date in the N months up to the date and they joined before that
  window began.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_EVEN, Decimal

import sqlalchemy as sa
from sqlalchemy.orm import Session

from localex_desktop.domain.errors import ValidationError
from localex_desktop.domain.roles import Actor, Permission
from localex_desktop.services import categories

#: transaction kinds whose member-to-member payments count as trade volume
VOLUME_KINDS = ("trade", "transfer", "batch")
NO_CATEGORY = "(no category)"


# -- dates ---------------------------------------------------------------------------


def add_months(d: date, months: int) -> date:
    """The same day ``months`` later (or earlier), clamped to the month's last day."""
    index = d.year * 12 + (d.month - 1) + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(d.day, last))


def _check_period(since: date | None, until: date | None) -> None:
    if since is not None and until is not None and since > until:
        raise ValidationError(
            f"The period starts ({since.isoformat()}) after it ends ({until.isoformat()}).",
            hint="Give the earlier date as the start.",
        )


# -- balances at a date ----------------------------------------------------------------


@dataclass(frozen=True)
class AccountBalance:
    account_id: int
    member_id: int | None
    system_code: str | None
    name: str
    status: str | None  # the member's status today; None for system accounts
    balance: int  # minor units, at the end of the date
    credit_limit: int | None  # today's limit
    last_value_date: date | None  # value date of its last entry on or before the date

    @property
    def label(self) -> str:
        return f"{self.name} ({self.member_id})" if self.member_id else self.name


#: for account ``a`` at the end of ``:at``: ``later.total``, what its entries after that
#: day add (its balance then is ``a.balance - coalesce(later.total, 0)``), and
#: ``last.value_date``, the value date of its last entry on or before it
_AS_AT = """LEFT JOIN LATERAL (
    SELECT sum(e.amount) AS total FROM entries e
    WHERE e.account_id = a.id AND e.value_date > CAST(:at AS date)
) later ON true
LEFT JOIN LATERAL (
    SELECT e.value_date FROM entries e
    WHERE e.account_id = a.id AND e.value_date <= CAST(:at AS date)
    ORDER BY e.value_date DESC
    LIMIT 1
) last ON true"""

_BALANCES_AT = f"""
SELECT a.id, a.member_id, a.system_code, a.name, m.status, a.credit_limit,
       a.balance - coalesce(later.total, 0) AS balance, last.value_date AS last_value_date
FROM accounts a
LEFT JOIN members m ON m.id = a.member_id
{_AS_AT}
WHERE (a.member_id IS NULL OR m.joined_on <= CAST(:at AS date)
       OR a.created_at < (CAST(:at AS date) + 1)::timestamptz OR last.value_date IS NOT NULL)
  AND (NOT :members_only OR a.member_id IS NOT NULL)
  AND (CAST(:status AS text) IS NULL OR m.status = :status)
ORDER BY a.member_id IS NOT NULL, a.member_id, a.id
"""


def balances_at(
    session: Session,
    actor: Actor,
    at: date,
    *,
    members_only: bool = False,
    status: str | None = None,
) -> list[AccountBalance]:
    """Every account's balance at the end of ``at`` (system accounts first, then members)."""
    actor.require(Permission.READ)
    rows = session.execute(
        sa.text(_BALANCES_AT),
        {"at": at, "members_only": members_only or status is not None, "status": status},
    ).all()
    return [
        AccountBalance(
            r.id,
            r.member_id,
            r.system_code,
            r.name,
            r.status,
            int(r.balance),
            r.credit_limit,
            r.last_value_date,
        )
        for r in rows
    ]


@dataclass(frozen=True)
class TrialBalance:
    at: date
    rows: list[AccountBalance]
    total_debit: int  # the negative balances, as a positive number
    total_credit: int  # the positive balances
    total: int  # credit − debit: zero in a sound mutual-credit ledger

    @property
    def balanced(self) -> bool:
        return self.total == 0


def trial_balance(session: Session, actor: Actor, at: date) -> TrialBalance:
    """Every account, system accounts included, at the end of ``at``; the total is zero."""
    rows = balances_at(session, actor, at)
    credit = sum(r.balance for r in rows if r.balance > 0)
    debit = -sum(r.balance for r in rows if r.balance < 0)
    return TrialBalance(at, rows, debit, credit, credit - debit)


# -- trade volume ----------------------------------------------------------------------


@dataclass(frozen=True)
class VolumeRow:
    key: str  # "2026-03" for a month, the category path for a category
    count: int
    volume: int
    reversed_count: int
    reversed_volume: int

    @property
    def net_count(self) -> int:
        return self.count - self.reversed_count

    @property
    def net_volume(self) -> int:
        return self.volume - self.reversed_volume


@dataclass(frozen=True)
class VolumeReport:
    since: date | None
    until: date | None
    by_month: list[VolumeRow]
    by_category: list[VolumeRow]
    total: VolumeRow
    #: (month, category) → row, for a cross table
    by_month_and_category: dict[tuple[str, str], VolumeRow] = field(default_factory=dict)


def _volume_sql(has_trades: bool) -> str:
    trade_cat = (
        "(SELECT tr.category_id FROM trades tr "
        " WHERE tr.transaction_id = coalesce(t.reverses_id, t.id) LIMIT 1)"
        if has_trades
        else "NULL"
    )
    kinds = ", ".join(f"'{k}'" for k in VOLUME_KINDS)
    return f"""
WITH counted AS (
    SELECT t.id, t.value_date, t.kind = 'reversal' AS is_reversal,
           coalesce(t.category_id, {trade_cat}) AS category_id
    FROM transactions t
    LEFT JOIN transactions o ON o.id = t.reverses_id
    WHERE (t.kind IN ({kinds}) OR (t.kind = 'reversal' AND o.kind IN ({kinds})))
      AND (CAST(:since AS date) IS NULL OR t.value_date >= CAST(:since AS date))
      AND (CAST(:until AS date) IS NULL OR t.value_date <= CAST(:until AS date))
      AND NOT EXISTS (
          SELECT 1 FROM entries e JOIN accounts a ON a.id = e.account_id
          WHERE e.transaction_id = t.id AND a.member_id IS NULL)
),
sized AS (
    SELECT c.*, (SELECT sum(e.amount) FROM entries e
                 WHERE e.transaction_id = c.id AND e.amount > 0) AS size
    FROM counted c
)
SELECT to_char(value_date, 'YYYY-MM') AS month, category_id,
       count(*) FILTER (WHERE NOT is_reversal) AS n,
       coalesce(sum(size) FILTER (WHERE NOT is_reversal), 0) AS volume,
       count(*) FILTER (WHERE is_reversal) AS rn,
       coalesce(sum(size) FILTER (WHERE is_reversal), 0) AS rvolume
FROM sized
GROUP BY 1, 2
ORDER BY 1, 2
"""


def _has_table(session: Session, name: str) -> bool:
    return bool(session.scalar(sa.text("SELECT to_regclass(:t) IS NOT NULL"), {"t": name}))


def _category_paths(session: Session) -> dict[int, str]:
    return categories.paths(session)


def volume(
    session: Session, actor: Actor, since: date | None = None, until: date | None = None
) -> VolumeReport:
    """Trade count and volume per month and per category (see the module docstring)."""
    actor.require(Permission.READ)
    _check_period(since, until)
    rows = session.execute(
        sa.text(_volume_sql(_has_table(session, "trades"))), {"since": since, "until": until}
    ).all()
    paths = _category_paths(session)
    cross: dict[tuple[str, str], list[int]] = {}
    for r in rows:
        cat = NO_CATEGORY if r.category_id is None else paths.get(r.category_id, str(r.category_id))
        acc = cross.setdefault((r.month, cat), [0, 0, 0, 0])
        for i, v in enumerate((r.n, r.volume, r.rn, r.rvolume)):
            acc[i] += int(v)

    def fold(index: int) -> list[VolumeRow]:
        out: dict[str, list[int]] = {}
        for key, vals in cross.items():
            acc = out.setdefault(key[index], [0, 0, 0, 0])
            for i, v in enumerate(vals):
                acc[i] += v
        return [VolumeRow(k, *v) for k, v in sorted(out.items())]

    by_month = fold(0)
    totals = [sum(getattr(r, f) for r in by_month) for f in _VOLUME_FIELDS]
    return VolumeReport(
        since,
        until,
        by_month,
        fold(1),
        VolumeRow("total", *totals),
        {k: VolumeRow(f"{k[0]} {k[1]}", *v) for k, v in sorted(cross.items())},
    )


_VOLUME_FIELDS = ("count", "volume", "reversed_count", "reversed_volume")


# -- member activity -------------------------------------------------------------------


@dataclass(frozen=True)
class ActivityRow:
    member_id: int
    name: str
    joined_on: date
    last_value_date: date | None  # value date of the last entry on or before the date
    entries_in_window: int
    balance: int  # at the end of the report date
    dormant: bool


@dataclass(frozen=True)
class ActivityReport:
    at: date
    months: int
    window_start: date  # first day of the window
    rows: list[ActivityRow]

    @property
    def dormant(self) -> list[ActivityRow]:
        return [r for r in self.rows if r.dormant]


_ACTIVITY = f"""
SELECT m.id, m.name, m.joined_on, last.value_date AS last_value_date,
       a.balance - coalesce(later.total, 0) AS balance,
       (SELECT count(*) FROM entries w
        WHERE w.account_id = a.id
          AND w.value_date BETWEEN CAST(:start AS date) AND CAST(:at AS date)) AS in_window
FROM members m
JOIN accounts a ON a.member_id = m.id
{_AS_AT}
WHERE m.status = 'active' AND m.joined_on <= CAST(:at AS date)
ORDER BY m.id
"""


def activity(session: Session, actor: Actor, months: int, at: date | None = None) -> ActivityReport:
    """Active members with their last entry and whether they are dormant for ``months``."""
    actor.require(Permission.READ)
    if months < 1 or months > 600:
        raise ValidationError("Give the number of months as 1 to 600.", field="months")
    at = at or date.today()
    start = add_months(at, -months)
    rows = session.execute(sa.text(_ACTIVITY), {"at": at, "start": start}).all()
    return ActivityReport(
        at,
        months,
        start,
        [
            ActivityRow(
                r.id,
                r.name,
                r.joined_on,
                r.last_value_date,
                int(r.in_window),
                int(r.balance),
                dormant=int(r.in_window) == 0 and r.joined_on < start,
            )
            for r in rows
        ],
    )


# -- velocity --------------------------------------------------------------------------


@dataclass(frozen=True)
class VelocityReport:
    since: date
    until: date
    volume: int  # net trade volume in the period
    positive_balances: int  # sum of positive member balances at the end of the period
    velocity: Decimal | None  # volume ÷ positive balances, 4 places; None when nothing is held


def velocity(
    session: Session, actor: Actor, since: date | None = None, until: date | None = None
) -> VelocityReport:
    """How many times the credit members hold changed hands in the period (default: a year)."""
    actor.require(Permission.READ)
    until = until or date.today()
    since = since or add_months(until, -12)
    _check_period(since, until)
    vol = volume(session, actor, since, until).total.net_volume
    held = sum(
        b.balance for b in balances_at(session, actor, until, members_only=True) if b.balance > 0
    )
    ratio = (
        None
        if held == 0
        else (Decimal(vol) / Decimal(held)).quantize(Decimal("0.0001"), ROUND_HALF_EVEN)
    )
    return VelocityReport(since, until, vol, held, ratio)
