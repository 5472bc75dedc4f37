"""The directory of offers and wants, shaped for printing.

Active listings of active members (what :class:`listings.ListingFilter` calls the
directory), grouped by category in the order of the category tree, offers before
wants. A member's contact details (phone, email, address) are included only when the
member has given directory consent; otherwise the listing shows their name and
number, and people reach them through the coordinator.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import sqlalchemy as sa
from sqlalchemy.orm import Session

from localex_desktop.db.models import Member
from localex_desktop.domain.money import Currency, format_amount
from localex_desktop.domain.roles import Actor, Permission
from localex_desktop.services import categories, listings, settings

PAGE = 5000


@dataclass(frozen=True)
class Contact:
    phone: str
    email: str | None
    address: str


@dataclass(frozen=True)
class DirectoryEntry:
    listing_id: int
    kind: str  # offer | want
    title: str
    description: str
    price: int | None
    unit: str
    member_id: int
    member_name: str
    contact: Contact | None  # None: the member has not consented to show it


@dataclass
class DirectorySection:
    category_id: int
    path: str
    depth: int
    offers: list[DirectoryEntry] = field(default_factory=list)
    wants: list[DirectoryEntry] = field(default_factory=list)


@dataclass(frozen=True)
class Directory:
    exchange_name: str
    generated_on: date
    sections: list[DirectorySection]

    @property
    def offer_count(self) -> int:
        return sum(len(s.offers) for s in self.sections)

    @property
    def want_count(self) -> int:
        return sum(len(s.wants) for s in self.sections)


def per_unit(unit: str) -> str:
    """The unit after a price, as a person writes it: "per hour" for "hour"; units that
    already read as a phrase ("per hour", "each", "a dozen", "/kg") as they were typed."""
    unit = " ".join(unit.split())
    if not unit or unit.lower().startswith(("per ", "a ", "an ", "each", "/")):
        return unit
    return f"per {unit}"


def price_text(price: int | None, unit: str, currency: Currency) -> str:
    """ "25.00 Cr per hour", "25.00 Cr each", "4.50 Cr"; empty without a price."""
    if price is None:
        return ""
    return " ".join(x for x in (format_amount(price, currency, symbol=True), per_unit(unit)) if x)


def build(session: Session, actor: Actor, *, today: date | None = None) -> Directory:
    actor.require(Permission.READ)
    found: list[listings.ListingInfo] = []
    flt = listings.ListingFilter(directory=True)
    while True:
        page = listings.search(session, actor, flt, sort="title", limit=PAGE, offset=len(found))
        found.extend(page)
        if len(page) < PAGE:
            break
    member_ids = sorted({x.member_id for x in found})
    contacts = {
        m.id: Contact(m.phone, m.email, m.address)
        for m in session.scalars(
            sa.select(Member).where(Member.id.in_(member_ids), Member.directory_consent.is_(True))
        )
    }
    order = {c.id: (i, c) for i, c in enumerate(categories.tree(session, actor))}
    sections: dict[int, DirectorySection] = {}
    for x in found:
        section = sections.get(x.category_id)
        if section is None:
            info = order.get(x.category_id)
            section = sections[x.category_id] = DirectorySection(
                x.category_id, x.category_path, info[1].depth if info else 0
            )
        entry = DirectoryEntry(
            x.id,
            x.kind,
            x.title,
            x.description,
            x.price,
            x.unit,
            x.member_id,
            x.member_name,
            contacts.get(x.member_id),
        )
        (section.offers if x.kind == "offer" else section.wants).append(entry)
    ordered = sorted(
        sections.values(), key=lambda s: (order.get(s.category_id, (10**9, None))[0], s.path)
    )
    return Directory(str(settings.get(session, "exchange_name")), today or date.today(), ordered)
