"""Amounts and dates the coordinator's locale's way, and hours:minutes for a timebank:
typed into the real dialogs with keys, checked in the database."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from localex_desktop.db.connection import Database
from localex_desktop.domain.money import Currency
from localex_desktop.services import members, settings
from localex_desktop.services.members import MemberInfo
from localex_desktop.ui import locale
from localex_desktop.ui.context import AppContext
from localex_desktop.ui.pages.administration.settings_tab import SettingsTab
from localex_desktop.ui.pages.members.transfer_dialog import TransferDialog

from .helpers import SETUP, shown

TIME = {"name": "Hours", "symbol": "h", "decimals": 2, "clock": True}


@pytest.fixture
def german() -> Iterator[None]:
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    try:
        yield
    finally:
        QLocale.setDefault(QLocale.c())


@pytest.fixture
def pair(db: Database) -> list[MemberInfo]:
    with db.transaction() as s:
        made = [
            members.create(s, SETUP, members.MemberInput(name=n), credit_limit=1_000_000)
            for n in ("Ada Lovelace", "Bram Stoker")
        ]
        return [members.get(s, SETUP, m.id) for m in made]


def _transfer(
    qtbot: QtBot, ctx: AppContext, cur: Currency, pair: list[MemberInfo], typed: str
) -> TransferDialog:
    d = TransferDialog(ctx, cur, payer=pair[0])
    qtbot.addWidget(d)
    d.show()
    d.payee_picker.set_member(pair[1])
    d.amount_edit.setFocus()
    QTest.keyClicks(d.amount_edit, typed)
    QTest.keyClicks(d.memo_edit, "Plums")
    return d


def _balance(db: Database, member: MemberInfo) -> int:
    with db.transaction() as s:
        return members.get(s, SETUP, member.id).balance


def _currency(db: Database) -> Currency:
    """The exchange's currency as the GUI's pages read it."""
    with db.transaction() as s:
        return locale.currency_of(s)


def test_the_c_locale_keeps_the_plain_style() -> None:
    assert locale.style().decimal == "." and locale.style().group == ""
    assert locale.qt_date_format() == "yyyy-MM-dd"


def test_a_german_coordinator_types_a_decimal_comma(
    german: None, qtbot: QtBot, admin_ctx: AppContext, db: Database, pair: list[MemberInfo]
) -> None:
    cur = _currency(db)
    d = _transfer(qtbot, admin_ctx, cur, pair, "12,50")
    assert d.amount_edit.placeholderText() == "0,00"
    assert "10.000,00 Cr" in d.credit_label.text()  # the credit line in German too
    assert d.ok_button.isEnabled()
    QTest.keyClick(d.memo_edit, Qt.Key.Key_Return)
    assert d.result_value is not None
    assert _balance(db, pair[1]) == 1250


def test_german_too_many_decimals_is_refused(
    german: None, qtbot: QtBot, admin_ctx: AppContext, db: Database, pair: list[MemberInfo]
) -> None:
    d = _transfer(qtbot, admin_ctx, _currency(db), pair, "12,345")
    assert not d.ok_button.isEnabled()
    assert "more than 2 decimal places" in d.error_text("amount")
    d.amount_edit.clear()
    QTest.keyClicks(d.amount_edit, "1.234,50")
    assert d.error_text("amount") == "" and d.ok_button.isEnabled()
    QTest.keyClick(d.memo_edit, Qt.Key.Key_Return)
    assert _balance(db, pair[1]) == 123450


def test_hours_and_minutes_typed_post_hundredths_of_an_hour(
    qtbot: QtBot, admin_ctx: AppContext, db: Database, pair: list[MemberInfo]
) -> None:
    with db.transaction() as s:
        settings.put(s, SETUP, "currency", TIME)
    cur = _currency(db)
    assert cur.clock
    d = _transfer(qtbot, admin_ctx, cur, pair, "1:31")
    assert "steps of 3 minutes" in d.error_text("amount")
    assert not d.ok_button.isEnabled()
    d.amount_edit.clear()
    QTest.keyClicks(d.amount_edit, "1:30")
    assert d.amount_edit.placeholderText() == "0:00"
    assert "after this transfer: 9998:30 h" in d.credit_label.text()
    QTest.keyClick(d.memo_edit, Qt.Key.Key_Return)
    assert _balance(db, pair[1]) == 150


def test_the_settings_tab_turns_hours_and_minutes_on(
    qtbot: QtBot, admin_ctx: AppContext, db: Database
) -> None:
    tab = shown(qtbot, SettingsTab(admin_ctx), None)
    assert not tab.clock_box.isChecked()
    QTest.mouseClick(tab.clock_box, Qt.MouseButton.LeftButton)
    tab.limit_edit.setText("2:30")
    tab.save_button.click()
    assert tab.message.text() == "Settings saved."
    with db.transaction() as s:
        assert settings.currency(s).clock
        assert settings.get(s, "currency")["clock"] is True
        assert settings.get(s, "default_credit_limit") == 250
    assert tab.limit_edit.text() == "2:30"
    tab.save_button.click()
    assert tab.message.text().startswith("Nothing to save")


def test_dates_in_the_locale_short_format_or_iso(german: None) -> None:
    assert locale.qt_date_format() == "dd.MM.yyyy"
    assert locale.format_date(date(2026, 3, 5)) == "05.03.2026"
    assert locale.parse_date("05.03.2026") == locale.parse_date("2026-03-05") == date(2026, 3, 5)
    with pytest.raises(Exception, match="not a date"):
        locale.parse_date("03/05/2026")
