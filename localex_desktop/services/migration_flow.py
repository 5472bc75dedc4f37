"""Migrate the schema safely: back up, apply, verify, and put everything back on failure.

What the desktop's migration wizard runs (and what a script could run the same way):

1. :func:`plan_upgrade` (or :func:`plan_downgrade`) says what would change, from
   :func:`db.migrate.status`; a database written by a newer program is refused here with
   the message of :func:`db.migrate.ensure_known`.
2. :func:`run_migration` takes a backup (``services.backup``, label ``before-upgrade`` or
   ``before-downgrade``), applies the revisions, and after an upgrade verifies the ledger
   (``services.verify``). If applying or verifying fails, the database is put back
   exactly as the backup holds it (restored *without* migrating, into a new database,
   checked against the manifest and switched by rename as a restore does); the outcome
   says what failed and whether the rollback worked.

With others connected, :func:`run_migration` refuses unless told to disconnect them,
and then asks them to close and disconnects them before the backup
(:mod:`services.backup.restore_others`); the upgraded database carries the mark their
windows compare (:func:`db.presence.leave_mark`), so they go back to the sign-in.

Cancelling is possible while the backup is written (nothing has changed then), never
once revisions are being applied. No Qt here.
"""

from __future__ import annotations

import enum
import logging
import re
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, Protocol

import sqlalchemy as sa
from sqlalchemy.exc import DBAPIError

from localex_desktop.db import migrate, presence
from localex_desktop.db.connection import Database, make_engine
from localex_desktop.domain import backup_format as fmt
from localex_desktop.domain.errors import LocalexError, Refused, ValidationError
from localex_desktop.domain.roles import Actor, Permission
from localex_desktop.domain.words import counted
from localex_desktop.services import audit, backup, verify
from localex_desktop.services.backup import BackupResult, Progress, ProgressFn, databases, load
from localex_desktop.services.backup import tools as pg_tools
from localex_desktop.services.backup.restore_others import (
    Takeover,
    check_takeover,
    connected_others,
    take_over,
)

log = logging.getLogger(__name__)


class Stage(enum.StrEnum):
    BACKUP = "backup"
    APPLY = "apply"
    VERIFY = "verify"
    ROLLBACK = "rollback"
    DONE = "done"


STAGE_TITLES = {
    Stage.BACKUP: "Back up the database",
    Stage.APPLY: "Apply the schema changes",
    Stage.VERIFY: "Verify the ledger",
    Stage.ROLLBACK: "Put the backup back",
}


class _Say(Protocol):
    def __call__(
        self, stage: Stage, message: str, done: int | None = None, total: int | None = None
    ) -> None: ...


@dataclass(frozen=True)
class MigrationPlan:
    direction: Literal["upgrade", "downgrade"]
    current: str | None
    target: str
    revisions: list[migrate.Revision]  # in the order they are applied (or undone)
    backup_folder: Path

    @property
    def stages(self) -> list[Stage]:
        """The steps that run when all goes well (a rollback only after a failure)."""
        steps = [Stage.BACKUP, Stage.APPLY]
        if self.direction == "upgrade":
            steps.append(Stage.VERIFY)
        return steps

    def describe(self) -> list[str]:
        verb = "Apply" if self.direction == "upgrade" else "Undo"
        return [f"{verb} {r.revision}: {first_line(r.message)}" for r in self.revisions]


def first_line(text: str) -> str:
    """A revision's title: the first line of its docstring, without its markup
    (````name````, `name`), which is for engineers, not for coordinators."""
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    return re.sub(r"`+([^`]*)`+", r"\1", lines[0]) if lines else "no description"


def plan_upgrade(db: Database) -> MigrationPlan:
    """The pending revisions, oldest first; refuses a schema from a newer program."""
    st = migrate.ensure_known(db.engine)
    return MigrationPlan(
        "upgrade", st.current, st.head, list(st.pending), backup.load_config(db).folder
    )


def downgrade_targets(db: Database) -> list[migrate.Revision]:
    """Revisions earlier than the current one, newest first (what a downgrade may reach)."""
    st = migrate.ensure_known(db.engine)
    revs = migrate.all_revisions()
    ids = [r.revision for r in revs]
    if st.current is None or st.current not in ids:
        return []
    return list(reversed(revs[: ids.index(st.current)]))


def plan_downgrade(db: Database, target: str) -> MigrationPlan:
    """The revisions undone to reach ``target`` (an earlier revision), newest first."""
    st = migrate.ensure_known(db.engine)
    revs = migrate.all_revisions()
    ids = [r.revision for r in revs]
    if st.current is None:
        raise Refused("The database has no schema yet: there is nothing to downgrade.")
    if target == "base":  # undo every revision: an empty database
        undone = list(reversed(revs[: ids.index(st.current) + 1]))
        return MigrationPlan("downgrade", st.current, "base", undone, backup.load_config(db).folder)
    if target not in ids:
        raise ValidationError(f"There is no schema revision {target!r}.", field="target")
    if ids.index(target) >= ids.index(st.current):
        raise ValidationError(
            f"Revision {target} is not earlier than the current revision {st.current}.",
            field="target",
        )
    undone = list(reversed(revs[ids.index(target) + 1 : ids.index(st.current) + 1]))
    return MigrationPlan("downgrade", st.current, target, undone, backup.load_config(db).folder)


