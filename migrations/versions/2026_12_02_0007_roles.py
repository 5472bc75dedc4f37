"""Roles: an owner nobody logs in as, definer functions, grants per operator role, a chained audit log.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02

* Roles (cluster-wide, created here when missing, by a login that may create roles; on a
  shared server the administrator's one-time script ``packaging/server/shared-server.sql`` makes
  them first): ``localex_owner`` (NOLOGIN) owns every table, sequence, type and function;
  ``localex_bookkeeper`` reads; ``localex_coordinator`` (a member of the bookkeeper role)
  also writes members, accounts' limits, listings, trades and categories and may call
  ``localex_post()`` / ``localex_post_batch()``; ``localex_admin`` (a member of the
  coordinator role) also writes operators and settings and may call
  ``localex_post_override()``. No login role gets INSERT, UPDATE or DELETE on entries,
  transactions, accounts' balances or the audit log; PUBLIC gets nothing. The login that
  runs this migration becomes a member of ``localex_owner``; later migrations run as it
  (``db/migrate.py`` does ``SET LOCAL ROLE localex_owner``).
* ``localex_post()`` and ``localex_post_batch()`` keep their signatures but become
  SECURITY DEFINER wrappers (fixed ``search_path``) around revision 0006's bodies, renamed
  ``localex_post_core()`` / ``localex_post_batch_core()`` (no EXECUTE for anyone). The
  actor is taken from the session (``localex_session_actor()``): the operator signed in
  with ``localex_sign_in()`` on this login (``session_user``); the actor parameters are
  ignored, except from a caller who could write the tables anyway (a superuser or a member
  of ``localex_owner``). Limits turned off are refused (LX070) except through
  ``localex_post_override()``, granted to ``localex_admin`` and needing a reason.
* The posting guard (``localex.posting``) lets only the owner (inside the definer
  functions) or a superuser write: ``SET LOCAL localex.posting = 'on'`` from a login does
  nothing.
* The audit log is chained: ``localex_audit_chain`` (insert-only) gives each audit row its
  place, the hash before it and its own hash (over the row's content, ``login`` included),
  written at commit by a deferred trigger running as the owner, one chain for the whole
  log; the head is in ``localex_audit_head``. Existing rows are chained here in id order.
  Rows are written through ``localex_audit()`` (actor from the session).
* ``operators.db_verifier``: an iterated SHA-256 of the password the database itself can
  check (``localex_sign_in()``); written by the program with the bcrypt hash.

Downgrade puts revision 0006's functions back, gives everything back to the login running
it and takes the grants away (the roles stay: other databases of the cluster may use them).
"""

from __future__ import annotations

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

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
                          HINT = 'An administrator of the server runs packaging/server/shared-server.sql '
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
               AND (t.typrelid = 0 OR (SELECT c.relkind FROM pg_class c WHERE c.oid = t.typrelid) = 'c')
    LOOP
        EXECUTE format('ALTER TYPE %s OWNER TO localex_owner', r.name);
    END LOOP;
END $$;
"""

SESSIONS = r"""
ALTER TABLE operators ADD COLUMN db_verifier text;
CREATE TABLE localex_signins (
    token_hash  bytea PRIMARY KEY,
    operator_id bigint NOT NULL REFERENCES operators(id) ON DELETE CASCADE,
    login       name NOT NULL,
    signed_at   timestamptz NOT NULL DEFAULT now(),
    expires_at  timestamptz NOT NULL
);
ALTER TABLE localex_signins OWNER TO localex_owner;

-- the database's own check of a password: an iterated SHA-256 (sha256i$rounds$salt$hash),
-- written by the program next to the bcrypt hash; only the owner can read it
CREATE FUNCTION localex_check_verifier(p_verifier text, p_password text) RETURNS boolean
LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
    v_parts text[] := string_to_array(p_verifier, '$');
    v_pw    bytea := convert_to(p_password, 'UTF8');
    v_h     bytea;
BEGIN
    IF p_verifier IS NULL OR array_length(v_parts, 1) <> 4 OR v_parts[1] <> 'sha256i' THEN
        RETURN false;
    END IF;
    v_h := sha256(decode(v_parts[3], 'hex') || v_pw);
    FOR i IN 2 .. v_parts[2]::integer LOOP
        v_h := sha256(v_h || v_pw);
    END LOOP;
    RETURN encode(v_h, 'hex') = v_parts[4];
END $$;

