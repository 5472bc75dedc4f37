"""Member data in labels appears as typed: a name written as HTML is never drawn as HTML."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt  # mightBeRichText lives in QtGui's Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from localex_desktop.db.connection import Database
from localex_desktop.domain.money import Currency
from localex_desktop.services import categories, listings, members, trades
from localex_desktop.ui.context import AppContext
from localex_desktop.ui.messages import message_box
from localex_desktop.ui.models.columns import MoneyFormat
from localex_desktop.ui.pages.listings.listing_dialog import RenewDialog
from localex_desktop.ui.pages.members.detail import MemberDetail
from localex_desktop.ui.pages.trades.note_dialog import TradeAction, TradeNoteDialog

from .helpers import SETUP

NAME = '<b>x</b><img src="file:///etc/hostname">'
TITLE = "<i>Bread</i> &amp; <a href='http://x'>cake</a>"


def shown_text(label: QLabel) -> str:
    """What a person sees in ``label``: its text as plain text, or rendered as HTML when
    Qt takes it for rich text."""
    fmt = label.textFormat()
    rich = fmt == Qt.TextFormat.RichText or (
        fmt == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(label.text())
    )
    if not rich:
        return label.text()
    doc = QTextDocument()
    doc.setHtml(label.text())
    return doc.toPlainText()


def seen(widget: QWidget) -> str:
    return "\n".join(shown_text(label) for label in widget.findChildren(QLabel))


def test_names_and_titles_show_literally(qtbot: QtBot, admin_ctx: AppContext, db: Database) -> None:
    with db.transaction() as s:
        ann = members.create(s, SETUP, members.MemberInput(name=NAME, notes=TITLE))
        bob = members.create(s, SETUP, members.MemberInput(name="Bob"))
        food = categories.add(s, SETUP, "Food").id
        trade = trades.record(s, SETUP, trades.TradeInput(ann.id, bob.id, 300, description=TITLE))
        listing = listings.add(s, SETUP, listings.ListingInput(ann.id, "offer", food, title=TITLE))
    note = TradeNoteDialog(admin_ctx, TradeAction.DISPUTE, trade, Currency())
    qtbot.addWidget(note)
    assert NAME in seen(note) and TITLE in seen(note)

    renew = RenewDialog(admin_ctx, listing)
    qtbot.addWidget(renew)
    assert NAME in seen(renew) and TITLE in seen(renew)

    detail = MemberDetail(admin_ctx, MoneyFormat())
    qtbot.addWidget(detail)
    detail.show_member(ann)
    assert NAME in seen(detail) and TITLE in seen(detail)


def test_questions_and_notices_show_names_literally(qtbot: QtBot) -> None:
    box = message_box(
        None, QMessageBox.Icon.Question, "t", f"Suspend {NAME}?", f"{NAME} cannot trade then."
    )
    qtbot.addWidget(box)
    assert f"Suspend {NAME}?" in seen(box) and f"{NAME} cannot trade then." in seen(box)
