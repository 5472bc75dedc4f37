"""Paper-slip batch entry: keyboard-only grid, control totals, per-row refusals, posting."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from localex_desktop.db.connection import Database
from localex_desktop.domain.money import Currency
from localex_desktop.domain.roles import Actor, Role
from localex_desktop.services import ledger, members, trades
from localex_desktop.services.members import MemberInfo, MemberInput
from localex_desktop.services.trades import TradeInfo, TradeInput
from localex_desktop.ui.context import AppContext
from localex_desktop.ui.pages.trades.page import TradesPage
from localex_desktop.ui.pages.trades.slip_batch import SlipBatchDialog
from localex_desktop.ui.pages.trades.slip_grid import SlipRow

from .conftest import Boxes
from .helpers import MakeCtx, add_operator, audit_count, enrol, in_hours, replace_exec, shown

SETUP = Actor("setup", Role.ADMIN)
HOURS = Currency("Hours", "h", 2)


@dataclass
class People:
    ann: MemberInfo
    bob: MemberInfo
    cyd: MemberInfo
    dee: MemberInfo  # suspended
    eve: MemberInfo  # credit limit 5.00


@pytest.fixture
def people(db: Database) -> People:
    with db.transaction() as s:
        in_hours(s)
        ann, bob, cyd, dee = enrol(s, "Ann Archer", "Bob Baker", "Cyd Carter", "Dee Dyer")
        eve = members.create(s, SETUP, MemberInput(name="Eve Evans"), credit_limit=500)
        members.suspend(s, SETUP, dee.id)
        trades.record_completed(
            s, SETUP, TradeInput(bob.id, cyd.id, 100, "Eggs", slip_number="A-17")
        )
        return People(*(members.get(s, SETUP, m.id) for m in (ann, bob, cyd, dee, eve)))


def make_dialog(qtbot: QtBot, ctx: AppContext) -> SlipBatchDialog:
    dialog = shown(qtbot, SlipBatchDialog(ctx, HOURS), (1000, 600))
    dialog.activateWindow()
    return dialog


@pytest.fixture
def dialog(qtbot: QtBot, admin_ctx: AppContext, people: People) -> SlipBatchDialog:
    """An administrator's slip batch dialog, shown and active (after the people exist)."""
    return make_dialog(qtbot, admin_ctx)


def focused(dialog: SlipBatchDialog) -> object:
    """The field that has the focus in the dialog (offscreen windows may be inactive)."""
    return dialog.focusWidget()


def enter(qtbot: QtBot, widget: object, text: str) -> None:
    """Type into a field and press Enter (which moves on)."""
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def set_total(dialog: SlipBatchDialog, total: str) -> None:
    """Put the control total in as if typed (the dialog listens to ``textEdited``)."""
    dialog.total_edit.setText(total)
    dialog.total_edit.textEdited.emit(total)


def expect(dialog: SlipBatchDialog, count: int, total: str) -> None:
    """The control figures of the batch: how many slips, and the hours they add up to."""
    dialog.count_box.setValue(count)
    set_total(dialog, total)


def fill_row(dialog: SlipBatchDialog, n: int, *values: str) -> SlipRow:
    while len(dialog.rows) <= n:
        dialog.add_row()
    row = dialog.rows[n]
    for field, value in zip(row.fields(), values, strict=False):
        field.setText(value)
        if hasattr(field, "search_now"):
            field.search_now()
    return row


def batch_trades(db: Database) -> list[TradeInfo]:
    with db.transaction() as s:
        return [t for t in trades.search(s, SETUP, sort="id", descending=False) if t.batch_id]


