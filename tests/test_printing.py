"""The printing package: Qt-free of widgets, and PDFs that read right in other tools.

Text is extracted with pypdf (a dev dependency); where poppler's ``pdftotext`` is
installed it is asked too, since that is what search indexers and many readers use.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QPainter, QPdfWriter

from localex_desktop import __version__
from localex_desktop.db.connection import Database
from localex_desktop.domain.money import Currency
from localex_desktop.domain.roles import Actor
from localex_desktop.printing import directory_pdf, paged, report_pdf, statement_pdf
from localex_desktop.printing.layout import Page, Piece, Slice, break_pages
from localex_desktop.services import (
    categories,
    directory,
    ledger,
    listings,
    members,
    settings,
    statements,
)
from localex_desktop.services.exports import Cell, Table
from localex_desktop.services.statements import Statement

PROBE = """
import sys
from pathlib import Path
from datetime import date, datetime, timezone
from pathlib import Path
from localex_desktop.domain.money import Currency
from localex_desktop.printing import directory_pdf, paged, report_pdf, statement_pdf
from localex_desktop.services.statements import Statement, StatementLine
line = StatementLine(1, 1, datetime(2026, 1, 2, tzinfo=timezone.utc), date(2026, 1, 2),
                     "transfer", "Bob (2)", "bread", 250, 250)
st = Statement(1, "Ann", None, "", "active", 1, None, date(2026, 1, 31), 0, [line], 250,
               1000, None)
statement_pdf.write_statements([st], Path(sys.argv[1]), exchange="X", currency=Currency())
bad = sorted(m for m in sys.modules if m.startswith("PySide6.QtWidgets"))
print("widgets:", bad)
print("pages:", Path(sys.argv[1]).stat().st_size > 0)
"""


def test_printing_never_imports_qtwidgets(tmp_path: Path) -> None:
    out = f"{tmp_path}/probe.pdf"
    proc = subprocess.run(
        [sys.executable, "-c", PROBE, out], capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 0, proc.stderr
    assert "widgets: []" in proc.stdout, proc.stdout
    assert "pages: True" in proc.stdout


# -- PDFs as printed and as read by tools -----------------------------------------------


@pytest.fixture(autouse=True)
def _qt(qapp: object) -> None:
    """A QApplication before drawing, as in the desktop program."""


def page_texts(path: Path) -> list[str]:
    """Each page's text as pypdf reads it: no Unicode folding, white space collapsed."""
    return [" ".join(p.extract_text().split()) for p in PdfReader(str(path)).pages]


def pdftotext(path: Path) -> str | None:
    """The text as poppler reads it, or None when pdftotext is not installed."""
    if shutil.which("pdftotext") is None:
        return None
    proc = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    )
    return proc.stdout


LIGATURES = re.compile("[\ufb00-\ufb06]")


@dataclass
class Shop:
    ids: dict[str, int]
    currency: Currency


@pytest.fixture
def shop(db: Database, admin: Actor) -> Shop:
    """Griff (consents, an email with "ff" and "fi"), Ann; listings priced per unit."""
    with db.transaction() as s:
        settings.put(s, admin, "exchange_name", "Riverside LETS")
        griff = members.create(
            s, admin,
            members.MemberInput("Griff Officer", email="griffin.office@example.org",
                                phone="0123 456", directory_consent=True),
        ).id  # fmt: skip
        ann = members.create(s, admin, members.MemberInput("Ann Tester")).id
        garden = categories.add(s, admin, "Garden").id
        food = categories.add(s, admin, "Food").id
        for member, cat, title, price, unit in (
            (griff, garden, "Hedge trimming", 2500, "per hour"),
            (griff, garden, "Oven cleaning", 2500, "each"),
            (ann, food, "Sourdough bread", 450, "loaf"),
            (ann, food, "Stiff office coffee", None, ""),
        ):
            listings.add(s, admin, listings.ListingInput(member, "offer", cat, title,
                                                         price=price, unit=unit))  # fmt: skip
        cur = settings.currency(s)
    return Shop({"griff": griff, "ann": ann}, cur)


def write_directory(db: Database, actor: Actor, out: Path) -> Path:
    with db.transaction() as s:
        d = directory.build(s, actor, today=date(2026, 5, 1))
        cur = settings.currency(s)
    return directory_pdf.write_directory(d, out, currency=cur)


def test_directory_writes_price_and_unit_as_a_person_does(
    db: Database, bookkeeper: Actor, shop: Shop, tmp_path: Path
) -> None:
    text = " ".join(page_texts(write_directory(db, bookkeeper, tmp_path / "d.pdf")))
    assert "25.00 Cr per hour" in text
    assert "25.00 Cr each" in text
    assert "4.50 Cr per loaf" in text  # a bare unit gets its "per"
    assert "per per" not in text and "per each" not in text


