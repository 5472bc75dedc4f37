"""`localex operator add|list|disable|passwd`: the people who log in, and their roles.

Services are imported inside the handlers, so building the parser loads no database code.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from localex_desktop.cli.base import Context, actions, table

if TYPE_CHECKING:
    from localex_desktop.services.operators import OperatorInfo


def register(sub: Any) -> None:
    s = actions(sub, "operator", "the people who log in, and their roles")
    p = s.add_parser("add", help="add an operator; the password is read from standard input")
    p.add_argument("username")
    p.add_argument("--role", choices=["admin", "coordinator", "bookkeeper"], required=True)
    p.add_argument("--display-name", default="")
    p.set_defaults(handler=cmd_operator_add)
    p = s.add_parser("list", help="all operators")
    p.set_defaults(handler=cmd_operator_list)
    p = s.add_parser("disable", help="stop an operator from logging in")
    p.add_argument("username")
    p.set_defaults(handler=cmd_operator_disable)
    p = s.add_parser("passwd", help="set an operator's password (from standard input); unlocks")
    p.add_argument("username")
    p.set_defaults(handler=cmd_operator_passwd)


def operator_json(o: OperatorInfo) -> dict[str, Any]:
    return {
        "id": o.id,
        "username": o.username,
        "display_name": o.display_name,
        "role": o.role.value,
        "active": o.active,
        "locked_until": o.locked_until.isoformat() if o.locked_until else None,
        "last_login_at": o.last_login_at.isoformat() if o.last_login_at else None,
    }


def cmd_operator_add(ctx: Context) -> int:
    from localex_desktop.domain.roles import Role
    from localex_desktop.services import operators

    a = ctx.args
    password = ctx.read_secret(f"Password for {a.username}: ")
    with ctx.migrated_db().transaction() as s:
        info = operators.create(s, ctx.actor, a.username, password, Role(a.role), a.display_name)
    out = operator_json(info)
    ctx.emit(out, f"Operator {info.username!r} added as {info.role.value}.")
    return 0


def cmd_operator_list(ctx: Context) -> int:
    from localex_desktop.services import operators

    with ctx.migrated_db().transaction() as s:
        rows = [operator_json(o) for o in operators.list_all(s, ctx.actor)]
    ctx.emit(
        rows,
        lambda: table(
            [
                [
                    r["username"],
                    r["display_name"],
                    r["role"],
                    "yes" if r["active"] else "disabled",
                    r["locked_until"] or "",
                    r["last_login_at"] or "never",
                ]
                for r in rows
            ],
            ["user", "name", "role", "active", "locked until", "last login"],
        ),
    )
    return 0


def cmd_operator_disable(ctx: Context) -> int:
    from localex_desktop.services import operator_changes

    with ctx.migrated_db().transaction() as s:
        out = operator_json(operator_changes.set_active(s, ctx.actor, ctx.args.username, False))
    ctx.emit(out, f"Operator {out['username']!r} disabled.")
    return 0


def cmd_operator_passwd(ctx: Context) -> int:
    from localex_desktop.services import operators

    password = ctx.read_secret(f"New password for {ctx.args.username}: ")
    with ctx.migrated_db().transaction() as s:
        out = operator_json(operators.set_password(s, ctx.actor, ctx.args.username, password))
    ctx.emit(out, f"Password of {out['username']!r} changed; the account is unlocked.")
    return 0
