"""Export… as the spreadsheet of the locale reads CSV: semicolons and decimal commas in
German, the plain file when the plain type is chosen (and in the C locale)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from localex_desktop.db.connection import Database
from localex_desktop.services import exports, ledger, members
from localex_desktop.services.members import MemberInput
from localex_desktop.ui.context import AppContext
from localex_desktop.ui.exporting import CSV_FILTER
from localex_desktop.ui.pages.ledger.page import LedgerPage

from .helpers import SETUP, in_hours

SPREADSHEET = "CSV, as my spreadsheet reads it (*.csv)"


@pytest.fixture
def german() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    try:
        yield
    finally:
        QLocale.setDefault(before)


def _ledger(db: Database) -> None:
    with db.transaction() as s:
        in_hours(s)
        a = members.create(s, SETUP, MemberInput(name="Ann Arbor")).id
        b = members.create(s, SETUP, MemberInput(name="Bob Brunel")).id
        ledger.transfer(s, SETUP, a, b, 1234, "bread; 3 loaves")


def _export(
    qtbot: QtBot, ctx: AppContext, path: Path, name_filter: str, monkeypatch: pytest.MonkeyPatch
) -> list[str]:
    offered: list[str] = []

    def answer(_parent: object, _caption: str, _start: str, filters: str) -> tuple[str, str]:
        offered.extend(filters.split(";;"))
        return str(path), name_filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    page = LedgerPage(ctx)
    qtbot.addWidget(page)
    page.export_button.click()
    qtbot.waitUntil(path.exists, timeout=10_000)
    return offered


def test_the_spreadsheet_dialect_in_german(
    qtbot: QtBot,
    db: Database,
    admin_ctx: AppContext,
    german: None,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _ledger(db)
    out = tmp_path / "ledger.csv"
    offered = _export(qtbot, admin_ctx, out, SPREADSHEET, monkeypatch)
    assert SPREADSHEET in offered and CSV_FILTER in offered
    text = out.read_bytes().decode("utf-8-sig")
    with db.transaction() as s:
        table = exports.transactions_table(s, admin_ctx.actor)
    assert text.splitlines()[0] == ";".join(table.headers)
    assert ";-12,34;" in text and ";12,34;" in text and '"bread; 3 loaves"' in text
    # the plain type: commas and points, whatever the locale
    plain = tmp_path / "plain.csv"
    _export(qtbot, admin_ctx, plain, CSV_FILTER, monkeypatch)
    expected = tmp_path / "expected.csv"
    exports.write_table(table, expected)
    assert plain.read_bytes() == expected.read_bytes()
