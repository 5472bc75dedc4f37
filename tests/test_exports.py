"""Exports: the files hold exactly the ledger's data, re-import to the same, and the
Beancount journal is valid and balances to the trial balance."""

from __future__ import annotations

import csv
import io
import os
import re
import shutil
import subprocess
import zipfile
from collections import defaultdict
from collections.abc import Iterator
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
import sqlalchemy as sa

from localex_desktop.db.connection import Database
from localex_desktop.db.embedded import EmbeddedServer
from localex_desktop.domain.errors import ValidationError
from localex_desktop.domain.roles import Actor, Role
from localex_desktop.services import exports, imports, ledger, listings, reports, trades

from .conftest import scratch_database
from .test_imports import SAMPLES, run
from .test_reports import History, build_history


@pytest.fixture
def history(db: Database, admin: Actor) -> History:
    return build_history(db, admin)


@pytest.fixture
def other_db(pg_server: EmbeddedServer) -> Iterator[Database]:
    """A second migrated database, to import an export into."""
    with scratch_database(pg_server) as database:
        yield database


def read_csv(path: Path) -> list[dict[str, str]]:
    text = path.read_bytes().decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text, newline="")))


def read_xlsx(path: Path) -> list[dict[str, object]]:
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True)
    rows = list(wb.worksheets[0].iter_rows(values_only=True))
    wb.close()
    return [dict(zip(rows[0], r, strict=True)) for r in rows[1:]]  # type: ignore[arg-type]


def test_transactions_export_is_exact(
    db: Database, bookkeeper: Actor, history: History, tmp_path: Path
) -> None:
    with db.transaction() as s:
        table = exports.transactions_table(s, bookkeeper)
        raw = s.execute(
            sa.text(
                "SELECT e.transaction_id, e.account_id, e.amount, e.balance_after "
                "FROM entries e ORDER BY e.transaction_id, e.account_id"
            )
        ).all()
    n = exports.write_table(table, tmp_path / "tx.csv")
    exports.write_table(table, tmp_path / "tx.xlsx")
    assert n == len(raw)
    rows = read_csv(tmp_path / "tx.csv")
    got = [
        (int(r["transaction"]), int(r["account"]), r["amount"], r["balance_after"]) for r in rows
    ]
    want = [
        (r.transaction_id, r.account_id, f"{Decimal(r.amount) / 100:.2f}",
         f"{Decimal(r.balance_after) / 100:.2f}")
        for r in raw
    ]  # fmt: skip
    assert got == want
    # the spreadsheet: numbers with two decimal places, exactly the same values
    xrows = read_xlsx(tmp_path / "tx.xlsx")
    assert [(r["transaction"], r["account"], Decimal(repr(r["amount"]))) for r in xrows] == [
        (t, a, Decimal(x)) for t, a, x, _ in want
    ]
    with zipfile.ZipFile(tmp_path / "tx.xlsx") as z:
        sheet = z.read("xl/worksheets/sheet1.xml").decode()
    # amounts (columns N and O) are written as decimal text, never as binary-float noise
    cells = re.findall(r'<c r="[NO]\d+"[^>]*><v>([^<]*)</v>', sheet)
    assert len(cells) == 2 * len(raw)
    assert all(re.fullmatch(r"-?\d+(\.\d{1,2})?", v) for v in cells), cells


def test_exports_honour_the_view_filters(
    db: Database, bookkeeper: Actor, history: History, tmp_path: Path
) -> None:
    ann = history.ids["Ann"]
    with db.transaction() as s:
        mine = exports.transactions_table(s, bookkeeper, ledger.JournalFilter(member_id=ann))
        levies = exports.transactions_table(s, bookkeeper, ledger.JournalFilter(kind="levy"))
        who = exports.members_table(s, bookkeeper, "Ann")
        tr = exports.trades_table(s, bookkeeper, trades.TradeFilter(member_id=ann))
        audit = exports.audit_table(s, bookkeeper, exports.AuditFilter(entity="trade"))
    tx_ids = {r[0] for r in mine.rows}
    with db.transaction() as s:
        acc = ledger.balance(s, bookkeeper, ann).account_id
        expected = set(
            s.scalars(
                sa.text("SELECT transaction_id FROM entries WHERE account_id = :a"), {"a": acc}
            )
        )
    assert tx_ids == expected
    assert {r[3] for r in levies.rows} == {"levy"}
    assert [r[1] for r in who.rows] == ["Ann Tester"]
    assert {r[0] for r in tr.rows} and all(ann in (r[2], r[4]) for r in tr.rows)
    assert audit.rows and {r[5] for r in audit.rows} == {"trade"}
    assert exports.write_table(tr, tmp_path / "t.xlsx") == len(tr.rows)
    with pytest.raises(ValidationError, match=r"\.csv or \.xlsx"):
        exports.write_table(tr, tmp_path / "t.pdf")