@dataclass
class MigrationOutcome:
    plan: MigrationPlan
    ok: bool = False
    backup: BackupResult | None = None
    revision_now: str | None = None
    ledger: verify.VerifyReport | None = None
    failed_stage: Stage | None = None
    error: str | None = None
    rolled_back: bool = False
    rollback_error: str | None = None
    kept_as: str | None = None  # the failed database, kept beside for inspection
    cancelled: bool = False
    log: list[str] = field(default_factory=list)

    def headline(self) -> str:
        p = self.plan
        if self.ok:
            if p.direction == "upgrade":
                return f"The database was upgraded to schema {self.revision_now} and verified."
            return f"The database was downgraded to schema {self.revision_now}."
        if self.cancelled:
            return "Cancelled before anything was changed."
        if self.failed_stage is Stage.BACKUP:
            return "The backup failed, so nothing was changed."
        if self.rolled_back:
            return (
                f"The {p.direction} failed, and the database was put back as it was "
                f"(schema {self.revision_now})."
            )
        return f"The {p.direction} failed, and putting the backup back failed too."

    def details(self) -> list[str]:
        """What happened, step by step, in words for the report."""
        lines: list[str] = []
        if self.failed_stage is not None and self.error:
            lines.append(f"{STAGE_TITLES.get(self.failed_stage, 'A step')} failed: {self.error}")
        if self.ledger is not None and not self.ledger.ok:
            lines += [f"Ledger: {pr.message}" for pr in self.ledger.problems[:5]]
        if self.backup is not None:
            lines.append(f"Backup taken first: {self.backup.path}")
        if self.rollback_error:
            lines.append(f"Putting the backup back failed: {self.rollback_error}")
            if self.backup is not None:
                lines.append(
                    "Your data is safe in the backup above: restore it with "
                    f"`localex restore {self.backup.path}` or Administration → Restore."
                )
        if self.kept_as:
            lines.append(
                f"The database as it was after the failure is kept as {self.kept_as} for "
                "inspection; `localex backups prune` removes it."
            )
        return lines


def _words(exc: BaseException) -> str:
    if isinstance(exc, LocalexError):
        return str(exc)
    if isinstance(exc, DBAPIError) and exc.orig is not None:
        return str(exc.orig).strip().splitlines()[0]
    return f"{type(exc).__name__}: {exc}"


def run_migration(
    db: Database,
    actor: Actor,
    plan: MigrationPlan,
    *,
    progress: ProgressFn | None = None,
    cancel: threading.Event | None = None,
    takeover: Takeover | None = None,
) -> MigrationOutcome:
    """Back up, apply ``plan``, verify (upgrade), and roll back by restoring on failure.

    Raises only for what stops it before anything ran (no permission; others connected
    without ``takeover.disconnect``, or a login that may not disconnect them); every
    later failure is described in the returned :class:`MigrationOutcome`.
    """
    actor.require(Permission.MANAGE_DATABASE)
    takeover = takeover or Takeover(by=actor.name)
    others = connected_others(db)
    check_takeover(db, others, "upgrade", takeover)
    out = MigrationOutcome(plan)

    def say(stage: Stage, message: str, done: int | None = None, total: int | None = None) -> None:
        if not out.log or out.log[-1] != message:
            out.log.append(message)
        if progress is not None:
            progress(Progress(stage.value, message, done, total))

    # 0. the others close (their later changes would miss the backup)
    try:
        take_over(db, others, "upgrade", takeover, progress=progress, cancel=cancel)
    except backup.Cancelled:
        out.cancelled = True
        out.revision_now = plan.current
        return out

    # 1. the backup (may be cancelled: nothing has changed yet)
    if plan.current is not None:
        say(Stage.BACKUP, f"Backing up to {plan.backup_folder}")
        try:
            out.backup = backup.create_backup(
                db,
                actor,
                label=f"before-{plan.direction}",
                progress=lambda p: say(Stage.BACKUP, p.message, p.done, p.total),
                cancel=cancel,
            )
        except backup.Cancelled:
            out.cancelled = True
            out.revision_now = plan.current
            return out
        except Exception as exc:
            log.warning("the backup before the %s failed: %s", plan.direction, exc)
            out.failed_stage, out.error = Stage.BACKUP, _words(exc)
            out.revision_now = plan.current
            return out
    if cancel is not None and cancel.is_set():
        out.cancelled = True
        out.revision_now = plan.current
        return out

    # 2. apply (no cancelling from here on)
    stage = Stage.APPLY
    try:
        if plan.direction == "upgrade":
            say(stage, f"Applying {counted(len(plan.revisions), 'revision')} up to {plan.target}")
            migrate.upgrade(
                db.engine, plan.target, progress=lambda text: say(Stage.APPLY, text.strip())
            )
        else:
            say(stage, f"Undoing {counted(len(plan.revisions), 'revision')} down to {plan.target}")
            migrate.downgrade(db.engine, plan.target)
        out.revision_now = migrate.current_revision(db.engine)
        if out.revision_now != (None if plan.target == "base" else plan.target):
            raise Refused(f"The schema is at {out.revision_now} afterwards, not at {plan.target}.")
        # 3. verify the ledger (upgrade: this program's checks fit the new schema)
        if plan.direction == "upgrade":
            stage = Stage.VERIFY
            say(stage, "Verifying the ledger")
            with db.transaction() as session:
                out.ledger = verify.verify(session, actor)
            if not out.ledger.ok:
                raise Refused(
                    f"the ledger does not verify after the upgrade "
                    f"({counted(len(out.ledger.problems), 'problem')})"
                )
    except Exception as exc:
        log.error("the %s failed at %s: %s", plan.direction, stage.value, exc, exc_info=exc)
        out.failed_stage, out.error = stage, _words(exc)
        _roll_back(db, actor, out, say)
        return out
    _record(db, actor, plan, out)
    kind = "upgraded" if plan.direction == "upgrade" else "downgraded"
    presence.leave_mark(db.url, str(db.url.database), kind, takeover.by, presence.instance(db))
    out.ok = True
    say(Stage.DONE, out.headline())
    return out


