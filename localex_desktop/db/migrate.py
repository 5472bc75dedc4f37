"""Schema migrations run from inside the program (no alembic CLI needed).

Each call takes one connection and one transaction: an upgrade that fails half-way
leaves the schema exactly as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy.engine import Connection, Engine

from localex_desktop import paths
from localex_desktop.domain.errors import SchemaMismatch, ValidationError


@dataclass(frozen=True)
class Revision:
    revision: str
    message: str


@dataclass(frozen=True)
class MigrationStatus:
    current: str | None
    head: str
    pending: list[Revision]  # oldest first
    known: bool  # False: the database is at a revision this program does not know (newer)

    @property
    def up_to_date(self) -> bool:
        return self.known and self.current == self.head


def _config(connection: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(paths.migrations_dir()))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def script_directory() -> ScriptDirectory:
    return ScriptDirectory.from_config(_config())


def head_revision() -> str:
    head = script_directory().get_current_head()
    assert head is not None
    return head


def all_revisions() -> list[Revision]:
    """Every revision this program knows, oldest first."""
    scripts = script_directory()
    revs = [Revision(s.revision, (s.doc or "").strip()) for s in scripts.walk_revisions()]
    return list(reversed(revs))


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def status(engine: Engine) -> MigrationStatus:
    current = current_revision(engine)
    revs = all_revisions()
    ids = [r.revision for r in revs]
    head = ids[-1]
    if current is None:
        return MigrationStatus(None, head, revs, True)
    if current not in ids:
        return MigrationStatus(current, head, [], False)
    return MigrationStatus(current, head, revs[ids.index(current) + 1 :], True)


def ensure_known(engine: Engine) -> MigrationStatus:
    """Refuse a database written by a newer program, before anything touches it."""
    st = status(engine)
    if not st.known:
        raise SchemaMismatch(
            f"This database is at schema revision {st.current}, which this version of "
            f"LocalEx Desktop does not know: it was updated by a newer version.",
            hint="Install the newer LocalEx Desktop to open it.",
        )
    return st


def upgrade(
    engine: Engine, target: str = "head", progress: Callable[[str], None] | None = None
) -> MigrationStatus:
    ensure_known(engine)
    _check_target(target)
    with engine.begin() as conn:
        cfg = _config(conn)
        if progress is not None:
            cfg.print_stdout = lambda text, *args: progress(text % args if args else text)  # type: ignore[method-assign]
        command.upgrade(cfg, target)
    return status(engine)


def downgrade(engine: Engine, target: str) -> MigrationStatus:
    ensure_known(engine)
    _check_target(target)
    with engine.begin() as conn:
        command.downgrade(_config(conn), target)
    return status(engine)


def _check_target(target: str) -> None:
    if target in ("head", "base"):
        return
    try:
        script_directory().get_revision(target)
    except CommandError as exc:
        raise ValidationError(
            f"There is no schema revision {target!r}.",
            hint="`localex migrate status` lists the revisions.",
        ) from exc
