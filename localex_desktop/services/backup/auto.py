"""Automatic backups: when one is due, back up into the folder and prune it.

What the desktop's scheduler runs on a worker (and on closing); not one transaction but
a backup (:mod:`.create`) followed by the retention rules (:mod:`.folder`).
"""

from __future__ import annotations

import logging
from datetime import datetime

from localex_desktop.db.connection import Database
from localex_desktop.domain.roles import Actor
from localex_desktop.services.backup.config import load_config
from localex_desktop.services.backup.create import BackupResult, create_backup
from localex_desktop.services.backup.folder import AUTO_LABEL, prune_backups
from localex_desktop.services.backup.schedule import ScheduleDecision, backup_on_schedule

log = logging.getLogger(__name__)


def backup_and_prune(db: Database, actor: Actor, label: str) -> BackupResult:
    """One backup into the configured folder; then the retention rules (best effort)."""
    result = create_backup(db, actor, label=label)
    config = load_config(db)
    try:
        pruned = prune_backups(config.folder, config.retention)
        if pruned.deleted:
            log.info("pruned %d old backup(s) from %s", len(pruned.deleted), config.folder)
    except OSError as exc:  # the backup itself is fine; the next prune tries again
        log.warning("could not prune %s: %s", config.folder, exc)
    return result


def backup_if_due(
    db: Database, actor: Actor, now: datetime, label: str = AUTO_LABEL
) -> tuple[ScheduleDecision, BackupResult | None]:
    """Ask the schedule; when due, back up into the configured folder and prune it."""
    decision = backup_on_schedule(db, now)
    if not decision.due:
        return decision, None
    return decision, backup_and_prune(db, actor, label)
