"""The Members page: database search and sort, detail panel, dialogs, roles."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QByteArray, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from localex_desktop.db.connection import Database
from localex_desktop.domain.roles import Actor, Permission, Role
from localex_desktop.services import ledger, members
from localex_desktop.services.members import MemberInfo, MemberInput
from localex_desktop.ui.context import AppContext
from localex_desktop.ui.pages.members import extensions
from localex_desktop.ui.pages.members.member_dialog import MemberDialog
from localex_desktop.ui.pages.members.page import MembersPage
from localex_desktop.ui.pages.members.picker import MemberPicker
from localex_desktop.ui.pages.members.transfer_dialog import TransferDialog

from ..waiting import DEADLINE_MS
from .conftest import Boxes
from .helpers import (
    HOURS,
    SETUP,
    answer_forms,
    audit_count,
    check_dialog_keys,
    in_hours,
    mnemonics,
    ok_refused,
    shown,
)

SPLITTER_KEY = "members/splitter"
PEOPLE = [
    ("Ann Archer", "ann@example.org", "0711 1111"),
    ("Bob Baker", None, "0722 2222"),
    ("Cyd Carter", "cyd@example.org", ""),
    ("Dee Dyer", None, ""),
    ("Annika Ahl", None, ""),
]


@pytest.fixture
def people(db: Database) -> list[MemberInfo]:
    """Five members in Hours (2 decimals); Ann paid Bob 12.50 and Cyd 3.00."""
    with db.transaction() as s:
        in_hours(s)
        ids = [
            members.create(s, SETUP, MemberInput(name=n, email=e, phone=p), credit_limit=5000).id
            for n, e, p in PEOPLE
        ]
        ledger.transfer(s, SETUP, ids[0], ids[1], 1250, "bread")
        ledger.transfer(s, SETUP, ids[0], ids[2], 300, "lift")
        return [members.get(s, SETUP, i) for i in ids]


def make_page(qtbot: QtBot, ctx: AppContext) -> MembersPage:
    return shown(qtbot, MembersPage(ctx))


@pytest.fixture
def page(qtbot: QtBot, admin_ctx: AppContext, people: list[MemberInfo]) -> MembersPage:
    """The page as an administrator opens it, on the test data."""
    return make_page(qtbot, admin_ctx)


def column(page: MembersPage, number: int) -> list[str]:
    return [page.model.index(r, number).data() for r in range(page.model.rowCount())]


def get(db: Database, member_id: int) -> MemberInfo:
    with db.transaction() as s:
        return members.get(s, SETUP, member_id)


def test_lists_members_with_amounts_in_the_currency(page: MembersPage) -> None:
    assert column(page, 1) == [p[0] for p in PEOPLE]
    assert column(page, 3)[:3] == ["-15.50", "12.50", "3.00"]
    assert column(page, 4)[0] == "50.00"
    assert column(page, 2)[0] == "Active"
    assert page.model.headerData(3, Qt.Orientation.Horizontal) == "Balance (h)"
    right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    assert page.model.index(0, 3).data(Qt.ItemDataRole.TextAlignmentRole) == right
    assert page.model.index(0, 5).data() != "never"
    assert page.model.index(3, 5).data() == "never"
    assert page.count_label.text() == "5 members"


def test_search_runs_in_the_database(
    page: MembersPage, qtbot: QtBot, people: list[MemberInfo]
) -> None:
    qtbot.keyClicks(page.search_edit, "ann")
    with qtbot.waitSignal(page.model.reset_done, timeout=DEADLINE_MS):
        pass
    assert column(page, 1) == ["Ann Archer", "Annika Ahl"]
    page.search_edit.setText("cyd@example")
    page.search_edit.returnPressed.emit()
    assert column(page, 1) == ["Cyd Carter"]
    page.search_edit.setText(str(people[3].id))
    page.model.apply_search()
    assert column(page, 1) == ["Dee Dyer"]
    page.search_edit.setText("0722")
    page.model.apply_search()
    assert column(page, 1) == ["Bob Baker"]


def test_status_filter_and_server_side_sort(
    qtbot: QtBot, admin_ctx: AppContext, db: Database, people: list[MemberInfo]
) -> None:
    with db.transaction() as s:
        members.suspend(s, SETUP, people[3].id)
    page = make_page(qtbot, admin_ctx)
    page.status_box.setCurrentIndex(page.status_box.findData("suspended"))
    assert column(page, 1) == ["Dee Dyer"]
    page.status_box.setCurrentIndex(0)
    page.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)
    assert page.model.query.sort_key == "balance"
    assert column(page, 1)[0] == "Bob Baker"
    assert column(page, 1)[-1] == "Ann Archer"
    page.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert column(page, 1) == sorted(p[0] for p in PEOPLE)


def test_detail_panel_shows_member_and_history(page: MembersPage, people: list[MemberInfo]) -> None:
    assert page.detail.title.text() == "Choose a member in the list."
    page.select_member(people[0].id)
    detail = page.detail
    assert detail.title.text() == "Ann Archer"
    assert detail.subtitle.text() == f"Member {people[0].id} · Active"
    assert detail.fields["balance"].text() == "-15.50 h"
    assert detail.fields["available"].text() == "34.50 h"
    assert detail.fields["email"].text() == "ann@example.org"
    history = detail.history
    assert history.rowCount() == 2
    rows = [[history.index(r, c).data() for c in (1, 2, 3, 4)] for r in range(2)]
    assert rows == [
        ["-3.00", "-15.50", f"Cyd Carter ({people[2].id})", "lift"],
        ["-12.50", "-12.50", f"Bob Baker ({people[1].id})", "bread"],
    ]
    assert history.index(0, 3).data(Qt.ItemDataRole.ToolTipRole) == "Transfer"


def test_splitter_position_is_remembered(
    page: MembersPage, qtbot: QtBot, admin_ctx: AppContext
) -> None:
    page.splitter.setSizes([700, 300])
    page.splitter.splitterMoved.emit(700, 1)
    saved = admin_ctx.settings.value(SPLITTER_KEY)
    assert isinstance(saved, QByteArray)
    again = make_page(qtbot, admin_ctx)
    assert again.splitter.saveState() == saved


def test_new_member_through_the_dialog(
    page: MembersPage, qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fill(dialog: MemberDialog) -> None:
        assert dialog.credit_edit.text() == "500.00"  # the default limit from settings
        qtbot.keyClicks(dialog.name_edit, "  Eve   Evans ")
        qtbot.keyClicks(dialog.email_edit, "eve@example.org")
        qtbot.keyClicks(dialog.phone_edit, "+44 1234")
        dialog.credit_edit.setText("")
        qtbot.keyClicks(dialog.credit_edit, "75.5")
        qtbot.keyClicks(dialog.number_edit, "42")
        dialog.directory_box.setChecked(True)

    answer_forms(monkeypatch, fill)
    page.new_button.click()
    eve = get(db, 42)
    assert (eve.name, eve.email, eve.phone, eve.credit_limit) == (
        "Eve Evans",
        "eve@example.org",
        "+44 1234",
        7550,
    )
    assert eve.directory_consent
    assert page.selected() is not None and page.selected().id == 42  # type: ignore[union-attr]
    assert "Enrolled Eve Evans as member 42" in page.message.text()


def test_invalid_input_is_shown_by_the_field_and_nothing_written(
    qtbot: QtBot, admin_ctx: AppContext, db: Database, people: list[MemberInfo]
) -> None:
    before = audit_count(db)
    dialog = MemberDialog(admin_ctx, HOURS, default_credit_limit=50000)
    qtbot.addWidget(dialog)
    assert not dialog.ok_button.isEnabled()  # no name yet, but no red text either
    assert dialog.error_text("name") == ""
    qtbot.keyClicks(dialog.name_edit, "Fay")
    assert dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.email_edit, "not-an-email")
    assert not dialog.ok_button.isEnabled()
    assert "'not-an-email' is not an email address." in dialog.error_text("email")
    dialog.email_edit.clear()
    qtbot.keyClicks(dialog.email_edit, "fay@example.org")
    qtbot.keyClicks(dialog.credit_edit, "5")  # "500.005": three decimals
    assert "more than 2 decimal places" in dialog.error_text("credit_limit")
    assert not dialog.ok_button.isEnabled()
    dialog.submit()
    assert audit_count(db) == before
    dialog.credit_edit.setText("10")
    dialog.touch("credit_limit")
    dialog.email_edit.setText("ann@example.org")  # taken: the service refuses
    dialog.touch("email")
    ok_refused(db, dialog, "already has the email address ann@example.org")
    with db.transaction() as s:
        assert members.search(s, SETUP, "Fay") == []


def test_edit_member(
    page: MembersPage, db: Database, people: list[MemberInfo], monkeypatch: pytest.MonkeyPatch
) -> None:
    def fill(dialog: MemberDialog) -> None:
        assert dialog.name_edit.text() == "Bob Baker"
        dialog.name_edit.setText("Robert Baker")
        dialog.upper_edit.setText("100")
        dialog.touch("upper_limit")

    answer_forms(monkeypatch, fill)
    page.select_member(people[1].id)
    page.edit_button.click()
    bob = get(db, people[1].id)
    assert (bob.name, bob.upper_limit, bob.credit_limit) == ("Robert Baker", 10000, 5000)
    assert page.detail.title.text() == "Robert Baker"
    assert page.model.index(page.table.selected_row() or 0, 1).data() == "Robert Baker"


def test_suspend_reactivate_and_leave(
    page: MembersPage, db: Database, people: list[MemberInfo], boxes: Boxes
) -> None:
    dee = people[3]
    page.select_member(dee.id)
    assert not page.reactivate_button.isEnabled()
    page.suspend_button.click()
    assert boxes.last.text == "Suspend Dee Dyer?"
    assert get(db, dee.id).status == "suspended"
    assert page.detail.subtitle.text() == f"Member {dee.id} · Suspended"
    assert not page.suspend_button.isEnabled()
    page.reactivate_button.click()
    assert get(db, dee.id).status == "active"
    page.leave_button.click()
    assert get(db, dee.id).status == "left"
    assert not page.leave_button.isEnabled()
    assert page.leave_button.toolTip() == "Dee Dyer has left."


def test_leave_with_a_balance_settles_it_with_the_fund(
    page: MembersPage, db: Database, people: list[MemberInfo], boxes: Boxes
) -> None:
    """A member who owes something can still leave: asked first, the debt is written off
    by the community fund in the same act."""
    page.select_member(people[0].id)
    page.leave_button.click()
    assert boxes.last.text == "Settle the balance of Ann Archer and record that they left?"
    assert "what they owe (15.50 h) is written off by the community fund" in (
        boxes.last.informative
    )
    ann = get(db, people[0].id)
    assert (ann.status, ann.balance) == ("left", 0)
    with db.transaction() as s:
        (settled,) = ledger.journal(s, SETUP, ledger.JournalFilter(kind="adjustment"))
    assert settled.memo == "Balance settled on leaving the exchange" and settled.amount == 1550


def test_declining_changes_nothing(
    qtbot: QtBot, admin_ctx: AppContext, db: Database, people: list[MemberInfo], boxes: Boxes
) -> None:
    boxes.answer_yes = False
    page = make_page(qtbot, admin_ctx)
    page.select_member(people[1].id)
    page.suspend_button.click()
    assert get(db, people[1].id).status == "active"


def test_picker_completes_by_name_and_number(
    qtbot: QtBot, admin_ctx: AppContext, people: list[MemberInfo]
) -> None:
    picker = MemberPicker(admin_ctx, debounce_ms=10)
    qtbot.addWidget(picker)
    qtbot.keyClicks(picker, "ann")
    with qtbot.waitSignal(picker.searched, timeout=DEADLINE_MS):
        pass
    assert [m.name for m in picker.matches()] == ["Ann Archer", "Annika Ahl"]
    assert picker.member() is None
    picker._completer.activated.emit(f"Annika Ahl ({people[4].id})")  # the popup's Enter
    assert picker.member() == people[4]
    picker.setText(str(people[2].id))
    picker.search_now()
    assert picker.member() is not None and picker.member().name == "Cyd Carter"  # type: ignore[union-attr]
    picker.clear()
    qtbot.keyClicks(picker, "carter")
    picker.search_now()
    assert picker.member() is None  # one fuzzy match is offered, never taken
    assert [m.id for m in picker.matches()] == [people[2].id]
    picker.clear()
    qtbot.keyClicks(picker, "cyd carter")
    picker.search_now()
    assert picker.member() is not None and picker.member().id == people[2].id  # type: ignore[union-attr]
    picker.setText("nobody at all")
    picker.textEdited.emit("nobody at all")
    picker.search_now()
    assert picker.member() is None and picker.matches() == []


def test_transfer_with_live_credit_feedback(
    qtbot: QtBot,
    admin_ctx: AppContext,
    db: Database,
    people: list[MemberInfo],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ann, bob = people[0], people[1]

    def fill(dialog: TransferDialog) -> None:
        assert dialog.payer_picker.member() == ann  # the selected member pays
        qtbot.keyClicks(dialog.payee_picker, str(bob.id))  # a number: that member
        dialog.payee_picker.search_now()
        assert dialog.payee_picker.member() == bob
        qtbot.keyClicks(dialog.amount_edit, "40")
        assert not dialog.ok_button.isEnabled()
        assert dialog.error_text("amount") == "Ann Archer has only 34.50 h of credit left."
        dialog.amount_edit.clear()
        qtbot.keyClicks(dialog.amount_edit, "4.5")
        assert dialog.error_text("amount") == ""
        assert dialog.credit_label.text() == (
            "Available credit of Ann Archer: 34.50 h; after this transfer: 30.00 h."
        )
        qtbot.keyClicks(dialog.memo_edit, "eggs")

    answer_forms(monkeypatch, fill)
    page = make_page(qtbot, admin_ctx)
    page.select_member(ann.id)
    page.transfer_button.click()
    assert get(db, ann.id).balance == -2000
    assert get(db, bob.id).balance == 1700
    assert page.detail.fields["balance"].text() == "-20.00 h"
    assert page.detail.history.index(0, 4).data() == "eggs"  # the memo column
    assert page.message.text().startswith("Posted transaction")
    assert page.message.text().endswith(f" paid {bob.name} 4.50 h.")


def test_transfer_refused_by_the_database_writes_nothing(
    qtbot: QtBot, admin_ctx: AppContext, db: Database, people: list[MemberInfo]
) -> None:
    ann, dee = people[0], people[3]
    with db.transaction() as s:
        members.suspend(s, SETUP, dee.id)
    dialog = TransferDialog(admin_ctx, HOURS)
    qtbot.addWidget(dialog)
    dialog.payer_picker.set_member(ann)
    dialog.payee_picker.set_member(dee)  # chosen before the suspension reached the screen
    dialog.amount_edit.setText("1")
    dialog.touch("amount")
    ok_refused(db, dialog, "Dee Dyer is suspended")
    assert get(db, ann.id).balance == -1550


def test_bookkeeper_cannot_change_anything(
    qtbot: QtBot,
    keeper_ctx: AppContext,
    db: Database,
    people: list[MemberInfo],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = make_page(qtbot, keeper_ctx)
    page.select_member(people[0].id)
    assert page.detail.title.text() == "Ann Archer"
    changing = [a for a in page.actions_ if a.permission not in (None, Permission.READ)]
    assert changing
    for spec in changing:
        button = getattr(page, f"{spec.key}_button")
        assert not button.isEnabled()
        assert "you are a bookkeeper" in button.toolTip()
    opened = answer_forms(monkeypatch, lambda _d: None)
    before = audit_count(db)
    for spec in changing:
        spec.action.trigger()  # what a shortcut or the context menu would do
    page.table.setFocus()
    QTest.keyClick(page.table, Qt.Key.Key_Return)  # Enter on a row
    QTest.keyClick(page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert opened == []
    assert audit_count(db) == before
    assert get(db, people[0].id).status == "active"


def test_other_features_add_buttons_and_tabs(
    qtbot: QtBot,
    admin_ctx: AppContext,
    people: list[MemberInfo],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ran: list[str] = []

    class Trades(QLabel):
        def show_member(self, member: MemberInfo | None) -> None:
            self.setText(member.name if member else "")

    action = extensions.MemberAction(
        "trade",
        "Record &trade…",
        lambda req: ran.append(req.member.name),
        permission=Permission.MANAGE_TRADES,
        needs_active=True,
    )
    tab = extensions.MemberTab("trades", "Trades", lambda _ctx: Trades())
    page = MembersPage(admin_ctx, extra_actions=[action], extra_tabs=[tab])
    qtbot.addWidget(page)
    page.show()
    button = page.trade_button
    assert button.text() == "Record &trade…" and not button.isEnabled()
    page.select_member(people[1].id)
    assert button.isEnabled()
    button.click()
    assert ran == ["Bob Baker"]
    shown: QWidget = page.detail.tabs.widget(1)
    assert page.detail.tabs.tabText(1) == "Trades"
    assert isinstance(shown, QLabel) and shown.text() == "Bob Baker"


def test_models_pass_the_model_tester(
    page: MembersPage, qtmodeltester: ModelTester, people: list[MemberInfo]
) -> None:
    qtmodeltester.check(page.model)
    page.select_member(people[0].id)
    qtmodeltester.check(page.detail.history)


def test_keyboard_mnemonics_are_unique_and_escape_cancels(
    page: MembersPage, qtbot: QtBot, admin_ctx: AppContext, people: list[MemberInfo]
) -> None:
    page.select_member(people[0].id)
    keys = mnemonics(page)
    assert len(keys) == len(set(keys)) and {"s", "w", "n", "e"} <= set(keys)
    assert not set(keys) & {"f", "v", "h"}  # the main window's menus
    for dialog in (
        MemberDialog(admin_ctx, HOURS),
        MemberDialog(admin_ctx, HOURS, member=people[0]),
        TransferDialog(admin_ctx, HOURS),
    ):
        check_dialog_keys(qtbot, dialog)


def test_escape_asks_before_forgetting_what_was_typed(
    qtbot: QtBot, admin_ctx: AppContext, db: Database, people: list[MemberInfo], boxes: Boxes
) -> None:
    """Escape on a form the person typed into asks first; "Keep editing" keeps every
    character; an untouched form closes at once."""
    dialog = MemberDialog(admin_ctx, HOURS, member=people[1])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # nothing typed: no question
    assert not dialog.isVisible() and not boxes.shown

    dialog = MemberDialog(admin_ctx, HOURS)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name_edit, "Half-typed name")
    boxes.answer_yes = False  # "Keep editing"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert boxes.last.text == "Discard what you typed?"
    assert boxes.last.buttons == ["Discard", "Keep editing"]
    assert dialog.isVisible() and dialog.name_edit.text() == "Half-typed name"
    boxes.answer_yes = True  # "Discard"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.result() == 0
    assert len(boxes.shown) == 2
    with db.transaction() as s:
        assert all(m.name != "Half-typed name" for m in members.search(s, SETUP, "Half"))


def test_a_change_saved_meanwhile_is_never_silently_overwritten(
    qtbot: QtBot, admin_ctx: AppContext, db: Database, people: list[MemberInfo], boxes: Boxes
) -> None:
    """Two coordinators edit Bob: the other one's rename survives this one's phone, and a
    phone both changed is asked about (Reload keeps what was typed; Save anyway wins)."""
    bob = people[1]
    dialog = MemberDialog(admin_ctx, HOURS, member=bob)
    qtbot.addWidget(dialog)
    dialog.show()
    other = Actor("dee", Role.COORDINATOR)
    with db.transaction() as s:  # meanwhile, at another desk
        members.update(s, other, bob.id, name="Robert Baker", phone="0733 3333")
    dialog.phone_edit.selectAll()
    qtbot.keyClicks(dialog.phone_edit, "0799 9999")
    qtbot.keyClick(dialog.phone_edit, Qt.Key.Key_Return)
    question = boxes.last
    assert question.text == "dee changed the phone of this member since you opened it."
    assert "Phone: was '0722 2222', now '0733 3333'." in question.informative
    assert sorted(question.buttons) == ["&Reload", "Cancel", "Save &anyway"]
    # Reload (the default): the name they changed shows; the phone typed here stays
    assert dialog.isVisible()
    assert dialog.name_edit.text() == "Robert Baker"
    assert dialog.phone_edit.text() == "0799 9999"
    assert "Reloaded: the name shows what was saved meanwhile" in dialog.message.text()
    assert get(db, bob.id).phone == "0733 3333"  # nothing written yet
    qtbot.keyClick(dialog.phone_edit, Qt.Key.Key_Return)
    assert not dialog.isVisible() and dialog.result() == 1
    saved = get(db, bob.id)
    assert (saved.name, saved.phone) == ("Robert Baker", "0799 9999")

    dialog = MemberDialog(admin_ctx, HOURS, member=saved)
    qtbot.addWidget(dialog)
    dialog.show()
    with db.transaction() as s:
        members.update(s, other, bob.id, phone="0744 4444")
    dialog.phone_edit.setText("0755 5555")
    boxes.answer_role = QMessageBox.ButtonRole.DestructiveRole  # "Save anyway"
    qtbot.keyClick(dialog.phone_edit, Qt.Key.Key_Return)
    assert dialog.result() == 1 and get(db, bob.id).phone == "0755 5555"


def test_on_real_worker_threads_the_page_loads_and_ok_enrols(
    qtbot: QtBot,
    threaded_ctx: AppContext,
    db: Database,
    people: list[MemberInfo],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """As in the program: the reads and the dialog's change run on QThreadPool workers."""
    page = make_page(qtbot, threaded_ctx)
    qtbot.waitUntil(lambda: page.model.rowCount() == len(PEOPLE), timeout=DEADLINE_MS)
    assert column(page, 1) == [p[0] for p in PEOPLE]
    qtbot.waitUntil(lambda: page.new_button.isEnabled(), timeout=DEADLINE_MS)

    def fill(dialog: MemberDialog) -> None:
        qtbot.keyClicks(dialog.name_edit, "Eve Evans")

    answer_forms(monkeypatch, fill, wait=qtbot)
    page.new_button.click()
    assert "Enrolled Eve Evans as member" in page.message.text()
    qtbot.waitUntil(lambda: "Eve Evans" in column(page, 1), timeout=DEADLINE_MS)
    with db.transaction() as s:
        assert [m.name for m in members.search(s, SETUP, "Eve")] == ["Eve Evans"]


def test_a_form_opened_before_the_settings_arrived_enrols_with_the_exchange_default(
    qtbot: QtBot, admin_ctx: AppContext, db: Database
) -> None:
    """The tryout opened New member while the server was away: the limit read 0.00 (a
    placeholder, not the exchange's 500.00) and the member was enrolled with no credit.
    Unread, the field stays empty and the exchange's own default is used."""
    from localex_desktop.services import settings

    with db.transaction() as s:
        settings.put(s, admin_ctx.actor, "default_credit_limit", 37_500)
    dialog = MemberDialog(admin_ctx, HOURS, default_credit_limit=None)
    qtbot.addWidget(dialog)
    assert dialog.credit_edit.text() == ""
    assert dialog.credit_edit.placeholderText() == "the exchange's default"
    qtbot.keyClicks(dialog.name_edit, "Gil Grey")
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: dialog.result() == dialog.DialogCode.Accepted.value, timeout=DEADLINE_MS
    )
    with db.transaction() as s:
        gil = members.search(s, SETUP, "Gil Grey")[0]
        assert gil.credit_limit == 37_500
