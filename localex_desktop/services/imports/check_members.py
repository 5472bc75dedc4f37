"""Importing members: each row checked with the member form's rules, then enrolled.

A member whose number or email address is already in the database (or, with neither in
the file, whose name is) is reported as already there and skipped, not created again.
The same number or email twice within one file is an error.
"""

from __future__ import annotations

from datetime import date

import sqlalchemy as sa

from localex_desktop.db.models import Member
from localex_desktop.domain.errors import LocalexError, ValidationError
from localex_desktop.domain.roles import Permission
from localex_desktop.services import members
from localex_desktop.services.imports.checking import Check, Written
from localex_desktop.services.imports.results import Kind
from localex_desktop.services.imports.values import member_number, money, parse_date, yes_no


class MembersImporter:
    kind = Kind.MEMBERS
    needs = Permission.MANAGE_MEMBERS

    def check(self, check: Check) -> None:
        s = check.session
        by_number = dict(s.execute(sa.select(Member.id, Member.name)).tuples().all())
        by_email = {
            str(e).lower(): i
            for i, e in s.execute(
                sa.select(Member.id, Member.email).where(Member.email.is_not(None))
            )
            .tuples()
            .all()
        }
        by_name: dict[str, int] = {}
        for i, n in by_number.items():
            by_name.setdefault(" ".join(n.split()).lower(), i)
        seen_numbers: dict[int, int] = {}
        seen_emails: dict[str, int] = {}
        for row in check.source.rows:
            v = check.values(row)
            errors_before = len(check.errors)
            name = v.get("name", "")
            if not name:
                name = " ".join(x for x in (v.get("first_name", ""), v.get("last_name", "")) if x)
            number: int | None = None
            raw_number = v.get("number", "")
            if raw_number:
                number = member_number(raw_number)
                if number is None or number <= 0:
                    check.err(row.line, "number", f"{raw_number!r} is not a member number.")
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
                check.err(row.line, fld or ("name" if exc.field == "name" else None), exc.message)
            consent = False
            try:
                consent = bool(yes_no(v.get("directory_consent", "")))
            except ValidationError as exc:
                check.err(row.line, "directory_consent", exc.message)
            limits: dict[str, int | None] = {"credit_limit": None, "upper_limit": None}
            for key in limits:
                if v.get(key):
                    try:
                        limits[key] = money(v[key], check.cur, key.replace("_", " "))
                    except ValidationError as exc:
                        check.err(row.line, key, exc.message)
            joined: date | None = None
            if v.get("joined_on"):
                try:
                    joined = parse_date(v["joined_on"])
                except ValidationError as exc:
                    check.err(row.line, "joined_on", exc.message)
            if len(check.errors) > errors_before:
                continue
            email = data.email.lower() if data.email else None
            # within the file
            if number is not None and number in seen_numbers:
                check.err(
                    row.line,
                    "number",
                    f"member number {number} is also on line {seen_numbers[number]}.",
                )
                continue
            if email is not None and email in seen_emails:
                check.err(row.line, "email", f"{data.email} is also on line {seen_emails[email]}.")
                continue
            if number is not None:
                seen_numbers[number] = row.line
            if email is not None:
                seen_emails[email] = row.line
            values = {
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
            }
            # against the database
            note = ""
            if number is not None and number in by_number:
                note = f"member number {number} already exists ({by_number[number]})"
            elif email is not None and email in by_email:
                note = f"{data.email} already belongs to member {by_email[email]}"
            elif number is None and email is None and data.name.lower() in by_name:
                note = f"a member called {data.name} already exists ({by_name[data.name.lower()]})"
            check.plan(row.line, "duplicate" if note else "create", values, note)

    def write(self, check: Check) -> Written:
        ids: list[int] = []
        for planned in check.preview.to_create:
            v = planned.values
            try:
                info = members.create(
                    check.session,
                    check.actor,
                    members.MemberInput(
                        name=v["name"],
                        email=v["email"],
                        phone=v["phone"],
                        address=v["address"],
                        notes=v["notes"],
                        directory_consent=v["directory_consent"],
                        joined_on=v["joined_on"],
                    ),
                    credit_limit=v["credit_limit"],
                    upper_limit=v["upper_limit"],
                    member_id=v["number"],
                )
            except LocalexError as exc:
                raise ValidationError(
                    f"Line {planned.line}: {exc.message} Nothing was imported.", hint=exc.hint
                ) from exc
            ids.append(info.id)
        return Written(ids)
