"""The books readable from a bookkeeper's own tools: schema ``localex_report``.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02

The internal tables (``entries.balance_after``, ``accounts.system_code``, the hash
columns, amounts in minor units) change with the program; psql, LibreOffice Base, a
spreadsheet's database connection or a BI tool should not have to learn them. This
schema is the stable, documented face of the books (docs/database/reporting.md lists
every column; a test compares that list with the database):

* views ``currency``, ``categories``, ``account_balances``, ``members`` (no notes, no
  contact details), ``member_contacts``, ``transactions_summary``, ``entries`` (with
  the running balance by value date, as a statement shows it) and ``audit``;
* functions ``balances_at(date)``, ``trial_balance(date)`` and
  ``volume_by_month(date, date)``, the same figures as the program's reports;
* amounts as ``numeric`` in the currency's units (12.50, not 1250), dates as ``date``
  and moments as ``timestamptz``.

Views read the tables with their owner's rights, so a reader needs rights on this
schema only. The functions are ``SECURITY DEFINER`` with a fixed ``search_path`` for
the same reason. Two group roles are granted what they may read, when the migrating
login may create roles (otherwise docs/database/reporting.md has the statements for the
server's administrator):

* ``localex_report_reader`` (outside tools): the books without members' contact
  details, notes or the audit log;
* ``localex_report_full`` (a bookkeeper): everything in the schema.

Downgrade drops the schema (the roles stay: other databases on the server may use them).
"""

from __future__ import annotations

from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

#: same as services.reports.VOLUME_KINDS: what counts as trade volume
VOLUME_KINDS = "'trade', 'transfer', 'batch'"