def test_members_export_reimports_to_the_same(
    db: Database, other_db: Database, admin: Actor, tmp_path: Path
) -> None:
    run(db, admin, "members", SAMPLES / "members.csv")
    with db.transaction() as s:
        first = exports.members_table(s, admin)
    exports.write_table(first, tmp_path / "members.csv")
    exports.write_table(first, tmp_path / "members.xlsx")
    _, result = run(other_db, admin, "members", tmp_path / "members.csv")
    assert result is not None and result.created == 5
    with other_db.transaction() as s:
        second = exports.members_table(s, admin)
    keep = [i for i, h in enumerate(first.headers) if h not in ("balance",)]
    assert [[r[i] for i in keep] for r in second.rows] == [[r[i] for i in keep] for r in first.rows]
    # the XLSX export reads back as the same rows too (and imports: all duplicates now)
    preview, result = run(other_db, admin, "members", tmp_path / "members.xlsx")
    assert result is not None and result.created == 0 and len(preview.duplicates) == 5
    xrows = read_xlsx(tmp_path / "members.xlsx")
    assert [Decimal(repr(r["credit_limit"])) for r in xrows] == [r[9] for r in first.rows]


def test_listings_and_balances_reimport(
    db: Database, other_db: Database, admin: Actor, tmp_path: Path
) -> None:
    for target in (db, other_db):
        run(target, admin, "members", SAMPLES / "members.csv")
    run(db, admin, "listings", SAMPLES / "listings.csv")
    run(db, admin, "balances", SAMPLES / "balances.csv")
    with db.transaction() as s:
        table = exports.listings_table(s, admin)
        bal = exports.report_tables(
            reports.balances_at(s, admin, date.today(), members_only=True),
            ledger.currency(s),
        )[0]
    exports.write_table(table, tmp_path / "listings.xlsx")
    exports.write_table(bal, tmp_path / "balances.csv")
    _, result = run(other_db, admin, "listings", tmp_path / "listings.xlsx")
    assert result is not None and result.created == 6
    _, result = run(other_db, admin, "balances", tmp_path / "balances.csv")
    assert result is not None and result.created == 4
    with db.transaction() as s, other_db.transaction() as t:
        a = [(x.member_id, x.kind, x.category_path, x.title, x.price, x.unit)
             for x in listings.search(s, admin, sort="id")]  # fmt: skip
        b = [(x.member_id, x.kind, x.category_path, x.title, x.price, x.unit)
             for x in listings.search(t, admin, sort="id")]  # fmt: skip
        assert a == b
        for m in range(1, 6):
            assert ledger.balance(s, admin, m).balance == ledger.balance(t, admin, m).balance


# -- Beancount ---------------------------------------------------------------------------

_ACCOUNT = re.compile(r"^(Assets|Liabilities|Equity|Income|Expenses)(:[A-Z0-9][A-Za-z0-9-]*)+$")
_POSTING = re.compile(r"^  (\S+)  (-?\d+\.\d{2}) ([A-Z][A-Z0-9'._-]*[A-Z0-9])$")


