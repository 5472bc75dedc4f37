"""Importing offers and wants: the member by number or email, categories made as needed.

A listing with the same member, kind and title as an existing one (not withdrawn) is
already there; the same listing twice within one file is an error.
"""

from __future__ import annotations

from datetime import date

import sqlalchemy as sa

from localex_desktop.db.models import Listing
from localex_desktop.domain.errors import NotFound, ValidationError
from localex_desktop.domain.roles import Permission
from localex_desktop.services import categories, listings
from localex_desktop.services.imports.checking import Check, Members, Written, refused_at
from localex_desktop.services.imports.fields import norm
from localex_desktop.services.imports.results import Kind
from localex_desktop.services.imports.values import money

_OFFER = ("offer", "offers", "o", "offering", "offered", "have", "angebot", "offre")
_WANT = ("want", "wants", "w", "wanted", "request", "need", "needs", "gesuch", "demande")


def listing_kind(text: str) -> str | None:
    t = norm(text)
    if t in _OFFER:
        return "offer"
    if t in _WANT:
        return "want"
    return None


def category_path(text: str) -> str:
    raw = text
    for sep in ("›", "/", ">"):
        raw = raw.replace(sep, "\x00")
    parts = [" ".join(p.split()) for p in raw.split("\x00")]
    return categories.SEPARATOR.join(p for p in parts if p)


class ListingsImporter:
    kind = Kind.LISTINGS
    needs = Permission.MANAGE_LISTINGS

    def check(self, check: Check) -> None:
        who = Members.load(check.session)
        existing = {
            (r[0], r[1], " ".join(r[2].split()).lower())
            for r in check.session.execute(
                sa.select(Listing.member_id, Listing.kind, Listing.title).where(
                    Listing.status != "withdrawn"
                )
            ).tuples()
        }
        known_paths = {p.lower(): cid for cid, p in categories.paths(check.session).items()}
        seen: dict[tuple[int, str, str], int] = {}
        new_cats: dict[str, str] = {}
        for row in check.each_row():
            v = check.values(row)
            errors_before = len(check.errors)
            member_id = who.find(check, row, v)
            if member_id is not None and who.by_id[member_id].status != "active":
                ref = who.by_id[member_id]
                check.err(
                    row.line,
                    "member",
                    f"{ref.name} ({member_id}) is {ref.status}: "
                    "only active members can list offers and wants.",
                )
            kind = listing_kind(v.get("kind", ""))
            if kind is None:
                check.err(row.line, "kind", f"{v.get('kind', '')!r} is neither offer nor want.")
            title = " ".join(v.get("title", "").split())
            if not title:
                check.err(row.line, "title", "the title is empty.")
            elif len(title) > listings.MAX_TITLE:
                check.err(
                    row.line, "title", f"the title is longer than {listings.MAX_TITLE} characters."
                )
            description = v.get("description", "").strip()
            if len(description) > listings.MAX_DESCRIPTION:
                check.err(
                    row.line,
                    "description",
                    f"the description is longer than {listings.MAX_DESCRIPTION} characters.",
                )
            unit = " ".join(v.get("unit", "").split())
            if len(unit) > listings.MAX_UNIT:
                check.err(
                    row.line, "unit", f"the unit is longer than {listings.MAX_UNIT} characters."
                )
            price: int | None = None
            if v.get("price"):
                try:
                    price = money(v["price"], check.cur, "price")
                except ValidationError as exc:
                    check.err(row.line, "price", exc.message)
            expires: date | None = None
            if v.get("expires_on"):
                expires = check.date(row.line, "expires_on", v["expires_on"])
                if expires is not None and expires < date.today():
                    check.err(
                        row.line,
                        "expires_on",
                        f"the expiry date {expires.isoformat()} is in the past.",
                    )
            path = category_path(v.get("category", ""))
            category_id = self._category(check, row.line, path, known_paths, new_cats)
            if len(check.errors) > errors_before or member_id is None or kind is None:
                continue
            key = (member_id, kind, title.lower())
            if key in seen:
                check.err(
                    row.line,
                    "title",
                    f"the same {kind} of member {member_id} is also on line {seen[key]}.",
                )
                continue
            seen[key] = row.line
            values = {
                "member_id": member_id,
                "member_name": who.by_id[member_id].name,
                "kind": kind,
                "category_id": category_id,
                "category": path,
                "title": title,
                "description": description,
                "price": price,
                "unit": unit,
                "expires_on": expires,
            }
            if key in existing:
                check.plan(
                    row.line, "duplicate", values, f"member {member_id} already lists this {kind}"
                )
            else:
                check.plan(row.line, "create", values)
        check.preview.new_categories = sorted(new_cats.values())

    @staticmethod
    def _category(
        check: Check, line: int, path: str, known: dict[str, int], new: dict[str, str]
    ) -> int | None:
        """The category's id; None for one still to be made (noted in ``new``)."""
        if not path:
            check.err(line, "category", "the category is empty.")
            return None
        category_id = known.get(path.lower())
        if category_id is not None:
            return category_id
        try:
            return categories.find(check.session, check.actor, path).id
        except NotFound:
            if not check.options.create_categories:
                check.err(line, "category", f"there is no category {path!r}.")
                return None
            try:
                for part in path.split(categories.SEPARATOR):
                    categories.clean_name(part)
                new.setdefault(path.lower(), path)
            except ValidationError as exc:
                check.err(line, "category", exc.message)
        except ValidationError as exc:
            check.err(line, "category", exc.message)
        return None

    def write(self, check: Check) -> Written:
        ids: list[int] = []
        for planned in check.preview.to_create:
            v = planned.values
            with refused_at(planned.line):
                category_id = v["category_id"]
                if category_id is None:
                    category_id = _ensure_category(check, v["category"])
                listing = listings.add(
                    check.session,
                    check.actor,
                    listings.ListingInput(
                        member_id=v["member_id"],
                        kind=v["kind"],
                        category_id=category_id,
                        title=v["title"],
                        description=v["description"],
                        price=v["price"],
                        unit=v["unit"],
                        expires_on=v["expires_on"],
                    ),
                )
            ids.append(listing.id)
        return Written(ids)


def _ensure_category(check: Check, path: str) -> int:
    parent: int | None = None
    walked: list[str] = []
    for part in path.split(categories.SEPARATOR):
        walked.append(part)
        try:
            found = categories.find(check.session, check.actor, categories.SEPARATOR.join(walked))
            parent = found.id
        except NotFound:
            parent = categories.add(check.session, check.actor, part, parent_id=parent).id
    assert parent is not None
    return parent
