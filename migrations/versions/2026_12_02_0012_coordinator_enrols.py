"""A coordinator's own login may enrol a member: an account's chain head starts in the database.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-02

Revision 0007 gave ``localex_coordinator`` INSERT on four columns of ``accounts``
(``member_id``, ``name``, ``credit_limit``, ``upper_limit``), but the program wrote the
new account with every column, the zero chain head included, so on a shared server a
coordinator's login was refused ("permission denied for table accounts") and only the
migrating login could enrol anyone. A new account's chain head is always 32 zero bytes
(no entry yet), so the database now gives it as the column's default; the program
inserts the four granted columns and nothing else. The chain head stays out of every
login's reach.

Enrolling under a member number brought from elsewhere (an import keeps the old
exchange's numbers) moves the members' number generator past it with ``setval``, which
needs UPDATE on that sequence: granted to ``localex_coordinator`` (it holds no data; the
numbers themselves are checked by the primary key).

Downgrade drops the default and the grant.
"""

from __future__ import annotations

from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

ZERO_HEAD = "decode(repeat('00', 32), 'hex')"

SEQUENCE = """
DO $$
BEGIN
    EXECUTE format('{verb} UPDATE ON SEQUENCE %s {to} localex_coordinator',
                   pg_get_serial_sequence('members', 'id'));
END $$;
"""


def upgrade() -> None:
    op.execute(f"ALTER TABLE accounts ALTER COLUMN chain_head SET DEFAULT {ZERO_HEAD}")
    op.execute(SEQUENCE.format(verb="GRANT", to="TO"))


def downgrade() -> None:
    op.execute(SEQUENCE.format(verb="REVOKE", to="FROM"))
    op.execute("ALTER TABLE accounts ALTER COLUMN chain_head DROP DEFAULT")