def check_beancount_rules(text: str) -> dict[str, Decimal]:
    """The parts of Beancount's grammar and rules the export relies on; returns the
    balances asserted at the end."""
    opened: set[str] = set()
    balances: dict[str, Decimal] = defaultdict(Decimal)
    asserted: dict[str, Decimal] = {}
    legs: list[Decimal] = []
    in_tx = False
    for line in text.splitlines():
        if not line.strip() or line.startswith(";") or line.startswith("option "):
            if in_tx:
                assert sum(legs) == 0, "a transaction does not balance"
                in_tx, legs = False, []
            continue
        if re.match(r"^\d{4}-\d{2}-\d{2} open ", line):
            name = line.split()[2]
            assert _ACCOUNT.match(name), name
            opened.add(name)
        elif re.match(r'^\d{4}-\d{2}-\d{2} \* "(?:[^"\\]|\\.)*"( #[a-z]+)?$', line):
            in_tx = True
        elif m := _POSTING.match(line):
            assert in_tx and m.group(1) in opened, line
            legs.append(Decimal(m.group(2)))
            balances[m.group(1)] += Decimal(m.group(2))
        elif re.match(r"^  [a-z][a-zA-Z0-9_-]*: ", line):
            assert in_tx or "name:" in line
        elif m := re.match(r"^\d{4}-\d{2}-\d{2} balance (\S+)  (-?\d+\.\d{2}) [A-Z]+$", line):
            asserted[m.group(1)] = Decimal(m.group(2))
        elif re.match(r"^\d{4}-\d{2}-\d{2} commodity [A-Z]+$", line):
            pass
        else:
            raise AssertionError(f"unexpected line: {line!r}")
    assert in_tx is False or sum(legs) == 0
    for name, amount in asserted.items():
        assert balances.get(name, Decimal(0)) == amount, name
    return asserted


def test_beancount_export(
    db: Database, bookkeeper: Actor, history: History, tmp_path: Path
) -> None:
    from localex_desktop.services import members

    with db.transaction() as s:
        members.update(s, bookkeeper.__class__("t", admin_role()), history.ids["Eve"],
                       name="Ève O'Brien-Smith")  # fmt: skip
        ledger.transfer(
            s, bookkeeper.__class__("t", admin_role()), history.ids["Eve"], history.ids["Ann"],
            5, 'He said "thanks" \\ twice',
        )  # fmt: skip
        path = tmp_path / "ledger.beancount"
        summary = exports.export_beancount(s, bookkeeper, path)
        tb = reports.trial_balance(s, bookkeeper, date.today())
        n_tx = s.scalar(sa.text("SELECT count(*) FROM transactions"))
    text = path.read_text(encoding="utf-8")
    assert summary.transactions == n_tx and summary.commodity == "CR"
    asserted = check_beancount_rules(text)
    assert len(asserted) == len(tb.rows)
    assert sum(asserted.values()) == 0
    assert "Expenses:Community-Fund" in asserted and "Equity:Opening-Balances" in asserted
    by_member = {r.member_id: r.balance for r in tb.rows}
    ann, eve = history.ids["Ann"], history.ids["Eve"]
    assert asserted[f"Assets:Members:{ann:04d}-Ann-Tester"] == Decimal(by_member[ann]) / 100
    assert asserted[f"Assets:Members:{eve:04d}-Eve-O-Brien-Smith"] == Decimal(by_member[eve]) / 100
    assert '"He said \\"thanks\\" \\\\ twice" #transfer' in text
    assert "#reversal" in text and "localex-reverses:" in text
    # the real checker where it is installed (`pip install beancount`, or BEAN_CHECK=path)
    bean_check = os.environ.get("BEAN_CHECK") or shutil.which("bean-check")
    if bean_check:
        proc = subprocess.run([bean_check, str(path)], capture_output=True, text=True, timeout=120)
        assert proc.returncode == 0, proc.stdout + proc.stderr


def admin_role() -> Role:
    return Role.ADMIN


def test_beancount_names() -> None:
    assert exports.beancount_account(12, None, "Ada Lovelace") == "Assets:Members:0012-Ada-Lovelace"
    assert exports.beancount_account(3, None, "Zoë  O'Brien") == "Assets:Members:0003-Zoe-O-Brien"
    assert exports.beancount_account(4, None, "李小龍") == "Assets:Members:0004"
    assert exports.beancount_account(None, "community_fund", "Community fund") == (
        "Expenses:Community-Fund"
    )
    from localex_desktop.domain.money import Currency

    assert exports.beancount_commodity(Currency("Hours", "h", 2)) == "HOURS"
    assert exports.beancount_commodity(Currency("Credits", "Cr", 2)) == "CR"
    assert exports.beancount_commodity(Currency("€", "€", 2)) == "LOCAL"


