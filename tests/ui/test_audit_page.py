"""The Audit log page: keyset paging, filters in the database, the before/after diff."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6 import QtGui
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QTextDocument
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from localex_desktop.db.connection import Database
from localex_desktop.domain.roles import Actor, Role
from localex_desktop.services import audit, members, settings
from localex_desktop.services.audit import AuditRow
from localex_desktop.ui.context import AppContext
from localex_desktop.ui.pages.audit.diff import diff_html, diff_lines, summary
from localex_desktop.ui.pages.audit.page import AuditPage

from .helpers import shown

SETUP = Actor("setup", Role.ADMIN)
BERT = Actor("bert", Role.COORDINATOR)


@pytest.fixture
def history(db: Database) -> list[int]:
    """260 members enrolled by setup, then bert renames one and suspends another."""
    with db.transaction() as s:
        ids = [
            members.create(s, SETUP, members.MemberInput(name=f"Member {n:03d}")).id
            for n in range(260)
        ]
        settings.put(s, SETUP, "exchange_name", "Riverside")
    with db.transaction() as s:
        members.update(s, BERT, ids[5], name="Renamed Five", email="five@example.org")
        members.suspend(s, BERT, ids[6])
    return ids


def make_page(qtbot: QtBot, ctx: AppContext) -> AuditPage:
    return shown(qtbot, AuditPage(ctx), (1200, 700))


@pytest.fixture
def page(qtbot: QtBot, history: list[int], admin_ctx: AppContext) -> AuditPage:
    """The page as an administrator opens it, on the test data."""
    return make_page(qtbot, admin_ctx)


def rows(page: AuditPage) -> list[AuditRow]:
    out = []
    for n in range(page.model.loaded_count()):
        row = page.model.row(n)
        assert row is not None
        out.append(row)
    return out


def test_newest_first_in_keyset_pages(page: AuditPage, qtbot: QtBot, db: Database) -> None:
    first = rows(page)
    assert len(first) == 200 and page.model.has_more
    assert [r.id for r in first] == sorted((r.id for r in first), reverse=True)
    assert (first[0].action, first[0].entity) == ("create", "operator")  # admin_ctx's anna
    assert (first[1].action, first[1].actor) == ("suspend", "bert")
    assert "more as you scroll" in page.count_label.text()
    page.model.fetchMore()
    everything = rows(page)
    with db.transaction() as s:
        total = len(audit.query(s, SETUP, limit=10_000))
    assert len(everything) == total > 260 and not page.model.has_more
    assert len({r.id for r in everything}) == total
    assert page.count_label.text() == f"{total} changes"
    ModelTester(qtbot).check(page.model)


def test_filters_run_in_the_database(page: AuditPage, db: Database, history: list[int]) -> None:
    page.operator_edit.setText("BERT")
    page.apply_filters()  # Enter; typing waits a moment first
    assert [(r.action, r.entity_id) for r in rows(page)] == [
        ("suspend", str(history[6])),
        ("update", str(history[5])),
    ]
    page.entity_box.setCurrentIndex(page.entity_box.findData("setting"))
    assert rows(page) == []  # bert changed no setting
    page.operator_edit.clear()
    page.apply_filters()
    assert [(r.entity, r.entity_id) for r in rows(page)] == [("setting", "exchange_name")]
    page.entity_box.setCurrentIndex(page.entity_box.findData("member"))
    page.record_edit.setText(str(history[5]))
    page.apply_filters()
    assert [r.action for r in rows(page)] == ["update", "create"]

    page.clear_filters()
    assert page.filter_values() == page.model.query.filters and len(rows(page)) == 200
    tomorrow = date.today() + timedelta(days=1)
    page.dates.since_edit.setDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
    page.dates.since_check.setChecked(True)
    assert rows(page) == []
    page.dates.since_check.setChecked(False)
    yesterday = date.today() - timedelta(days=1)
    page.dates.until_edit.setDate(QDate(yesterday.year, yesterday.month, yesterday.day))
    page.dates.until_check.setChecked(True)
    assert rows(page) == []
    page.dates.until_edit.setDate(QDate.currentDate())
    assert len(rows(page)) == 200


def test_typed_entity_name_and_bad_dates(page: AuditPage) -> None:
    page.entity_box.setEditText("Settings")
    page.apply_filters()
    assert page.filter_values().entity == "setting"
    assert [r.entity for r in rows(page)] == ["setting"]
    page.dates.since_edit.setDate(QDate.currentDate().addDays(3))
    page.dates.until_edit.setDate(QDate.currentDate())
    page.dates.until_check.setChecked(True)
    page.dates.since_check.setChecked(True)
    assert "after the 'To' date" in page.message.text()


def test_detail_shows_the_diff(page: AuditPage) -> None:
    page.operator_edit.setText("bert")
    page.apply_filters()
    page.table.select_row(1)  # the update
    title = page.detail_title.text()
    assert "Update member" in title and "by bert" in title
    text = page.detail.toPlainText()
    assert '−   "name": "Member 005"' in text
    assert '+   "name": "Renamed Five"' in text
    assert '"status": "active"' in text  # unchanged lines stay, for context
    assert page.model.index(1, 6).data().startswith("email: null → ")
    page.table.clearSelection()
    page.table.setCurrentIndex(page.model.index(-1, -1))
    assert page.detail.toPlainText() == ""


def test_live_refresh_keeps_the_selection(page: AuditPage, db: Database) -> None:
    page.table.select_row(3)
    chosen = page.table.selected_key()
    with db.transaction() as s:
        members.create(s, SETUP, members.MemberInput(name="Newcomer"))
    page.live_refresh(frozenset({"members"}))
    assert rows(page)[0].after["name"] == "Newcomer"
    assert page.table.selected_key() == chosen


def test_diff_and_summary_words() -> None:
    before = {"name": "A", "status": "active", "n": 1}
    after = {"name": "B", "status": "active", "n": 1}
    assert diff_lines(before, after) == [
        (" ", "{"),
        (" ", '  "n": 1,'),
        ("-", '  "name": "A",'),
        ("+", '  "name": "B",'),
        (" ", '  "status": "active"'),
        (" ", "}"),
    ]
    assert all(tag == "+" for tag, _ in diff_lines(None, {"x": 1}))
    assert "No values were recorded" in diff_html(None, None)
    assert "&lt;b&gt;" in diff_html(None, {"x": "<b>"})

    def row(action: str, before: object, after: object) -> AuditRow:
        from datetime import datetime

        return AuditRow(1, datetime.now().astimezone(), "a", None, action, "x", "1", before, after)

    assert summary(row("update", before, after)) == "name: A → B"
    assert summary(row("create", None, {"name": "Ann", "id": 3})) == "Ann"
    assert summary(row("post", None, {"kind": "trade", "memo": "Bread"})) == "trade: Bread"
    assert summary(row("update", "Old name", "New name")) == "Old name → New name"
    many = {"a": 1, "b": 2, "c": 3}
    assert summary(row("update", many, {"a": 2, "b": 3, "c": 4})) == "a, b, c"


def test_markup_in_names_shows_as_typed(
    qtbot: QtBot, db: Database, history: list[int], admin_ctx: AppContext
) -> None:
    """A member called "<b>Eve</b>" is shown with the brackets, in the tooltip and title."""

    def shown(text: str, *, auto: bool = True) -> str:
        """What a label (or a tooltip) shows for ``text``: rich text if it looks like it."""
        doc = QTextDocument()
        if auto and not QtGui.Qt.mightBeRichText(text):
            doc.setPlainText(text)
        else:
            doc.setHtml(text)
        return doc.toPlainText()

    with db.transaction() as s:
        members.create(s, Actor("<i>ops</i>", Role.ADMIN), members.MemberInput(name="<b>Eve</b>"))
    page = make_page(qtbot, admin_ctx)
    page.table.select_row(0)
    tip = page.model.index(0, 6).data(Qt.ItemDataRole.ToolTipRole)
    assert page.model.index(0, 6).data() == "<b>Eve</b>"
    assert shown(tip) == "<b>Eve</b>"
    assert "by <i>ops</i> on" in shown(page.detail_title.text(), auto=False)


def test_search_ignores_case_and_accents(
    qtbot: QtBot, db: Database, history: list[int], admin_ctx: AppContext
) -> None:
    with db.transaction() as s:
        zoe = members.create(s, SETUP, members.MemberInput(name="Zoë Ñúñez"))
    page = make_page(qtbot, admin_ctx)
    page.focus_search()
    assert page.search_edit is not None
    qtbot.keyClicks(page.search_edit, "NUN")
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)
    assert [(r.action, r.entity_id) for r in rows(page)] == [("create", str(zoe.id))]
    page.clear_filters()
    assert page.search_edit.text() == "" and len(rows(page)) == 200