def test_keyboard_entry_running_totals_and_posting(
    qtbot: QtBot, dialog: SlipBatchDialog, db: Database, people: People
) -> None:
    assert not dialog.post_button.isEnabled()
    assert dialog.post_button.toolTip() == "Type the slips first."
    dialog.count_box.setValue(3)
    qtbot.keyClicks(dialog.total_edit, "10.5")
    assert dialog.count_status.text() == "0 of 3 slips entered (3 more to enter)."
    assert dialog.total_status.text() == "Slips add up to 0.00 h: 10.50 h still missing."

    first = dialog.rows[0]
    first.slip.setFocus()
    enter(qtbot, first.slip, "101")
    assert focused(dialog) is first.buyer
    enter(qtbot, first.buyer, "Ann Archer")  # a whole name: that member
    assert first.buyer.member() == people.ann
    assert focused(dialog) is first.seller
    enter(qtbot, first.seller, str(people.bob.id))  # a number
    assert first.seller.member() == people.bob
    enter(qtbot, first.amount, "5")
    enter(qtbot, first.description, "Bread")
    assert len(dialog.rows) == 2  # a spare row appeared as soon as the first was used
    second = dialog.rows[1]
    assert focused(dialog) is second.slip
    enter(qtbot, second.slip, "102")
    enter(qtbot, second.buyer, "Cyd Carter")
    enter(qtbot, second.seller, "ann archer")
    enter(qtbot, second.amount, "2.50")
    qtbot.keyClick(second.description, Qt.Key.Key_Return)  # no description: "Paper slip 102"
    assert dialog.count_status.text() == "2 of 3 slips entered (1 more to enter)."
    assert dialog.total_status.text() == "Slips add up to 7.50 h: 3.00 h still missing."
    third = fill_row(dialog, 2, "103", str(people.bob.id), "Eve Evans", "3", "Lift")
    assert third.seller.member() == people.eve
    assert dialog.count_status.text() == "3 of 3 slips entered — matches."
    assert dialog.total_status.text() == "Slips add up to 10.50 h — matches."
    assert not dialog.post_button.isEnabled()  # not checked yet (the typing pause)
    dialog.check_now()
    assert dialog.report is not None and dialog.report.ok
    assert not any(r.error.isVisible() for r in dialog.rows)
    assert dialog.post_button.isEnabled()

    dialog.note_edit.setText("Market day")
    dialog.post_button.click()
    posted = batch_trades(db)
    assert [(t.slip_number, t.buyer_member_id, t.seller_member_id, t.amount) for t in posted] == [
        ("101", people.ann.id, people.bob.id, 500),
        ("102", people.cyd.id, people.ann.id, 250),
        ("103", people.bob.id, people.eve.id, 300),
    ]
    assert [t.description for t in posted] == ["Bread", "Paper slip 102", "Lift"]
    assert all(t.status == "completed" and t.transaction_id for t in posted)
    assert dialog.result_value is not None
    assert dialog.summary.isVisible()
    assert dialog.summary.text().startswith(f"Posted batch {dialog.result_value.batch_id}: 3 slips")
    assert "10.50 h in all" in dialog.summary.text()
    assert not dialog.post_button.isEnabled() and dialog.close_button.text() == "Close"
    with db.transaction() as s:
        assert ledger.balance(s, SETUP, people.ann.id).balance == -500 + 250


