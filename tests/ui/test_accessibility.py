"""Every window as a screen reader and the keyboard meet it (see :mod:`.a11y_check`):
each input and button has a name the screen reader says, takes the focus with Tab, and
Tab goes in reading order; on every page of the main window, every dialog of
``test_layout_dialogs`` and the first-run wizard's pages. Then one page through the
accessibility tree as a screen reader reads it, and the text-size setting.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from localex_desktop.domain.money import Currency
from localex_desktop.services import settings
from localex_desktop.services.members import MemberInfo
from localex_desktop.ui import accessibility
from localex_desktop.ui.context import AppContext
from localex_desktop.ui.first_run.logic import FirstRunLogic
from localex_desktop.ui.first_run.wizard import FirstRunWizard
from localex_desktop.ui.main_window import MainWindow
from localex_desktop.ui.models.columns import MoneyFormat, amount_column
from localex_desktop.ui.models.list_table import ListTableModel
from localex_desktop.ui.pages.members.member_dialog import MemberDialog
from localex_desktop.ui.tasks import TaskRunner
from localex_desktop.ui.widgets import MessageLabel

from .a11y_check import a11y_problems, accessible_name, tab_stops
from .test_layout import folks, settle  # noqa: F401 - the fixture
from .test_layout_dialogs import DIALOGS, World, world  # noqa: F401 - the fixture

SIZE = (1000, 660)
ColumnHeader = QAccessible.Role.ColumnHeader


def test_every_page_of_the_main_window(
    qtbot: QtBot,
    admin_ctx: AppContext,
    folks: list[MemberInfo],  # noqa: F811 - the fixture
) -> None:
    window = MainWindow(admin_ctx)
    qtbot.addWidget(window)
    settle(qtbot, window, SIZE)
    found: dict[str, list[str]] = {}
    try:
        for key in window.page_keys():
            window.show_page(key)
            QApplication.processEvents()
            found[key] = a11y_problems(window)
    finally:
        window.live.stop()
    bad = {k: v for k, v in found.items() if v}
    assert bad == {}, "\n".join(f"{k}: {p}" for k, v in bad.items() for p in v)


@pytest.mark.parametrize("name", list(DIALOGS))
def test_every_dialog(qtbot: QtBot, world: World, name: str) -> None:  # noqa: F811
    dialog = DIALOGS[name](world)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    found = a11y_problems(dialog)
    assert found == [], f"{name}:\n" + "\n".join(found)


@pytest.mark.parametrize("admin_only", [False, True], ids=["location", "administrator"])
def test_every_first_run_page(qtbot: QtBot, tmp_path: Path, admin_only: bool) -> None:
    logic = FirstRunLogic(tmp_path / "data", admin_only=admin_only)
    wizard = FirstRunWizard(logic, TaskRunner(inline=True))
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    found = a11y_problems(wizard)
    if wizard.location_page is not None:
        assert accessible_name(wizard.location_page.folder_edit) == "Data folder:"
        wizard.location_page.server_radio.setChecked(True)
        QApplication.processEvents()
        found += a11y_problems(wizard)
    assert found == [], "\n".join(found)


# -- one page as a screen reader reads it ----------------------------------------------


def test_the_members_page_through_the_accessibility_tree(
    qtbot: QtBot,
    admin_ctx: AppContext,
    folks: list[MemberInfo],  # noqa: F811 - the fixture
) -> None:
    window = MainWindow(admin_ctx)
    qtbot.addWidget(window)
    settle(qtbot, window, SIZE)
    try:
        page = window.show_page("members")
        table = page.table  # type: ignore[attr-defined]
        qtbot.waitUntil(lambda: table.model().rowCount() == 2)
        face = QAccessible.queryAccessibleInterface(table)
        assert face.role() == QAccessible.Role.Table
        assert face.text(QAccessible.Text.Name) == "Members"
        kids = [face.child(n) for n in range(face.childCount())]
        titles = [k.text(QAccessible.Text.Name) for k in kids if k.role() == ColumnHeader]
        assert "Name" in titles and any(t.startswith("Balance") for t in titles), titles
        cells = [k for k in kids if k.role() == QAccessible.Role.Cell]
        assert len(cells) == 2 * len(titles)
        # each cell names its column and its row (the member), as a screen reader says
        said: dict[tuple[int, int], tuple[str, str, list[str], list[str]]] = {}
        for c in cells:
            where = c.tableCellInterface()
            said[where.rowIndex(), where.columnIndex()] = (
                c.text(QAccessible.Text.Name),
                c.text(QAccessible.Text.Description),
                [h.text(QAccessible.Text.Name) for h in where.columnHeaderCells()],
                [h.text(QAccessible.Text.Name) for h in where.rowHeaderCells()],
            )
        name_col = titles.index("Name")
        assert said[0, name_col][2] == ["Name"]
        assert {said[r, name_col][3][0] for r in (0, 1)} == {f.name for f in folks}
        # the negative balance: a minus sign, and said to be below zero
        balance = next(n for n, t in enumerate(titles) if t.startswith("Balance"))
        amounts = [said[r, balance] for r in (0, 1)]
        negative = [a for a in amounts if a[0].startswith(("-", "\u2212"))]
        assert len(negative) == 1, amounts
        assert "below zero" in negative[0][1], amounts
        # the search box and the buttons have their names
        search = next(e for e in page.findChildren(QLineEdit) if e.isVisible())
        assert accessible_name(search), "the search box has no name"
        names = [accessible_name(b) for b in page.findChildren(QPushButton) if b.isVisible()]
        assert names and all(names), names
        # the tab order starts at the page list and reaches the table
        stops = tab_stops(window)
        assert stops[0] is window.nav and table in stops
    finally:
        window.live.stop()


# -- state not by colour alone ---------------------------------------------------------


def test_an_error_says_error(qtbot: QtBot) -> None:
    label = MessageLabel()
    qtbot.addWidget(label)
    label.show_error("The amount is too large.", "Type at most 1,000.")
    said = accessible_name(label) + " " + label.text()
    assert "Error:" in said
    assert "The amount is too large." in label.text()
    label.show_ok("Saved.")
    assert "Error" not in accessible_name(label) + label.text()


def test_a_negative_amount_has_a_sign_and_a_description() -> None:
    money = MoneyFormat(Currency())
    model: ListTableModel[int] = ListTableModel([amount_column("Balance", money, lambda r: r)])
    model.set_rows([-1250, 300])
    low, high = model.index(0, 0), model.index(1, 0)
    assert model.data(low).startswith(("-", "−"))
    assert "below zero" in model.data(low, Qt.ItemDataRole.AccessibleDescriptionRole)
    assert model.data(high, Qt.ItemDataRole.AccessibleDescriptionRole) is None


# -- larger text -----------------------------------------------------------------------


def test_text_size_is_a_setting_of_this_computer() -> None:
    assert settings.this_computer("text_scale") == 100
    settings.choose_text_scale(150)
    assert settings.this_computer("text_scale") == 150
    with pytest.raises(Exception, match="100, 125 or 150"):
        settings.choose_text_scale(300)


def test_the_application_font_grows_with_the_setting(qapp: QApplication) -> None:
    before = qapp.font()
    try:
        settings.choose_text_scale(150)
        accessibility.apply_text_scale(qapp)
        assert qapp.font().pointSizeF() == pytest.approx(before.pointSizeF() * 1.5)
    finally:
        qapp.setFont(before)


def test_view_text_size_menu(qtbot: QtBot, admin_ctx: AppContext, boxes: object) -> None:
    window = MainWindow(admin_ctx)
    qtbot.addWidget(window)
    try:
        menu = window.text_size_menu
        actions = {a.text().replace("&", ""): a for a in menu.actions()}
        assert list(actions) == ["100 %", "125 %", "150 %"]
        assert actions["100 %"].isChecked()
        actions["125 %"].trigger()
        assert settings.this_computer("text_scale") == 125
        assert "starts again" in boxes.last.text  # type: ignore[attr-defined]
    finally:
        window.live.stop()


@pytest.mark.parametrize("window", ["#ffffff", "#efefef", "#000000", "#2b2b2b"])
def test_state_colours_can_be_read_on_any_palette(window: str) -> None:
    """Red and green on a light, a grey, a black (high-contrast) and a dark palette."""
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor(window))
    for tone in ("error", "ok", "negative", "muted"):
        color = accessibility.tone_color(tone, palette)  # type: ignore[arg-type]
        assert accessibility.contrast(color, QColor(window)) >= 4.5, (tone, color.name())


def test_a_field_error_is_said_as_an_error(qtbot: QtBot, admin_ctx: AppContext) -> None:
    dialog = MemberDialog(admin_ctx, Currency())
    qtbot.addWidget(dialog)
    dialog.submit()  # the name is missing: its error shows under the field
    shown = [
        label
        for label in dialog.findChildren(QLabel)
        if label.objectName().startswith("error_") and label.text()
    ]
    assert shown
    for label in shown:
        assert accessible_name(label) == f"Error: {label.text()}"
    dialog.name_edit.setText("Ada Lovelace")  # the error goes: so does "Error:"
    dialog.touch("name")
    assert all(accessible_name(label) == label.text() for label in shown if label.text())
