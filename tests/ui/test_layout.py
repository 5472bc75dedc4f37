"""Every window at the default size (1000×660) and at 1600×1000: nothing cut or hidden.

See :mod:`.layout_check` for what is looked at. Dialogs are shown with their error
messages showing, since that is when text is longest.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from localex_desktop.db.connection import Database
from localex_desktop.domain.money import Currency
from localex_desktop.domain.roles import Actor, Role
from localex_desktop.services import ledger, members
from localex_desktop.services.members import MemberInfo, MemberInput
from localex_desktop.ui.context import AppContext
from localex_desktop.ui.main_window import MainWindow
from localex_desktop.ui.pages.members.member_dialog import MemberDialog
from localex_desktop.ui.pages.members.transfer_dialog import TransferDialog

from .layout_check import problems

SIZES = [(1000, 660), (1600, 1000)]
SETUP = Actor("setup", Role.ADMIN)


@pytest.fixture
def folks(db: Database) -> list[MemberInfo]:
    with db.transaction() as s:
        made = [
            members.create(s, SETUP, MemberInput(name=n, email=e), credit_limit=1000)
            for n, e in (
                ("Zoë Ñúñez-Villalobos de la Torre", "zoe@example.org"),
                ("Bram Stoker", None),
            )
        ]
        ledger.transfer(s, SETUP, made[0].id, made[1].id, 900, "A long memo " * 6)
        return [members.get(s, SETUP, m.id) for m in made]


def settle(qtbot: QtBot, widget: QWidget, size: tuple[int, int]) -> None:
    widget.resize(*size)
    widget.show()
    qtbot.waitExposed(widget)
    QApplication.processEvents()


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_main_window_pages(
    qtbot: QtBot, admin_ctx: AppContext, folks: list[MemberInfo], size: tuple[int, int]
) -> None:
    window = MainWindow(admin_ctx)
    qtbot.addWidget(window)
    settle(qtbot, window, size)
    found: dict[str, list[str]] = {}
    try:
        for key in window.page_keys():
            window.show_page(key)
            QApplication.processEvents()
            found[key] = problems(window)
            need = window.minimumSizeHint().width()
            if need > size[0]:  # Qt squeezes what does not fit: a search box of "…"
                found[key].append(f"needs {need} px, wider than the window's {size[0]}")
    finally:
        window.live.stop()
    bad = {k: v for k, v in found.items() if v}
    assert bad == {}, "\n".join(f"{k}: {p}" for k, v in bad.items() for p in v)


DialogMaker = Callable[[AppContext, list[MemberInfo]], QWidget]


def new_member_with_errors(ctx: AppContext, folks: list[MemberInfo]) -> QWidget:
    d = MemberDialog(ctx, Currency())
    d.email_edit.setText("not an email at all, really not")
    d.credit_edit.setText("12.345")
    d.submit()  # shows every error
    return d


def transfer_over_the_limit(ctx: AppContext, folks: list[MemberInfo]) -> QWidget:
    d = TransferDialog(ctx, Currency(), payer=folks[0])
    d.amount_edit.setText("99999999999999")
    d.touch("amount")
    d.submit()
    return d


@pytest.mark.parametrize("maker", [new_member_with_errors, transfer_over_the_limit])
def test_dialogs_with_their_errors(
    qtbot: QtBot, admin_ctx: AppContext, folks: list[MemberInfo], maker: DialogMaker
) -> None:
    dialog = maker(admin_ctx, folks)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.adjustSize()
    QApplication.processEvents()
    found = problems(dialog)
    assert found == [], "\n".join(found)
