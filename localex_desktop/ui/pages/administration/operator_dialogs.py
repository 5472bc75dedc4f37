"""Dialogs that change an operator: add, reset the password, change the role.

Each checks what it can as the person types, then calls one service in one
transaction on a worker; a refusal is shown inline and nothing is written. When another
administrator changed the same thing since the dialog opened, the person is asked:
Reload (their choice stays in the form) or Save anyway (:mod:`services.edits`).
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
from localex_desktop.services import operator_changes, operators
from localex_desktop.services.edits import ChangedMeanwhile
from localex_desktop.services.operators import OperatorInfo
from localex_desktop.services.work import Work
from localex_desktop.ui import messages
from localex_desktop.ui.context import AppContext
from localex_desktop.ui.errors import show_error
from localex_desktop.ui.i18n import role_name, translate
from localex_desktop.ui.widgets import FormFrame, hint_label


def role_text(role: Role) -> str:
    """A role with what it may do, for the role choice."""
    return {
        Role.ADMIN: translate(
            "pages.administration.operator_dialogs",
            "Administrator — everything, including operators and settings",
        ),
        Role.COORDINATOR: translate(
            "pages.administration.operator_dialogs",
            "Coordinator — members, listings, trades and postings",
        ),
        Role.BOOKKEEPER: translate(
            "pages.administration.operator_dialogs",
            "Bookkeeper — reads and exports, changes nothing",
        ),
    }[role]


def role_combo(current: Role = Role.COORDINATOR) -> QComboBox:
    combo = QComboBox()
    for role in Role:
        combo.addItem(role_text(role), role)
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
        raise ValidationError(
            translate("pages.administration.operator_dialogs", "The two passwords differ."),
            field="repeat",
        )


class OperatorDialog(FormFrame):
    """A form, an inline message and OK/Cancel; OK runs one service call on a worker."""

    def __init__(self, ctx: AppContext, title: str, ok_text: str, parent: QWidget | None) -> None:
        super().__init__(title, ok_text, 460, parent)
        self.ctx = ctx
        self.result_operator: OperatorInfo | None = None
        #: the person chose "Save anyway" over another administrator's change
        self.overwrite = False

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
        if isinstance(exc, ChangedMeanwhile):
            self._changed_meanwhile(exc)
        elif isinstance(exc, LocalexError):
            self.message.show_refusal(exc)
        else:
            show_error(self, exc)

    def _changed_meanwhile(self, exc: ChangedMeanwhile) -> None:
        lines = "\n".join(
            translate(
                "pages.administration.operator_dialogs", "{label}: was {before}, now {after}."
            ).format(label=c.label.capitalize(), before=_said(c.seen), after=_said(c.now))
            for c in exc.changes
        )
        answer = messages.choose(
            self,
            exc.message,
            f"{lines}\n\n{exc.hint}",
            translate("pages.administration.operator_dialogs", "&Reload"),
            translate("pages.administration.operator_dialogs", "Save &anyway"),
        )
        if answer == 1:
            self.reload_operator()
        elif answer == 2:
            self.overwrite = True
            self.submit()
        else:
            self.message.show_refusal(exc)

    def shown_operator(self) -> OperatorInfo | None:
        """The operator this dialog changes, as it shows them (None: it adds one)."""
        return None

    def reload_operator(self) -> None:
        """Read the operator again (dialogs that pass ``seen`` show it in :meth:`reloaded`)."""
        op = self.shown_operator()
        if op is None:
            return
        ident = op.id

        def read(session: Session, actor: Actor) -> OperatorInfo:
            return next(o for o in operators.list_all(session, actor) if o.id == ident)

        self.ctx.query(read, self.reloaded, self._failed, owner=self)

    def reloaded(self, fresh: OperatorInfo) -> None:
        """Show ``fresh`` (what is stored now); the person's own choice stays."""
        self.overwrite = False


