"""The rights each task needs, asked of the database before the work starts.

On a shared server a person's login holds the rights an administrator granted it
(docs/admin/server.md, "The rights each task needs"). Rather than let ``pg_dump`` or an
``INSERT`` fail half-way with "permission denied", each task is checked first and
refused with one sentence naming the missing right and the statement that gives it:
"The login bert may not read the sequences a backup needs. An administrator runs:
GRANT SELECT ON ALL SEQUENCES IN SCHEMA public TO bert;".

:func:`facts` asks the database once (``has_table_privilege``, ``has_sequence_privilege``,
``has_function_privilege``, ``pg_has_role``, ``rolcreatedb``, the database's owner);
the checks below are plain functions of those facts. :func:`login_rights` gives the
signed-in context what the login may not do (:class:`domain.roles.LoginRights`), so the
program disables those actions with the reason, as it does for an operator's role.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

import sqlalchemy as sa
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from localex_desktop.db.connection import Database
from localex_desktop.domain.errors import PermissionDenied
from localex_desktop.domain.roles import Lacking, LoginRights, Permission
from localex_desktop.domain.words import counted

_ROLE = sa.text(
    "SELECT session_user AS login, r.rolsuper AS superuser, r.rolcreatedb AS createdb,"
    " current_database() AS database,"
    " pg_has_role(d.datdba, 'MEMBER') AS owns_database,"
    " has_schema_privilege('public', 'USAGE') AS schema_usage,"
    " EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'pg_read_all_data') AS read_all_role"
    " FROM pg_roles r, pg_database d"
    " WHERE r.rolname = session_user AND d.datname = current_database()"
)
_GROUPS = sa.text(
    "SELECT rolname, pg_has_role(oid, 'MEMBER') AS member FROM pg_roles"
    " WHERE rolname IN ('localex_owner', 'localex_bookkeeper', 'localex_coordinator',"
    " 'localex_admin')"
)
_TABLES = sa.text(
    "SELECT c.relname AS name, has_table_privilege(c.oid, 'SELECT') AS can_select,"
    " has_table_privilege(c.oid, 'INSERT') AS can_insert,"
    " has_table_privilege(c.oid, 'UPDATE') AS can_update"
    " FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p')"
)
_SEQUENCES = sa.text(
    "SELECT c.relname AS name, has_sequence_privilege(c.oid, 'SELECT') AS can_select"
    " FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'S'"
)
_FUNCTIONS = sa.text(
    "SELECT p.proname AS name, bool_and(has_function_privilege(p.oid, 'EXECUTE')) AS can_run"
    " FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace"
    " AND p.proname LIKE 'localex\\_%' GROUP BY p.proname"
)

#: tables a bookkeeper's group role may not read (password hashes, sign-in tokens)
_SECRET = ("operators", "localex_signins")
#: the pure functions reads and verify call (searches, the hashes): PUBLIC since 0011
_PURE = (
    "localex_fold",
    "localex_tx_digest",
    "localex_tx_digest_v2",
    "localex_entry_digest",
    "localex_audit_digest",
)


class Task(enum.StrEnum):
    BACKUP = "backup"
    RESTORE = "restore"
    VERIFY = "verify"


@dataclass(frozen=True)
class Facts:
    """What the database says the session's login may do."""

    login: str
    database: str
    superuser: bool
    createdb: bool
    owns_database: bool
    schema_usage: bool
    read_all_role: bool
    groups: dict[str, bool] = field(default_factory=dict)  # group role -> member
    #: table -> (SELECT, INSERT, UPDATE)
    tables: dict[str, tuple[bool, bool, bool]] = field(default_factory=dict)
    sequences: dict[str, bool] = field(default_factory=dict)  # sequence -> SELECT
    functions: dict[str, bool] = field(default_factory=dict)  # localex_* -> EXECUTE

    def unreadable(self, skip: tuple[str, ...] = ()) -> list[str]:
        if self.superuser:
            return []
        return sorted(t for t, (sel, _i, _u) in self.tables.items() if not sel and t not in skip)

    def writes(self, table: str) -> bool:
        """INSERT and UPDATE on ``table`` (True when there is no such table: nothing to ask)."""
        if self.superuser or table not in self.tables:
            return True
        _sel, ins, upd = self.tables[table]
        return ins and upd

    def runs(self, function: str) -> bool:
        return self.superuser or self.functions.get(function, True)

    def member(self, group: str) -> bool:
        return self.superuser or self.groups.get(group, True)