VIEWS = f"""
COMMENT ON SCHEMA localex_report IS
    'LocalEx Desktop: the documented, stable face of the books (docs/database/reporting.md)';

CREATE FUNCTION localex_report.units(minor numeric, decimals integer) RETURNS numeric
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT round(minor::numeric / power(10::numeric, decimals), decimals) $$;

CREATE VIEW localex_report.currency AS
SELECT coalesce(s.value->>'name', 'Credits') AS name,
       coalesce(s.value->>'symbol', 'Cr') AS symbol,
       coalesce((s.value->>'decimals')::integer, 2) AS decimals
FROM (VALUES (1)) AS one (x)
LEFT JOIN public.settings s ON s.key = 'currency';

CREATE VIEW localex_report.categories AS
WITH RECURSIVE walk (category_id, parent_id, name, path, depth, seen) AS (
    SELECT c.id, c.parent_id, c.name, c.name, 0, ARRAY[c.id]
    FROM public.categories c WHERE c.parent_id IS NULL
    UNION ALL
    SELECT c.id, c.parent_id, c.name, w.path || ' › ' || c.name, w.depth + 1, w.seen || c.id
    FROM public.categories c JOIN walk w ON c.parent_id = w.category_id
    WHERE NOT c.id = ANY (w.seen)
)
SELECT category_id, parent_id, name, path, depth FROM walk;

CREATE VIEW localex_report.account_balances AS
SELECT a.id AS account_id,
       a.member_id,
       a.name,
       CASE WHEN a.member_id IS NULL THEN a.system_code ELSE 'member' END AS kind,
       m.status,
       localex_report.units(a.balance, c.decimals) AS balance,
       localex_report.units(a.credit_limit, c.decimals) AS credit_limit,
       localex_report.units(a.upper_limit, c.decimals) AS upper_limit,
       localex_report.units(a.balance + a.credit_limit, c.decimals) AS available,
       a.last_value_date AS last_activity,
       a.last_activity_at AS last_recorded_at,
       a.entry_count
FROM public.accounts a
LEFT JOIN public.members m ON m.id = a.member_id
CROSS JOIN localex_report.currency c;

CREATE VIEW localex_report.members AS
SELECT m.id AS member_id, m.name, m.status, m.joined_on, m.left_on, m.directory_consent,
       a.id AS account_id,
       localex_report.units(a.balance, c.decimals) AS balance
FROM public.members m
JOIN public.accounts a ON a.member_id = m.id
CROSS JOIN localex_report.currency c;

CREATE VIEW localex_report.member_contacts AS
SELECT m.id AS member_id, m.name, m.email, m.phone, m.address, m.notes
FROM public.members m;

CREATE VIEW localex_report.transactions_summary AS
SELECT t.id AS transaction_id,
       t.value_date,
       t.posted_at AS recorded_at,
       t.kind,
       t.memo,
       cat.category_id,
       cat.path AS category,
       legs.payers,
       legs.payees,
       localex_report.units(legs.amount, c.decimals) AS amount,
       t.reverses_id AS reverses,
       r.id AS reversed_by,
       t.actor AS recorded_by,
       t.reason,
       t.limit_override
FROM public.transactions t
CROSS JOIN localex_report.currency c
LEFT JOIN public.transactions r ON r.reverses_id = t.id
LEFT JOIN localex_report.categories cat ON cat.category_id = coalesce(
    t.category_id,
    (SELECT tr.category_id FROM public.trades tr
     WHERE tr.transaction_id = coalesce(t.reverses_id, t.id) LIMIT 1))
CROSS JOIN LATERAL (
    SELECT string_agg(l.label, ', ' ORDER BY e.id) FILTER (WHERE e.amount < 0) AS payers,
           string_agg(l.label, ', ' ORDER BY e.id) FILTER (WHERE e.amount > 0) AS payees,
           coalesce(sum(e.amount) FILTER (WHERE e.amount > 0), 0) AS amount
    FROM public.entries e
    JOIN public.accounts a ON a.id = e.account_id
    CROSS JOIN LATERAL (
        SELECT CASE WHEN a.member_id IS NULL THEN a.name
                    ELSE a.name || ' (' || a.member_id || ')' END AS label
    ) l
    WHERE e.transaction_id = t.id
) legs;

CREATE VIEW localex_report.entries AS
SELECT e.id AS entry_id,
       e.transaction_id,
       e.account_id,
       a.member_id,
       a.name AS account_name,
       e.value_date,
       e.posted_at AS recorded_at,
       t.kind,
       t.memo,
       localex_report.units(e.amount, c.decimals) AS amount,
       localex_report.units(
           sum(e.amount) OVER (PARTITION BY e.account_id
                               ORDER BY e.value_date, e.transaction_id, e.id),
           c.decimals) AS running_balance
FROM public.entries e
JOIN public.accounts a ON a.id = e.account_id
JOIN public.transactions t ON t.id = e.transaction_id
CROSS JOIN localex_report.currency c;

CREATE VIEW localex_report.audit AS
SELECT id AS audit_id, at, actor, action, entity, entity_id, before, after
FROM public.audit_log;

CREATE FUNCTION localex_report.balances_at(at date)
RETURNS TABLE (account_id bigint, member_id bigint, name text, kind text, status text,
               balance numeric, credit_limit numeric, last_activity date)
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_column
BEGIN
    IF at IS NULL THEN  -- a blank parameter in a tool: say so, never a quiet wrong answer
        RAISE EXCEPTION 'balances_at needs a date, for example balances_at(''2026-12-31'')'
            USING ERRCODE = '22004';
    END IF;
    RETURN QUERY
    SELECT a.id, a.member_id, a.name,
           CASE WHEN a.member_id IS NULL THEN a.system_code ELSE 'member' END,
           m.status,
           localex_report.units(a.balance - coalesce(later.total, 0), c.decimals),
           localex_report.units(a.credit_limit, c.decimals),
           last.value_date
    FROM public.accounts a
    LEFT JOIN public.members m ON m.id = a.member_id
    CROSS JOIN localex_report.currency c
    LEFT JOIN LATERAL (
        SELECT sum(e.amount) AS total FROM public.entries e
        WHERE e.account_id = a.id AND e.value_date > at
    ) later ON true
    LEFT JOIN LATERAL (
        SELECT e.value_date FROM public.entries e
        WHERE e.account_id = a.id AND e.value_date <= at
        ORDER BY e.value_date DESC LIMIT 1
    ) last ON true
    WHERE a.member_id IS NULL OR m.joined_on <= at
       OR a.created_at < (at + 1)::timestamptz OR last.value_date IS NOT NULL
    ORDER BY a.member_id IS NOT NULL, a.member_id, a.id;
END
$$;

CREATE FUNCTION localex_report.trial_balance(at date)
RETURNS TABLE (account_id bigint, member_id bigint, name text, kind text,
               debit numeric, credit numeric, balance numeric)
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT b.account_id, b.member_id, b.name, b.kind,
           CASE WHEN b.balance < 0 THEN -b.balance ELSE round(0, c.decimals) END,
           CASE WHEN b.balance > 0 THEN b.balance ELSE round(0, c.decimals) END,
           b.balance
    FROM localex_report.balances_at(at) b CROSS JOIN localex_report.currency c
$$;

CREATE FUNCTION localex_report.volume_by_month(since date DEFAULT NULL, until date DEFAULT NULL)
RETURNS TABLE (month text, count bigint, volume numeric, reversed_count bigint,
               reversed_volume numeric, net_count bigint, net_volume numeric)
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_column
BEGIN
    IF since > until THEN  -- as the program's reports refuse it
        RAISE EXCEPTION 'The period starts (%) after it ends (%): give the earlier day first.',
            since, until USING ERRCODE = '22023';
    END IF;
    RETURN QUERY
    WITH counted AS (
        SELECT t.id, t.value_date, t.kind = 'reversal' AS is_reversal
        FROM public.transactions t
        LEFT JOIN public.transactions o ON o.id = t.reverses_id
        WHERE (t.kind IN ({VOLUME_KINDS}) OR (t.kind = 'reversal' AND o.kind IN ({VOLUME_KINDS})))
          AND (since IS NULL OR t.value_date >= since)
          AND (until IS NULL OR t.value_date <= until)
          AND NOT EXISTS (
              SELECT 1 FROM public.entries e JOIN public.accounts a ON a.id = e.account_id
              WHERE e.transaction_id = t.id AND a.member_id IS NULL)
    ),
    sized AS (
        SELECT k.*, (SELECT sum(e.amount) FROM public.entries e
                     WHERE e.transaction_id = k.id AND e.amount > 0) AS size
        FROM counted k
    ),
    months AS (
        SELECT to_char(value_date, 'YYYY-MM') AS month,
               count(*) FILTER (WHERE NOT is_reversal) AS n,
               coalesce(sum(size) FILTER (WHERE NOT is_reversal), 0) AS v,
               count(*) FILTER (WHERE is_reversal) AS rn,
               coalesce(sum(size) FILTER (WHERE is_reversal), 0) AS rv
        FROM sized GROUP BY 1
    )
    SELECT m.month, m.n, localex_report.units(m.v, c.decimals), m.rn,
           localex_report.units(m.rv, c.decimals), m.n - m.rn,
           localex_report.units(m.v - m.rv, c.decimals)
    FROM months m CROSS JOIN localex_report.currency c
    ORDER BY m.month;
END
$$;
"""