def _roll_back(db: Database, actor: Actor, out: MigrationOutcome, say: _Say) -> None:
    if out.backup is None:  # an empty database had nothing to back up: nothing to restore
        try:
            out.revision_now = migrate.current_revision(db.engine)
        except DBAPIError:
            out.revision_now = None
        out.rolled_back = out.revision_now == out.plan.current
        if not out.rolled_back:
            out.rollback_error = "there was no backup to put back (the database was empty)"
        return
    say(Stage.ROLLBACK, f"Putting back the backup {out.backup.path.name}")
    try:
        out.kept_as = restore_exactly(
            db,
            out.backup.path,
            progress=lambda p: say(Stage.ROLLBACK, p.message, p.done, p.total),
        )
        out.revision_now = migrate.current_revision(db.engine)
        out.rolled_back = True
    except Exception as exc:
        log.error("the rollback failed", exc_info=exc)
        out.rollback_error = _words(exc)
        try:
            out.revision_now = migrate.current_revision(db.engine)
        except DBAPIError:
            out.revision_now = None


def restore_exactly(db: Database, path: Path, *, progress: ProgressFn | None = None) -> str:
    """Put ``path`` back into ``db`` as it is (no migration), switching by rename.

    The database being replaced is kept beside under the returned name. Used to roll a
    failed migration back: :func:`services.backup.restore_backup` would migrate an older
    backup forward again.
    """
    header, key = backup.open_backup(Path(path), None, progress=progress)
    current = str(db.url.database)
    new_name, old_name = databases.restore_names(db.url, current)
    tools = backup.find_pg_tools(db, pg_tools.server_major(db.engine))
    databases.create_database(db.url, new_name)
    switched = False
    try:
        new_url = db.url.set(database=new_name)
        load.load_backup(tools, new_url, header, key, space=db.data_dir, progress=progress)
        engine = make_engine(new_url)
        try:
            with engine.connect() as conn, conn.begin():
                actual = backup.collect_summary(conn)
        finally:
            engine.dispose()
        differences = fmt.compare_summaries(header.manifest.summary, actual)
        if differences:
            raise fmt.BackupDamaged(
                "The backup does not match its manifest: " + "; ".join(differences[:3])
            )
        if progress is not None:
            progress(Progress("switch", "Switching back to the backed-up data"))
        db.engine.dispose()
        databases.switch(db.url, current, new_name, old_name)
        switched = True
    finally:
        if not switched:
            databases.drop_database(db.url, new_name)
    db.engine.dispose()
    return old_name


def _record(db: Database, actor: Actor, plan: MigrationPlan, out: MigrationOutcome) -> None:
    """An audit row for the change of schema (best effort: an old schema may lack it)."""
    try:
        with db.transaction() as session:
            if not session.execute(sa.text("SELECT to_regclass('public.audit_log')")).scalar():
                return
            audit.record(
                session,
                actor,
                plan.direction,
                "database",
                str(db.url.database),
                before={"schema_revision": plan.current},
                after={
                    "schema_revision": out.revision_now,
                    "backup": str(out.backup.path) if out.backup else None,
                },
            )
    except (DBAPIError, LocalexError) as exc:
        log.warning("could not write the audit row of the %s: %s", plan.direction, exc)
