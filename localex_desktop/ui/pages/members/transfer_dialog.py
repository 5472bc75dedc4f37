"""Transfer…: one member pays another; the payer's available credit shows as one types.

The limits are enforced by the database when the transfer is posted; the feedback
here only saves a round trip to a refusal. One idempotency key per dialog, so a
double press of OK cannot post twice.

An administrator also sees the value date (the day it happened, today unless changed)
and, for an earlier day, the reason it is entered late, which the audit log keeps.
Other roles see neither: their transfers are dated today.
"""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QLineEdit, QWidget
from sqlalchemy.orm import Session

from localex_desktop.domain.money import Currency, format_amount, parse_amount
from localex_desktop.domain.roles import Actor, Permission
from localex_desktop.services import ledger
from localex_desktop.services.ledger import MAX_MEMO, PostResult
from localex_desktop.services.members import MemberInfo
from localex_desktop.services.work import Work
from localex_desktop.ui.context import AppContext
from localex_desktop.ui.i18n import translate
from localex_desktop.ui.locale import qt_date_format
from localex_desktop.ui.pages.members.form_dialog import FormDialog, checked
from localex_desktop.ui.pages.members.picker import MemberPicker, two_members
from localex_desktop.ui.widgets import MUTED_STYLE, OK_STYLE, MessageLabel


