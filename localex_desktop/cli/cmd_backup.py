"""`localex backup`, `backup extract`, `verify-backup`, `restore`, `backups list|prune`.

Handlers import the services they run, so `localex --version` loads none of them
(see cli/__init__.py).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from localex_desktop.cli.base import Context, actions, confirmed, table, yes_option
from localex_desktop.cli.others import ask_takeover, others_options
from localex_desktop.domain.words import counted

if TYPE_CHECKING:
    from localex_desktop.services.backup import Progress


def register(sub: Any) -> None:
    p = sub.add_parser(
        "backup",
        help="write a backup file (.localex) of the database; `backup extract FILE --out DUMP "
        "[--sql]`: the database dump out of a backup file",
        usage="localex backup [--out PATH] [--passphrase-stdin] [--label LABEL]\n"
        "       localex backup extract FILE --out DUMP [--sql] [--passphrase-stdin]",
    )
    # `backup extract FILE`: a word before the options, so `localex backup --out …` stays
    p.add_argument("action", nargs="?", choices=["extract"], help=argparse_suppress())
    p.add_argument("file", nargs="?", metavar="FILE", help="extract: the backup file")
    p.add_argument(
        "--out",
        metavar="PATH",
        help="file to write (ending in .localex) or folder to write into (default: the backup "
        "folder setting); extract: the dump file to write",
    )
    p.add_argument(
        "--sql",
        action="store_true",
        help="extract: plain SQL that psql of an older PostgreSQL loads (instead of the dump)",
    )
    p.add_argument(
        "--passphrase-stdin",
        action="store_true",
        help="encrypt with a passphrase read from standard input",
    )
    p.add_argument("--label", default="", help="word added to the file name, e.g. before-upgrade")
    p.set_defaults(handler=cmd_backup)

    p = sub.add_parser(
        "verify-backup",
        help="restore a backup into a scratch database and check it; exit 3 if it fails",
    )
    p.add_argument("path", metavar="PATH")
    p.add_argument("--passphrase-stdin", action="store_true", help="read the passphrase")
    p.set_defaults(handler=cmd_verify_backup)

    p = sub.add_parser(
        "restore", help="replace the database with a backup (a safety backup is taken first)"
    )
    p.add_argument("path", metavar="PATH")
    yes_option(p)
    p.add_argument("--passphrase-stdin", action="store_true", help="read the passphrase")
    others_options(p)
    p.set_defaults(handler=cmd_restore)

    bsub = actions(sub, "backups", "list or prune the backup folder")
    b = bsub.add_parser("list", help="backups in the folder, newest first, and backup health")
    b.add_argument("--folder", metavar="DIR", help="another folder than the configured one")
    b.set_defaults(handler=cmd_backups_list)
    b = bsub.add_parser(
        "prune", help="delete backups the retention rules do not keep (7 daily, 4 weekly, …)"
    )
    b.add_argument("--folder", metavar="DIR", help="another folder than the configured one")
    b.add_argument("--dry-run", action="store_true", help="only show what would be deleted")
    b.set_defaults(handler=cmd_backups_prune)


def argparse_suppress() -> str:
    import argparse

    return argparse.SUPPRESS


def _progress(ctx: Context) -> Any:
    """Stage changes on stderr for a person at a terminal; quiet for scripts and --json."""
    if ctx.json or not sys.stderr.isatty():
        return None
    last = [""]

    def say(p: Progress) -> None:
        if p.message != last[0]:
            last[0] = p.message
            print(f"  {p.message}", file=sys.stderr, flush=True)

    return say


def _passphrase(ctx: Context, *, confirm: bool) -> str | None:
    if not ctx.args.passphrase_stdin:
        return None
    from localex_desktop.domain.errors import ValidationError

    first = ctx.read_secret("Backup passphrase: ")
    if confirm and sys.stdin.isatty():
        again = ctx.read_secret("Same passphrase again: ")
        if again != first:
            raise ValidationError("The two passphrases differ; nothing was written.")
    if not first:
        raise ValidationError("The passphrase read from standard input is empty.")
    return first


def cmd_backup(ctx: Context) -> int:
    from localex_desktop.domain.errors import ValidationError
    from localex_desktop.services import backup

    a = ctx.args
    if a.action == "extract":
        return cmd_backup_extract(ctx)
    if a.file is not None or a.sql:
        raise ValidationError(
            "A backup file and --sql belong to `localex backup extract FILE --out DUMP [--sql]`."
        )
    passphrase = _passphrase(ctx, confirm=True)
    result = backup.create_backup(
        ctx.db,
        ctx.actor,
        out=ctx.args.out,
        passphrase=passphrase,
        label=ctx.args.label,
        progress=_progress(ctx),
    )
    ctx.emit(
        result.as_dict(),
        f"Backup written: {result.path} ({backup.format_size(result.bytes)}"
        f"{', encrypted' if passphrase else ''}; sha256 {result.sha256}).",
    )
    return 0


def cmd_backup_extract(ctx: Context) -> int:
    """The plain database dump (or SQL) out of a backup file; no database is opened."""
    from localex_desktop.domain import backup_format as fmt
    from localex_desktop.domain.errors import ValidationError
    from localex_desktop.services.backup.extract import extract_backup

    a = ctx.args
    if a.file is None or a.out is None:
        raise ValidationError("Say which backup and where to: `backup extract FILE --out DUMP`.")
    path = Path(a.file)
    header = fmt.read_header(path)  # a foreign or truncated file is refused before asking
    passphrase = _passphrase(ctx, confirm=False)
    if passphrase is None and header.manifest.encryption is not None and sys.stdin.isatty():
        passphrase = ctx.read_secret("Backup passphrase: ")  # a person at a terminal
    result = extract_backup(
        path, Path(a.out), passphrase=passphrase, sql=a.sql, progress=_progress(ctx)
    )
    if result.sql:
        said = (
            f"Plain SQL written to {result.path} ({_size(result.bytes)}; load it with "
            f"`psql -v ON_ERROR_STOP=1 -d DATABASE -f {result.path.name}` into an empty database)."
        )
        if result.dropped:
            left = ", ".join(f"{n} × {w}" for w, n in sorted(result.dropped.items()))
            said += f"\nLeft out for an older PostgreSQL: {left}."
    else:
        said = (
            f"Dump written to {result.path} ({_size(result.bytes)}, pg_dump "
            f"{result.pg_dump_version} custom format; read it with pg_restore "
            f"{result.pg_dump_version.split('.')[0]} or newer)."
        )
    ctx.emit(result.as_dict(), said)
    return 0


def _size(n: int) -> str:
    from localex_desktop.services.backup import format_size

    return format_size(n)


def cmd_verify_backup(ctx: Context) -> int:
    from localex_desktop.domain.backup_format import BackupDamaged
    from localex_desktop.services import backup

    passphrase = _passphrase(ctx, confirm=False)
    try:
        result = backup.verify_backup(
            Path(ctx.args.path),
            db=ctx.db,
            passphrase=passphrase,
            actor=ctx.actor,
            progress=_progress(ctx),
        )
    except BackupDamaged as exc:
        if ctx.json:
            ctx.emit({"ok": False, "path": ctx.args.path, "differences": [str(exc)]})
        print(f"localex: {exc}", file=sys.stderr)
        return 3

    def text() -> str:
        m = result.manifest
        lines = [
            f"Backup {result.path.name}: made {m.created_at.astimezone():%Y-%m-%d %H:%M} by "
            f"{m.actor or 'unknown'} with LocalEx Desktop {m.app_version}, schema "
            f"{m.schema_revision}.",
        ]
        if m.summary.ledger is not None:
            lines.append(
                f"Holds {m.summary.ledger.transactions} transactions, "
                f"{m.summary.ledger.entries} entries, {len(m.summary.ledger.chain_heads)} "
                "accounts."
            )
        if result.migrated_from:
            lines.append(f"Migrated from schema {result.migrated_from} for the check.")
        if result.ok:
            lines.append("OK: the restored copy matches the manifest and the ledger verifies.")
        else:
            lines.append("NOT OK:")
            lines += [f"  - {d}" for d in result.differences]
            if result.ledger is not None:
                lines += [f"  - {p.message}" for p in result.ledger.problems[:20]]
        return "\n".join(lines)

    ctx.emit(result.as_dict(), text)
    return 0 if result.ok else 3


def cmd_restore(ctx: Context) -> int:
    from localex_desktop.domain import backup_format as fmt
    from localex_desktop.domain.errors import Refused
    from localex_desktop.services import backup, rights

    path = Path(ctx.args.path)
    rights.require_for(ctx.db, rights.Task.RESTORE)  # before the passphrase is asked
    passphrase = _passphrase(ctx, confirm=False)
    header = fmt.read_header(path)  # a foreign or truncated file is refused before asking
    m = header.manifest
    db = ctx.db
    question = (
        f"Replace the data in database {db.url.database!r} with the backup made "
        f"{m.created_at.astimezone():%Y-%m-%d %H:%M}? A safety backup is taken first. "
        "[y/N] "
    )
    no_terminal = Refused(
        "Restore replaces the data in the database; confirm with --yes when running "
        "without a terminal.",
    )
    if not confirmed(ctx, question, no_terminal):
        return 1
    takeover = ask_takeover(ctx, "restore")
    if takeover is None:
        return 1
    result = backup.restore_backup(
        db, ctx.actor, path, passphrase=passphrase, progress=_progress(ctx), takeover=takeover
    )

    def text() -> str:
        lines = [
            f"Restored the backup made {m.created_at.astimezone():%Y-%m-%d %H:%M} into "
            f"database {result.database!r} (schema {result.schema_revision})."
        ]
        if result.migrated_from:
            lines.append(f"Migrated from schema {result.migrated_from}.")
        if result.safety_backup:
            lines.append(f"The data it replaced was backed up to {result.safety_backup}.")
        if result.previous_kept_as:
            lines.append(
                f"It is also kept as database {result.previous_kept_as!r} until the next "
                "restore or `localex backups prune`."
            )
        return "\n".join(lines)

    ctx.emit(result.as_dict(), text)
    return 0


def _folder(ctx: Context) -> Path:
    from localex_desktop.services import backup

    if ctx.args.folder:
        return Path(ctx.args.folder).expanduser().resolve()
    return backup.load_config(ctx.db).folder


def cmd_backups_list(ctx: Context) -> int:
    from localex_desktop.services import backup

    folder = _folder(ctx)
    files = backup.list_backups(folder)
    health = backup.backup_health(ctx.db)
    rows = [
        [
            b.path.name,
            b.created_at.astimezone().strftime("%Y-%m-%d %H:%M") if b.created_at else "?",
            backup.format_size(b.bytes),
            b.schema_revision or "",
            "yes" if b.encrypted else "",
            b.problem or "",
        ]
        for b in files
    ]
    ctx.emit(
        {"folder": str(folder), "backups": [b.as_dict() for b in files], **health.as_dict()},
        lambda: (
            f"{folder}\n"
            + table(rows, ["file", "made", "size", "schema", "encrypted", "problem"])
            + f"\n{health.message}"
        ),
    )
    return 0


def cmd_backups_prune(ctx: Context) -> int:
    from localex_desktop.services import backup

    folder = _folder(ctx)
    cfg = backup.load_config(ctx.db)
    result = backup.prune_backups(folder, cfg.retention, db=ctx.db, dry_run=ctx.args.dry_run)

    def text() -> str:
        verb = "Would delete" if result.dry_run else "Deleted"
        lines = [
            f"{folder}: keeping {counted(len(result.kept), 'backup')} "
            f"(rules: {cfg.retention.daily} daily, {cfg.retention.weekly} weekly, "
            f"{cfg.retention.monthly} monthly)."
        ]
        lines += [f"{verb} {b.path.name}" for b in result.deleted]
        lines += [f"{verb} interrupted file {p.name}" for p in result.partials_removed]
        lines += [f"{verb} database {n}" for n in result.databases_dropped]
        lines += [f"Left alone (unreadable): {b.path.name}: {b.problem}" for b in result.unreadable]
        if not (result.deleted or result.partials_removed or result.databases_dropped):
            lines.append("Nothing to delete.")
        return "\n".join(lines)

    ctx.emit(result.as_dict(), text)
    return 0
