"""Imports: messy files give row-level errors and write nothing; good files import once."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import sqlalchemy as sa

from localex_desktop.db.connection import Database
from localex_desktop.domain.errors import PermissionDenied, Refused, ValidationError
from localex_desktop.domain.roles import Actor
from localex_desktop.services import categories, enrolment, imports, ledger, listings, members
from localex_desktop.services.work import run_query

SAMPLES = Path(__file__).resolve().parent.parent / "docs" / "users" / "samples"


def run(
    db: Database,
    actor: Actor,
    kind: str,
    path: Path,
    *,
    mapping: tuple[str, ...] = (),
    options: imports.ImportOptions | None = None,
) -> tuple[imports.Preview, imports.ImportResult | None]:
    """The whole wizard: file, format, mapping, preview, commit (when the preview is clean)."""
    flow = imports.ImportFlow(kind, options)
    flow.choose_file(path)
    flow.to_mapping(mapping)
    assert not flow.mapping_problems(), flow.mapping_problems()
    with db.transaction() as s:
        preview = flow.run_preview(s, actor)
    if not preview.ok:
        with pytest.raises(imports.ImportRefused), db.transaction() as s:
            flow.commit(s, actor)
        return preview, None
    with db.transaction() as s:
        result = flow.commit(s, actor)
    return preview, result


def counts(db: Database) -> tuple[int, int, int, int]:
    with db.engine.connect() as c:
        return tuple(  # type: ignore[return-value]
            int(c.execute(sa.text(f"SELECT count(*) FROM {t}")).scalar_one())
            for t in ("members", "transactions", "listings", "categories")
        )


def test_the_sample_files_import_cleanly_and_only_once(db: Database, admin: Actor) -> None:
    preview, result = run(db, admin, "members", SAMPLES / "members.csv")
    assert preview.ok and result is not None and result.created == 5
    with db.transaction() as s:
        ada = members.get(s, admin, 1)
        chloe = members.get(s, admin, 3)
    assert ada.name == "Ada Lovelace" and ada.credit_limit == 20000 and ada.directory_consent
    assert ada.address == "12 Analytical Lane\nMarylebone"
    assert ada.joined_on == date(2019, 3, 1)
    assert chloe.name == "Chloé Dupont" and chloe.joined_on == date(2021, 9, 14)
    assert not chloe.directory_consent and chloe.email == "chloe@example.org"

    preview, result = run(db, admin, "balances", SAMPLES / "balances.csv")
    assert preview.ok and result is not None and result.created == 4 and result.skipped == 1
    preview, result = run(db, admin, "listings", SAMPLES / "listings.csv")
    assert preview.ok and result is not None and result.created == 6
    assert sorted(preview.new_categories) == [
        "Food › Baking", "Home & Garden", "Lessons", "Transport",
    ]  # fmt: skip
    with db.transaction() as s:
        found = listings.search(s, admin, listings.ListingFilter(member_id=2), sort="id")
        assert [x.title for x in found] == ["Birthday cakes", "Lift to the station"]
        assert found[0].category_path == "Food › Baking" and found[0].price == 1200
        assert categories.find(s, admin, "Food").id  # the parent was made too

    before = counts(db)
    for kind, name in (("members", "members.csv"), ("balances", "balances.csv"),
                       ("listings", "listings.csv")):  # fmt: skip
        preview, result = run(db, admin, kind, SAMPLES / name)
        assert preview.ok and not preview.to_create, kind
        assert result is not None and result.created == 0
        assert len(preview.duplicates) >= 4
    after = counts(db)
    assert after[:3] == before[:3] and after[3] == before[3]


def test_opening_balances_are_one_balanced_transaction(db: Database, admin: Actor) -> None:
    run(db, admin, "members", SAMPLES / "members.csv")
    _, result = run(db, admin, "balances", SAMPLES / "balances.csv")
    assert result is not None and result.transaction_id is not None
    with db.transaction() as s:
        tx = ledger.transaction(s, admin, result.transaction_id)
        opening = ledger.system_account(s, "opening_balances")
        n = s.scalar(sa.text("SELECT count(*) FROM transactions WHERE kind = 'opening'"))
        bal = {m: ledger.balance(s, admin, m).balance for m in (1, 2, 3, 4, 5)}
    assert n == 1 and tx.kind == "opening"
    legs = {e.account_id: e.amount for e in tx.entries}
    assert sum(legs.values()) == 0 and len(legs) == 5  # four members + opening balances
    assert legs[opening] == -800
    assert bal == {1: 3550, 2: -1200, 3: 0, 4: -2350, 5: 800}


def test_limits_are_respected_unless_allowed(db: Database, admin: Actor, tmp_path: Path) -> None:
    run(db, admin, "members", SAMPLES / "members.csv")
    f = tmp_path / "over.csv"
    f.write_text("number,balance\n4,-150.00\n5,150.00\n", encoding="utf-8")
    preview, result = run(db, admin, "balances", f)
    assert result is None
    assert [(e.line, e.column) for e in preview.errors] == [(2, "balance")]
    assert "credit limit of 100.00" in preview.errors[0].message
    assert counts(db)[1] == 0
    preview, result = run(
        db, admin, "balances", f, options=imports.ImportOptions(allow_over_limit=True)
    )
    assert result is not None and result.transaction_id is not None
    with db.transaction() as s:
        assert ledger.balance(s, admin, 4).balance == -15000
        override = s.scalar(
            sa.text("SELECT limit_override FROM transactions WHERE id = :t"),
            {"t": result.transaction_id},
        )
    assert override is True


def test_messy_csv_bom_semicolons_breaks_blanks_spaces(
    db: Database, admin: Actor, tmp_path: Path
) -> None:
    text = (
        "\ufeff Number ; Name ;E-mail; Address \r\n"
        "\r\n"
        ' 10 ; Ann Archer ; ann@example.org ;"1 Long Road\r\nSecond line\r\nThird line"\r\n'
        "\r\n"
        "11;  Ben   Bow ;ben@example;x\r\n"  # bad email: line 7 (the quoted breaks count)
        "12;Cal Cole;cal@example.org\r\n"  # one value short: line 8
        ";;;\r\n"
        "13;Dot Dale;dot@example.org;;extra\r\n"  # one value too many: line 10
        "14;;eve@example.org;\r\n"  # no name: line 11
    )
    f = tmp_path / "messy.csv"
    f.write_bytes(text.encode("utf-8"))
    source = imports.read_source(f)
    assert source.encoding == "utf-8-sig" and source.delimiter == ";"
    assert source.headers == ["Number", "Name", "E-mail", "Address"]
    assert [r.line for r in source.rows] == [3, 7, 11]
    preview, result = run(db, admin, "members", f)
    assert result is None
    assert [e.line for e in preview.errors] == [7, 8, 10, 11]
    assert preview.errors[0].column == "E-mail"
    assert "4 columns" in preview.errors[1].message
    assert preview.errors[3].column == "Name"
    assert counts(db)[0] == 0  # nothing written
    ann = next(r for r in preview.rows if r.line == 3)
    assert ann.values["name"] == "Ann Archer"
    assert ann.values["address"] == "1 Long Road\r\nSecond line\r\nThird line".strip()


def test_windows_1252_and_tabs(db: Database, admin: Actor, tmp_path: Path) -> None:
    f = tmp_path / "legacy.txt"
    f.write_bytes(
        "Name\tEmail\tNotes\r\nZoë Müller\tzoe@example.org\tCafé – “Bäckerei”\r\n".encode("cp1252")
    )
    source = imports.read_source(f)
    assert source.encoding == "cp1252" and source.delimiter == "\t"
    _, result = run(db, admin, "members", f)
    assert result is not None and result.created == 1
    with db.transaction() as s:
        m = members.get(s, admin, result.ids[0])
    assert m.name == "Zoë Müller" and m.notes == "Café – “Bäckerei”"


def test_duplicates_within_the_file_are_errors(db: Database, admin: Actor, tmp_path: Path) -> None:
    f = tmp_path / "twice.csv"
    f.write_text(
        "number,name,email\n1,Ann,ann@example.org\n2,Bob,ANN@example.org\n1,Cyd,\n",
        encoding="utf-8",
    )
    preview, result = run(db, admin, "members", f)
    assert result is None
    assert [(e.line, e.column) for e in preview.errors] == [(3, "email"), (4, "number")]
    assert "line 2" in preview.errors[0].message
    assert counts(db)[0] == 0


def test_existing_members_are_reported_not_created(
    db: Database, admin: Actor, tmp_path: Path
) -> None:
    with db.transaction() as s:
        members.create(s, admin, members.MemberInput("Old Timer", email="old@example.org"),
                       member_id=7)  # fmt: skip
        members.create(s, admin, members.MemberInput("Chloé Dupont"))
    f = tmp_path / "m.csv"
    f.write_text(
        "number,name,email\n7, old  TIMER,\n,Old Timer,OLD@example.org\n,Chloe Dupont,\n"
        ",New One,\n",
        encoding="utf-8",
    )
    preview, result = run(db, admin, "members", f)
    assert result is not None and result.created == 1
    notes = [r.note for r in preview.duplicates]
    assert notes[0] == "member number 7, Old Timer"
    assert notes[1] == "OLD@example.org is member 7, Old Timer"
    assert "a member called Chloe Dupont already exists" in notes[2]  # accents folded


def test_xlsx_import_and_mapping(db: Database, admin: Actor, tmp_path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["Mitglied", "Surname", "Vorname", "Limit", "Since", "Directory"])
    ws.append([21, "Lovelace", "Ada", 150.5, date(2020, 5, 17), True])
    ws.append([22, "Turing", "Alan", 99, date(2021, 1, 2), False])
    ws.append([None, None, None, None, None, None])
    f = tmp_path / "people.xlsx"
    wb.save(f)
    flow = imports.ImportFlow("members")
    source = flow.choose_file(f)
    assert source.format == "xlsx" and [r.line for r in source.rows] == [2, 3]
    mapping = flow.to_mapping(["Mitglied=number"])
    assert mapping == {0: "number", 1: "last_name", 2: "first_name", 3: "credit_limit",
                       4: "joined_on", 5: "directory_consent"}  # fmt: skip
    with db.transaction() as s:
        preview = flow.run_preview(s, admin)
    assert preview.ok, preview.errors
    with db.transaction() as s:
        flow.commit(s, admin)
    with db.transaction() as s:
        ada = members.get(s, admin, 21)
    assert ada.name == "Ada Lovelace" and ada.credit_limit == 15050 and ada.directory_consent
    assert ada.joined_on == date(2020, 5, 17)


def test_the_flow_is_a_state_machine(db: Database, admin: Actor, bookkeeper: Actor) -> None:
    flow = imports.ImportFlow("balances")
    assert flow.step is imports.Step.CHOOSE_FILE
    with pytest.raises(imports.FlowError):
        flow.to_mapping()
    flow.choose_file(SAMPLES / "balances.csv")
    assert flow.step is imports.Step.FORMAT
    flow.set_format(delimiter="comma")  # wrong on purpose: one column
    assert flow.source is not None and len(flow.source.headers) == 1
    flow.set_format(delimiter="semicolon")
    flow.to_mapping()
    assert flow.mapping == {0: "member", 1: "balance"}
    flow.map_column(1, None)
    assert flow.mapping_problems() == ["No column is mapped to opening balance (balance)."]
    flow.map_column(1, "balance")
    assert flow.mapping_problems() == []
    with db.transaction() as s:
        preview = flow.run_preview(s, bookkeeper)  # anyone who reads may preview
    assert not preview.ok  # the members do not exist yet
    assert {e.message for e in preview.errors} == {
        f"there is no member number {i}." for i in (1, 2, 3, 4, 5)
    }
    assert not flow.can_commit
    run(db, admin, "members", SAMPLES / "members.csv")
    with db.transaction() as s:
        preview = flow.run_preview(s, bookkeeper)
    assert flow.can_commit
    with pytest.raises(PermissionDenied), db.transaction() as s:
        flow.commit(s, bookkeeper)
    assert flow.back() is imports.Step.MAPPING
    assert flow.back() is imports.Step.FORMAT
    assert flow.back() is imports.Step.CHOOSE_FILE and flow.source is None


def test_listings_rows_are_checked(db: Database, admin: Actor, tmp_path: Path) -> None:
    run(db, admin, "members", SAMPLES / "members.csv")
    f = tmp_path / "l.csv"
    f.write_text(
        "member,kind,category,title,price,expires\n"
        "1,offer,Food,Bread,4.5,\n"
        "99,offer,Food,Cake,,\n"
        "1,swap,Food,Jam,,\n"
        "2,want,,Eggs,,\n"
        "2,want,Food,Milk,1.234,\n"
        "2,want,Food,Honey,,2001-01-01\n"
        "1,offer,Food,bread,,\n",
        encoding="utf-8",
    )
    preview, result = run(db, admin, "listings", f)
    assert result is None
    assert [(e.line, e.column) for e in preview.errors] == [
        (3, "member"), (4, "kind"), (5, "category"), (6, "price"), (7, "expires"), (8, "title"),
    ]  # fmt: skip
    assert counts(db)[2:] == (0, 0)


def test_unreadable_and_empty_files(tmp_path: Path) -> None:
    f = tmp_path / "empty.csv"
    f.write_text("\n\n", encoding="utf-8")
    with pytest.raises(ValidationError, match="holds no data"):
        imports.read_source(f)
    with pytest.raises(Exception, match="no file"):
        imports.read_source(tmp_path / "missing.csv")
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(ValidationError, match="not a readable XLSX"):
        imports.read_source(bad)


@pytest.mark.parametrize(
    ("encoding", "text"),
    [
        ("cp1250", "Jméno;Email;Město\r\nJiří Dvořák;jiri@example.cz;Třeboň\r\n"
                   "Łukasz Wójcik;lukasz@example.pl;Łódź\r\n"),
        ("mac_roman", "Name,Email,Notes\rZoë Müller,zoe@example.org,Café “Bäckerei”\r"
                      "François Dœuf,f@example.org,Crème brûlée\r"),
        ("cp1252", "Name;Email\r\nJosé Núñez;jose@example.org\r\nSøren Ærø;s@example.org\r\n"),
    ],
)  # fmt: skip
def test_code_pages_other_than_windows_1252_are_detected(
    tmp_path: Path, encoding: str, text: str
) -> None:
    f = tmp_path / "legacy.csv"
    f.write_bytes(text.encode(encoding))
    source = imports.read_source(f)
    assert source.encoding == encoding
    first = text.replace("\r\n", "\n").replace("\r", "\n").splitlines()[1]
    assert source.rows[0].values == [v for v in first.replace(";", ",").split(",")]


def test_the_preview_only_reads(db: Database, admin: Actor) -> None:
    """The wizard checks a file in a READ ONLY transaction (ctx.query): so must the checks."""
    run(db, admin, "members", SAMPLES / "members.csv")
    for kind, name in (("balances", "balances.csv"), ("listings", "listings.csv")):
        flow = imports.ImportFlow(kind)
        flow.choose_file(SAMPLES / name)
        flow.to_mapping()
        preview = run_query(db, admin, flow.run_preview)
        assert preview.ok and preview.to_create, kind


# -- hostile and careless files (issue 13) -------------------------------------------


def test_a_nul_byte_and_terminal_escapes_are_named_by_line(
    db: Database, admin: Actor, tmp_path: Path
) -> None:
    """A NUL byte would end in "internal error: DataError" at the database; an escape in
    a listing's title would reach the terminal. Both are refused with their line."""
    run(db, admin, "members", SAMPLES / "members.csv")
    f = tmp_path / "l.csv"
    f.write_bytes(
        b"member,kind,category,title,description\n"
        b"1,offer,Food,Bread,fresh\n"
        b"1,offer,Food,Ca\x00ke,\n"
        b"2,want,Food,Eggs\x1b[2J,\n"
        b"2,want,Food,Milk,\xe2\x80\xaegpj.exe\n"
    )
    preview, result = run(db, admin, "listings", f)
    assert result is None
    assert [(e.line, e.column) for e in preview.errors] == [
        (3, "title"), (4, "title"), (5, "description"),
    ]  # fmt: skip
    assert "NUL" in preview.errors[0].message and "ESC" in preview.errors[1].message
    assert counts(db)[2] == 0


