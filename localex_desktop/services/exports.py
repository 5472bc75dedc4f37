"""Exports: members, listings, trades, transactions with entries, the audit log and the
reports, to CSV or XLSX; and the whole ledger as a Beancount journal.

* Each export takes the same filter objects as the views (``members.search`` text and
  status, :class:`listings.ListingFilter`, :class:`trades.TradeFilter`,
  :class:`ledger.JournalFilter`, :class:`AuditFilter`), so "export what I see" exports
  exactly the rows the table shows, every page of them.
* Amounts are exact. CSV holds decimal text ("12.50"); XLSX holds :class:`Decimal`
  numbers (written to the file as the same decimal text) with a number format of the
  currency's decimal places, so a spreadsheet can add them up and nothing passes
  through a binary float on the way out.
* CSV files are UTF-8 with a byte-order mark (Excel then reads accents correctly), comma
  separated, one header row; timestamps are ISO 8601 with their UTC offset.
* The Beancount journal opens one account per ledger account -- members as
  ``Assets:Members:0012-Ada-Lovelace`` (number, then the name in ASCII letters and
  dashes), system accounts as ``Equity:Community-Fund``, ``Equity:Fees``,
  ``Equity:Opening-Balances`` -- and writes one transaction per ledger transaction with
  all its legs, in posting order, followed by a balance assertion for every account,
  so ``bean-check`` proves the export adds up to the same balances.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any, TextIO

import sqlalchemy as sa
from sqlalchemy.orm import Session

from localex_desktop.domain.errors import ValidationError
from localex_desktop.domain.money import Currency, to_decimal
from localex_desktop.domain.roles import Actor, Permission
from localex_desktop.services import audit, ledger, listings, members, settings

FORMATS = ("csv", "xlsx")
PAGE = 2000
Cell = str | int | Decimal | date | datetime | bool | None


@dataclass
class Table:
    """A sheet of data: headers, rows, and which columns hold amounts."""

    name: str
    headers: list[str]
    rows: list[list[Cell]] = field(default_factory=list)
    amount_columns: frozenset[str] = frozenset()
    decimals: int = 2


def _amount(minor: int | None, cur: Currency) -> Decimal | None:
    return None if minor is None else to_decimal(minor, cur)


# -- the tables ------------------------------------------------------------------------

MEMBER_HEADERS = [
    "number",
    "name",
    "email",
    "phone",
    "address",
    "status",
    "joined_on",
    "left_on",
    "directory_consent",
    "credit_limit",
    "upper_limit",
    "balance",
    "notes",
]


def members_table(
    session: Session, actor: Actor, text: str = "", *, status: str | None = None
) -> Table:
    """Members as the Members view filters them (search text, status), in number order."""
    actor.require(Permission.READ)
    cur = settings.currency(session)
    t = Table(
        "members",
        MEMBER_HEADERS,
        [],
        frozenset({"credit_limit", "upper_limit", "balance"}),
        cur.decimals,
    )
    offset = 0
    while True:
        page = members.search(session, actor, text, status=status, limit=PAGE, offset=offset)
        for m in page:
            t.rows.append(
                [
                    m.id,
                    m.name,
                    m.email,
                    m.phone,
                    m.address,
                    m.status,
                    m.joined_on,
                    m.left_on,
                    m.directory_consent,
                    _amount(m.credit_limit, cur),
                    _amount(m.upper_limit, cur),
                    _amount(m.balance, cur),
                    m.notes,
                ]
            )
        offset += len(page)
        if len(page) < PAGE:
            return t


LISTING_HEADERS = [
    "id",
    "member",
    "member_name",
    "kind",
    "category",
    "title",
    "description",
    "price",
    "unit",
    "status",
    "expires_on",
    "created_at",
]


def listings_table(
    session: Session, actor: Actor, flt: listings.ListingFilter | None = None
) -> Table:
    actor.require(Permission.READ)
    cur = settings.currency(session)
    t = Table("listings", LISTING_HEADERS, [], frozenset({"price"}), cur.decimals)
    offset = 0
    while True:
        page = listings.search(session, actor, flt, sort="id", limit=PAGE, offset=offset)
        for x in page:
            t.rows.append(
                [
                    x.id,
                    x.member_id,
                    x.member_name,
                    x.kind,
                    x.category_path,
                    x.title,
                    x.description,
                    _amount(x.price, cur),
                    x.unit,
                    x.status,
                    x.expires_on,
                    x.created_at,
                ]
            )
        offset += len(page)
        if len(page) < PAGE:
            return t


TRADE_HEADERS = [
    "id",
    "traded_on",
    "buyer",
    "buyer_name",
    "seller",
    "seller_name",
    "amount",
    "description",
    "category",
    "listing",
    "status",
    "slip_number",
    "transaction",
    "reversal_transaction",
    "note",
    "resolution",
    "created_by",
    "created_at",
]


def trades_table(session: Session, actor: Actor, flt: Any = None) -> Table:
    """Trades as the Trades view filters them (a ``trades.TradeFilter``), oldest first."""
    actor.require(Permission.READ)
    from localex_desktop.services import trades

    cur = settings.currency(session)
    t = Table("trades", TRADE_HEADERS, [], frozenset({"amount"}), cur.decimals)
    offset = 0
    while True:
        page = trades.search(
            session, actor, flt, sort="id", descending=False, limit=PAGE, offset=offset
        )
        for x in page:
            t.rows.append(
                [
                    x.id,
                    x.traded_on,
                    x.buyer_member_id,
                    x.buyer_name,
                    x.seller_member_id,
                    x.seller_name,
                    _amount(x.amount, cur),
                    x.description,
                    x.category_path,
                    x.listing_id,
                    x.status,
                    x.slip_number,
                    x.transaction_id,
                    x.reversal_transaction_id,
                    x.note,
                    x.resolution,
                    x.created_by,
                    x.created_at,
                ]
            )
        offset += len(page)
        if len(page) < PAGE:
            return t


TRANSACTION_HEADERS = [
    "transaction",
    "posted_at",
    "kind",
    "memo",
    "category",
    "reverses",
    "reversed_by",
    "reason",
    "actor",
    "account",
    "account_name",
    "member",
    "amount",
    "balance_after",
]


def _journal(
    session: Session, actor: Actor, flt: ledger.JournalFilter | None
) -> Iterator[ledger.TransactionView]:
    """Every transaction matching the filter, newest first, in keyset pages."""
    before: int | None = None
    while True:
        page = ledger.journal(session, actor, flt, before_id=before, limit=PAGE)
        yield from page
        if len(page) < PAGE:
            return
        before = page[-1].id


def transactions_table(
    session: Session, actor: Actor, flt: ledger.JournalFilter | None = None
) -> Table:
    """One row per entry, with its transaction's columns repeated; oldest first."""
    actor.require(Permission.READ)
    cur = settings.currency(session)
    from localex_desktop.services import categories

    paths = categories.paths(session)
    t = Table(
        "transactions",
        TRANSACTION_HEADERS,
        [],
        frozenset({"amount", "balance_after"}),
        cur.decimals,
    )
    txs = list(_journal(session, actor, flt))
    txs.reverse()
    for tx in txs:
        cat = None if tx.category_id is None else paths.get(tx.category_id, str(tx.category_id))
        for e in sorted(tx.entries, key=lambda e: e.account_id):
            t.rows.append(
                [
                    tx.id,
                    tx.posted_at,
                    tx.kind,
                    tx.memo,
                    cat,
                    tx.reverses_id,
                    tx.reversed_by,
                    tx.reason,
                    tx.actor,
                    e.account_id,
                    e.account_name,
                    e.member_id,
                    _amount(e.amount, cur),
                    _amount(e.balance_after, cur),
                ]
            )
    return t