def facts(conn: Connection | Session) -> Facts:
    """Ask the database, in a few catalogue queries, what this login may do."""
    row = conn.execute(_ROLE).one()
    return Facts(
        login=str(row.login),
        database=str(row.database),
        superuser=bool(row.superuser),
        createdb=bool(row.createdb),
        owns_database=bool(row.owns_database),
        schema_usage=bool(row.schema_usage),
        read_all_role=bool(row.read_all_role),
        groups={r.rolname: bool(r.member) for r in conn.execute(_GROUPS)},
        tables={
            r.name: (bool(r.can_select), bool(r.can_insert), bool(r.can_update))
            for r in conn.execute(_TABLES)
        },
        sequences={r.name: bool(r.can_select) for r in conn.execute(_SEQUENCES)},
        functions={r.name: bool(r.can_run) for r in conn.execute(_FUNCTIONS)},
    )


def _names(names: list[str], noun: str) -> str:
    shown = ", ".join(names[:3])
    more = f" and {counted(len(names) - 3, 'other')}" if len(names) > 3 else ""
    return f"the {noun} {shown}{more}" if len(names) != 1 else f"the {noun[:-1]} {shown}"


def _group_or(f: Facts, group: str, fallback: str) -> str:
    """``GRANT group TO login;`` where the schema has the group roles (revision 0007)."""
    if group in f.groups:
        return f"GRANT {group} TO {f.login};"
    return fallback


# -- the checks, each a Lacking or None ------------------------------------------------


def reading(f: Facts) -> Lacking | None:
    """Every read of the program: the tables a bookkeeper reads."""
    if f.superuser:
        return None
    if not f.schema_usage:
        return Lacking(
            "may not use the schema public the exchange is kept in",
            _group_or(f, "localex_bookkeeper", f"GRANT USAGE ON SCHEMA public TO {f.login};"),
        )
    missing = f.unreadable(skip=_SECRET)
    if missing:
        return Lacking(
            f"may not read {_names(missing, 'tables')}",
            _group_or(
                f,
                "localex_bookkeeper",
                f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {f.login};",
            ),
        )
    uncallable = [fn for fn in _PURE if not f.runs(fn)]
    if uncallable:  # a schema before revision 0011
        return Lacking(
            f"may not call {_names(uncallable, 'functions')} that searches and checks use",
            _group_or(
                f,
                "localex_bookkeeper",
                f"GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA public TO {f.login};",
            ),
        )
    return None


def verifying(f: Facts) -> Lacking | None:
    """``verify`` reads the ledger, the accounts, the audit log and its chain."""
    return reading(f)


def recording(f: Facts) -> bool:
    """Whether the login may keep the program's own records (the last verification, the
    last backup) through ``localex_note()``; a read-only login's checks are not kept."""
    if "localex_note" in f.functions:
        return f.runs("localex_note")
    return f.writes("settings")


def backing_up(f: Facts) -> Lacking | None:
    """``pg_dump`` reads every table (operators and sign-ins too) and every sequence."""
    if f.superuser:
        return None
    lack = reading(f) if not f.schema_usage else None
    if lack is not None:
        return lack
    tables = f.unreadable()
    sequences = sorted(s for s, ok in f.sequences.items() if not ok)
    if tables and sequences and f.read_all_role:
        return Lacking(
            f"may not read {_names(tables, 'tables')} nor the sequences a backup needs",
            f"GRANT pg_read_all_data TO {f.login};",
        )
    if tables:
        return Lacking(
            f"may not read {_names(tables, 'tables')} a backup holds",
            f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {f.login};",
        )
    if sequences:
        return Lacking(
            "may not read the sequences a backup needs",
            f"GRANT SELECT ON ALL SEQUENCES IN SCHEMA public TO {f.login};",
        )
    return None


def migrating(f: Facts) -> Lacking | None:
    """Migrations run as the owner role (``SET ROLE localex_owner``, db/migrate.py)."""
    if f.superuser or f.member("localex_owner"):
        return None
    return Lacking(
        "is not a member of localex_owner, the role that owns the schema (migrations and "
        "restores run as it)",
        f"GRANT localex_owner TO {f.login};",
    )


