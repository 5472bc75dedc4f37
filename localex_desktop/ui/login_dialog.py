"""Sign in: user name and password, checked by the operators service on a worker."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from localex_desktop import APP_NAME
from localex_desktop.db.connection import Database
from localex_desktop.domain.errors import LocalexError
from localex_desktop.services import operators
from localex_desktop.services.operators import OperatorInfo
from localex_desktop.ui.errors import show_error
from localex_desktop.ui.fit import fit_to_contents
from localex_desktop.ui.i18n import translate
from localex_desktop.ui.icons import app_icon
from localex_desktop.ui.tasks import TaskRunner
from localex_desktop.ui.widgets import MessageLabel, ok_buttons


class LoginDialog(QDialog):
    """Enter signs in, Esc cancels; a refusal is shown inline and the name is kept."""

    def __init__(
        self,
        db: Database,
        tasks: TaskRunner,
        *,
        where: str = "",
        username: str = "",
        gone: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        """``gone``: ``username`` was signed in before a restore that does not hold it."""
        super().__init__(parent)
        self.db = db
        self.tasks = tasks
        self.operator: OperatorInfo | None = None
        self.setWindowTitle(
            translate("login_dialog", "Sign in — {program}").format(program=APP_NAME)
        )
        self.setWindowIcon(app_icon())
        self.setMinimumWidth(400)

        logo = QLabel()
        logo.setPixmap(app_icon().pixmap(48, 48))
        heading = QLabel(f"<b>{APP_NAME}</b><br>{escape(where)}" if where else f"<b>{APP_NAME}</b>")
        heading.setWordWrap(True)

        self.username_edit = QLineEdit(username)
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = MessageLabel()
        form = QFormLayout()
        form.addRow(translate("login_dialog", "&User name:"), self.username_edit)
        form.addRow(translate("login_dialog", "&Password:"), self.password_edit)

        self.buttons, self.sign_in_button = ok_buttons(
            translate("login_dialog", "Sign in"), self.submit, self.reject
        )

        top = QFormLayout()
        top.addRow(logo, heading)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 16)
        layout.setSpacing(12)
        layout.addLayout(top)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.sign_in_button.setDefault(True)  # parented: Qt restores it after Tab
        (self.password_edit if username else self.username_edit).setFocus()
        fit_to_contents(self)  # a refusal of two lines grows the window, squeezes nothing
        if gone and username:
            self.message.show_error(
                translate(
                    "login_dialog", "Your operator account {name} is not in the restored data."
                ).format(name=username),
                translate(
                    "login_dialog",
                    "Sign in as another operator, or ask an administrator to add yours again.",
                ),
            )
            self.username_edit.selectAll()
            self.username_edit.setFocus()

    def submit(self) -> None:
        """Check the login on a worker; the dialog closes only when it succeeds."""
        username = self.username_edit.text().strip()
        password = self.password_edit.text()
        if not username:
            self.message.show_error(translate("login_dialog", "Enter your user name."))
            self.username_edit.setFocus()
            return
        self._set_busy(True)
        db = self.db
        self.tasks.run(
            lambda: operators.authenticate(db, username, password),
            self._signed_in,
            self._refused,
            owner=self,
        )

    def _set_busy(self, busy: bool) -> None:
        self.sign_in_button.setEnabled(not busy)
        self.username_edit.setReadOnly(busy)
        self.password_edit.setReadOnly(busy)
        if busy:
            self.message.show_ok(translate("login_dialog", "Checking…"))

    def _signed_in(self, operator: OperatorInfo) -> None:
        self._set_busy(False)
        self.operator = operator
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self._set_busy(False)
        if not isinstance(exc, LocalexError):
            self.message.clear_message()
            show_error(self, exc)
            return
        self.message.show_refusal(exc)
        self.password_edit.clear()
        self.password_edit.setFocus()
