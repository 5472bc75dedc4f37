"""The Trades page: status tabs, search, record-trade dialog, settling, roles."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from localex_desktop.db.connection import Database
from localex_desktop.services import categories, ledger, listings, members, trades
from localex_desktop.services.categories import CategoryInfo
from localex_desktop.services.listings import ListingInput
from localex_desktop.services.members import MemberInfo
from localex_desktop.services.trades import TradeInfo, TradeInput
from localex_desktop.ui.context import AppContext
from localex_desktop.ui.pages import registry
from localex_desktop.ui.pages.members.form_dialog import FormDialog
from localex_desktop.ui.pages.trades.note_dialog import TradeAction, TradeNoteDialog
from localex_desktop.ui.pages.trades.page import TradesPage
from localex_desktop.ui.pages.trades.record_dialog import RecordTradeDialog
from localex_desktop.ui.pages.trades.slip_batch import SlipBatchDialog

from ..waiting import DEADLINE_MS
from .conftest import Boxes
from .helpers import (
    HOURS,
    SETUP,
    answer_forms,
    audit_count,
    balance,
    enrol,
    in_hours,
    mnemonics,
    ok_refused,
    shown,
)


@dataclass
class Exchange:
    ann: MemberInfo
    bob: MemberInfo
    cyd: MemberInfo
    dee: MemberInfo
    food: int
    garden: int
    bread: int  # Bob's offer
    eggs: int  # Ann's want
    mowing: int  # Cyd's offer
    pending: TradeInfo
    disputed: TradeInfo
    completed: TradeInfo
    cancelled: TradeInfo


@pytest.fixture
def exchange(db: Database) -> Exchange:
    """Four members with a 50.00 h credit limit; a trade in every status."""
    with db.transaction() as s:
        in_hours(s)
        ann, bob, cyd, dee = enrol(s, "Ann Archer", "Bob Baker", "Cyd Carter", "Dee Dyer")
        food = categories.add(s, SETUP, "Food").id
        garden = categories.add(s, SETUP, "Garden").id
        bread = listings.add(
            s, SETUP, ListingInput(bob.id, "offer", food, "Sourdough bread", price=400, unit="loaf")
        ).id
        eggs = listings.add(s, SETUP, ListingInput(ann.id, "want", food, "Fresh eggs")).id
        mowing = listings.add(s, SETUP, ListingInput(cyd.id, "offer", garden, "Lawn mowing")).id

        def record(buyer: int, seller: int, amount: int, text: str, **kw: Any) -> TradeInfo:
            return trades.record(s, SETUP, TradeInput(buyer, seller, amount, text, **kw))

        completed = trades.record_completed(
            s, SETUP, TradeInput(ann.id, bob.id, 800, "Two loaves", listing_id=bread)
        )
        pending = record(cyd.id, ann.id, 300, "Lift to the station", slip_number="A-17")
        disputed = record(bob.id, cyd.id, 1200, "Hedge trimming")
        trades.dispute(s, SETUP, disputed.id, "Bob says it took two hours, not four")
        cancelled = record(dee.id, cyd.id, 150, "Ironing")
        trades.cancel(s, SETUP, cancelled.id, "entered by mistake")
        get = trades.get
        return Exchange(
            members.get(s, SETUP, ann.id),
            members.get(s, SETUP, bob.id),
            members.get(s, SETUP, cyd.id),
            members.get(s, SETUP, dee.id),
            food,
            garden,
            bread,
            eggs,
            mowing,
            get(s, SETUP, pending.id),
            get(s, SETUP, disputed.id),
            get(s, SETUP, completed.id),
            get(s, SETUP, cancelled.id),
        )


def make_page(qtbot: QtBot, ctx: AppContext) -> TradesPage:
    return shown(qtbot, TradesPage(ctx), (1200, 700))


@pytest.fixture
def page(qtbot: QtBot, admin_ctx: AppContext, exchange: Exchange) -> TradesPage:
    """The page as an administrator opens it, on the test data."""
    return make_page(qtbot, admin_ctx)


def activate(qtbot: QtBot, window: QWidget) -> None:
    """Make ``window`` the active one: shortcuts and mnemonics only work there."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)


def descriptions(page: TradesPage) -> list[str]:
    return [page.model.index(r, 5).data() for r in range(page.model.rowCount())]


