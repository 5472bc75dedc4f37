"""The member picker as a person types into it: a number means that member, exactly.

Defect seen: in Transfer, From = 1, typing `3` in "To (payee)" and Tab picked member 1
(whose phone contains "3") because member 3 was suspended, and then said "A member
cannot pay themselves". These tests type with the keyboard and look at the form.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from localex_desktop.db.connection import Database
from localex_desktop.domain.money import Currency
from localex_desktop.services import leaving, members
from localex_desktop.services.members import MemberInfo, MemberInput
from localex_desktop.ui.context import AppContext
from localex_desktop.ui.pages.listings.listing_dialog import ListingDialog
from localex_desktop.ui.pages.members.picker import MemberPicker
from localex_desktop.ui.pages.members.transfer_dialog import TransferDialog

from .helpers import SETUP, shown


@pytest.fixture
def club(db: Database) -> list[MemberInfo]:
    """1 Ada (phone with a 3 in it), 2 Hiroshi, 3 Bram (suspended), 4 Zoë (left), 13 Cyd."""
    with db.transaction() as s:
        made = [
            members.create(s, SETUP, MemberInput(name="Ada Lovelace", phone="0123 456")),
            members.create(s, SETUP, MemberInput(name="Hiroshi Patel", phone="0222 222")),
            members.create(s, SETUP, MemberInput(name="Bram Stoker", phone="0333 333")),
            members.create(s, SETUP, MemberInput(name="Zoë Ñúñez", phone="0444 444")),
            members.create(s, SETUP, MemberInput(name="Cyd Carter"), member_id=13),
        ]
        members.suspend(s, SETUP, made[2].id)
        leaving.leave(s, SETUP, made[3].id)
        return [members.get(s, SETUP, m.id) for m in made]


def dialog(qtbot: QtBot, ctx: AppContext, payer: MemberInfo) -> TransferDialog:
    return shown(qtbot, TransferDialog(ctx, Currency(), payer=payer), None)


def type_into(qtbot: QtBot, picker: MemberPicker, text: str) -> None:
    picker.setFocus()
    QTest.keyClicks(picker, text)
    with qtbot.waitSignal(picker.searched, timeout=3000):
        QTest.keyClick(picker, Qt.Key.Key_Tab)  # leaving the field looks it up at once


def test_a_typed_number_of_a_suspended_member_is_refused_by_name(
    qtbot: QtBot, admin_ctx: AppContext, club: list[MemberInfo]
) -> None:
    ada, _hiroshi, bram, _zoe, _cyd = club
    d = dialog(qtbot, admin_ctx, ada)
    type_into(qtbot, d.payee_picker, "3")
    assert d.payee_picker.member() is None  # never Ada, whose phone holds a 3
    assert d.error_text("payee").startswith(f"Member {bram.id}, Bram Stoker, is suspended")
    assert "cannot pay themselves" not in d.error_text("payee")
    assert not d.ok_button.isEnabled()


def test_a_typed_number_means_that_member_exactly(
    qtbot: QtBot, admin_ctx: AppContext, club: list[MemberInfo]
) -> None:
    ada, hiroshi, *_ = club
    d = dialog(qtbot, admin_ctx, ada)
    type_into(qtbot, d.payee_picker, "2")  # Hiroshi's phone is all 2s: still him, by number
    assert d.payee_picker.member() == hiroshi
    assert d.payee_picker.text() == f"Hiroshi Patel ({hiroshi.id})"
    d.payee_picker.clear()
    type_into(qtbot, d.payee_picker, "1")  # member 1 exists (Ada): not Cyd, number 13
    assert d.payee_picker.member() == ada
    assert "cannot pay themselves" in d.error_text("payee")


def test_left_and_unknown_numbers_say_why(
    qtbot: QtBot, admin_ctx: AppContext, club: list[MemberInfo]
) -> None:
    ada, _h, _b, zoe, _c = club
    d = dialog(qtbot, admin_ctx, ada)
    type_into(qtbot, d.payee_picker, str(zoe.id))
    assert d.payee_picker.member() is None
    assert d.error_text("payee") == (
        f"Member {zoe.id}, Zoë Ñúñez, has left the exchange: reactivate them first if they "
        "are back."
    )
    d.payee_picker.clear()
    type_into(qtbot, d.payee_picker, "99")
    assert d.error_text("payee") == "There is no member 99."
    d.payee_picker.clear()
    type_into(qtbot, d.payee_picker, "9" * 25)  # far past a bigint: never reaches SQL as one
    assert d.payee_picker.member() is None


def test_one_fuzzy_match_is_offered_never_taken(
    qtbot: QtBot, admin_ctx: AppContext, club: list[MemberInfo]
) -> None:
    ada, hiroshi, *_ = club
    d = dialog(qtbot, admin_ctx, ada)
    type_into(qtbot, d.payee_picker, "hiro")
    assert d.payee_picker.member() is None
    assert [m.id for m in d.payee_picker.matches()] == [hiroshi.id]
    assert "Choose one of the members offered" in d.error_text("payee")
    d.payee_picker.clear()
    type_into(qtbot, d.payee_picker, "hiroshi patel")  # the whole name: that member
    assert d.payee_picker.member() == hiroshi


def test_suspended_members_are_offered_with_their_state(
    qtbot: QtBot, admin_ctx: AppContext, club: list[MemberInfo]
) -> None:
    ada, _h, bram, *_ = club
    d = dialog(qtbot, admin_ctx, ada)
    type_into(qtbot, d.payee_picker, "stoker")
    picker = d.payee_picker
    assert [m.id for m in picker.matches()] == [bram.id]
    offered = picker._list.stringList()
    assert offered == [f"Bram Stoker ({bram.id}) — suspended"]
    picker._completer.activated.emit(offered[0])  # what Enter in the drop-down does
    assert picker.member() is None
    assert d.error_text("payee").startswith(f"Member {bram.id}, Bram Stoker, is suspended")


def test_a_new_listing_for_a_suspended_number_says_who_and_why(
    qtbot: QtBot, admin_ctx: AppContext, club: list[MemberInfo]
) -> None:
    _ada, _hiroshi, bram, _zoe, _cyd = club
    d = shown(qtbot, ListingDialog(admin_ctx, Currency(), []), None)
    type_into(qtbot, d.member_picker, "3")
    d.touch("member")
    assert d.member_picker.member() is None
    assert d.error_text("member").startswith(f"Member {bram.id}, Bram Stoker, is suspended")
