"""Back up now: where to, an optional passphrase, progress with Cancel, and the result."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from localex_desktop.services import backup
from localex_desktop.services.backup import BackupResult, format_size
from localex_desktop.ui.backup.logic import (
    BackupForm,
    Strength,
    format_when,
    passphrase_strength,
    yes_no,
)
from localex_desktop.ui.backup.progress import ProgressPanel
from localex_desktop.ui.backup.steps import StepDialog, fill_form
from localex_desktop.ui.context import AppContext
from localex_desktop.ui.errors import describe, show_error
from localex_desktop.ui.i18n import translate
from localex_desktop.ui.widgets import (
    ERROR_STYLE,
    MUTED_STYLE,
    OK_STYLE,
    STRETCH,
    MessageLabel,
    browse_row,
    choose_folder,
    form_row,
    hint_label,
)

_STRENGTH_STYLE = {
    Strength.TOO_SHORT: ERROR_STYLE,
    Strength.WEAK: ERROR_STYLE,
    Strength.FAIR: MUTED_STYLE,
    Strength.STRONG: OK_STYLE,
}


class BackupDialog(StepDialog):
    """One backup file of the current database, written on a worker."""

    finished_backup = Signal(object)  # BackupResult

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(translate("backup.backup_dialog", "Back up now"), parent)
        self.ctx = ctx
        self.result_value: BackupResult | None = None
        self.form = BackupForm(folder="")

        # page 1: where, and the passphrase
        self.folder_edit = QLineEdit()
        self.folder_edit.setPlaceholderText(
            translate("backup.backup_dialog", "A folder, e.g. on a USB stick")
        )
        self.browse_button, folder_row = browse_row(self.folder_edit, self.browse)
        self.encrypt_box = QCheckBox(
            translate("backup.backup_dialog", "Encrypt the backup with a passphrase")
        )
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_edit = QLineEdit()
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.strength_label = hint_label("")
        self.encrypt_note = hint_label(
            translate(
                "backup.backup_dialog",
                "The file holds members' names, addresses and phone numbers: encrypt it when "
                "it leaves this computer (a USB stick, email). Without the passphrase nobody, "
                "not even you, can restore it, so keep it somewhere safe.",
            )
        )
        self.message = MessageLabel()
        form = QFormLayout()
        form_row(
            form, translate("backup.backup_dialog", "Save in folder:"), folder_row, self.folder_edit
        )
        form.addRow("", self.encrypt_box)
        form.addRow(translate("backup.backup_dialog", "Passphrase:"), self.passphrase_edit)
        form.addRow(translate("backup.backup_dialog", "Same again:"), self.repeat_edit)
        form.addRow("", self.strength_label)
        for edit in (self.folder_edit, self.passphrase_edit, self.repeat_edit):
            edit.textChanged.connect(self.update_form)
        self.encrypt_box.toggled.connect(self.update_form)
        self.form_page = self.add_column_page(form, self.encrypt_note, STRETCH, self.message)

        # page 2: progress
        self.progress = ProgressPanel()
        self.add_page(self.progress)

        # page 3: the result
        self.result_form = QFormLayout()
        self.open_folder_button = QPushButton(translate("backup.backup_dialog", "Open the folder"))
        self.open_folder_button.clicked.connect(self.open_folder)
        self.result_message = MessageLabel()
        self.result_page = self.add_column_page(
            self.result_message,
            self.result_form,
            STRETCH,
            (self.open_folder_button, 0, Qt.AlignmentFlag.AlignLeft),
        )

        self.show_form()
        self.load_default_folder()

    # -- page 1 -----------------------------------------------------------------------

    def load_default_folder(self) -> None:
        default = backup.default_folder(self.ctx.db)

        def show(config: backup.BackupConfig) -> None:
            if not self.folder_edit.text():
                self.folder_edit.setText(str(config.folder))

        self.ctx.query(lambda s, _a: backup.read_config(s, default), show, owner=self)

    def browse(self) -> None:
        choose_folder(
            self, translate("backup.backup_dialog", "Folder for the backup"), self.folder_edit
        )

    def show_form(self) -> None:
        self.show_page(
            self.form_page,
            translate(
                "backup.backup_dialog",
                "A backup is one .localex file holding everything: members, accounts, the "
                "ledger and the settings.",
            ),
        )
        self.update_form()

    def update_form(self) -> None:
        self.form = BackupForm(
            folder=self.folder_edit.text(),
            encrypt=self.encrypt_box.isChecked(),
            passphrase=self.passphrase_edit.text(),
            repeat=self.repeat_edit.text(),
        )
        encrypt = self.form.encrypt
        for widget in (self.passphrase_edit, self.repeat_edit, self.strength_label):
            widget.setEnabled(encrypt)
        strength, words = passphrase_strength(self.form.passphrase)
        self.strength_label.setText(words if encrypt else "")
        self.strength_label.setStyleSheet(_STRENGTH_STYLE[strength])
        errors = self.form.errors()
        # a short passphrase is already said under the field ("Too short: 5 of at least 8
        # characters."): the message line does not say it a second time
        shown = {
            k: v
            for k, v in errors.items()
            if k != "passphrase" or (self.form.passphrase and strength != Strength.TOO_SHORT)
        }
        if "repeat" in shown and not self.form.repeat:
            shown.pop("repeat")
        if shown:
            self.message.show_error(next(iter(shown.values())))
        else:
            self.message.clear_message()
        self.set_buttons(
            next_text=translate("backup.backup_dialog", "Back up"), next_enabled=not errors
        )

    # -- the work ---------------------------------------------------------------------

    def go_next(self) -> None:
        if self.stack.currentWidget() is self.form_page:
            self.start()
        else:
            self.accept()

    def start(self) -> None:
        self.update_form()
        if not self.form.complete():
            return
        db, actor = self.ctx.db, self.ctx.actor
        out, secret = self.form.out(), self.form.secret()
        self.show_progress(
            self.progress,
            translate("backup.backup_dialog", "Backing up to {folder}").format(folder=out),
        )
        self.run_work(
            self.ctx.tasks,
            self.progress,
            lambda report, cancel: backup.create_backup(
                db, actor, out=out, passphrase=secret, progress=report, cancel=cancel
            ),
            self._done,
            self._failed,
        )

    def _done(self, result: BackupResult) -> None:
        self.result_value = result
        self.result_message.show_ok(translate("backup.backup_dialog", "The backup was written."))
        fill_form(
            self.result_form,
            [
                (translate("backup.backup_dialog", "File:"), str(result.path)),
                (translate("backup.backup_dialog", "Size:"), format_size(result.bytes)),
                (translate("backup.backup_dialog", "SHA-256:"), grouped(result.sha256)),
                (
                    translate("backup.backup_dialog", "Made:"),
                    format_when(result.manifest.created_at),
                ),
                (
                    translate("backup.backup_dialog", "Encrypted:"),
                    yes_no(bool(result.manifest.encryption)),
                ),
            ],
        )
        self.show_page(self.result_page)
        close = translate("backup.backup_dialog", "Close")
        self.set_buttons(next_text=close, cancel_text=close, cancel_enabled=False)
        self.cancel_button.setVisible(False)
        self.finished_backup.emit(result)

    def _failed(self, exc: BaseException) -> None:
        self.show_form()
        if isinstance(exc, backup.Cancelled):
            self.message.show_error(
                translate("backup.backup_dialog", "Cancelled: no backup file was written.")
            )
            return
        message, hint = describe(exc)
        self.message.show_error(message, hint)
        show_error(self, exc, title=translate("backup.backup_dialog", "The backup failed"))

    def open_folder(self) -> None:
        if self.result_value is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.result_value.path.parent)))


def grouped(digest: str, size: int = 16) -> str:
    """A checksum in groups of ``size`` characters: it wraps in a narrow dialog instead of
    losing its last digits, and reads aloud group by group when compared."""
    return " ".join(digest[i : i + size] for i in range(0, len(digest), size))
