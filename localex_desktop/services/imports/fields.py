"""The fields each kind of import fills, and which column of the file goes to which.

Each field has a machine name (``--mapping Column=name``), a label for people and the
headers it is recognised by (English and common variants, compared without case,
accents or punctuation). :func:`auto_map` guesses a mapping from the headers; the
person can change it column by column (:func:`parse_mapping` for the admin command).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from localex_desktop.domain.errors import NotFound, ValidationError
from localex_desktop.domain.money import Currency, format_amount
from localex_desktop.services.fields.base import Kind as ValueKind
from localex_desktop.services.imports.results import Kind


@dataclass(frozen=True)
class FieldSpec:
    """One field an import fills. ``key``: where a checked row keeps its value (the
    name unless several fields make one value, as first and last name make the name)."""

    name: str
    label: str
    aliases: tuple[str, ...] = ()
    required: bool = False
    type: ValueKind = ValueKind.TEXT
    key: str | None = None

    @property
    def value_key(self) -> str:
        return self.key or self.name


def _member_number(*more: str) -> FieldSpec:
    """Whose row it is, by member number: listings and opening balances name them so."""
    aliases = ("member number", "member no", "number", "no", "nr", "member id", "account")
    return FieldSpec(
        "member", "Member number", aliases + more, type=ValueKind.NUMBER, key="member_id"
    )


#: or whose row it is by their email, where the file has no member numbers
_MEMBER_EMAIL = FieldSpec(
    "email", "Member's email", ("e mail", "member email", "mail"), key="member_email"
)

FIELDS: dict[Kind, tuple[FieldSpec, ...]] = {
    Kind.MEMBERS: (
        FieldSpec(
            "number",
            "Member number",
            (
                "member number",
                "member no",
                "membership number",
                "no",
                "nr",
                "num",
                "id",
                "member id",
                "account",
                "account number",
                "mitgliedsnummer",
            ),
        ),
        FieldSpec(
            "name",
            "Name",
            ("full name", "member", "member name", "display name", "nom", "navn", "naam"),
        ),
        FieldSpec(
            "first_name",
            "First name",
            ("first", "firstname", "given name", "forename", "vorname", "prenom"),
            key="name",
        ),
        FieldSpec(
            "last_name",
            "Last name",
            ("last", "lastname", "surname", "family name", "nachname", "nom de famille"),
            key="name",
        ),
        FieldSpec("email", "Email", ("e mail", "email address", "mail", "e mail address")),
        FieldSpec(
            "phone", "Phone", ("telephone", "tel", "mobile", "phone number", "cell", "telefon")
        ),
        FieldSpec("address", "Address", ("postal address", "street", "adresse", "location")),
        FieldSpec("notes", "Notes", ("note", "comment", "comments", "remarks")),
        FieldSpec(
            "directory_consent",
            "Show contact in directory",
            ("consent", "directory", "in directory", "publish", "public", "show contact", "listed"),
            type=ValueKind.BOOL,
        ),
        FieldSpec(
            "credit_limit",
            "Credit limit",
            ("limit", "overdraft", "min balance", "lower limit"),
            type=ValueKind.MONEY,
        ),
        FieldSpec(
            "upper_limit",
            "Upper limit",
            ("max balance", "maximum balance"),
            type=ValueKind.MONEY,
        ),
        FieldSpec(
            "joined_on",
            "Joined on",
            ("joined", "join date", "date joined", "since", "member since", "start date"),
            type=ValueKind.DATE,
        ),
        FieldSpec("status", "Status", ("member status", "state")),
        FieldSpec(
            "left_on",
            "Left on",
            ("left", "date left", "left date", "leaving date", "end date"),
            type=ValueKind.DATE,
        ),
    ),
    Kind.LISTINGS: (
        _member_number("owner"),
        _MEMBER_EMAIL,
        FieldSpec(
            "kind",
            "Offer or want",
            ("type", "offer want", "offer or want", "listing type"),
            required=True,
        ),
        FieldSpec(
            "category", "Category", ("category path", "section", "group", "rubrik"), required=True
        ),
        FieldSpec("title", "Title", ("headline", "name", "listing", "subject"), required=True),
        FieldSpec("description", "Description", ("details", "text", "body", "desc")),
        FieldSpec("price", "Price", ("rate", "cost", "amount"), type=ValueKind.MONEY),
        FieldSpec("unit", "Unit", ("per", "price unit", "units")),
        FieldSpec(
            "expires_on",
            "Expires on",
            ("expires", "expiry", "expiry date", "valid until", "until"),
            type=ValueKind.DATE,
        ),
    ),
    Kind.BALANCES: (
        _member_number("id"),
        _MEMBER_EMAIL,
        FieldSpec("name", "Member's name", ("member name", "full name", "name"), key="file_name"),
        FieldSpec(
            "balance",
            "Opening balance",
            ("opening balance", "amount", "balance due", "current balance", "saldo", "solde"),
            required=True,
            type=ValueKind.MONEY,
        ),
    ),
}


def field_names(kind: Kind) -> list[str]:
    return [f.name for f in FIELDS[kind]]


Mapping = dict[int, str]  # column index → field name


def norm(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return " ".join(re.sub(r"[^a-z0-9]+", " ", plain).split())


def auto_map(kind: Kind, headers: Sequence[str]) -> Mapping:
    """Guess the field of each column from its header (English and common variants)."""
    specs = FIELDS[kind]
    mapping: Mapping = {}
    taken: set[str] = set()
    # exact field names and labels first, then aliases, so "email" beats "mail"
    for pass_ in (0, 1):
        for i, h in enumerate(headers):
            if i in mapping:
                continue
            n = norm(h)
            for spec in specs:
                if spec.name in taken:
                    continue
                names = (
                    {norm(spec.name), norm(spec.label)}
                    if pass_ == 0
                    else {norm(a) for a in spec.aliases}
                )
                if n and n in names:
                    mapping[i] = spec.name
                    taken.add(spec.name)
                    break
    return mapping


def parse_mapping(
    kind: Kind, headers: Sequence[str], items: Sequence[str], base: Mapping
) -> Mapping:
    """Apply ``COLUMN=FIELD`` overrides (COLUMN: header text or 1-based number; FIELD '-'
    to ignore the column)."""
    mapping = dict(base)
    known = field_names(kind)
    for item in items:
        col, sep, fld = item.partition("=")
        col, fld = col.strip(), fld.strip()
        if not sep or not col:
            raise ValidationError(
                f"{item!r} is not a mapping.", hint="Write COLUMN=FIELD, e.g. 'Surname=last_name'."
            )
        if col.isdigit() and 1 <= int(col) <= len(headers):
            index = int(col) - 1
        else:
            matches = [i for i, h in enumerate(headers) if norm(h) == norm(col)]
            if not matches:
                raise NotFound(
                    f"The file has no column {col!r}.",
                    hint=f"Its columns: {', '.join(headers)}.",
                )
            index = matches[0]
        if fld in ("-", "", "ignore", "none"):
            mapping.pop(index, None)
            continue
        if fld not in known:
            raise ValidationError(
                f"There is no {kind.value} field {fld!r}.", hint=f"Use one of {', '.join(known)}."
            )
        for other, name in list(mapping.items()):
            if name == fld and other != index:
                del mapping[other]
        mapping[index] = fld
    return mapping


def check_mapping(kind: Kind, headers: Sequence[str], mapping: Mapping) -> list[str]:
    """What is missing or doubled in a mapping, as sentences (empty: fine)."""
    problems = []
    mapped = list(mapping.values())
    for name in sorted({n for n in mapped if mapped.count(n) > 1}):
        problems.append(f"Two columns are mapped to {name}.")
    have = set(mapped)
    for spec in FIELDS[kind]:
        if spec.required and spec.name not in have:
            problems.append(f"No column is mapped to {spec.label.lower()} ({spec.name}).")
    if kind is Kind.MEMBERS and "name" not in have and not ({"first_name", "last_name"} & have):
        problems.append("No column is mapped to the name (name, or first_name and last_name).")
    if kind in (Kind.LISTINGS, Kind.BALANCES) and not ({"member", "email"} & have):
        problems.append("No column says who the member is (member number, or email).")
    for index in mapping:
        if index >= len(headers):
            problems.append(f"Column {index + 1} does not exist.")
    return problems


def unmapped(headers: Sequence[str], mapping: Mapping) -> list[tuple[int, str]]:
    """The named columns no field takes: ``(index, header)``."""
    return [(i, h) for i, h in enumerate(headers) if h.strip() and i not in mapping]


def date_fields(kind: Kind) -> list[str]:
    return [f.name for f in FIELDS[kind] if f.type is ValueKind.DATE]


@dataclass(frozen=True)
class Shown:
    """A column of the preview: the checked rows' ``key`` under ``label``."""

    key: str
    label: str
    type: ValueKind