def test_reports_to_files(
    db: Database, bookkeeper: Actor, history: History, tmp_path: Path
) -> None:
    with db.transaction() as s:
        cur = ledger.currency(s)
        vol = reports.volume(s, bookkeeper)
        tb = reports.trial_balance(s, bookkeeper, date.today())
    n = exports.write_tables(exports.report_tables(vol, cur), tmp_path / "volume.xlsx")
    assert n == len(vol.by_month) + len(vol.by_category)  # the totals are not data
    exports.write_tables(exports.report_tables(tb, cur), tmp_path / "tb.csv")
    rows = read_csv(tmp_path / "tb.csv")
    assert len(rows) == len(tb.rows) and "TOTAL" not in {r["name"] for r in rows}
    assert sum(Decimal(r["balance"]) for r in rows) == 0
    # imports read what exports write, whatever the separator
    source = imports.read_source(tmp_path / "tb.csv")
    assert source.headers[0] == "account" and len(source.rows) == len(rows)


def test_a_spreadsheet_sum_of_a_report_column_counts_each_amount_once(
    db: Database, bookkeeper: Actor, history: History, tmp_path: Path
) -> None:
    """The TOTAL rows stay on screen and paper, but a file holds data rows only: a
    spreadsheet's SUM of the volume column is the total, not twice the total."""
    from openpyxl import load_workbook

    with db.transaction() as s:
        cur = ledger.currency(s)
        vol = reports.volume(s, bookkeeper)
        tb = reports.trial_balance(s, bookkeeper, date.today())
    total = Decimal(vol.total.volume) / 100
    assert total > 0
    tables = exports.report_tables(vol, cur)
    assert all(t.rows[-1][0] == "TOTAL" and t.footer == 1 for t in tables)  # for people
    exports.write_tables(tables, tmp_path / "volume.csv")
    exports.write_tables(tables, tmp_path / "volume.xlsx")
    blocks = (tmp_path / "volume.csv").read_bytes().decode("utf-8-sig").split("\r\n\r\n")
    assert len(blocks) == 2
    for block in blocks:
        rows = list(csv.DictReader(io.StringIO(block, newline="")))
        assert "TOTAL" not in {next(iter(r.values())) for r in rows}
        assert sum(Decimal(r["volume"]) for r in rows) == total
    wb = load_workbook(tmp_path / "volume.xlsx")
    for ws in wb.worksheets:
        values = list(ws.iter_rows(values_only=True))
        column = values[0].index("volume")
        assert "TOTAL" not in {v[0] for v in values}
        assert sum(Decimal(repr(v[column])) for v in values[1:]) == total
    exports.write_tables(exports.report_tables(tb, cur), tmp_path / "tb.xlsx")
    xrows = read_xlsx(tmp_path / "tb.xlsx")
    assert len(xrows) == len(tb.rows) and "TOTAL" not in {r["name"] for r in xrows}


# -- headers, formulas ---------------------------------------------------------------

HEADERS = {
    "members": [
        "number", "name", "email", "phone", "address", "status", "joined_on", "left_on",
        "directory_consent", "credit_limit", "upper_limit", "balance", "notes",
    ],
    "listings": [
        "id", "member", "member_name", "kind", "category", "title", "description", "price",
        "unit", "status", "expires_on", "created_at",
    ],
    "trades": [
        "id", "traded_on", "buyer", "buyer_name", "seller", "seller_name", "amount",
        "description", "category", "listing", "status", "slip_number", "transaction",
        "reversal_transaction", "note", "resolution", "created_by", "created_at",
    ],
    "transactions": [
        "transaction", "value_date", "posted_at", "kind", "memo", "category", "reverses",
        "reversed_by", "reason", "actor", "account", "account_name", "member", "amount",
        "balance_after",
    ],
    "audit": [
        "id", "at", "actor", "operator_id", "action", "entity", "entity_id", "before", "after",
    ],
}  # fmt: skip


def test_the_files_headers_are_those_of_the_first_release(
    db: Database, bookkeeper: Actor, history: History
) -> None:
    with db.transaction() as s:
        for what, exporter in exports.EXPORTERS.items():
            table = exporter(s, bookkeeper)
            assert table.headers == HEADERS[what], what
            assert all(len(r) == len(table.headers) for r in table.rows)


FORMULAS = [
    '=HYPERLINK("http://example.org/x","Click me")',
    "+1+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
]


