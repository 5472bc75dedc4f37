"""A coordinator's day with the keyboard alone, on the real main window.

Only key events reach the program: typing, Tab, Enter, Escape, Alt+letter mnemonics,
Ctrl+N / Ctrl+F and the page keys Ctrl+1 … Ctrl+8. After each step the database is
read to see that the step did what the person meant, and nothing else. A dialog's
``exec()`` is replaced by showing it and running the step's keys in it (a modal loop
cannot be typed into from a test); everything else is the program's own code.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
import sqlalchemy as sa
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QWidget
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from localex_desktop.db.connection import Database
from localex_desktop.domain.roles import Actor, Role
from localex_desktop.services import ledger, members, trades
from localex_desktop.services.operators import OperatorInfo
from localex_desktop.ui.context import AppContext
from localex_desktop.ui.login_dialog import LoginDialog
from localex_desktop.ui.main_window import MainWindow
from localex_desktop.ui.tasks import TaskRunner

from ..waiting import DEADLINE_MS

SETUP = Actor("check", Role.ADMIN)
Keys = Callable[[QDialog], None]
ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
NONE = Qt.KeyboardModifier.NoModifier
PAGE_ORDER = ("dashboard", "members", "listings", "trades", "ledger", "audit", "reports")
PAGE_ORDER += ("administration",)


def focused(window: QWidget) -> QWidget:
    widget = QApplication.focusWidget()
    return widget if widget is not None and widget.window() is window else window


def type_(window: QWidget, text: str) -> None:
    """Type ``text`` into the focused field; letters QTest cannot map (ë, Ñ) arrive as a
    keyboard layout or an input method delivers them: a key event carrying the text."""
    for ch in text:
        target = focused(window)
        if ch.isascii():
            QTest.keyClicks(target, ch)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(target, QKeyEvent(kind, 0, NONE, ch))


def key(
    window: QWidget, k: Qt.Key, mod: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    QTest.keyClick(focused(window), k, mod)


def alt(window: QWidget, letter: str) -> None:
    """Alt+letter: a label's mnemonic moves the focus at once."""
    key(window, getattr(Qt.Key, f"Key_{letter.upper()}"), ALT)


def press(qtbot: QtBot, window: QWidget, letter: str, until: Callable[[], bool]) -> None:
    """Alt+letter on a button or check box: Qt animates the press and clicks a moment later,
    so wait for what the click does."""
    alt(window, letter)
    qtbot.waitUntil(until, timeout=DEADLINE_MS)


class Dialogs:
    """Each dialog the program opens runs the next step's keys, then its own code."""

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot
        self.steps: list[Keys] = []
        self.seen: list[QDialog] = []
        self.closed = 0

    def expect(self, *steps: Keys) -> None:
        self.steps.extend(steps)

    def exec(self, dialog: QDialog) -> int:
        assert self.steps, f"an unexpected dialog opened: {dialog.windowTitle()}"
        step = self.steps.pop(0)
        self.seen.append(dialog)
        behind = QApplication.activeWindow()
        dialog.show()
        dialog.activateWindow()
        self.qtbot.waitUntil(dialog.isActiveWindow, timeout=DEADLINE_MS)
        step(dialog)
        self.qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=DEADLINE_MS)
        # what the window manager does when a dialog closes (not for a window another
        # test left behind: it may be gone)
        if behind is not None and isValid(behind) and behind.isVisible():
            behind.activateWindow()
            self.qtbot.waitUntil(behind.isActiveWindow, timeout=DEADLINE_MS)
        self.closed += 1
        return dialog.result()

    def open_with(self, window: QWidget, letter: str, step: Keys) -> QDialog:
        """Alt+letter on a button that opens a dialog; ``step`` types in it."""
        self.expect(step)
        closed = self.closed
        press(self.qtbot, window, letter, lambda: self.closed > closed)
        return self.seen[-1]


