"""Statements and the directory as PDF: the text in the files is what the ledger says.

The text is extracted with pypdf (a dev dependency), so the test needs no system tool.
"""

from __future__ import annotations

import unicodedata
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from localex_desktop.db.connection import Database
from localex_desktop.domain.money import format_amount
from localex_desktop.domain.roles import Actor
from localex_desktop.services import directory, ledger, members, settings, statements

from .test_imports import SAMPLES, run
from .test_reports import History, build_history


def pdf_pages(path: Path) -> list[str]:
    """The text of each page, ligatures (ﬀ) unfolded and white space collapsed."""
    return [
        " ".join(unicodedata.normalize("NFKC", p.extract_text()).split())
        for p in PdfReader(str(path)).pages
    ]


@pytest.fixture(autouse=True)
def _qt(qapp: object) -> None:
    """A QApplication before drawing, as in the desktop program: the printing package
    would otherwise make a QGuiApplication, and later widget tests could not run."""


@pytest.fixture
def history(db: Database, admin: Actor) -> History:
    with db.transaction() as s:
        settings.put(s, admin, "exchange_name", "Riverside LETS")
    return build_history(db, admin)


def test_statement_pdf_holds_the_statement(
    db: Database, bookkeeper: Actor, history: History, tmp_path: Path
) -> None:
    from localex_desktop.printing import statement_pdf

    ann = history.ids["Ann"]
    with db.transaction() as s:
        st = statements.statement(s, bookkeeper, ann, date(2025, 2, 1), date(2025, 3, 31))
        cur = settings.currency(s)
    out = tmp_path / "ann.pdf"
    statement_pdf.write_statements(
        [st], out, exchange="Riverside LETS", currency=cur, printed_on=date(2025, 4, 2)
    )
    pages = pdf_pages(out)
    text = " ".join(pages)
    assert len(pages) == 1
    assert PdfReader(str(out)).pages[0].mediabox.width == pytest.approx(595, abs=2)  # A4
    for expected in (
        "Riverside LETS",
        "Statement of account",
        "Ann Tester (number 1)",
        "2025-02-01 to 2025-03-31",
        "Printed 2025-04-02",
        "Page 1 of 1",
        "Balance brought forward",
        "Closing balance",
        "Credit limit",
        "1000.00",  # the credit limit
        "lift",
        "Cyd Tester (3)",
        "several",
        "Reversal of",
    ):
        assert expected in text, expected
    for line in st.lines:
        assert format_amount(line.amount, cur) in text
        assert format_amount(line.balance, cur) in text
    assert format_amount(st.brought_forward, cur) in text
    assert format_amount(st.closing_balance, cur) in text


def test_statements_for_everyone_combined_and_one_file_each(
    db: Database, bookkeeper: Actor, history: History, tmp_path: Path
) -> None:
    from localex_desktop.printing import statement_pdf

    with db.transaction() as s:
        sts = statements.statements_for_active(s, bookkeeper, date(2025, 1, 1), date(2025, 4, 30))
        cur = settings.currency(s)
    combined = tmp_path / "all.pdf"
    statement_pdf.write_statements(sts, combined, exchange="Riverside LETS", currency=cur)
    pages = pdf_pages(combined)
    assert len(pages) == len(sts) == 5  # a page break per member: each starts a page
    for st, page in zip(sts, pages, strict=True):
        assert f"{st.name} (number {st.member_id})" in page
        assert format_amount(st.closing_balance, cur) in page
    files = statement_pdf.write_statements(
        sts, tmp_path / "each", exchange="Riverside LETS", currency=cur, combined=False
    ).files
    assert files[0].name == "statement-0001-ann-tester-2025-04-30.pdf"
    assert all(len(pdf_pages(f)) == 1 for f in files)


def test_a_long_statement_runs_over_pages(db: Database, admin: Actor, tmp_path: Path) -> None:
    from localex_desktop.printing import statement_pdf

    with db.transaction() as s:
        a = members.create(s, admin, members.MemberInput("Busy Bee")).id
        b = members.create(s, admin, members.MemberInput("Other Bee")).id
        for i in range(120):
            ledger.transfer(s, admin, a if i % 2 else b, b if i % 2 else a, 100 + i, f"job {i}")
        st = statements.statement(s, admin, a)
        cur = settings.currency(s)
    out = tmp_path / "busy.pdf"
    statement_pdf.write_statements([st], out, exchange="X", currency=cur)
    pages = pdf_pages(out)
    assert len(pages) >= 3
    assert all(f"Page {i + 1} of {len(pages)}" in p for i, p in enumerate(pages))
    text = " ".join(pages)
    assert all(f"job {i} " in text + " " for i in range(120))


def test_directory_pdf_shows_contacts_only_with_consent(
    db: Database, admin: Actor, bookkeeper: Actor, tmp_path: Path
) -> None:
    from localex_desktop.printing import directory_pdf

    with db.transaction() as s:
        settings.put(s, admin, "exchange_name", "Riverside LETS")
    run(db, admin, "members", SAMPLES / "members.csv")
    run(db, admin, "listings", SAMPLES / "listings.csv")
    with db.transaction() as s:
        d = directory.build(s, bookkeeper, today=date(2026, 5, 1))
        cur = settings.currency(s)
    assert d.offer_count == 4 and d.want_count == 2
    assert [sec.path for sec in d.sections] == [
        "Food › Baking", "Transport", "Lessons", "Home & Garden",
    ]  # fmt: skip
    out = tmp_path / "directory.pdf"
    directory_pdf.write_directory(d, out, currency=cur)
    pages = pdf_pages(out)
    cover, body = pages[0], " ".join(pages[1:])
    assert "Riverside LETS" in cover and "Directory of offers and wants" in cover
    assert "2026-05-01" in cover and "4 offers" in cover
    for expected in ("Food › Baking", "Sourdough bread", "4.50 Cr per loaf", "Transport",
                     "Lift to the station", "Lessons", "French conversation"):  # fmt: skip
        assert expected in body, expected
    # consent: Ada (yes) shows her email and phone; Chloé (no) and Dev (no) do not
    assert "ada@example.org" in body and "0123 456 789" in body
    assert "chloe@example.org" not in body and "07700 900123" not in body
    assert "Chloé Dupont (3): contact through the coordinator" in body
    assert f"Page 1 of {len(pages)}" in cover and f"Page 2 of {len(pages)}" in pages[1]