class AddOperatorDialog(OperatorDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx,
            translate("pages.administration.operator_dialogs", "Add operator"),
            translate("pages.administration.operator_dialogs", "Add operator"),
            parent,
        )
        self.username_edit = QLineEdit()
        self.display_edit = QLineEdit()
        self.role_box = role_combo()
        self.password_edit = password_edit()
        self.repeat_edit = password_edit()
        self.form.addRow(
            translate("pages.administration.operator_dialogs", "User name:"), self.username_edit
        )
        self.form.addRow(
            translate("pages.administration.operator_dialogs", "Display name:"), self.display_edit
        )
        self.form.addRow(translate("pages.administration.operator_dialogs", "Role:"), self.role_box)
        self.form.addRow(
            translate("pages.administration.operator_dialogs", "Password:"), self.password_edit
        )
        self.form.addRow("", hint_label(at_least()))
        self.form.addRow(
            translate("pages.administration.operator_dialogs", "Repeat password:"), self.repeat_edit
        )

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
        super().__init__(
            ctx,
            translate("pages.administration.operator_dialogs", "Reset password — {name}").format(
                name=op.username
            ),
            translate("pages.administration.operator_dialogs", "Set password"),
            parent,
        )
        self.op = op
        self.password_edit = password_edit()
        self.repeat_edit = password_edit()
        intro = QLabel(
            translate(
                "pages.administration.operator_dialogs",
                "Choose a new password for <b>{name}</b>. Tell it to them in person; "
                "a lock-out after failed attempts is lifted too.",
            ).format(name=escape(op.username))
        )
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.form.addRow(
            translate("pages.administration.operator_dialogs", "New password:"), self.password_edit
        )
        self.form.addRow("", hint_label(at_least()))
        self.form.addRow(
            translate("pages.administration.operator_dialogs", "Repeat password:"), self.repeat_edit
        )

    def check(self) -> Work[OperatorInfo]:
        password = self.password_edit.text()
        check_new_password(password, self.repeat_edit.text())
        ident = self.op.id

        def call(session: Session, actor: Actor) -> OperatorInfo:
            return operators.set_password(session, actor, ident, password)

        return call


class ChangeRoleDialog(OperatorDialog):
    def __init__(self, ctx: AppContext, op: OperatorInfo, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx,
            translate("pages.administration.operator_dialogs", "Change role — {name}").format(
                name=op.username
            ),
            translate("pages.administration.operator_dialogs", "Change role"),
            parent,
        )
        self.op = op
        self.role_box = role_combo(op.role)
        self.current_label = QLabel(operator_role(op))
        self.form.addRow(
            translate("pages.administration.operator_dialogs", "Operator:"), self.current_label
        )
        self.form.addRow(
            translate("pages.administration.operator_dialogs", "New role:"), self.role_box
        )

    def check(self) -> Work[OperatorInfo]:
        role = Role(self.role_box.currentData())
        if role is self.op.role:
            raise ValidationError(
                translate(
                    "pages.administration.operator_dialogs", "{name} is already {role}."
                ).format(name=self.op.username, role=role_name(role)),
                field="role",
            )
        seen, overwrite = self.op, self.overwrite

        def call(session: Session, actor: Actor) -> OperatorInfo:
            return operator_changes.set_role(
                session, actor, seen.id, role, seen=seen, overwrite=overwrite
            )

        return call

    def shown_operator(self) -> OperatorInfo | None:
        return self.op

    def reloaded(self, fresh: OperatorInfo) -> None:
        super().reloaded(fresh)
        self.op = fresh
        self.current_label.setText(operator_role(fresh))
        ok = self.ok_button.text().replace("&", "")
        self.message.show_ok(
            translate(
                "pages.administration.operator_dialogs",
                "Reloaded: {name} is {role} now; the role you chose is kept. "
                "Press {button} to save it.",
            ).format(name=fresh.username, role=role_name(fresh.role), button=ok)
        )


def at_least() -> str:
    return translate(
        "pages.administration.operator_dialogs", "At least {count} characters."
    ).format(count=operators.MIN_PASSWORD_LENGTH)


def operator_role(op: OperatorInfo) -> str:
    """ "bert (coordinator)"."""
    return translate("pages.administration.operator_dialogs", "{name} ({role})").format(
        name=op.username, role=role_name(op.role)
    )


def _said(value: object) -> str:
    if isinstance(value, bool):
        return (
            translate("pages.administration.operator_dialogs", "enabled")
            if value
            else translate("pages.administration.operator_dialogs", "disabled")
        )
    return (
        str(value)
        if value not in (None, "")
        else translate("pages.administration.operator_dialogs", "empty")
    )
