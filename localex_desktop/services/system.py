"""Setting up a database and describing it: `localex init`, `localex info`, the Database page."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from localex_desktop import __version__
from localex_desktop.db import migrate
from localex_desktop.db.connection import Database
from localex_desktop.domain import text
from localex_desktop.services import operators, settings, work


@dataclass(frozen=True)
class InitResult:
    schema_revision: str
    migrated: bool
    admin_created: bool
    admin_exists: bool


def create_first_admin(
    db: Database,
    username: str,
    password: str,
    display_name: str = "",
    *,
    progress: Callable[[str], None] | None = None,
) -> operators.OperatorInfo | None:
    """Set a new database up and create its first administrator (the first-run wizard).

    None when operators appeared meanwhile (someone else set it up first).
    """
    initialise(db, progress=progress)
    with db.transaction() as session:
        return operators.create_first_admin(session, username, password, display_name)


def initialise(
    db: Database,
    *,
    currency_name: str | None = None,
    admin_user: str | None = None,
    admin_password: str | None = None,
    admin_display_name: str = "",
    progress: Callable[[str], None] | None = None,
) -> InitResult:
    """Migrate to head, write default settings, create the first admin. Safe to repeat."""
    if currency_name:  # refused before anything changes
        currency_name = text.check_line(currency_name, "the currency's name", field="currency")
    before = migrate.ensure_known(db.engine)
    if not before.up_to_date:
        migrate.upgrade(db.engine, progress=progress)
    created = None
    with db.transaction() as session:
        overrides = {}
        if currency_name:
            overrides["currency"] = {**settings.DEFAULTS["currency"], "name": currency_name}
        settings.seed_defaults(session, overrides)
        if admin_user is not None and admin_password is not None:
            created = operators.create_first_admin(
                session, admin_user, admin_password, admin_display_name
            )
        has_admin = operators.count(session) > 0
    return InitResult(
        schema_revision=migrate.head_revision(),
        migrated=not before.up_to_date,
        admin_created=created is not None,
        admin_exists=has_admin,
    )


@dataclass(frozen=True)
class DatabaseState:
    """What start-up needs to know about an opened database."""

    status: migrate.MigrationStatus
    operators: int
    server_version: str

    @property
    def needs_admin(self) -> bool:
        """No schema yet, or nobody who could log in: the wizard creates the first admin."""
        return self.status.current is None or self.operators == 0


def inspect_database(db: Database) -> DatabaseState:
    """Schema status and operator count; refuses a schema from a newer program.

    A login that may not read the schema's tables gets the sentence naming the right and
    the GRANT to run, as for any other work (not a bare "permission denied")."""
    try:
        status = migrate.ensure_known(db.engine)
        count = 0
        if status.current is not None:
            with db.transaction() as session:
                count = operators.count(session)
        return DatabaseState(status, count, db.server_version())
    except Exception as exc:
        better = work.translated(db, exc)
        if better is exc:
            raise
        raise better from exc


@dataclass(frozen=True)
class Info:
    app_version: str
    mode: str
    data_dir: str | None
    database_url: str
    server_version: str
    schema_revision: str | None
    head_revision: str

    def as_dict(self) -> dict[str, str | None]:
        return {
            "app_version": self.app_version,
            "mode": self.mode,
            "data_dir": self.data_dir,
            "database_url": self.database_url,
            "server_version": self.server_version,
            "schema_revision": self.schema_revision,
            "head_revision": self.head_revision,
        }


def info(db: Database) -> Info:
    return Info(
        app_version=__version__,
        mode=db.mode,
        data_dir=str(db.data_dir) if db.data_dir else None,
        database_url=db.display_url,
        server_version=db.server_version(),
        schema_revision=migrate.current_revision(db.engine),
        head_revision=migrate.head_revision(),
    )
