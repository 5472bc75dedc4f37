"""The database's own sign-in (revision 0007): the password checked by the database, the
operator bound to the login's connections by a token only the program holds.

On a shared server a person's login is not the schema's owner; the definer functions
then take the actor of a posting or an audit row from ``localex_sign_in()``'s record,
never from what the program passes (which anyone with psql could fill in).
"""

from __future__ import annotations

import hashlib
import os
import weakref
from collections.abc import Callable
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from localex_desktop.db.connection import Database

NO_VERIFIER = sa.text(
    "SELECT (to_jsonb(o) -> 'db_verifier') = 'null'::jsonb FROM operators o WHERE o.id = :id"
)


#: rounds of the database's own password check (``localex_sign_in()``, revision 0007):
#: about a tenth of a second in PL/pgSQL; the tests lower it (tests/throwaway.py)
VERIFIER_ROUNDS = 100_000


def db_verifier(password: str, rounds: int | None = None) -> str:
    """The password as the database can check it without pgcrypto (which the embedded
    server lacks): SHA-256 of salt and password, then of the hash and password, ``rounds``
    times. Only the owner role can read it (logins get no SELECT on the column)."""
    n = rounds or VERIFIER_ROUNDS
    salt = os.urandom(16)
    pw = password.encode("utf-8")
    h = hashlib.sha256(salt + pw).digest()
    for _ in range(n - 1):
        h = hashlib.sha256(h + pw).digest()
    return f"sha256i${n}${salt.hex()}${h.hex()}"


_HAS_VERIFIER = sa.text(
    "SELECT EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = 'operators'::regclass"
    " AND attname = 'db_verifier' AND NOT attisdropped)"
)


def store_verifier(session: Session, operator_id: int, password: str) -> None:
    """Write the database's check of a password (nothing before revision 0007)."""
    if session.scalar(_HAS_VERIFIER):
        session.execute(
            sa.text("UPDATE operators SET db_verifier = :v WHERE id = :id"),
            {"v": db_verifier(password), "id": operator_id},
        )


#: the sign-in token each engine's connections present (``localex.signin``)
_TOKENS: weakref.WeakKeyDictionary[sa.Engine, str] = weakref.WeakKeyDictionary()


def _token_presenter(engine: sa.Engine) -> Callable[[Any, Any], None]:
    ref = weakref.ref(engine)

    def present(dbapi_conn: Any, _record: Any) -> None:
        live = ref()
        token = _TOKENS.get(live) if live is not None else None
        if token:
            with dbapi_conn.cursor() as cur:
                cur.execute("SELECT set_config('localex.signin', %s, false)", (token,))
            dbapi_conn.commit()

    return present


#: the transaction is read-only by the login's default, not by a standby server's recovery
_READ_ONLY_LOGIN = sa.text(
    "SELECT current_setting('transaction_read_only') = 'on' AND NOT pg_is_in_recovery()"
)


def sign_in(db: Database, username: str, password: str) -> int | None:
    """``localex_sign_in()``: the operator's id, or None for a wrong name or password.
    Each of the engine's connections then presents the token on connect (the pool is
    emptied so all of them do)."""
    with db.engine.connect() as conn:
        read_only_login = bool(conn.execute(_READ_ONLY_LOGIN).scalar())
    with db.transaction() as session:
        if read_only_login:
            # a login made read-only by default_transaction_read_only: the sign-in's own
            # bookkeeping (failed attempts, last sign-in, the token) is written by the
            # definer function as the owner; the login's grants still stop anything else
            session.execute(sa.text("SET TRANSACTION READ WRITE"))
        token = session.scalar(
            sa.text("SELECT localex_sign_in(:u, :p)"), {"u": username, "p": password}
        )
        operator_id = (
            session.scalar(sa.text("SELECT operator_id FROM localex_session_actor(NULL, NULL)"))
            if token is not None
            else None
        )
    if token is None or operator_id is None:
        return None
    if db.engine not in _TOKENS:
        sa.event.listen(db.engine, "connect", _token_presenter(db.engine))
    _TOKENS[db.engine] = str(token)
    db.engine.dispose()
    return int(operator_id)


_MUST_SIGN_IN = sa.text(
    "SELECT CASE WHEN (SELECT rolsuper FROM pg_roles WHERE rolname = session_user) THEN false"
    " WHEN NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'localex_owner') THEN false"
    " WHEN pg_has_role(session_user, 'localex_owner', 'MEMBER') THEN false"
    " WHEN to_regclass('public.operators') IS NULL THEN false"
    " ELSE true END"
)


def must_sign_in(db: Database) -> bool:
    """Whether this login must sign in as an operator before acting: a login that is
    neither a superuser nor a member of the owner role (which could write the tables
    anyway, so a sign-in would guard nothing) on a database with operators' rules."""
    with db.engine.connect() as conn:
        return bool(conn.execute(_MUST_SIGN_IN).scalar())
