"""Restore: choose a file → passphrase → what it holds and confirm → progress → result.

Draws :class:`ui.backup.logic.RestoreLogic`; the restore itself is
:func:`services.backup.restore_backup` on a worker (safety backup, a new database,
verify, switch by rename). After a restore the database was renamed underneath the
program: :attr:`RestoreWizard.restored` tells the window to reconnect and refresh.

The confirm page lists who else is connected ("2 others are connected: ann at desk-2
since 09:14, …"); with others there, Restore waits for "Ask them to close, and
disconnect them after 30 s" to be ticked, and a login that may not disconnect them is
told so before anything is done. Their windows then count down and go back to the
sign-in.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from localex_desktop.domain import backup_format as fmt
from localex_desktop.services import backup
from localex_desktop.services.backup import RestoreResult, format_size
from localex_desktop.ui.backup.logic import (
    RestoreLogic,
    RestoreStep,
    format_when,
    manifest_rows,
)
from localex_desktop.ui.backup.others import OthersPanel
from localex_desktop.ui.backup.progress import ProgressPanel
from localex_desktop.ui.backup.steps import StepDialog, fill_form
from localex_desktop.ui.context import AppContext
from localex_desktop.ui.errors import describe
from localex_desktop.ui.i18n import translate
from localex_desktop.ui.widgets import STRETCH, MessageLabel, browse_row, hint_label


def file_filter() -> str:
    """The file dialog's filter: the words translated, the patterns kept."""
    return translate("backup.restore_wizard", "LocalEx backups (*{suffix});;All files (*)").format(
        suffix=fmt.SUFFIX
    )


def choose_backup_file(parent: QWidget | None, start: str = "") -> str:
    path, _filter = QFileDialog.getOpenFileName(
        parent, translate("backup.restore_wizard", "Choose a backup"), start, file_filter()
    )
    return path


