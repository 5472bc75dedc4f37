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
    memo = (
        translate("pages.ledger.reverse_dialog", "<br>“{memo}”").format(memo=escape(tx.memo))
        if tx.memo
        else ""
    )
    return translate(
        "pages.ledger.reverse_dialog",
        "{kind} of {amount} on {at}<br>from <b>{payer}</b> to <b>{payee}</b>{memo}",
    ).format(
        kind=escape(kind_words(tx.kind)),
        amount=escape(money.with_symbol(tx.amount)),
        at=escape(when(tx.posted_at)),
        payer=escape(side_words(tx, True)),
        payee=escape(side_words(tx, False)),
        memo=memo,
    )


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
