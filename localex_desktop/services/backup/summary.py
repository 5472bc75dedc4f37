"""What a database holds, in the numbers a backup's manifest records."""

from __future__ import annotations

import sqlalchemy as sa
from psycopg import sql
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from localex_desktop.domain.backup_format import DatabaseSummary, LedgerSummary


def has_table(conn: Connection | Session, name: str) -> bool:
    return bool(conn.execute(sa.text("SELECT to_regclass(:n) IS NOT NULL"), {"n": name}).scalar())


def collect_summary(conn: Connection) -> DatabaseSummary:
    """Row counts of every table, and the ledger's totals and chain heads."""
    revision = None
    if has_table(conn, "public.alembic_version"):
        revision = conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalar()
    tables = [
        str(r[0])
        for r in conn.execute(
            sa.text(
                "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                "WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') ORDER BY 1"
            )
        )
    ]
    raw = conn.connection.driver_connection

    def count(table: str) -> int:
        statement = sql.SQL("SELECT count(*) FROM {}").format(sql.Identifier("public", table))
        # composed by the driver; no parameters, so a % in a name is just a character
        text = statement.as_string(raw)
        return int(conn.execution_options(no_parameters=True).exec_driver_sql(text).scalar_one())

    counts = {t: count(t) for t in tables}
    ledger = None
    if {"accounts", "transactions", "entries"} <= set(tables):
        heads = {
            int(r[0]): str(r[1])
            for r in conn.execute(sa.text("SELECT id, encode(chain_head, 'hex') FROM accounts"))
        }
        balance_sum = int(
            conn.execute(sa.text("SELECT coalesce(sum(balance), 0) FROM accounts")).scalar_one()
        )
        ledger = LedgerSummary(counts["transactions"], counts["entries"], balance_sum, heads)
    return DatabaseSummary(None if revision is None else str(revision), counts, ledger)
