"""The Settings tab: validated, saved through the settings service, read-only for others."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from localex_desktop.db.connection import Database
from localex_desktop.domain.roles import Actor, Role
from localex_desktop.services import settings
from localex_desktop.ui.context import AppContext
from localex_desktop.ui.pages.administration.settings_tab import SettingsTab

from .conftest import Boxes
from .helpers import MakeCtx, audit_count, shown


def make_tab(qtbot: QtBot, ctx: AppContext) -> SettingsTab:
    return shown(qtbot, SettingsTab(ctx), None)


def test_shows_the_saved_values(qtbot: QtBot, admin_ctx: AppContext) -> None:
    tab = make_tab(qtbot, admin_ctx)
    assert tab.exchange_edit.text() == "Our Exchange"
    assert tab.currency_name_edit.text() == "Credits"
    assert tab.currency_symbol_edit.text() == "Cr"
    assert tab.decimals_box.value() == 2
    assert tab.limit_edit.text() == "500.00"
    assert tab.limit_edit.alignment() & Qt.AlignmentFlag.AlignRight
    assert tab.limit_unit.text() == "Cr"


def test_save_writes_only_what_changed(qtbot: QtBot, admin_ctx: AppContext, db: Database) -> None:
    before = audit_count(db)
    tab = make_tab(qtbot, admin_ctx)
    tab.exchange_edit.setText("Riverside LETS")
    tab.currency_name_edit.setText("Hours")
    tab.currency_symbol_edit.setText("h")
    tab.decimals_box.setValue(1)
    tab.limit_edit.setText("20.5")
    tab.save_button.click()
    assert tab.message.text() == "Settings saved."
    with db.transaction() as session:
        assert settings.get(session, "exchange_name") == "Riverside LETS"
        assert settings.get(session, "currency") == {"name": "Hours", "symbol": "h", "decimals": 1}
        assert settings.get(session, "default_credit_limit") == 205
    assert audit_count(db) == before + 3
    tab.save_button.click()
    assert tab.message.text().startswith("Nothing to save")
    assert audit_count(db) == before + 3


def test_bad_amount_is_refused_and_nothing_written(
    qtbot: QtBot, admin_ctx: AppContext, db: Database
) -> None:
    before = audit_count(db)
    tab = make_tab(qtbot, admin_ctx)
    tab.exchange_edit.setText("Changed")
    tab.limit_edit.setText("12.345")
    tab.save_button.click()
    assert "more than 2 decimal places" in tab.message.text()
    tab.limit_edit.setText("1e3")
    tab.save_button.click()
    assert "is not a number" in tab.message.text()
    tab.limit_edit.setText("10")
    tab.currency_symbol_edit.setText("")
    tab.save_button.click()
    assert "symbol must be 1 to 8" in tab.message.text()
    assert audit_count(db) == before
    with db.transaction() as session:
        assert settings.get(session, "exchange_name") == "Our Exchange"


def test_read_only_for_a_bookkeeper(qtbot: QtBot, make_ctx: MakeCtx) -> None:
    tab = make_tab(qtbot, make_ctx(Actor("bert", Role.BOOKKEEPER), None))
    assert tab.exchange_edit.isReadOnly()
    assert tab.decimals_box.isReadOnly()
    assert not tab.save_button.isEnabled()
    assert "Only an administrator can change the settings" in tab.save_button.toolTip()
    assert "bookkeeper" in tab.exchange_edit.toolTip()
    assert tab.exchange_edit.text() == "Our Exchange"


def test_fewer_decimal_places_rewrite_the_limit_so_save_works(
    qtbot: QtBot, admin_ctx: AppContext, db: Database
) -> None:
    """A timebank counting whole hours: 0 places turns "500.00" into "500" (it was refused
    as "more than 0 decimal places"); a limit that no longer fits is left for Save to name.
    The message of the last save goes as soon as the person edits again."""
    tab = make_tab(qtbot, admin_ctx)
    tab.decimals_box.setFocus()
    qtbot.keyClick(tab.decimals_box, Qt.Key.Key_Down)
    qtbot.keyClick(tab.decimals_box, Qt.Key.Key_Down)
    assert tab.decimals_box.value() == 0
    assert tab.limit_edit.text() == "500"
    tab.save_button.click()
    assert tab.message.text() == "Settings saved."
    with db.transaction() as session:
        assert settings.get(session, "currency")["decimals"] == 0
        assert settings.get(session, "default_credit_limit") == 500
    qtbot.keyClick(tab.decimals_box, Qt.Key.Key_Up)
    assert tab.limit_edit.text() == "500.0"
    assert tab.message.text() == ""  # "Settings saved." was about the values before
    tab.limit_edit.setText("12.5")
    qtbot.keyClick(tab.decimals_box, Qt.Key.Key_Down)
    assert tab.limit_edit.text() == "12.5"
    tab.save_button.click()
    assert "counted in whole units" in tab.message.text()


def test_a_setting_changed_meanwhile_is_asked_about(
    qtbot: QtBot, admin_ctx: AppContext, db: Database, boxes: Boxes
) -> None:
    """Another administrator renamed the exchange after this tab loaded: renaming it here
    too asks; Reload keeps the name typed here and shows their other changes."""
    tab = make_tab(qtbot, admin_ctx)
    other = Actor("dee", Role.ADMIN)
    with db.transaction() as session:
        settings.put(session, other, "exchange_name", "Dee's name")
        settings.put(session, other, "default_credit_limit", 90000)
    tab.exchange_edit.selectAll()
    qtbot.keyClicks(tab.exchange_edit, "Riverside LETS")
    tab.save_button.click()
    assert boxes.last.text == (
        "dee changed the exchange name of the settings since this page showed them."
    )
    assert tab.exchange_edit.text() == "Riverside LETS"  # Reload kept it
    assert tab.limit_edit.text() == "900.00"  # theirs, which this tab had not changed
    with db.transaction() as session:
        assert settings.get(session, "exchange_name") == "Dee's name"
    tab.save_button.click()
    with db.transaction() as session:
        assert settings.get(session, "exchange_name") == "Riverside LETS"
        assert settings.get(session, "default_credit_limit") == 90000
    assert tab.message.text() == "Settings saved."
