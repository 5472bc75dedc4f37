"""A restore keeps what a server's administrator granted by hand (issue 15, found by
the outside tryout): a reports login's SELECT and USAGE, and a database whose CONNECT
was taken from PUBLIC and given to named roles, were both silently undone."""

from __future__ import annotations

import sqlalchemy as sa

from localex_desktop.domain.roles import Actor, Role
from localex_desktop.services import backup

from .server_cluster import PASSWORDS, SharedServer

RESTORER = "lx_restorer"


def _restorer(shared: SharedServer, database: str) -> None:
    """A login that may restore: CREATEDB, owner of the database, in localex_owner."""
    PASSWORDS.setdefault(RESTORER, "restorer-pw-1")
    engine = shared.superuser()
    with engine.connect() as conn:
        if not conn.execute(
            sa.text(f"SELECT 1 FROM pg_roles WHERE rolname = '{RESTORER}'")
        ).first():
            conn.execute(
                sa.text(
                    f"CREATE ROLE {RESTORER} LOGIN CREATEDB PASSWORD '{PASSWORDS[RESTORER]}'"
                    " IN ROLE localex_owner"
                )
            )
        conn.execute(sa.text(f'ALTER DATABASE "{database}" OWNER TO {RESTORER}'))
        conn.execute(sa.text(f'REVOKE CONNECT, TEMPORARY ON DATABASE "{database}" FROM PUBLIC'))
        conn.execute(
            sa.text(f'GRANT CONNECT ON DATABASE "{database}" TO localex_bookkeeper, reader')
        )
    engine.dispose()


def _rights(shared: SharedServer, database: str) -> dict[str, object]:
    engine = shared.superuser()
    try:
        with engine.connect() as conn:
            public = conn.execute(
                sa.text("SELECT has_database_privilege('public', :d, 'CONNECT')"), {"d": database}
            ).scalar()
            reader = conn.execute(
                sa.text("SELECT has_database_privilege('reader', :d, 'CONNECT')"), {"d": database}
            ).scalar()
    finally:
        engine.dispose()
    db = shared.database_for(RESTORER, database)
    try:
        with db.engine.connect() as conn:
            tables = conn.execute(
                sa.text("SELECT has_table_privilege('reader', 'public.transactions', 'SELECT')")
            ).scalar()
            schema = conn.execute(
                sa.text("SELECT has_schema_privilege('reader', 'public', 'USAGE')")
            ).scalar()
    finally:
        db.close()
    return {"public": public, "reader": reader, "tables": tables, "schema": schema}


def test_a_restore_keeps_the_grants_an_administrator_added(shared_server: SharedServer) -> None:
    name = shared_server.fresh_exchange()
    _restorer(shared_server, name)
    before = _rights(shared_server, name)
    assert before == {"public": False, "reader": True, "tables": True, "schema": True}
    db = shared_server.database_for(RESTORER, name)
    admin = Actor("installer", Role.ADMIN)
    try:
        made = backup.create_backup(db, admin)
        result = backup.restore_backup(db, admin, made.path, safety_backup=False)
    finally:
        db.close()
    assert result.database == name
    assert _rights(shared_server, name) == before
    if result.previous_kept_as:
        shared_server.made.append(result.previous_kept_as)