def test_a_row_repeating_the_email_of_a_row_with_errors_is_named_at_once(
    db: Database, admin: Actor, tmp_path: Path
) -> None:
    f = tmp_path / "m.csv"
    f.write_text(
        "name,email,joined_on\n"
        "Ann,ann@example.org,not a date\n"
        "Ann Archer,ANN@example.org,2024-01-02\n"
        "Bob,,\n"
        "Bob,,\n",
        encoding="utf-8",
    )
    preview, result = run(db, admin, "members", f)
    assert result is None
    found = [(e.line, e.column) for e in preview.errors]
    assert found == [(2, "joined_on"), (3, "email"), (5, "name")]
    assert "also on line 2" in preview.errors[1].message
    assert "also on line 4" in preview.errors[2].message
    assert counts(db)[0] == 0


def test_a_joining_day_in_the_future_is_refused(db: Database, admin: Actor, tmp_path: Path) -> None:
    f = tmp_path / "m.csv"
    f.write_text("name,joined_on\nAnn,2024-01-02\nBob,2999-01-01\n", encoding="utf-8")
    preview, result = run(db, admin, "members", f)
    assert result is None
    assert [(e.line, e.column) for e in preview.errors] == [(3, "joined_on")]
    assert "in the future" in preview.errors[0].message


