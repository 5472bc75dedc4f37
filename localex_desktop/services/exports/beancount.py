"""The whole ledger as a Beancount journal that ``bean-check`` accepts.

The journal opens one account per ledger account -- members as
``Assets:Members:0012-Ada-Lovelace`` (number, then the name in ASCII letters and
dashes), the accounts members pay into as ``Expenses:Community-Fund`` and
``Expenses:Fees`` (seen from the members' side, whose credit is their asset, a levy or
a fee is an expense: so Fava's income statement shows them), and the opening balances
as ``Equity:Opening-Balances`` -- and writes one transaction per ledger transaction with
all its legs, in posting order, each dated with its value date (the day it happened;
the moment it was recorded is kept as ``localex-posted-at``), followed by a balance
assertion for every account, so ``bean-check`` proves the export adds up to the same
balances.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any, TextIO

import sqlalchemy as sa
from sqlalchemy.orm import Session

from localex_desktop.domain.errors import ValidationError
from localex_desktop.domain.latin import to_ascii
from localex_desktop.domain.money import Currency, to_decimal
from localex_desktop.domain.roles import Actor, Permission
from localex_desktop.domain.text import printable
from localex_desktop.services import settings
from localex_desktop.services.exports.writers import private_part

PAGE = 2000

SYSTEM_ROOT = "Equity"
MEMBER_ROOT = "Assets:Members"
#: the system accounts that levies, fees and charges are paid into: expenses of the
#: members (whose credit is ``Assets``), so an income statement shows them
EXPENSE_ROOT = "Expenses"
EXPENSE_ACCOUNTS = frozenset({"community_fund", "fees"})
_COMMODITY = re.compile(r"^[A-Z][A-Z0-9'._-]{0,22}[A-Z0-9]$")


def _ascii_words(text: str) -> str:
    plain = to_ascii(text)  # "Łukasz" → "Lukasz", not "ukasz"
    words = re.findall(r"[A-Za-z0-9]+", plain)
    return "-".join(w[:1].upper() + w[1:] for w in words)


def beancount_account(member_id: int | None, system_code: str | None, name: str) -> str:
    """``Assets:Members:0012-Ada-Lovelace``, ``Expenses:Community-Fund``, ``Expenses:Fees``
    or ``Equity:Opening-Balances`` (the names hledger's journal uses too)."""
    if member_id is not None:
        slug = _ascii_words(name)
        return f"{MEMBER_ROOT}:{member_id:04d}" + (f"-{slug}" if slug else "")
    slug = _ascii_words(name) or _ascii_words((system_code or "System").replace("_", " "))
    root = EXPENSE_ROOT if system_code in EXPENSE_ACCOUNTS else SYSTEM_ROOT
    return f"{root}:{slug or 'System'}"


@dataclass(frozen=True)
class JournalAccount:
    """A ledger account as a journal names it, and the day it is opened."""

    id: int
    name: str
    opened: date


def journal_accounts(session: Session) -> list[JournalAccount]:
    """Every ledger account with its journal name (two system accounts of one name kept
    apart by their id), opened on the day it was created or on its first value date if
    that is earlier; members after the system accounts, in number order."""
    out: list[JournalAccount] = []
    used: set[str] = set()
    for a in session.execute(sa.text(_BEAN_ACCOUNTS)).all():
        name = beancount_account(a.member_id, a.system_code, a.name)
        if name in used:  # two system accounts with the same name: keep them apart
            name = f"{name}-{a.id}"
        used.add(name)
        day = min(d for d in (a.created_at.date(), a.first_on) if d is not None)
        out.append(JournalAccount(a.id, name, day))
    return out


def beancount_commodity(cur: Currency) -> str:
    """The currency as a Beancount commodity: its symbol or name in capitals ("CR")."""
    for raw in (cur.symbol, cur.name, "LOCAL"):
        plain = to_ascii(raw)
        text = re.sub(r"[^A-Z0-9]", "", plain.upper())
        if _COMMODITY.match(text) and len(text) <= 24:
            return text
    return "LOCAL"  # pragma: no cover


def _quote(text: str) -> str:
    """A Beancount string: one line, control characters of old rows written as ``\\x1b``
    (so a terminal showing the file obeys none), backslashes and quotes escaped."""
    clean = printable(" ".join(text.split()))
    return '"' + clean.replace("\\", "\\\\").replace('"', '\\"') + '"'


@dataclass(frozen=True)
class BeancountSummary:
    accounts: int
    transactions: int
    commodity: str


_BEAN_ACCOUNTS = """
SELECT a.id, a.member_id, a.system_code, a.name, a.created_at,
       (SELECT min(e.value_date) FROM entries e WHERE e.account_id = a.id) AS first_on
FROM accounts a ORDER BY a.member_id IS NOT NULL, a.member_id, a.id
"""

_BEAN_ENTRIES = """
SELECT t.id, t.posted_at, t.value_date, t.kind, t.memo, t.reverses_id, t.reason,
       e.account_id, e.amount
FROM transactions t JOIN entries e ON e.transaction_id = t.id
WHERE t.id > :after AND (CAST(:until AS date) IS NULL OR t.value_date <= CAST(:until AS date))
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
    accounts = journal_accounts(session)
    names = {a.id: a.name for a in accounts}
    start = min((a.opened for a in accounts), default=date.today())
    today = date.today().isoformat()
    out.write(f"; {printable(exchange)}: ledger exported by LocalEx Desktop on {today}\n")
    out.write(f"; one transaction per ledger transaction; amounts in {printable(cur.name)}\n")
    out.write(f'option "title" {_quote(exchange)}\n')
    out.write(f'option "operating_currency" "{com}"\n\n')
    out.write(f"{start.isoformat()} commodity {com}\n  name: {_quote(cur.name)}\n\n")
    for a in accounts:
        out.write(f"{a.opened.isoformat()} open {a.name} {com}\n")
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
            day = head.value_date
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
    tmp = private_part(path)
    with tmp.open("w", encoding="utf-8", newline="\n") as fh:
        summary = write_beancount(session, actor, fh, until=until)
    tmp.replace(path)
    return summary
