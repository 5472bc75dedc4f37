"""The Ledger page: lazy journal, database filters, reverse, levy, batch, verify, roles."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QTableWidgetItem
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from localex_desktop.db.connection import Database
from localex_desktop.services import ledger, members, settings
from localex_desktop.services.members import MemberInfo, MemberInput
from localex_desktop.services.verify import VerifyReport
from localex_desktop.ui.context import AppContext
from localex_desktop.ui.pages.ledger.batch_dialog import BatchDialog
from localex_desktop.ui.pages.ledger.levy_dialog import LevyDialog
from localex_desktop.ui.pages.ledger.page import LedgerPage
from localex_desktop.ui.pages.ledger.reverse_dialog import ReverseDialog
from localex_desktop.ui.pages.ledger.verify_dialog import VerifyDialog

from ..tampering import tamper
from .helpers import (
    HOURS,
    SETUP,
    answer_forms,
    audit_count,
    balance,
    check_dialog_keys,
    enrol,
    in_hours,
    mnemonics,
    replace_exec,
    shown,
)


@dataclass
class Books:
    people: list[MemberInfo]  # Ann, Bob, Cyd, Dee (Dee has a credit limit of 1.00)
    txs: list[int]  # Ann->Bob 10.00 "bread", Bob->Cyd 4.00 "lift", Cyd->Ann 2.50 "eggs"

    def member(self, n: int) -> MemberInfo:
        return self.people[n]


@pytest.fixture
def books(db: Database) -> Books:
    with db.transaction() as s:
        in_hours(s)
        people = [*enrol(s, "Ann", "Bob", "Cyd"), *enrol(s, "Dee", credit_limit=100)]
        ids = [p.id for p in people]
        txs = [
            ledger.transfer(s, SETUP, ids[a], ids[b], x, memo).transaction_id
            for a, b, x, memo in ((0, 1, 1000, "bread"), (1, 2, 400, "lift"), (2, 0, 250, "eggs"))
        ]
    return Books(people, txs)


def make_page(qtbot: QtBot, ctx: AppContext) -> LedgerPage:
    return shown(qtbot, LedgerPage(ctx))


@pytest.fixture
def page(qtbot: QtBot, admin_ctx: AppContext, books: Books) -> LedgerPage:
    """The page as an administrator opens it, on the test data."""
    return make_page(qtbot, admin_ctx)


def memos(page: LedgerPage) -> list[str]:
    return [page.model.index(r, 5).data() for r in range(page.model.rowCount())]


def test_journal_newest_first_with_entries(page: LedgerPage, books: Books) -> None:
    assert memos(page) == ["eggs", "lift", "bread"]
    ann, bob = books.member(0), books.member(1)
    row = [page.model.index(2, c).data() for c in (0, 2, 3, 4, 6)]
    assert row == [str(books.txs[0]), "Transfer", f"Ann ({ann.id})", f"Bob ({bob.id})", "10.00"]
    assert page.model.headerData(6, Qt.Orientation.Horizontal) == "Amount (h)"
    right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    assert page.model.index(0, 6).data(Qt.ItemDataRole.TextAlignmentRole) == right
    page.table.select_key(books.txs[0])
    assert f"Transaction {books.txs[0]}" in page.detail_title.text()
    entries = [
        [page.entries.index(r, c).data() for c in range(4)] for r in range(page.entries.rowCount())
    ]
    assert entries == [
        ["Ann", str(ann.id), "-10.00", "-10.00"],
        ["Bob", str(bob.id), "10.00", "10.00"],
    ]
    assert page.count_label.text() == "3 transactions"


def test_journal_loads_lazily_in_keyset_pages(
    qtbot: QtBot, admin_ctx: AppContext, db: Database, books: Books
) -> None:
    a, b = books.member(0).id, books.member(1).id
    with db.transaction() as s:
        for i in range(250):
            ledger.transfer(s, SETUP, a if i % 2 else b, b if i % 2 else a, 1, f"n{i}")
    page = make_page(qtbot, admin_ctx)
    assert page.model.rowCount() == 100
    assert page.model.canFetchMore()
    assert "more as you scroll" in page.count_label.text()
    for _ in range(10):
        page.table.scrollToBottom()
        qtbot.wait(10)
    assert page.model.rowCount() == 253
    assert memos(page)[-1] == "bread"
    assert page.count_label.text() == "253 transactions"


@pytest.fixture
def levied_page(qtbot: QtBot, admin_ctx: AppContext, db: Database, books: Books) -> LedgerPage:
    """The page on the test data after a levy of 0.50 h ("fee") on every member."""
    with db.transaction() as s:
        ledger.levy(s, SETUP, 50, "fee", skip_over_limit=True)
    return make_page(qtbot, admin_ctx)


def test_filters_query_the_database(levied_page: LedgerPage, books: Books) -> None:
    page = levied_page
    page.member_picker.setText(str(books.member(2).id))
    page.member_picker.search_now()
    assert memos(page) == ["fee", "eggs", "lift"]
    page.account_box.setCurrentIndex(page.account_box.findData("community_fund"))
    assert page.member_picker.text() == ""  # one account at a time
    assert memos(page) == ["fee"]
    page.account_box.setCurrentIndex(0)
    page.kind_box.setCurrentIndex(page.kind_box.findData("transfer"))
    assert memos(page) == ["eggs", "lift", "bread"]
    page.memo_edit.setText("LIF")
    page.model.apply_search()
    assert memos(page) == ["lift"]
    page.clear_filters()
    assert memos(page) == ["fee", "eggs", "lift", "bread"]
    page.dates.since_edit.setDate(page.dates.since_edit.date().currentDate().addDays(1))
    page.dates.since_check.setChecked(True)
    assert memos(page) == []
    page.dates.since_check.setChecked(False)
    page.dates.until_edit.setDate(page.dates.until_edit.date().currentDate())
    page.dates.until_check.setChecked(True)
    assert len(memos(page)) == 4
    assert page.filter_values().until == date.today()
    assert page.filter_values().since is None


def test_reverse_with_a_reason(
    qtbot: QtBot,
    page: LedgerPage,
    db: Database,
    books: Books,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def fill(dialog: ReverseDialog) -> None:
        assert not dialog.ok_button.isEnabled()
        qtbot.keyClicks(dialog.reason_edit, "entered twice")
        assert dialog.ok_button.isEnabled()

    answer_forms(monkeypatch, fill)
    page.table.select_key(books.txs[0])
    page.reverse_button.click()
    assert balance(db, books.member(0).id) == 250
    with db.transaction() as s:
        original = ledger.transaction(s, SETUP, books.txs[0])
    assert original.reversed_by is not None
    assert memos(page)[0] == f"Reversal of {books.txs[0]}: entered twice"
    assert page.table.selected_key() == books.txs[0]  # the selection stayed
    assert not page.reverse_button.isEnabled()
    assert page.reverse_button.toolTip() == (
        f"Transaction {books.txs[0]} was already reversed by {original.reversed_by}."
    )
    assert "is reversed by transaction" in page.message.text()


def test_reverse_refusal_is_shown_and_nothing_written(
    qtbot: QtBot, admin_ctx: AppContext, db: Database, books: Books
) -> None:
    with db.transaction() as s:
        stale = ledger.transaction(s, SETUP, books.txs[1])
        ledger.reverse(s, SETUP, books.txs[1], "someone else did it")
    page = make_page(qtbot, admin_ctx)
    before = audit_count(db)
    dialog = ReverseDialog(admin_ctx, stale, page.money)
    qtbot.addWidget(dialog)
    dialog.submit()  # no reason yet
    assert dialog.error_text("reason") == "Give a reason for the reversal."
    dialog.reason_edit.setText("typo")
    dialog.touch("reason")
    dialog.ok_button.click()
    assert "already reversed" in dialog.message.text()
    assert dialog.result() == 0
    assert audit_count(db) == before


def test_levy_preview_then_post(
    qtbot: QtBot,
    page: LedgerPage,
    db: Database,
    books: Books,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def fill(dialog: LevyDialog) -> None:
        qtbot.keyClicks(dialog.amount_edit, "2")
        assert not dialog.ok_button.isEnabled()  # no preview yet
        dialog.preview_button.click()
        over = [dialog.lines.index(r, 4).data() for r in range(dialog.lines.rowCount())]
        assert over == ["would be passed", "", "", ""]  # listed first
        assert dialog.lines.index(0, 1).data() == "Dee"
        assert dialog.summary.text().startswith("1 of 4 active members would go past")
        assert not dialog.ok_button.isEnabled()
        dialog.skip_box.setChecked(True)
        assert dialog.ok_button.isEnabled()
        assert dialog.summary.text().startswith("3 of 4 active members will be charged 2.00 h")
        dialog.amount_edit.setText("3")
        dialog.touch("amount")
        assert not dialog.ok_button.isEnabled()  # changed since the preview
        assert "preview again" in dialog.summary.text()
        dialog.amount_edit.setText("2")
        dialog.touch("amount")
        qtbot.keyClicks(dialog.memo_edit, "Yearly fee")

    answer_forms(monkeypatch, fill)
    page.levy_button.click()
    assert balance(db, books.member(0).id) == -750 - 200
    assert balance(db, books.member(3).id) == 0  # left out
    assert memos(page)[0] == "Yearly fee"
    assert "6.00 h in all" in page.message.text()


def test_levy_preview_of_bad_input_writes_nothing(
    qtbot: QtBot, admin_ctx: AppContext, db: Database, books: Books
) -> None:
    before = audit_count(db)
    dialog = LevyDialog(admin_ctx, HOURS)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.amount_edit, "1e3")
    assert "is not a number" in dialog.error_text("amount")
    assert not dialog.preview_button.isEnabled()
    dialog.run_preview()
    assert dialog.lines.rowCount() == 0
    dialog.submit()
    assert audit_count(db) == before


def test_batch_transfer(
    page: LedgerPage,
    db: Database,
    books: Books,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ann, bob, cyd = books.member(0), books.member(1), books.member(2)

    def fill(dialog: BatchDialog) -> None:
        dialog.one_picker.setText("bob")
        dialog.one_picker.search_now()
        for who, amount in (("ann", "1.5"), (str(cyd.id), "2")):
            dialog.line_picker.setText(who)
            dialog.line_picker.search_now()
            dialog.line_amount.setText(amount)
            dialog.line_amount.returnPressed.emit()  # Enter adds the line
        assert dialog.table.rowCount() == 2
        assert dialog.total_label.text() == "2 lines, total 3.50 h"
        item = dialog.table.item(1, 1)
        assert isinstance(item, QTableWidgetItem)
        item.setText("2.001")
        assert not dialog.ok_button.isEnabled()
        assert "line 2 is not a valid amount" in dialog.error_text("lines")
        item.setText("2.25")
        assert dialog.total_label.text() == "2 lines, total 3.75 h"
        assert dialog.ok_button.isEnabled()
        dialog.memo_edit.setText("shared costs")

    answer_forms(monkeypatch, fill)
    page.batch_button.click()
    assert balance(db, bob.id) == 600 - 375
    assert balance(db, ann.id) == -750 + 150
    assert balance(db, cyd.id) == 150 + 225
    assert memos(page)[0] == "shared costs"


def test_batch_collect_and_invalid_lines(
    qtbot: QtBot, admin_ctx: AppContext, db: Database, books: Books
) -> None:
    ann, dee = books.member(0), books.member(3)
    before = audit_count(db)
    dialog = BatchDialog(admin_ctx, HOURS)
    qtbot.addWidget(dialog)
    dialog.collects_radio.setChecked(True)
    assert dialog.one_label.text() == "&Payee:"
    dialog.one_picker.set_member(ann)
    dialog.line_picker.set_member(ann)
    dialog.line_amount.setText("1")
    dialog.add_line()
    dialog.submit()
    assert "Ann is also on a line" in dialog.error_text("one")
    dialog.table.selectRow(0)
    dialog.remove_line()
    dialog.line_picker.set_member(dee)
    dialog.line_amount.setText("-1")
    dialog.add_line()
    assert "is negative" in dialog.error_text("line")
    dialog.line_amount.setText("5")  # more than Dee's credit: the database refuses
    dialog.add_line()
    assert dialog.ok_button.isEnabled()
    dialog.ok_button.click()
    assert "Dee" in dialog.message.text() and "credit" in dialog.message.text()
    assert audit_count(db) == before
    assert balance(db, dee.id) == 0


def test_verify_ok_and_broken_with_jump(
    page: LedgerPage,
    db: Database,
    books: Books,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    jump = {"click": False}

    def answer(dialog: VerifyDialog) -> int:
        if jump["click"] and dialog.jump_button is not None:
            dialog.jump_button.click()
        return 0

    shown = replace_exec(monkeypatch, VerifyDialog, answer)
    page.verify_button.click()
    report: VerifyReport = shown[-1].report
    assert report.ok
    assert shown[-1].headline.text() == "The books are in order."
    assert "3 transactions, 6 entries" in shown[-1].details.text()
    assert shown[-1].jump_button is None
    with db.transaction() as s:
        last = settings.get(s, "last_verification")
    assert last["ok"] is True

    # behind the program's back, triggers off
    tamper(db, "UPDATE transactions SET memo = 'changed' WHERE id = :i", i=books.txs[1])
    jump["click"] = True
    page.verify_button.click()
    broken = shown[-1]
    assert not broken.report.ok
    assert broken.headline.text().startswith("The ledger has")
    assert f"The first bad transaction is number {books.txs[1]}" in broken.details.text()
    assert broken.problems.rowCount() >= 1
    assert page.banner.isVisible()
    assert page.banner.text() == f"Showing transaction {books.txs[1]} and older."
    assert memos(page) == ["changed", "bread"]
    assert page.table.selected_key() == books.txs[1]
    page.show_newest()
    assert len(memos(page)) == 3 and not page.banner.isVisible()


def test_bookkeeper_cannot_post(
    qtbot: QtBot,
    keeper_ctx: AppContext,
    db: Database,
    books: Books,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = make_page(qtbot, keeper_ctx)
    page.table.select_key(books.txs[0])
    for button in page.posting_buttons():
        assert not button.isEnabled()
        assert "you are a bookkeeper" in button.toolTip()
    assert page.verify_button.isEnabled()
    opened = answer_forms(monkeypatch, lambda _d: None)
    before = audit_count(db)
    page.reverse()
    page.levy()
    page.batch()
    assert opened == []
    assert audit_count(db) == before


def test_models_pass_the_model_tester(
    page: LedgerPage, qtmodeltester: ModelTester, books: Books
) -> None:
    qtmodeltester.check(page.model)
    page.table.select_key(books.txs[2])
    qtmodeltester.check(page.entries)


def test_pages_are_in_the_main_window(qtbot: QtBot, admin_ctx: AppContext, books: Books) -> None:
    from localex_desktop.ui.main_window import MainWindow
    from localex_desktop.ui.pages.members.page import MembersPage

    window = shown(qtbot, MainWindow(admin_ctx), None)
    keys = window.page_keys()
    assert keys.index("members") < keys.index("ledger")
    shortcuts = {s.key: s.shortcut for s in window.specs}
    assert (shortcuts["members"], shortcuts["ledger"]) == ("Ctrl+2", "Ctrl+5")
    assert len(set(shortcuts.values())) == len(shortcuts)  # no two pages share a shortcut
    window.page_actions[keys.index("ledger")].trigger()
    assert isinstance(window.current_page(), LedgerPage)
    window.page_actions[keys.index("members")].trigger()
    page = window.current_page()
    assert isinstance(page, MembersPage) and page.model.rowCount() == 4


def test_keyboard_mnemonics_are_unique(
    page: LedgerPage, qtbot: QtBot, admin_ctx: AppContext, books: Books
) -> None:
    keys = mnemonics(page)
    assert len(keys) == len(set(keys)), keys
    assert not set(keys) & {"f", "v", "h"}  # the main window's menus
    with admin_ctx.db.transaction() as s:
        tx = ledger.transaction(s, SETUP, books.txs[0])
    for dialog in (
        ReverseDialog(admin_ctx, tx, page.money),
        LevyDialog(admin_ctx, HOURS),
        BatchDialog(admin_ctx, HOURS),
    ):
        check_dialog_keys(qtbot, dialog)


def test_a_reversal_through_the_dialog_shows_without_a_refresh(
    qtbot: QtBot, page: LedgerPage, admin_ctx: AppContext, db: Database, books: Books
) -> None:
    """The dialog's change refreshes the journal from the tables it wrote."""
    page.table.select_key(books.txs[1])
    with db.transaction() as s:
        tx = ledger.transaction(s, SETUP, books.txs[1])
    dialog = shown(qtbot, ReverseDialog(admin_ctx, tx, page.money, page), None)
    qtbot.keyClicks(dialog.reason_edit, "wrong member")
    qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return)
    assert dialog.result() == 1
    assert memos(page)[0] == f"Reversal of {books.txs[1]}: wrong member"
    assert page.model.index(2, 7).data() == f"reversed by {books.txs[-1] + 1}"  # lift
    assert page.table.selected_key() == books.txs[1]
    assert not page.reverse_button.isEnabled()
    assert page.count_label.text() == "4 transactions"


