"""The backup part of Administration → Database: actions, schema, and backup settings.

Buttons: Back up now…, Restore…, Verify a backup…, Migrate…, Downgrade…; and the
settings of automatic backups (folder, how many to keep, when to warn, how often),
saved with :func:`services.backup.save_config` (audited): the folder for this
computer, the rest for the whole exchange. Buttons a role may not use are
disabled with the reason as tooltip; in review mode only Verify stays.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from localex_desktop.domain.roles import Actor, Permission
from localex_desktop.services import backup, migration_flow
from localex_desktop.services.backup import BackupConfig, Retention
from localex_desktop.ui import messages
from localex_desktop.ui.backup import actions
from localex_desktop.ui.backup.migration_wizard import MigrationWizard
from localex_desktop.ui.context import AppContext
from localex_desktop.ui.errors import describe
from localex_desktop.ui.i18n import translate
from localex_desktop.ui.widgets import MessageLabel, browse_row, choose_folder, form_row, hint_label


def _spin(maximum: int, suffix: str = "") -> QSpinBox:
    box = QSpinBox()
    box.setRange(0, maximum)
    box.setSuffix(suffix)
    return box


def _hours() -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(0.25, 24 * 366)
    box.setDecimals(2)
    box.setSingleStep(1)
    box.setSuffix(translate("backup.panel", " hours"))
    box.setMaximumWidth(160)
    return box


class BackupPanel(QWidget):
    """Lives on the Database tab; :attr:`changed` fires after a restore or a migration."""

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.config: BackupConfig | None = None
        review = ctx.db.mode == "review"

        # actions
        self.backup_button = QPushButton(translate("backup.panel", "Back up now…"))
        self.restore_button = QPushButton(translate("backup.panel", "Restore…"))
        self.verify_button = QPushButton(translate("backup.panel", "Verify a backup…"))
        self.migrate_button = QPushButton(translate("backup.panel", "Migrate…"))
        self.downgrade_button = QPushButton(translate("backup.panel", "Downgrade…"))
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.restore)
        self.verify_button.clicked.connect(lambda: actions.verify_a_backup(self.ctx, self))
        self.migrate_button.clicked.connect(self.migrate)
        self.downgrade_button.clicked.connect(self.downgrade)
        can_db = actions.can_manage_database(ctx)
        for key, button, allowed, tip in (
            (
                "backup",
                self.backup_button,
                actions.can_back_up(ctx),
                translate("backup.panel", "Write a backup file now"),
            ),
            (
                "restore",
                self.restore_button,
                actions.can_restore(ctx),
                translate("backup.panel", "Replace the data with a backup (safety backup first)"),
            ),
            (
                "verify",
                self.verify_button,
                ctx.can(Permission.READ),
                translate("backup.panel", "Check that a backup file restores"),
            ),
            (
                "migrate",
                self.migrate_button,
                can_db,
                translate("backup.panel", "Apply pending schema changes (backup first)"),
            ),
            (
                "migrate",
                self.downgrade_button,
                can_db,
                translate("backup.panel", "Go back to an earlier schema (backup first)"),
            ),
        ):
            button.setEnabled(allowed)
            button.setToolTip(tip if allowed else actions.why_not(ctx, key))
        row = QHBoxLayout()
        for button in (
            self.backup_button,
            self.restore_button,
            self.verify_button,
            self.migrate_button,
            self.downgrade_button,
        ):
            row.addWidget(button)
        row.addStretch(1)

        # settings of automatic backups
        self.folder_edit = QLineEdit()
        self.folder_edit.setToolTip(
            translate(
                "backup.panel",
                "Kept for this computer: another coordinator's computer has its own folder",
            )
        )
        self.browse_button, folder_row = browse_row(self.folder_edit, self.browse)
        self.daily_spin = _spin(1000, translate("backup.panel", " daily"))
        self.weekly_spin = _spin(1000, translate("backup.panel", " weekly"))
        self.monthly_spin = _spin(1000, translate("backup.panel", " monthly"))
        keep_row = QHBoxLayout()
        for box, name in (
            (self.daily_spin, translate("backup.panel", "Daily backups to keep")),
            (self.weekly_spin, translate("backup.panel", "Weekly backups to keep")),
            (self.monthly_spin, translate("backup.panel", "Monthly backups to keep")),
        ):
            box.setAccessibleName(name)
            keep_row.addWidget(box)
        keep_row.addStretch(1)
        self.max_age_spin = _hours()
        self.interval_spin = _hours()
        self.save_button = QPushButton(translate("backup.panel", "Save backup settings"))
        self.save_button.clicked.connect(self.save)
        self.message = MessageLabel()
        form = QFormLayout()
        form_row(form, translate("backup.panel", "Backup folder:"), folder_row, self.folder_edit)
        form_row(form, translate("backup.panel", "Keep:"), keep_row, self.daily_spin)
        form.addRow(translate("backup.panel", "Automatic backup every:"), self.interval_spin)
        form.addRow(translate("backup.panel", "Warn when older than:"), self.max_age_spin)
        can_edit = ctx.can(Permission.MANAGE_SETTINGS) and not review and not ctx.db.read_only
        for widget in (
            self.folder_edit,
            self.browse_button,
            self.daily_spin,
            self.weekly_spin,
            self.monthly_spin,
            self.max_age_spin,
            self.interval_spin,
            self.save_button,
        ):
            widget.setEnabled(can_edit)
        save_row = QHBoxLayout()
        save_row.addWidget(self.message, 1)
        save_row.addStretch(0)  # keeps the button small while no message shows
        save_row.addWidget(self.save_button)

        group = QGroupBox(translate("backup.panel", "Backups"))
        inner = QVBoxLayout(group)
        inner.addLayout(row)
        inner.addWidget(
            hint_label(
                translate(
                    "backup.panel",
                    "Automatic backups go to the backup folder while the program runs and when "
                    "it closes; older ones are removed by the rules below (the newest is always "
                    "kept).",
                )
            )
        )
        inner.addLayout(form)
        inner.addLayout(save_row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(group)
        self.load()

    # -- settings ---------------------------------------------------------------------

    def load(self) -> None:
        default = backup.default_folder(self.ctx.db)
        self.ctx.query(
            lambda s, _a: backup.read_config(s, default), self._show, self._failed, owner=self
        )

    def _show(self, config: BackupConfig) -> None:
        self.config = config
        self.folder_edit.setText(str(config.folder))
        self.daily_spin.setValue(config.retention.daily)
        self.weekly_spin.setValue(config.retention.weekly)
        self.monthly_spin.setValue(config.retention.monthly)
        self.max_age_spin.setValue(config.max_age_hours)
        self.interval_spin.setValue(config.interval_hours)

    def _failed(self, exc: BaseException) -> None:
        message, hint = describe(exc)
        self.message.show_error(message, hint)

    def browse(self) -> None:
        choose_folder(self, translate("backup.panel", "Backup folder"), self.folder_edit)

    def save(self) -> None:
        """Folder to this computer's settings, the rest to the exchange's; one transaction."""
        folder = self.folder_edit.text()
        retention = Retention(
            self.daily_spin.value(), self.weekly_spin.value(), self.monthly_spin.value()
        )
        max_age, interval = self.max_age_spin.value(), self.interval_spin.value()
        default = backup.default_folder(self.ctx.db)
        self.save_button.setEnabled(False)

        def write(session: Session, actor: Actor) -> BackupConfig:
            backup.save_config(
                session,
                actor,
                folder=folder,
                retention=retention,
                max_age_hours=max_age,
                interval_hours=interval,
            )
            return backup.read_config(session, default)

        def saved(config: BackupConfig) -> None:
            self.save_button.setEnabled(True)
            self._show(config)
            self.message.show_ok(translate("backup.panel", "Backup settings saved."))
            self.ctx.events.settings_changed.emit()

        def failed(exc: BaseException) -> None:
            self.save_button.setEnabled(True)
            self._failed(exc)

        self.ctx.op(write, saved, failed, owner=self)

    # -- actions ----------------------------------------------------------------------

    def back_up_now(self) -> None:
        if actions.back_up_now(self.ctx, self) is not None:
            self.message.show_ok(translate("backup.panel", "Backup written."))

    def restore(self) -> None:
        if actions.restore(self.ctx, self) is not None:
            self.changed.emit()

    def migrate(self) -> None:
        db = self.ctx.db
        try:
            plan = self.ctx.tasks.run_modal(
                lambda _r: migration_flow.plan_upgrade(db),
                parent=self,
                label=translate("backup.panel", "Reading the schema…"),
            )
        except Exception as exc:
            self._failed(exc)
            return
        if not plan.revisions:
            messages.inform(
                self,
                translate("backup.panel", "The database schema is up to date ({revision}).").format(
                    revision=plan.target
                ),
            )
            return
        wizard = MigrationWizard(db, self.ctx.actor, self.ctx.tasks, plan, self)
        wizard.exec()
        if wizard.outcome is not None:
            actions.database_replaced(self.ctx, self)
            self.changed.emit()

    def downgrade(self) -> None:
        outcome = actions.downgrade(self.ctx, self)
        if outcome is not None:
            self.changed.emit()
