"""The Listings page: full-text search, filters, category tree, dialogs, roles."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QMenu
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from localex_desktop.db.connection import Database
from localex_desktop.db.models import Listing
from localex_desktop.services import categories, leaving, listings, members, trades
from localex_desktop.services.categories import CategoryInfo
from localex_desktop.services.listings import ListingInfo, ListingInput
from localex_desktop.services.members import MemberInfo
from localex_desktop.ui.context import AppContext
from localex_desktop.ui.pages.listings.categories_dialog import CategoriesDialog
from localex_desktop.ui.pages.listings.listing_dialog import ListingDialog, RenewDialog
from localex_desktop.ui.pages.listings.model import CategoryTreeModel
from localex_desktop.ui.pages.listings.page import ListingsPage
from localex_desktop.ui.pages.members.form_dialog import FormDialog

from ..waiting import DEADLINE_MS
from .conftest import Boxes
from .helpers import (
    HOURS,
    SETUP,
    answer_forms,
    audit_count,
    enrol,
    in_hours,
    mnemonics,
    ok_refused,
    replace_exec,
    shown,
)


@dataclass
class Directory:
    ann: MemberInfo
    bob: MemberInfo
    cyd: MemberInfo
    food: int
    baking: int
    preserves: int
    garden: int
    bread: ListingInfo
    jam: ListingInfo
    digging: ListingInfo
    eggs: ListingInfo


@pytest.fixture
def directory(db: Database) -> Directory:
    with db.transaction() as s:
        in_hours(s)
        ann, bob, cyd = enrol(s, "Ann Archer", "Bob Baker", "Cyd Carter")
        food = categories.add(s, SETUP, "Food").id
        baking = categories.add(s, SETUP, "Baking", parent_id=food).id
        preserves = categories.add(s, SETUP, "Preserves", parent_id=food).id
        garden = categories.add(s, SETUP, "Garden").id

        def add(*args: Any, **kw: Any) -> ListingInfo:
            return listings.add(s, SETUP, ListingInput(*args, **kw))

        bread = add(ann.id, "offer", baking, "Sourdough bread", "Baked on Fridays", 400, "loaf")
        jam = add(bob.id, "offer", preserves, "Plum jam", "Homemade, no sugar added", 250, "jar")
        digging = add(cyd.id, "want", garden, "Help digging the vegetable bed", "", None, "")
        eggs = add(ann.id, "want", food, "Fresh eggs", "A dozen a week", 300, "dozen")
        listings.pause(s, SETUP, eggs.id)
        eggs = listings.get(s, SETUP, eggs.id)
        return Directory(ann, bob, cyd, food, baking, preserves, garden, bread, jam, digging, eggs)


def make_page(qtbot: QtBot, ctx: AppContext) -> ListingsPage:
    return shown(qtbot, ListingsPage(ctx), (1200, 700))


@pytest.fixture
def page(qtbot: QtBot, admin_ctx: AppContext, directory: Directory) -> ListingsPage:
    """The page as an administrator opens it, on the test data."""
    return make_page(qtbot, admin_ctx)


def titles(page: ListingsPage) -> list[str]:
    return [page.model.index(r, 3).data() for r in range(page.model.rowCount())]


def all_listings(db: Database) -> list[ListingInfo]:
    with db.transaction() as s:
        return listings.search(s, SETUP, sort="id")


def tree(db: Database) -> list[CategoryInfo]:
    with db.transaction() as s:
        return categories.tree(s, SETUP)


def test_lists_listings_with_prices_right_aligned(page: ListingsPage, directory: Directory) -> None:
    assert titles(page) == ["Fresh eggs", "Help digging the vegetable bed", "Plum jam",
                            "Sourdough bread"]  # fmt: skip
    row = [page.model.index(3, c).data() for c in range(page.model.columnCount())]
    assert row[1:] == [
        "Offer", "Food › Baking", "Sourdough bread", f"Ann Archer ({directory.ann.id})",
        "4.00", "per loaf", "Active", "—",
    ]  # fmt: skip
    assert page.model.headerData(5, Qt.Orientation.Horizontal) == "Price (h)"
    right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    assert page.model.index(0, 5).data(Qt.ItemDataRole.TextAlignmentRole) == right
    assert page.model.index(1, 5).data() == ""  # no price
    assert page.model.index(0, 7).data() == "Paused"
    assert page.count_label.text() == "4 listings"
    names = [page.tree_model.index(r, 0).data() for r in range(page.tree_model.rowCount())]
    assert names == ["All categories", "Food", "Garden"]
    page.select_listing(directory.jam.id)
    assert "Plum jam" in page.detail.text() and "2.50 h per jar" in page.detail.text()
    assert "Homemade" in page.detail.text()


def test_full_text_search_and_filters_run_in_the_database(
    page: ListingsPage, qtbot: QtBot, directory: Directory
) -> None:
    qtbot.keyClicks(page.search_edit, "sourdough")
    with qtbot.waitSignal(page.model.reset_done, timeout=DEADLINE_MS):
        pass
    assert titles(page) == ["Sourdough bread"]
    page.search_edit.setText("bak")  # prefix of "baked"
    page.search_edit.returnPressed.emit()
    assert titles(page) == ["Sourdough bread"]
    page.search_edit.setText("sugar -plum")
    page.model.apply_search()
    assert titles(page) == []
    page.search_edit.setText("")
    page.model.apply_search()
    page.kind_box.setCurrentIndex(page.kind_box.findData("want"))
    assert titles(page) == ["Fresh eggs", "Help digging the vegetable bed"]
    page.status_box.setCurrentIndex(page.status_box.findData("paused"))
    assert titles(page) == ["Fresh eggs"]
    page.select_category(directory.food)
    page.search_edit.setText("eggs")
    page.model.apply_search()
    assert titles(page) == ["Fresh eggs"]
    page.clear_button.click()
    assert len(titles(page)) == 4
    assert page.search_edit.text() == ""
    assert page.kind_box.currentIndex() == page.status_box.currentIndex() == 0
    assert page.category_id() is None
    page.member_picker.setText(str(directory.ann.id))
    page.member_picker.search_now()
    assert titles(page) == ["Fresh eggs", "Sourdough bread"]
    page.member_picker.clear()
    assert len(titles(page)) == 4


def test_category_tree_filters_with_sub_categories(
    page: ListingsPage, directory: Directory
) -> None:
    page.select_category(directory.food)
    assert sorted(titles(page)) == ["Fresh eggs", "Plum jam", "Sourdough bread"]
    page.select_category(directory.baking)
    assert titles(page) == ["Sourdough bread"]
    page.select_category(directory.garden)
    assert titles(page) == ["Help digging the vegetable bed"]
    page.select_category(None)
    assert len(titles(page)) == 4


def test_live_refresh_shows_changes_made_elsewhere(
    page: ListingsPage, db: Database, directory: Directory
) -> None:
    page.select_listing(directory.jam.id)
    with db.transaction() as s:  # another coordinator, or the Members page
        listings.add(s, SETUP, ListingInput(directory.bob.id, "offer", directory.garden, "Hedges"))
    page.live_refresh(frozenset({"listings"}))
    assert "Hedges" in titles(page)
    assert page.selected() is not None and page.selected().id == directory.jam.id
    garden = page.tree_model.index_of(directory.garden)
    assert page.tree_model.index(garden.row(), 1, garden.parent()).data() == "2"


def test_sorts_in_the_database(page: ListingsPage) -> None:
    page.table.sortByColumn(3, Qt.SortOrder.AscendingOrder)
    assert page.model.query.sort_key == "title"
    assert titles(page) == sorted(titles(page), key=str.lower)
    page.table.sortByColumn(5, Qt.SortOrder.DescendingOrder)
    assert titles(page) == ["Sourdough bread", "Fresh eggs", "Plum jam",
                            "Help digging the vegetable bed"]  # fmt: skip
    page.table.sortByColumn(4, Qt.SortOrder.AscendingOrder)
    assert [page.model.index(r, 4).data().split(" (")[0] for r in range(4)] == [
        "Ann Archer", "Ann Archer", "Bob Baker", "Cyd Carter",
    ]  # fmt: skip


def test_new_listing_through_the_dialog(
    page: ListingsPage,
    qtbot: QtBot,
    db: Database,
    directory: Directory,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page.select_category(directory.garden)
    expiry = date.today() + timedelta(days=30)

    def fill(d: ListingDialog) -> None:
        assert d.category_box.currentData() == directory.garden  # from the tree
        qtbot.keyClicks(d.member_picker, "Bob Baker")
        d.member_picker.search_now()
        assert d.member_picker.member() == directory.bob
        d.kind_box.setCurrentIndex(d.kind_box.findData("offer"))
        qtbot.keyClicks(d.title_edit, "Lawn mowing")
        d.description_edit.setPlainText("Own mower, small gardens only")
        qtbot.keyClicks(d.price_edit, "7.5")
        qtbot.keyClicks(d.unit_edit, "hour")
        d.expiry.check.setChecked(True)
        d.expiry.date_edit.setDate(expiry)

    seen = answer_forms(monkeypatch, fill)
    page.new_button.click()
    assert len(seen) == 1
    created = all_listings(db)[-1]
    assert (created.member_id, created.kind, created.category_id, created.title) == (
        directory.bob.id,
        "offer",
        directory.garden,
        "Lawn mowing",
    )
    assert (created.price, created.unit, created.expires_on) == (750, "hour", expiry)
    assert created.description == "Own mower, small gardens only"
    assert page.selected() is not None and page.selected() == created
    assert "Added listing" in page.message.text()


def test_invalid_input_shows_messages_and_writes_nothing(
    qtbot: QtBot, admin_ctx: AppContext, db: Database, directory: Directory
) -> None:
    dialog = ListingDialog(admin_ctx, HOURS, tree(db))
    qtbot.addWidget(dialog)
    assert not dialog.ok_button.isEnabled()
    dialog.ok_button.click()  # disabled: nothing happens
    dialog.submit()  # Enter: shows every error
    assert "Choose the member" in dialog.error_text("member")
    assert dialog.error_text("category") == "Choose a category."
    assert dialog.error_text("title") == "Give the listing a title."
    dialog.member_picker.set_member(directory.ann)
    dialog.category_box.setCurrentIndex(dialog.category_box.findData(directory.garden))
    dialog.title_edit.setText("Seedlings")
    dialog.price_edit.setText("12.345")
    dialog.touch("price")
    assert "more than 2 decimal places" in dialog.error_text("price")
    dialog.price_edit.setText("-5")
    dialog.touch("price")
    assert "negative" in dialog.error_text("price")
    dialog.price_edit.setText("1e3")
    dialog.touch("price")
    assert "not a number" in dialog.error_text("price")
    assert not dialog.ok_button.isEnabled()
    dialog.price_edit.setText("")
    dialog.expiry.check.setChecked(True)
    dialog.expiry.date_edit.setDate(date.today() - timedelta(days=1))
    dialog.touch("expires_on")
    assert "in the past" in dialog.error_text("expires_on")
    dialog.expiry.check.setChecked(False)
    dialog.touch("expires_on")
    assert dialog.ok_button.isEnabled()
    # the member leaves the exchange before OK: the service refuses, shown inline
    with db.transaction() as s:
        members.suspend(s, SETUP, directory.ann.id)
    ok_refused(db, dialog, "Ann Archer is suspended")
    assert len(all_listings(db)) == 4


def test_edit_pause_resume_withdraw(
    page: ListingsPage,
    db: Database,
    directory: Directory,
    boxes: Boxes,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page.select_listing(directory.jam.id)

    def fill(d: ListingDialog) -> None:
        assert d.title_edit.text() == "Plum jam" and d.price_edit.text() == "2.50"
        d.title_edit.setText("Plum and damson jam")
        d.price_edit.setText("3")
        d.touch("price")

    answer_forms(monkeypatch, fill)
    page.edit_button.click()
    with db.transaction() as s:
        jam = listings.get(s, SETUP, directory.jam.id)
    assert (jam.title, jam.price) == ("Plum and damson jam", 300)
    assert page.selected() == jam

    assert page.pause_button.isEnabled() and page.resume_button.text() == "&Resume"
    assert not page.resume_button.isEnabled()
    page.pause_button.click()
    assert all_listings(db)[1].status == "paused"
    assert page.selected() is not None and page.selected().status == "paused"
    page.resume_button.click()
    assert all_listings(db)[1].status == "active"

    boxes.answer_yes = False
    page.withdraw_button.click()
    assert "Withdraw listing" in boxes.last.text
    assert all_listings(db)[1].status == "active"
    boxes.answer_yes = True
    page.withdraw_button.click()
    assert all_listings(db)[1].status == "withdrawn"
    assert not page.edit_button.isEnabled()
    assert page.edit_button.toolTip() == "A withdrawn listing cannot be changed."


def test_renew_an_expired_listing(
    qtbot: QtBot,
    admin_ctx: AppContext,
    db: Database,
    directory: Directory,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with db.transaction() as s:
        s.execute(
            sa.update(Listing)
            .where(Listing.id == directory.bread.id)
            .values(expires_on=date.today() - timedelta(days=3))
        )
    page = make_page(qtbot, admin_ctx)
    page.select_listing(directory.bread.id)
    assert page.model.index(page.table.selected_row() or 0, 7).data() == "Expired"
    assert page.resume_button.text() == "&Renew…" and page.resume_button.isEnabled()
    new_expiry = date.today() + timedelta(days=90)

    def fill(d: RenewDialog) -> None:
        d.expiry.date_edit.setDate(date.today() - timedelta(days=1))
        d.touch("expires_on")
        assert "in the past" in d.error_text("expires_on") and not d.ok_button.isEnabled()
        d.expiry.date_edit.setDate(new_expiry)
        d.touch("expires_on")

    answer_forms(monkeypatch, fill)
    page.resume_button.click()
    with db.transaction() as s:
        bread = listings.get(s, SETUP, directory.bread.id)
    assert (bread.status, bread.expires_on) == ("active", new_expiry)


def run_categories(
    monkeypatch: pytest.MonkeyPatch, script: Callable[[CategoriesDialog], None]
) -> list[CategoriesDialog]:

    def answer(dialog: CategoriesDialog) -> int:
        script(dialog)
        return 0

    return replace_exec(monkeypatch, CategoriesDialog, answer)


def test_category_management(
    page: ListingsPage,
    db: Database,
    directory: Directory,
    boxes: Boxes,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def script(d: CategoriesDialog) -> None:
        # add a top-level category and a sub-category (Enter in the name field)
        d.name_edit.setText("Transport")
        d.add_top_button.click()
        assert d.message.text() == "Added Transport."
        assert d.selected() is not None and d.selected().name == "Transport"
        d.name_edit.setText("Lifts")
        d.name_edit.returnPressed.emit()
        assert d.selected() is not None and d.selected().path == "Transport › Lifts"
        # rename; a name already used is refused with the service's words
        d.select(directory.preserves)
        d.name_edit.setText("Baking")
        d.rename_button.click()
        assert "already a category called 'Baking'" in d.message.text()
        d.name_edit.setText("Jams & chutneys")
        d.rename_button.click()
        # order: Baking, Jams → move Jams up
        assert d.up_button.isEnabled()
        d.up_button.click()
        # move Garden under Food; moving Food inside Garden (its own branch) is not offered
        d.select(directory.garden)
        d.parent_box.setCurrentIndex(d.parent_box.findData(directory.food))
        d.move_button.click()
        d.select(directory.food)
        assert d.parent_box.findData(directory.garden) == -1
        # delete: refused while it has sub-categories (its own listing would go to Transport)
        d.target_box.setCurrentIndex(d.target_box.findText("Transport"))
        d.delete_button.click()
        assert "has 3 sub-categories" in d.message.text()
        # delete Baking: its listing must go somewhere; choose Garden
        d.select(directory.baking)
        d.delete_button.click()
        assert "1 listing uses Food › Baking" in d.message.text()
        d.target_box.setCurrentIndex(d.target_box.findData(directory.garden))
        d.delete_button.click()
        assert "Delete the category Food › Baking?" in boxes.last.text
        assert d.message.text() == "Deleted Food › Baking; moved 1 listing."

    seen = run_categories(monkeypatch, script)
    page.categories_button.click()
    assert seen and seen[0].changed
    assert [c.path for c in tree(db)] == [
        "Food",
        "Food › Jams & chutneys",
        "Food › Garden",
        "Transport",
        "Transport › Lifts",
    ]
    assert all_listings(db)[0].category_id == directory.garden
    # the page read the tree again
    top = [page.tree_model.index(r, 0).data() for r in range(page.tree_model.rowCount())]
    assert top == ["All categories", "Food", "Transport"]


def test_category_on_past_trades_is_not_deleted(
    qtbot: QtBot, admin_ctx: AppContext, db: Database, directory: Directory
) -> None:
    with db.transaction() as s:
        trades.record(
            s,
            SETUP,
            trades.TradeInput(directory.bob.id, directory.cyd.id, 100, "Digging",
                              category_id=directory.garden),
        )  # fmt: skip
    dialog = CategoriesDialog(admin_ctx)
    qtbot.addWidget(dialog)
    dialog.select(directory.garden)
    before = audit_count(db)
    dialog.target_box.setCurrentIndex(dialog.target_box.findData(directory.food))
    dialog.delete_button.click()
    assert "history keeps its category" in dialog.message.text()
    assert "Rename it or move it" in dialog.message.text()
    assert audit_count(db) == before
    assert any(c.id == directory.garden for c in tree(db))


def test_bookkeeper_cannot_change_anything(
    qtbot: QtBot,
    keeper_ctx: AppContext,
    db: Database,
    directory: Directory,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = make_page(qtbot, keeper_ctx)
    page.select_listing(directory.jam.id)
    assert page.selected() is not None
    assert [spec.key for spec in page.actions_] == [
        "new", "edit", "pause", "resume", "withdraw", "categories",
    ]  # fmt: skip
    for spec in page.actions_:
        button = getattr(page, f"{spec.key}_button")
        assert not button.isEnabled() and not spec.action.isEnabled()
        assert "Only coordinators and administrators change" in button.toolTip()
        assert "you are a bookkeeper" in button.toolTip()
    opened = answer_forms(monkeypatch, lambda _d: None)
    categories_opened = run_categories(monkeypatch, lambda _d: None)
    before = audit_count(db)
    for spec in page.actions_:
        spec.action.trigger()  # what a shortcut or the context menu would do
    page.table.setFocus()
    QTest.keyClick(page.table, Qt.Key.Key_Return)  # Enter on a row
    QTest.keyClick(page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert opened == [] and categories_opened == []
    dialog = CategoriesDialog(keeper_ctx)
    qtbot.addWidget(dialog)
    dialog.select(directory.garden)
    dialog.name_edit.setText("x")
    for button in dialog.findChildren(QAbstractButton):
        if button.text() != "&Close" and button.text() != "Close":
            assert not button.isEnabled(), button.text()
    dialog.add(top=True)
    dialog.rename()
    dialog.shift(1)
    dialog.move_under()
    dialog.delete()
    assert audit_count(db) == before
    assert len(tree(db)) == 4


def test_models_pass_the_model_tester(page: ListingsPage, qtmodeltester: ModelTester) -> None:
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.tree_model)
    flat = CategoryTreeModel()
    flat.set_categories(tree_of(page))
    qtmodeltester.check(flat)


def tree_of(page: ListingsPage) -> list[CategoryInfo]:
    return page.tree_rows


def shown_dialogs(
    qtbot: QtBot, ctx: AppContext, db: Database, directory: Directory
) -> list[ListingDialog | CategoriesDialog]:
    """The page's dialogs, shown: a new listing, the jam listing edited, the categories."""
    dialogs = [
        ListingDialog(ctx, HOURS, tree(db)),
        ListingDialog(ctx, HOURS, tree(db), listing=directory.jam),
        CategoriesDialog(ctx),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
    return dialogs


def test_keyboard_mnemonics_are_unique(
    page: ListingsPage, qtbot: QtBot, admin_ctx: AppContext, db: Database, directory: Directory
) -> None:
    keys = mnemonics(page)
    assert len(keys) == len(set(keys)), keys
    assert not set(keys) & {"f", "v", "h"}  # the main window's menus
    for dialog in shown_dialogs(qtbot, admin_ctx, db, directory):
        keys = mnemonics(dialog)
        assert len(keys) == len(set(keys)), (dialog.windowTitle(), keys)


def test_alt_r_puts_the_price_in_the_price_field(
    qtbot: QtBot, admin_ctx: AppContext, db: Database, directory: Directory
) -> None:
    """Defect 6: "P&rice:" named a container that cannot take focus, so the typed
    price went into the Title field."""
    dialog = shown(qtbot, ListingDialog(admin_ctx, HOURS, tree(db), listing=directory.jam), None)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.isActiveWindow())
    assert dialog.focusWidget() is dialog.title_edit
    dialog.price_edit.clear()
    QTest.keyClick(dialog.title_edit, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    QTest.keyClicks(dialog.focusWidget(), "12.50")
    assert dialog.price_edit.text() == "12.50"
    assert dialog.title_edit.text() == "Plum jam"


def by_keys(monkeypatch: pytest.MonkeyPatch, fill: Callable[[Any], None]) -> list[Any]:
    """Instead of a modal exec(): show the dialog, let ``fill`` type, then press Enter."""

    def answer(dialog: FormDialog[Any]) -> int:
        dialog.show()
        fill(dialog)
        QTest.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Return)  # OK is the default
        return dialog.result()

    return replace_exec(monkeypatch, FormDialog, answer)


