"""The import wizard by keyboard alone: conflicts listed, nothing written; the mapping
kept across Back and Next; dates that read two ways asked; unknown columns listed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableWidget, QWidget, QWizard
from pytestqt.qtbot import QtBot

from localex_desktop.db.connection import Database
from localex_desktop.services import imports
from localex_desktop.ui.context import AppContext
from localex_desktop.ui.import_wizard.wizard import ImportWizard, open_import_wizard

from .helpers import SETUP, audit_count, shown
from .test_import_wizard import cell, header, member_names

DATA = Path(__file__).resolve().parent.parent / "data" / "imports"


def seed_demo_members(db: Database) -> None:
    flow = imports.ImportFlow("members")
    flow.choose_file(DATA / "demo_members.csv")
    flow.to_mapping()
    with db.transaction() as s:
        flow.run_preview(s, SETUP)
    with db.transaction() as s:
        flow.commit(s, SETUP)


def open_active(qtbot: QtBot, ctx: AppContext) -> ImportWizard:
    parent = shown(qtbot, QWidget(), None)
    wizard = open_import_wizard(ctx, parent)
    assert wizard is not None
    wizard.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is wizard)
    wizard._parent = parent  # type: ignore[attr-defined]  # kept alive with the wizard
    return wizard


def alt(qtbot: QtBot, wizard: ImportWizard, key: Qt.Key, page: int | None = None) -> None:
    """Alt+``key`` where the focus is; then wait for the wizard to show ``page``.

    A button's mnemonic clicks it after a short animation, hence the wait; a disabled
    button takes no shortcut at all, so a refused step needs none."""
    widget = QApplication.focusWidget() or wizard
    qtbot.keyClick(widget, key, Qt.KeyboardModifier.AltModifier)
    if page is not None:
        qtbot.waitUntil(lambda: wizard.currentId() == page)


def type_path(qtbot: QtBot, wizard: ImportWizard, path: Path) -> None:
    """From the kind (the first radio button has the focus), Tab to the file and type it."""
    qtbot.waitUntil(lambda: wizard.choose_page.kind_radios[imports.Kind.MEMBERS].hasFocus())
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert wizard.choose_page.path_edit.hasFocus()
    qtbot.keyClicks(wizard.choose_page.path_edit, str(path))


def to_mapping(qtbot: QtBot, ctx: AppContext, path: Path) -> ImportWizard:
    """Members from ``path``, by keyboard: the file typed, then Next, Next to the mapping."""
    wizard = open_active(qtbot, ctx)
    wizard.choose_page.kind_radios[imports.Kind.MEMBERS].setFocus()
    type_path(qtbot, wizard, path)
    alt(qtbot, wizard, Qt.Key.Key_N, ImportWizard.FORMAT)  # Next: how the file is read
    alt(qtbot, wizard, Qt.Key.Key_N, ImportWizard.MAPPING)  # Next: the mapping
    return wizard


def errors(table: QTableWidget) -> list[tuple[str, str, str]]:
    return [
        (cell(table, r, 0), cell(table, r, 1), cell(table, r, 2)) for r in range(table.rowCount())
    ]


def test_a_file_naming_someone_else_is_refused_by_keyboard(
    qtbot: QtBot, db: Database, admin_ctx: AppContext
) -> None:
    seed_demo_members(db)
    before, audit_before = member_names(db), audit_count(db)
    wizard = to_mapping(qtbot, admin_ctx, DATA / "someone_elses.csv")
    alt(qtbot, wizard, Qt.Key.Key_N, ImportWizard.PREVIEW)  # Next: the preview
    page = wizard.preview_page
    listed = errors(page.errors_table)
    assert [line for line, _c, _t in listed] == ["2", "3", "4", "7", "8"]
    _line, column, text = listed[0]
    assert column == "Member number" and text.startswith("Someone else: ")
    assert "Hiroshi Patel" in text and "Ada Lovelace" in text
    assert "belongs to someone else" in page.summary.text()
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    qtbot.keyClick(QApplication.focusWidget() or wizard, Qt.Key.Key_Return)  # refused
    alt(qtbot, wizard, Qt.Key.Key_I)  # Import: refused too
    assert wizard.currentId() == ImportWizard.PREVIEW
    assert member_names(db) == before and audit_count(db) == audit_before


def test_the_mapping_survives_back_and_next(
    qtbot: QtBot, db: Database, admin_ctx: AppContext
) -> None:
    wizard = to_mapping(qtbot, admin_ctx, DATA / "unknown_columns.csv")
    mapping = wizard.mapping_page
    assert mapping.unmapped.isVisibleTo(wizard)
    assert "Kreditlimit (column 4)" in mapping.unmapped.text()
    assert "Beitritt (column 5)" in mapping.unmapped.text()
    mapping.set_field(3, "credit_limit")
    mapping.set_field(4, "joined_on")
    assert not mapping.unmapped.isVisibleTo(wizard)
    alt(qtbot, wizard, Qt.Key.Key_N, ImportWizard.PREVIEW)  # the preview shows the limit
    rows = wizard.preview_page.rows_table
    assert "Credit limit" in [header(rows, c) for c in range(rows.columnCount())]
    for expected in (ImportWizard.MAPPING, ImportWizard.FORMAT, ImportWizard.CHOOSE):
        alt(qtbot, wizard, Qt.Key.Key_B, expected)  # Back
    alt(qtbot, wizard, Qt.Key.Key_N, ImportWizard.FORMAT)
    alt(qtbot, wizard, Qt.Key.Key_N, ImportWizard.MAPPING)
    assert [mapping.field_of(i) for i in range(5)] == [
        "number", "name", "email", "credit_limit", "joined_on",
    ]  # fmt: skip


def test_the_wizard_asks_how_dates_are_written(
    qtbot: QtBot, db: Database, admin_ctx: AppContext
) -> None:
    wizard = to_mapping(qtbot, admin_ctx, DATA / "us_dates.csv")
    mapping = wizard.mapping_page
    assert mapping.dates_box.isVisibleTo(wizard) and mapping.dates_box.currentData() is None
    assert "03/04/2024 on line 2" in mapping.problems.text()
    assert not mapping.isComplete()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    alt(qtbot, wizard, Qt.Key.Key_N)  # refused until the order is chosen
    assert wizard.currentId() == ImportWizard.MAPPING
    alt(qtbot, wizard, Qt.Key.Key_D)  # the label's mnemonic: the dates box
    assert mapping.dates_box.hasFocus()
    index = mapping.dates_box.findData("mdy")
    while mapping.dates_box.currentIndex() < index:
        qtbot.keyClick(mapping.dates_box, Qt.Key.Key_Down)
    assert mapping.isComplete() and not mapping.problems.isVisibleTo(wizard)
    alt(qtbot, wizard, Qt.Key.Key_N, ImportWizard.PREVIEW)
    rows = wizard.preview_page.rows_table
    joined = [header(rows, c) for c in range(rows.columnCount())].index("Joined on")
    assert cell(rows, 0, joined) == "2024-03-04"
