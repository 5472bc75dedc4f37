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
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any

from sqlalchemy.orm import Session

from localex_desktop.db.connection import Database
from localex_desktop.domain.errors import LocalexError, Refused, ValidationError
from localex_desktop.domain.roles import Actor, Role
from localex_desktop.services import (
    categories,
    leaving,
    ledger,
    listings,
    members,
    settings,
    trades,
)

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

FIRST_NAMES = (
    "Alice", "Ben", "Chloé", "Daniel", "Eva", "Farid", "Grace", "Hiroshi", "Ines", "Jonas",
    "Kemi", "Lars", "Maria", "Noah", "Olga", "Pablo", "Quinn", "Rosa", "Samir", "Tove",
    "Uma", "Victor", "Wanda", "Xavier", "Yara", "Zoe", "Aaron", "Bianca", "Carl", "Dora",
    "Emil", "Fatima", "Georg", "Hanna", "Ivan", "Julia", "Karim", "Lena", "Milan", "Nora",
    "Oscar", "Priya", "Rafael", "Sofia", "Tomás", "Ulla", "Wei", "Aisha", "Bruno", "Clara",
    "Dev", "Elif", "Finn", "Gita", "Hugo", "Ingrid", "Jamal", "Kasia", "Leo", "Mei",
)  # fmt: skip
SURNAMES = (
    "Moreau", "Okoro", "Dubois", "Kowalski", "Lindqvist", "Haddad", "O'Neill", "Tanaka",
    "Carvalho", "Becker", "Adeyemi", "Nilsen", "Rossi", "Fischer", "Petrova", "Martín",
    "Murphy", "Jiménez", "Khan", "Andersen", "Patel", "Lemaire", "Nowak", "Dupont",
    "Clarke", "Weiss", "Costa", "Svensson", "Horváth", "Virtanen", "Huber", "Kovač",
    "Santos", "Benali", "Vogel", "Novák", "Brennan", "Ahmed", "Schmidt", "Walsh", "Yilmaz",
    "Mensah", "Larsen", "Ferreira", "Ito", "Baker", "Rahman", "Kelly", "Müller", "Singh",
)  # fmt: skip
STREETS = (
    "Mill Lane", "Church Street", "River Walk", "Orchard Close", "Station Road", "High Street",
    "Meadow View", "Bakers Row", "Castle Hill", "Willow Way", "Green Lane", "Market Square",
)  # fmt: skip
EMAIL_DOMAINS = ("example.org", "example.net", "example.com")

#: (top category, [(sub-category, [(offer title, price per unit in whole credits, unit)])])
CATEGORY_TREE: tuple[tuple[str, tuple[tuple[str, tuple[tuple[str, int, str], ...]], ...]], ...] = (
    ("Food & drink", (
        ("Baking", (("Sourdough bread", 6, "per loaf"), ("Birthday cakes", 25, "each"),
                    ("Gluten-free biscuits", 5, "per box"))),
        ("Preserves", (("Plum jam", 4, "per jar"), ("Chutney and pickles", 4, "per jar"),
                       ("Elderflower cordial", 5, "per bottle"))),
        ("Vegetables & fruit", (("Seasonal vegetable box", 12, "per box"),
                                ("Apples from the orchard", 3, "per kg"),
                                ("Free-range eggs", 4, "per dozen"))),
    )),
    ("Home & garden", (
        ("Gardening", (("Lawn mowing", 15, "per hour"), ("Hedge trimming", 15, "per hour"),
                       ("Tomato and herb seedlings", 2, "each"))),
        ("Repairs", (("Small plumbing jobs", 20, "per hour"), ("Furniture repair", 18, "per hour"),
                     ("Putting up shelves", 15, "per hour"))),
        ("Cleaning", (("Spring cleaning help", 12, "per hour"), ("Window cleaning", 10, "per hour"),
                      ("Oven cleaning", 20, "each"))),
    )),
    ("Transport", (
        ("Lifts", (("Lift to the station", 5, "each way"), ("Airport run", 30, "each way"),
                   ("Help with moving house", 15, "per hour"))),
        ("Bike repair", (("Puncture repair", 6, "each"), ("Bike service", 20, "each"),
                         ("Teach you to fix your bike", 12, "per hour"))),
    )),
    ("Care & wellbeing", (
        ("Childminding", (("Babysitting evenings", 10, "per hour"),
                          ("School pick-up", 8, "each"))),
        ("Pet care", (("Dog walking", 8, "per walk"), ("Cat sitting", 10, "per day"),
                      ("Hen keeping advice", 5, "per hour"))),
    )),
    ("Learning", (
        ("Languages", (("Spanish conversation", 15, "per hour"), ("German for beginners", 15,
                       "per hour"), ("English homework help", 12, "per hour"))),
        ("Music lessons", (("Guitar lessons", 18, "per hour"), ("Piano for children", 18,
                           "per hour"), ("Singing in a small group", 8, "per session"))),
        ("Computer help", (("Phone and tablet help", 12, "per hour"), ("Setting up a laptop", 20,
                           "each"), ("Spreadsheet basics", 15, "per hour"))),
    )),
    ("Crafts", (
        ("Sewing", (("Hemming and alterations", 8, "each"), ("Curtains made to measure", 40,
                    "per pair"), ("Mending knitwear", 6, "each"))),
    )),
)  # fmt: skip
WANT_TITLES = (
    "Looking for {}",
    "Wanted: {}",
    "Need {} soon",
    "Would love {}",
)
DESCRIPTIONS = (
    "Happy to fit around your week; evenings and weekends are easiest for me.",
    "I have done this for years and enjoy it. Ask me anything.",
    "Within walking distance of the town centre. Can travel a little further.",
    "Small jobs welcome. I bring my own tools.",
    "Organic where I can. Please return jars and boxes.",
    "",
)
MEMOS = (
    "Thank you!", "Birthday present", "Shared costs of the hall", "For the café rota",
    "Paying back a favour",
)  # fmt: skip


