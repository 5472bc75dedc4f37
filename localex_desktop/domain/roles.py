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
    """The admin command acts as the machine's user, with administrator rights."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "unknown"
    return Actor(name=f"cli:{user}", role=Role.ADMIN)