def shown_fields(kind: Kind, mapping: Mapping) -> list[Shown]:
    """Every mapped field, once, in the order of :data:`FIELDS` (the preview's columns).

    Listings and balances also show the member's name from the database, so that the
    person sees whose account a row goes to."""
    mapped = set(mapping.values())
    out: list[Shown] = []
    keys: set[str] = set()
    for spec in FIELDS[kind]:
        if spec.name not in mapped or spec.value_key in keys:
            continue
        if spec.value_key == "member_email" and "member_id" in keys:
            continue
        label = "Name" if spec.value_key == "name" and kind is Kind.MEMBERS else spec.label
        out.append(Shown(spec.value_key, label, spec.type))
        keys.add(spec.value_key)
        if kind is not Kind.MEMBERS and spec.value_key in ("member_id", "member_email"):
            if spec.value_key == "member_email":
                out[-1] = Shown("member_id", "Member number", ValueKind.NUMBER)
            out.append(Shown("member_name", "Member", ValueKind.TEXT))
            keys |= {"member_id", "member_email", "member_name"}
    if kind is Kind.MEMBERS and "status" not in keys and "left_on" in mapped:
        out.append(Shown("status", "Status", ValueKind.TEXT))
    return out


def show(value: Any, type_: ValueKind, currency: Currency) -> str:
    """A checked value as a person reads it in the preview."""
    if value is None or value == "":
        return ""
    if type_ is ValueKind.MONEY:
        return format_amount(int(value), currency)
    if type_ is ValueKind.BOOL:
        return "yes" if value else "no"
    if isinstance(value, date):
        return value.isoformat()
    return " ".join(str(value).split())
