"""Reverse…: post the exact opposite of a transaction, with the reason why."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget
from sqlalchemy.orm import Session

from localex_desktop.domain.roles import Actor
from localex_desktop.services import ledger
from localex_desktop.services.ledger import PostResult, TransactionView
from localex_desktop.services.work import Work
from localex_desktop.ui.context import AppContext
from localex_desktop.ui.fit import fit_to_contents
from localex_desktop.ui.i18n import translate
from localex_desktop.ui.models.columns import MoneyFormat, when
from localex_desktop.ui.pages.ledger.model import kind_words, side_words
from localex_desktop.ui.pages.members.form_dialog import FormDialog
from localex_desktop.ui.widgets import hint_label


def summary_html(tx: TransactionView, money: MoneyFormat) -> str:
    """What is reversed, in full: the names and the memo as typed (escaped)."""
    amount, at = escape(money.with_symbol(tx.amount)), escape(when(tx.posted_at))
    lines = [
        what_html(tx.kind, amount, at),
        translate("pages.ledger.reverse_dialog", "from <b>{payer}</b> to <b>{payee}</b>").format(
            payer=escape(side_words(tx, True)), payee=escape(side_words(tx, False))
        ),
    ]
    if tx.memo:
        lines.append(f"“{escape(tx.memo)}”")
    return "<br>".join(lines)


def what_html(kind: str, amount: str, at: str) -> str:
    """ "Levy of 5.00 h on …": one sentence per kind (the kind's word may change the rest)."""
    sentences = {
        "transfer": translate("pages.ledger.reverse_dialog", "Transfer of {amount} on {at}"),
        "trade": translate("pages.ledger.reverse_dialog", "Trade of {amount} on {at}"),
        "levy": translate("pages.ledger.reverse_dialog", "Levy of {amount} on {at}"),
        "batch": translate("pages.ledger.reverse_dialog", "Batch of {amount} on {at}"),
        "reversal": translate("pages.ledger.reverse_dialog", "Reversal of {amount} on {at}"),
        "opening": translate("pages.ledger.reverse_dialog", "Opening of {amount} on {at}"),
        "adjustment": translate("pages.ledger.reverse_dialog", "Adjustment of {amount} on {at}"),
    }
    sentence = sentences.get(kind)
    if sentence is None:
        return translate("pages.ledger.reverse_dialog", "{kind} of {amount} on {at}").format(
            kind=escape(kind_words(kind)), amount=amount, at=at
        )
    return sentence.format(amount=amount, at=at)


class ReverseDialog(FormDialog[PostResult]):
    def __init__(
        self,
        ctx: AppContext,
        tx: TransactionView,
        money: MoneyFormat,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            ctx,
            translate("pages.ledger.reverse_dialog", "Reverse transaction {number}").format(
                number=tx.id
            ),
            translate("pages.ledger.reverse_dialog", "Re&verse"),
            parent,
        )
        self.tx = tx
        self.summary = QLabel(summary_html(tx, money))
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)
        self.reason_edit = QLineEdit()
        self.reason_edit.setMaxLength(400)
        self.reason_edit.setPlaceholderText(
            translate("pages.ledger.reverse_dialog", "e.g. entered twice")
        )
        self.form.addRow(translate("pages.ledger.reverse_dialog", "Transaction:"), self.summary)
        self.add_field(
            translate("pages.ledger.reverse_dialog", "&Reason:"), self.reason_edit, "reason"
        )
        self.form.addRow(
            "",
            hint_label(
                translate(
                    "pages.ledger.reverse_dialog",
                    "A new transaction moves the same amounts back. The original stays in "
                    "the books, marked as reversed; a transaction can be reversed once.",
                )
            ),
        )
        self.reason_edit.textEdited.connect(lambda _t: self.touch("reason"))
        self.reason_edit.setFocus()
        self.revalidate()
        fit_to_contents(self)

    def field_errors(self) -> dict[str, str]:
        if not self.reason_edit.text().strip():
            return {
                "reason": translate(
                    "pages.ledger.reverse_dialog", "Give a reason for the reversal."
                )
            }
        return {}

    def work(self) -> Work[PostResult]:
        ident, reason = self.tx.id, self.reason_edit.text()

        def call(session: Session, actor: Actor) -> PostResult:
            return ledger.reverse(session, actor, ident, reason)

        return call