def test_text_layer_has_no_ligatures(
    db: Database, bookkeeper: Actor, shop: Shop, tmp_path: Path
) -> None:
    out = write_directory(db, bookkeeper, tmp_path / "d.pdf")
    pages = page_texts(out)
    text = " ".join(pages)
    assert not LIGATURES.search(text), LIGATURES.findall(text)
    assert "offers" in pages[0]  # the cover: "4 offers · 0 wants"
    assert "griffin.office@example.org" in text
    assert "Stiff office coffee" in text
    poppler = pdftotext(out)
    if poppler is not None:
        assert not LIGATURES.search(poppler)
        assert "offers" in poppler and "griffin.office@example.org" in poppler


def busy_statement(db: Database, admin: Actor) -> tuple[Statement, Currency]:
    """120 entries whose memos wrap over two or three lines, marked at both ends."""
    with db.transaction() as s:
        a = members.create(s, admin, members.MemberInput("Busy Bee")).id
        b = members.create(s, admin, members.MemberInput("Other Bee")).id
        for i in range(120):
            words = " ".join(["garden work"] * (3 + i % 5))
            memo = f"M{i:03d}a {words} M{i:03d}z"
            ledger.transfer(s, admin, a if i % 2 else b, b if i % 2 else a, 100 + i, memo)
        st = statements.statement(s, admin, a)
        cur = settings.currency(s)
    return st, cur


def test_statement_rows_never_split_and_one_header_per_page(
    db: Database, admin: Actor, tmp_path: Path
) -> None:
    st, cur = busy_statement(db, admin)
    out = tmp_path / "busy.pdf"
    statement_pdf.write_statements([st], out, exchange="X", currency=cur)
    pages = page_texts(out)
    assert len(pages) >= 3
    for i in range(120):
        where = [n for n, p in enumerate(pages) if f"M{i:03d}a" in p]
        ends = [n for n, p in enumerate(pages) if f"M{i:03d}z" in p]
        assert len(where) == 1 and where == ends, (i, where, ends)  # once, on one page
    for n, page in enumerate(pages):
        assert page.count("Other party") == 1, (n, page.count("Other party"))
        assert f"Page {n + 1} of {len(pages)}" in page
    assert sum(p.count("Closing balance") for p in pages) == 2  # the facts and the last row


def test_pdf_metadata_names_what_who_and_the_program(
    db: Database, admin: Actor, bookkeeper: Actor, shop: Shop, tmp_path: Path
) -> None:
    creator = f"LocalEx Desktop {__version__}"
    with db.transaction() as s:
        ann = statements.statement(s, admin, shop.ids["ann"], date(2026, 1, 1), date(2026, 1, 31))
        both = statements.statements_for_active(s, admin, None, date(2026, 1, 31))
    one = statement_pdf.write_statements(
        [ann], tmp_path / "ann.pdf", exchange="Riverside LETS", currency=shop.currency
    ).files[0]
    meta = PdfReader(str(one)).metadata
    assert meta is not None
    assert meta.title == "Statement — Ann Tester (2) — 2026-01-01 to 2026-01-31"
    assert meta.author == "Riverside LETS"
    assert meta.creator == creator
    several = statement_pdf.write_statements(
        both, tmp_path / "all.pdf", exchange="Riverside LETS", currency=shop.currency
    ).files[0]
    meta = PdfReader(str(several)).metadata
    assert meta is not None and meta.title == "Statements — Riverside LETS — up to 2026-01-31"
    assert meta.author == "Riverside LETS" and meta.creator == creator
    each = statement_pdf.write_statements(
        both, tmp_path / "each", exchange="Riverside LETS", currency=shop.currency,
        combined=False,
    ).files  # fmt: skip
    titles = [PdfReader(str(f)).metadata.title for f in each]
    assert titles == [
        "Statement — Griff Officer (1) — up to 2026-01-31",
        "Statement — Ann Tester (2) — up to 2026-01-31",
    ]
    meta = PdfReader(str(write_directory(db, bookkeeper, tmp_path / "d.pdf"))).metadata
    assert meta is not None
    assert meta.title == "Directory — Riverside LETS — 2026-05-01"
    assert meta.author == "Riverside LETS" and meta.creator == creator
    table = Table("balances", ["account", "balance"], [["Ann", Decimal("1.50")]])
    report = tmp_path / "report.pdf"
    report_pdf.write_report_pdf(
        report, "Member balances", "At the end of 2026-01-31", [table], exchange="Riverside LETS"
    )
    meta = PdfReader(str(report)).metadata
    assert meta is not None
    assert meta.title == "Member balances — At the end of 2026-01-31"
    assert meta.author == "Riverside LETS" and meta.creator == creator