def test_enter_on_a_row_edits_it_and_the_table_shows_the_change(
    page: ListingsPage,
    qtbot: QtBot,
    db: Database,
    directory: Directory,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def fill(d: ListingDialog) -> None:
        assert d.windowTitle() == f"Edit listing {directory.jam.id}"
        assert d.focusWidget() is d.title_edit
        d.title_edit.selectAll()
        QTest.keyClicks(d.title_edit, "Damson jam")
        d.activateWindow()
        qtbot.waitUntil(d.isActiveWindow)
        QTest.keyClick(d.title_edit, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)  # P&rice
        assert d.focusWidget() is d.price_edit
        d.price_edit.selectAll()
        QTest.keyClicks(d.price_edit, "3")

    seen = by_keys(monkeypatch, fill)
    page.search_edit.setFocus()
    QTest.keyClicks(page.search_edit, "jam")
    QTest.keyClick(page.search_edit, Qt.Key.Key_Return)
    assert titles(page) == ["Plum jam"]
    QTest.keyClick(page.search_edit, Qt.Key.Key_Down)  # into the results, on the first row
    assert page.focusWidget() is page.table and page.selected() == directory.jam
    QTest.keyClick(page.table, Qt.Key.Key_Return)
    assert len(seen) == 1 and seen[0].result() == 1
    # no refresh asked for: the change's tables refreshed the page, and the row is selected
    assert titles(page) == ["Damson jam"]
    assert page.selected() is not None and page.selected().title == "Damson jam"
    assert "Damson jam" in page.detail.text() and "3.00 h per jar" in page.detail.text()
    assert page.message.text() == f"Saved listing {directory.jam.id}."
    assert (all_listings(db)[1].title, all_listings(db)[1].price) == ("Damson jam", 300)


def test_context_menu_offers_the_actions_and_runs_them(
    page: ListingsPage, db: Database, directory: Directory
) -> None:
    shown: list[list[tuple[str, bool]]] = []

    def press_in_menu(key: Qt.Key) -> None:
        """Once the menu is open: note its entries, then press ``key`` (a mnemonic)."""

        def press() -> None:
            open_menus = [m for m in page.findChildren(QMenu) if m.isVisible()]
            try:
                (menu,) = open_menus
                entries = [a for a in menu.actions() if not a.isSeparator()]
                shown.append([(a.text(), a.isEnabled()) for a in entries])
                QTest.keyClick(menu, key)
            finally:
                for menu in open_menus:
                    menu.close()  # never left open: exec() would wait for ever

        QTimer.singleShot(0, press)

    def right_click(listing_id: int) -> None:
        row = page.model.row_of(listing_id)
        assert row is not None
        pos = page.table.visualRect(page.model.index(row, 3)).center()
        viewport = page.table.viewport()
        event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, viewport.mapToGlobal(pos))
        QApplication.sendEvent(viewport, event)

    press_in_menu(Qt.Key.Key_P)
    right_click(directory.bread.id)  # selects the row it was opened on
    assert shown[-1] == [
        ("&New listing…", True), ("&Edit…", True), ("&Pause", True), ("&Resume", False),
        ("&Withdraw…", True), ("C&ategories…", True),
    ]  # fmt: skip
    assert all_listings(db)[0].status == "paused"
    row = page.model.row_of(directory.bread.id)
    assert row is not None and page.model.index(row, 7).data() == "Paused"  # no refresh asked
    assert page.message.text() == f"Listing {directory.bread.id} is paused."
    press_in_menu(Qt.Key.Key_R)
    right_click(directory.bread.id)
    assert ("&Pause", False) in shown[-1] and ("&Resume", True) in shown[-1]
    assert all_listings(db)[0].status == "active"