@dataclass
class AuditFilter:
    """The Audit log view's filter (the keyword arguments of :func:`audit.query`)."""

    entity: str | None = None
    entity_id: str | None = None
    operator: str | None = None
    since: date | None = None
    until: date | None = None


AUDIT_HEADERS = [
    "id",
    "at",
    "actor",
    "operator_id",
    "action",
    "entity",
    "entity_id",
    "before",
    "after",
]


def _json(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True)


def audit_table(session: Session, actor: Actor, flt: AuditFilter | None = None) -> Table:
    actor.require(Permission.READ)
    flt = flt or AuditFilter()
    t = Table("audit", AUDIT_HEADERS)
    rows: list[audit.AuditRow] = []
    before: int | None = None
    while True:
        page = audit.query(
            session,
            actor,
            entity=flt.entity,
            entity_id=flt.entity_id,
            operator=flt.operator,
            since=flt.since,
            until=flt.until,
            before_id=before,
            limit=PAGE,
        )
        rows.extend(page)
        if len(page) < PAGE:
            break
        before = page[-1].id
    for r in reversed(rows):
        t.rows.append(
            [
                r.id,
                r.at,
                r.actor,
                r.operator_id,
                r.action,
                r.entity,
                r.entity_id,
                _json(r.before),
                _json(r.after),
            ]
        )
    return t