class RestoreWizard(StepDialog):
    """Replaces the current data with a backup, after a safety backup of it."""

    restored = Signal(object)  # RestoreResult

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(translate("backup.restore_wizard", "Restore a backup"), parent)
        self.ctx = ctx
        self.logic = RestoreLogic(backup.default_folder(ctx.db))
        self.step = RestoreStep.FILE
        self.result_value: RestoreResult | None = None
        self.setMinimumSize(620, 460)

        # 1. the file
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(
            translate("backup.restore_wizard", "A {suffix} file").format(suffix=fmt.SUFFIX)
        )
        self.browse_button, row = browse_row(self.path_edit, self.browse)
        self.file_message = MessageLabel()
        self.path_edit.textChanged.connect(self._path_edited)
        file_label = QLabel(translate("backup.restore_wizard", "&Backup file:"))
        file_label.setBuddy(self.path_edit)
        self.file_page = self.add_column_page(file_label, row, self.file_message, STRETCH)

        # 2. the passphrase
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_edit.textChanged.connect(lambda _t: self._refresh_buttons())
        self.passphrase_message = MessageLabel()
        form = QFormLayout()
        form.addRow(translate("backup.restore_wizard", "Passphrase:"), self.passphrase_edit)
        self.passphrase_page = self.add_column_page(
            hint_label(
                translate(
                    "backup.restore_wizard",
                    "This backup is encrypted. Enter the passphrase it was made with.",
                )
            ),
            form,
            self.passphrase_message,
            STRETCH,
        )

        # 3. what it holds, and confirm
        self.manifest_form = QFormLayout()
        self.safety_label = QLabel("")
        self.safety_label.setWordWrap(True)
        self.confirm_box = QCheckBox(
            translate("backup.restore_wizard", "Replace the current data with this backup")
        )
        self.confirm_box.toggled.connect(self._confirm_toggled)
        self.others = OthersPanel("restore")
        self.others.changed.connect(self._refresh_buttons)
        self.confirm_page = self.add_column_page(
            self.manifest_form,
            8,
            self.safety_label,
            self.others,
            self.confirm_box,
            STRETCH,
        )

        # 4. progress, 5. result
        self.progress = ProgressPanel()
        self.add_page(self.progress)
        self.result_message = MessageLabel()
        self.result_form = QFormLayout()
        self.result_page = self.add_column_page(self.result_message, self.result_form, STRETCH)

        self.go_to(RestoreStep.FILE)
        default = backup.default_folder(ctx.db)
        ctx.query(lambda s, _a: backup.read_config(s, default), self._config_loaded, owner=self)

    def _config_loaded(self, config: backup.BackupConfig) -> None:
        self.logic.safety_folder = config.folder
        self.safety_label.setText(self.logic.safety_text())

    # -- navigation -------------------------------------------------------------------

    def go_to(self, step: RestoreStep) -> None:
        self.step = step
        pages = {
            RestoreStep.FILE: (
                self.file_page,
                translate("backup.restore_wizard", "Choose the backup file to restore."),
            ),
            RestoreStep.PASSPHRASE: (self.passphrase_page, ""),
            RestoreStep.CONFIRM: (
                self.confirm_page,
                translate(
                    "backup.restore_wizard",
                    "Check that this is the backup you mean: the data it holds replaces "
                    "everything in the database now.",
                ),
            ),
            RestoreStep.PROGRESS: (self.progress, ""),
            RestoreStep.RESULT: (self.result_page, ""),
        }
        page, text = pages[step]
        self.show_page(page, text)
        if step is RestoreStep.CONFIRM:
            fill_form(
                self.manifest_form,
                [
                    (translate("backup.restore_wizard", "File:"), str(self.logic.path)),
                    *manifest_rows(self.logic.manifest, encrypted=self.logic.needs_passphrase()),
                ],
            )
            self.safety_label.setText(self.logic.safety_text())
            self.confirm_box.setChecked(False)
            self.others.look(self.ctx.db, self.ctx.tasks)
        if step is RestoreStep.PASSPHRASE:
            self.passphrase_edit.setFocus()
        self._refresh_buttons()

    def _refresh_buttons(self) -> None:
        step = self.step
        if step is RestoreStep.FILE:
            self.set_buttons(next_enabled=bool(self.path_edit.text().strip()))
        elif step is RestoreStep.PASSPHRASE:
            self.set_buttons(back=True, next_enabled=bool(self.passphrase_edit.text()))
        elif step is RestoreStep.CONFIRM:
            self.set_buttons(
                back=True,
                next_text=translate("backup.restore_wizard", "Restore"),
                next_enabled=self.logic.confirmed and self.others.settled,
            )
        elif step is RestoreStep.PROGRESS:
            self.set_buttons(next_text=None, cancel_enabled=False)
        else:
            self.set_buttons(
                next_text=translate("backup.restore_wizard", "Close"), cancel_enabled=False
            )
            self.cancel_button.setVisible(False)

    def go_back(self) -> None:
        if self.step is RestoreStep.PASSPHRASE:
            self.go_to(RestoreStep.FILE)
        elif self.step is RestoreStep.CONFIRM:
            back = RestoreStep.PASSPHRASE if self.logic.needs_passphrase() else RestoreStep.FILE
            self.go_to(back)

    def go_next(self) -> None:
        if self.step is RestoreStep.FILE:
            self.check_file()
        elif self.step is RestoreStep.PASSPHRASE:
            self.check_passphrase()
        elif self.step is RestoreStep.CONFIRM:
            if self.logic.can_leave(RestoreStep.CONFIRM):
                self.start()
        elif self.step is RestoreStep.RESULT:
            self.accept()

    # -- page 1 -----------------------------------------------------------------------

    def browse(self) -> None:
        path = choose_backup_file(self, str(self.logic.safety_folder))
        if path:
            self.path_edit.setText(path)
            self.check_file()

    def _path_edited(self, _text: str) -> None:
        self.file_message.clear_message()
        self._refresh_buttons()

    def check_file(self) -> None:
        """Read the header; a plain file is then read whole and checked before going on."""
        if not self.logic.choose(self.path_edit.text()):
            self.file_message.show_error(
                self.logic.error
                or translate("backup.restore_wizard", "This file cannot be restored.")
            )
            return
        if self.logic.needs_passphrase():
            self.file_message.clear_message()
            self.go_to(RestoreStep.PASSPHRASE)
            return
        self.next_button.setEnabled(False)
        self.file_message.show_ok(translate("backup.restore_wizard", "Checking the whole file…"))
        self.ctx.tasks.run(
            self.logic.check_plain, lambda _none: self._checked(), self._damaged, owner=self
        )

    def _checked(self) -> None:
        self.file_message.clear_message()
        self.go_to(RestoreStep.CONFIRM)

    def _damaged(self, exc: BaseException) -> None:
        self.file_message.show_error(*describe(exc))
        self._refresh_buttons()

    # -- page 2 -----------------------------------------------------------------------

    def check_passphrase(self) -> None:
        passphrase = self.passphrase_edit.text()
        self.next_button.setEnabled(False)
        self.passphrase_message.show_ok(
            translate("backup.restore_wizard", "Checking the passphrase and the whole file…")
        )
        self.ctx.tasks.run(
            lambda: self.logic.unlock(passphrase),
            lambda _none: self._unlocked(),
            self._locked,
            owner=self,
        )

    def _unlocked(self) -> None:
        self.passphrase_message.clear_message()
        self.go_to(RestoreStep.CONFIRM)

    def _locked(self, exc: BaseException) -> None:
        message, hint = describe(exc)
        self.passphrase_message.show_error(message, hint)
        self.passphrase_edit.selectAll()
        self._refresh_buttons()

    # -- page 3 and the work ----------------------------------------------------------

    def _confirm_toggled(self, checked: bool) -> None:
        self.logic.confirmed = checked
        self._refresh_buttons()

    def start(self) -> None:
        db, actor = self.ctx.db, self.ctx.actor
        path = self.logic.path
        assert path is not None
        passphrase = self.logic.passphrase or None
        takeover = self.others.takeover(actor.name)
        self.progress.start(
            translate("backup.restore_wizard", "Restoring {name}").format(name=path.name)
        )
        self.go_to(RestoreStep.PROGRESS)
        self.run_work(
            self.ctx.tasks,
            self.progress,
            lambda report, cancel: backup.restore_backup(
                db,
                actor,
                Path(path),
                passphrase=passphrase,
                progress=report,
                cancel=cancel,
                takeover=takeover,
            ),
            self._done,
            self._failed,
        )

    def _done(self, result: RestoreResult) -> None:
        self.result_value = result
        rows = [
            (
                translate("backup.restore_wizard", "Restored:"),
                translate("backup.restore_wizard", "backup of {when}").format(
                    when=format_when(result.manifest.created_at)
                ),
            ),
            (translate("backup.restore_wizard", "Schema now:"), result.schema_revision or "—"),
        ]
        if result.migrated_from:
            rows.append(
                (
                    translate("backup.restore_wizard", "Brought up from:"),
                    translate("backup.restore_wizard", "schema {revision}").format(
                        revision=result.migrated_from
                    ),
                )
            )
        if result.ledger is not None:
            rows.append(
                (
                    translate("backup.restore_wizard", "Ledger:"),
                    translate(
                        "backup.restore_wizard",
                        "verified, %Ln transaction(s)",
                        None,
                        result.ledger.transactions,
                    ),
                )
            )
        if result.safety_backup is not None:
            size = result.safety_backup.stat().st_size if result.safety_backup.exists() else 0
            rows.append(
                (
                    translate("backup.restore_wizard", "Safety backup:"),
                    f"{result.safety_backup} ({format_size(size)})",
                )
            )
        if result.previous_kept_as:
            rows.append(
                (
                    translate("backup.restore_wizard", "Previous data:"),
                    translate("backup.restore_wizard", "also kept as database {name}").format(
                        name=result.previous_kept_as
                    ),
                )
            )
        rows.append(
            (
                translate("backup.restore_wizard", "Took:"),
                translate("backup.restore_wizard", "{seconds} s").format(
                    seconds=f"{result.seconds:.1f}"
                ),
            )
        )
        fill_form(self.result_form, rows)
        self.result_message.show_ok(
            translate("backup.restore_wizard", "The backup was restored and verified.")
        )
        self.go_to(RestoreStep.RESULT)
        self.restored.emit(result)

    def _failed(self, exc: BaseException) -> None:
        fill_form(self.result_form, [])
        if isinstance(exc, backup.Cancelled):
            self.result_message.show_error(
                translate("backup.restore_wizard", "Cancelled. Nothing was changed.")
            )
        else:
            message, hint = describe(exc)
            unchanged = translate("backup.restore_wizard", "Your current data is unchanged.")
            self.result_message.show_error(
                translate("backup.restore_wizard", "The restore did not happen: {message}").format(
                    message=message
                ),
                f"{hint} {unchanged}" if hint else unchanged,
            )
        self.go_to(RestoreStep.RESULT)
