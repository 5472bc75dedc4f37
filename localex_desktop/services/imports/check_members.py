"""Importing members: each row checked with the member form's rules, then enrolled.

Against the database, a row is

* **already there** (skipped) when it is the same person: their number or email is in
  the database under the same name (compared without case, accents or extra spaces),
  and nothing in the row contradicts it; with neither number nor email, when a member
  of that name exists;
* a **conflict** (nothing is imported) when its number or email belongs to a member of
  another name, or its number and email point at different members: importing it would
  file one person's data under another, and the balances imported next would follow.

Within the file, the same number, email, or the same person twice is an error naming
both lines. ``status`` and ``left_on`` (as the program's own members export writes
them) are kept: members who left are imported as having left, on their day.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from localex_desktop.db.models import Member
from localex_desktop.domain.errors import LocalexError, ValidationError
from localex_desktop.domain.roles import Permission
from localex_desktop.services import enrolment, leaving, members
from localex_desktop.services.imports.checking import Check, Written, refused_at
from localex_desktop.services.imports.results import Kind
from localex_desktop.services.imports.sources import SourceRow
from localex_desktop.services.imports.values import (
    NUMBER_HINT,
    fold,
    member_number,
    money,
    yes_no,
)

_STATUSES = {s: s for s in members.STATUSES} | {"suspend": "suspended", "gone": "left"}


@dataclass(frozen=True)
class _Known:
    """The database's members: by number (name, email), by email, by folded name."""

    by_number: dict[int, tuple[str, str | None]]
    by_email: dict[str, int]
    by_name: dict[str, int]

    @classmethod
    def load(cls, session: Session) -> _Known:
        rows = session.execute(sa.select(Member.id, Member.name, Member.email)).tuples().all()
        by_name: dict[str, int] = {}
        for i, n, _e in sorted(rows):
            by_name.setdefault(fold(n), i)
        return cls(
            {i: (n, e) for i, n, e in rows},
            {str(e).lower(): i for i, _n, e in rows if e},
            by_name,
        )

    def name(self, number: int) -> str:
        return self.by_number[number][0]