def test_a_change_elsewhere_in_the_program_shows_at_once(
    qtbot: QtBot, admin_ctx: AppContext, directory: Directory
) -> None:
    """Another page's change (a member leaves: their listings are withdrawn)."""
    page = make_page(qtbot, admin_ctx)
    finished: list[MemberInfo] = []
    admin_ctx.op(lambda s, a: leaving.leave(s, a, directory.cyd.id), finished.append)
    assert finished  # tasks run inline in these tests
    row = page.model.row_of(directory.digging.id)
    assert row is not None and page.model.index(row, 7).data() == "Withdrawn"


def test_every_label_takes_its_key_to_the_input_itself(
    qtbot: QtBot, admin_ctx: AppContext, db: Database, directory: Directory
) -> None:
    for dialog in shown_dialogs(qtbot, admin_ctx, db, directory):
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        if isinstance(dialog, CategoriesDialog):
            dialog.select(directory.food)  # its place and deletion fields are enabled
        labels = [
            w
            for w in dialog.findChildren(QLabel)
            if "&" in w.text() and w.isVisibleTo(dialog) and not w.text().startswith("<")
        ]
        assert labels
        for label in labels:
            buddy = label.buddy()
            assert buddy is not None, label.text()
            assert buddy.focusPolicy() != Qt.FocusPolicy.NoFocus, label.text()
            key = re.search(r"&([^&\s])", label.text())
            assert key is not None
            dialog.setFocus()
            QTest.keyClick(
                dialog.focusWidget() or dialog,
                getattr(Qt.Key, f"Key_{key.group(1).upper()}"),
                Qt.KeyboardModifier.AltModifier,
            )
            assert dialog.focusWidget() is buddy, (dialog.windowTitle(), label.text())


