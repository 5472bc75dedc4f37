"""Paper-slip batches: many signed slips typed in at once, posted all or nothing.

The bundle of slips carries a control count and a control total written on it. The
batch posts only when the slips typed in match both and no slip is refused; a slip
is refused for an unknown, suspended or departed member, the same member on both
sides, a bad amount or date, a slip number seen twice in the batch or entered
before, or a payment that would take a member past a limit. Limits are simulated
cumulatively in the order of the slips, from balances read under row locks, so three
slips that are each fine but together too much are caught, and the database (which
checks again under the same locks) agrees with the preview.

Each slip becomes a completed trade with its own ledger transaction (kind ``trade``,
key ``trade:<id>``), all inside the caller's one database transaction, recorded in one
go (:func:`services.trade_batches.record_many`: one insert of the trades, one batch
posting of their transactions). One
transaction per slip, not one per batch, because each slip is a trade between two
members: statements show it as such with its description, the trades list shows
it, and a slip found wrong later is reversed on its own without touching the rest
of the bundle. The batch row keeps the control figures and links the trades.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import sqlalchemy as sa
from sqlalchemy.orm import Session

from localex_desktop.db.models import Account, Member, SlipBatch, Trade
from localex_desktop.domain import text
from localex_desktop.domain.errors import LocalexError, Refused, ValidationError
from localex_desktop.domain.money import Currency, format_amount, parse_amount
from localex_desktop.domain.roles import Actor, Permission
from localex_desktop.domain.words import counted
from localex_desktop.services import audit, settings, trade_batches, trades

MAX_SLIPS = 5000


@dataclass
class SlipInput:
    """One slip as typed: member numbers and the amount as written on it."""

    line: int  # where it is in the bundle or file, for messages
    slip_number: str
    buyer: str | int
    seller: str | int
    amount: str
    description: str = ""
    traded_on: date | None = None


@dataclass(frozen=True)
class SlipCheck:
    line: int
    slip_number: str
    buyer_member_id: int | None
    seller_member_id: int | None
    amount: int | None
    reasons: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.reasons


@dataclass(frozen=True)
class BatchReport:
    slips: list[SlipCheck]
    count: int
    total: int  # sum of the amounts that could be read
    control_count: int
    control_total: int
    problems: list[str]  # about the batch as a whole (count or total mismatch)

    @property
    def refused(self) -> list[SlipCheck]:
        return [s for s in self.slips if not s.ok]

    @property
    def ok(self) -> bool:
        return not self.problems and not self.refused


@dataclass(frozen=True)
class BatchResult:
    batch_id: int
    trade_ids: list[int]
    transaction_ids: list[int]
    report: BatchReport


class SlipBatchRefused(Refused):
    """The batch was not posted; ``report`` lists every refused slip with its reasons."""

    def __init__(self, report: BatchReport, currency: Currency) -> None:
        parts = []
        if report.refused:
            parts.append(f"{counted(len(report.refused), 'slip')} refused")
        parts += report.problems
        super().__init__(
            "The batch was not posted: " + "; ".join(parts) + ".",
            hint="Correct the slips listed (or the figures on the bundle) and enter it again.",
        )
        self.report = report
        self.currency = currency


def _member_number(text: str | int, role: str) -> tuple[int | None, str | None]:
    raw = str(text).strip().lstrip("#")
    if not raw.isdigit() or len(raw) > 18:
        return None, f"the {role} {str(text).strip()!r} is not a member number"
    return int(raw), None


def _check(
    session: Session,
    slips: list[SlipInput],
    control_count: int,
    control_total: int,
    cur: Currency,
    *,
    lock: bool,
) -> BatchReport:
    if not slips:
        raise ValidationError("The batch has no slips.")
    if len(slips) > MAX_SLIPS:
        raise ValidationError(f"A batch holds at most {MAX_SLIPS} slips; split it in two.")
    if isinstance(control_count, bool) or control_count <= 0:
        raise ValidationError("The control count must be the number of slips, 1 or more.")
    if isinstance(control_total, bool) or control_total <= 0:
        raise ValidationError("The control total must be more than zero.")

    parsed: list[tuple[SlipInput, int | None, int | None, int | None, list[str]]] = []
    wanted: set[int] = set()
    for slip in slips:
        reasons: list[str] = []
        buyer, why = _member_number(slip.buyer, "buyer")
        if why:
            reasons.append(why)
        seller, why = _member_number(slip.seller, "seller")
        if why:
            reasons.append(why)
        amount: int | None = None
        try:
            amount = parse_amount(slip.amount, cur)
        except ValidationError as exc:
            reasons.append(str(exc.message).rstrip(".").replace("The amount", "the amount"))
        if buyer is not None and buyer == seller:
            reasons.append("the buyer and the seller are the same member")
        if slip.traded_on is not None and slip.traded_on > date.today():
            reasons.append(f"the date {slip.traded_on.isoformat()} is in the future")
        if len(slip.description.strip()) > trades.MAX_DESCRIPTION:
            reasons.append(f"the description is longer than {trades.MAX_DESCRIPTION} characters")
        wanted.update(m for m in (buyer, seller) if m is not None)
        parsed.append((slip, buyer, seller, amount, reasons))

    # the members involved, with balances and limits (locked, in id order, when posting)
    stmt = (
        sa.select(Member.id, Member.name, Member.status, Account.balance, Account.credit_limit)
        .add_columns(Account.upper_limit)
        .join(Account, Account.member_id == Member.id)
        .where(Member.id.in_(wanted))
        .order_by(Account.id)
    )
    if lock:
        stmt = stmt.with_for_update(of=Account)
    people = {r.id: r for r in session.execute(stmt)} if wanted else {}
    balance = {mid: r.balance for mid, r in people.items()}

    numbers = [s.slip_number.strip() for s, *_ in parsed]
    known = dict(
        session.execute(
            sa.select(Trade.slip_number, Trade.id).where(
                Trade.slip_number.in_([n for n in numbers if n])
            )
        )
        .tuples()
        .all()
    )
    first_line: dict[str, int] = {}
    checks: list[SlipCheck] = []
    total = 0
    for slip, buyer, seller, amount, reasons in parsed:
        number = " ".join(slip.slip_number.split())
        if not number:
            reasons.insert(0, "the slip number is missing")
        elif len(number) > trades.MAX_SLIP:
            reasons.insert(0, f"the slip number is longer than {trades.MAX_SLIP} characters")
        elif number in first_line:
            reasons.insert(0, f"slip number {number} is also on line {first_line[number]}")
        elif number in known:
            reasons.insert(0, f"slip {number} was already entered (trade {known[number]})")
        if number and number not in first_line:
            first_line[number] = slip.line
        for mid, role in ((buyer, "buyer"), (seller, "seller")):
            if mid is None:
                continue
            person = people.get(mid)
            if person is None:
                reasons.append(f"there is no member number {mid} (the {role})")
            elif person.status != "active":
                reasons.append(f"the {role} {person.name} ({mid}) is {person.status}")
        if amount is not None:
            total += amount
        if not reasons and amount is not None and buyer is not None and seller is not None:
            b, s = people[buyer], people[seller]
            new_b, new_s = balance[buyer] - amount, balance[seller] + amount
            if b.credit_limit is not None and new_b < -b.credit_limit:
                left = balance[buyer] + b.credit_limit
                reasons.append(
                    f"{b.name} ({buyer}) would go over their credit limit: "
                    f"{format_amount(max(left, 0), cur)} left after the slips above"
                )
            if s.upper_limit is not None and new_s > s.upper_limit:
                reasons.append(
                    f"{s.name} ({seller}) would go over their upper limit of "
                    f"{format_amount(s.upper_limit, cur)}"
                )
            if not reasons:
                balance[buyer], balance[seller] = new_b, new_s
        checks.append(SlipCheck(slip.line, number, buyer, seller, amount, reasons))

    problems = []
    if len(slips) != control_count:
        problems.append(
            f"the bundle says {counted(control_count, 'slip')} but {len(slips)} were entered"
        )
    if total != control_total:
        problems.append(
            f"the bundle's total is {format_amount(control_total, cur)} but the slips "
            f"add up to {format_amount(total, cur)}"
        )
    return BatchReport(checks, len(slips), total, control_count, control_total, problems)


def check_batch(
    session: Session,
    actor: Actor,
    slips: list[SlipInput],
    control_count: int,
    control_total: int,
) -> BatchReport:
    """Preview: every slip checked, nothing written."""
    actor.require(Permission.MANAGE_TRADES)
    return _check(
        session, slips, control_count, control_total, settings.currency(session), lock=False
    )


def post_batch(
    session: Session,
    actor: Actor,
    slips: list[SlipInput],
    control_count: int,
    control_total: int,
    *,
    note: str = "",
) -> BatchResult:
    """Check the batch and, when all is well, post every slip; else raise SlipBatchRefused.

    Runs in the caller's database transaction: if anything fails half-way the caller's
    rollback undoes the whole batch.
    """
    actor.require(Permission.MANAGE_TRADES)
    actor.require(Permission.POST)
    cur = settings.currency(session)
    report = _check(session, slips, control_count, control_total, cur, lock=True)
    if not report.ok:
        raise SlipBatchRefused(report, cur)
    batch = SlipBatch(
        control_count=control_count,
        control_total=control_total,
        note=text.check_line(note, "the bundle's note", field="note")[:500],
        operator_id=actor.operator_id,
        created_by=actor.name,
    )
    session.add(batch)
    session.flush()
    items = []
    for slip, check in zip(slips, report.slips, strict=True):
        assert check.buyer_member_id is not None and check.seller_member_id is not None
        assert check.amount is not None
        items.append(
            trades.TradeInput(
                buyer_member_id=check.buyer_member_id,
                seller_member_id=check.seller_member_id,
                amount=check.amount,
                description=slip.description.strip() or f"Paper slip {check.slip_number}",
                traded_on=slip.traded_on,
                slip_number=check.slip_number,
            )
        )
    try:
        recorded = trade_batches.record_many(
            session, actor, items, batch_id=batch.id, lines=[c.line for c in report.slips]
        )
    except LocalexError as exc:  # the database disagreed with the preview ("Line 7: …")
        raise Refused(f"A slip was refused: {exc.message}", hint=exc.hint) from exc
    trade_ids = [r.trade_id for r in recorded]
    tx_ids = [r.transaction_id for r in recorded if r.transaction_id is not None]
    audit.record(
        session,
        actor,
        "post batch",
        "slip_batch",
        batch.id,
        after={
            "control_count": control_count,
            "control_total": control_total,
            "trades": trade_ids,
            "note": batch.note,
        },
    )
    return BatchResult(batch.id, trade_ids, tx_ids, report)
