"""Who may do what. Enforced in the services; the UI only mirrors it."""

from __future__ import annotations

import enum
import getpass
from dataclasses import dataclass

from localex_desktop.domain.errors import PermissionDenied


class Role(enum.StrEnum):
    ADMIN = "admin"
    COORDINATOR = "coordinator"
    BOOKKEEPER = "bookkeeper"


class Permission(enum.StrEnum):
    READ = "read"  # browse everything, verify, export
    MANAGE_MEMBERS = "manage members"
    MANAGE_LISTINGS = "manage listings"
    MANAGE_TRADES = "manage trades"
    POST = "post transactions"
    BACKDATE = "post with a past value date"  # history entered later, with a reason
    MANAGE_OPERATORS = "manage operators"
    MANAGE_SETTINGS = "change settings"
    MANAGE_DATABASE = "manage the database"  # migrate, restore


_COORDINATOR = {
    Permission.READ,
    Permission.MANAGE_MEMBERS,
    Permission.MANAGE_LISTINGS,
    Permission.MANAGE_TRADES,
    Permission.POST,
}

GRANTS: dict[Role, frozenset[Permission]] = {
    Role.ADMIN: frozenset(Permission),
    Role.COORDINATOR: frozenset(_COORDINATOR),
    Role.BOOKKEEPER: frozenset({Permission.READ}),
}


#: the database's group role for each operator role (schema revision 0007): on a shared
#: server a person's login is a member of one, and its grants follow GRANTS above
DATABASE_ROLES: dict[Role, str] = {
    Role.ADMIN: "localex_admin",
    Role.COORDINATOR: "localex_coordinator",
    Role.BOOKKEEPER: "localex_bookkeeper",
}
#: the tables a permission lets a role write (the rest are written by definer functions)
WRITES: dict[Permission, tuple[str, ...]] = {
    Permission.MANAGE_MEMBERS: ("members",),
    Permission.MANAGE_LISTINGS: ("listings", "categories"),
    Permission.MANAGE_TRADES: ("trades", "slip_batches"),
    Permission.MANAGE_OPERATORS: ("operators",),
    Permission.MANAGE_SETTINGS: ("settings",),
}


@dataclass(frozen=True)
class Actor:
    """The person (or tool) on whose behalf a service call runs."""

    name: str
    role: Role
    operator_id: int | None = None  # None for the admin command and the system itself

    def can(self, permission: Permission) -> bool:
        return permission in GRANTS[self.role]

    def require(self, permission: Permission) -> None:
        if not self.can(permission):
            raise PermissionDenied(
                f"{self.name} ({self.role.value}) may not {permission.value}.",
                hint="Ask an administrator to do it, or to change your role.",
            )


def cli_actor() -> Actor:
    """The admin command acts as the machine's user, with administrator rights: with the
    built-in database (whose superuser that user holds) and with a server login that owns
    the schema; a person's server login signs in as an operator instead (cli/base.py)."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "unknown"
    return Actor(name=f"cli:{user}", role=Role.ADMIN)