def test_opening_balances_are_refused_for_accounts_with_history(
    db: Database, admin: Actor, tmp_path: Path
) -> None:
    run(db, admin, "members", SAMPLES / "members.csv")
    with db.transaction() as s:
        ledger.transfer(s, admin, 1, 2, 500, "bread")
    f = tmp_path / "b.csv"
    f.write_text("member,balance\n1,10\n3,-5\n", encoding="utf-8")
    preview, result = run(db, admin, "balances", f)
    assert result is None
    assert [(e.line, e.column) for e in preview.errors] == [(2, "member")]
    assert "already has 1 ledger entry" in preview.errors[0].message
    assert "comes before any trade" in preview.errors[0].message


@pytest.mark.parametrize(
    ("kind", "service", "name", "text"),
    [
        ("members", "validate", "name", "name\nAnn\nBob\n"),  # enrolment's check of a row
        (
            "listings",
            "add",
            "title",
            "member,kind,category,title\n1,offer,Food,Bread\n2,offer,Food,Bob\n",
        ),
    ],
)
def test_a_refusal_while_writing_names_the_line_and_imports_nothing(
    db: Database,
    admin: Actor,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    kind: str,
    service: str,
    name: str,
    text: str,
) -> None:
    """A row the check let through but a service refuses when it is written (someone
    changed the data in between): the refusal with its line, and no row of the file stays."""
    run(db, admin, "members", SAMPLES / "members.csv")
    module = enrolment if kind == "members" else listings
    real = getattr(module, service)

    def refuse_bob(*args: object, **kw: object) -> object:
        data = args[-1]  # validate(data); add(session, actor, data)
        if getattr(data, name) == "Bob":
            raise Refused("Bob's row is refused now.", hint="Check Bob's row again.")
        return real(*args, **kw)

    monkeypatch.setattr(module, service, refuse_bob)
    f = tmp_path / f"{kind}.csv"
    f.write_text(text, encoding="utf-8")
    before = counts(db)
    with pytest.raises(ValidationError) as refused:
        run(db, admin, kind, f)
    assert refused.value.message == "Line 3: Bob's row is refused now. Nothing was imported."
    assert refused.value.hint == "Check Bob's row again."
    assert counts(db) == before