class MembersImporter:
    kind = Kind.MEMBERS
    needs = Permission.MANAGE_MEMBERS

    def check(self, check: Check) -> None:
        known = _Known.load(check.session)
        seen: dict[Any, int] = {}
        for row in check.each_row():
            v = self._parse(check, row)
            if v is None:
                self._remember(check, row, seen)
                continue
            if self._repeated(check, row.line, v, seen):
                continue
            found = self._against(check, row.line, v, known)
            if found is not None:
                check.plan(row.line, found[0], v, found[1])

    @staticmethod
    def _remember(check: Check, row: SourceRow, seen: dict[Any, int]) -> None:
        """A row with errors still claims its number and email: a later row that repeats
        them is named with both lines now, not after the first is corrected."""
        v = check.values(row)
        number = member_number(v.get("number", "")) if v.get("number") else None
        email = (v.get("email") or "").strip().lower() or None
        if number is not None and number > 0:
            seen.setdefault(("number", number), row.line)
        if email is not None:
            seen.setdefault(("email", email), row.line)

    # -- one row ------------------------------------------------------------------------

    def _parse(self, check: Check, row: SourceRow) -> dict[str, Any] | None:
        """The row's values, checked; None when anything is wrong (errors recorded)."""
        v = check.values(row)
        line = row.line
        errors_before = len(check.errors)
        name = v.get("name", "")
        if not name:
            name = " ".join(x for x in (v.get("first_name", ""), v.get("last_name", "")) if x)
        number: int | None = None
        raw_number = v.get("number", "")
        if raw_number:
            number = member_number(raw_number)
            if number is None or number <= 0:
                check.err(line, "number", f"{raw_number!r} is not a member number. {NUMBER_HINT}")
                number = None
        data = members.MemberInput(
            name=name,
            email=v.get("email") or None,
            phone=v.get("phone", ""),
            address=v.get("address", ""),
            notes=v.get("notes", ""),
        )
        try:
            data = members.validate(data)
        except ValidationError as exc:
            fld = exc.field if exc.field in check.mapped else None
            if exc.field == "name" and "first_name" in check.mapped:
                fld = "first_name"
            check.err(line, fld or ("name" if exc.field == "name" else None), exc.message)
        consent = False
        try:
            consent = bool(yes_no(v.get("directory_consent", "")))
        except ValidationError as exc:
            check.err(line, "directory_consent", exc.message)
        limits: dict[str, int | None] = {"credit_limit": None, "upper_limit": None}
        for key in limits:
            if v.get(key):
                try:
                    limits[key] = money(v[key], check.cur, key.replace("_", " "))
                except ValidationError as exc:
                    check.err(line, key, exc.message)
        joined = check.date(line, "joined_on", v["joined_on"]) if v.get("joined_on") else None
        if joined is not None and joined > date.today():
            check.err(line, "joined_on", f"the joining day {joined.isoformat()} is in the future.")
            joined = None
        status, left_on = self._status(check, line, v, joined)
        if len(check.errors) > errors_before:
            return None
        return {
            "number": number,
            "name": data.name,
            "email": data.email,
            "phone": data.phone,
            "address": data.address,
            "notes": data.notes,
            "directory_consent": consent,
            "credit_limit": limits["credit_limit"],
            "upper_limit": limits["upper_limit"],
            "joined_on": joined,
            "status": status,
            "left_on": left_on,
        }

    @staticmethod
    def _status(
        check: Check, line: int, v: dict[str, str], joined: date | None
    ) -> tuple[str, date | None]:
        """Status and leaving day: a leaving day alone means the member left."""
        raw = v.get("status", "").strip()
        status = _STATUSES.get(raw.lower()) if raw else None
        if raw and status is None:
            check.err(line, "status", f"{raw!r} is not a status (active, suspended or left).")
        left_on = check.date(line, "left_on", v["left_on"]) if v.get("left_on") else None
        if left_on is None:
            return status or "active", None
        if status not in (None, "left"):
            check.err(line, "status", f"the member left on {left_on.isoformat()} but is {raw}.")
        elif left_on > date.today():
            check.err(line, "left_on", f"the leaving day {left_on.isoformat()} is in the future.")
        elif joined is not None and left_on < joined:
            check.err(
                line,
                "left_on",
                f"the member left on {left_on.isoformat()}, before joining on "
                f"{joined.isoformat()}.",
            )
        return "left", left_on

    @staticmethod
    def _repeated(check: Check, line: int, v: dict[str, Any], seen: dict[Any, int]) -> bool:
        """Whether the row repeats an earlier row of the file (an error naming both)."""
        number, email = v["number"], (v["email"] or "").lower() or None
        if number is not None and ("number", number) in seen:
            first = seen[("number", number)]
            check.duplicate(line, "number", f"member number {number} is also on line {first}.")
            return True
        if email is not None and ("email", email) in seen:
            first = seen[("email", email)]
            check.duplicate(line, "email", f"{v['email']} is also on line {first}.")
            return True
        person = (
            "person",
            fold(v["name"]),
            *(fold(str(x)) for k, x in v.items() if k not in ("number", "name", "email")),
        )
        if number is None and email is None and person in seen:
            check.duplicate(
                line,
                "name" if "name" in check.mapped else "first_name",
                f"{v['name']} is also on line {seen[person]}, with the same details.",
            )
            return True
        for key in (("number", number), ("email", email), person):
            if key[1] is not None:
                seen.setdefault(key, line)
        return False

    @staticmethod
    def _against(
        check: Check, line: int, v: dict[str, Any], known: _Known
    ) -> tuple[str, str] | None:
        """``(action, note)`` against the database; None for a conflict (recorded)."""
        name, number = v["name"], v["number"]
        email = (v["email"] or "").lower() or None
        owner = known.by_email.get(email) if email else None
        if number is not None and number in known.by_number:
            m_name, m_email = known.by_number[number]
            if fold(m_name) != fold(name):
                check.conflict(
                    line,
                    "number",
                    f"member number {number} is {m_name} in the database, but this row is {name}.",
                )
                return None
            if owner is not None and owner != number:
                check.conflict(
                    line,
                    "email",
                    f"{v['email']} belongs to member {owner} ({known.name(owner)}), but member "
                    f"number {number} is {m_name}.",
                )
                return None
            if email and m_email and m_email.lower() != email:
                check.conflict(
                    line,
                    "email",
                    f"member number {number}, {m_name}, has the email address {m_email} in "
                    f"the database, but this row gives {v['email']}.",
                )
                return None
            return "duplicate", f"member number {number}, {m_name}"
        if owner is not None:
            o_name = known.name(owner)
            if number is not None:
                check.conflict(
                    line,
                    "number",
                    f"{v['email']} belongs to member {owner} ({o_name}), but this row gives "
                    f"member number {number}.",
                )
                return None
            if fold(o_name) != fold(name):
                check.conflict(
                    line,
                    "email",
                    f"{v['email']} belongs to member {owner}, {o_name}, but this row is {name}.",
                )
                return None
            return "duplicate", f"{v['email']} is member {owner}, {o_name}"
        if number is None and email is None and fold(name) in known.by_name:
            return (
                "duplicate",
                f"a member called {name} already exists ({known.by_name[fold(name)]})",
            )
        return "create", ""

    # -- writing ------------------------------------------------------------------------

    def write(self, check: Check) -> Written:
        """All the file's members in a few statements (services/enrolment.py); then the
        few suspended or left ones, one by one."""
        planned_rows = check.preview.to_create
        items = [
            enrolment.Enrolment(
                members.MemberInput.of(v),
                credit_limit=v["credit_limit"],
                upper_limit=v["upper_limit"],
                member_id=v["number"],
            )
            for v in (p.values for p in planned_rows)
        ]
        try:
            ids = enrolment.enrol_many(
                check.session, check.actor, items, lines=[p.line for p in planned_rows]
            )
        except LocalexError as exc:  # the line is in the message already
            raise ValidationError(f"{exc.message} Nothing was imported.", hint=exc.hint) from exc
        for planned, member_id in zip(planned_rows, ids, strict=True):
            v = planned.values
            with refused_at(planned.line):
                if v["status"] == "suspended":
                    members.suspend(check.session, check.actor, member_id)
                elif v["status"] == "left":
                    leaving.leave(check.session, check.actor, member_id, on=v["left_on"])
        return Written(ids)