class TransferDialog(FormDialog[PostResult]):
    def __init__(
        self,
        ctx: AppContext,
        currency: Currency,
        *,
        payer: MemberInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            ctx,
            translate("pages.members.transfer_dialog", "Transfer"),
            translate("pages.members.transfer_dialog", "&Post transfer"),
            parent,
        )
        self.currency = currency
        self.key = f"ui-transfer-{uuid.uuid4()}"
        self.payer_picker = MemberPicker(ctx)
        self.payee_picker = MemberPicker(ctx)
        self.amount_edit = QLineEdit()
        self.amount_edit.setPlaceholderText(format_amount(0, currency))
        self.credit_label = MessageLabel()
        self.memo_edit = QLineEdit()
        self.memo_edit.setMaxLength(MAX_MEMO)
        self.memo_edit.setPlaceholderText(
            translate("pages.members.transfer_dialog", "What it was for")
        )
        self.add_field(
            translate("pages.members.transfer_dialog", "&From (payer):"), self.payer_picker, "payer"
        )
        self.add_field(
            translate("pages.members.transfer_dialog", "&To (payee):"), self.payee_picker, "payee"
        )
        self.add_field(
            translate("pages.members.transfer_dialog", "&Amount ({symbol}):").format(
                symbol=currency.symbol
            ),
            self.amount_edit,
            "amount",
        )
        self.form.addRow("", self.credit_label)
        self.add_field(translate("pages.members.transfer_dialog", "&Memo:"), self.memo_edit, "memo")
        self.setTabOrder(self.payer_picker, self.payee_picker)
        self.setTabOrder(self.payee_picker, self.amount_edit)
        self.setTabOrder(self.amount_edit, self.memo_edit)
        self.value_date_edit = QDateEdit(QDate.currentDate())
        self.value_date_edit.setCalendarPopup(True)
        self.value_date_edit.setDisplayFormat(qt_date_format())
        self.value_date_edit.setMaximumDate(QDate.currentDate())
        self.value_date_edit.setMaximumWidth(160)
        self.value_date_edit.setAccessibleName(
            translate("pages.members.transfer_dialog", "Value date: the day it happened")
        )
        self.reason_edit = QLineEdit()
        self.reason_edit.setMaxLength(MAX_MEMO)
        self.reason_edit.setPlaceholderText(
            translate("pages.members.transfer_dialog", "Why it is entered with an earlier date")
        )
        self.backdating = ctx.can(Permission.BACKDATE)
        if self.backdating:  # administrators only; the service checks again
            self.add_field(
                translate("pages.members.transfer_dialog", "&Value date:"),
                self.value_date_edit,
                "value_date",
            )
            self.add_field(
                translate("pages.members.transfer_dialog", "&Reason:"), self.reason_edit, "reason"
            )
            self.setTabOrder(self.memo_edit, self.value_date_edit)
            self.setTabOrder(self.value_date_edit, self.reason_edit)
            self.value_date_edit.dateChanged.connect(lambda _d: self._date_changed())
            self.reason_edit.textEdited.connect(lambda _t: self.touch("reason"))
            self._date_changed()
        else:
            self.value_date_edit.hide()
            self.reason_edit.hide()
        self.payer_picker.member_changed.connect(lambda _m: self.touch("payer"))
        self.payee_picker.member_changed.connect(lambda _m: self.touch("payee"))
        self.payer_picker.textEdited.connect(lambda _t: self.touch("payer"))
        self.payee_picker.textEdited.connect(lambda _t: self.touch("payee"))
        self.payer_picker.problem_changed.connect(lambda _p: self.touch("payer"))
        self.payee_picker.problem_changed.connect(lambda _p: self.touch("payee"))
        self.amount_edit.textEdited.connect(lambda _t: self.touch("amount"))
        if payer is not None and payer.status == "active":
            self.payer_picker.set_member(payer)
            self.payee_picker.setFocus()
        else:
            self.payer_picker.setFocus()
        self.revalidate()

    def amount(self) -> int:
        return parse_amount(self.amount_edit.text(), self.currency)

    def value_date(self) -> date | None:
        """The day chosen when it is before today (None: today, as for everyone)."""
        if not self.backdating:
            return None
        d = self.value_date_edit.date()
        day = date(d.year(), d.month(), d.day())
        return day if day < date.today() else None

    def _date_changed(self) -> None:
        earlier = self.value_date() is not None
        self.reason_edit.setEnabled(earlier)
        if earlier:  # the reason is needed from now on: say so at once
            self._touched.add("reason")
        self.touch("value_date")

    def field_errors(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        payer, _payee = two_members(
            errors,
            (
                "payer",
                self.payer_picker,
                translate(
                    "pages.members.transfer_dialog",
                    "Choose who pays: type a member number, or part of a name and pick from the "
                    "list.",
                ),
            ),
            (
                "payee",
                self.payee_picker,
                translate(
                    "pages.members.transfer_dialog",
                    "Choose who is paid: type a member number, or part of a name and pick from "
                    "the list.",
                ),
            ),
            translate(
                "pages.members.transfer_dialog",
                "A member cannot pay themselves; choose two different members.",
            ),
        )
        amount = checked(errors, "amount", self.amount)
        if self.value_date() is not None and not self.reason_edit.text().strip():
            errors["reason"] = translate(
                "pages.members.transfer_dialog",
                "Say why it is entered with an earlier date than today.",
            )
        self._show_credit(payer, amount)
        if payer is not None and amount is not None:
            available = payer.available
            if available is not None and amount > available:
                errors["amount"] = translate(
                    "pages.members.transfer_dialog", "{name} has only {amount} of credit left."
                ).format(
                    name=payer.name, amount=format_amount(available, self.currency, symbol=True)
                )
        return errors

    def _show_credit(self, payer: MemberInfo | None, amount: int | None) -> None:
        if payer is None:
            self.credit_label.clear_message()
            return
        cur = self.currency
        available = payer.available
        if available is None:
            self.credit_label.show_ok(
                translate("pages.members.transfer_dialog", "{name} has no credit limit.").format(
                    name=payer.name
                )
            )
            return
        credit = format_amount(available, cur, symbol=True)
        if amount is not None and amount <= available:
            self.credit_label.show_ok(
                translate(
                    "pages.members.transfer_dialog",
                    "Available credit of {name}: {credit}; after this transfer: {after}.",
                ).format(
                    name=payer.name,
                    credit=credit,
                    after=format_amount(available - amount, cur, symbol=True),
                )
            )
        else:
            self.credit_label.setStyleSheet(MUTED_STYLE if amount is None else OK_STYLE)
            self.credit_label.setText(
                translate(
                    "pages.members.transfer_dialog", "Available credit of {name}: {credit}."
                ).format(name=payer.name, credit=credit)
            )
            self.credit_label.setVisible(True)

    def work(self) -> Work[PostResult]:
        payer, payee = self.payer_picker.member(), self.payee_picker.member()
        assert payer is not None and payee is not None
        amount, memo, key = self.amount(), self.memo_edit.text(), self.key
        value_date = self.value_date()
        reason = self.reason_edit.text() if value_date is not None else None

        def post(session: Session, actor: Actor) -> PostResult:
            return ledger.transfer(
                session,
                actor,
                payer.id,
                payee.id,
                amount,
                memo,
                idempotency_key=key,
                value_date=value_date,
                reason=reason,
            )

        return post
