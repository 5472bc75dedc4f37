"""alembic environment, driven from inside the program (``localex_desktop.db.migrate``).

The caller passes an open connection in ``config.attributes["connection"]``; the whole
upgrade or downgrade runs in that connection's transaction, so a failing revision
leaves the schema as it was (PostgreSQL has transactional DDL).
"""

from __future__ import annotations

from alembic import context
from sqlalchemy.engine import Connection

from localex_desktop.db.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    connection: Connection | None = config.attributes.get("connection")
    if connection is None:
        raise RuntimeError(
            "Run migrations through localex_desktop.db.migrate, not the alembic CLI."
        )
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        transaction_per_migration=False,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    raise RuntimeError("Offline (SQL script) migrations are not supported.")
run_migrations_online()
