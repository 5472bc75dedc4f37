"""What the File menu and the Database page call: one function per backup action.

After a restore or a downgrade the database under the program has changed (renamed,
or at another schema), so the window is told through ``ctx.shell``:
:func:`database_replaced` reconnects and refreshes the open views; a downgrade closes
the program.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from localex_desktop.domain.roles import Permission
from localex_desktop.services import migration_flow
from localex_desktop.services.backup import BackupResult, RestoreResult
from localex_desktop.services.migration_flow import MigrationOutcome
from localex_desktop.ui import messages
from localex_desktop.ui.backup.backup_dialog import BackupDialog
from localex_desktop.ui.backup.migration_wizard import DowngradeDialog
from localex_desktop.ui.backup.restore_wizard import RestoreWizard
from localex_desktop.ui.backup.verify_dialog import VerifyBackupDialog
from localex_desktop.ui.context import AppContext
from localex_desktop.ui.errors import show_error
from localex_desktop.ui.i18n import role_name, translate

log = logging.getLogger(__name__)


def can_back_up(ctx: AppContext) -> bool:
    return (
        ctx.db.mode != "review"
        and not ctx.db.read_only
        and ctx.can(Permission.READ)
        and ctx.task_refusal("backup") is None
    )


def can_manage_database(ctx: AppContext) -> bool:
    return ctx.db.mode != "review" and not ctx.db.read_only and ctx.can(Permission.MANAGE_DATABASE)


def can_restore(ctx: AppContext) -> bool:
    return can_manage_database(ctx) and ctx.task_refusal("restore") is None


def why_not(ctx: AppContext, key: str) -> str:
    """The tooltip of a backup action that is off: review mode, the database login's
    missing right (with the GRANT), or the operator's role."""
    if ctx.db.mode == "review":
        return translate("backup.actions", "Not in review mode: this is a read-only copy")
    permission = Permission.READ if key in ("backup", "verify") else Permission.MANAGE_DATABASE
    login = ctx.login_refusal(permission)
    if login is None and key in ("backup", "restore"):
        login = ctx.task_refusal(key)
    return login or translate("backup.actions", "Your role ({role}) may not do this").format(
        role=role_name(ctx.actor.role)
    )


def back_up_now(ctx: AppContext, parent: QWidget | None) -> BackupResult | None:
    dialog = BackupDialog(ctx, parent)
    dialog.exec()
    if dialog.result_value is not None and ctx.shell is not None:
        ctx.shell.backup_made()
    return dialog.result_value


def restore(ctx: AppContext, parent: QWidget | None) -> RestoreResult | None:
    wizard = RestoreWizard(ctx, parent)
    wizard.restored.connect(lambda _result: database_replaced(ctx, parent))
    wizard.exec()
    return wizard.result_value


def verify_a_backup(ctx: AppContext, parent: QWidget | None) -> None:
    VerifyBackupDialog(ctx, parent).exec()


def open_backup_for_review(ctx: AppContext, parent: QWidget | None) -> QWidget | None:
    """Open a backup in its own review window beside this one."""
    return ctx.shell.open_review(parent) if ctx.shell is not None else None


def downgrade(ctx: AppContext, parent: QWidget | None) -> MigrationOutcome | None:
    """Administration's downgrade; after a successful one the program closes."""
    db = ctx.db
    try:
        targets = ctx.tasks.run_modal(
            lambda _r: migration_flow.downgrade_targets(db),
            parent=parent,
            label=translate("backup.actions", "Reading the schema…"),
        )
    except Exception as exc:
        show_error(parent, exc)
        return None
    if not targets:
        messages.inform(
            parent,
            translate("backup.actions", "There is no earlier schema revision to go down to."),
        )
        return None
    dialog = DowngradeDialog(db, ctx.actor, ctx.tasks, targets, parent)
    dialog.exec()
    outcome = dialog.outcome
    if outcome is not None and outcome.ok:
        messages.inform(
            parent,
            translate("backup.actions", "The database is now at schema {revision}.").format(
                revision=outcome.revision_now
            ),
            translate(
                "backup.actions",
                "This version of LocalEx Desktop needs the newer schema, so it closes now. "
                "Open the database with the older version of the program.",
            ),
        )
        app = QApplication.instance()
        for window in QApplication.topLevelWidgets():
            window.close()
        if app is not None:
            app.quit()
    elif outcome is not None and outcome.rolled_back:
        database_replaced(ctx, parent)
    return outcome


def database_replaced(ctx: AppContext, parent: QWidget | None) -> None:
    """The data under the program changed: reconnect and refresh the open views."""
    ctx.db.engine.dispose()  # the database was renamed underneath: new connections only
    if ctx.shell is not None:
        ctx.shell.database_replaced()
    else:
        ctx.events.settings_changed.emit()
        ctx.events.operators_changed.emit()


def add_backup_actions(parent: QWidget, menu: QMenu, ctx: AppContext) -> dict[str, QAction]:
    """File menu: Back up now…, Restore…, Verify a backup…, Open a backup for review…."""
    menu.setToolTipsVisible(True)
    entries = [
        (
            "backup",
            translate("backup.actions", "&Back up now…"),
            translate("backup.actions", "Write a backup file of the database"),
            back_up_now,
        ),
        (
            "restore",
            translate("backup.actions", "&Restore…"),
            translate("backup.actions", "Replace the data with a backup (a safety backup first)"),
            restore,
        ),
        (
            "verify",
            translate("backup.actions", "&Verify a backup…"),
            translate("backup.actions", "Check that a backup file restores and verifies"),
            verify_a_backup,
        ),
        (
            "review",
            translate("backup.actions", "&Open a backup for review…"),
            translate(
                "backup.actions",
                "Look through a backup read-only, without touching the current data",
            ),
            open_backup_for_review,
        ),
    ]
    allowed = {
        "backup": can_back_up(ctx),
        "restore": can_restore(ctx),
        "verify": ctx.can(Permission.READ),
        "review": True,
    }
    actions: dict[str, QAction] = {}
    for key, text, tip, handler in entries:
        action = QAction(text, parent)
        action.setObjectName(f"{key}_action")
        action.setEnabled(allowed[key])
        if not allowed[key]:
            tip = why_not(ctx, key)
        action.setToolTip(tip)
        action.triggered.connect(lambda _c=False, h=handler: h(ctx, parent))
        menu.addAction(action)
        actions[key] = action
    menu.addSeparator()
    return actions
