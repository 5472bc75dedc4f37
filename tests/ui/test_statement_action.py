"""Statement… on the Members page, and the statements dialog's PDF output."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QProgressDialog
from pytestqt.qtbot import QtBot

from localex_desktop.db.connection import Database
from localex_desktop.domain.money import format_amount
from localex_desktop.services import ledger, members, settings, statements
from localex_desktop.services.members import MemberInfo
from localex_desktop.ui.context import AppContext
from localex_desktop.ui.pages.registry import members_page
from localex_desktop.ui.pages.reports import statement_dialog
from localex_desktop.ui.pages.reports.statement_dialog import StatementDialog

from .conftest import Boxes
from .helpers import HOURS, SETUP, enrol, in_hours, replace_exec


@pytest.fixture
def people(db: Database) -> list[MemberInfo]:
    """Ann, Bob, Cyd (active) and Dee (suspended); Ann pays Bob 10.00, Cyd pays Ann 2.50."""
    with db.transaction() as s:
        in_hours(s)
        settings.put(s, SETUP, "exchange_name", "Riverside LETS")
        found = enrol(s, "Ann Lovelace", "Bob Brunel", "Cyd Curie", "Dee Darwin")
        ledger.transfer(s, SETUP, found[0].id, found[1].id, 1000, "bread")
        ledger.transfer(s, SETUP, found[2].id, found[0].id, 250, "eggs")
        members.suspend(s, SETUP, found[3].id)
    return found


def pdf_text(path: Path) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(str(path)).pages)


def make_dialog(qtbot: QtBot, ctx: AppContext, member: MemberInfo | None) -> StatementDialog:
    dialog = StatementDialog(ctx, member)
    qtbot.addWidget(dialog)
    today = date.today()
    dialog.since_edit.setDate(QDate(today.year, today.month, 1).addMonths(-1))
    dialog.until_edit.setDate(QDate(today.year, today.month, today.day))
    return dialog


def test_members_page_has_statement_for_the_selection(
    qtbot: QtBot,
    people: list[MemberInfo],
    keeper_ctx: AppContext,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = members_page(keeper_ctx)  # as the main window builds it (reading is enough)
    qtbot.addWidget(page)
    button = page.statement_button
    assert not button.isEnabled()  # nothing selected yet
    page.select_member(people[0].id)
    assert button.isEnabled()
    opened = replace_exec(monkeypatch, StatementDialog, lambda _dialog: 0)
    button.click()
    assert len(opened) == 1
    dialog = opened[0]
    assert dialog.one_radio.isChecked()
    assert dialog.member_picker.member() == page.selected()
    assert "statement-" in dialog.path_edit.text() and "ann-lovelace" in dialog.path_edit.text()


def test_one_member_pdf_holds_name_and_closing_balance(
    qtbot: QtBot,
    people: list[MemberInfo],
    admin_ctx: AppContext,
    db: Database,
    tmp_path: Path,
    boxes: Boxes,
) -> None:
    dialog = make_dialog(qtbot, admin_ctx, people[0])
    dialog.combined_radio.setChecked(True)
    out = tmp_path / "ann.pdf"
    dialog.path_edit.setText(str(out))
    dialog.submit()
    assert dialog.outcome is not None and dialog.outcome.written == [out]
    with db.transaction() as s:
        st = statements.statement(
            s, admin_ctx.actor, people[0].id, date.today() - timedelta(days=62), date.today()
        )
    closing = format_amount(st.closing_balance, HOURS)
    assert closing == "-7.50"
    text = pdf_text(out)
    assert "Ann Lovelace" in text
    assert f"Closing balance {closing}" in text
    assert "bread" in text and "Bob Brunel" in text
    assert "Wrote 1 statement" in boxes.last.text and closing in boxes.last.text
    meta = PdfReader(str(out)).metadata  # one member's statement is titled as such
    assert meta is not None and meta.author == "Riverside LETS"
    assert meta.title == (
        f"Statement — Ann Lovelace ({people[0].id}) — "
        f"{dialog.since_edit.date().toString('yyyy-MM-dd')} to {date.today().isoformat()}"
    )


def test_all_active_members_one_file_each_and_combined(
    qtbot: QtBot, people: list[MemberInfo], admin_ctx: AppContext, tmp_path: Path
) -> None:
    dialog = make_dialog(qtbot, admin_ctx, None)
    assert dialog.all_radio.isChecked()
    dialog.folder_radio.setChecked(True)
    folder = tmp_path / "statements"
    dialog.path_edit.setText(str(folder))
    dialog.submit()
    files = sorted(p.name for p in folder.iterdir())
    assert len(files) == 3  # Dee is suspended
    assert all(name.endswith(".pdf") for name in files)
    assert "Cyd Curie" in pdf_text(folder / files[2])

    combined = make_dialog(qtbot, admin_ctx, None)
    combined.combined_radio.setChecked(True)
    out = tmp_path / "all.pdf"
    combined.path_edit.setText(str(out))
    combined.submit()
    text = pdf_text(out)
    for name in ("Ann Lovelace", "Bob Brunel", "Cyd Curie"):
        assert name in text
    assert "Dee Darwin" not in text
    assert len(PdfReader(str(out)).pages) == 3  # a new page for each member


def test_stopping_between_members(
    qtbot: QtBot,
    people: list[MemberInfo],
    admin_ctx: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[int] = []

    def stop_on_second(_progress: Any) -> bool:
        asked.append(1)
        return len(asked) >= 2

    monkeypatch.setattr(QProgressDialog, "wasCanceled", stop_on_second)
    dialog = make_dialog(qtbot, admin_ctx, None)
    dialog.folder_radio.setChecked(True)
    folder = tmp_path / "some"
    dialog.path_edit.setText(str(folder))
    dialog.submit()
    assert dialog.outcome is not None and dialog.outcome.cancelled
    assert len(list(folder.iterdir())) == 1
    assert "Stopped after 1 of 3" in dialog.message.text()

    asked.clear()
    combined = make_dialog(qtbot, admin_ctx, None)
    combined.combined_radio.setChecked(True)
    out = tmp_path / "all.pdf"
    combined.path_edit.setText(str(out))
    combined.submit()
    assert not out.exists() and not (tmp_path / "all.pdf.part").exists()


def test_refusals_are_shown_in_the_dialog(
    qtbot: QtBot, people: list[MemberInfo], admin_ctx: AppContext, tmp_path: Path
) -> None:
    dialog = make_dialog(qtbot, admin_ctx, None)
    dialog.one_radio.setChecked(True)
    dialog.path_edit.setText(str(tmp_path / "x.pdf"))
    dialog.submit()
    assert "Choose the member" in dialog.message.text()
    dialog.all_radio.setChecked(True)
    dialog.since_edit.setDate(dialog.until_edit.date().addDays(1))
    dialog.submit()
    assert "starts after it ends" in dialog.message.text()
    assert dialog.outcome is None
    assert not (tmp_path / "x.pdf").exists()
    assert statement_dialog.PRINTER == "printer"