-- Sign an operator in on this login: the password checked here, a row bound to a random
-- token (held by the program, set as localex.signin on each of its connections) and to
-- session_user. Returns the token, or NULL for a wrong name or password (the failure
-- count is kept, as the program's own check keeps it).
CREATE FUNCTION localex_sign_in(p_username text, p_password text) RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    v_op    record;
    v_token text;
BEGIN
    SELECT o.id, o.active, o.db_verifier, o.locked_until INTO v_op FROM operators o
        WHERE lower(o.username) = lower(btrim(p_username)) FOR UPDATE;
    IF NOT FOUND OR NOT v_op.active OR coalesce(v_op.locked_until > now(), false) THEN
        RETURN NULL;
    END IF;
    IF NOT localex_check_verifier(v_op.db_verifier, p_password) THEN
        UPDATE operators SET failed_logins = CASE WHEN failed_logins + 1 >= 5 THEN 0
                                                  ELSE failed_logins + 1 END,
               locked_until = CASE WHEN failed_logins + 1 >= 5
                                   THEN now() + interval '15 minutes' ELSE locked_until END
            WHERE id = v_op.id;
        RETURN NULL;
    END IF;
    UPDATE operators SET failed_logins = 0, locked_until = NULL, last_login_at = now()
        WHERE id = v_op.id;
    DELETE FROM localex_signins WHERE expires_at < now();
    v_token := replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', '');
    INSERT INTO localex_signins (token_hash, operator_id, login, expires_at)
        VALUES (sha256(convert_to(v_token, 'UTF8')), v_op.id, session_user,
                now() + interval '12 hours');
    PERFORM set_config('localex.signin', v_token, false);
    RETURN v_token;
END $$;

-- The program's own records in settings (the last verification, the last backup), which
-- any operator's action writes; every other setting is the administrators'.
CREATE FUNCTION localex_note(p_key text, p_value jsonb) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
    IF p_key NOT IN ('last_verification', 'last_backup') THEN
        RAISE EXCEPTION 'the setting % is not one of the program''s own records', p_key
            USING ERRCODE = 'LX074';
    END IF;
    INSERT INTO settings (key, value) VALUES (p_key, p_value)
        ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = now();
END $$;

CREATE FUNCTION localex_sign_out() RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    DELETE FROM localex_signins
        WHERE token_hash = sha256(convert_to(current_setting('localex.signin', true), 'UTF8'));
    SELECT set_config('localex.signin', '', false);
$$;

-- Who is acting: the operator signed in on this login; or, for a caller who could write
-- the tables anyway (a superuser, a member of localex_owner), the names it passes.
CREATE FUNCTION localex_session_actor(
    p_actor text, p_operator_id bigint,
    OUT actor text, OUT operator_id bigint, OUT role text, OUT trusted boolean
) LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    v_token text := current_setting('localex.signin', true);
BEGIN
    trusted := pg_has_role(session_user, 'localex_owner', 'MEMBER');
    IF coalesce(v_token, '') <> '' THEN
        SELECT o.username, o.id, o.role INTO actor, operator_id, role
            FROM localex_signins s JOIN operators o ON o.id = s.operator_id
            WHERE s.token_hash = sha256(convert_to(v_token, 'UTF8'))
              AND s.login = session_user AND s.expires_at > now() AND o.active;
        IF FOUND THEN
            RETURN;
        END IF;
    END IF;
    IF trusted THEN
        actor := p_actor;
        operator_id := p_operator_id;
        role := 'admin';
        RETURN;
    END IF;
    RAISE EXCEPTION 'no operator is signed in on this database login (%)', session_user
        USING ERRCODE = 'LX071', HINT = 'Sign in as an operator first (localex_sign_in).';
END $$;
"""

GUARD = r"""
-- Writes to the ledger tables only from inside the definer functions (run as the owner;
-- after a restore with --no-owner, as whoever owns the tables) or by a superuser; the
-- setting alone, which anyone may SET, opens nothing.
CREATE OR REPLACE FUNCTION localex_guard_posting() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- the common case first, as a simple expression (no query per row)
    IF current_user = 'localex_owner'
       AND coalesce(current_setting('localex.posting', true), 'off') = 'on' THEN
        RETURN NEW;
    END IF;
    IF coalesce(current_setting('localex.posting', true), 'off') <> 'on'
       OR NOT pg_has_role(current_user, (SELECT c.relowner FROM pg_class c
                                         WHERE c.oid = TG_RELID), 'USAGE') THEN
        RAISE EXCEPTION '% on % is only allowed through localex_post()', TG_OP, TG_TABLE_NAME
            USING ERRCODE = 'integrity_constraint_violation',
                  HINT = 'Post a transaction (or a reversal) instead.';
    END IF;
    RETURN NEW;
END $$;
"""

POSTING = rf"""
ALTER FUNCTION localex_post({POST_ARGS}) RENAME TO localex_post_core;
ALTER FUNCTION localex_post_batch({BATCH_ARGS}) RENAME TO localex_post_batch_core;

CREATE FUNCTION localex_post(
    p_kind text,
    p_memo text,
    p_accounts bigint[],
    p_amounts bigint[],
    p_actor text DEFAULT NULL,
    p_operator_id bigint DEFAULT NULL,
    p_category_id bigint DEFAULT NULL,
    p_idempotency_key text DEFAULT NULL,
    p_reverses_id bigint DEFAULT NULL,
    p_reason text DEFAULT NULL,
    p_enforce_limits boolean DEFAULT true,
    p_value_date date DEFAULT NULL,
    OUT transaction_id bigint,
    OUT replayed boolean
) LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $fn$
DECLARE
    v record;
    v_out record;
BEGIN
    IF coalesce(current_setting('localex.signin', true), '') = ''
       AND pg_has_role(session_user, 'localex_owner', 'MEMBER') THEN
        -- a caller who could write the tables anyway: its names stand (the fast path)
        v_out := localex_post_core(p_kind, p_memo, p_accounts, p_amounts, p_actor,
                                   p_operator_id, p_category_id, p_idempotency_key,
                                   p_reverses_id, p_reason, p_enforce_limits, p_value_date);
        transaction_id := v_out.transaction_id;
        replayed := v_out.replayed;
        RETURN;
    END IF;
    v := localex_session_actor(p_actor, p_operator_id);
    IF NOT v.trusted THEN
        IF NOT p_enforce_limits THEN
            RAISE EXCEPTION 'limits can be set aside only through localex_post_override()'
                USING ERRCODE = 'LX070';
        END IF;
        IF v.role NOT IN ('admin', 'coordinator') THEN
            RAISE EXCEPTION 'operator % (%) may not post transactions', v.actor, v.role
                USING ERRCODE = 'LX072';
        END IF;
        IF p_value_date < current_date AND v.role <> 'admin' THEN
            RAISE EXCEPTION 'operator % (%) may not post with a past value date', v.actor, v.role
                USING ERRCODE = 'LX072';
        END IF;
    END IF;
    v_out := localex_post_core(p_kind, p_memo, p_accounts, p_amounts, v.actor, v.operator_id,
                               p_category_id, p_idempotency_key, p_reverses_id, p_reason,
                               p_enforce_limits, p_value_date);
    transaction_id := v_out.transaction_id;
    replayed := v_out.replayed;
END
$fn$;

CREATE FUNCTION localex_post_batch(
    p_items jsonb,
    p_actor text DEFAULT NULL,
    p_operator_id bigint DEFAULT NULL
) RETURNS TABLE (line_no integer, tx_id bigint, was_replayed boolean)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $fn$
DECLARE
    v record;
    v_out record;
BEGIN
    v := localex_session_actor(p_actor, p_operator_id);
    IF NOT v.trusted THEN
        IF EXISTS (SELECT 1 FROM jsonb_array_elements(p_items) x
                   WHERE NOT coalesce((x->>'enforce_limits')::boolean, true)) THEN
            RAISE EXCEPTION 'limits can be set aside only through localex_post_override()'
                USING ERRCODE = 'LX070';
        END IF;
        IF v.role NOT IN ('admin', 'coordinator') THEN
            RAISE EXCEPTION 'operator % (%) may not post transactions', v.actor, v.role
                USING ERRCODE = 'LX072';
        END IF;
        IF v.role <> 'admin' AND EXISTS (SELECT 1 FROM jsonb_array_elements(p_items) x
                   WHERE (x->>'value_date')::date < current_date) THEN
            RAISE EXCEPTION 'operator % (%) may not post with a past value date', v.actor, v.role
                USING ERRCODE = 'LX072';
        END IF;
    END IF;
    RETURN QUERY SELECT * FROM localex_post_batch_core(p_items, v.actor, v.operator_id);
END
$fn$;

-- Limits set aside: an administrator's decision, with the reason kept in the transaction
-- (and so in its hash) and in the audit log.
CREATE FUNCTION localex_post_override(
    p_kind text,
    p_memo text,
    p_accounts bigint[],
    p_amounts bigint[],
    p_reason text,
    p_category_id bigint DEFAULT NULL,
    p_idempotency_key text DEFAULT NULL,
    p_value_date date DEFAULT NULL,
    OUT transaction_id bigint,
    OUT replayed boolean
) LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $fn$
DECLARE
    v record;
    v_out record;
BEGIN
    v := localex_session_actor(NULL, NULL);
    IF v.actor IS NULL OR (NOT v.trusted AND v.role <> 'admin') THEN
        RAISE EXCEPTION 'only a signed-in administrator may set the limits aside'
            USING ERRCODE = 'LX072';
    END IF;
    IF coalesce(btrim(p_reason), '') = '' THEN
        RAISE EXCEPTION 'setting the limits aside needs a reason' USING ERRCODE = 'LX061';
    END IF;
    v_out := localex_post_core(p_kind, p_memo, p_accounts, p_amounts, v.actor, v.operator_id,
                               p_category_id, p_idempotency_key, NULL, p_reason, false,
                               p_value_date);
    transaction_id := v_out.transaction_id;
    replayed := v_out.replayed;
END
$fn$;
"""

AUDIT = r"""
ALTER TABLE audit_log ADD COLUMN login name NOT NULL DEFAULT session_user;
CREATE TABLE localex_audit_head (
    id   integer PRIMARY KEY CHECK (id = 1),
    seq  bigint NOT NULL,
    head bytea NOT NULL,
    prev bytea  -- the head before the last row (the linking trigger's scratch)
);
ALTER TABLE localex_audit_head OWNER TO localex_owner;
-- one row per audit row, in the order they were committed: its place in the chain, the
-- hash before it and its own; insert-only and without indexes (linking stays cheap;
-- verify reads it whole)
CREATE TABLE localex_audit_chain (
    seq       bigint NOT NULL,
    audit_id  bigint NOT NULL,
    prev_hash bytea NOT NULL,
    hash      bytea NOT NULL
);
ALTER TABLE localex_audit_chain OWNER TO localex_owner;
CREATE TRIGGER localex_audit_chain_append_only BEFORE UPDATE OR DELETE ON localex_audit_chain
    FOR EACH ROW EXECUTE FUNCTION localex_forbid_change();
CREATE TRIGGER localex_audit_chain_no_truncate BEFORE TRUNCATE ON localex_audit_chain
    FOR EACH STATEMENT EXECUTE FUNCTION localex_forbid_change();

-- The bytes an audit row's hash covers, after the hash before it.
CREATE FUNCTION localex_audit_digest(
    p_prev bytea, p_id bigint, p_at timestamptz, p_operator_id bigint, p_actor text,
    p_login name, p_action text, p_entity text, p_entity_id text, p_before jsonb, p_after jsonb
) RETURNS bytea LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT sha256(p_prev || convert_to(jsonb_build_array(
        p_id, (extract(epoch FROM p_at) * 1000000)::bigint, p_operator_id, p_actor,
        p_login::text, p_action, p_entity, p_entity_id, p_before, p_after)::text, 'UTF8'))
$$;

-- At commit, with every other lock of the transaction already held (no deadlocks): each
-- new audit row is linked to the head of the one chain. One statement takes the head's
-- lock, moves it (SET reads the old values) and writes the link; the row as inserted is
-- the row as it is (audit rows are never changed).
CREATE FUNCTION localex_audit_link() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
    WITH h AS (
        UPDATE localex_audit_head
            SET prev = head, seq = seq + 1,
                head = localex_audit_digest(head, NEW.id, NEW.at, NEW.operator_id, NEW.actor,
                                            NEW.login, NEW.action, NEW.entity, NEW.entity_id,
                                            NEW.before, NEW.after)
            WHERE id = 1
            RETURNING prev, seq, head
    )
    INSERT INTO localex_audit_chain (seq, audit_id, prev_hash, hash)
        SELECT h.seq, NEW.id, h.prev, h.head FROM h;
    RETURN NULL;
END $$;

-- One audit row, its actor from the session (as localex_post() takes it).
CREATE FUNCTION localex_audit(
    p_action text, p_entity text, p_entity_id text, p_before jsonb, p_after jsonb,
    p_actor text DEFAULT NULL, p_operator_id bigint DEFAULT NULL
) RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    v record;
BEGIN
    IF p_entity = 'transaction' THEN  -- written by the posting functions alone
        RAISE EXCEPTION 'audit rows of transactions are written by posting them'
            USING ERRCODE = 'LX073';
    END IF;
    v := localex_session_actor(p_actor, p_operator_id);
    INSERT INTO audit_log (operator_id, actor, action, entity, entity_id, before, after)
        VALUES (v.operator_id, v.actor, p_action, p_entity, p_entity_id, p_before, p_after);
END $$;

-- the rows there are: one chain in id order
DO $$
DECLARE
    r record;
    v_prev bytea := '\x0000000000000000000000000000000000000000000000000000000000000000';
    v_hash bytea;
    v_seq bigint := 0;
BEGIN
    FOR r IN SELECT * FROM audit_log ORDER BY id LOOP
        v_seq := v_seq + 1;
        v_hash := localex_audit_digest(v_prev, r.id, r.at, r.operator_id, r.actor, r.login,
                                       r.action, r.entity, r.entity_id, r.before, r.after);
        INSERT INTO localex_audit_chain VALUES (v_seq, r.id, v_prev, v_hash);
        v_prev := v_hash;
    END LOOP;
    INSERT INTO localex_audit_head (id, seq, head) VALUES (1, v_seq, v_prev);
END $$;
CREATE CONSTRAINT TRIGGER audit_log_chain AFTER INSERT ON audit_log
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION localex_audit_link();
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
GRANT EXECUTE ON FUNCTION localex_post({POST_ARGS}), localex_post_batch({BATCH_ARGS})
    TO localex_coordinator;

-- admin: operators and settings; limits set aside
GRANT SELECT, INSERT, UPDATE, DELETE ON operators TO localex_admin;
GRANT INSERT, UPDATE, DELETE ON settings TO localex_admin;
GRANT EXECUTE ON FUNCTION
    localex_post_override(text, text, bigint[], bigint[], text, bigint, text, date)
    TO localex_admin;
"""

# -- downgrade -------------------------------------------------------------------------

UNGRANT = r"""
ALTER DEFAULT PRIVILEGES FOR ROLE localex_owner GRANT EXECUTE ON FUNCTIONS TO PUBLIC;
ALTER DEFAULT PRIVILEGES FOR ROLE localex_owner IN SCHEMA public
    REVOKE SELECT ON TABLES FROM localex_bookkeeper;
REVOKE ALL ON ALL TABLES IN SCHEMA public
    FROM localex_bookkeeper, localex_coordinator, localex_admin;
REVOKE ALL ON ALL SEQUENCES IN SCHEMA public
    FROM localex_bookkeeper, localex_coordinator, localex_admin;
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA public
    FROM localex_bookkeeper, localex_coordinator, localex_admin;
GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA public TO PUBLIC;
"""

UNDO = rf"""
DROP TRIGGER audit_log_chain ON audit_log;
DROP FUNCTION localex_audit(text, text, text, jsonb, jsonb, text, bigint);
DROP FUNCTION localex_audit_link();
DROP FUNCTION localex_audit_digest(bytea, bigint, timestamptz, bigint, text, name, text, text,
                                   text, jsonb, jsonb);
DROP TABLE localex_audit_chain;
DROP TABLE localex_audit_head;
ALTER TABLE audit_log DROP COLUMN login;
DROP FUNCTION localex_post_override(text, text, bigint[], bigint[], text, bigint, text, date);
DROP FUNCTION localex_post({POST_ARGS});
DROP FUNCTION localex_post_batch({BATCH_ARGS});
ALTER FUNCTION localex_post_core({POST_ARGS}) RENAME TO localex_post;
ALTER FUNCTION localex_post_batch_core({BATCH_ARGS}) RENAME TO localex_post_batch;
DROP FUNCTION localex_session_actor(text, bigint);
DROP FUNCTION localex_sign_out();
DROP FUNCTION localex_note(text, jsonb);
DROP FUNCTION localex_sign_in(text, text);
DROP FUNCTION localex_check_verifier(text, text);
DROP TABLE localex_signins;
ALTER TABLE operators DROP COLUMN db_verifier;
"""

# revision 0002's guard, as it was
GUARD_0002 = r"""
CREATE OR REPLACE FUNCTION localex_guard_posting() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF coalesce(current_setting('localex.posting', true), 'off') <> 'on' THEN
        RAISE EXCEPTION '% on % is only allowed through localex_post()', TG_OP, TG_TABLE_NAME
            USING ERRCODE = 'integrity_constraint_violation',
                  HINT = 'Post a transaction (or a reversal) instead.';
    END IF;
    RETURN NEW;
END $$;
"""

REOWN = r"""
RESET ROLE;
REASSIGN OWNED BY localex_owner TO CURRENT_USER;
REVOKE USAGE, CREATE ON SCHEMA public FROM localex_owner;
REVOKE USAGE ON SCHEMA public FROM localex_bookkeeper;
"""


def _run(*scripts: str) -> None:
    # straight to the driver without parameters, so PL/pgSQL's % is left alone
    cursor = op.get_bind().connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    for script in scripts:
        cursor.execute(script)


def upgrade() -> None:
    _run(ROLES, SESSIONS, GUARD, POSTING, AUDIT, OWNERSHIP, GRANTS)


def downgrade() -> None:
    _run(REOWN, UNGRANT, UNDO, GUARD_0002)