@pytest.fixture
def dialogs(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    driver = Dialogs(qtbot)
    monkeypatch.setattr(QDialog, "exec", lambda dialog: driver.exec(dialog))

    def no_chooser(*_args: object, **_kw: object) -> None:
        raise AssertionError("a file chooser opened (Enter pressed Browse…?)")

    for name in ("getSaveFileName", "getOpenFileName", "getExistingDirectory"):
        monkeypatch.setattr(QFileDialog, name, staticmethod(no_chooser))
    return driver


def member_named(db: Database, name: str) -> members.MemberInfo:
    with db.transaction() as s:
        found = [m for m in members.search(s, SETUP, name) if m.name == name]
    assert len(found) == 1, name
    return found[0]


def balance(db: Database, member_id: int) -> int:
    with db.transaction() as s:
        return ledger.balance(s, SETUP, member_id).balance


def count(db: Database, table: str) -> int:
    with db.engine.connect() as conn:
        return int(conn.execute(sa.text(f"SELECT count(*) FROM {table}")).scalar_one())


def enrol(name: str, email: str = "") -> Keys:
    def keys(d: QDialog) -> None:
        alt(d, "n")
        type_(d, name)
        if email:
            alt(d, "m")
            type_(d, email)
        key(d, Qt.Key.Key_Return)

    return keys


def test_a_coordinators_day_with_the_keyboard_alone(
    qtbot: QtBot,
    db: Database,
    admin_operator: OperatorInfo,
    dialogs: Dialogs,
    tmp_path: Path,
) -> None:
    # -- sign in
    login = LoginDialog(db, TaskRunner(inline=True), where="this computer")
    qtbot.addWidget(login)

    def sign_in(d: QDialog) -> None:
        type_(d, "anna")
        key(d, Qt.Key.Key_Tab)
        type_(d, "correct horse")
        key(d, Qt.Key.Key_Return)

    dialogs.expect(sign_in)
    login.exec()
    assert login.operator is not None and login.operator.username == "anna"

    ctx = AppContext.for_operator(db, login.operator, TaskRunner(inline=True))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1000, 660)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=DEADLINE_MS)
    try:
        day(qtbot, window, db, dialogs, tmp_path)
    finally:
        window.live.stop()


