"""Enrol a member or edit one: every field checked as it is typed, one service call on OK.

Field rules come from ``services.members.validate`` and ``domain.money.parse_amount``
so the dialog and the admin command refuse the same things with the same words.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate, QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from sqlalchemy.orm import Session

from localex_desktop.domain.errors import ValidationError
from localex_desktop.domain.money import Currency, format_amount, parse_amount
from localex_desktop.domain.roles import Actor
from localex_desktop.services import members
from localex_desktop.services.edits import Change
from localex_desktop.services.members import MemberInfo, MemberInput
from localex_desktop.services.work import Work
from localex_desktop.ui.context import AppContext
from localex_desktop.ui.i18n import translate
from localex_desktop.ui.locale import qt_date_format
from localex_desktop.ui.pages.members.form_dialog import FormDialog, checked
from localex_desktop.ui.widgets import hint_label

#: the fields validate() reports; one already reported is made good to find the next
_GOOD = ("name", "email", "phone")


def member_input_errors(data: MemberInput) -> dict[str, str]:
    """Every field ``members.validate`` refuses, not only the first."""
    errors: dict[str, str] = {}
    for _ in range(len(_GOOD) + 1):
        try:
            members.validate(data)
        except ValidationError as exc:
            field = exc.field or "name"
            if field in errors or field not in _GOOD:
                errors.setdefault(field, exc.message)
                break
            errors[field] = str(exc).strip()
            if field == "name":
                data = replace(data, name="x")
            elif field == "email":
                data = replace(data, email=None)
            else:
                data = replace(data, phone="")
        else:
            break
    return errors


class MemberDialog(FormDialog[MemberInfo]):
    """``member`` None: enrol a new member; otherwise edit that one."""

    def __init__(
        self,
        ctx: AppContext,
        currency: Currency,
        *,
        member: MemberInfo | None = None,
        default_credit_limit: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        if member is None:
            title = translate("pages.members.member_dialog", "New member")
            ok = translate("pages.members.member_dialog", "&Enrol member")
        else:
            title = translate("pages.members.member_dialog", "Edit member {id}").format(
                id=member.id
            )
            ok = translate("pages.members.member_dialog", "&Save")
        super().__init__(ctx, title, ok, parent)
        self.member = member
        self.currency = currency
        self.number_edit = QLineEdit()
        self.number_edit.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"[0-9]{0,9}"), self.number_edit)
        )
        self.number_edit.setPlaceholderText(
            translate("pages.members.member_dialog", "next free number")
        )
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(200)
        self.email_edit = QLineEdit()
        self.email_edit.setPlaceholderText(
            translate("pages.members.member_dialog", "name@example.org")
        )
        self.phone_edit = QLineEdit()
        self.address_edit = QLineEdit()
        self.joined_edit = QDateEdit(QDate.currentDate())
        self.joined_edit.setCalendarPopup(True)
        self.joined_edit.setDisplayFormat(qt_date_format())
        self.credit_edit = QLineEdit()
        self.upper_edit = QLineEdit()
        self.upper_edit.setPlaceholderText(
            translate("pages.members.member_dialog", "no upper limit")
        )
        self.directory_box = QCheckBox(
            translate("pages.members.member_dialog", "&Listed in the printed and online directory")
        )
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(self.fontMetrics().height() * 4 + 12)

        if member is None:
            self.add_field(
                translate("pages.members.member_dialog", "Num&ber:"), self.number_edit, "number"
            )
        else:
            self.form.addRow(
                translate("pages.members.member_dialog", "Number:"), QLabel(str(member.id))
            )
        self.add_field(translate("pages.members.member_dialog", "&Name:"), self.name_edit, "name")
        self.add_field(
            translate("pages.members.member_dialog", "E&mail:"), self.email_edit, "email"
        )
        self.add_field(
            translate("pages.members.member_dialog", "&Phone:"), self.phone_edit, "phone"
        )
        self.add_field(translate("pages.members.member_dialog", "&Address:"), self.address_edit)
        if member is None:
            self.add_field(
                translate("pages.members.member_dialog", "&Joined on:"), self.joined_edit
            )
        self.add_field(
            translate("pages.members.member_dialog", "&Credit limit ({symbol}):").format(
                symbol=currency.symbol
            ),
            self.credit_edit,
            "credit_limit",
        )
        self.form.addRow(
            "",
            hint_label(
                translate(
                    "pages.members.member_dialog",
                    "How far below zero the balance may go; 0 for none.",
                )
            ),
        )
        self.add_field(
            translate("pages.members.member_dialog", "&Upper limit ({symbol}):").format(
                symbol=currency.symbol
            ),
            self.upper_edit,
            "upper_limit",
        )
        self.add_field("", self.directory_box)
        self.add_field(translate("pages.members.member_dialog", "N&otes:"), self.notes_edit)

        if member is not None:
            self.name_edit.setText(member.name)
            self.email_edit.setText(member.email or "")
            self.phone_edit.setText(member.phone)
            self.address_edit.setText(member.address)
            self.directory_box.setChecked(member.directory_consent)
            self.notes_edit.setPlainText(member.notes)
            if member.credit_limit is not None:
                self.credit_edit.setText(format_amount(member.credit_limit, currency))
            if member.upper_limit is not None:
                self.upper_edit.setText(format_amount(member.upper_limit, currency))
        elif default_credit_limit is not None:
            self.credit_edit.setText(format_amount(default_credit_limit, currency))
        else:  # the settings were not read yet (or not at all: the server was away)
            self.credit_edit.setPlaceholderText(
                translate("pages.members.member_dialog", "the exchange's default")
            )

        for field, edit in (
            ("number", self.number_edit),
            ("name", self.name_edit),
            ("email", self.email_edit),
            ("phone", self.phone_edit),
            ("credit_limit", self.credit_edit),
            ("upper_limit", self.upper_edit),
        ):
            edit.textEdited.connect(lambda _t, f=field: self.touch(f))
        self.name_edit.setFocus()
        self.revalidate()

    # -- reading the form -------------------------------------------------------------

    def member_input(self) -> MemberInput:
        joined = self.joined_edit.date()
        return MemberInput(
            name=self.name_edit.text(),
            email=self.email_edit.text().strip() or None,
            phone=self.phone_edit.text(),
            address=self.address_edit.text(),
            notes=self.notes_edit.toPlainText(),
            directory_consent=self.directory_box.isChecked(),
            joined_on=date(joined.year(), joined.month(), joined.day())
            if self.member is None
            else None,
        )

    def _limits(self) -> tuple[int | None, int | None, dict[str, str]]:
        errors: dict[str, str] = {}
        credit: int | None = None  # a new member's empty limit: the exchange's default
        if self.member is not None or self.credit_edit.text().strip():
            credit = checked(
                errors,
                "credit_limit",
                lambda: parse_amount(
                    self.credit_edit.text(), self.currency, field="credit limit", allow_zero=True
                ),
            )
        upper: int | None = None
        if self.upper_edit.text().strip():
            upper = checked(
                errors,
                "upper_limit",
                lambda: parse_amount(
                    self.upper_edit.text(), self.currency, field="upper limit", allow_zero=True
                ),
            )
        return credit, upper, errors

    def field_errors(self) -> dict[str, str]:
        errors = member_input_errors(self.member_input())
        errors.update(self._limits()[2])
        number = self.number_edit.text().strip()
        if self.member is None and number and int(number) <= 0:
            errors["number"] = translate(
                "pages.members.member_dialog", "Member numbers start at 1."
            )
        return errors

    def work(self) -> Work[MemberInfo]:
        data = members.validate(self.member_input())
        credit, upper, _ = self._limits()
        if self.member is None:
            number = int(self.number_edit.text()) if self.number_edit.text().strip() else None

            def create(session: Session, actor: Actor) -> MemberInfo:
                return members.create(
                    session,
                    actor,
                    data,
                    credit_limit=credit,
                    upper_limit=upper,
                    member_id=number,
                )

            return create
        seen, overwrite = self.member, self.overwrite

        def update(session: Session, actor: Actor) -> MemberInfo:
            return members.update(
                session,
                actor,
                seen.id,
                name=data.name,
                email=data.email,
                phone=data.phone,
                address=data.address,
                notes=data.notes,
                directory_consent=data.directory_consent,
                credit_limit=credit,
                upper_limit=upper,
                seen=seen,
                overwrite=overwrite,
            )

        return update

    # -- another coordinator saved first ------------------------------------------------

    def _amount_text(self, value: object) -> str:
        return format_amount(value, self.currency) if isinstance(value, int) else ""

    def describe_change(self, change: Change) -> str:
        if change.field in ("credit_limit", "upper_limit"):
            seen, now = self._amount_text(change.seen), self._amount_text(change.now)
            label = change.label.capitalize()
            none = translate("pages.members.member_dialog", "none")
            return translate(
                "pages.members.member_dialog", "{label}: was {seen}, now {now} {symbol}."
            ).format(label=label, seen=seen or none, now=now or none, symbol=self.currency.symbol)
        return super().describe_change(change)

    def reload_record(self) -> None:
        assert self.member is not None
        member_id = self.member.id

        def read(session: Session, actor: Actor) -> MemberInfo:
            return members.get(session, actor, member_id)

        self.ctx.query(read, self._show_reloaded, self._failed, owner=self)

    def _show_reloaded(self, fresh: MemberInfo) -> None:
        old = self.member
        assert old is not None
        amount = self._amount_text
        texts = (
            (
                translate("pages.members.member_dialog", "the name"),
                self.name_edit,
                old.name,
                fresh.name,
            ),
            (
                translate("pages.members.member_dialog", "the email address"),
                self.email_edit,
                old.email or "",
                fresh.email or "",
            ),
            (
                translate("pages.members.member_dialog", "the phone"),
                self.phone_edit,
                old.phone,
                fresh.phone,
            ),
            (
                translate("pages.members.member_dialog", "the address"),
                self.address_edit,
                old.address,
                fresh.address,
            ),
            (
                translate("pages.members.member_dialog", "the credit limit"),
                self.credit_edit,
                amount(old.credit_limit),
                amount(fresh.credit_limit),
            ),
            (
                translate("pages.members.member_dialog", "the upper limit"),
                self.upper_edit,
                amount(old.upper_limit),
                amount(fresh.upper_limit),
            ),
        )
        changed = []
        for label, edit, before, after in texts:
            if before != after and edit.text() == before:
                edit.setText(after)
                changed.append(label)
        if old.notes != fresh.notes and self.notes_edit.toPlainText() == old.notes:
            self.notes_edit.setPlainText(fresh.notes)
            changed.append(translate("pages.members.member_dialog", "the notes"))
        box = self.directory_box
        if old.directory_consent != fresh.directory_consent and (
            box.isChecked() == old.directory_consent
        ):
            box.setChecked(fresh.directory_consent)
            changed.append(translate("pages.members.member_dialog", "the directory listing"))
        self.member = fresh
        self.reloaded(changed)
