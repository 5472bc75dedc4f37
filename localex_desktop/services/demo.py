"""Demo data: a realistic exchange for trying the program and for screenshots.

Everything goes through the same services a coordinator uses (members, categories,
listings, trades, ledger), so every rule holds: limits are checked, the hash chain is
built, the audit log records each change (as the actor ``demo``). Nothing is written
behind the services' backs and no row is edited afterwards.

**Dates.** The story covers two years, and the members' joining dates and the trades'
dates (``trades.traded_on``, the date on the slip) are spread over them. The *ledger*,
however, stamps every transaction with the database's ``now()`` (the start of the
transaction), and that is a rule we do not bend: so all demo transactions are posted
at the moment the demo runs, in the order of their trade dates. Views and reports that
go by posting date (trade volume per month, last activity, dormant members) therefore
see the whole history in the current month; views that go by trade date (the Trades
page) see two years. A backdating facility would have to be a deliberate, audited
feature of the ledger itself; the demo does not fake one (no row is moved afterwards).

Sizes scale with ``members`` (default 150): 400/150 listings and 20 trades per member,
so the defaults give 150 members, 400 listings and 3,000 trades.
"""

from __future__ import annotations

import random
import time
import unicodedata
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
    trades,
)
from localex_desktop.services.demo_aftermath import aftermath
from localex_desktop.services.demo_data import (
    CATEGORY_TREE,
    DESCRIPTIONS,
    EMAIL_DOMAINS,
    FIRST_NAMES,
    GENERIC_TRADES,
    STREETS,
    SURNAMES,
    WANT_TITLES,
    DemoMember,
    DemoResult,
)

__all__ = ["DEFAULT_MEMBERS", "DEFAULT_SEED", "MAX_MEMBERS", "DemoResult", "generate"]

DEMO_ACTOR = Actor("demo", Role.ADMIN)
DEFAULT_MEMBERS = 150
DEFAULT_SEED = 2026
LISTINGS_PER_150 = 400
TRADES_PER_MEMBER = 20
YEARS = 2
MAX_MEMBERS = 5000
#: trades per database transaction (each trade in a savepoint of its own)
CHUNK = 100

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
        if settings.get(s, "exchange_name") == settings.DEFAULTS["exchange_name"]:
            settings.put(s, actor, "exchange_name", "Riverside Exchange (demo)")

    _say(progress, "categories…")
    offers_by_category = _categories(db, actor, rng, result)
    _say(progress, f"{members_count} members…")
    people = _members(db, actor, rng, members_count, start, today, result)
    listing_count = max(2, round(LISTINGS_PER_150 * members_count / DEFAULT_MEMBERS))
    _say(progress, f"{listing_count} listings…")
    offers = _listings(db, actor, rng, people, offers_by_category, listing_count, today, result)
    trade_count = trades_per_member * members_count
    _say(progress, f"{trade_count} trades…")
    _trades(db, actor, rng, people, offers, trade_count, start, today, result, progress)
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


def _unique_names(rng: random.Random, count: int) -> list[str]:
    names: set[str] = set()
    out: list[str] = []
    while len(out) < count:
        name = f"{rng.choice(FIRST_NAMES)} {rng.choice(SURNAMES)}"
        if name in names:
            if len(names) >= len(FIRST_NAMES) * len(SURNAMES):
                name = f"{name} {len(out)}"
            else:
                continue
        names.add(name)
        out.append(name)
    return out


def _email_part(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(ch for ch in plain.lower() if ch.isalnum())


def _members(
    db: Database,
    actor: Actor,
    rng: random.Random,
    count: int,
    start: date,
    today: date,
    result: DemoResult,
) -> list[DemoMember]:
    people: list[DemoMember] = []
    span = (today - start).days
    with db.transaction() as s:
        default_limit = int(settings.get(s, "default_credit_limit") or 0)
        for n, name in enumerate(_unique_names(rng, count)):
            first, last = name.split(" ", 1)
            founding = n < count * 0.55
            joined = start + timedelta(
                days=rng.randint(0, 30) if founding else rng.randint(30, span - 20)
            )
            email = None
            if rng.random() < 0.82:
                email = f"{_email_part(first)}.{_email_part(last)}{n}@{rng.choice(EMAIL_DOMAINS)}"
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
            dormant = n == 1 or rng.random() < 0.07  # a founding member who never trades
            activity = 0.0 if dormant else rng.lognormvariate(0, 0.6)
            leaning = max(-0.8, min(0.8, rng.gauss(0, 0.35)))
            people.append(DemoMember(info.id, name, joined, activity, leaning, credit_limit))
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


def _trade_dates(rng: random.Random, count: int, start: date, today: date) -> list[date]:
    """Trade days over the period, more of them later (the exchange grew), oldest first."""
    span = (today - start).days
    days = [int(span * (rng.random() ** 0.7)) for _ in range(count)]
    return sorted(start + timedelta(days=d) for d in days)


def _amount(rng: random.Random, offer: _Offer | None, scale: int) -> int:
    if offer is not None and offer.price:
        quantity = rng.choice((1, 1, 1, 2, 2, 3))
        return offer.price * quantity
    whole = rng.choice((3, 5, 5, 8, 10, 10, 12, 15, 15, 20, 25, 30, 40))
    half = scale // 2 if rng.random() < 0.15 else 0
    return whole * scale + half


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
    progress: Progress | None,
) -> None:
    dates = _trade_dates(rng, count, start, today)
    traders = [p for p in people if p.activity > 0]
    if len(traders) < 2:
        traders = people
    offers_by_member: dict[int, list[_Offer]] = {}
    for item in offers:
        offers_by_member.setdefault(item.member_id, []).append(item)
    recent = today - timedelta(days=21)
    with db.transaction() as s:
        scale = settings.currency(s).scale
    for chunk_start in range(0, len(dates), CHUNK):
        with db.transaction() as s:
            for day in dates[chunk_start : chunk_start + CHUNK]:
                present = [p for p in traders if p.joined_on <= day]
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
                    slip_number=f"S{day:%y%m}-{result.trades + 1:05d}",
                )
                result.trades += 1
                result.first_trade_on = result.first_trade_on or day
                result.last_trade_on = day
                if day >= recent and rng.random() < 0.25:
                    trades.record(s, actor, data)
                    continue
                if buyer.balance - data.amount < -buyer.credit_limit:
                    # over the buyer's limit (the ledger would refuse it): the slip waits
                    waiting = replace(data, note="Waiting: the buyer is at the credit limit")
                    trades.record(s, actor, waiting)
                    result.over_limit_pending += 1
                    continue
                trades.record_completed(s, actor, data)
                buyer.balance -= data.amount
                seller.balance += data.amount
        _say(progress, f"  {min(chunk_start + CHUNK, len(dates))} of {len(dates)} trades")