def day(qtbot: QtBot, window: MainWindow, db: Database, dialogs: Dialogs, tmp: Path) -> None:
    # -- enrol three members, one with an accented name
    key(window, Qt.Key.Key_2, CTRL)
    assert window.current_page() is window.show_page("members")
    for name, email in (
        ("Ada Lovelace", "ada@example.org"),
        ("Bram Stoker", ""),
        ("Zoë Ñúñez", "zoe@example.org"),
    ):
        dialogs.expect(enrol(name, email))
        key(window, Qt.Key.Key_N, CTRL)
    ada, bram, zoe = (member_named(db, n) for n in ("Ada Lovelace", "Bram Stoker", "Zoë Ñúñez"))
    assert zoe.email == "zoe@example.org" and zoe.status == "active"

    # -- an offer in a new category; the page chosen with the mouse in the sidebar, after
    # which the focus stays there and the page's keys must still work
    nav = window.nav
    item = nav.visualItemRect(nav.item(window.page_keys().index("listings")))
    QTest.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=item.center())
    assert window.page_keys()[nav.currentRow()] == "listings"
    assert QApplication.focusWidget() is nav

    def new_category(d: QDialog) -> None:
        alt(d, "m")
        type_(d, "Garden")
        press(qtbot, d, "t", lambda: count(db, "categories WHERE name = 'Garden'") == 1)
        key(d, Qt.Key.Key_Escape)

    dialogs.open_with(window, "a", new_category)  # Categories…

    def offer(d: QDialog) -> None:
        alt(d, "m")
        type_(d, str(ada.id))
        key(d, Qt.Key.Key_Tab)
        alt(d, "c")
        type_(d, "Garden")
        alt(d, "t")
        type_(d, "Hedge trimming")
        alt(d, "r")
        type_(d, "12")
        key(d, Qt.Key.Key_Return)

    dialogs.expect(offer)
    key(window, Qt.Key.Key_N, CTRL)
    assert count(db, "listings WHERE title = 'Hedge trimming' AND kind = 'offer'") == 1

    # -- record a trade by member number, then complete it with Enter on its row
    key(window, Qt.Key.Key_4, CTRL)

    def trade(d: QDialog) -> None:
        alt(d, "b")
        type_(d, str(bram.id))
        key(d, Qt.Key.Key_Tab)
        alt(d, "s")
        type_(d, str(ada.id))
        key(d, Qt.Key.Key_Tab)
        alt(d, "a")
        type_(d, "12")
        alt(d, "d")
        type_(d, "Hedge, two hours")
        box = d.completed_box  # type: ignore[attr-defined]
        press(qtbot, d, "c", lambda: not box.isChecked())  # not completed yet: later
        key(d, Qt.Key.Key_Return)

    dialogs.expect(trade)
    key(window, Qt.Key.Key_N, CTRL)
    with db.transaction() as s:
        (pending,) = trades.search(s, SETUP)
    assert (pending.buyer_member_id, pending.seller_member_id) == (bram.id, ada.id)
    assert pending.status == "pending" and balance(db, bram.id) == 0
    page = window.current_page()
    page.table.setFocus()  # type: ignore[union-attr]
    key(window, Qt.Key.Key_Home)
    key(window, Qt.Key.Key_Return)  # the next step of a pending trade: complete it
    assert balance(db, bram.id) == -1200 and balance(db, ada.id) == 1200

    # -- a transfer, and one over the limit that is refused before anything is posted
    key(window, Qt.Key.Key_2, CTRL)
    members_page = window.current_page()

    def transfer(payee: int, amount: str) -> Keys:
        def keys(d: QDialog) -> None:
            alt(d, "f")
            type_(d, str(ada.id))
            key(d, Qt.Key.Key_Tab)
            type_(d, str(payee))
            key(d, Qt.Key.Key_Tab)
            type_(d, amount)
            key(d, Qt.Key.Key_Return)
            if d.isVisible():  # refused: OK stays off; the person gives up
                key(d, Qt.Key.Key_Escape)

        return keys

    dialogs.open_with(window, "a", transfer(zoe.id, "2.50"))  # Transfer…
    assert balance(db, zoe.id) == 250
    before = count(db, "transactions")
    refused = dialogs.open_with(window, "a", transfer(zoe.id, "99999"))
    assert "credit left" in refused.error_text("amount")  # type: ignore[attr-defined]
    assert count(db, "transactions") == before

    # -- a levy, previewed first
    key(window, Qt.Key.Key_5, CTRL)

    def levy(d: QDialog) -> None:
        alt(d, "a")
        type_(d, "1")
        alt(d, "m")
        type_(d, "Monthly levy")
        press(qtbot, d, "v", lambda: d.preview is not None)  # type: ignore[attr-defined]
        key(d, Qt.Key.Key_Return)

    dialogs.open_with(window, "y", levy)  # Levy…
    assert count(db, "transactions WHERE kind = 'levy'") == 1
    assert balance(db, zoe.id) == 250 - 100

    # -- reverse the transfer to Zoë (the journal is newest first: the levy, then it)
    ledger_page = window.current_page()
    ledger_page.table.setFocus()  # type: ignore[union-attr]
    key(window, Qt.Key.Key_Home)
    key(window, Qt.Key.Key_Down)

    def reason(d: QDialog) -> None:
        type_(d, "Entered twice")
        key(d, Qt.Key.Key_Return)

    dialogs.open_with(window, "r", reason)  # Reverse…
    assert count(db, "transactions WHERE kind = 'reversal'") == 1
    assert balance(db, zoe.id) == -100

    # -- find a member by part of the name, typed without accents
    key(window, Qt.Key.Key_2, CTRL)
    key(window, Qt.Key.Key_F, CTRL)
    type_(window, "nunez")
    key(window, Qt.Key.Key_Return)
    assert [members_page.model.row(r).name for r in range(members_page.model.rowCount())] == [  # type: ignore[union-attr]
        "Zoë Ñúñez"
    ]

    # -- suspend her, then try to pay her: the payee field says why not
    key(window, Qt.Key.Key_Down)  # from the search box into the results
    press(qtbot, window, "u", lambda: member_named(db, "Zoë Ñúñez").status == "suspended")
    before = count(db, "transactions")
    refused = dialogs.open_with(window, "a", transfer(zoe.id, "1"))
    assert refused.error_text("payee").startswith(  # type: ignore[attr-defined]
        f"Member {zoe.id}, Zoë Ñúñez, is suspended"
    )
    assert count(db, "transactions") == before

    # -- a statement for one member, saved as a PDF
    key(window, Qt.Key.Key_F, CTRL)
    key(window, Qt.Key.Key_A, CTRL)
    type_(window, "Ada")
    key(window, Qt.Key.Key_Return)
    key(window, Qt.Key.Key_Down)
    out = tmp / "ada.pdf"

    def statement(d: QDialog) -> None:
        alt(d, "v")
        key(d, Qt.Key.Key_A, CTRL)
        type_(d, str(out))
        key(d, Qt.Key.Key_Return)

    dialogs.open_with(window, "m", statement)  # Statement…
    assert out.is_file() and out.read_bytes().startswith(b"%PDF")
    assert not dialogs.steps

    # -- the page keys follow the sidebar: Ctrl+1 the Dashboard … Ctrl+8 Administration
    for n, page_key in enumerate(PAGE_ORDER, start=1):
        key(window, getattr(Qt.Key, f"Key_{n}"), CTRL)
        shown = window.current_page()
        assert window.page_keys()[window.nav.currentRow()] == page_key
        assert shown is not None and shown.isAncestorOf(QApplication.focusWidget()), page_key