#: what outside tools may read: the books, without contact details, notes or the audit
READER_VIEWS = (
    "currency",
    "categories",
    "account_balances",
    "members",
    "transactions_summary",
    "entries",
)
FULL_VIEWS = (*READER_VIEWS, "member_contacts", "audit")
FUNCTIONS = (
    "units(numeric, integer)",
    "balances_at(date)",
    "trial_balance(date)",
    "volume_by_month(date, date)",
)
#: who reads what: the two reporting roles, and revision 0007's bookkeeper role (which
#: the coordinators' and administrators' roles include) the whole schema
READERS = (
    ("localex_report_reader", READER_VIEWS),
    ("localex_report_full", FULL_VIEWS),
    ("localex_bookkeeper", FULL_VIEWS),
)


def grants_sql(roles: tuple[str, ...]) -> list[str]:
    """The reading rights of ``roles`` (also printed in docs/database/reporting.md)."""
    functions = ", ".join(f"localex_report.{f}" for f in FUNCTIONS)
    lines = [
        "REVOKE ALL ON SCHEMA localex_report FROM PUBLIC",
        f"REVOKE ALL ON FUNCTION {functions} FROM PUBLIC",
    ]
    for role, views in READERS:
        if role not in roles:
            continue
        tables = ", ".join(f"localex_report.{v}" for v in views)
        lines += [
            f"GRANT USAGE ON SCHEMA localex_report TO {role}",
            f"GRANT SELECT ON {tables} TO {role}",
            f"GRANT EXECUTE ON FUNCTION {functions} TO {role}",
        ]
    return lines


ROLES = """
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'localex_report_reader') THEN
        CREATE ROLE localex_report_reader NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'localex_report_full') THEN
        CREATE ROLE localex_report_full NOLOGIN;
    END IF;
EXCEPTION WHEN insufficient_privilege THEN
    RAISE NOTICE 'localex_report: this login may not create roles; the server''s '
        'administrator makes them (packaging/server/shared-server.sql)';
END
$$;
"""

OWNER = "localex_owner"  # revision 0007's owner of the schema


def upgrade() -> None:
    bind = op.get_bind()
    was = bind.exec_driver_sql("SELECT current_user, session_user").one()
    # the schema is made by the login (it may create schemas; revision 0007's owner role
    # may not) and given to the owner, who then makes everything in it
    op.execute("SET LOCAL ROLE NONE")
    op.execute(f"CREATE SCHEMA localex_report AUTHORIZATION {OWNER}")
    op.execute(ROLES)
    op.execute(f"SET LOCAL ROLE {OWNER}")
    op.execute(VIEWS)
    present = tuple(
        bind.exec_driver_sql(
            "SELECT rolname FROM pg_roles WHERE rolname IN "
            "('localex_report_reader', 'localex_report_full', 'localex_bookkeeper')"
        ).scalars()
    )
    for statement in grants_sql(present):
        op.execute(statement)
    op.execute("SET LOCAL ROLE NONE" if was[0] == was[1] else f"SET LOCAL ROLE {was[0]}")


def downgrade() -> None:
    op.execute("DROP SCHEMA localex_report CASCADE")