def restoring(f: Facts) -> Lacking | None:
    """A restore makes a new database beside the current one, builds the schema in it as
    the owner role, and renames both (it never overwrites data in place)."""
    if f.superuser:
        return None
    if not f.createdb:
        return Lacking(
            "may not create databases, which a restore needs (it loads the backup beside "
            "the current data)",
            f"ALTER ROLE {f.login} CREATEDB;",
        )
    if not f.owns_database:
        return Lacking(
            f"does not own the database {f.database}, which a restore renames",
            f"ALTER DATABASE {f.database} OWNER TO {f.login};",
        )
    return migrating(f) or backing_up(f)  # the safety backup first


_CHANGES: dict[Permission, tuple[str, tuple[str, ...], tuple[str, ...], str]] = {
    # permission: (words, tables written, functions called, group role)
    Permission.MANAGE_MEMBERS: (
        "may only read, not change members",
        ("members",),
        ("localex_audit",),
        "localex_coordinator",
    ),
    Permission.MANAGE_LISTINGS: (
        "may only read, not change listings or categories",
        ("listings", "categories"),
        ("localex_audit",),
        "localex_coordinator",
    ),
    Permission.MANAGE_TRADES: (
        "may only read, not record trades",
        ("trades", "slip_batches"),
        ("localex_audit",),
        "localex_coordinator",
    ),
    Permission.POST: (
        "may only read, not post transactions",
        (),
        ("localex_post", "localex_post_batch"),
        "localex_coordinator",
    ),
    Permission.BACKDATE: (
        "may only read, not post transactions",
        (),
        ("localex_post", "localex_post_batch"),
        "localex_coordinator",
    ),
    Permission.MANAGE_OPERATORS: (
        "may not change operators",
        ("operators",),
        ("localex_audit",),
        "localex_admin",
    ),
    Permission.MANAGE_SETTINGS: (
        "may not change the exchange's settings",
        ("settings",),
        ("localex_audit",),
        "localex_admin",
    ),
}


def changing(f: Facts, permission: Permission) -> Lacking | None:
    """What ``permission`` needs of the login (the role matrix of revision 0007)."""
    if permission == Permission.READ:
        return reading(f)
    if permission == Permission.MANAGE_DATABASE:
        return migrating(f)
    words, tables, functions, group = _CHANGES[permission]
    bad_tables = [t for t in tables if not f.writes(t)]
    bad_functions = [fn for fn in functions if not f.runs(fn)]
    if not bad_tables and not bad_functions:
        return None
    if group in f.groups:
        return Lacking(words, f"GRANT {group} TO {f.login};")
    if bad_tables:
        return Lacking(words, f"GRANT INSERT, UPDATE ON {', '.join(bad_tables)} TO {f.login};")
    return Lacking(words, f"GRANT EXECUTE ON FUNCTION {bad_functions[0]} TO {f.login};")


def limits(f: Facts) -> LoginRights:
    """Every permission the login lacks, for the signed-in context."""
    lacking = tuple((p, lack) for p in Permission if (lack := changing(f, p)) is not None)
    return LoginRights(f.login, lacking, backup=backing_up(f), restore=restoring(f))


def login_rights(db: Database) -> LoginRights | None:
    """The limits of ``db``'s login on a server (None with the built-in database, whose
    login is its superuser)."""
    if db.mode != "server":
        return None
    with db.engine.connect() as conn:
        return limits(facts(conn))


_TASKS = {Task.BACKUP: backing_up, Task.RESTORE: restoring, Task.VERIFY: verifying}


def require(conn: Connection | Session, task: Task) -> Facts:
    """Refuse ``task`` up front, in words, when the login lacks a right it needs."""
    f = facts(conn)
    lack = _TASKS[task](f)
    if lack is not None:
        raise PermissionDenied(lack.sentence(f.login), hint=lack.hint())
    return f


def require_for(db: Database, task: Task) -> Facts:
    """:func:`require` on a connection of its own (before the work opens any)."""
    with db.engine.connect() as conn:
        return require(conn, task)


def may_record(db: Database) -> bool:
    """Whether the program's own records (last verification, last backup) may be kept."""
    if db.mode != "server" or db.read_only:
        return not db.read_only
    with db.engine.connect() as conn:
        return recording(facts(conn))
