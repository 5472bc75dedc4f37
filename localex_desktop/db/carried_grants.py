"""The rights a server's administrator gave by hand, carried from the replaced database
to the restored one.

A restore builds a new database from our own migrations and switches names, so what the
migrations grant (to the group roles) is there again, but not what an administrator
added: ``GRANT SELECT ON ALL TABLES … TO reader`` for a reports login, ``GRANT USAGE ON
SCHEMA public TO reader``, or ``REVOKE CONNECT ON DATABASE … FROM PUBLIC`` with
``GRANT CONNECT … TO`` the people who may connect. The outside tryout saw both undone by
a restore, silently. :func:`read` takes them from the current database (its own access
list, and the schema's, tables', sequences' and functions' entries for any role that is
not one of the program's own) and :func:`apply` gives them to the new one, for objects
that exist there. Column grants are not carried (none of ours uses them).
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa
from psycopg import sql
from sqlalchemy.engine import URL, Connection

from localex_desktop.db import admin

#: the program's own roles: the migrations grant theirs
OWN_ROLES = ("localex_owner", "localex_bookkeeper", "localex_coordinator", "localex_admin")


@dataclass(frozen=True)
class Grant:
    kind: str  # "DATABASE", "SCHEMA", "TABLE", "SEQUENCE", "FUNCTION"
    target: str  # the object's name as the catalog writes it (regclass / regprocedure)
    privilege: str  # SELECT, USAGE, CONNECT, …
    grantee: str | None  # None: PUBLIC


@dataclass(frozen=True)
class Carried:
    #: the database's access list as it was: its entries, or None when it was the
    #: default (owner and PUBLIC CONNECT, TEMPORARY), which a new database has anyway
    database: tuple[Grant, ...] | None
    objects: tuple[Grant, ...]

    def describe(self) -> list[str]:
        """One line per grant, for the log."""
        grants = (*(self.database or ()), *self.objects)
        return [f"{g.privilege} ON {g.kind} {g.target} TO {g.grantee or 'PUBLIC'}" for g in grants]


_DATABASE_ACL = sa.text(
    "SELECT a.privilege_type, r.rolname FROM pg_database d"
    " CROSS JOIN LATERAL aclexplode(d.datacl) a LEFT JOIN pg_roles r ON r.oid = a.grantee"
    " WHERE d.datname = :name AND a.grantee <> d.datdba"
)
_HAS_DATABASE_ACL = sa.text("SELECT datacl IS NOT NULL FROM pg_database WHERE datname = :name")
_NOT_OURS = "(a.grantee = 0 OR r.rolname NOT IN :own) AND a.grantee <> {owner}"
_OBJECTS = sa.text(
    f"""
SELECT 'SCHEMA' AS kind, quote_ident(n.nspname) AS target, a.privilege_type, r.rolname
  FROM pg_namespace n CROSS JOIN LATERAL aclexplode(n.nspacl) a
  LEFT JOIN pg_roles r ON r.oid = a.grantee
 WHERE n.nspname = 'public' AND {_NOT_OURS.format(owner="n.nspowner")}
UNION ALL
SELECT CASE WHEN c.relkind = 'S' THEN 'SEQUENCE' ELSE 'TABLE' END, c.oid::regclass::text,
       a.privilege_type, r.rolname
  FROM pg_class c CROSS JOIN LATERAL aclexplode(c.relacl) a
  LEFT JOIN pg_roles r ON r.oid = a.grantee
 WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm', 'S')
   AND {_NOT_OURS.format(owner="c.relowner")}
UNION ALL
SELECT 'FUNCTION', p.oid::regprocedure::text, a.privilege_type, r.rolname
  FROM pg_proc p CROSS JOIN LATERAL aclexplode(p.proacl) a
  LEFT JOIN pg_roles r ON r.oid = a.grantee
 WHERE p.pronamespace = 'public'::regnamespace AND {_NOT_OURS.format(owner="p.proowner")}
"""
).bindparams(sa.bindparam("own", expanding=True))
_EXISTS = {
    "SCHEMA": "SELECT to_regnamespace(:t) IS NOT NULL",
    "TABLE": "SELECT to_regclass(:t) IS NOT NULL",
    "SEQUENCE": "SELECT to_regclass(:t) IS NOT NULL",
    "FUNCTION": "SELECT to_regprocedure(:t) IS NOT NULL",
}


def read(url: URL, conn: Connection) -> Carried:
    """What the database of ``url`` (``conn`` connected to it) grants beyond ours."""
    name = str(url.database)
    with admin.maintenance(url) as m:
        custom = bool(m.execute(_HAS_DATABASE_ACL, {"name": name}).scalar())
        database = (
            tuple(
                Grant("DATABASE", name, row.privilege_type, row.rolname)
                for row in m.execute(_DATABASE_ACL, {"name": name})
            )
            if custom
            else None
        )
    objects = tuple(
        Grant(row.kind, row.target, row.privilege_type, row.rolname)
        for row in conn.execute(_OBJECTS, {"own": list(OWN_ROLES)})
    )
    return Carried(database, objects)


def _grantee(g: Grant) -> sql.Composable:
    return sql.SQL("PUBLIC") if g.grantee is None else sql.Identifier(g.grantee)


def apply(url: URL, new_name: str, conn: Connection, carried: Carried) -> None:
    """Give the database ``new_name`` (``conn`` connected to it) what ``carried`` holds."""
    for g in carried.objects:
        if not conn.execute(sa.text(_EXISTS[g.kind]), {"t": g.target}).scalar():
            continue  # gone in this schema revision
        target = sql.SQL(g.target)  # the catalog's own quoting (regclass, regprocedure)
        admin.execute(
            conn,
            sql.SQL("GRANT {} ON {} {} TO {}").format(
                sql.SQL(g.privilege), sql.SQL(g.kind), target, _grantee(g)
            ),
        )
    if carried.database is None:
        return
    with admin.maintenance(url) as m:
        db = sql.Identifier(new_name)
        admin.execute(m, sql.SQL("REVOKE ALL ON DATABASE {} FROM PUBLIC").format(db))
        for g in carried.database:
            admin.execute(
                m,
                sql.SQL("GRANT {} ON DATABASE {} TO {}").format(
                    sql.SQL(g.privilege), db, _grantee(g)
                ),
            )
