"""Wizard page 1: keep the data on this computer, or connect to a PostgreSQL server."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from localex_desktop.db.connection import Database, PasswordNeeded, open_database
from localex_desktop.ui.errors import describe
from localex_desktop.ui.first_run.logic import FirstRunLogic, Step
from localex_desktop.ui.i18n import translate
from localex_desktop.ui.tasks import TaskRunner
from localex_desktop.ui.widgets import MessageLabel, browse_row, choose_folder, form_row, hint_label


class LocationPage(QWizardPage):
    """Draws the location part of :class:`FirstRunLogic`; opening happens in the wizard.

    ``open_chosen`` is the wizard's: it opens the chosen database when Next is pressed
    and says whether the wizard may go on.
    """

    def __init__(
        self,
        logic: FirstRunLogic,
        tasks: TaskRunner,
        open_chosen: Callable[[], bool],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.logic = logic
        self.tasks = tasks
        self._open_chosen = open_chosen
        self.setTitle(
            translate("first_run.location_page", "Where should LocalEx Desktop keep its data?")
        )
        self.setSubTitle(
            translate(
                "first_run.location_page",
                "Most exchanges keep the data on this computer. Choose a server when several "
                "coordinators work on the same data from different computers.",
            )
        )

        self.local_radio = QRadioButton(
            translate("first_run.location_page", "&Keep the data on this computer")
        )
        self.server_radio = QRadioButton(
            translate("first_run.location_page", "Connect to a PostgreSQL &server")
        )
        group = QButtonGroup(self)
        group.addButton(self.local_radio)
        group.addButton(self.server_radio)

        self.folder_edit = QLineEdit(logic.data_dir)
        self.folder_edit.setMinimumWidth(320)
        self.browse_button, folder_row = browse_row(self.folder_edit, self._browse)
        local_form = QFormLayout()
        form_row(
            local_form,
            translate("first_run.location_page", "&Data folder:"),
            folder_row,
            self.folder_edit,
        )
        local_form.addRow(
            "",
            hint_label(
                translate(
                    "first_run.location_page",
                    "A new folder is created if needed. Back it up with the program's backups.",
                )
            ),
        )

        self.url_edit = QLineEdit()
        self.url_edit.setPlaceholderText(
            translate("first_run.location_page", "postgresql://USER@HOST:5432/DATABASE")
        )
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(
            translate("first_run.location_page", "Kept in the system keyring or ~/.pgpass")
        )
        self.test_button = QPushButton(translate("first_run.location_page", "&Test connection"))
        self.test_button.clicked.connect(self._test_connection)
        self.test_result = MessageLabel()
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addStretch(1)
        server_form = QFormLayout()
        server_form.addRow(translate("first_run.location_page", "Database &URL:"), self.url_edit)
        server_form.addRow(translate("first_run.location_page", "Pass&word:"), self.password_edit)
        server_form.addRow("", test_row)
        server_form.addRow("", self.test_result)

        self.error_label = MessageLabel()

        self.local_box = QWidget()
        self.local_box.setLayout(local_form)
        self.server_box = QWidget()
        self.server_box.setLayout(server_form)
        for form in (local_form, server_form):
            form.setContentsMargins(24, 0, 0, 8)

        layout = QVBoxLayout(self)
        layout.addWidget(self.local_radio)
        layout.addWidget(self.local_box)
        layout.addWidget(self.server_radio)
        layout.addWidget(self.server_box)
        layout.addStretch(1)
        layout.addWidget(self.error_label)

        (self.server_radio if logic.mode == "server" else self.local_radio).setChecked(True)
        self.local_radio.toggled.connect(self._changed)
        self.folder_edit.textChanged.connect(self._changed)
        self.url_edit.textChanged.connect(self._changed)
        self.password_edit.textChanged.connect(self._changed)
        self._changed()

    def _changed(self) -> None:
        """Copy the fields into the logic and redraw what depends on them."""
        self.logic.mode = "embedded" if self.local_radio.isChecked() else "server"
        self.logic.data_dir = self.folder_edit.text()
        self.logic.url = self.url_edit.text()
        self.logic.server_password = self.password_edit.text()
        self.logic.location_changed()
        self.local_box.setEnabled(self.logic.mode == "embedded")
        self.server_box.setEnabled(self.logic.mode == "server")
        self.test_result.clear_message()
        error = self.logic.location_error()
        typed = self.logic.mode == "embedded" or bool(self.logic.url.strip())
        if error and typed:
            self.error_label.show_error(error)
        else:
            self.error_label.clear_message()
        self.test_button.setEnabled(error is None)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.logic.location_error() is None

    def nextId(self) -> int:
        step = self.logic.next_step(Step.LOCATION)
        return -1 if step is None else list(Step).index(step)

    def validatePage(self) -> bool:
        return self._open_chosen()

    def _browse(self) -> None:
        choose_folder(
            self, translate("first_run.location_page", "Choose the data folder"), self.folder_edit
        )

    def _test_connection(self) -> None:
        """Reach the server and report in words; the connection is closed again."""
        target = self.logic.target()
        self.test_button.setEnabled(False)
        self.test_result.show_ok(translate("first_run.location_page", "Connecting…"))

        def probe() -> str:
            db: Database = open_database(target, create=False)
            try:
                return db.server_version()
            finally:
                db.close()

        def done(version: str) -> None:
            self.test_button.setEnabled(True)
            host = target.url.host if target.url is not None else None
            if host:
                text = translate(
                    "first_run.location_page", "Connected to PostgreSQL {version} at {host}."
                )
            else:
                text = translate(
                    "first_run.location_page", "Connected to PostgreSQL {version} at the socket."
                )
            self.test_result.show_ok(text.format(version=version, host=host))

        def failed(exc: BaseException) -> None:
            self.test_button.setEnabled(True)
            if isinstance(exc, PasswordNeeded):
                self.ask_password(exc)
                return
            message, hint = describe(exc)
            self.test_result.show_error(message, hint)

        self.tasks.run(probe, done, failed, owner=self)

    def ask_password(self, why: PasswordNeeded) -> None:
        """The server wants a password (or refused it): say so under the fields and put
        the cursor in the Password field, which is where this page takes it."""
        if why.refused:
            message = translate(
                "first_run.location_page",
                "The server at {host} refused the password for user {login}.",
            )
            hint = translate(
                "first_run.location_page",
                "Type the password again in Password, then Test connection or Next.",
            )
        else:
            message = translate(
                "first_run.location_page", "The server at {host} wants a password for user {login}."
            )
            hint = translate(
                "first_run.location_page", "Type it in Password, then Test connection or Next."
            )
        message = message.format(host=why.host, login=repr(why.login))
        self.test_result.show_error(message, hint)
        self.password_edit.setFocus()
        self.password_edit.selectAll()
