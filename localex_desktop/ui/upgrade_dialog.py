"""Ask before bringing an older database schema up to date, then migrate on a worker.

The full migration wizard (pending revisions, backup first) comes later; this is the
small question the program needs at start-up.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from localex_desktop.db import migrate
from localex_desktop.db.connection import Database
from localex_desktop.ui import messages
from localex_desktop.ui.errors import show_error
from localex_desktop.ui.tasks import Reporter, TaskRunner


def upgrade_question(status: migrate.MigrationStatus) -> tuple[str, str]:
    """The question and the list of changes, in words."""
    text = (
        f"The database needs an upgrade from {status.current or 'an empty schema'} "
        f"to {status.head}. Upgrade now?"
    )
    changes = "\n".join(f"• {r.revision}: {r.message or 'no description'}" for r in status.pending)
    detail = (
        "This version of LocalEx Desktop cannot open the database until it is upgraded. "
        "Other computers using it need the same version afterwards."
    )
    if changes:
        detail += f"\n\nChanges:\n{changes}"
    return text, detail


def confirm_and_upgrade(
    parent: QWidget | None, db: Database, tasks: TaskRunner, status: migrate.MigrationStatus
) -> bool:
    """True when the schema is at head afterwards; False if declined or it failed."""
    text, detail = upgrade_question(status)
    if not messages.ask(parent, text, detail, yes="Upgrade"):
        return False

    def work(report: Reporter) -> migrate.MigrationStatus:
        return migrate.upgrade(db.engine, progress=report)

    try:
        after = tasks.run_modal(work, parent=parent, label="Upgrading the database…")
    except Exception as exc:
        show_error(parent, exc)
        return False
    return after.up_to_date
