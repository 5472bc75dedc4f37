"""Live updates: tell listening programs which table changed (LISTEN/NOTIFY).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26

One statement-level trigger per table that a coordinator sees in a view (members,
listings, trades, categories, operators, settings). After an
INSERT, UPDATE or DELETE statement it calls ``pg_notify('localex_changes', <table>)``.

* Statement-level, not row-level: a levy over 500 accounts is one UPDATE statement,
  so one call, not 500.
* PostgreSQL delivers notifications only when the transaction commits (a rolled-back
  change tells nobody) and folds identical ones within a transaction, so a listener
  receives each changed table once per transaction.
* The payload is only the table name: a listener reloads what it shows, it never
  trusts a payload for data. Nothing here reads or changes rows.
* Postings (``transactions``, ``entries`` and the balances on ``accounts``) send no
  notification: a transaction that notifies takes a database-wide lock from its
  pre-commit until its commit is flushed, so every posting would wait for the others'
  fsync and concurrent coordinators would post one at a time. The listener sees new
  postings by polling ``pg_sequence_last_value('transactions_id_seq')`` four times a
  second instead, which costs the posters nothing. Account changes made outside
  postings (limits) come with a change to ``members``, which does notify.

Downgrade drops the triggers and the function; no data is touched.
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

CHANNEL = "localex_changes"
TABLES = (
    "members",
    "listings",
    "trades",
    "categories",
    "operators",
    "settings",
)

FUNCTION = f"""
CREATE FUNCTION localex_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('{CHANNEL}', TG_TABLE_NAME);
    RETURN NULL;
END $$;
"""


def upgrade() -> None:
    op.execute(FUNCTION)
    for table in TABLES:
        op.execute(
            f"CREATE TRIGGER {table}_notify_change "
            f"AFTER INSERT OR UPDATE OR DELETE ON {table} "
            "FOR EACH STATEMENT EXECUTE FUNCTION localex_notify_change()"
        )


def downgrade() -> None:
    for table in TABLES:
        op.execute(f"DROP TRIGGER {table}_notify_change ON {table}")
    op.execute("DROP FUNCTION localex_notify_change()")
