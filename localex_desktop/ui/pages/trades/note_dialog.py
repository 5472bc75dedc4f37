"""The trade actions that need words: cancel, dispute, resolve and reverse.

Each shows the trade, asks for the reason or note the service requires, and calls
one service in one transaction. Resolving chooses the outcome (completed, at the
recorded or an agreed amount, or cancelled).
"""

from __future__ import annotations

import enum
from html import escape

from PySide6.QtWidgets import (
    QButtonGroup,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QWidget,
)
from sqlalchemy.orm import Session

from localex_desktop.domain.money import Currency, format_amount, parse_amount
from localex_desktop.domain.roles import Actor
from localex_desktop.services import trades
from localex_desktop.services.trades import TradeInfo
from localex_desktop.services.work import Work
from localex_desktop.ui.context import AppContext
from localex_desktop.ui.i18n import translate
from localex_desktop.ui.locale import format_date
from localex_desktop.ui.pages.members.form_dialog import FormDialog, checked
from localex_desktop.ui.pages.trades.model import party
from localex_desktop.ui.widgets import STRETCH, hint_label, row_widget


class TradeAction(enum.Enum):
    CANCEL = "cancel"
    DISPUTE = "dispute"
    RESOLVE = "resolve"
    REVERSE = "reverse"


def _texts(action: TradeAction) -> tuple[str, str, str, str, str]:
    """The dialog's words for ``action``: title ({id}), OK, field label, placeholder, hint."""
    if action is TradeAction.CANCEL:
        return (
            translate("pages.trades.note_dialog", "Cancel trade {id}"),
            translate("pages.trades.note_dialog", "Cancel &trade"),
            translate("pages.trades.note_dialog", "&Reason:"),
            translate("pages.trades.note_dialog", "e.g. the members agreed it did not happen"),
            translate(
                "pages.trades.note_dialog",
                "The trade never reached the ledger; it stays in the list as cancelled.",
            ),
        )
    if action is TradeAction.DISPUTE:
        return (
            translate("pages.trades.note_dialog", "Dispute trade {id}"),
            translate("pages.trades.note_dialog", "Mark &disputed"),
            translate("pages.trades.note_dialog", "&What is disputed:"),
            translate("pages.trades.note_dialog", "who disagrees, and about what"),
            translate(
                "pages.trades.note_dialog",
                "The trade waits until the dispute is resolved to completed or cancelled.",
            ),
        )
    if action is TradeAction.RESOLVE:
        return (
            translate("pages.trades.note_dialog", "Resolve dispute on trade {id}"),
            translate("pages.trades.note_dialog", "Re&solve"),
            translate("pages.trades.note_dialog", "&Outcome note:"),
            translate("pages.trades.note_dialog", "what was agreed, and with whom"),
            translate(
                "pages.trades.note_dialog",
                "Completed posts the trade to the ledger; cancelled ends it without posting.",
            ),
        )
    return (
        translate("pages.trades.note_dialog", "Reverse trade {id}"),
        translate("pages.trades.note_dialog", "Re&verse trade"),
        translate("pages.trades.note_dialog", "&Reason:"),
        translate("pages.trades.note_dialog", "e.g. wrong amount on the slip"),
        translate(
            "pages.trades.note_dialog",
            "A ledger transaction moves the amount back; the original stays in the books and "
            "the trade is marked cancelled. Record a new trade if the right amount differs.",
        ),
    )


def summary_html(trade: TradeInfo, currency: Currency, *, with_note: bool = False) -> str:
    """Who pays whom, how much, when: "paid" only once the trade is in the ledger."""
    buyer = escape(party(trade.buyer_name, trade.buyer_member_id))
    seller = escape(party(trade.seller_name, trade.seller_member_id))
    amount = format_amount(trade.amount, currency, symbol=True)
    day = format_date(trade.traded_on)
    values = {"buyer": buyer, "seller": seller, "amount": amount, "day": day}
    if trade.transaction_id is not None:
        text = translate(
            "pages.trades.note_dialog", "<b>{buyer}</b> paid <b>{seller}</b> {amount} on {day}"
        )
    else:
        text = translate(
            "pages.trades.note_dialog",
            "<b>{buyer}</b> will pay <b>{seller}</b> {amount} when the trade is completed "
            "(traded on {day})",
        )
    text = text.format(**values)
    text += translate("pages.trades.note_dialog", "<br>“{description}”").format(
        description=escape(trade.description)
    )
    if with_note and trade.note:
        text += translate("pages.trades.note_dialog", "<br>Note: {note}").format(
            note=escape(trade.note)
        )
    return text


