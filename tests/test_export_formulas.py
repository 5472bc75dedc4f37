"""Names imported as spreadsheet formulas reach every export as text, never as formulas;
amounts stay numbers (a negative one too)."""

from __future__ import annotations

import csv
import io
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest

from localex_desktop.cli.main import main
from localex_desktop.db.connection import Database
from localex_desktop.domain.roles import Actor
from localex_desktop.services import exports, imports, ledger

FORMULAS = [
    '=HYPERLINK("http://x","y")',
    "+cmd|' /C calc'!A0",
    "@SUM(A1)",
    "-2+3+cmd",
]


@pytest.fixture
def imported(db: Database, admin: Actor, tmp_path: Path) -> list[int]:
    """The four names brought in through the import, as a coordinator would, and a
    transfer that leaves the first of them at -12.34."""
    source = tmp_path / "members.csv"
    with source.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["Name", "Email"])
        for i, name in enumerate(FORMULAS):
            w.writerow([name, f"m{i}@example.org"])
    flow = imports.ImportFlow("members")
    flow.choose_file(source)
    flow.to_mapping(())
    with db.transaction() as s:
        assert flow.run_preview(s, admin).ok
    with db.transaction() as s:
        result = flow.commit(s, admin)
    assert result.created == 4
    with db.transaction() as s:
        ledger.transfer(s, admin, 1, 2, 1234, "=1+1")
    return [1, 2, 3, 4]


def _csv(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline="")))


def test_csv_gets_a_leading_quote_and_amounts_stay_plain(
    db: Database, admin: Actor, imported: list[int], tmp_path: Path
) -> None:
    url = db.url.render_as_string(hide_password=False)
    assert main(["--database-url", url, "export", "members", "--out", str(tmp_path / "m.csv")]) == 0
    rows = _csv(tmp_path / "m.csv")
    assert [r["name"] for r in rows] == ["'" + n for n in FORMULAS]
    assert [r["balance"] for r in rows] == ["-12.34", "12.34", "0.00", "0.00"]
    out = tmp_path / "t.csv"
    assert main(["--database-url", url, "export", "transactions", "--out", str(out)]) == 0
    tx = _csv(out)
    assert {r["memo"] for r in tx} == {"'=1+1"}
    assert {r["account_name"] for r in tx} == {"'" + FORMULAS[0], "'" + FORMULAS[1]}
    assert sorted(r["amount"] for r in tx) == ["-12.34", "12.34"]


def test_xlsx_stores_text_as_text_and_amounts_as_numbers(
    db: Database, admin: Actor, imported: list[int], tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    with db.transaction() as s:
        tables = [exports.members_table(s, admin), exports.transactions_table(s, admin)]
    path = tmp_path / "all.xlsx"
    exports.write_tables(tables, path)
    wb = load_workbook(path)
    members_sheet, tx_sheet = wb.worksheets
    header = [c.value for c in members_sheet[1]]
    name_col, balance_col = header.index("name") + 1, header.index("balance") + 1
    names = [members_sheet.cell(row=i + 2, column=name_col) for i in range(len(FORMULAS))]
    assert [c.value for c in names] == FORMULAS
    assert {c.data_type for c in names} == {"s"}
    first_balance = members_sheet.cell(row=2, column=balance_col)
    assert first_balance.data_type == "n"
    assert Decimal(repr(first_balance.value)) == Decimal("-12.34")
    tx_header = [c.value for c in tx_sheet[1]]
    memo = tx_sheet.cell(row=2, column=tx_header.index("memo") + 1)
    amounts = {tx_sheet.cell(row=r, column=tx_header.index("amount") + 1).value for r in (2, 3)}
    assert (memo.value, memo.data_type) == ("=1+1", "s")
    assert {Decimal(repr(a)) for a in amounts} == {Decimal("-12.34"), Decimal("12.34")}
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if name.startswith("xl/worksheets/"):
                assert "<f>" not in z.read(name).decode(), name


def test_beancount_quotes_the_names_and_memos(
    db: Database, admin: Actor, imported: list[int]
) -> None:
    """Beancount has no formulas; its strings are quoted and its account names are
    made of letters and digits only."""
    with db.transaction() as s:
        text = exports.beancount_text(s, admin)
    assert '* "=1+1"' in text
    assert "Assets:Members:0001-HYPERLINK-Http-X-Y" in text
    assert "|" not in text and "@SUM" not in text


def test_beancount_writes_old_control_characters_as_escapes(
    db: Database, admin: Actor, imported: list[int]
) -> None:
    """Text stored before the rule (here the exchange's name, written past the checks)
    reaches the file as ``\\x1b``, never as the escape a terminal would obey."""
    from localex_desktop.services import settings

    with db.transaction() as s:
        settings._write(s, "exchange_name", "Town\x1b[2J LETS")
        text = exports.beancount_text(s, admin)
    assert "\x1b" not in text and 'option "title" "Town\\\\x1b[2J LETS"' in text


def test_exports_are_readable_by_their_owner_only(
    db: Database, admin: Actor, imported: list[int], tmp_path: Path
) -> None:
    """Names and balances: 0600 from the first byte (a looser leftover .part too)."""
    import stat

    with db.transaction() as s:
        table = exports.members_table(s, admin)
        (tmp_path / "m.csv.part").write_text("left over")
        (tmp_path / "m.csv.part").chmod(0o644)
        exports.write_table(table, tmp_path / "m.csv")
        exports.write_tables([table], tmp_path / "m.xlsx")
        exports.export_beancount(s, admin, tmp_path / "books.beancount")
    for name in ("m.csv", "m.xlsx", "books.beancount"):
        assert stat.S_IMODE((tmp_path / name).stat().st_mode) == 0o600, name
    assert not (tmp_path / "m.csv.part").exists()
