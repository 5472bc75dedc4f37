"""The Transfer dialog's value date: an administrator may date a transfer earlier, with a
reason; nobody else sees the fields, and their transfers are dated today."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
import sqlalchemy as sa
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from localex_desktop.db.connection import Database
from localex_desktop.domain.money import Currency
from localex_desktop.domain.roles import Actor, Role
from localex_desktop.services import audit, members
from localex_desktop.services.members import MemberInfo
from localex_desktop.ui.context import AppContext
from localex_desktop.ui.pages.members.transfer_dialog import TransferDialog

from .helpers import SETUP, MakeCtx


@pytest.fixture
def pair(db: Database) -> list[MemberInfo]:
    with db.transaction() as s:
        made = [
            members.create(s, SETUP, members.MemberInput(name=n), credit_limit=10_000)
            for n in ("Ada Lovelace", "Bram Stoker")
        ]
        return [members.get(s, SETUP, m.id) for m in made]


def _dialog(qtbot: QtBot, ctx: AppContext, pair: list[MemberInfo]) -> TransferDialog:
    d = TransferDialog(ctx, Currency(), payer=pair[0])
    qtbot.addWidget(d)
    d.show()
    d.payee_picker.set_member(pair[1])
    d.amount_edit.setFocus()
    QTest.keyClicks(d.amount_edit, "12.50")
    QTest.keyClicks(d.memo_edit, "Plums")
    return d


def _posted(db: Database) -> tuple[date, str | None, date]:
    with db.transaction() as s:
        row = s.execute(
            sa.text(
                "SELECT value_date, reason, (posted_at AT TIME ZONE current_setting('TimeZone'))"
                "::date AS recorded FROM transactions ORDER BY id DESC LIMIT 1"
            )
        ).one()
    return row.value_date, row.reason, row.recorded


def test_an_administrator_dates_a_transfer_earlier_with_a_reason(
    qtbot: QtBot, admin_ctx: AppContext, db: Database, pair: list[MemberInfo]
) -> None:
    d = _dialog(qtbot, admin_ctx, pair)
    assert d.value_date_edit.isVisible() and d.reason_edit.isVisible()
    assert d.value_date_edit.date() == QDate.currentDate()
    assert not d.reason_edit.isEnabled()  # today needs no reason
    assert d.ok_button.isEnabled()
    day = date.today() - timedelta(days=12)
    d.value_date_edit.setFocus()
    d.value_date_edit.setDate(QDate(day.year, day.month, day.day))
    assert d.reason_edit.isEnabled()
    assert not d.ok_button.isEnabled()
    assert "earlier date" in d.error_text("reason")
    d.value_date_edit.setMaximumDate(QDate.currentDate())  # never a day to come
    assert d.value_date_edit.maximumDate() == QDate.currentDate()
    QTest.keyClicks(d.reason_edit, "Slip from the market, typed in late")
    assert d.error_text("reason") == "" and d.ok_button.isEnabled()
    QTest.keyClick(d.reason_edit, Qt.Key.Key_Return)
    assert d.result_value is not None
    assert _posted(db) == (day, "Slip from the market, typed in late", date.today())
    with db.transaction() as s:
        rows = audit.query(s, SETUP, entity="transaction", limit=1)
    assert rows[0].after["value_date"] == day.isoformat() and rows[0].after["backdated"]


def test_a_coordinator_sees_no_value_date_and_posts_today(
    qtbot: QtBot, make_ctx: MakeCtx, db: Database, pair: list[MemberInfo]
) -> None:
    ctx = make_ctx(Actor("coord", Role.COORDINATOR), None)
    d = _dialog(qtbot, ctx, pair)
    assert not d.value_date_edit.isVisible() and not d.reason_edit.isVisible()
    assert d.value_date() is None
    QTest.keyClick(d.memo_edit, Qt.Key.Key_Return)
    assert d.result_value is not None
    assert _posted(db)[:2] == (date.today(), None)
