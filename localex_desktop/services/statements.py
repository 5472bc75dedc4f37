"""Member statements: what a member's account did in a period, line by line.

A statement goes by value dates (the day a trade happened, as the reports do): the
balance brought forward (everything dated before the period), every entry dated in
the period in date order (posting order within a day) with its date, the other party,
the memo, the amount and the running balance after it, then the closing balance and
the credit limit. The running balance is the balance brought forward plus the lines
so far; for a ledger without back-dated history it is the stored
``entries.balance_after`` to the unit, and with it the statement still adds up line by
line (the stored running balances follow posting order, the hash chain's).

Each statement carries the check code of the member's chain head at its end date
(:mod:`services.check_codes`): the member's paper witnesses their history.

The other party of a two-leg transaction is the other account (a member as
"Name (number)", or a system account by its name); a transaction with more legs
(a batch, a levy) shows "several".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.orm import Session

from localex_desktop.db.models import Account, Member
from localex_desktop.domain.errors import NotFound, ValidationError
from localex_desktop.domain.roles import Actor, Permission
from localex_desktop.services import check_codes

SEVERAL = "several"


@dataclass(frozen=True)
class StatementLine:
    entry_id: int
    transaction_id: int
    posted_at: datetime  # when it was recorded
    value_date: date  # the day it happened: the statement's date column
    kind: str
    other_party: str
    memo: str
    amount: int  # minor units: + received, − paid
    balance: int  # running balance after this entry, in the statement's order


@dataclass(frozen=True)
class Statement:
    member_id: int
    name: str
    email: str | None
    address: str
    status: str
    account_id: int
    since: date | None  # None: from the first entry
    until: date
    brought_forward: int
    lines: list[StatementLine]
    closing_balance: int
    credit_limit: int | None
    upper_limit: int | None
    #: the check code of the member's chain head at ``until`` (services.check_codes);
    #: None when the exchange key cannot be used
    check_code: str | None = None

    @property
    def total_in(self) -> int:
        return sum(ln.amount for ln in self.lines if ln.amount > 0)

    @property
    def total_out(self) -> int:
        return -sum(ln.amount for ln in self.lines if ln.amount < 0)

    @property
    def available(self) -> int | None:
        return None if self.credit_limit is None else self.closing_balance + self.credit_limit


_BROUGHT_FORWARD = """
SELECT a.id, a.balance - coalesce((
    SELECT sum(e.amount) FROM entries e
    WHERE e.account_id = a.id AND e.value_date >= CAST(:start AS date)), 0) AS balance
FROM accounts a WHERE a.id = ANY(:accounts)
"""

_LINES = """
SELECT e.id, e.account_id, e.transaction_id, e.amount, e.posted_at, e.value_date,
       t.kind, t.memo, legs.n, legs.other
FROM entries e
JOIN transactions t ON t.id = e.transaction_id
CROSS JOIN LATERAL (
    SELECT count(*) AS n, min(o.account_id) FILTER (WHERE o.account_id <> e.account_id) AS other
    FROM entries o WHERE o.transaction_id = e.transaction_id
) legs
WHERE e.account_id = ANY(:accounts)
  AND (CAST(:start AS date) IS NULL OR e.value_date >= CAST(:start AS date))
  AND e.value_date <= CAST(:until AS date)
ORDER BY e.account_id, e.value_date, e.seq
"""


def _labels(session: Session) -> dict[int, str]:
    return {
        r.id: (f"{r.name} ({r.member_id})" if r.member_id else r.name)
        for r in session.execute(sa.select(Account.id, Account.name, Account.member_id))
    }


def statements(
    session: Session,
    actor: Actor,
    member_ids: Sequence[int],
    since: date | None = None,
    until: date | None = None,
) -> list[Statement]:
    """Statements of the given members for the period (default: everything up to today)."""
    actor.require(Permission.READ)
    until = until or date.today()
    if since is not None and since > until:
        raise ValidationError(
            f"The period starts ({since.isoformat()}) after it ends ({until.isoformat()}).",
            hint="Give the earlier date as --from.",
        )
    if not member_ids:
        return []
    found = {
        m.id: (m, a)
        for m, a in session.execute(
            sa.select(Member, Account)
            .join(Account, Account.member_id == Member.id)
            .where(Member.id.in_(list(member_ids)))
        ).tuples()
    }
    missing = [i for i in member_ids if i not in found]
    if missing:
        raise NotFound(
            f"There is no member number {missing[0]}.", hint="Check the member's number."
        )
    accounts = [found[i][1].id for i in member_ids]
    if since is None:
        forward: dict[int, int] = {}
    else:
        forward = {
            r.id: int(r.balance)
            for r in session.execute(
                sa.text(_BROUGHT_FORWARD), {"start": since, "accounts": accounts}
            )
        }
    labels = _labels(session)
    by_account: dict[int, list[StatementLine]] = {}
    running = dict(forward)
    for r in session.execute(
        sa.text(_LINES), {"start": since, "until": until, "accounts": accounts}
    ):
        if r.n == 2 and r.other is not None:
            other = labels.get(r.other, f"account {r.other}")
        else:
            other = SEVERAL
        running[r.account_id] = running.get(r.account_id, 0) + r.amount
        by_account.setdefault(r.account_id, []).append(
            StatementLine(
                r.id,
                r.transaction_id,
                r.posted_at,
                r.value_date,
                r.kind,
                other,
                r.memo,
                r.amount,
                running[r.account_id],
            )
        )
    codes = check_codes.codes_at(session, accounts, until)
    out = []
    for member_id in member_ids:
        m, a = found[member_id]
        lines = by_account.get(a.id, [])
        bf = forward.get(a.id, 0)
        out.append(
            Statement(
                member_id=m.id,
                name=m.name,
                email=m.email,
                address=m.address,
                status=m.status,
                account_id=a.id,
                since=since,
                until=until,
                brought_forward=bf,
                lines=lines,
                closing_balance=lines[-1].balance if lines else bf,
                credit_limit=a.credit_limit,
                upper_limit=a.upper_limit,
                check_code=codes.get(a.id),
            )
        )
    return out


def statement(
    session: Session,
    actor: Actor,
    member_id: int,
    since: date | None = None,
    until: date | None = None,
) -> Statement:
    return statements(session, actor, [member_id], since, until)[0]


def active_member_ids(session: Session, actor: Actor) -> list[int]:
    actor.require(Permission.READ)
    return list(
        session.scalars(sa.select(Member.id).where(Member.status == "active").order_by(Member.id))
    )


def statements_for_active(
    session: Session, actor: Actor, since: date | None = None, until: date | None = None
) -> list[Statement]:
    """A statement for every active member, in member-number order."""
    return statements(session, actor, active_member_ids(session, actor), since, until)


def default_period(today: date | None = None) -> tuple[date, date]:
    """The last full calendar month (what most exchanges send out)."""
    today = today or date.today()
    end = today.replace(day=1) - timedelta(days=1)
    return end.replace(day=1), end