class TradeNoteDialog(FormDialog[TradeInfo]):
    def __init__(
        self,
        ctx: AppContext,
        action: TradeAction,
        trade: TradeInfo,
        currency: Currency,
        parent: QWidget | None = None,
    ) -> None:
        title, ok, label, placeholder, hint = _texts(action)
        super().__init__(ctx, title.format(id=trade.id), ok, parent)
        self.action = action
        self.trade = trade
        self.currency = currency
        summary = QLabel(summary_html(trade, currency, with_note=action is TradeAction.RESOLVE))
        summary.setWordWrap(True)
        self.form.addRow(translate("pages.trades.note_dialog", "Trade:"), summary)

        self.completed_radio = QRadioButton(translate("pages.trades.note_dialog", "&Completed"))
        self.cancelled_radio = QRadioButton(translate("pages.trades.note_dialog", "C&ancelled"))
        self.agreed_edit = QLineEdit()
        self.agreed_edit.setPlaceholderText(format_amount(trade.amount, currency))
        self.agreed_edit.setMaximumWidth(140)
        if action is TradeAction.RESOLVE:
            group = QButtonGroup(self)
            group.addButton(self.completed_radio)
            group.addButton(self.cancelled_radio)
            self.completed_radio.setChecked(True)
            outcome = row_widget(self.completed_radio, self.cancelled_radio, STRETCH)
            self.add_field(translate("pages.trades.note_dialog", "Resolved as:"), outcome)
            self.add_field(
                translate("pages.trades.note_dialog", "A&greed amount ({symbol}):").format(
                    symbol=currency.symbol
                ),
                self.agreed_edit,
                "amount",
            )
            self.form.addRow(
                "",
                hint_label(
                    translate(
                        "pages.trades.note_dialog", "Empty: the amount recorded on the trade."
                    )
                ),
            )
            self.completed_radio.toggled.connect(self._outcome_changed)
            self.agreed_edit.textEdited.connect(lambda _t: self.touch("amount"))

        self.note_edit = QPlainTextEdit()
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setPlaceholderText(placeholder)
        self.note_edit.setFixedHeight(self.fontMetrics().height() * 3 + 14)
        self.add_field(label, self.note_edit, "note")
        self.form.addRow("", hint_label(hint))
        self.note_edit.textChanged.connect(lambda: self.touch("note"))
        self.note_edit.setFocus()
        self.revalidate()

    def _outcome_changed(self, completed: bool) -> None:
        self.agreed_edit.setEnabled(completed)
        self.revalidate()

    def agreed_amount(self) -> int | None:
        if self.action is not TradeAction.RESOLVE or not self.completed_radio.isChecked():
            return None
        text = self.agreed_edit.text().strip()
        return parse_amount(text, self.currency) if text else None

    def field_errors(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        note = self.note_edit.toPlainText().strip()
        if not note:
            errors["note"] = (
                translate("pages.trades.note_dialog", "Write what the dispute is about.")
                if self.action is TradeAction.DISPUTE
                else translate("pages.trades.note_dialog", "Write what was agreed.")
                if self.action is TradeAction.RESOLVE
                else translate("pages.trades.note_dialog", "Give a reason.")
            )
        elif len(note) > trades.MAX_NOTE:
            errors["note"] = translate(
                "pages.trades.note_dialog", "Keep it under {n} characters."
            ).format(n=trades.MAX_NOTE)
        checked(errors, "amount", self.agreed_amount)
        return errors

    def work(self) -> Work[TradeInfo]:
        ident = self.trade.id
        note = self.note_edit.toPlainText()
        action = self.action
        outcome = "completed" if self.completed_radio.isChecked() else "cancelled"
        amount = self.agreed_amount()

        def call(session: Session, actor: Actor) -> TradeInfo:
            if action is TradeAction.CANCEL:
                return trades.cancel(session, actor, ident, note)
            if action is TradeAction.DISPUTE:
                return trades.dispute(session, actor, ident, note)
            if action is TradeAction.RESOLVE:
                return trades.resolve(session, actor, ident, outcome, note, amount=amount)
            return trades.reverse_trade(session, actor, ident, note)

        return call