def test_editing_a_listing_someone_else_changed_meanwhile(
    qtbot: QtBot, admin_ctx: AppContext, db: Database, directory: Directory, boxes: Boxes
) -> None:
    """Both changed the price: asked; Reload brings in their category and unit, keeps the
    price typed here; the next save stores both."""
    jam = directory.jam
    dialog = ListingDialog(admin_ctx, HOURS, tree(db), listing=jam)
    qtbot.addWidget(dialog)
    dialog.show()
    with db.transaction() as s:
        listings.update(s, SETUP, jam.id, price=275, unit="pot", category_id=directory.food)
    dialog.price_edit.selectAll()
    qtbot.keyClicks(dialog.price_edit, "3")
    qtbot.keyClick(dialog.price_edit, Qt.Key.Key_Return)
    assert boxes.last.text == "setup changed the price of this listing since you opened it."
    assert "Price: was 2.50, now 2.75." in boxes.last.informative
    assert dialog.price_edit.text() == "3" and dialog.unit_edit.text() == "pot"
    assert dialog.category_box.currentData() == directory.food
    assert "the unit and the category show what was saved" in dialog.message.text()
    qtbot.keyClick(dialog.price_edit, Qt.Key.Key_Return)
    assert dialog.result() == 1
    saved = next(x for x in all_listings(db) if x.id == jam.id)
    assert (saved.price, saved.unit, saved.category_id) == (300, "pot", directory.food)