@dataclass
class DemoResult:
    members: int = 0
    categories: int = 0
    listings: int = 0
    trades: int = 0
    completed: int = 0
    pending: int = 0
    over_limit_pending: int = 0
    disputed: int = 0
    cancelled: int = 0
    reversed: int = 0  # ledger reversals (trades reversed count as cancelled trades too)
    transfers: int = 0
    levy_members: int = 0
    suspended: int = 0
    left: int = 0
    first_trade_on: date | None = None
    last_trade_on: date | None = None
    seconds: float = 0.0
    notes: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        out = dict(self.__dict__)
        for key in ("first_trade_on", "last_trade_on"):
            value = out[key]
            out[key] = value.isoformat() if value else None
        out["seconds"] = round(self.seconds, 1)
        return out


@dataclass
class _Member:
    id: int
    name: str
    joined_on: date
    activity: float  # how often they trade (0: never)
    leaning: float  # > 0 buys more than sells
    credit_limit: int
    balance: int = 0  # followed here, so a trade over the limit is not even tried


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
    _aftermath(db, actor, rng, people, today, result)
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
) -> list[_Member]:
    people: list[_Member] = []
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
            people.append(_Member(info.id, name, joined, activity, leaning, credit_limit))
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
    people: list[_Member],
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
    people: list[_Member],
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
                    description="" if offer else rng.choice(_GENERIC),
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


_GENERIC = (
    "Help in the garden",
    "Lift to the hospital",
    "Cake for the street party",
    "Fixed a dripping tap",
    "Two hours of childminding",
    "Ironing",
    "Computer help",
    "Dog walking for a week",
    "Soup for the café",
    "Alterations to a coat",
)


# -- what happens to a real exchange as well ---------------------------------------------


def _pending_trades(s: Session, actor: Actor) -> list[trades.TradeInfo]:
    return trades.search(s, actor, trades.TradeFilter(status="pending"), limit=10_000)


def _aftermath(
    db: Database,
    actor: Actor,
    rng: random.Random,
    people: list[_Member],
    today: date,
    result: DemoResult,
) -> None:
    traders = [p for p in people if p.activity > 0]
    with db.transaction() as s:
        pending = [t for t in _pending_trades(s, actor) if not t.note]
        rng.shuffle(pending)
        for n, trade in enumerate(pending[:6]):
            trades.dispute(s, actor, trade.id, rng.choice(_DISPUTES))
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
        for trade in rng.sample(done, min(5, len(done))):
            trades.reverse_trade(
                s, actor, trade.id, rng.choice(("Entered twice", "Wrong amount on the slip"))
            )
            result.reversed += 1

    with db.transaction() as s:
        for _ in range(max(2, len(people) // 8)):
            payer, payee = rng.sample(traders, 2)
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
        payer, payee = rng.sample(traders, 2)
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
        never = [p for p in people if p.activity == 0]
        active_traders = list(traders)
        rng.shuffle(active_traders)
        if never:
            leaving.leave(s, actor, never[0].id)
            result.left += 1
        leaver = active_traders.pop() if active_traders else None
        if leaver is not None:
            _settle_and_leave(s, actor, leaver.id)
            result.left += 1
        # the yearly levy, after the departures (nobody leaves owing it)
        scale = settings.currency(s).scale
        levy = ledger.levy(
            s, actor, 10 * scale, f"Yearly running costs {today.year}", skip_over_limit=True
        )
        result.levy_members = len(levy.lines) - len(levy.over_limit)
        for p in active_traders[:3]:
            members.suspend(s, actor, p.id)
            result.suspended += 1
        for status in trades.STATUSES:
            setattr(result, status, trades.count(s, actor, trades.TradeFilter(status=status)))


def _settle_and_leave(s: Session, actor: Actor, member_id: int) -> None:
    """Bring the member's balance to zero against the community fund, then let them go."""
    info = members.get(s, actor, member_id)
    if info.balance:
        fund = ledger.system_account(s, "community_fund")
        ledger.post(
            s,
            actor,
            "adjustment",
            [(info.account_id, -info.balance), (fund, info.balance)],
            "Balance settled on leaving the exchange",
        )
    leaving.leave(s, actor, member_id)


_DISPUTES = (
    "The buyer says only one hour was worked, not two",
    "The seller says the amount on the slip is wrong",
    "The buyer never received the goods",
)
