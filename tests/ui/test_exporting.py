"""Export… on the views: the file equals the service export with the view's filter."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from localex_desktop.db.connection import Database
from localex_desktop.domain.roles import Role
from localex_desktop.services import exports, ledger, members
from localex_desktop.services.members import MemberInput
from localex_desktop.ui.context import AppContext
from localex_desktop.ui.exporting import (
    CSV_FILTER,
    XLSX_FILTER,
    ExportArgs,
    audit_filter,
    export_view,
    journal_filter,
)
from localex_desktop.ui.pages.audit.page import AuditPage
from localex_desktop.ui.pages.ledger.page import LedgerPage
from localex_desktop.ui.pages.members.page import MembersPage

from .conftest import Boxes
from .helpers import SETUP, MakeCtx, add_operator, in_hours


@pytest.fixture
def seeded(db: Database) -> list[int]:
    with db.transaction() as s:
        in_hours(s)
        ids = [
            members.create(
                s, SETUP, MemberInput(name=n, email=f"{n.split()[0].lower()}@example.org")
            ).id
            for n in ("Ann Arbor", "Bob Brunel", "Anders Berg", "Cyd Curie")
        ]
        ledger.transfer(s, SETUP, ids[0], ids[1], 1234, "bread, 3 loaves")
        ledger.transfer(s, SETUP, ids[1], ids[3], 50, "eggs")
        members.suspend(s, SETUP, ids[2])
    return ids


SaveAs = Callable[..., Path]


@pytest.fixture
def save_as(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> SaveAs:
    """``save_as(name, name_filter=CSV_FILTER)``: the save dialog answers with that file
    in tmp_path (and that type chosen); returns its path."""

    def answer(name: str, name_filter: str = CSV_FILTER) -> Path:
        path = tmp_path / name
        monkeypatch.setattr(
            QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(path), name_filter)
        )
        return path

    return answer


def bookkeeper(db: Database, make_ctx: MakeCtx) -> AppContext:
    keeper = add_operator(db, "bea", Role.BOOKKEEPER)
    return make_ctx(keeper.actor(), keeper)


def test_members_export_is_the_service_export_of_what_the_view_shows(
    qtbot: QtBot,
    seeded: list[int],
    db: Database,
    make_ctx: MakeCtx,
    save_as: SaveAs,
    boxes: Boxes,
) -> None:
    ctx = bookkeeper(db, make_ctx)  # exporting is reading: bookkeepers may
    page = MembersPage(ctx)
    qtbot.addWidget(page)
    page.search_edit.setText("an")
    page.model.apply_search()
    page.status_box.setCurrentIndex(1)  # active only: Anders has been suspended
    assert page.export_button.isEnabled()
    out = save_as("members.csv")
    page.export_button.click()
    expected = out.with_name("expected.csv")
    with db.transaction() as s:
        table = exports.members_table(s, ctx.actor, "an", status="active")
    exports.write_table(table, expected)
    assert out.read_bytes() == expected.read_bytes()
    assert [r[1] for r in table.rows] == ["Ann Arbor"]
    assert "Exported 1 member to members.csv" in boxes.last.text


def test_ledger_export_resolves_the_view_filter_in_the_worker(
    qtbot: QtBot, seeded: list[int], admin_ctx: AppContext, db: Database, save_as: SaveAs
) -> None:
    page = LedgerPage(admin_ctx)
    qtbot.addWidget(page)
    page.memo_edit.setText("bread")
    page.model.apply_search()
    out = save_as("journal", XLSX_FILTER)
    page.export_button.click()
    written = out.with_name("journal.xlsx")
    assert written.is_file()
    from openpyxl import load_workbook

    sheet = load_workbook(written).active
    assert sheet is not None
    header, *values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert len(values) == 2  # one transaction, two entries
    memo, amount = header.index("memo"), header.index("amount")  # by name: columns grow
    assert {v[memo] for v in values} == {"bread, 3 loaves"}
    assert sorted(str(v[amount]) for v in values) == ["-12.34", "12.34"]

    flt = journal_filter(page.model)
    with db.transaction() as s:
        resolved = flt.resolve(s)
    assert resolved.text == "bread"


def test_audit_filter_and_export_args(seeded: list[int]) -> None:
    from localex_desktop.ui.pages.audit.page import AuditFilters

    f = audit_filter(AuditFilters(entity="member", operator="setup"))
    assert f == exports.AuditFilter(entity="member", operator="setup")
    assert audit_filter(None) == exports.AuditFilter()
    assert ExportArgs(("x",), {"status": None}).args == ("x",)


def test_audit_page_exports_with_its_filter(
    qtbot: QtBot, seeded: list[int], admin_ctx: AppContext, db: Database, save_as: SaveAs
) -> None:
    page = AuditPage(admin_ctx)
    qtbot.addWidget(page)
    page.entity_box.setCurrentIndex(page.entity_box.findData("member"))
    page.apply_filters()
    out = save_as("audit.csv")
    page.export_button.click()
    expected = out.with_name("expected.csv")
    with db.transaction() as s:
        exports.write_table(
            exports.audit_table(s, admin_ctx.actor, exports.AuditFilter(entity="member")),
            expected,
        )
    assert out.read_bytes() == expected.read_bytes()


def test_cancelled_dialog_writes_nothing_and_a_bad_name_is_refused(
    qtbot: QtBot,
    seeded: list[int],
    admin_ctx: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    save_as: SaveAs,
    boxes: Boxes,
) -> None:
    page = MembersPage(admin_ctx)
    qtbot.addWidget(page)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: ("", ""))
    export_view(admin_ctx, page, "members", lambda: ExportArgs(("",)))
    assert boxes.shown == []
    save_as("members.txt")  # the chosen type's suffix is added
    export_view(admin_ctx, page, "members", lambda: ExportArgs(("",)))
    assert (tmp_path / "members.txt.csv").is_file()
    save_as("members.txt", "All files (*)")
    export_view(admin_ctx, page, "members", lambda: ExportArgs(("",)))
    assert "must end in .csv or .xlsx" in boxes.last.text
    assert not (tmp_path / "members.txt").exists()
