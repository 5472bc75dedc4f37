"""Backups: make, check and restore ``.localex`` files, and keep a folder of them tidy.

One module per idea:

* :mod:`.create`: making a backup (:func:`create_backup`);
* :mod:`.verify`: checking a backup file in a scratch database (:func:`verify_backup`);
* :mod:`.restore`: restoring beside the current data and switching (:func:`restore_backup`);
* :mod:`.load`: loading a backup as data, never code: our schema, then only its rows;
* :mod:`.archive`: what a dump holds (its table of contents) against our own schema;
* :mod:`.private`: backup files only their owner can read, and a private staging folder;
* :mod:`.tools`: finding and running ``pg_dump``/``pg_restore`` (:func:`find_pg_tools`);
* :mod:`.folder`: listing the backup folder, the retention rules, pruning;
* :mod:`.schedule`: backup health and when an automatic backup is due;
* :mod:`.auto`: the automatic backup itself (back up when due, then prune);
* :mod:`.config`: the backup settings (folder, retention, schedule, tools' folder);
* :mod:`.databases`: the scratch, restore and before-restore databases and their names;
* :mod:`.summary`: what a database holds (the manifest's numbers);
* :mod:`.common`: progress reports, cancelling and the errors every step shares.

The names below are the package's public face: ``from localex_desktop.services import
backup; backup.create_backup(…)``.
"""

from localex_desktop.services.backup.common import (
    BackupFailed,
    Cancelled,
    Progress,
    ProgressFn,
    format_size,
)
from localex_desktop.services.backup.config import (
    KEY_FOLDER,
    KEY_INTERVAL,
    KEY_LAST,
    KEY_MAX_AGE,
    KEY_PG_TOOLS,
    KEY_RETENTION,
    BackupConfig,
    default_folder,
    load_config,
    read_config,
    save_config,
)
from localex_desktop.services.backup.create import BackupResult, create_backup
from localex_desktop.services.backup.folder import (
    BackupFile,
    PruneResult,
    Retention,
    RetentionDecision,
    apply_retention,
    list_backups,
    prune_backups,
)
from localex_desktop.services.backup.restore import RestoreResult, restore_backup
from localex_desktop.services.backup.restore_others import (
    GRACE_SECONDS,
    ConnectedSession,
    Takeover,
    connected_others,
    others_sentence,
)
from localex_desktop.services.backup.schedule import (
    BackupHealth,
    ScheduleDecision,
    backup_health,
    backup_on_schedule,
    last_good_backup_age,
)
from localex_desktop.services.backup.summary import collect_summary
from localex_desktop.services.backup.tools import ENV_PG_TOOLS, PgTools, find_pg_tools, libpq_env
from localex_desktop.services.backup.verify import (
    VerifyBackupResult,
    check_schema_known,
    open_backup,
    verify_backup,
)

__all__ = [
    "ENV_PG_TOOLS",
    "GRACE_SECONDS",
    "KEY_FOLDER",
    "KEY_INTERVAL",
    "KEY_LAST",
    "KEY_MAX_AGE",
    "KEY_PG_TOOLS",
    "KEY_RETENTION",
    "BackupConfig",
    "BackupFailed",
    "BackupFile",
    "BackupHealth",
    "BackupResult",
    "Cancelled",
    "ConnectedSession",
    "PgTools",
    "Progress",
    "ProgressFn",
    "PruneResult",
    "RestoreResult",
    "Retention",
    "RetentionDecision",
    "ScheduleDecision",
    "Takeover",
    "VerifyBackupResult",
    "apply_retention",
    "backup_health",
    "backup_on_schedule",
    "check_schema_known",
    "collect_summary",
    "connected_others",
    "create_backup",
    "default_folder",
    "find_pg_tools",
    "format_size",
    "last_good_backup_age",
    "libpq_env",
    "list_backups",
    "load_config",
    "open_backup",
    "others_sentence",
    "prune_backups",
    "read_config",
    "restore_backup",
    "save_config",
    "verify_backup",
]
