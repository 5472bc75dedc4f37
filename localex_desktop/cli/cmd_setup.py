"""`localex init`, `localex migrate`, `localex info`.

Handlers import the services they run, so `localex --version` loads none of them
(see cli/__init__.py).
"""

from __future__ import annotations

import argparse
from typing import Any

from localex_desktop.cli.base import Context, table


def register(sub: Any) -> None:
    p = sub.add_parser(
        "init", help="create the database if needed, migrate it, add the first admin"
    )
    p.add_argument("--currency-name", metavar="NAME", help="name of the local currency")
    p.add_argument("--admin-user", metavar="NAME", help="user name of the first administrator")
    p.add_argument(
        "--admin-password-stdin",
        action="store_true",
        help="read the first administrator's password from standard input",
    )
    p.set_defaults(handler=cmd_init)

    p = sub.add_parser("migrate", help="show or change the database schema revision")
    msub = p.add_subparsers(dest="migrate_command", metavar="ACTION", parser_class=type(p))
    msub.required = True
    m = msub.add_parser("status", help="current, head and pending revisions")
    m.set_defaults(handler=cmd_migrate_status)
    m = msub.add_parser("upgrade", help="apply pending revisions (to head by default)")
    m.add_argument("revision", nargs="?", default="head")
    m.set_defaults(handler=cmd_migrate_upgrade)
    m = msub.add_parser("downgrade", help="undo revisions down to REVISION (take a backup first)")
    m.add_argument("revision")
    m.set_defaults(handler=cmd_migrate_downgrade)

    p = sub.add_parser("info", help="version, database, server and schema revision")
    p.set_defaults(handler=cmd_info)


def cmd_init(ctx: Context) -> int:
    from localex_desktop.domain.errors import ValidationError
    from localex_desktop.services import system

    args: argparse.Namespace = ctx.args
    password = None
    if args.admin_password_stdin:
        if not args.admin_user:
            raise ValidationError("--admin-password-stdin needs --admin-user NAME.")
        password = ctx.read_secret("Password for the first administrator: ")
    elif args.admin_user:
        raise ValidationError(
            "--admin-user needs a password.", hint="Pass --admin-password-stdin and pipe it in."
        )
    result = system.initialise(
        ctx.db,
        currency_name=args.currency_name,
        admin_user=args.admin_user,
        admin_password=password,
    )

    def text() -> str:
        lines = [f"Database ready at schema revision {result.schema_revision}."]
        if result.admin_created:
            lines.append(f"Administrator {args.admin_user!r} created.")
        elif args.admin_user:
            lines.append("Operators exist already; no administrator was added.")
        if not result.admin_exists:
            lines.append("No operator yet: start localex-desktop or use --admin-user to add one.")
        return "\n".join(lines)

    ctx.emit(
        {
            "schema_revision": result.schema_revision,
            "migrated": result.migrated,
            "admin_created": result.admin_created,
            "data_dir": str(ctx.db.data_dir) if ctx.db.data_dir else None,
        },
        text,
    )
    return 0


def cmd_migrate_status(ctx: Context) -> int:
    from localex_desktop.db import migrate

    st = migrate.status(ctx.db.engine)
    data = {
        "current": st.current,
        "head": st.head,
        "up_to_date": st.up_to_date,
        "known": st.known,
        "pending": [{"revision": r.revision, "message": r.message} for r in st.pending],
    }

    def text() -> str:
        lines = [f"current: {st.current or '(empty database)'}", f"head:    {st.head}"]
        if not st.known:
            lines.append("The database is newer than this program.")
        elif st.pending:
            lines.append("pending:")
            lines += [f"  {r.revision}  {r.message.splitlines()[0]}" for r in st.pending]
        else:
            lines.append("Up to date.")
        return "\n".join(lines)

    ctx.emit(data, text)
    return 0


def cmd_migrate_upgrade(ctx: Context) -> int:
    from localex_desktop.db import migrate

    st = migrate.upgrade(ctx.db.engine, ctx.args.revision)
    ctx.emit({"current": st.current, "head": st.head}, f"Schema now at revision {st.current}.")
    return 0


def cmd_migrate_downgrade(ctx: Context) -> int:
    from localex_desktop.db import migrate

    st = migrate.downgrade(ctx.db.engine, ctx.args.revision)
    ctx.emit(
        {"current": st.current, "head": st.head},
        f"Schema now at revision {st.current or '(empty)'}; head is {st.head}.",
    )
    return 0


def cmd_info(ctx: Context) -> int:
    from localex_desktop.services import system

    info = system.info(ctx.db)
    ctx.emit(
        info.as_dict(),
        lambda: table([[k, str(v)] for k, v in info.as_dict().items()], ["", "value"]),
    )
    return 0