# -- writing ---------------------------------------------------------------------------


def format_of(path: Path, fmt: str | None = None) -> str:
    chosen = (fmt or path.suffix.lstrip(".")).lower()
    if chosen not in FORMATS:
        raise ValidationError(
            f"Cannot export to {path.name!r}: the file name must end in .csv or .xlsx.",
            field="out",
        )
    return chosen


def _text(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value)


def write_csv(table: Table, out: TextIO) -> None:
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow(table.headers)
    for row in table.rows:
        w.writerow([_text(v) for v in row])


def write_xlsx(tables: Iterable[Table], path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    wb.remove(wb.active)
    for table in tables:
        ws = wb.create_sheet(table.name[:31])
        ws.append(table.headers)
        for cell in ws[1]:
            cell.font = Font(bold=True)
        money = "0" if table.decimals == 0 else "0." + "0" * table.decimals
        amount_idx = {i for i, h in enumerate(table.headers) if h in table.amount_columns}
        for row in table.rows:
            values: list[Any] = []
            for v in row:
                if isinstance(v, datetime):
                    # Excel has no time zones: the local wall-clock time of the posting
                    v = v.replace(tzinfo=None)
                values.append(v)
            ws.append(values)
            r = ws.max_row
            for i in amount_idx:
                ws.cell(row=r, column=i + 1).number_format = money
            for i, v in enumerate(values):
                if isinstance(v, datetime):
                    ws.cell(row=r, column=i + 1).number_format = "yyyy-mm-dd hh:mm:ss"
                elif isinstance(v, date):
                    ws.cell(row=r, column=i + 1).number_format = "yyyy-mm-dd"
        ws.freeze_panes = "A2"
        for i, h in enumerate(table.headers):
            width = max([len(h), *(len(_text(r[i])) for r in table.rows[:200])]) + 2
            ws.column_dimensions[_column_letter(i)].width = min(width, 60)
    wb.save(path)


def _column_letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return str(get_column_letter(index + 1))


def write_table(table: Table, path: Path, fmt: str | None = None) -> int:
    """Write ``table`` as CSV or XLSX (by the file name); returns the number of rows."""
    chosen = format_of(path, fmt)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    if chosen == "csv":
        with tmp.open("w", encoding="utf-8-sig", newline="") as fh:
            write_csv(table, fh)
    else:
        write_xlsx([table], tmp)
    tmp.replace(path)
    return len(table.rows)


EXPORTERS: dict[str, Callable[..., Table]] = {
    "members": members_table,
    "listings": listings_table,
    "trades": trades_table,
    "transactions": transactions_table,
    "audit": audit_table,
}


# -- Beancount -------------------------------------------------------------------------

SYSTEM_ROOT = "Equity"
MEMBER_ROOT = "Assets:Members"
_COMMODITY = re.compile(r"^[A-Z][A-Z0-9'._-]{0,22}[A-Z0-9]$")


def _ascii_words(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = re.findall(r"[A-Za-z0-9]+", plain)
    return "-".join(w[:1].upper() + w[1:] for w in words)


def beancount_account(member_id: int | None, system_code: str | None, name: str) -> str:
    """``Assets:Members:0012-Ada-Lovelace`` or ``Equity:Community-Fund``."""
    if member_id is not None:
        slug = _ascii_words(name)
        return f"{MEMBER_ROOT}:{member_id:04d}" + (f"-{slug}" if slug else "")
    slug = _ascii_words(name) or _ascii_words((system_code or "System").replace("_", " "))
    return f"{SYSTEM_ROOT}:{slug or 'System'}"


def beancount_commodity(cur: Currency) -> str:
    """The currency as a Beancount commodity: its symbol or name in capitals ("CR")."""
    for raw in (cur.symbol, cur.name, "LOCAL"):
        plain = unicodedata.normalize("NFKD", raw).encode("ascii", "ignore").decode()
        text = re.sub(r"[^A-Z0-9]", "", plain.upper())
        if _COMMODITY.match(text) and len(text) <= 24:
            return text
    return "LOCAL"  # pragma: no cover


def _quote(text: str) -> str:
    clean = " ".join(text.split())
    return '"' + clean.replace("\\", "\\\\").replace('"', '\\"') + '"'


@dataclass(frozen=True)
class BeancountSummary:
    accounts: int
    transactions: int
    commodity: str


_BEAN_ACCOUNTS = """
SELECT a.id, a.member_id, a.system_code, a.name, a.created_at,
       (SELECT min(e.posted_at) FROM entries e WHERE e.account_id = a.id) AS first_at
FROM accounts a ORDER BY a.member_id IS NOT NULL, a.member_id, a.id
"""

_BEAN_ENTRIES = """
SELECT t.id, t.posted_at, t.kind, t.memo, t.reverses_id, t.reason,
       e.account_id, e.amount
FROM transactions t JOIN entries e ON e.transaction_id = t.id
WHERE t.id > :after AND (CAST(:until AS date) IS NULL
                         OR t.posted_at < (CAST(:until AS date) + 1)::timestamptz)
ORDER BY t.id, e.account_id
LIMIT :limit
"""


def write_beancount(
    session: Session,
    actor: Actor,
    out: TextIO,
    *,
    until: date | None = None,
    commodity: str | None = None,
) -> BeancountSummary:
    """The whole ledger (up to ``until``) as a Beancount journal that bean-check accepts."""
    actor.require(Permission.READ)
    cur = settings.currency(session)
    com = commodity.strip().upper() if commodity else beancount_commodity(cur)
    if not _COMMODITY.match(com):
        raise ValidationError(
            f"{commodity!r} is not a Beancount commodity name.",
            hint="Use 2 to 24 capital letters or digits, starting with a letter, such as CR.",
        )
    exchange = str(settings.get(session, "exchange_name"))
    accounts = session.execute(sa.text(_BEAN_ACCOUNTS)).all()
    names: dict[int, str] = {}
    used: set[str] = set()
    for a in accounts:
        name = beancount_account(a.member_id, a.system_code, a.name)
        if name in used:  # two system accounts with the same name: keep them apart
            name = f"{name}-{a.id}"
        used.add(name)
        names[a.id] = name
    opened = [min(d for d in (a.created_at, a.first_at) if d is not None).date() for a in accounts]
    start = min(opened, default=date.today())
    out.write(f"; {exchange}: ledger exported by LocalEx Desktop on {date.today().isoformat()}\n")
    out.write("; one transaction per ledger transaction; amounts in " + f"{cur.name}\n")
    out.write(f'option "title" {_quote(exchange)}\n')
    out.write(f'option "operating_currency" "{com}"\n\n')
    out.write(f"{start.isoformat()} commodity {com}\n  name: {_quote(cur.name)}\n\n")
    for a, day in zip(accounts, opened, strict=True):
        out.write(f"{day.isoformat()} open {names[a.id]} {com}\n")
    out.write("\n")
    balances: dict[int, int] = {}
    count = 0
    last_day = start
    after = 0
    while True:
        rows = session.execute(
            sa.text(_BEAN_ENTRIES), {"after": after, "until": until, "limit": PAGE * 4}
        ).all()
        if not rows:
            break
        # finish whole transactions only: the last id of the page may be cut short
        last_id = rows[-1].id
        complete = [r for r in rows if r.id != last_id] if len(rows) == PAGE * 4 else rows
        if not complete:  # one transaction larger than a page: fetch it alone
            complete = session.execute(
                sa.text(_BEAN_ENTRIES.replace("t.id > :after", "t.id = :after")),
                {"after": last_id, "until": until, "limit": 10**9},
            ).all()
        groups: dict[int, list[Any]] = {}
        for r in complete:
            groups.setdefault(r.id, []).append(r)
        for tx_id, legs in groups.items():
            head = legs[0]
            day = head.posted_at.date()
            last_day = max(last_day, day)
            tags = f" #{head.kind}"
            out.write(f"{day.isoformat()} * {_quote(head.memo)}{tags}\n")
            out.write(f"  localex-transaction: {tx_id}\n")
            out.write(f"  localex-posted-at: {_quote(head.posted_at.isoformat())}\n")
            if head.reverses_id is not None:
                out.write(f"  localex-reverses: {head.reverses_id}\n")
            if head.reason:
                out.write(f"  localex-reason: {_quote(head.reason)}\n")
            for leg in legs:
                amount = format(to_decimal(leg.amount, cur), "f")
                out.write(f"  {names[leg.account_id]}  {amount} {com}\n")
                balances[leg.account_id] = balances.get(leg.account_id, 0) + leg.amount
            out.write("\n")
            count += 1
        after = max(groups)
    check_day = last_day + timedelta(days=1)
    out.write(f"; balances after the last transaction ({last_day.isoformat()})\n")
    for a in accounts:
        amount = format(to_decimal(balances.get(a.id, 0), cur), "f")
        out.write(f"{check_day.isoformat()} balance {names[a.id]}  {amount} {com}\n")
    return BeancountSummary(len(accounts), count, com)


def beancount_text(session: Session, actor: Actor, *, until: date | None = None) -> str:
    buf = io.StringIO()
    write_beancount(session, actor, buf, until=until)
    return buf.getvalue()


def export_beancount(
    session: Session, actor: Actor, path: Path, *, until: date | None = None
) -> BeancountSummary:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    with tmp.open("w", encoding="utf-8", newline="\n") as fh:
        summary = write_beancount(session, actor, fh, until=until)
    tmp.replace(path)
    return summary


# -- reports as tables -----------------------------------------------------------------


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
    from localex_desktop.services import reports

    if isinstance(report, reports.TrialBalance):
        t = _balance_table(f"trial balance {report.at.isoformat()}", report.rows, cur)
        t.rows.append([None, None, None, "TOTAL", None, _amount(report.total, cur), None])
        return [t]
    if isinstance(report, list):
        return [_balance_table("balances", report, cur)]
    if isinstance(report, reports.VolumeReport):
        total = [dataclasses.replace(report.total, key="TOTAL")]
        return [
            _volume_table("volume by month", "month", [*report.by_month, *total], cur),
            _volume_table("volume by category", "category", [*report.by_category, *total], cur),
        ]
    if isinstance(report, reports.ActivityReport):
        t = Table(
            f"activity {report.months} months",
            ["member", "name", "joined_on", "last_entry_at", "entries_in_window", "balance",
             "dormant"],
            [],
            frozenset({"balance"}),
            cur.decimals,
        )  # fmt: skip
        for a in report.rows:
            t.rows.append(
                [a.member_id, a.name, a.joined_on, a.last_entry_at, a.entries_in_window,
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


def write_tables(tables: list[Table], path: Path) -> int:
    """Several tables: sheets of one XLSX workbook, or one CSV after another (blank line)."""
    chosen = format_of(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    if chosen == "xlsx":
        write_xlsx(tables, tmp)
    else:
        with tmp.open("w", encoding="utf-8-sig", newline="") as fh:
            for i, t in enumerate(tables):
                if i:
                    fh.write("\r\n")
                write_csv(t, fh)
    tmp.replace(path)
    return sum(len(t.rows) for t in tables)