def trade(db: Database, trade_id: int) -> TradeInfo:
    with db.transaction() as s:
        return trades.get(s, SETUP, trade_id)


def all_trades(db: Database) -> list[TradeInfo]:
    with db.transaction() as s:
        return trades.search(s, SETUP, sort="id", descending=False)


def tree(db: Database) -> list[CategoryInfo]:
    with db.transaction() as s:
        return categories.tree(s, SETUP)


def test_status_tabs_with_counts(page: TradesPage, qtbot: QtBot, exchange: Exchange) -> None:
    tabs = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert tabs == ["Pending (1)", "Disputed (1)", "Completed (1)", "Cancelled (1)", "All (4)"]
    assert descriptions(page) == ["Lift to the station"]
    row = [page.model.index(0, c).data() for c in range(page.model.columnCount())]
    assert row[2:] == [
        f"Cyd Carter ({exchange.cyd.id})", f"Ann Archer ({exchange.ann.id})", "3.00",
        "Lift to the station", "", "Pending", "A-17",
    ]  # fmt: skip
    assert page.model.headerData(4, Qt.Orientation.Horizontal) == "Amount (h)"
    right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    assert page.model.index(0, 4).data(Qt.ItemDataRole.TextAlignmentRole) == right
    page.show_status("completed")
    assert descriptions(page) == ["Two loaves"]
    assert page.model.index(0, 6).data() == "Food"  # from the listing
    page.table.select_row(0)
    assert f"transaction {exchange.completed.transaction_id}" in page.detail.text()
    page.show_status("disputed")
    page.table.select_row(0)
    assert "Note: Bob says it took two hours" in page.detail.text()
    activate(qtbot, page)
    page.table.setFocus()
    ctrl = Qt.KeyboardModifier.ControlModifier
    QTest.keyClick(page.table, Qt.Key.Key_PageDown, ctrl)
    QTest.keyClick(page.table, Qt.Key.Key_PageDown, ctrl)
    assert page.status() == "cancelled"
    QTest.keyClick(page.table, Qt.Key.Key_PageDown, ctrl)
    assert descriptions(page) == ["Ironing", "Hedge trimming", "Lift to the station", "Two loaves"]
    assert page.count_label.text() == "4 trades"


def test_live_refresh_shows_changes_made_elsewhere(
    page: TradesPage, db: Database, exchange: Exchange
) -> None:
    with db.transaction() as s:
        trades.record(s, SETUP, TradeInput(exchange.bob.id, exchange.dee.id, 100, "Soup"))
    page.live_refresh(frozenset({"trades", "accounts"}))
    assert descriptions(page) == ["Soup", "Lift to the station"]
    assert page.tabs.tabText(0) == "Pending (2)"


def test_search_member_filter_and_sort(page: TradesPage, qtbot: QtBot) -> None:
    page.show_status(None)
    qtbot.keyClicks(page.search_edit, "hedge")
    with qtbot.waitSignal(page.model.reset_done, timeout=DEADLINE_MS):
        pass
    assert descriptions(page) == ["Hedge trimming"]
    page.search_edit.setText("A-17")  # a slip number
    page.search_edit.returnPressed.emit()
    assert descriptions(page) == ["Lift to the station"]
    page.search_edit.setText("two hours")  # words in the note
    page.model.apply_search()
    assert descriptions(page) == ["Hedge trimming"]
    page.clear_filters()
    page.member_picker.setText("Dee Dyer")
    page.member_picker.search_now()
    assert descriptions(page) == ["Ironing"]
    assert page.tabs.tabText(4) == "All (1)"
    page.clear_filters()
    assert page.tabs.tabText(4) == "All (4)"
    page.table.sortByColumn(4, Qt.SortOrder.DescendingOrder)
    assert page.model.query.sort_key == "amount"
    assert [page.model.index(r, 4).data() for r in range(4)] == ["12.00", "8.00", "3.00", "1.50"]
    page.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    assert page.model.index(0, 2).data().startswith("Ann Archer")


