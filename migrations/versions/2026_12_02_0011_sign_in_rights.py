"""Sign-in for a read-only login: the sign-in functions callable by any login that may read the exchange.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02

Revision 0007 let only the group roles call ``localex_sign_in()``; a login an installer
made with ``GRANT SELECT`` alone (a bookkeeper's read-only login, a reporting login)
could then not sign in at all, and the failed attempts and the last sign-in, which the
sign-in writes, could not be kept. The bookkeeping stays where 0007 put it, inside the
SECURITY DEFINER function (fixed ``search_path``), which writes as the owner; here
``localex_sign_in()``, ``localex_sign_out()`` and ``localex_session_actor()`` become
callable by PUBLIC, and ``localex_sign_in()`` first refuses a login that may not read the
exchange's members (SQLSTATE 42501): a login of another database on the same server
cannot try operators' passwords nor lock operators out. A token gives a login no right
it did not have: the definer functions that write still need their own EXECUTE grant.

The pure functions every read and ``verify`` call (``localex_fold()`` for searches, the
hashes ``localex_tx_digest()``, ``localex_entry_digest()`` and ``localex_audit_digest()``:
immutable, reading no table) become callable by PUBLIC too, so a login with SELECT only
can search and verify.

Downgrade puts revision 0007's function back and takes the grants from PUBLIC.
"""

from __future__ import annotations

from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

_BODY = r"""
CREATE OR REPLACE FUNCTION localex_sign_in(p_username text, p_password text) RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    v_op    record;
    v_token text;
BEGIN
    {guard}
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
"""

GUARD = """IF NOT has_table_privilege(session_user, 'public.members', 'SELECT') THEN
        RAISE EXCEPTION 'permission denied for table members'
            USING ERRCODE = 'insufficient_privilege',
                  HINT = 'Only a login that may read the exchange signs operators in.';
    END IF;"""

FUNCTIONS = "localex_sign_in(text, text), localex_sign_out(), localex_session_actor(text, bigint)"


PURE = (
    "localex_fold",
    "localex_tx_digest",
    "localex_tx_digest_v2",
    "localex_entry_digest",
    "localex_audit_digest",
)

_EACH_PURE = """
DO $$
DECLARE
    r record;
BEGIN
    FOR r IN SELECT p.oid::regprocedure AS fn FROM pg_proc p
             WHERE p.pronamespace = 'public'::regnamespace AND p.proname IN ({names})
    LOOP
        EXECUTE format('{verb} EXECUTE ON FUNCTION %s {to} PUBLIC', r.fn);
    END LOOP;
END $$;
"""


def _pure(verb: str, to: str) -> str:
    names = ", ".join(f"'{n}'" for n in PURE)
    return _EACH_PURE.format(names=names, verb=verb, to=to)


def upgrade() -> None:
    op.execute(_BODY.replace("{guard}", GUARD))
    op.execute(f"GRANT EXECUTE ON FUNCTION {FUNCTIONS} TO PUBLIC")
    op.execute(_pure("GRANT", "TO"))


def downgrade() -> None:
    op.execute(_pure("REVOKE", "FROM"))
    op.execute(f"REVOKE EXECUTE ON FUNCTION {FUNCTIONS} FROM PUBLIC")
    op.execute(_BODY.replace("{guard}", ""))
