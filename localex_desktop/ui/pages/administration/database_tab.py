"""The Database tab: where the data lives and which schema it has (``system.info``)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from localex_desktop.services import system
from localex_desktop.ui.backup.panel import BackupPanel
from localex_desktop.ui.context import AppContext
from localex_desktop.ui.errors import describe
from localex_desktop.ui.i18n import translate, translate_marked
from localex_desktop.ui.widgets import ERROR_STYLE, OK_STYLE, MessageLabel, message_row

_MODES = {
    "embedded": QT_TRANSLATE_NOOP(
        "pages.administration.database_tab", "Embedded database on this computer"
    ),
    "server": QT_TRANSLATE_NOOP("pages.administration.database_tab", "PostgreSQL server"),
    "review": QT_TRANSLATE_NOOP(
        "pages.administration.database_tab", "Backup opened for review (read-only)"
    ),
}


class DatabaseTab(QWidget):
    """Loaded on a worker when built and on Refresh; :attr:`loaded` fires with the info."""

    loaded = Signal(object)
    load_failed = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.info: system.Info | None = None
        self.fields: dict[str, QLabel] = {}

        connection = QGroupBox(translate("pages.administration.database_tab", "Connection"))
        connection_form = QFormLayout(connection)
        schema = QGroupBox(translate("pages.administration.database_tab", "Program and schema"))
        schema_form = QFormLayout(schema)
        for form, key, label in (
            (
                connection_form,
                "mode",
                translate("pages.administration.database_tab", "Connection:"),
            ),
            (
                connection_form,
                "database_url",
                translate("pages.administration.database_tab", "Database URL:"),
            ),
            (
                connection_form,
                "data_dir",
                translate("pages.administration.database_tab", "Data folder:"),
            ),
            (
                connection_form,
                "server_version",
                translate("pages.administration.database_tab", "Server version:"),
            ),
            (
                schema_form,
                "app_version",
                translate("pages.administration.database_tab", "Program version:"),
            ),
            (
                schema_form,
                "schema_revision",
                translate("pages.administration.database_tab", "Schema revision:"),
            ),
            (
                schema_form,
                "head_revision",
                translate("pages.administration.database_tab", "Latest schema revision:"),
            ),
            (
                schema_form,
                "schema_state",
                translate("pages.administration.database_tab", "Schema state:"),
            ),
        ):
            value = QLabel("…")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
            self.fields[key] = value
            form.addRow(label, value)

        self.refresh_button = QPushButton(translate("pages.administration.database_tab", "Refresh"))
        self.refresh_button.setToolTip(
            translate(
                "pages.administration.database_tab", "Read the connection and schema details again"
            )
        )
        self.refresh_button.clicked.connect(self.refresh)
        self.message = MessageLabel()
        buttons = message_row(self.message, self.refresh_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(12)
        layout.addWidget(connection)
        layout.addWidget(schema)
        # back up, restore, verify, migrate, downgrade, and the backup settings
        self.backup_panel = BackupPanel(ctx)
        self.backup_panel.changed.connect(self.refresh)
        layout.addWidget(self.backup_panel)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.refresh()

    def refresh(self) -> None:
        self.refresh_button.setEnabled(False)
        self.message.clear_message()
        db = self.ctx.db
        self.ctx.tasks.run(lambda: system.info(db), self._show, self._failed, owner=self)

    def _show(self, info: system.Info) -> None:
        self.refresh_button.setEnabled(True)
        self.info = info
        values = {
            "mode": translate_marked(
                "pages.administration.database_tab", str(_MODES.get(info.mode, info.mode))
            ),
            "database_url": info.database_url,
            "data_dir": info.data_dir
            or translate("pages.administration.database_tab", "— (kept by the server)"),
            "server_version": translate(
                "pages.administration.database_tab", "PostgreSQL {version}"
            ).format(version=info.server_version),
            "app_version": info.app_version,
            "schema_revision": info.schema_revision
            or translate("pages.administration.database_tab", "— (not set up)"),
            "head_revision": info.head_revision,
        }
        for key, text in values.items():
            self.fields[key].setText(text)
        state = self.fields["schema_state"]
        if info.schema_revision == info.head_revision:
            state.setText(translate("pages.administration.database_tab", "Up to date"))
            state.setStyleSheet(OK_STYLE)
        else:
            state.setText(translate("pages.administration.database_tab", "Needs an upgrade"))
            state.setStyleSheet(ERROR_STYLE)
        self.loaded.emit(info)

    def _failed(self, exc: BaseException) -> None:
        self.refresh_button.setEnabled(True)
        message, hint = describe(exc)
        self.message.show_error(message, hint)
        self.load_failed.emit(message)