def test_record_a_completed_trade_from_a_listing(
    page: TradesPage,
    qtbot: QtBot,
    db: Database,
    exchange: Exchange,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def fill(d: RecordTradeDialog) -> None:
        assert d.completed_box.isChecked()  # the paper-slip case is the default
        qtbot.keyClicks(d.buyer_picker, "Ann Archer")
        d.buyer_picker.search_now()
        assert d.buyer_picker.member() == exchange.ann
        assert "Available credit of Ann Archer: 42.00 h" in d.credit_label.text()
        qtbot.keyClicks(d.seller_picker, str(exchange.bob.id))  # by number
        d.seller_picker.search_now()
        assert d.seller_picker.member() == exchange.bob
        labels = [d.listing_box.itemText(i) for i in range(d.listing_box.count())]
        assert labels == [
            "No listing",
            f"Offer {exchange.bread}: Sourdough bread (Bob Baker) — 4.00 h per loaf",
            f"Want {exchange.eggs}: Fresh eggs (Ann Archer)",
        ]
        d.listing_box.setCurrentIndex(1)
        assert d.amount_edit.text() == "4.00"  # the listing's price
        assert d.category_box.currentData() == exchange.food
        assert d.description_edit.placeholderText() == "Sourdough bread"
        assert "after this trade: 38.00 h" in d.credit_label.text()
        d.amount_edit.clear()
        qtbot.keyClicks(d.amount_edit, "12")
        d.load_balance()  # what the typing pause does
        assert "after this trade: 30.00 h" in d.credit_label.text()
        qtbot.keyClicks(d.slip_edit, "B-2")

    answer_forms(monkeypatch, fill)
    page.record_button.click()
    new = all_trades(db)[-1]
    assert (new.buyer_member_id, new.seller_member_id, new.amount) == (
        exchange.ann.id,
        exchange.bob.id,
        1200,
    )
    assert (new.status, new.listing_id, new.category_id) == (
        "completed",
        exchange.bread,
        exchange.food,
    )
    assert (new.description, new.slip_number) == ("Sourdough bread", "B-2")
    assert new.transaction_id is not None
    assert balance(db, exchange.ann.id) == -2000
    assert (
        "Recorded trade" in page.message.text() and "(now under “completed”)" in page.message.text()
    )


def test_record_a_pending_trade_over_the_credit_limit(
    qtbot: QtBot, admin_ctx: AppContext, db: Database, exchange: Exchange
) -> None:
    dialog = RecordTradeDialog(admin_ctx, HOURS, tree(db), buyer=exchange.ann)
    qtbot.addWidget(dialog)
    assert dialog.buyer_picker.member() == exchange.ann
    dialog.seller_picker.set_member(exchange.cyd)
    labels = [dialog.listing_box.itemText(i) for i in range(dialog.listing_box.count())]
    assert [t.split(":")[0] for t in labels[1:]] == [
        f"Offer {exchange.mowing}",
        f"Want {exchange.eggs}",
    ]
    dialog.amount_edit.setText("45")
    dialog.touch("amount")
    dialog.description_edit.setText("Mowing, all summer")
    dialog.touch("description")
    assert "3.00 h short" in dialog.credit_label.text()
    assert "untick Completed to record it as pending" in dialog.error_text("amount")
    assert not dialog.ok_button.isEnabled()
    # another coordinator records a payment to Ann: the balance is read again
    with db.transaction() as s:
        ledger.transfer(s, SETUP, exchange.dee.id, exchange.ann.id, 500, "gift")
    dialog.amount_edit.setText("48")
    dialog._amount_edited("48")
    dialog.load_balance()
    assert "Available credit of Ann Archer: 47.00 h: 1.00 h short." in dialog.credit_label.text()
    assert "Too much for Ann Archer's credit now" in dialog.error_text("amount")
    dialog.completed_box.setChecked(False)
    assert dialog.error_text("amount") == ""
    assert dialog.credit_label.text().endswith("1.00 h short.")  # muted: it waits, pending
    dialog.category_box.setCurrentIndex(dialog.category_box.findData(exchange.garden))
    dialog.ok_button.click()
    assert dialog.result() == 1
    new = all_trades(db)[-1]
    assert (new.status, new.amount, new.category_id) == ("pending", 4800, exchange.garden)
    assert new.transaction_id is None


def test_invalid_trade_shows_messages_and_writes_nothing(
    qtbot: QtBot, admin_ctx: AppContext, db: Database, exchange: Exchange
) -> None:
    dialog = RecordTradeDialog(admin_ctx, HOURS, tree(db))
    qtbot.addWidget(dialog)
    dialog.submit()
    assert "Choose who paid" in dialog.error_text("buyer")
    assert "Choose who was paid" in dialog.error_text("seller")
    assert "The amount is empty" in dialog.error_text("amount")
    assert "Say what was traded" in dialog.error_text("description")
    dialog.buyer_picker.set_member(exchange.bob)
    dialog.seller_picker.set_member(exchange.bob)
    assert "same member" in dialog.error_text("seller")
    dialog.swap_button.click()
    dialog.seller_picker.set_member(exchange.cyd)
    for text, words in (("12.345", "more than 2 decimal"), ("-5", "negative"), ("1e3", "not a")):
        dialog.amount_edit.setText(text)
        dialog.touch("amount")
        assert words in dialog.error_text("amount")
        assert not dialog.ok_button.isEnabled()
    dialog.amount_edit.setText("2")
    dialog.touch("amount")
    dialog.description_edit.setText("Soup")
    dialog.touch("description")
    dialog.slip_edit.setText("A-17")  # already entered: the service refuses
    assert dialog.ok_button.isEnabled()
    ok_refused(db, dialog, "Slip A-17 was already entered as trade")
    assert len(all_trades(db)) == 4


def test_complete_cancel_dispute_resolve_reverse(
    page: TradesPage,
    db: Database,
    exchange: Exchange,
    boxes: Boxes,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page.show_status(None)
    notes = {
        TradeAction.DISPUTE: "Ann says she was not in the car",
        TradeAction.RESOLVE: "Agreed at 2.00 on the phone",
        TradeAction.REVERSE: "Loaves were never delivered",
        TradeAction.CANCEL: "Did not happen",
    }
    agreed = {"amount": ""}

    def fill(d: TradeNoteDialog) -> None:
        assert not d.ok_button.isEnabled()  # the note is required
        d.note_edit.setPlainText(notes[d.action])
        if d.action is TradeAction.RESOLVE:
            d.agreed_edit.setText(agreed["amount"])
            d.touch("amount")

    answer_forms(monkeypatch, fill)

    # pending: dispute, then resolve to completed at an agreed amount
    page.select_trade(exchange.pending.id)
    assert page.complete_button.isEnabled() and not page.resolve_button.isEnabled()
    assert page.resolve_button.toolTip() == f"Trade {exchange.pending.id} is pending."
    page.dispute_button.click()
    assert trade(db, exchange.pending.id).status == "disputed"
    assert page.resolve_button.isEnabled()
    agreed["amount"] = "2"
    page.resolve_button.click()
    done = trade(db, exchange.pending.id)
    assert (done.status, done.amount, done.resolution) == (
        "completed",
        200,
        notes[TradeAction.RESOLVE],
    )
    assert balance(db, exchange.cyd.id) == -200

    # the other dispute resolved to cancelled
    page.select_trade(exchange.disputed.id)
    agreed["amount"] = ""

    def cancel_it(d: TradeNoteDialog) -> None:
        d.cancelled_radio.setChecked(True)
        assert not d.agreed_edit.isEnabled()
        d.note_edit.setPlainText("Both agreed to forget it")

    answer_forms(monkeypatch, cancel_it)
    page.resolve_button.click()
    assert trade(db, exchange.disputed.id).status == "cancelled"

    # completed: reverse with a reason; the ledger moves the amount back
    answer_forms(monkeypatch, fill)
    before = balance(db, exchange.ann.id)
    page.select_trade(exchange.completed.id)
    assert page.reverse_button.isEnabled() and not page.cancel_button.isEnabled()
    page.reverse_button.click()
    rev = trade(db, exchange.completed.id)
    assert rev.status == "cancelled" and rev.reversal_transaction_id is not None
    assert balance(db, exchange.ann.id) == before + 800
    assert page.model.index(page.table.selected_row() or 0, 7).data() == "Reversed"

    # a new pending trade: complete (confirmed) and cancel another
    with db.transaction() as s:
        one = trades.record(s, SETUP, TradeInput(exchange.bob.id, exchange.dee.id, 100, "Eggs"))
        two = trades.record(s, SETUP, TradeInput(exchange.dee.id, exchange.bob.id, 50, "Jam"))
    page.refresh()
    page.select_trade(one.id)
    boxes.answer_yes = False
    page.complete_button.click()
    assert trade(db, one.id).status == "pending"
    boxes.answer_yes = True
    page.complete_button.click()
    assert f"Complete trade {one.id}?" in boxes.last.text
    assert boxes.last.buttons == ["Complete trade", "Cancel"]  # never "Complete / No"
    assert trade(db, one.id).status == "completed"
    assert "Completed trade" in page.message.text()
    page.select_trade(two.id)
    page.cancel_button.click()
    cancelled = trade(db, two.id)
    assert (cancelled.status, cancelled.note) == ("cancelled", "Did not happen")


def test_bookkeeper_cannot_change_anything(
    qtbot: QtBot,
    keeper_ctx: AppContext,
    db: Database,
    exchange: Exchange,
    boxes: Boxes,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = make_page(qtbot, keeper_ctx)
    page.select_trade(exchange.pending.id)
    assert page.selected() is not None
    assert [a.key for a in page.actions_] == [
        "record", "batch", "complete", "cancel", "dispute", "resolve", "reverse",
    ]  # fmt: skip
    for spec in page.actions_:
        button = getattr(page, f"{spec.key}_button")
        assert not button.isEnabled()
        assert button.toolTip() == (
            "Only coordinators and administrators change trades; you are a bookkeeper."
        )
    opened = answer_forms(monkeypatch, lambda _d: None)
    monkeypatch.setattr(SlipBatchDialog, "exec", lambda d: opened.append(d) or 0)
    before = audit_count(db)
    for spec in page.actions_:
        spec.action.trigger()  # what a shortcut or the context menu would do
    activate(qtbot, page)
    page.table.setFocus()
    QTest.keyClick(page.table, Qt.Key.Key_Return)  # Enter on a pending trade: Complete
    QTest.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert opened == [] and boxes.shown == []
    assert audit_count(db) == before
    assert trade(db, exchange.pending.id).status == "pending"


def test_record_trade_from_the_members_page(
    qtbot: QtBot,
    admin_ctx: AppContext,
    db: Database,
    exchange: Exchange,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # as the main window builds it
    members_page = shown(qtbot, registry.members_page(admin_ctx), None)
    button = members_page.record_trade_button
    assert button.text() == "Record &trade…" and not button.isEnabled()
    members_page.select_member(exchange.cyd.id)
    assert button.isEnabled()

    def fill(d: RecordTradeDialog) -> None:
        assert d.buyer_picker.member() == exchange.cyd
        d.seller_picker.set_member(exchange.dee)
        d.amount_edit.setText("1.50")
        d.description_edit.setText("Ironing, done properly")
        d.touch("description")

    seen = answer_forms(monkeypatch, fill)
    button.click()
    assert len(seen) == 1
    new = all_trades(db)[-1]
    assert (new.buyer_member_id, new.seller_member_id, new.status) == (
        exchange.cyd.id,
        exchange.dee.id,
        "completed",
    )
    assert members_page.detail.fields["balance"].text() == "-1.50 h"


def test_models_pass_the_model_tester(page: TradesPage, qtmodeltester: ModelTester) -> None:
    page.show_status(None)
    qtmodeltester.check(page.model)


def test_keyboard_mnemonics_are_unique_and_escape_cancels(
    page: TradesPage, qtbot: QtBot, admin_ctx: AppContext, db: Database, exchange: Exchange
) -> None:
    keys = mnemonics(page)
    assert len(keys) == len(set(keys)), keys
    assert not set(keys) & {"f", "v", "h"}
    dialogs: list[FormDialog[Any]] = [RecordTradeDialog(admin_ctx, HOURS, tree(db))]
    dialogs += [
        TradeNoteDialog(admin_ctx, action, exchange.disputed, HOURS) for action in TradeAction
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        keys = mnemonics(dialog)
        assert len(keys) == len(set(keys)), (dialog.windowTitle(), keys)
        assert dialog.ok_button.isDefault()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        assert not dialog.isVisible() and dialog.result() == 0


def test_listings_and_trades_are_in_the_main_window(
    qtbot: QtBot, admin_ctx: AppContext, exchange: Exchange
) -> None:
    from localex_desktop.ui.main_window import MainWindow
    from localex_desktop.ui.pages.listings.page import ListingsPage

    window = shown(qtbot, MainWindow(admin_ctx), None)
    keys = window.page_keys()
    assert keys.index("members") < keys.index("listings") < keys.index("trades")
    shortcuts = {s.key: s.shortcut for s in window.specs}
    assert (shortcuts["listings"], shortcuts["trades"]) == ("Ctrl+3", "Ctrl+4")
    window.page_actions[keys.index("listings")].trigger()
    listings_page = window.current_page()
    assert isinstance(listings_page, ListingsPage) and listings_page.model.rowCount() == 3
    window.page_actions[keys.index("trades")].trigger()
    trades_page = window.current_page()
    assert isinstance(trades_page, TradesPage) and trades_page.model.rowCount() == 1
    window.close()


# -- the paths a new user walks first -----------------------------------------------


def typed(qtbot: QtBot, text: str) -> None:
    """Type into whatever has the focus, as a person does."""
    focus = QApplication.focusWidget()
    assert focus is not None
    qtbot.keyClicks(focus, text)


def key(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    focus = QApplication.focusWidget()
    assert focus is not None
    QTest.keyClick(focus, key, modifier)


ALT = Qt.KeyboardModifier.AltModifier


def test_record_and_complete_by_member_number_with_the_keyboard_only(
    page: TradesPage,
    qtbot: QtBot,
    db: Database,
    exchange: Exchange,
    boxes: Boxes,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    activate(qtbot, page)
    page.table.setFocus()
    before = {m.id: balance(db, m.id) for m in (exchange.dee, exchange.bob)}

    def by_keys(d: RecordTradeDialog) -> int:
        d.show()
        activate(qtbot, d)
        assert QApplication.focusWidget() is d.buyer_picker
        typed(qtbot, str(exchange.dee.id))
        qtbot.waitUntil(lambda: d.buyer_picker.member() == exchange.dee, timeout=3000)
        key(Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is d.seller_picker
        typed(qtbot, str(exchange.bob.id))
        qtbot.waitUntil(lambda: d.seller_picker.member() == exchange.bob, timeout=3000)
        key(Qt.Key.Key_A, ALT)  # &Amount
        typed(qtbot, "2.50")
        key(Qt.Key.Key_D, ALT)  # &Description
        typed(qtbot, "Soup for the week")
        key(Qt.Key.Key_C, ALT)  # &Completed: untick, record it as pending
        qtbot.waitUntil(lambda: not d.completed_box.isChecked(), timeout=3000)
        key(Qt.Key.Key_Return)  # the default button: Record trade
        return d.result()

    monkeypatch.setattr(RecordTradeDialog, "exec", by_keys)
    QTest.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    new = all_trades(db)[-1]
    assert (new.buyer_member_id, new.seller_member_id, new.amount, new.status) == (
        exchange.dee.id,
        exchange.bob.id,
        250,
        "pending",
    )
    assert page.selected() == new  # revealed in the pending tab
    assert page.message.text() == (
        f"Recorded trade {new.id} (pending): Dee Dyer will pay Bob Baker 2.50 h "
        "when it is completed."
    )

    activate(qtbot, page)
    page.table.setFocus()
    QTest.keyClick(page.table, Qt.Key.Key_Return)  # Enter: the next step, Complete
    assert boxes.last.text == f"Complete trade {new.id}?"
    assert boxes.last.buttons == ["Complete trade", "Cancel"]
    done = trade(db, new.id)
    assert done.status == "completed" and done.transaction_id is not None
    assert balance(db, exchange.dee.id) == before[exchange.dee.id] - 250
    assert balance(db, exchange.bob.id) == before[exchange.bob.id] + 250
    assert page.message.text() == (
        f"Completed trade {new.id}: transaction {done.transaction_id} (now under “completed”)."
    )


def test_enter_on_a_disputed_trade_opens_resolve(
    page: TradesPage, qtbot: QtBot, exchange: Exchange, monkeypatch: pytest.MonkeyPatch
) -> None:
    activate(qtbot, page)
    page.table.setFocus()
    QTest.keyClick(page.table, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert page.status() == "disputed"
    seen = answer_forms(monkeypatch, lambda _d: None)
    QTest.keyClick(page.table, Qt.Key.Key_Down)
    assert page.selected() == exchange.disputed
    QTest.keyClick(page.table, Qt.Key.Key_Return)
    assert [d.action for d in seen] == [TradeAction.RESOLVE]
    page.show_status("completed")
    QTest.keyClick(page.table, Qt.Key.Key_Down)
    QTest.keyClick(page.table, Qt.Key.Key_Return)  # a completed trade has no next step
    assert len(seen) == 1


def test_every_label_mnemonic_focuses_its_input(
    qtbot: QtBot, admin_ctx: AppContext, db: Database, exchange: Exchange
) -> None:
    record = shown(qtbot, RecordTradeDialog(admin_ctx, HOURS, tree(db)), None)
    activate(qtbot, record)
    assert QApplication.focusWidget() is record.buyer_picker
    QTest.keyClick(record, Qt.Key.Key_S, ALT)  # &Seller (is paid)
    typed(qtbot, "Bob")
    assert record.seller_picker.text() == "Bob"
    assert record.buyer_picker.text() == ""

    dialogs: list[QWidget] = [record, SlipBatchDialog(admin_ctx, HOURS)]
    dialogs += [TradeNoteDialog(admin_ctx, a, exchange.disputed, HOURS) for a in TradeAction]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        activate(qtbot, dialog)
        labels = [w for w in dialog.findChildren(QLabel) if w.buddy() is not None]
        assert labels, dialog.windowTitle()
        for label in labels:
            mnemonic = re.search(r"&([^&\s])", label.text())
            if mnemonic is None or not label.isVisibleTo(dialog):
                continue
            letter = getattr(Qt.Key, f"Key_{mnemonic.group(1).upper()}")
            QTest.keyClick(dialog, letter, ALT)
            assert QApplication.focusWidget() is label.buddy(), (dialog.windowTitle(), label.text())
            assert label.buddy().focusPolicy() != Qt.FocusPolicy.NoFocus


def test_a_pending_trade_is_not_said_to_be_paid(
    page: TradesPage,
    qtbot: QtBot,
    admin_ctx: AppContext,
    db: Database,
    exchange: Exchange,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def pending(d: RecordTradeDialog) -> None:
        d.buyer_picker.set_member(exchange.ann)
        d.seller_picker.set_member(exchange.bob)
        d.amount_edit.setText("3")
        d.description_edit.setText("Soup")
        d.touch("description")
        d.completed_box.setChecked(False)

    answer_forms(monkeypatch, pending)
    page.record_button.click()
    new = all_trades(db)[-1]
    assert new.status == "pending"
    assert page.message.text() == (
        f"Recorded trade {new.id} (pending): Ann Archer will pay Bob Baker 3.00 h "
        "when it is completed."
    )
    summary = TradeNoteDialog(admin_ctx, TradeAction.DISPUTE, new, HOURS)
    qtbot.addWidget(summary)
    texts = " ".join(w.text() for w in summary.findChildren(QLabel))
    assert " paid " not in texts and "will pay" in texts
    summary = TradeNoteDialog(admin_ctx, TradeAction.REVERSE, exchange.completed, HOURS)
    qtbot.addWidget(summary)
    assert "</b> paid <b>" in " ".join(w.text() for w in summary.findChildren(QLabel))


def test_the_message_line_goes_when_the_selection_or_the_filters_change(
    page: TradesPage,
    qtbot: QtBot,
    db: Database,
    exchange: Exchange,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    count = iter(range(100))

    def pending(d: RecordTradeDialog) -> None:
        d.buyer_picker.set_member(exchange.ann)
        d.seller_picker.set_member(exchange.bob)
        d.amount_edit.setText("1")
        d.description_edit.setText(f"Soup {next(count)}")
        d.touch("description")
        d.completed_box.setChecked(False)

    def record() -> TradeInfo:
        page.record_button.click()
        new = all_trades(db)[-1]
        assert page.message.text().startswith(f"Recorded trade {new.id} ")
        assert page.selected() == new
        return new

    answer_forms(monkeypatch, pending)
    activate(qtbot, page)
    new = record()
    page.live_refresh(frozenset({"trades"}))  # a refresh keeps the selection: and the words
    assert page.message.text().startswith(f"Recorded trade {new.id} ")
    page.table.setFocus()
    QTest.keyClick(page.table, Qt.Key.Key_Down)  # another trade: the words were not about it
    assert page.selected() != new
    assert page.message.text() == "" and not page.message.isVisibleTo(page)

    record()
    qtbot.keyClicks(page.search_edit, "Soup")  # another search
    assert page.message.text() == ""

    record()
    page.table.setFocus()
    QTest.keyClick(page.table, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert page.status() == "disputed" and page.message.text() == ""

    page.show_status("pending")
    record()
    page.member_picker.setFocus()
    typed(qtbot, str(exchange.dee.id))  # the member filter
    qtbot.waitUntil(lambda: page.member_picker.member() == exchange.dee, timeout=3000)
    assert page.message.text() == ""