def test_text_that_looks_like_a_formula_stays_text(
    db: Database, admin: Actor, tmp_path: Path
) -> None:
    """Names typed (or imported) as formulas reach the files as text, never as formulas;
    amounts stay numbers, negative ones too."""
    from openpyxl import load_workbook

    from localex_desktop.services import members

    with db.transaction() as s:
        ids = [members.create(s, admin, members.MemberInput(name=n)).id for n in FORMULAS]
        ledger.transfer(s, admin, ids[0], ids[1], 1234, "=1+1")
        table = exports.members_table(s, admin)
    exports.write_table(table, tmp_path / "m.csv")
    exports.write_table(table, tmp_path / "m.xlsx")
    rows = read_csv(tmp_path / "m.csv")
    assert [r["name"] for r in rows] == ["'" + n for n in FORMULAS]
    assert [r["balance"] for r in rows][:2] == ["-12.34", "12.34"]
    sheet = load_workbook(tmp_path / "m.xlsx").active
    assert sheet is not None
    names = [sheet.cell(row=i + 2, column=2) for i in range(len(FORMULAS))]
    assert [c.value for c in names] == FORMULAS and {c.data_type for c in names} == {"s"}
    balance = sheet.cell(row=2, column=12)
    assert balance.data_type == "n" and Decimal(repr(balance.value)) == Decimal("-12.34")
    with zipfile.ZipFile(tmp_path / "m.xlsx") as z:
        assert "<f>" not in z.read("xl/worksheets/sheet1.xml").decode()


def test_every_risky_first_character_is_neutralised(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    texts = ["=1+1", "+1", "-1", "@A1", "\t=1+1", "\r=1+1", "#N/A", "plain", "a=1"]
    table = exports.Table(
        "t", ["text", "amount"], [[t, Decimal("-1.50")] for t in texts], frozenset({"amount"})
    )
    exports.write_table(table, tmp_path / "t.csv")
    exports.write_table(table, tmp_path / "t.xlsx")
    rows = read_csv(tmp_path / "t.csv")
    assert [r["text"] for r in rows] == [
        "'=1+1", "'+1", "'-1", "'@A1", "'\t=1+1", "'\r=1+1", "#N/A", "plain", "a=1",
    ]  # fmt: skip
    assert {r["amount"] for r in rows} == {"-1.50"}
    sheet = load_workbook(tmp_path / "t.xlsx").active
    assert sheet is not None
    cells = [sheet.cell(row=i + 2, column=1) for i in range(len(texts))]
    # a carriage return is kept as OOXML's escape _x000D_, which Excel and LibreOffice read
    # back as the character (openpyxl shows the escape itself)
    assert [c.value for c in cells] == [t.replace("\r", "_x000D_") for t in texts]
    assert {c.data_type for c in cells} == {"s"}
    amounts = {sheet.cell(row=i + 2, column=2).data_type for i in range(len(texts))}
    assert amounts == {"n"}


def test_xlsx_cells_keep_their_types_and_formats(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What a spreadsheet user relies on: a bold header kept in view, amounts as numbers
    in the currency's decimals, dates and times as dates, yes/no as booleans."""
    from openpyxl import load_workbook

    at = datetime(2026, 3, 4, 15, 30, tzinfo=UTC)
    table = exports.Table(
        "Transactions",
        ["id", "amount", "on", "at", "reversed", "memo"],
        [
            [7, Decimal("1234567890.25"), date(2026, 3, 4), at, True, "apples"],
            [8, None, None, None, False, "=SUM(A1)"],
        ],
        frozenset({"amount"}),
    )
    path = tmp_path / "t.xlsx"
    assert exports.write_table(table, path) == 2
    sheet = load_workbook(path).active
    assert sheet is not None
    assert sheet.freeze_panes == "A2"
    assert all(sheet.cell(row=1, column=c).font.bold for c in range(1, 7))
    first = [sheet.cell(row=2, column=c) for c in range(1, 7)]
    assert [c.value for c in first] == [
        7, 1234567890.25, datetime(2026, 3, 4), at.replace(tzinfo=None), True, "apples",
    ]  # fmt: skip
    assert first[1].number_format == "0.00"
    assert first[2].number_format == "yyyy-mm-dd"
    assert first[3].number_format == "yyyy-mm-dd hh:mm:ss"
    second = [sheet.cell(row=3, column=c) for c in range(1, 7)]
    assert second[1].value is None and second[1].number_format == "0.00"
    assert (second[4].value, second[5].value, second[5].data_type) == (False, "=SUM(A1)", "s")
    monkeypatch.setattr(exports.writers, "XLSX_MAX_ROWS", 2)
    with pytest.raises(ValidationError, match="Export it as CSV"):
        exports.write_table(table, path)
