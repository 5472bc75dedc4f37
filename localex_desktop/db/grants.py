"""The owner and the grants of schema revision 0007, applied again to a database whose
objects lost them: a restore loads a dump with ``--no-owner`` (and maybe ``--no-acl``),
so afterwards everything belongs to the restoring login and the group roles have no
rights. :func:`apply` gives everything back to ``localex_owner`` and grants as the
revision did (docs/database/README.md, "Roles and grants"). Idempotent.

The migration keeps its own copy of this SQL: a revision must not change when this
module does.
"""

from __future__ import annotations

from sqlalchemy.engine import Connection

POST_ARGS = (
    "text, text, bigint[], bigint[], text, bigint, bigint, text, bigint, text, boolean, date"
)
BATCH_ARGS = "jsonb, text, bigint"

ROLES = r"""
DO $$
DECLARE
    r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['localex_owner', 'localex_bookkeeper', 'localex_coordinator',
                             'localex_admin'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
            BEGIN
                EXECUTE format('CREATE ROLE %I NOLOGIN', r);
            EXCEPTION WHEN insufficient_privilege THEN
                RAISE EXCEPTION 'the database role % is missing and % may not create it',
                    r, session_user
                    USING ERRCODE = 'LX080',
                          HINT = 'An administrator of the server runs packaging/shared-server.sql '
                                 'once (docs/admin/server.md), then try again.';
            END;
        END IF;
    END LOOP;
    IF NOT pg_has_role('localex_coordinator', 'localex_bookkeeper', 'MEMBER') THEN
        GRANT localex_bookkeeper TO localex_coordinator;
    END IF;
    IF NOT pg_has_role('localex_admin', 'localex_coordinator', 'MEMBER') THEN
        GRANT localex_coordinator TO localex_admin;
    END IF;
    IF NOT pg_has_role(session_user, 'localex_owner', 'USAGE') THEN
        EXECUTE format('GRANT localex_owner TO %I', session_user);
    END IF;
END $$;
GRANT USAGE, CREATE ON SCHEMA public TO localex_owner;
GRANT USAGE ON SCHEMA public TO localex_bookkeeper;
"""

OWNERSHIP = r"""
DO $$
DECLARE
    r record;
BEGIN
    FOR r IN SELECT c.oid::regclass AS name FROM pg_class c
             WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm')
    LOOP
        EXECUTE format('ALTER TABLE %s OWNER TO localex_owner', r.name);
    END LOOP;
    FOR r IN SELECT c.oid::regclass AS name FROM pg_class c
             WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'S'
               AND pg_get_userbyid(c.relowner) <> 'localex_owner'
               AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid
                               AND d.deptype IN ('a', 'i'))
    LOOP
        EXECUTE format('ALTER SEQUENCE %s OWNER TO localex_owner', r.name);
    END LOOP;
    FOR r IN SELECT p.oid::regprocedure AS name FROM pg_proc p
             WHERE p.pronamespace = 'public'::regnamespace
               AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')
    LOOP
        EXECUTE format('ALTER FUNCTION %s OWNER TO localex_owner', r.name);
    END LOOP;
    FOR r IN SELECT t.oid::regtype AS name FROM pg_type t
             WHERE t.typnamespace = 'public'::regnamespace AND t.typtype IN ('c', 'e', 'd')
               AND (t.typrelid = 0
                    OR (SELECT c.relkind FROM pg_class c WHERE c.oid = t.typrelid) = 'c')
    LOOP
        EXECUTE format('ALTER TYPE %s OWNER TO localex_owner', r.name);
    END LOOP;
END $$;
"""

GRANTS = rf"""
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC;
REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM PUBLIC;
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA public FROM PUBLIC;
ALTER DEFAULT PRIVILEGES FOR ROLE localex_owner REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
ALTER DEFAULT PRIVILEGES FOR ROLE localex_owner IN SCHEMA public
    GRANT SELECT ON TABLES TO localex_bookkeeper;

-- bookkeeper: reads everything but the password hashes and the sign-ins
GRANT SELECT ON ALL TABLES IN SCHEMA public TO localex_bookkeeper;
REVOKE SELECT ON operators, localex_signins FROM localex_bookkeeper;
GRANT SELECT (id, username, display_name, role, active, failed_logins, locked_until,
              last_login_at, created_at) ON operators TO localex_bookkeeper;
GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA public TO localex_bookkeeper;
REVOKE EXECUTE ON FUNCTION localex_post_core({POST_ARGS}),
    localex_post_batch_core({BATCH_ARGS}), localex_post({POST_ARGS}),
    localex_post_batch({BATCH_ARGS}),
    localex_post_override(text, text, bigint[], bigint[], text, bigint, text, date),
    localex_audit_link(), localex_guard_posting(),
    localex_check_verifier(text, text) FROM localex_bookkeeper;

-- coordinator: members, accounts' limits, listings, trades, categories; posting
GRANT INSERT, UPDATE ON members, listings, trades, slip_batches, categories
    TO localex_coordinator;
GRANT INSERT (member_id, name, credit_limit, upper_limit) ON accounts TO localex_coordinator;
GRANT UPDATE (name, credit_limit, upper_limit) ON accounts TO localex_coordinator;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO localex_coordinator;
GRANT EXECUTE ON FUNCTION localex_post({POST_ARGS}),
    localex_post_batch({BATCH_ARGS})
    TO localex_coordinator;

-- admin: operators and settings; limits set aside
GRANT SELECT, INSERT, UPDATE, DELETE ON operators TO localex_admin;
GRANT INSERT, UPDATE, DELETE ON settings TO localex_admin;
GRANT EXECUTE ON FUNCTION
    localex_post_override(text, text, bigint[], bigint[], text, bigint, text, date)
    TO localex_admin;
"""


def apply(conn: Connection) -> None:
    """Owner and grants as revision 0007 left them (the caller commits)."""
    cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    for script in (ROLES, OWNERSHIP, GRANTS):
        cursor.execute(script)
