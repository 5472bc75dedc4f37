"""Demo data: a realistic exchange for trying the program and for screenshots.

Everything goes through the services a coordinator uses (members, categories,
listings, trades, ledger), so every rule holds: limits are checked, the hash chain is
built, the audit log records each change (as the actor ``demo``). Nothing is written
behind the services' backs and no row is edited afterwards.

**Dates.** The story covers two years. Members join over it, trades happen on days
spread over the 24 months (more as the exchange grows, more in spring and autumn,
fewer in August and at Christmas, more on market Saturdays), and the ledger records
each completed trade with its trade date as the **value date**: history entered
later, through the same audited path an administrator uses to back-date (a reason is
recorded with every transaction). So the dashboard, the reports and the statements
see two years, while ``posted_at`` honestly says the history was recorded today.
Some members stop trading along the way (dormant), a few never trade, some are
suspended or leave at the end; the yearly levy is dated in January.

**Speed.** The trades are recorded in one go (:func:`services.trade_batches.record_many`:
one insert of trades, one batch posting through ``localex_post_batch()``), so 150
members and 3,000 trades take seconds, not minutes.

Sizes scale with ``members`` (default 150): 400/150 listings and 20 trades per member,
so the defaults give 150 members, 400 listings and 3,000 trades.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta

from localex_desktop.db.connection import Database
from localex_desktop.domain.errors import Refused, ValidationError
from localex_desktop.domain.roles import Actor, Role
from localex_desktop.services import (
    categories,
    listings,
    members,
    settings,
    trade_batches,
    trades,
)
from localex_desktop.services.demo_aftermath import aftermath
from localex_desktop.services.demo_data import (
    CATEGORY_TREE,
    DESCRIPTIONS,
    EMAIL_DOMAINS,
    GENERIC_TRADES,
    STREETS,
    WANT_TITLES,
    DemoMember,
    DemoResult,
    email_part,
    trade_dates,
    unique_names,
)

__all__ = ["DEFAULT_MEMBERS", "DEFAULT_SEED", "MAX_MEMBERS", "DemoResult", "generate"]

DEMO_ACTOR = Actor("demo", Role.ADMIN)
DEFAULT_MEMBERS = 150
DEFAULT_SEED = 2026
LISTINGS_PER_150 = 400
TRADES_PER_MEMBER = 20
YEARS = 2
MAX_MEMBERS = 5000
#: the reason recorded with every back-dated demo transaction
HISTORY_REASON = "Demo history, entered with the date of its trade"

Progress = Callable[[str], None]


def _say(progress: Progress | None, text: str) -> None:
    if progress is not None:
        progress(text)


def generate(
    db: Database,
    *,
    members_count: int = DEFAULT_MEMBERS,
    seed: int = DEFAULT_SEED,
    force: bool = False,
    trades_per_member: int = TRADES_PER_MEMBER,
    today: date | None = None,
    progress: Progress | None = None,
    actor: Actor = DEMO_ACTOR,
) -> DemoResult:
    """Fill ``db`` (migrated) with a demo exchange; refuse if it has members unless ``force``."""
    if not 2 <= members_count <= MAX_MEMBERS:
        raise ValidationError(f"Give the number of members as 2 to {MAX_MEMBERS}.", field="members")
    started = time.perf_counter()
    rng = random.Random(seed)
    today = today or date.today()
    start = today - timedelta(days=365 * YEARS)
    result = DemoResult()
    with db.transaction() as s:
        existing = members.count(s, actor)
        if existing and not force:
            raise Refused(
                f"This database already holds {existing} member"
                f"{'s' if existing != 1 else ''}; demo data would mix with real data.",
                hint="Use a new data folder (--data-dir), or add --force to add it anyway.",
            )
        # a new, empty exchange gets the demo's name; one that has members keeps its own
        if not existing and settings.get(s, "exchange_name") == settings.DEFAULTS["exchange_name"]:
            settings.put(s, actor, "exchange_name", "Riverside Exchange (demo)")
        # numbers already used by an earlier run (emails and slip numbers are unique)
        offset = existing, trades.count(s, actor)

    _say(progress, "categories…")
    offers_by_category = _categories(db, actor, rng, result)
    _say(progress, f"{members_count} members…")
    people = _members(db, actor, rng, members_count, start, today, result, offset[0])
    listing_count = max(2, round(LISTINGS_PER_150 * members_count / DEFAULT_MEMBERS))
    _say(progress, f"{listing_count} listings…")
    offers = _listings(db, actor, rng, people, offers_by_category, listing_count, today, result)
    trade_count = trades_per_member * members_count
    _say(progress, f"{trade_count} trades over {YEARS} years…")
    _trades(db, actor, rng, people, offers, trade_count, start, today, result, offset[1])
    _say(progress, "disputes, corrections, a levy and some members leaving…")
    aftermath(db, actor, rng, people, today, result)
    result.seconds = time.perf_counter() - started
    return result


# -- categories -------------------------------------------------------------------------


def _categories(
    db: Database, actor: Actor, rng: random.Random, result: DemoResult
) -> dict[int, tuple[tuple[str, int, str], ...]]:
    """The tree (6 top categories, 14 below); returns sub-category id -> its offer ideas."""
    out: dict[int, tuple[tuple[str, int, str], ...]] = {}
    with db.transaction() as s:
        have = {c.path: c.id for c in categories.tree(s, actor)}

        def ensure(name: str, parent: int | None, path: str) -> int:
            found = have.get(path)
            if found is not None:
                return found
            result.categories += 1
            return categories.add(s, actor, name, parent_id=parent).id

        for top, subs in CATEGORY_TREE:
            top_id = ensure(top, None, top)
            for sub, ideas in subs:
                out[ensure(sub, top_id, f"{top}{categories.SEPARATOR}{sub}")] = ideas
    return out


# -- members ----------------------------------------------------------------------------


def _members(
    db: Database,
    actor: Actor,
    rng: random.Random,
    count: int,
    start: date,
    today: date,
    result: DemoResult,
    offset: int = 0,
) -> list[DemoMember]:
    people: list[DemoMember] = []
    span = (today - start).days
    with db.transaction() as s:
        default_limit = int(settings.get(s, "default_credit_limit") or 0)
        for n, name in enumerate(unique_names(rng, count)):
            first, last = name.split(" ", 1)
            founding = n < count * 0.55
            joined = start + timedelta(
                days=rng.randint(0, 30) if founding else rng.randint(30, span - 20)
            )
            email = None
            if rng.random() < 0.82:
                local = f"{email_part(first)}.{email_part(last)}{offset + n}"
                email = f"{local}@{rng.choice(EMAIL_DOMAINS)}"
            limit_choice = rng.random()
            if limit_choice < 0.12:
                credit_limit = default_limit * 2
            elif limit_choice < 0.2:
                credit_limit = default_limit // 2
            else:
                credit_limit = default_limit
            info = members.create(
                s,
                actor,
                members.MemberInput(
                    name=name,
                    email=email,
                    phone=f"01632 960{rng.randint(0, 999):03d}",  # numbers kept for drama
                    address=f"{rng.randint(1, 120)} {rng.choice(STREETS)}",
                    notes=rng.choice(
                        ("", "", "", "", "Prefers phone calls", "Brings paper slips monthly")
                    ),
                    directory_consent=rng.random() < 0.75,
                    joined_on=joined,
                ),
                credit_limit=credit_limit,
            )
            # founding members who never trade (in a demo big enough to spare two)
            never = n == 1 or (n == 2 and count >= 8) or rng.random() < 0.03
            activity = 0.0 if never else rng.lognormvariate(0, 0.6)
            leaning = max(-0.8, min(0.8, rng.gauss(0, 0.35)))
            stops = None  # some lose interest: no trade after that day (dormant now)
            if not never and (n == 3 or rng.random() < 0.04) and span > 400:
                stops = joined + timedelta(days=rng.randint(60, max(61, span - 260)))
                stops = min(stops, today - timedelta(days=200))
            people.append(
                DemoMember(
                    info.id,
                    name,
                    joined,
                    activity,
                    leaning,
                    credit_limit,
                    account_id=info.account_id,
                    stops_on=stops,
                )
            )
            result.members += 1
    return people


# -- listings ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Offer:
    listing_id: int
    member_id: int
    category_id: int
    title: str
    price: int | None  # minor units per unit


def _listings(
    db: Database,
    actor: Actor,
    rng: random.Random,
    people: list[DemoMember],
    ideas: dict[int, tuple[tuple[str, int, str], ...]],
    count: int,
    today: date,
    result: DemoResult,
) -> list[_Offer]:
    offers: list[_Offer] = []
    listers = [p for p in people if p.activity > 0] or people
    weights = [p.activity for p in listers] if any(p.activity for p in listers) else None
    category_ids = list(ideas)
    with db.transaction() as s:
        scale = settings.currency(s).scale
        for n in range(count):
            owner = rng.choices(listers, weights=weights)[0]
            category_id = rng.choice(category_ids)
            title, price_units, unit = rng.choice(ideas[category_id])
            kind = "offer" if rng.random() < 0.68 else "want"
            if kind == "want":
                title = rng.choice(WANT_TITLES).format(title[0].lower() + title[1:])
            priced = rng.random() < 0.8
            price = price_units * scale if priced else None
            expires = today + timedelta(days=rng.randint(20, 400)) if rng.random() < 0.3 else None
            info = listings.add(
                s,
                actor,
                listings.ListingInput(
                    member_id=owner.id,
                    kind=kind,
                    category_id=category_id,
                    title=title,
                    description=rng.choice(DESCRIPTIONS),
                    price=price,
                    unit=unit if priced else "",
                    expires_on=expires,
                ),
            )
            result.listings += 1
            roll = rng.random()
            if roll < 0.05:
                listings.withdraw(s, actor, info.id)
            elif roll < 0.08:
                listings.pause(s, actor, info.id)
            elif kind == "offer":
                offers.append(_Offer(info.id, owner.id, category_id, info.title, price))
            if n % 100 == 99:
                s.flush()
    return offers


# -- trades -----------------------------------------------------------------------------


def _amount(rng: random.Random, offer: _Offer | None, scale: int) -> int:
    if offer is not None and offer.price:
        quantity = rng.choice((1, 1, 1, 2, 2, 3))
        return offer.price * quantity
    whole = rng.choice((3, 5, 5, 8, 10, 10, 12, 15, 15, 20, 25, 30, 40))
    half = scale // 2 if rng.random() < 0.15 else 0
    return whole * scale + half


#: trades recorded per transaction (each holds a lock per posting until it commits)
TRADES_PER_TRANSACTION = 1000


def _trades(
    db: Database,
    actor: Actor,
    rng: random.Random,
    people: list[DemoMember],
    offers: list[_Offer],
    count: int,
    start: date,
    today: date,
    result: DemoResult,
    offset: int = 0,
) -> None:
    """Every trade of the history, recorded in one go; completed ones dated on their day."""
    dates = trade_dates(rng, count, start, today)
    traders = [p for p in people if p.activity > 0]
    if len(traders) < 2:
        traders = people
    offers_by_member: dict[int, list[_Offer]] = {}
    for item in offers:
        offers_by_member.setdefault(item.member_id, []).append(item)
    recent = today - timedelta(days=21)
    items: list[trades.TradeInput] = []
    completed: list[bool] = []
    with db.transaction() as s:
        scale = settings.currency(s).scale
        for day in dates:
            present = [
                p
                for p in traders
                if p.joined_on <= day and (p.stops_on is None or day <= p.stops_on)
            ]
            if len(present) < 2:
                present = traders[:2]
            buyer = rng.choices(
                present, weights=[p.activity * (1 + p.leaning) + 0.05 for p in present]
            )[0]
            sellers = [p for p in present if p.id != buyer.id]
            seller = rng.choices(
                sellers, weights=[p.activity * (1 - p.leaning) + 0.05 for p in sellers]
            )[0]
            own = offers_by_member.get(seller.id)
            offer = rng.choice(own) if own and rng.random() < 0.6 else None
            data = trades.TradeInput(
                buyer_member_id=buyer.id,
                seller_member_id=seller.id,
                amount=_amount(rng, offer, scale),
                description="" if offer else rng.choice(GENERIC_TRADES),
                listing_id=offer.listing_id if offer else None,
                traded_on=day,
                slip_number=f"S{day:%y%m}-{offset + len(items) + 1:05d}",
            )
            result.trades += 1
            result.first_trade_on = result.first_trade_on or day
            result.last_trade_on = day
            done = True
            if len(items) >= len(dates) - 3 or (day >= recent and rng.random() < 0.25):
                done = False  # reported lately, not yet confirmed
            elif buyer.balance - data.amount < -buyer.credit_limit:
                # over the buyer's limit (the ledger would refuse it): the slip waits
                data = replace(data, note="Waiting: the buyer is at the credit limit")
                result.over_limit_pending += 1
                done = False
            if done:
                buyer.balance -= data.amount
                seller.balance += data.amount
                buyer.trade_days.append(day)
                seller.trade_days.append(day)
            items.append(data)
            completed.append(done)
    # in slices of their own transaction: a batch holds one lock per posting until it
    # commits, and PostgreSQL's lock table (64 per connection) overflows past a few
    # thousand ("out of shared memory" at 1,100 members)
    for first in range(0, len(items), TRADES_PER_TRANSACTION):
        last = first + TRADES_PER_TRANSACTION
        with db.transaction() as s:
            trade_batches.record_many(
                s,
                actor,
                items[first:last],
                completed=completed[first:last],
                dated=True,
                reason=HISTORY_REASON,
            )