def test_memo_search_ignores_case_and_accents(
    qtbot: QtBot, admin_ctx: AppContext, db: Database, books: Books
) -> None:
    with db.transaction() as s:
        ledger.transfer(s, SETUP, books.member(0).id, books.member(1).id, 100, "Crème brûlée")
    page = make_page(qtbot, admin_ctx)
    page.focus_search()
    qtbot.keyClicks(page.memo_edit, "CREME brul")
    qtbot.keyClick(page.memo_edit, Qt.Key.Key_Return)
    assert memos(page) == ["Crème brûlée"]


def test_names_and_memos_show_as_typed(
    qtbot: QtBot, admin_ctx: AppContext, db: Database, books: Books
) -> None:
    """Markup in a name or memo is text, not formatting, in the dialog and the detail."""
    with db.transaction() as s:
        eve = members.create(s, SETUP, MemberInput(name="<b>Eve</b>"), credit_limit=5000)
        posted = ledger.transfer(s, SETUP, eve.id, books.member(0).id, 100, "<i>cake</i> & tea")
        tx = ledger.transaction(s, SETUP, posted.transaction_id)

    def shown(html: str) -> str:
        doc = QTextDocument()
        doc.setHtml(html)
        return doc.toPlainText()

    page = make_page(qtbot, admin_ctx)
    page.table.select_key(tx.id)
    assert "Memo: <i>cake</i> & tea" in shown(page.detail_title.text())
    dialog = ReverseDialog(admin_ctx, tx, page.money, page)
    qtbot.addWidget(dialog)
    text = shown(dialog.summary.text())
    assert f"from <b>Eve</b> ({eve.id}) to Ann ({books.member(0).id})" in text
    assert "“<i>cake</i> & tea”" in text


def test_every_filter_works_again_after_clear_filters(
    qtbot: QtBot, levied_page: LedgerPage
) -> None:
    page = levied_page
    page.kind_box.setCurrentIndex(page.kind_box.findData("levy"))
    qtbot.keyClicks(page.memo_edit, "fe")
    qtbot.keyClick(page.memo_edit, Qt.Key.Key_Return)
    assert memos(page) == ["fee"]
    page.clear_button.click()
    assert memos(page) == ["fee", "eggs", "lift", "bread"]
    assert page.memo_edit.text() == "" and page.kind_box.currentIndex() == 0
    page.kind_box.setCurrentIndex(page.kind_box.findData("transfer"))
    assert memos(page) == ["eggs", "lift", "bread"]
    qtbot.keyClicks(page.memo_edit, "eg")
    qtbot.keyClick(page.memo_edit, Qt.Key.Key_Return)
    assert memos(page) == ["eggs"]
