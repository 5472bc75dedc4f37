"""Hours:minutes outside the GUI: the PDF statement, the imports' amounts."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from localex_desktop.db.connection import Database
from localex_desktop.domain.errors import ValidationError
from localex_desktop.domain.money import Currency, NumberStyle
from localex_desktop.domain.roles import Actor
from localex_desktop.printing import report_pdf, statement_pdf
from localex_desktop.services import ledger, members, settings, statements
from localex_desktop.services.exports import Table
from localex_desktop.services.imports import values

TIME = {"name": "Hours", "symbol": "h", "decimals": 2, "clock": True}


@pytest.fixture(autouse=True)
def _qt(qapp: object) -> None:
    """A QApplication before drawing, as in the desktop program."""


def test_a_pdf_statement_shows_hours_and_minutes(
    db: Database, admin: Actor, tmp_path: Path
) -> None:
    with db.transaction() as s:
        settings.put(s, admin, "currency", TIME)
        a = members.create(s, admin, members.MemberInput("Ann Archer")).id
        b = members.create(s, admin, members.MemberInput("Bob Brown")).id
        ledger.transfer(s, admin, a, b, 150, "garden")
        ledger.transfer(s, admin, a, b, 75, "ironing")
        st = statements.statement(s, admin, a)
        cur = settings.currency(s)
    out = tmp_path / "st.pdf"
    statement_pdf.write_statements([st], out, exchange="X", currency=cur)
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(str(out)).pages)
    assert "-1:30" in text and "-0:45" in text and "-2:15" in text
    german = replace(cur, style=NumberStyle(",", ".", "%d.%m.%Y"))
    statement_pdf.write_statements([st], out, exchange="X", currency=german)
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(str(out)).pages)
    assert "-2:15" in text and st.until.strftime("%d.%m.%Y") in text


def test_imports_read_hours_and_minutes_when_the_currency_counts_time() -> None:
    hours = Currency("Hours", "h", 2, clock=True)
    assert values.money("1:30", hours, "balance") == 150
    assert values.money("-0:45 h", hours, "balance", negative=True) == -75
    assert values.money("1,5", hours, "balance") == 150  # a decimal comma still reads
    with pytest.raises(ValidationError, match="steps of 3 minutes"):
        values.money("0:01", hours, "balance")
    with pytest.raises(ValidationError, match="not a number"):
        values.money("1:30", Currency(), "balance")  # not a time currency: refused as before


def test_a_report_pdf_writes_amounts_the_currencys_way(tmp_path: Path) -> None:
    table = Table(
        "balances",
        ["member", "balance", "average"],
        [["Ann", Decimal("-1.50"), Decimal("0.125")], ["TOTAL", Decimal("2.25"), None]],
        amount_columns=frozenset({"balance", "average"}),
        footer=1,
    )
    out = tmp_path / "r.pdf"
    hours = Currency("Hours", "h", 2, clock=True)
    report_pdf.write_report_pdf(out, "Balances", "", [table], exchange="X", currency=hours)
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(str(out)).pages)
    assert "-1:30" in text and "2:15" in text and "0.125" in text
    report_pdf.write_report_pdf(out, "Balances", "", [table], exchange="X")
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(str(out)).pages)
    assert "-1.50" in text and "2.25" in text  # without a currency: as the files hold them
