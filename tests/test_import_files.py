"""Imports of messy files (tests/data/imports): what each must become, or why it is refused.

Each file is one way real files go wrong: code pages, separators, decimal commas, blank
lines, unknown columns, the same person twice, numbers and emails that belong to
someone else, member codes of another system, dates that read two ways, control
characters. Whatever is refused, nothing is written.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import sqlalchemy as sa

from localex_desktop.db.connection import Database
from localex_desktop.db.embedded import EmbeddedServer
from localex_desktop.domain.errors import ValidationError
from localex_desktop.domain.roles import Actor
from localex_desktop.services import exports, imports, leaving, members

from .conftest import scratch_database
from .test_imports import SAMPLES, counts, run

DATA = Path(__file__).resolve().parent / "data" / "imports"


def audit_rows(db: Database) -> int:
    with db.engine.connect() as c:
        return int(c.execute(sa.text("SELECT count(*) FROM audit_log")).scalar_one())


def names(db: Database, actor: Actor) -> dict[int, str]:
    with db.transaction() as s:
        return {m.id: m.name for m in members.search(s, actor, "", limit=100)}


def errors_of(preview: imports.Preview) -> list[tuple[int, str | None, str]]:
    return [(e.line, e.column, e.kind) for e in preview.errors]


def test_semicolons_and_decimal_commas(db: Database, admin: Actor) -> None:
    _, result = run(db, admin, "members", DATA / "semicolons_decimal_commas.csv")
    assert result is not None and result.created == 2
    with db.transaction() as s:
        anna = members.get(s, admin, 101)
    assert anna.credit_limit == 15050 and anna.upper_limit == 100000


@pytest.mark.parametrize(
    ("name", "encoding", "expected"),
    [
        ("windows1252.csv", "cp1252", ["Zoë Müller", "José Núñez"]),
        ("cp1250.csv", "cp1250", ["Jiří Dvořák", "Łukasz Wójcik", "Zoltán Kovács"]),
        ("macroman.csv", "mac_roman", ["François Dœuf", "Zoë Müller"]),
        ("utf8_bom_blank_lines.csv", "utf-8-sig", ["Chloé Dupont", "Dev Patel"]),
    ],
)
def test_encodings_are_read_right(
    db: Database, admin: Actor, name: str, encoding: str, expected: list[str]
) -> None:
    source = imports.read_source(DATA / name)
    assert source.encoding == encoding
    _, result = run(db, admin, "members", DATA / name)
    assert result is not None
    assert sorted(names(db, admin).values()) == sorted(expected)


def test_blank_lines_and_spaces(db: Database, admin: Actor) -> None:
    source = imports.read_source(DATA / "utf8_bom_blank_lines.csv")
    assert source.headers == ["Number", "Name", "Email"]
    assert [r.line for r in source.rows] == [3, 6]
    run(db, admin, "members", DATA / "utf8_bom_blank_lines.csv")
    with db.transaction() as s:
        assert members.get(s, admin, 201).email == "chloe@example.org"


def test_unknown_columns_are_listed_not_dropped_silently(db: Database, admin: Actor) -> None:
    flow = imports.ImportFlow("members")
    flow.choose_file(DATA / "unknown_columns.csv")
    flow.to_mapping()
    warning = flow.unmapped_warning()
    assert warning is not None
    assert "Kreditlimit (column 4)" in warning and "Beitritt (column 5)" in warning
    with db.transaction() as s:
        preview = flow.run_preview(s, admin)
    assert preview.ok and preview.warnings == [warning]
    # mapped by hand, the day-first dates prove their order (14.09.2021)
    flow.back()
    flow.back()
    flow.to_mapping(["Kreditlimit=credit_limit", "Beitritt=joined_on"])
    assert flow.unmapped_warning() is None and flow.date_question() is None
    with db.transaction() as s:
        flow.run_preview(s, admin)
    with db.transaction() as s:
        flow.commit(s, admin)
    with db.transaction() as s:
        ann = members.get(s, admin, 301)
    assert ann.credit_limit == 20000 and ann.joined_on == date(2019, 3, 1)


def test_the_same_person_twice_in_a_file_names_both_lines(db: Database, admin: Actor) -> None:
    before = audit_rows(db)
    preview, result = run(db, admin, "members", DATA / "duplicates.csv")
    assert result is None
    assert errors_of(preview) == [(4, "Email", "duplicate"), (6, "Name", "duplicate")]
    assert "also on line 2" in preview.errors[0].message
    assert "also on line 5" in preview.errors[1].message
    # another Cyd Cole with another phone may be another person: not an error
    assert [r.line for r in preview.to_create] == [2, 3, 5, 7]
    assert counts(db)[0] == 0 and audit_rows(db) == before


def test_numbers_and_emails_of_someone_else_are_conflicts(db: Database, admin: Actor) -> None:
    run(db, admin, "members", DATA / "demo_members.csv")
    before, audit_before = names(db, admin), audit_rows(db)
    preview, result = run(db, admin, "members", DATA / "someone_elses.csv")
    assert result is None
    assert errors_of(preview) == [
        (2, "Member number", "conflict"),
        (3, "Member number", "conflict"),
        (4, "Email", "conflict"),
        (7, "Email", "conflict"),
        (8, "Email", "conflict"),
    ]
    by_line = {e.line: e.message for e in preview.errors}
    assert "Hiroshi Patel" in by_line[2] and "Ada Lovelace" in by_line[2]
    assert "Georg Santos" in by_line[3] and "Bob Baker" in by_line[3]
    assert "Georg Santos" in by_line[4] and "Charles Babbage" in by_line[4]
    assert "Hiroshi Patel" in by_line[7] and "Kasia Schmidt" in by_line[7]
    assert "lee@example.org" in by_line[8] and "lee.new@example.org" in by_line[8]
    # the same person (case, spaces folded) is already there
    assert [r.line for r in preview.duplicates] == [5, 6]
    assert str(preview.errors[0]).startswith("line 2 (Member number): conflict: ")
    assert names(db, admin) == before and audit_rows(db) == audit_before


def test_the_sample_members_do_not_land_on_the_demo_members(db: Database, admin: Actor) -> None:
    run(db, admin, "members", DATA / "demo_members.csv")
    preview, result = run(db, admin, "members", SAMPLES / "members.csv")
    assert result is None and len(preview.conflicts) == 5
    assert "member number 1 is Hiroshi Patel in the database, but this row is Ada Lovelace." in (
        preview.errors[0].message
    )


def test_a_balances_file_naming_another_member_is_a_conflict(
    db: Database, admin: Actor, tmp_path: Path
) -> None:
    run(db, admin, "members", DATA / "demo_members.csv")
    f = tmp_path / "b.csv"
    f.write_text("number;name;balance\n1;Ada Lovelace;35.50\n2;georg  SANTOS;-1\n", "utf-8")
    preview, result = run(db, admin, "balances", f)
    assert result is None and errors_of(preview) == [(2, "name", "conflict")]
    assert "member 1 is Hiroshi Patel in the database" in preview.errors[0].message


def test_member_codes_of_another_system_are_refused(db: Database, admin: Actor) -> None:
    preview, result = run(db, admin, "members", DATA / "member_codes.csv")
    assert result is None and [e.line for e in preview.errors] == [2, 3]
    message = preview.errors[0].message
    assert message.startswith("'EXMP0001' is not a member number.")
    assert "map the column to notes or ignore it" in message
    preview, result = run(db, admin, "members", DATA / "member_codes.csv", mapping=("ID=notes",))
    assert result is not None and result.created == 2


def test_dates_that_read_two_ways_are_asked(db: Database, admin: Actor) -> None:
    flow = imports.ImportFlow("members")
    flow.choose_file(DATA / "us_dates.csv")
    flow.to_mapping()
    question = flow.date_question()
    assert question is not None and "03/04/2024 on line 2" in question
    with pytest.raises(ValidationError, match="day-first or month-first"), db.transaction() as s:
        flow.run_preview(s, admin)  # the service refuses too, whoever calls it
    flow.set_dates("mdy")
    assert flow.date_question() is None
    with db.transaction() as s:
        preview = flow.run_preview(s, admin)
    assert preview.dates is imports.DateOrder.MDY
    joined = {r.values["name"]: r.values["joined_on"] for r in preview.rows}
    assert joined == {
        "Ann Archer": date(2024, 3, 4), "Bob Baker": date(2023, 5, 6),
        "Cyd Cole": date(2022, 1, 15),
    }  # fmt: skip
    flow.back()
    flow.back()
    flow.set_dates("dmy")
    flow.to_mapping()
    with db.transaction() as s:
        preview = flow.run_preview(s, admin)
    assert preview.rows[0].values["joined_on"] == date(2024, 4, 3)


def test_dates_the_file_proves_are_read_without_asking(db: Database, admin: Actor) -> None:
    flow = imports.ImportFlow("members")
    flow.choose_file(DATA / "us_dates_proven.csv")
    flow.to_mapping()
    assert flow.date_question() is None and flow.date_scan().order is imports.DateOrder.MDY
    with db.transaction() as s:
        preview = flow.run_preview(s, admin)
    assert preview.rows[0].values["joined_on"] == date(2024, 3, 4)
    # told otherwise, the rows that do not fit are errors
    flow.set_dates("dmy")
    with db.transaction() as s:
        preview = flow.run_preview(s, admin)
    assert [(e.line, e.column) for e in preview.errors] == [(3, "Joined")]
    assert "day first" in preview.errors[0].message


def test_control_characters_and_invisible_text_are_refused(db: Database, admin: Actor) -> None:
    before = audit_rows(db)
    preview, result = run(db, admin, "members", DATA / "control_characters.csv")
    assert result is None
    assert [(e.line, e.column) for e in preview.errors] == [
        (2, "Name"), (3, "Notes"), (4, "Notes"), (5, "Name"), (6, "Name"), (7, "Name"),
    ]  # fmt: skip
    messages = [e.message for e in preview.errors]
    assert "NUL (U+0000)" in messages[0]
    assert "ESC (U+001B)" in messages[1] and "ESC (U+001B)" in messages[2]
    assert "DEL (U+007F)" in messages[3]
    assert "bidi control (U+202E)" in messages[4]
    assert "only invisible zero-width characters" in messages[5]
    gus = next(r for r in preview.rows if r.line == 8)  # line breaks in quotes are fine
    assert gus.values["notes"] == "line one\r\nline two"
    assert counts(db)[0] == 0 and audit_rows(db) == before


def test_the_programs_own_members_export_keeps_who_left(
    db: Database, admin: Actor, pg_server: EmbeddedServer, tmp_path: Path
) -> None:
    with db.transaction() as s:
        ann = members.create(s, admin, members.MemberInput("Ann Archer", "ann@example.org"))
        bob = members.create(s, admin, members.MemberInput("Bob Baker"), credit_limit=5000)
        cyd = members.create(s, admin, members.MemberInput("Cyd Cole", joined_on=date(2020, 1, 1)))
        members.suspend(s, admin, bob.id)
        leaving.leave(s, admin, cyd.id, on=date(2024, 5, 1))
        table = exports.members_table(s, admin)
    path = tmp_path / "members.csv"
    exports.write_table(table, path)
    with scratch_database(pg_server) as other:
        preview, result = run(other, admin, "members", path)
        assert result is not None and result.created == 3
        assert preview.warnings and "balance (column 12)" in preview.warnings[0]
        assert "opening balances" in preview.warnings[0]
        with other.transaction() as s:
            got = {m.id: m for m in members.search(s, admin, "", limit=10)}
        assert got[ann.id].status == "active" and got[ann.id].email == "ann@example.org"
        assert got[bob.id].status == "suspended" and got[bob.id].credit_limit == 5000
        assert got[cyd.id].status == "left" and got[cyd.id].left_on == date(2024, 5, 1)
        assert got[cyd.id].joined_on == date(2020, 1, 1)
    # and into the database it came from: everyone is already there
    preview, result = run(db, admin, "members", path)
    assert result is not None and result.created == 0 and len(preview.duplicates) == 3


def test_a_leaving_day_that_contradicts_the_status_is_an_error(
    db: Database, admin: Actor, tmp_path: Path
) -> None:
    f = tmp_path / "m.csv"
    f.write_text(
        "name,status,left_on,joined_on\n"
        "Ann,active,2024-01-01,\n"
        "Bob,gone away,,\n"
        "Cyd,,2019-01-01,2020-01-01\n"
        "Dee,,2024-02-01,\n",
        encoding="utf-8",
    )
    preview, result = run(db, admin, "members", f)
    assert result is None
    assert [(e.line, e.column) for e in preview.errors] == [
        (2, "status"), (3, "status"), (4, "left_on"),
    ]  # fmt: skip
    dee = next(r for r in preview.rows if r.line == 5)
    assert dee.values["status"] == "left" and dee.values["left_on"] == date(2024, 2, 1)


def test_utf16_without_a_byte_order_mark(tmp_path: Path) -> None:
    f = tmp_path / "u16.csv"
    f.write_bytes("Name;Email\r\nZoë Müller;zoe@example.org\r\n".encode("utf-16-le"))
    source = imports.read_source(f)
    assert source.encoding == "utf-16-le" and source.rows[0].values[0] == "Zoë Müller"
