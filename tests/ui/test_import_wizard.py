"""File ▸ Import…: the wizard drives ImportFlow; errors by line write nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMenu, QTableWidget, QWidget, QWizard
from pytestqt.qtbot import QtBot

from localex_desktop.db.connection import Database
from localex_desktop.domain.roles import Role
from localex_desktop.services import ledger, members
from localex_desktop.services.imports import Kind
from localex_desktop.services.members import MemberInput
from localex_desktop.ui.context import AppContext
from localex_desktop.ui.import_wizard.wizard import ImportWizard, open_import_wizard
from localex_desktop.ui.pages.reports.file_menu import add_file_actions

from .conftest import Boxes
from .helpers import SETUP, MakeCtx, add_operator, audit_count, in_hours

#: a BOM, semicolons, stray spaces, an address over two lines in quotes, a blank line,
#: a row one column short (line 6), a bad email and a bad limit (line 7); "Handy" is a
#: header the program does not know
MESSY = (
    "\ufeffMember number;First name;Surname;E-mail;Address;Handy;Credit limit\r\n"
    ' 101 ; Ada ;Lovelace; ada@example.org ;"1 Mill Lane\r\nRiverside";555-1;100\r\n'
    "\r\n"
    "102;Bob;Brunel;bob@example.org;High St 2;555-2;50\r\n"
    "103;Cyd;Curie;cyd@example.org;Low Rd 3;555-3\r\n"
    "104;Dee;Darwin;not-an-email;Low Rd 4;555-4;abc\r\n"
)
CLEAN = (
    "\ufeffMember number;First name;Surname;E-mail;Address;Handy;Credit limit\r\n"
    ' 101 ; Ada ;Lovelace; ada@example.org ;"1 Mill Lane\r\nRiverside";555-1;100\r\n'
    "\r\n"
    "102;Bob;Brunel;bob@example.org;High St 2;555-2;50\r\n"
)


def cell(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    assert item is not None
    return item.text()


def header(table: QTableWidget, column: int) -> str:
    item = table.horizontalHeaderItem(column)
    assert item is not None
    return item.text()


def member_names(db: Database) -> list[str]:
    with db.transaction() as s:
        return [m.name for m in members.search(s, SETUP, "", limit=100)]


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8"))
    return path


#: the wizards' parent windows, kept alive for the test
PARENTS: list[QWidget] = []


def open_wizard(qtbot: QtBot, ctx: AppContext) -> ImportWizard:
    parent = QWidget()
    qtbot.addWidget(parent)
    PARENTS.append(parent)
    wizard = open_import_wizard(ctx, parent)
    assert wizard is not None
    return wizard


def test_messy_file_shows_row_errors_and_writes_nothing_then_a_clean_one_imports(
    qtbot: QtBot, db: Database, admin_ctx: AppContext, tmp_path: Path
) -> None:
    with db.transaction() as s:
        in_hours(s)
    before = audit_count(db)
    wizard = open_wizard(qtbot, admin_ctx)
    assert wizard.currentId() == ImportWizard.CHOOSE
    wizard.choose_page.set_kind(Kind.MEMBERS)
    assert not wizard.choose_page.isComplete()  # no file yet
    wizard.choose_page.path_edit.setText(str(tmp_path / "missing.csv"))
    wizard.next()
    assert wizard.currentId() == ImportWizard.CHOOSE
    assert "no file" in wizard.choose_page.message.text()

    wizard.choose_page.path_edit.setText(str(write(tmp_path, "messy.csv", MESSY)))
    wizard.next()
    assert wizard.currentId() == ImportWizard.FORMAT
    fmt = wizard.format_page
    assert fmt.encoding_box.currentData() == "utf-8-sig"
    assert "detected" in fmt.encoding_box.currentText()
    assert fmt.delimiter_box.currentData() == ";"
    assert fmt.sample.columnCount() == 8  # the line number and seven columns
    assert cell(fmt.sample, 0, 0) == "2"
    assert cell(fmt.sample, 1, 0) == "5"  # line 3 continues the quoted address
    assert "line 6" in fmt.notes.text()

    wizard.next()
    assert wizard.currentId() == ImportWizard.MAPPING
    mapping = wizard.mapping_page
    assert [mapping.field_of(i) for i in range(7)] == [
        "number", "first_name", "last_name", "email", "address", None, "credit_limit",
    ]  # fmt: skip
    assert mapping.isComplete()
    mapping.set_field(5, "phone")  # "Handy" is the phone number
    assert wizard.flow is not None and wizard.flow.mapping[5] == "phone"

    wizard.next()
    assert wizard.currentId() == ImportWizard.PREVIEW
    preview = wizard.preview_page
    table = preview.errors_table
    errors = [(cell(table, r, 0), cell(table, r, 1)) for r in range(table.rowCount())]
    lines = {line for line, _column in errors}
    assert lines == {"6", "7"}
    assert ("7", "E-mail") in errors and ("7", "Credit limit") in errors
    assert not preview.isComplete()
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    assert "Nothing can be imported" in preview.summary.text()
    assert not preview.allow_check.isVisibleTo(wizard)  # only for balances
    wizard.next()  # refused: nothing happens
    assert wizard.currentId() == ImportWizard.PREVIEW
    assert member_names(db) == [] and audit_count(db) == before

    # back to the start, a corrected file
    for _ in range(3):
        wizard.back()
    assert wizard.currentId() == ImportWizard.CHOOSE
    wizard.choose_page.path_edit.setText(str(write(tmp_path, "clean.csv", CLEAN)))
    wizard.next()
    wizard.next()
    wizard.mapping_page.set_field(5, "phone")
    wizard.next()
    assert wizard.preview_page.isComplete()
    rows = wizard.preview_page.rows_table
    assert rows.rowCount() == 2 and cell(rows, 0, 1) == "Add"
    # every mapped field has a column, the limits too
    columns = [header(rows, c) for c in range(rows.columnCount())]
    assert columns == [
        "Line", "What happens", "Member number", "Name", "Email", "Phone", "Address",
        "Credit limit", "Note",
    ]  # fmt: skip
    assert [cell(rows, 0, c) for c in (2, 3, 5, 7)] == ["101", "Ada Lovelace", "555-1", "100.00"]
    wizard.next()  # Import
    assert wizard.currentId() == ImportWizard.RESULT
    assert "Imported 2 members" in wizard.result_page.text.text()
    with db.transaction() as s:
        ada = members.get(s, SETUP, 101)
    assert ada.name == "Ada Lovelace" and ada.phone == "555-1"
    assert ada.address.splitlines() == ["1 Mill Lane", "Riverside"]


def test_running_the_same_file_again_adds_nothing(
    qtbot: QtBot, db: Database, admin_ctx: AppContext, tmp_path: Path
) -> None:
    path = write(tmp_path, "clean.csv", CLEAN)
    for attempt in range(2):
        wizard = open_wizard(qtbot, admin_ctx)
        wizard.choose_page.path_edit.setText(str(path))
        wizard.next()
        wizard.next()
        wizard.next()
        if attempt == 0:
            wizard.next()
            assert wizard.currentId() == ImportWizard.RESULT
        else:
            rows = wizard.preview_page.rows_table
            assert [cell(rows, r, 1) for r in range(2)] == ["Already there"] * 2
            assert not wizard.preview_page.isComplete()
            assert "nothing new" in wizard.preview_page.summary.text()
    assert len(member_names(db)) == 2


def test_opening_balances_past_a_limit_need_the_option(
    qtbot: QtBot, db: Database, admin_ctx: AppContext, tmp_path: Path
) -> None:
    with db.transaction() as s:
        ids = [
            members.create(s, SETUP, MemberInput(name=n), credit_limit=1000).id
            for n in ("Ann", "Bob")
        ]
    path = write(tmp_path, "balances.csv", f"Member;Balance\n{ids[0]};-25.00\n{ids[1]};25.00\n")
    wizard = open_wizard(qtbot, admin_ctx)
    wizard.choose_page.set_kind(Kind.BALANCES)
    wizard.choose_page.path_edit.setText(str(path))
    wizard.next()
    wizard.next()
    wizard.next()
    preview = wizard.preview_page
    assert preview.allow_check.isVisibleTo(wizard)
    assert preview.errors_table.rowCount() == 1
    assert cell(preview.errors_table, 0, 0) == "2"
    assert not preview.isComplete()
    preview.allow_check.setChecked(True)  # checks again with the option
    assert preview.errors_table.rowCount() == 0 and preview.isComplete()
    wizard.next()
    assert wizard.currentId() == ImportWizard.RESULT
    assert "ledger transaction" in wizard.result_page.text.text()
    with db.transaction() as s:
        assert members.get(s, SETUP, ids[0]).balance == -2500
        assert members.get(s, SETUP, ids[1]).balance == 2500
        opening = ledger.journal(s, SETUP, ledger.JournalFilter(kind="opening"))
    assert len(opening) == 1 and len(opening[0].entries) == 2  # they sum to zero: no third leg


def test_bookkeeper_cannot_open_the_import_wizard(
    qtbot: QtBot, keeper_ctx: AppContext, boxes: Boxes
) -> None:
    ctx = keeper_ctx
    parent = QWidget()
    qtbot.addWidget(parent)
    assert open_import_wizard(ctx, parent) is None
    assert "coordinators and administrators" in boxes.last.text
    menu = QMenu(parent)
    actions = {a.objectName(): a for a in add_file_actions(parent, menu, ctx)}
    assert not actions["import_action"].isEnabled()
    assert "bookkeeper" in actions["import_action"].toolTip()
    assert actions["directory_action"].isEnabled()  # reading and printing are fine


def test_coordinator_gets_the_import_action(qtbot: QtBot, db: Database, make_ctx: MakeCtx) -> None:
    coordinator = add_operator(db, "cora", Role.COORDINATOR)
    ctx = make_ctx(coordinator.actor(), coordinator)
    parent = QWidget()
    qtbot.addWidget(parent)
    menu = QMenu(parent)
    actions = {a.objectName(): a for a in add_file_actions(parent, menu, ctx)}
    assert actions["import_action"].isEnabled()


@pytest.mark.parametrize("kind", [Kind.MEMBERS, Kind.LISTINGS, Kind.BALANCES])
def test_every_kind_is_offered_to_an_administrator(
    qtbot: QtBot, admin_ctx: AppContext, kind: Kind
) -> None:
    wizard = open_wizard(qtbot, admin_ctx)
    assert wizard.choose_page.kind_radios[kind].isEnabled()


def test_text_from_the_file_is_shown_as_text_not_markup(
    qtbot: QtBot, admin_ctx: AppContext, tmp_path: Path
) -> None:
    path = write(tmp_path, "<i>bold<i>.csv", "Name;Handy\nAnn;1\n")
    wizard = open_wizard(qtbot, admin_ctx)
    wizard.choose_page.path_edit.setText(str(path))
    wizard.next()
    described = wizard.format_page.described.text()
    assert "&lt;i&gt;bold&lt;i&gt;.csv" in described and "<i>" not in described
