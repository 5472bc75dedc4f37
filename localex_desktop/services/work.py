"""One user action = one database transaction, run the same way by the GUI and the CLI.

A piece of work is a function ``fn(session, actor) -> T`` that calls services. The
runner opens the transaction, runs it, and on the way out

* translates any failure once (:func:`services.errors.translate`) into words for a
  person, or leaves a bug as it is for the caller to log;
* for a change, reads from PostgreSQL which tables the transaction wrote
  (``pg_stat_xact_user_tables``: counted by the server for this transaction only,
  whatever path the writes took — ORM, SQL, triggers or the posting function) and
  returns them as the :data:`ChangeSet` that tells the open windows what to refresh.

A change first checks that the actor's operator account is still there and active (a
restore by another session may have brought back data without it): "Your operator
account ann is not in the restored data; sign in again." instead of a foreign-key error
on the audit log, and nothing is written.

A read runs in a READ ONLY transaction, so a read that tries to write is caught at once.
No Qt here; the desktop's :mod:`ui.operations` runs these on a worker thread.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

import sqlalchemy as sa
from sqlalchemy.orm import Session

from localex_desktop.db.connection import Database
from localex_desktop.db.listen import LEDGER_HEAD
from localex_desktop.domain.errors import Refused
from localex_desktop.domain.roles import Actor
from localex_desktop.services.errors import translate

T = TypeVar("T")

Work = Callable[[Session, Actor], T]
"""A user action's database work: services called with one session and the actor."""

ChangeSet = frozenset[str]
"""The names of the tables a change wrote (``members``, ``transactions``, …)."""

NOTHING: ChangeSet = frozenset()

#: the tables the program's windows show; anything else a change writes is not reported
VISIBLE_TABLES = frozenset(
    {
        "members",
        "accounts",
        "transactions",
        "entries",
        "listings",
        "trades",
        "categories",
        "operators",
        "settings",
        "audit_log",
    }
)

_WRITTEN = sa.text(
    "SELECT relname FROM pg_stat_xact_user_tables WHERE n_tup_ins + n_tup_upd + n_tup_del > 0"
)
_LEDGER_HEAD = sa.text(LEDGER_HEAD)
_OPERATOR = sa.text("SELECT username, active FROM operators WHERE id = :id")


class SignedOut(Refused):
    """The signed-in operator is gone from the data (restored elsewhere) or inactive."""


def check_operator(session: Session, actor: Actor) -> None:
    """Refuse to act for an operator the data no longer holds (or holds inactive)."""
    if actor.operator_id is None:
        return
    row = session.execute(_OPERATOR, {"id": actor.operator_id}).first()
    if row is None or row.username != actor.name:
        raise SignedOut(
            f"Your operator account {actor.name} is not in the restored data; sign in again.",
            hint="Sign in as an operator the restored data holds, or ask an administrator.",
        )
    if not row.active:
        raise SignedOut(
            f"Your operator account {actor.name} is no longer active; sign in again.",
            hint="Ask an administrator to make it active again.",
        )


@dataclass(frozen=True)
class Outcome(Generic[T]):
    """What a change returned, which tables it wrote, and the ledger's newest id then."""

    value: T
    changed: ChangeSet
    ledger_head: int | None = None


def written_tables(session: Session) -> ChangeSet:
    """The visible tables the current transaction has written so far."""
    names = session.execute(_WRITTEN).scalars().all()
    return frozenset(names) & VISIBLE_TABLES


def run_change(db: Database, actor: Actor, fn: Work[T]) -> Outcome[T]:
    """Run ``fn`` in one transaction and commit it; failures come out translated."""
    host = _host(db)
    try:
        with db.transaction() as session:
            check_operator(session, actor)
            value = fn(session, actor)
            changed = written_tables(session)
            head = None
            if changed & {"transactions", "accounts", "entries"}:
                head = session.execute(_LEDGER_HEAD).scalar()
    except BaseException as exc:
        translated = translate(exc, host=host, login=_login(db))
        if translated is exc:
            raise
        raise translated from exc
    return Outcome(value, changed, None if head is None else int(head))


def run_query(db: Database, actor: Actor, fn: Work[T]) -> T:
    """Run ``fn`` in one READ ONLY transaction; failures come out translated."""
    host = _host(db)
    try:
        with db.transaction() as session:
            session.execute(sa.text("SET TRANSACTION READ ONLY"))
            return fn(session, actor)
    except BaseException as exc:
        translated = translate(exc, host=host, login=_login(db))
        if translated is exc:
            raise
        raise translated from exc


def translated(db: Database, exc: BaseException) -> BaseException:
    """``exc`` in the words :func:`run_query` would use, for work done outside it."""
    return translate(exc, host=_host(db), login=_login(db))


def _host(db: Database) -> str | None:
    return db.url.host if db.mode == "server" else None


def _login(db: Database) -> str | None:
    """The server login a refused right is named by (the built-in one's is no person's)."""
    return db.url.username if db.mode == "server" else None
