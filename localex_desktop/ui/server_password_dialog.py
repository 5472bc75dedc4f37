"""The password of the database login, asked when a PostgreSQL server wants one.

Shown at start-up (app.py ``open_chosen``) when the URL holds no password and neither
the keyring nor libpq (``PGPASSWORD``, ``PGSERVICE``, ``~/.pgpass``) gave one the server
takes. It names the server, the database and the login, connects on a worker, shows a
refusal inline and selects the password for another try; Escape or Cancel quits.
"Remember" keeps the password in the system keyring (or, with none, in PostgreSQL's
password file, as the checkbox says): nowhere else, never the profile or a log.

This is the server login's password; the operator's own sign-in (login_dialog.py)
follows once the database is open.
"""

from __future__ import annotations

import logging
import threading
from html import escape

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from localex_desktop import APP_NAME
from localex_desktop.config import secrets
from localex_desktop.db.connection import Database, PasswordNeeded, Target, open_database
from localex_desktop.domain.errors import LocalexError
from localex_desktop.ui.errors import show_error
from localex_desktop.ui.fit import fit_to_contents
from localex_desktop.ui.i18n import translate
from localex_desktop.ui.icons import app_icon
from localex_desktop.ui.tasks import TaskRunner
from localex_desktop.ui.widgets import MessageLabel, hint_label, ok_buttons

log = logging.getLogger(__name__)

Opened = tuple[Database, secrets.Where | None]


class _Abandoned(Exception):
    """The dialog was closed while its connection was being made (the database is closed)."""


class ServerPasswordDialog(QDialog):
    """Enter connects; a refused password is shown inline and selected; Esc cancels.

    After :meth:`exec` returns Accepted, :attr:`database` is the open database and
    :attr:`stored` says where a remembered password went (None: not remembered).
    """

    def __init__(
        self,
        target: Target,
        why: PasswordNeeded,
        tasks: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.target = target
        self.tasks = tasks
        self.database: Database | None = None
        self.stored: secrets.Where | None = None
        self._abandoned = threading.Event()
        self._busy = False
        self.setWindowTitle(
            translate("server_password_dialog", "Server password — {program}").format(
                program=APP_NAME
            )
        )
        self.setWindowIcon(app_icon())
        self.setMinimumWidth(440)

        heading = QLabel(
            translate(
                "server_password_dialog",
                "<b>PostgreSQL server {host}</b><br>"
                "The server asks for the password of the login <b>{login}</b>.",
            ).format(host=escape(why.host), login=escape(why.login))
        )
        heading.setWordWrap(True)
        address = f"{why.host}:{why.url.port}" if why.url.port else why.host
        self.server_label = QLabel(
            translate("server_password_dialog", "{address}, database {database}").format(
                address=address, database=why.url.database or ""
            )
        )
        self.login_label = QLabel(why.login)
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setAccessibleName(
            translate("server_password_dialog", "Password of the server login {login}").format(
                login=why.login
            )
        )
        keyring = secrets.keyring_name()
        if keyring is not None:
            self.remember = QCheckBox(
                translate("server_password_dialog", "&Remember in the system keyring")
            )
            note = translate(
                "server_password_dialog", "Kept by {keyring}; the program asks again if it changes."
            ).format(keyring=keyring)
        else:
            where = secrets.display_path(secrets.pgpass_path())
            self.remember = QCheckBox(
                translate("server_password_dialog", "&Remember in PostgreSQL's password file")
            )
            note = translate(  # the path in the wrapped note: a long one would cut the check box
                "server_password_dialog",
                "That is {file}. No system keyring is available on this computer; the "
                "password file is readable by your account only (mode 0600).",
            ).format(file=where)
        self.remember.setAccessibleDescription(note)
        self.message = MessageLabel()

        form = QFormLayout()
        form.addRow(translate("server_password_dialog", "Server:"), self.server_label)
        form.addRow(translate("server_password_dialog", "Login:"), self.login_label)
        password_label = QLabel(translate("server_password_dialog", "&Password:"))
        password_label.setBuddy(self.password_edit)
        form.addRow(password_label, self.password_edit)
        form.addRow("", self.remember)
        form.addRow("", hint_label(note))

        self.buttons, self.connect_button = ok_buttons(
            translate("server_password_dialog", "Connect"), self.submit, self.reject
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 16)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.connect_button.setDefault(True)  # parented: Qt restores it after Tab
        if why.refused:  # the keyring's, PGPASSWORD's or ~/.pgpass's password is wrong
            self.message.show_refusal(why)
        self.password_edit.setFocus()
        fit_to_contents(self)  # a refusal of two lines grows the window, squeezes nothing

    def submit(self) -> None:
        """Connect with the typed password on a worker; the dialog closes when it works."""
        if self._busy:
            return
        password = self.password_edit.text()
        if not password:
            self.message.show_error(
                translate("server_password_dialog", "Type the password of the server login.")
            )
            self.password_edit.setFocus()
            return
        self._set_busy(True)
        target, remember, abandoned = self.target, self.remember.isChecked(), self._abandoned
        self.tasks.run(
            lambda: _open(target, password, remember, abandoned),
            self._connected,
            self._refused,
            owner=self,
        )

    def reject(self) -> None:
        """Escape or Cancel: quit; a connection still being made is closed when it is."""
        self._abandoned.set()
        super().reject()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.connect_button.setEnabled(not busy)
        self.password_edit.setReadOnly(busy)
        self.remember.setEnabled(not busy)
        if busy:
            self.message.show_ok(translate("server_password_dialog", "Connecting…"))

    def _connected(self, opened: Opened) -> None:
        db, where = opened
        if self._abandoned.is_set():
            db.close()
            return
        self._set_busy(False)
        self.database, self.stored = db, where
        self.password_edit.clear()  # the open database holds it, in memory only
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, _Abandoned):
            return
        if not isinstance(exc, LocalexError):
            self.message.clear_message()
            show_error(self, exc)
            return
        self.message.show_refusal(exc)
        self.password_edit.setFocus()
        self.password_edit.selectAll()


def _open(target: Target, password: str, remember: bool, abandoned: threading.Event) -> Opened:
    """On the worker: connect, then keep the password if asked (the keyring may be slow)."""
    db = open_database(target, password=password)
    if abandoned.is_set():
        db.close()
        raise _Abandoned
    where: secrets.Where | None = None
    if remember:
        assert target.url is not None
        try:
            where = secrets.store_password(target.url, password)
        except OSError as exc:  # the password file cannot be written: connected anyway
            log.warning("the server password could not be kept: %s", exc)
        else:
            log.info("the password of %s was kept in %s", secrets.account(target.url), where)
    return db, where
