"""Schema migrations run from inside the program (no alembic CLI needed).

Each call takes one connection and one transaction: an upgrade that fails half-way
leaves the schema exactly as it was.

Reading the state (current revision, head, pending) does not import alembic: the
revision files are read as text and the database's ``alembic_version`` row is queried
directly, which keeps every `localex` command's start-up short. alembic itself is
loaded only to upgrade or downgrade.
"""

from __future__ import annotations

import ast
import functools
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from localex_desktop import paths
from localex_desktop.domain.errors import SchemaMismatch, ValidationError

if TYPE_CHECKING:
    from alembic.config import Config


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
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(paths.migrations_dir()))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def _read_revision_file(path: Path) -> tuple[str, str | None, str]:
    """(revision, down_revision, first docstring line) from a revision file's source."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    values: dict[str, str | None] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target = node.targets[0]
            if isinstance(target, ast.Name) and target.id in ("revision", "down_revision"):
                value = ast.literal_eval(node.value)
                values[target.id] = value if value is None else str(value)
    doc = (ast.get_docstring(tree) or "").strip()
    revision = values.get("revision")
    if revision is None:
        raise RuntimeError(f"{path} names no revision")
    return revision, values.get("down_revision"), doc


@functools.cache
def all_revisions() -> list[Revision]:
    """Every revision this program knows, oldest first (the chain is linear)."""
    found: dict[str | None, tuple[str, str]] = {}
    for path in sorted((paths.migrations_dir() / "versions").glob("*.py")):
        revision, down, doc = _read_revision_file(path)
        if down in found:
            raise RuntimeError(f"two revisions follow {down!r}: the migration chain forks")
        found[down] = (revision, doc)
    chain: list[Revision] = []
    parent: str | None = None
    while parent in found:
        revision, doc = found[parent]
        chain.append(Revision(revision, doc))
        parent = revision
    if len(chain) != len(found):
        raise RuntimeError("the migration files do not form one chain")
    return chain


def head_revision() -> str:
    return all_revisions()[-1].revision


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        exists = conn.execute(sa.text("SELECT to_regclass('alembic_version') IS NOT NULL")).scalar()
        if not exists:
            return None
        value = conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalar()
        return None if value is None else str(value)


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
    from alembic import command

    ensure_known(engine)
    _check_target(target)
    with engine.begin() as conn:
        as_owner(conn)
        cfg = _config(conn)
        if progress is not None:
            cfg.print_stdout = lambda text, *args: progress(text % args if args else text)  # type: ignore[method-assign]
        command.upgrade(cfg, target)
    engine.dispose()  # what pooled connections learnt of the schema (services/audit.py)
    return status(engine)


def downgrade(engine: Engine, target: str) -> MigrationStatus:
    from alembic import command

    ensure_known(engine)
    _check_target(target)
    with engine.begin() as conn:
        as_owner(conn)
        command.downgrade(_config(conn), target)
    engine.dispose()  # what pooled connections learnt of the schema (services/audit.py)
    return status(engine)


#: revision 0007 gives the schema to this role; migrations after it run as it
OWNER_ROLE = "localex_owner"


def as_owner(conn: Connection) -> None:
    """Run the rest of this transaction as the schema's owner once revision 0007 made one
    (``alembic_version`` owned by it), so the tables stay the owner's and the login that
    migrates needs no rights of its own beyond being a member of it."""
    owned = conn.execute(
        sa.text(
            "SELECT pg_has_role(session_user, tableowner, 'MEMBER') FROM pg_tables"
            " WHERE schemaname = 'public' AND tablename = 'alembic_version'"
            " AND tableowner = :owner"
        ),
        {"owner": OWNER_ROLE},
    ).scalar()
    if owned:
        conn.execute(sa.text(f"SET LOCAL ROLE {OWNER_ROLE}"))


def _check_target(target: str) -> None:
    if target in ("head", "base"):
        return
    if target not in {r.revision for r in all_revisions()}:
        raise ValidationError(
            f"There is no schema revision {target!r}.",
            hint="`localex migrate status` lists the revisions.",
        )