def test_mismatched_totals_post_nothing(
    qtbot: QtBot, dialog: SlipBatchDialog, db: Database, people: People
) -> None:
    expect(dialog, 2, "10")
    fill_row(dialog, 0, "201", str(people.ann.id), str(people.bob.id), "5", "Bread")
    fill_row(dialog, 1, "202", str(people.cyd.id), str(people.ann.id), "4", "Soup")
    dialog.check_now()
    assert dialog.report is not None and not dialog.report.refused
    assert dialog.total_status.text() == "Slips add up to 9.00 h: 1.00 h still missing."
    assert not dialog.post_button.isEnabled()
    assert dialog.post_button.toolTip() == "The slips do not add up to the control total."
    before = audit_count(db)
    dialog.post()  # even if called: nothing happens
    assert batch_trades(db) == [] and audit_count(db) == before
    # one slip too many
    set_total(dialog, "9")
    fill_row(dialog, 2, "203", str(people.cyd.id), str(people.bob.id), "1", "Eggs")
    dialog.check_now()
    assert dialog.count_status.text() == "3 of 2 slips entered (1 too many)."
    assert dialog.post_button.toolTip() == ("The number of slips does not match the control count.")
    dialog.post()
    assert batch_trades(db) == [] and audit_count(db) == before
    # Ctrl+Delete clears the row the cursor is in: the figures match again
    dialog.rows[2].amount.setFocus()
    qtbot.keyClick(dialog.rows[2].amount, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    assert dialog.rows[2].is_empty()
    dialog.check_now()
    assert dialog.post_button.isEnabled()


def test_refused_slips_show_their_reasons_in_the_row(
    dialog: SlipBatchDialog, db: Database, people: People
) -> None:
    expect(dialog, 6, "26")
    rows = [
        fill_row(dialog, 0, "301", str(people.ann.id), str(people.bob.id), "2", "fine"),
        fill_row(dialog, 1, "302", str(people.dee.id), str(people.bob.id), "2", "suspended"),
        fill_row(dialog, 2, "303", "999", str(people.bob.id), "2", "unknown"),
        fill_row(dialog, 3, "A-17", str(people.ann.id), str(people.bob.id), "2", "seen before"),
        fill_row(dialog, 4, "305", str(people.eve.id), str(people.bob.id), "6", "over limit"),
        fill_row(dialog, 5, "301", str(people.bob.id), str(people.bob.id), "12", "twice"),
    ]
    dialog.check_now()
    texts = [r.error.text() if r.error.isVisible() else "" for r in rows]
    assert texts[0] == ""
    assert texts[1] == f"The buyer Dee Dyer ({people.dee.id}) is suspended."
    assert texts[2] == "There is no member number 999 (the buyer)."
    assert texts[3].startswith("Slip A-17 was already entered (trade")
    assert "Eve Evans" in texts[4] and "credit limit" in texts[4]
    assert "also on line 1" in texts[5] and "same member" in texts[5]
    assert dialog.count_status.text().endswith("matches.")
    assert dialog.total_status.text().endswith("matches.")
    assert not dialog.post_button.isEnabled()
    assert "5 slips refused" in dialog.message.text()
    before = audit_count(db)
    dialog.post()
    assert batch_trades(db) == [] and audit_count(db) == before


def test_the_database_refuses_all_when_things_changed_after_the_check(
    dialog: SlipBatchDialog, db: Database, people: People
) -> None:
    expect(dialog, 2, "3")
    fill_row(dialog, 0, "401", str(people.ann.id), str(people.bob.id), "1", "a")
    fill_row(dialog, 1, "402", str(people.cyd.id), str(people.bob.id), "2", "b")
    dialog.check_now()
    assert dialog.post_button.isEnabled()
    with db.transaction() as s:  # meanwhile, on another desktop
        members.suspend(s, SETUP, people.cyd.id)
    before = audit_count(db)
    dialog.post_button.click()
    assert "The batch was not posted: 1 slip refused" in dialog.message.text()
    assert dialog.rows[1].error.text() == f"The buyer Cyd Carter ({people.cyd.id}) is suspended."
    assert batch_trades(db) == [] and audit_count(db) == before
    assert dialog.result_value is None and not dialog.post_button.isEnabled()


def test_slip_batch_from_the_trades_page(
    qtbot: QtBot,
    admin_ctx: AppContext,
    db: Database,
    people: People,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = shown(qtbot, TradesPage(admin_ctx), None)

    def answer(dialog: SlipBatchDialog) -> int:
        expect(dialog, 1, "1.25")
        fill_row(dialog, 0, "501", str(people.ann.id), str(people.cyd.id), "1.25", "Plants")
        dialog.check_now()
        dialog.post_button.click()
        dialog.reject()  # Close
        return dialog.result()

    replace_exec(monkeypatch, SlipBatchDialog, answer)
    page.batch_button.click()
    assert page.message.text().startswith("Posted slip batch")
    page.show_status("completed")
    assert "Plants" in [page.model.index(r, 5).data() for r in range(page.model.rowCount())]


def test_bookkeeper_cannot_post_slips(
    qtbot: QtBot, make_ctx: MakeCtx, db: Database, people: People
) -> None:
    keeper = add_operator(db, "bert", Role.BOOKKEEPER)
    dialog = make_dialog(qtbot, make_ctx(keeper.actor(), keeper))
    assert not dialog.grid_widget.isEnabled() and not dialog.count_box.isEnabled()
    assert "you are a bookkeeper" in dialog.message.text()
    assert not dialog.post_button.isEnabled()
    assert "you are a bookkeeper" in dialog.post_button.toolTip()
    before = audit_count(db)
    dialog.post()
    dialog.check_now()
    assert batch_trades(db) == [] and audit_count(db) == before


def test_escape_asks_before_typed_slips_are_forgotten(
    qtbot: QtBot, admin_ctx: AppContext, people: People, boxes: Boxes
) -> None:
    dialog = make_dialog(qtbot, admin_ctx)
    fill_row(dialog, 0, "601", str(people.ann.id), str(people.cyd.id), "2.00", "Eggs")
    fill_row(dialog, 1, "602", str(people.cyd.id), str(people.ann.id), "1.00", "Jam")
    boxes.answer_yes = False  # "Keep typing"
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert boxes.last.text == "Discard the 2 slips you typed?"
    assert dialog.isVisible() and len(dialog.filled_rows()) == 2
    boxes.answer_yes = True
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
