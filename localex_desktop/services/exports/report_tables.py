"""The reports of :mod:`services.reports` as tables, for files, the screen and paper.

A report's TOTAL rows stay in the table (the screen and the printout show them) but
are marked as its footer, so CSV and XLSX files leave them out (see :mod:`.writers`).
"""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from typing import Any

from localex_desktop.domain.money import Currency, to_decimal
from localex_desktop.services import reports
from localex_desktop.services.exports.tables import Table


def _amount(minor: int | None, cur: Currency) -> Decimal | None:
    return None if minor is None else to_decimal(minor, cur)


def _balance_table(name: str, rows: list[Any], cur: Currency) -> Table:
    t = Table(
        name,
        ["account", "member", "system_code", "name", "status", "balance", "credit_limit"],
        [],
        frozenset({"balance", "credit_limit"}),
        cur.decimals,
    )
    for r in rows:
        t.rows.append(
            [
                r.account_id,
                r.member_id,
                r.system_code,
                r.name,
                r.status,
                _amount(r.balance, cur),
                _amount(r.credit_limit, cur),
            ]
        )
    return t


_VOLUME_HEADERS = [
    "count", "volume", "reversed_count", "reversed_volume", "net_count", "net_volume",
]  # fmt: skip


def _volume_table(name: str, key: str, rows: list[Any], cur: Currency) -> Table:
    money = frozenset({"volume", "reversed_volume", "net_volume"})
    t = Table(name, [key, *_VOLUME_HEADERS], [], money, cur.decimals)
    for r in rows:
        t.rows.append(
            [
                r.key,
                r.count,
                _amount(r.volume, cur),
                r.reversed_count,
                _amount(r.reversed_volume, cur),
                r.net_count,
                _amount(r.net_volume, cur),
            ]
        )
    return t


def report_tables(report: Any, cur: Currency) -> list[Table]:
    """A report from :mod:`reports` as one or more tables (amounts as exact decimals)."""
    if isinstance(report, reports.TrialBalance):
        t = _balance_table(f"trial balance {report.at.isoformat()}", report.rows, cur)
        t.rows.append([None, None, None, "TOTAL", None, _amount(report.total, cur), None])
        t.footer = 1
        return [t]
    if isinstance(report, list):
        return [_balance_table("balances", report, cur)]
    if isinstance(report, reports.VolumeReport):
        total = [dataclasses.replace(report.total, key="TOTAL")]
        tables = [
            _volume_table("volume by month", "month", [*report.by_month, *total], cur),
            _volume_table("volume by category", "category", [*report.by_category, *total], cur),
        ]
        for t in tables:
            t.footer = 1
        return tables
    if isinstance(report, reports.ActivityReport):
        t = Table(
            f"activity {report.months} months",
            ["member", "name", "joined_on", "last_value_date", "entries_in_window", "balance",
             "dormant"],
            [],
            frozenset({"balance"}),
            cur.decimals,
        )  # fmt: skip
        for a in report.rows:
            t.rows.append(
                [a.member_id, a.name, a.joined_on, a.last_value_date, a.entries_in_window,
                 _amount(a.balance, cur), a.dormant]
            )  # fmt: skip
        return [t]
    if isinstance(report, reports.VelocityReport):
        t = Table(
            "velocity",
            ["since", "until", "volume", "positive_balances", "velocity"],
            [],
            frozenset({"volume", "positive_balances"}),
            cur.decimals,
        )
        t.rows.append(
            [
                report.since,
                report.until,
                _amount(report.volume, cur),
                _amount(report.positive_balances, cur),
                report.velocity,
            ]
        )
        return [t]
    raise TypeError(f"not a report: {type(report).__name__}")
