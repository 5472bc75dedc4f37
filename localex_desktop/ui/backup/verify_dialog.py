"""Verify a backup: restore it into a scratch database, compare, check the ledger; say so."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QWidget,
)

from localex_desktop.domain import backup_format as fmt
from localex_desktop.domain.errors import LocalexError
from localex_desktop.services import backup
from localex_desktop.services.backup import VerifyBackupResult
from localex_desktop.ui.backup.logic import format_when, manifest_rows
from localex_desktop.ui.backup.progress import ProgressPanel
from localex_desktop.ui.backup.restore_wizard import choose_backup_file
from localex_desktop.ui.backup.steps import StepDialog, fill_form
from localex_desktop.ui.context import AppContext
from localex_desktop.ui.errors import describe
from localex_desktop.ui.i18n import translate
from localex_desktop.ui.widgets import STRETCH, MessageLabel, browse_row, form_row


class VerifyBackupDialog(StepDialog):
    """Nothing in the current database changes; the scratch copy is always dropped."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(translate("backup.verify_dialog", "Verify a backup"), parent)
        self.ctx = ctx
        self.result_value: VerifyBackupResult | None = None
        self.encrypted = False
        self.setMinimumSize(600, 440)

        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(
            translate("backup.verify_dialog", "A {suffix} file").format(suffix=fmt.SUFFIX)
        )
        self.browse_button, row = browse_row(self.path_edit, self.browse)
        self.passphrase_label = QLabel(translate("backup.verify_dialog", "&Passphrase:"))
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_label.setBuddy(self.passphrase_edit)
        form = QFormLayout()
        form_row(form, translate("backup.verify_dialog", "Backup &file:"), row, self.path_edit)
        form.addRow(self.passphrase_label, self.passphrase_edit)
        self.message = MessageLabel()
        self.path_edit.textChanged.connect(self._path_edited)
        self.passphrase_edit.textChanged.connect(lambda _t: self._update_buttons())
        self.choose_page = self.add_column_page(form, self.message, STRETCH)

        self.progress = ProgressPanel()
        self.add_page(self.progress)

        self.result_message = MessageLabel()
        self.result_form = QFormLayout()
        self.differences = QListWidget()
        self.differences.setAccessibleName(translate("backup.verify_dialog", "Differences"))
        self.differences.setVisible(False)
        self.result_page = self.add_column_page(
            self.result_message, self.result_form, (self.differences, 1)
        )
        self.show_choose()

    def show_choose(self) -> None:
        self.show_page(
            self.choose_page,
            translate(
                "backup.verify_dialog",
                "The backup is restored into a scratch database, compared with its manifest, "
                "and its ledger is verified. Nothing in the current data changes.",
            ),
        )
        self.cancel_button.setVisible(True)
        self._path_edited(self.path_edit.text())
        self.path_edit.setFocus()  # a path can be typed (or pasted) at once

    def browse(self) -> None:
        path = choose_backup_file(self, str(backup.default_folder(self.ctx.db)))
        if path:
            self.path_edit.setText(path)

    def _path_edited(self, text: str) -> None:
        """Read the header at once: whether to ask for a passphrase, or why it is refused."""
        self.encrypted = False
        self.message.clear_message()
        if text.strip():
            try:
                self.encrypted = fmt.read_header(Path(text.strip()).expanduser()).encrypted
            except LocalexError as exc:
                self.message.show_refusal(exc)
        self.passphrase_label.setVisible(self.encrypted)
        self.passphrase_edit.setVisible(self.encrypted)
        self._update_buttons()

    def _update_buttons(self) -> None:
        ready = bool(self.path_edit.text().strip()) and (
            not self.encrypted or bool(self.passphrase_edit.text())
        )
        self.set_buttons(next_text=translate("backup.verify_dialog", "Verify"), next_enabled=ready)

    def go_next(self) -> None:
        if self.stack.currentWidget() is self.result_page:
            self.accept()
            return
        path = Path(self.path_edit.text().strip()).expanduser()
        passphrase = self.passphrase_edit.text() if self.encrypted else None
        db, actor = self.ctx.db, self.ctx.actor
        self.show_progress(
            self.progress,
            translate("backup.verify_dialog", "Verifying {name}").format(name=path.name),
        )
        self.run_work(
            self.ctx.tasks,
            self.progress,
            lambda report, cancel: backup.verify_backup(
                path, db=db, passphrase=passphrase, actor=actor, progress=report, cancel=cancel
            ),
            self._done,
            self._failed,
        )

    def go_back(self) -> None:
        self.show_choose()

    def _done(self, result: VerifyBackupResult) -> None:
        self.result_value = result
        rows = manifest_rows(result.manifest, encrypted=result.manifest.encryption is not None)
        if result.migrated_from:
            rows.append(
                (
                    translate("backup.verify_dialog", "Checked after:"),
                    translate(
                        "backup.verify_dialog", "bringing it up from schema {revision}"
                    ).format(revision=result.migrated_from),
                )
            )
        rows.append(
            (
                translate("backup.verify_dialog", "Checked in:"),
                translate("backup.verify_dialog", "{seconds} s").format(
                    seconds=f"{result.seconds:.1f}"
                ),
            )
        )
        fill_form(self.result_form, rows)
        problems = list(result.differences)
        if result.ledger is not None and not result.ledger.ok:
            problems += [p.message for p in result.ledger.problems]
        self.differences.clear()
        self.differences.addItems(problems)
        self.differences.setVisible(bool(problems))
        if result.ok:
            self.result_message.show_ok(
                translate(
                    "backup.verify_dialog",
                    "OK: the backup of {when} restores, matches its manifest, and its ledger "
                    "verifies.",
                ).format(when=format_when(result.manifest.created_at))
            )
        else:
            self.result_message.show_error(
                translate(
                    "backup.verify_dialog",
                    "The backup does not verify: %n difference(s) or problem(s).",
                    None,
                    len(problems),
                )
            )
        self.show_page(self.result_page)
        self.set_buttons(
            back=True, next_text=translate("backup.verify_dialog", "Close"), cancel_enabled=False
        )
        self.cancel_button.setVisible(False)

    def _failed(self, exc: BaseException) -> None:
        fill_form(self.result_form, [])
        self.differences.setVisible(False)
        if isinstance(exc, backup.Cancelled):
            self.result_message.show_error(translate("backup.verify_dialog", "Cancelled."))
        else:
            message, hint = describe(exc)
            self.result_message.show_error(
                translate("backup.verify_dialog", "The backup does not verify: {message}").format(
                    message=message
                ),
                hint,
            )
        self.show_page(self.result_page)
        self.set_buttons(
            back=True, next_text=translate("backup.verify_dialog", "Close"), cancel_enabled=False
        )
        self.cancel_button.setVisible(False)
