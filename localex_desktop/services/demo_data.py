"""The demo exchange's material: names, streets, categories, texts, the calendar of its
trades, and its tallies.

Plain data and pure functions for :mod:`services.demo` and
:mod:`services.demo_aftermath`; nothing here touches the database.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

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


GENERIC_TRADES = (
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

DISPUTES = (
    "The buyer says only one hour was worked, not two",
    "The seller says the amount on the slip is wrong",
    "The buyer never received the goods",
)


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
class DemoMember:
    """A demo member as the generator follows them (not a database row)."""

    id: int
    name: str
    joined_on: date
    activity: float  # how often they trade (0: never)
    leaning: float  # > 0 buys more than sells
    credit_limit: int
    balance: int = 0  # followed here, so a trade over the limit is not even tried
    account_id: int = 0
    stops_on: date | None = None  # trades no more after this day (dormant by now)
    trade_days: list[date] = field(default_factory=list)  # of the completed trades


#: how much trade there is in each month, January first (spring and autumn are busy)
SEASON = (0.8, 0.85, 1.0, 1.1, 1.2, 1.15, 0.95, 0.65, 1.1, 1.15, 1.05, 0.75)


def unique_names(rng: random.Random, count: int) -> list[str]:
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


def email_part(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(ch for ch in plain.lower() if ch.isalnum())


def trade_dates(rng: random.Random, count: int, start: date, today: date) -> list[date]:
    """Trade days over the period, oldest first: the exchange grows, trade follows the
    seasons (:data:`SEASON`) and Saturday is market day."""
    span = (today - start).days
    days = [start + timedelta(days=d) for d in range(span + 1)]
    weights = [
        (0.4 + 0.6 * i / max(span, 1))
        * SEASON[day.month - 1]
        * (1.4 if day.weekday() == 5 else 1.0)
        * rng.uniform(0.85, 1.15)
        for i, day in enumerate(days)
    ]
    return sorted(rng.choices(days, weights=weights, k=count))
