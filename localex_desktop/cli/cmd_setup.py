"""`localex init`, `localex migrate`, `localex info`.

Handlers import the services they run, so `localex --version` loads none of them
(see cli/__init__.py).
"""

from __future__ import annotations

import argparse
import shlex
import sys
from pathlib import Path
from typing import Any

from localex_desktop.cli.base import Context, actions, confirmed, table, yes_option
from localex_desktop.cli.others import ask_takeover, others_options
from localex_desktop.domain.words import counted


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

    msub = actions(sub, "migrate", "show or change the database schema revision")
    m = msub.add_parser("status", help="current, head and pending revisions")
    m.set_defaults(handler=cmd_migrate_status)
    m = msub.add_parser("upgrade", help="apply pending revisions (to head by default)")
    m.add_argument("revision", nargs="?", default="head")
    others_options(m)
    m.set_defaults(handler=cmd_migrate_upgrade)
    m = msub.add_parser(
        "downgrade", help="undo revisions down to REVISION (asks first; takes a backup first)"
    )
    m.add_argument("revision", help="an earlier revision, or base for an empty database")
    yes_option(m)
    others_options(m)
    m.set_defaults(handler=cmd_migrate_downgrade)

    p = sub.add_parser("info", help="version, database, server and schema revision")
    p.set_defaults(handler=cmd_info)


def _remember_folder(ctx: Context, first_exchange: bool) -> Path | None:
    """After init in a folder of one's own, the desktop program opens it — only when it
    opened no exchange before (``first_exchange``): a second ``init --data-dir`` must not
    quietly switch the desktop and every later ``localex`` (a nightly backup) to it.

    Returns where the choice was saved, or None when nothing was saved.
    """
    from localex_desktop import config, paths

    db = ctx.db
    if db.mode != "embedded" or db.data_dir is None or not ctx.args.data_dir:
        return None
    if db.data_dir == paths.default_data_dir() or not first_exchange:
        return None
    return config.save_profile(config.ConnectionProfile("embedded", data_dir=str(db.data_dir)))


def cmd_init(ctx: Context) -> int:
    from localex_desktop.db import connection
    from localex_desktop.domain.errors import ValidationError
    from localex_desktop.services import operators, system

    args: argparse.Namespace = ctx.args
    password = None
    if args.admin_password_stdin:
        if not args.admin_user:
            raise ValidationError("--admin-password-stdin needs --admin-user NAME.")
        password = ctx.read_secret("Password for the first administrator: ")
        # before the data folder is made: a refused name or password leaves nothing behind
        operators.validate_username(args.admin_user)
        operators.validate_password(password)
    elif args.admin_user:
        raise ValidationError(
            "--admin-user needs a password.", hint="Pass --admin-password-stdin and pipe it in."
        )
    first_exchange = not connection.is_configured()
    result = system.initialise(
        ctx.db,
        currency_name=args.currency_name,
        admin_user=args.admin_user,
        admin_password=password,
    )
    profile = _remember_folder(ctx, first_exchange)
    usual = connection.resolve_target()  # what localex-desktop opens without options
    elsewhere = bool(ctx.args.data_dir) and profile is None and not first_exchange
    elsewhere = elsewhere and (usual.mode != "embedded" or usual.data_dir != ctx.db.data_dir)

    def text() -> str:
        lines = [f"Database ready at schema revision {result.schema_revision}."]
        if result.admin_created:
            lines.append(f"Administrator {args.admin_user!r} created.")
        elif args.admin_user:
            lines.append("Operators exist already; no administrator was added.")
        if not result.admin_exists:
            lines.append("No operator yet: start localex-desktop or use --admin-user to add one.")
        if profile is not None:
            lines.append(f"localex-desktop will open this data folder (saved in {profile}).")
        elif elsewhere:
            lines.append(
                "localex-desktop and localex still open the exchange they used before; "
                f"for this one pass --data-dir {shlex.quote(str(ctx.db.data_dir))}."
            )
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
    from localex_desktop.services import migration_flow

    if ctx.args.revision not in (None, "head"):  # a partial upgrade: as asked, no ceremony
        st = migrate.upgrade(ctx.db.engine, ctx.args.revision)
        ctx.emit({"current": st.current, "head": st.head}, f"Schema now at revision {st.current}.")
        return 0
    plan = migration_flow.plan_upgrade(ctx.db)
    if not plan.revisions:
        st = migrate.status(ctx.db.engine)
        ctx.emit({"current": st.current, "head": st.head}, f"Already at revision {st.current}.")
        return 0
    return _run_plan(ctx, plan)


def cmd_migrate_downgrade(ctx: Context) -> int:
    """Undo revisions: asks first (or --yes), takes a backup, puts it back on failure."""
    from localex_desktop.domain.errors import Refused
    from localex_desktop.services import migration_flow

    plan = migration_flow.plan_downgrade(ctx.db, ctx.args.revision)
    undone = "\n".join(f"  {line}" for line in plan.describe())
    question = (
        f"Undo these revisions of database {ctx.db.url.database!r}?\n{undone}\n"
        f"A backup is taken first, in {plan.backup_folder}. [y/N] "
    )
    no_terminal = Refused(
        f"A downgrade to {plan.target} removes tables and columns of "
        f"{counted(len(plan.revisions), 'revision')}; confirm with --yes when running "
        "without a terminal.",
        hint="A backup is taken first either way.",
    )
    if not confirmed(ctx, question, no_terminal):
        return 1
    return _run_plan(ctx, plan)


def _run_plan(ctx: Context, plan: Any) -> int:
    """Back up, apply, verify; on failure the backup is put back (services.migration_flow)."""
    from localex_desktop.db import migrate
    from localex_desktop.domain.errors import Refused
    from localex_desktop.services import migration_flow

    def progress(p: Any) -> None:
        if not ctx.json and sys.stderr.isatty():
            print(f"  {p.message}", file=sys.stderr)

    takeover = ask_takeover(ctx, plan.direction)
    if takeover is None:
        return 1
    out = migration_flow.run_migration(
        ctx.db, ctx.actor, plan, progress=progress, takeover=takeover
    )
    if not out.ok:
        raise Refused(out.headline(), hint=" ".join(out.details()) or None)
    st = migrate.status(ctx.db.engine)
    ctx.emit(
        {
            "current": st.current,
            "head": st.head,
            "backup": str(out.backup.path) if out.backup is not None else None,
        },
        lambda: "\n".join([out.headline(), *out.details()]),
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
