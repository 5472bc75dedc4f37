"""Files a bookkeeper opens elsewhere: the hledger journal (checked by hledger itself
where it is installed), Beancount's income and expense accounts, XLSX print setup, CSV
in the locale's spreadsheet dialect."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from collections import defaultdict
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
import sqlalchemy as sa

from localex_desktop.db.connection import Database
from localex_desktop.domain.roles import Actor
from localex_desktop.services import exports, ledger, members, reports

from .test_exports import check_beancount_rules
from .test_reports import History, build_history

HLEDGER = os.environ.get("HLEDGER") or shutil.which("hledger")
needs_hledger = pytest.mark.skipif(HLEDGER is None, reason="hledger is not installed")


@pytest.fixture
def history(db: Database, admin: Actor) -> History:
    h = build_history(db, admin)
    with db.transaction() as s:
        members.update(s, admin, h.ids["Eve"], name="Łukasz Żółć")
        fees = ledger.system_account(s, "fees")
        eve = ledger.balance(s, admin, h.ids["Eve"]).account_id
        ledger.post(s, admin, "adjustment", [(eve, -50), (fees, 50)], "card fee; March")
    return h


_HPOSTING = re.compile(r"^    (\S+)  (-?\d+\.\d{2}) CR$")
_HASSERT = re.compile(r"^    (\S+)  0\.00 CR = (-?\d+\.\d{2}) CR$")


def check_journal_rules(text: str) -> dict[str, Decimal]:
    """What the journal promises, read without hledger: declared accounts, balanced
    transactions in date order, assertions equal to the sums; returns the assertions."""
    declared: set[str] = set()
    sums: dict[str, Decimal] = defaultdict(Decimal)
    asserted: dict[str, Decimal] = {}
    legs: list[Decimal] = []
    last = ""
    for line in [*text.splitlines(), ""]:
        if m := re.match(r"^account (\S+)  ; type: [AXE]$", line):
            declared.add(m.group(1))
        elif m := re.match(r"^(\d{4}-\d{2}-\d{2}) \* ", line):
            assert m.group(1) >= last, f"out of date order: {line}"
            last = m.group(1)
            legs = []
        elif m := _HPOSTING.match(line):
            assert m.group(1) in declared, line
            legs.append(Decimal(m.group(2)))
            sums[m.group(1)] += Decimal(m.group(2))
        elif m := _HASSERT.match(line):
            asserted[m.group(1)] = Decimal(m.group(2))
        elif not line.strip():
            assert sum(legs) == 0
            legs = []
    assert asserted and all(sums.get(k, Decimal(0)) == v for k, v in asserted.items())
    return asserted


def test_hledger_journal(db: Database, bookkeeper: Actor, history: History, tmp_path: Path) -> None:
    path = tmp_path / "exchange.journal"
    with db.transaction() as s:
        summary = exports.export_hledger(s, bookkeeper, path)
        tb = reports.trial_balance(s, bookkeeper, date.today())
        n_tx = s.scalar(sa.text("SELECT count(*) FROM transactions"))
    text = path.read_text(encoding="utf-8")
    assert summary.transactions == n_tx and summary.commodity == "CR"
    asserted = check_journal_rules(text)
    assert len(asserted) == len(tb.rows) and sum(asserted.values()) == 0
    eve = history.ids["Eve"]
    by_member = {r.member_id: r.balance for r in tb.rows}
    assert asserted[f"Assets:Members:{eve:04d}-Lukasz-Zolc"] == Decimal(by_member[eve]) / 100
    # the levy and the fee are expenses of the members: an income statement shows them
    assert asserted["Expenses:Community-Fund"] > 0 and asserted["Expenses:Fees"] == Decimal("0.50")
    assert "Equity:Opening-Balances" in asserted
    # the value date, the transaction's number as the code, its memo, kind as a tag
    levy = history.tx["levy"]
    assert f"2025-02-20 * ({levy}) yearly fee\n    ; kind:levy, posted-at:" in text
    assert ") card fee, March\n" in text  # a ';' would start a comment
    assert "reverses:" in text


@needs_hledger
def test_hledger_checks_the_journal(
    db: Database, bookkeeper: Actor, history: History, tmp_path: Path
) -> None:
    """hledger itself: the strict checks (accounts and commodity declared, balance
    assertions, dates in order), and its income statement is not empty."""
    path = tmp_path / "exchange.journal"
    with db.transaction() as s:
        exports.export_hledger(s, bookkeeper, path)
    assert HLEDGER is not None
    proc = subprocess.run(
        [HLEDGER, "-f", str(path), "check", "--strict", "ordereddates"],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stdout + proc.stderr
    proc = subprocess.run(
        [HLEDGER, "-f", str(path), "check"], capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    proc = subprocess.run(
        [HLEDGER, "-f", str(path), "incomestatement", "--flat", "-O", "csv"],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert "Expenses:Community-Fund" in proc.stdout and "Expenses:Fees" in proc.stdout
    # a journal a balance assertion contradicts is refused: the check is real
    bad = tmp_path / "bad.journal"
    bad.write_text(re.sub(r"(Expenses:Fees  0\.00 CR = )0\.50", r"\g<1>0.60", path.read_text()))
    proc = subprocess.run(
        [HLEDGER, "-f", str(bad), "check"], capture_output=True, text=True, timeout=120
    )
    assert proc.returncode != 0


def test_beancount_has_expense_accounts_for_an_income_statement(
    db: Database, bookkeeper: Actor, history: History, tmp_path: Path
) -> None:
    path = tmp_path / "exchange.beancount"
    with db.transaction() as s:
        exports.export_beancount(s, bookkeeper, path)
    text = path.read_text(encoding="utf-8")
    asserted = check_beancount_rules(text)
    assert asserted["Expenses:Community-Fund"] > 0 and asserted["Expenses:Fees"] == Decimal("0.50")
    assert f"Assets:Members:{history.ids['Eve']:04d}-Lukasz-Zolc" in asserted
    assert '2025-02-20 * "yearly fee" #levy' in text
    assert exports.beancount_account(None, "fees", "Fees") == "Expenses:Fees"
    assert exports.beancount_account(None, "opening_balances", "Opening balances") == (
        "Equity:Opening-Balances"
    )
    bean_check = os.environ.get("BEAN_CHECK") or shutil.which("bean-check")
    if bean_check:
        proc = subprocess.run([bean_check, str(path)], capture_output=True, text=True, timeout=120)
        assert proc.returncode == 0, proc.stdout + proc.stderr


# -- XLSX print setup ----------------------------------------------------------------------


def test_xlsx_sheets_print_landscape_fitted_to_width_with_the_header_on_each_page(
    db: Database, bookkeeper: Actor, history: History, tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    with db.transaction() as s:
        table = exports.transactions_table(s, bookkeeper)
        volume = exports.report_tables(reports.volume(s, bookkeeper), ledger.currency(s))
    exports.write_table(table, tmp_path / "ledger.xlsx")
    exports.write_tables(volume, tmp_path / "volume.xlsx")
    for name, sheets in (("ledger.xlsx", 1), ("volume.xlsx", 2)):
        wb = load_workbook(tmp_path / name)
        assert len(wb.worksheets) == sheets
        for ws in wb.worksheets:
            assert ws.page_setup.orientation == "landscape", ws.title
            assert ws.sheet_properties.pageSetUpPr.fitToPage is True
            # one page wide (1 is the file format's default, which XlsxWriter leaves out),
            # as many pages down as it takes (0)
            assert int(ws.page_setup.fitToWidth or 1) == 1
            assert int(ws.page_setup.fitToHeight) == 0
            assert ws.print_title_rows in ("1:1", "$1:$1"), ws.print_title_rows
            assert ws.freeze_panes == "A2"  # and still kept in view on screen
        wb.close()


# -- CSV in the locale's spreadsheet dialect -------------------------------------------


@pytest.mark.parametrize(
    ("env", "decimal"),
    [
        ({"LANG": "de_DE.UTF-8"}, ","),
        ({"LANG": "en_GB.UTF-8", "LC_NUMERIC": "fr_FR.UTF-8"}, ","),
        ({"LC_ALL": "en_US.UTF-8", "LANG": "de_DE.UTF-8"}, "."),
        ({"LANG": "de_CH.UTF-8"}, "."),
        ({"LANG": "pt_BR"}, ","),
        ({"LANG": "sr_RS@latin"}, ","),
        ({"LANG": "C.UTF-8"}, "."),
        ({}, "."),
    ],
)
def test_the_locale_dialect_follows_the_environment(env: dict[str, str], decimal: str) -> None:
    assert exports.environment_decimal(env) == decimal
    d = exports.locale_dialect(env)
    assert (d.delimiter, d.decimal) == ((";", ",") if decimal == "," else (",", "."))


def test_csv_in_the_spreadsheet_dialect(
    db: Database, bookkeeper: Actor, history: History, tmp_path: Path
) -> None:
    import csv

    with db.transaction() as s:
        table = exports.transactions_table(s, bookkeeper)
        velocity = exports.report_tables(reports.velocity(s, bookkeeper), ledger.currency(s))
    comma = exports.dialect_for(",")
    plain, local = tmp_path / "plain.csv", tmp_path / "local.csv"
    assert exports.write_table(table, plain) == exports.write_table(table, local, dialect=comma)
    plain_text = plain.read_bytes().decode("utf-8-sig")
    local_text = local.read_bytes().decode("utf-8-sig")
    assert local_text.splitlines()[0] == ";".join(table.headers)
    p_rows = list(csv.reader(plain_text.splitlines()))
    l_rows = list(csv.reader(local_text.splitlines(), delimiter=";"))
    amount = table.headers.index("amount")
    memo = table.headers.index("memo")
    assert len(p_rows) == len(l_rows) == len(table.data_rows) + 1
    for p, loc in zip(p_rows[1:], l_rows[1:], strict=True):
        assert loc[amount] == p[amount].replace(".", ",") and "," in loc[amount]
        assert loc[memo] == p[memo]  # text as it is
        assert Decimal(loc[amount].replace(",", ".")) == Decimal(p[amount])
    # a memo holding the delimiter is quoted, dates stay ISO (every spreadsheet reads them)
    assert '"card fee; March"' in local_text
    assert re.search(r";2025-02-20;", local_text)
    # report files too; ratios get the decimal comma as well
    exports.write_tables(velocity, tmp_path / "velocity.csv", dialect=comma)
    row = (tmp_path / "velocity.csv").read_bytes().decode("utf-8-sig").splitlines()[1]
    assert row.count(";") == 4 and "." not in row.split(";", 2)[2]
