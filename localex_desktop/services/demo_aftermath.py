"""What happens to a real exchange as well: yearly levies, disputes, corrections, leavers.

The last step of :func:`services.demo.generate`, through the same services a
coordinator uses, so every rule holds. The levies are history (dated in January of
each year, through the batch posting path); the rest happens today.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from sqlalchemy.orm import Session

from localex_desktop.db.connection import Database
from localex_desktop.domain.errors import LocalexError
from localex_desktop.domain.roles import Actor
from localex_desktop.services import leaving, ledger, members, settings, trades
from localex_desktop.services.demo_data import DISPUTES, MEMOS, DemoMember, DemoResult


def _pending_trades(s: Session, actor: Actor) -> list[trades.TradeInfo]:
    return trades.search(s, actor, trades.TradeFilter(status="pending"), limit=10_000)


def aftermath(
    db: Database,
    actor: Actor,
    rng: random.Random,
    people: list[DemoMember],
    today: date,
    result: DemoResult,
) -> None:
    traders = [p for p in people if p.activity > 0]
    never = [p for p in people if p.activity == 0]
    # first, while the balances followed in DemoMember are the ledger's: the levies
    _levies(db, actor, people, {never[0].id} if never else set(), today, result)
    with db.transaction() as s:
        pending = [t for t in _pending_trades(s, actor) if not t.note]
        rng.shuffle(pending)
        for n, trade in enumerate(pending[:6]):
            trades.dispute(s, actor, trade.id, rng.choice(DISPUTES))
            if n % 3 == 0:  # settled at a lower amount (unless that is still over the limit)
                try:
                    with s.begin_nested():
                        agreed = max(trade.amount * 3 // 4, 1)
                        trades.resolve(
                            s, actor, trade.id, "completed", "Agreed a lower amount", amount=agreed
                        )
                except LocalexError:
                    pass
            elif n % 3 == 1:
                trades.resolve(s, actor, trade.id, "cancelled", "The job was not done after all")
        for trade in pending[6:10]:
            trades.cancel(s, actor, trade.id, "Recorded by mistake: the slip was a duplicate")

    with db.transaction() as s:
        done = trades.search(s, actor, trades.TradeFilter(status="completed"), limit=10_000)
        rng.shuffle(done)
        for trade in done:  # five of them (a seller who spent it all cannot give it back)
            if result.reversed == 5:
                break
            try:
                with s.begin_nested():
                    why = rng.choice(("Entered twice", "Wrong amount on the slip"))
                    trades.reverse_trade(s, actor, trade.id, why)
                result.reversed += 1
            except LocalexError:
                continue

    current = [p for p in traders if p.stops_on is None] or traders  # the dormant stay so
    if len(current) < 2:
        current = people
    with db.transaction() as s:
        for _ in range(max(2, len(people) // 8)):
            payer, payee = rng.sample(current, 2)
            try:
                with s.begin_nested():
                    ledger.transfer(
                        s,
                        actor,
                        payer.id,
                        payee.id,
                        rng.choice((2, 5, 10)) * 100,
                        rng.choice(MEMOS),
                    )
                result.transfers += 1
            except LocalexError:
                continue
        payer, payee = rng.sample(current, 2)
        try:
            with s.begin_nested():
                slip = ledger.transfer(s, actor, payer.id, payee.id, 500, "Entered twice")
                ledger.reverse(s, actor, slip.transaction_id, "entered twice by mistake")
            result.transfers += 1
            result.reversed += 1
        except LocalexError:
            pass

    # members who leave and who are suspended: at the end, so they had their history
    with db.transaction() as s:
        active_traders = list(current)
        rng.shuffle(active_traders)
        if never:
            leaving.leave(s, actor, never[0].id)
            result.left += 1
        leaver = active_traders.pop() if active_traders else None
        if leaver is not None:
            _settle_and_leave(s, actor, leaver.id)
            result.left += 1
        for p in active_traders[:3]:
            members.suspend(s, actor, p.id)
            result.suspended += 1
        for status in trades.STATUSES:
            setattr(result, status, trades.count(s, actor, trades.TradeFilter(status=status)))


def _levies(
    db: Database,
    actor: Actor,
    people: list[DemoMember],
    exempt: set[int],
    today: date,
    result: DemoResult,
) -> None:
    """The yearly levy of each year of the history, dated in January: the running costs
    are shared by the members who traded in the year before (and can pay; the one
    about to leave is spared), so those who stopped trading stay dormant."""
    days = [date(y, 1, 10) for y in range(today.year - 3, today.year + 1)]
    start = min(p.joined_on for p in people)
    days = [d for d in days if start < d <= today - timedelta(days=1)]
    with db.transaction() as s:
        amount = 10 * settings.currency(s).scale
        fund = ledger.system_account(s, "community_fund")
        postings = []
        for day in days:
            payers = [
                p
                for p in people
                if p.id not in exempt
                and any(day - timedelta(days=365) <= t < day for t in p.trade_days)
                and p.balance - amount >= -p.credit_limit
            ]
            if not payers:
                continue
            for p in payers:
                p.balance -= amount
            legs = [(p.account_id, -amount) for p in payers]
            postings.append(
                ledger.Posting(
                    "levy",
                    [*legs, (fund, amount * len(payers))],
                    f"Yearly running costs {day.year}",
                    value_date=day,
                    reason="Demo history: the levy of that January",
                )
            )
            result.levy_members = len(payers)
        if postings:
            ledger.post_many(s, actor, postings)


def _settle_and_leave(s: Session, actor: Actor, member_id: int) -> None:
    """Bring the member's balance to zero against the community fund, then let them go."""
    leaving.leave(s, actor, member_id, settle=True)