def test_a_long_report_repeats_its_header_once_per_page(tmp_path: Path) -> None:
    rows: list[list[Cell]] = [[f"Member {i:03d}", Decimal(i) / 4] for i in range(200)]
    rows.append(["TOTAL", sum((Decimal(i) / 4 for i in range(200)), Decimal(0))])
    table = Table("balances", ["account", "balance"], rows, frozenset({"balance"}))
    out = tmp_path / "long.pdf"
    pages = report_pdf.write_report_pdf(out, "Member balances", "", [table], exchange="X")
    texts = page_texts(out)
    assert pages == len(texts) >= 3
    for n, text in enumerate(texts):
        assert text.count("Account Balance") == 1, n
    seen = [m for t in texts for m in re.findall(r"Member \d{3}", t)]
    assert seen == [f"Member {i:03d}" for i in range(200)]  # each once, in order
    assert "Member 199" in texts[-1] and "TOTAL" in texts[-1]  # the total not alone


def test_page_breaks_keep_headings_and_totals_with_their_neighbours() -> None:
    head = Slice(0, 10)
    rows = [Piece(10 + 10 * i, 20 + 10 * i, header=head) for i in range(9)]
    parts = [
        Piece(0, 10, keep_with_next=True),  # a table's header row
        *rows[:-1],
        Piece(rows[-1].top, rows[-1].bottom, header=head, keep_with_previous=True),
        Piece(100, 110, keep_with_next=True),  # a heading …
        Piece(110, 150),  # … and its paragraph
        Piece(150, 160, break_before=True),
    ]
    pages = break_pages(parts, 55, 160)
    assert [p.slices for p in pages] == [
        (Slice(0, 50),),  # header row and four rows
        (head, Slice(50, 80)),  # three rows; the total would be alone: it goes with one
        (head, Slice(80, 100)),  # the last row and the total
        (Slice(100, 150),),  # the heading went over with its paragraph
        (Slice(150, 160),),  # a page break
    ]
    assert break_pages([], 55, 0) == [Page((Slice(0, 0),))]
    # a piece taller than a page is cut over as many pages as it needs
    tall = break_pages([Piece(0, 10), Piece(10, 130), Piece(130, 140)], 50, 140)
    assert [p.slices for p in tall] == [
        (Slice(0, 10),), (Slice(10, 60),), (Slice(60, 110),), (Slice(110, 130),),
        (Slice(130, 140),),
    ]  # fmt: skip


def test_metadata_on_qt_without_set_author_goes_into_xmp(tmp_path: Path) -> None:
    out = tmp_path / "xmp.pdf"
    writer = QPdfWriter(str(out))
    writer.setDocumentXmpMetadata(paged._xmp("Statement — Ann & Bob", "Riverside LETS"))
    painter = QPainter(writer)
    painter.drawText(100, 100, "x")
    painter.end()
    del writer
    xmp = PdfReader(str(out)).xmp_metadata
    assert xmp is not None
    assert xmp.dc_creator == ["Riverside LETS"]
    assert xmp.dc_title == {"x-default": "Statement — Ann & Bob"}
    assert xmp.xmp_creator_tool == f"LocalEx Desktop {__version__}"


def test_a_memo_longer_than_a_page_runs_over_and_addresses_keep_their_lines(
    tmp_path: Path,
) -> None:
    """A memo of a thousand words goes over pages between its lines, each word once; the
    address keeps its line breaks; the closing balance and the check code stay together."""
    from datetime import UTC, datetime

    from localex_desktop.services.statements import StatementLine

    words = " ".join(f"w{k:04d}" for k in range(1000))
    lines = [
        StatementLine(
            i,
            i,
            datetime(2026, 1, 2, tzinfo=UTC),
            date(2026, 1, 2),
            "transfer",
            "Bob (2)",
            words if i == 1 else f"bread {i}",
            100,
            100 * (i + 1),
        )
        for i in range(3)
    ]
    st = Statement(
        1, "Ann", None, "1 Long Road\nRiverside", "active", 1, None, date(2026, 1, 31), 0,
        lines, 300, 1000, None, "ABCD-EFGH-JKMN",
    )  # fmt: skip
    out = tmp_path / "long-memo.pdf"
    statement_pdf.write_statements([st], out, exchange="X", currency=Currency())
    pages = page_texts(out)
    assert len(pages) >= 3
    text = " ".join(pages)
    # every word once and in order (pypdf may cut a word in two where Qt wrote a line in
    # two runs, so the words are looked for with the white space left out)
    assert re.findall(r"w\d{4}", "".join(text.split())) == words.split()
    first = [
        " ".join(ln.split()) for ln in PdfReader(str(out)).pages[0].extract_text().splitlines()
    ]
    assert "1 Long Road" in first and "Riverside" in first  # two lines, not one
    last = pages[-1]
    assert "Closing balance" in last and "ABCD-EFGH-JKMN" in last and "bread 2" in last
