"""The whole ledger as a plain-text journal for hledger and Ledger, that ``hledger check``
accepts (strictly: every account and the commodity declared, dates in order).

The accounts are those of the Beancount export (:func:`.beancount.journal_accounts`:
``Assets:Members:0012-Lukasz-Nowak``, ``Expenses:Community-Fund``, ``Expenses:Fees``,
``Equity:Opening-Balances``), declared with their types, so ``hledger is`` (the income
statement) shows what members paid in levies and fees. The currency is a commodity
(``12.50 CR``) declared with its decimal places. One transaction per ledger
transaction, in the order of its value date (then its number): the date is the value
date, the code its LocalEx number, the description its memo, and its kind, the moment it
was recorded, the transaction it reverses and the reason are tags. At the end a
transaction of balance assertions (``= 12.50 CR``) on every account proves that the
journal adds up to the ledger's balances.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any, TextIO

import sqlalchemy as sa
from sqlalchemy.orm import Session

from localex_desktop.domain.money import to_decimal
from localex_desktop.domain.roles import Actor, Permission
from localex_desktop.domain.text import printable
from localex_desktop.services import settings
from localex_desktop.services.exports.beancount import (
    EXPENSE_ROOT,
    MEMBER_ROOT,
    beancount_commodity,
    journal_accounts,
)
from localex_desktop.services.exports.writers import private_part

PAGE = 2000

_ENTRIES = """
SELECT t.id, t.posted_at, t.value_date, t.kind, t.memo, t.reverses_id, t.reason,
       e.account_id, e.amount
FROM transactions t JOIN entries e ON e.transaction_id = t.id
WHERE (t.value_date, t.id) > (CAST(:after_day AS date), :after_id)
  AND (CAST(:until AS date) IS NULL OR t.value_date <= CAST(:until AS date))
ORDER BY t.value_date, t.id, e.account_id
LIMIT :limit
"""

_ONE = """
SELECT t.id, t.posted_at, t.value_date, t.kind, t.memo, t.reverses_id, t.reason,
       e.account_id, e.amount
FROM transactions t JOIN entries e ON e.transaction_id = t.id
WHERE t.id = :id ORDER BY e.account_id
"""


@dataclass(frozen=True)
class JournalSummary:
    accounts: int
    transactions: int
    commodity: str


def hledger_commodity(symbol: str) -> str:
    """The commodity as the journal writes it: letters alone bare, others quoted."""
    return symbol if symbol.isalpha() else f'"{symbol}"'


def _text(text: str) -> str:
    """One line of a description or tag: control characters as escapes, and no ``;``
    (which would start a comment) or ``,`` in a tag (which would end it)."""
    return printable(" ".join(text.split())).replace(";", ",")


def _tag(text: str) -> str:
    return _text(text).replace(",", " ")


def _account_type(name: str) -> str:
    if name.startswith(MEMBER_ROOT):
        return "A"
    if name.startswith(EXPENSE_ROOT):
        return "X"
    return "E"


def _transactions(session: Session, until: date | None) -> Any:
    """Every transaction up to ``until`` as its legs, in value-date order, in pages."""
    after_day, after_id = date(1, 1, 1), 0
    while True:
        rows = session.execute(
            sa.text(_ENTRIES),
            {"after_day": after_day, "after_id": after_id, "until": until, "limit": PAGE * 4},
        ).all()
        if not rows:
            return
        last_id = rows[-1].id
        complete = [r for r in rows if r.id != last_id] if len(rows) == PAGE * 4 else rows
        if not complete:  # one transaction larger than a page: fetch it alone
            complete = session.execute(sa.text(_ONE), {"id": last_id}).all()
        groups: dict[int, list[Any]] = {}
        for r in complete:
            groups.setdefault(r.id, []).append(r)
        yield from groups.values()
        tail = complete[-1]
        after_day, after_id = tail.value_date, tail.id


def write_hledger(
    session: Session, actor: Actor, out: TextIO, *, until: date | None = None
) -> JournalSummary:
    """The whole ledger (up to ``until``) as an hledger journal that ``hledger check``
    accepts."""
    actor.require(Permission.READ)
    cur = settings.currency(session)
    com = beancount_commodity(cur)
    sym = hledger_commodity(com)
    exchange = printable(str(settings.get(session, "exchange_name")))
    accounts = journal_accounts(session)
    names = {a.id: a.name for a in accounts}
    out.write(f"; {exchange}: ledger exported by LocalEx Desktop on {date.today().isoformat()}\n")
    out.write(f"; one transaction per ledger transaction; amounts in {printable(cur.name)}\n")
    out.write("; a positive amount is credit received (the program's own signs)\n\n")
    sample = "1000" + ("." + "0" * cur.decimals if cur.decimals else "")
    out.write(f"commodity {sample} {sym}\n  ; name: {_tag(cur.name)}\n\n")
    for a in accounts:
        out.write(f"account {a.name}  ; type: {_account_type(a.name)}\n")
    out.write("\n")
    balances: dict[int, int] = {}
    count = 0
    last_day = min((a.opened for a in accounts), default=date.today())
    for legs in _transactions(session, until):
        head = legs[0]
        last_day = max(last_day, head.value_date)
        memo = _text(head.memo)
        out.write(f"{head.value_date.isoformat()} * ({head.id}) {memo}".rstrip() + "\n")
        tags = [f"kind:{head.kind}", f"posted-at:{head.posted_at.isoformat()}"]
        if head.reverses_id is not None:
            tags.append(f"reverses:{head.reverses_id}")
        if head.reason:
            tags.append(f"reason:{_tag(head.reason)}")
        out.write(f"    ; {', '.join(tags)}\n")
        for leg in legs:
            amount = format(to_decimal(leg.amount, cur), "f")
            out.write(f"    {names[leg.account_id]}  {amount} {sym}\n")
            balances[leg.account_id] = balances.get(leg.account_id, 0) + leg.amount
        out.write("\n")
        count += 1
    check_day = last_day + timedelta(days=1)
    out.write(f"; balances after the last transaction ({last_day.isoformat()})\n")
    out.write(f"{check_day.isoformat()} * balance assertions\n")
    for a in accounts:
        amount = format(to_decimal(balances.get(a.id, 0), cur), "f")
        zero = format(to_decimal(0, cur), "f")
        out.write(f"    {a.name}  {zero} {sym} = {amount} {sym}\n")
    return JournalSummary(len(accounts), count, com)


def hledger_text(session: Session, actor: Actor, *, until: date | None = None) -> str:
    buf = io.StringIO()
    write_hledger(session, actor, buf, until=until)
    return buf.getvalue()


def export_hledger(
    session: Session, actor: Actor, path: Path, *, until: date | None = None
) -> JournalSummary:
    tmp = private_part(path)
    with tmp.open("w", encoding="utf-8", newline="\n") as fh:
        summary = write_hledger(session, actor, fh, until=until)
    tmp.replace(path)
    return summary
