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

from localex_desktop.domain.errors import NotFound, ValidationError
from localex_desktop.services.imports.results import Kind


@dataclass(frozen=True)
class FieldSpec:
    name: str
    label: str
    aliases: tuple[str, ...] = ()
    required: bool = False


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
        ),
        FieldSpec(
            "last_name",
            "Last name",
            ("last", "lastname", "surname", "family name", "nachname", "nom de famille"),
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
        ),
        FieldSpec(
            "credit_limit", "Credit limit", ("limit", "overdraft", "min balance", "lower limit")
        ),
        FieldSpec("upper_limit", "Upper limit", ("max balance", "maximum balance")),
        FieldSpec(
            "joined_on",
            "Joined on",
            ("joined", "join date", "date joined", "since", "member since", "start date"),
        ),
    ),
    Kind.LISTINGS: (
        FieldSpec(
            "member",
            "Member number",
            ("member number", "member no", "number", "no", "nr", "member id", "owner", "account"),
        ),
        FieldSpec("email", "Member's email", ("e mail", "member email", "mail")),
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
        FieldSpec("price", "Price", ("rate", "cost", "amount")),
        FieldSpec("unit", "Unit", ("per", "price unit", "units")),
        FieldSpec(
            "expires_on", "Expires on", ("expires", "expiry", "expiry date", "valid until", "until")
        ),
    ),
    Kind.BALANCES: (
        FieldSpec(
            "member",
            "Member number",
            ("member number", "member no", "number", "no", "nr", "id", "member id", "account"),
        ),
        FieldSpec("email", "Member's email", ("e mail", "member email", "mail")),
        FieldSpec(
            "balance",
            "Opening balance",
            ("opening balance", "amount", "balance due", "current balance", "saldo", "solde"),
            required=True,
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
