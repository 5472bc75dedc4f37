"""Dialogs that change an operator: add, reset the password, change the role.

Each checks what it can as the person types, then calls one service in one
transaction on a worker; a refusal is shown inline and nothing is written.
"""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QWidget,
)
from sqlalchemy.orm import Session

from localex_desktop.domain.errors import LocalexError, ValidationError
from localex_desktop.domain.roles import Actor, Role
from localex_desktop.services import operators
from localex_desktop.services.operators import OperatorInfo
from localex_desktop.services.work import Work
from localex_desktop.ui.context import AppContext
from localex_desktop.ui.errors import show_error
from localex_desktop.ui.widgets import FormFrame, hint_label

ROLE_TEXT = {
    Role.ADMIN: "Administrator — everything, including operators and settings",
    Role.COORDINATOR: "Coordinator — members, listings, trades and postings",
    Role.BOOKKEEPER: "Bookkeeper — reads and exports, changes nothing",
}


def role_combo(current: Role = Role.COORDINATOR) -> QComboBox:
    combo = QComboBox()
    for role in Role:
        combo.addItem(ROLE_TEXT[role], role)
    combo.setCurrentIndex(list(Role).index(current))
    return combo


def password_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


def check_new_password(password: str, repeat: str) -> None:
    """The service's own rule first, then that both fields agree."""
    operators.validate_password(password)
    if password != repeat:
        raise ValidationError("The two passwords differ.", field="repeat")


class OperatorDialog(FormFrame):
    """A form, an inline message and OK/Cancel; OK runs one service call on a worker."""

    def __init__(self, ctx: AppContext, title: str, ok_text: str, parent: QWidget | None) -> None:
        super().__init__(title, ok_text, 460, parent)
        self.ctx = ctx
        self.result_operator: OperatorInfo | None = None

    def check(self) -> Work[OperatorInfo]:
        """Validate the form; return the service work to run (raise ValidationError if bad)."""
        raise NotImplementedError

    def submit(self) -> None:
        try:
            call = self.check()
        except LocalexError as exc:
            self.message.show_refusal(exc)
            return
        self.message.clear_message()
        self.ok_button.setEnabled(False)
        self.ctx.op(call, self._done, self._failed, owner=self)

    def _done(self, op: OperatorInfo) -> None:
        self.ok_button.setEnabled(True)
        self.result_operator = op
        self.ctx.events.operators_changed.emit()
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.ok_button.setEnabled(True)
        if isinstance(exc, LocalexError):
            self.message.show_refusal(exc)
        else:
            show_error(self, exc)


class AddOperatorDialog(OperatorDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "Add operator", "Add operator", parent)
        self.username_edit = QLineEdit()
        self.display_edit = QLineEdit()
        self.role_box = role_combo()
        self.password_edit = password_edit()
        self.repeat_edit = password_edit()
        self.form.addRow("User name:", self.username_edit)
        self.form.addRow("Display name:", self.display_edit)
        self.form.addRow("Role:", self.role_box)
        self.form.addRow("Password:", self.password_edit)
        self.form.addRow("", hint_label(f"At least {operators.MIN_PASSWORD_LENGTH} characters."))
        self.form.addRow("Repeat password:", self.repeat_edit)

    def check(self) -> Work[OperatorInfo]:
        username = operators.validate_username(self.username_edit.text())
        password = self.password_edit.text()
        check_new_password(password, self.repeat_edit.text())
        role = Role(self.role_box.currentData())
        display = self.display_edit.text().strip()

        def call(session: Session, actor: Actor) -> OperatorInfo:
            return operators.create(session, actor, username, password, role, display)

        return call


class ResetPasswordDialog(OperatorDialog):
    def __init__(self, ctx: AppContext, op: OperatorInfo, parent: QWidget | None = None) -> None:
        super().__init__(ctx, f"Reset password — {op.username}", "Set password", parent)
        self.op = op
        self.password_edit = password_edit()
        self.repeat_edit = password_edit()
        intro = QLabel(
            f"Choose a new password for <b>{escape(op.username)}</b>. Tell it to them in person; "
            "a lock-out after failed attempts is lifted too."
        )
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.form.addRow("New password:", self.password_edit)
        self.form.addRow("", hint_label(f"At least {operators.MIN_PASSWORD_LENGTH} characters."))
        self.form.addRow("Repeat password:", self.repeat_edit)

    def check(self) -> Work[OperatorInfo]:
        password = self.password_edit.text()
        check_new_password(password, self.repeat_edit.text())
        ident = self.op.id

        def call(session: Session, actor: Actor) -> OperatorInfo:
            return operators.set_password(session, actor, ident, password)

        return call


class ChangeRoleDialog(OperatorDialog):
    def __init__(self, ctx: AppContext, op: OperatorInfo, parent: QWidget | None = None) -> None:
        super().__init__(ctx, f"Change role — {op.username}", "Change role", parent)
        self.op = op
        self.role_box = role_combo(op.role)
        self.form.addRow("Operator:", QLabel(f"{op.username} ({op.role.value})"))
        self.form.addRow("New role:", self.role_box)

    def check(self) -> Work[OperatorInfo]:
        role = Role(self.role_box.currentData())
        if role is self.op.role:
            raise ValidationError(f"{self.op.username} is already {role.value}.", field="role")
        ident = self.op.id

        def call(session: Session, actor: Actor) -> OperatorInfo:
            return operators.set_role(session, actor, ident, role)

        return call
