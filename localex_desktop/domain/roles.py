"""Who may do what. Enforced in the services; the UI only mirrors it."""

from __future__ import annotations

import enum
import getpass
from dataclasses import dataclass, field

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


#: the permissions that change the exchange's data (a read-only login has none of them)
CHANGES: tuple[Permission, ...] = (
    Permission.MANAGE_MEMBERS,
    Permission.MANAGE_LISTINGS,
    Permission.MANAGE_TRADES,
    Permission.POST,
)


@dataclass(frozen=True)
class Lacking:
    """A right the database login lacks: the words (after "The login NAME ") and the
    statement an administrator of the server runs to give it."""

    words: str
    statement: str

    def sentence(self, login: str) -> str:
        return f"The login {login} {self.words}."

    def hint(self) -> str:
        return f"An administrator runs: {self.statement}"


@dataclass(frozen=True)
class LoginRights:
    """What the session's database login may not do, asked of the database at sign-in
    (services/rights.py): the program disables those actions and says why, as it does for
    an operator's role."""

    login: str
    lacking: tuple[tuple[Permission, Lacking], ...] = ()
    #: what a backup (pg_dump) and a restore need beyond the permissions, if lacking
    backup: Lacking | None = None
    restore: Lacking | None = None

    def lacks(self, permission: Permission) -> Lacking | None:
        return next((lack for p, lack in self.lacking if p == permission), None)

    @property
    def read_only(self) -> bool:
        """The login may read but change nothing (members, listings, trades, postings)."""
        return all(self.lacks(p) is not None for p in CHANGES)

    def refusal(self, permission: Permission) -> str | None:
        """One sentence and the GRANT, or None when the login has the right."""
        return self.words(self.lacks(permission))

    def words(self, lack: Lacking | None) -> str | None:
        return None if lack is None else f"{lack.sentence(self.login)} {lack.hint()}"


@dataclass(frozen=True)
class Actor:
    """The person (or tool) on whose behalf a service call runs."""

    name: str
    role: Role
    operator_id: int | None = None  # None for the admin command and the system itself
    #: the limits of the database login the session runs on (None: none known)
    login: LoginRights | None = field(default=None, compare=False)

    def can(self, permission: Permission) -> bool:
        return permission in GRANTS[self.role] and self.login_refusal(permission) is None

    def login_refusal(self, permission: Permission) -> str | None:
        """Why the database login may not do it, in words with the GRANT (None: it may)."""
        return None if self.login is None else self.login.refusal(permission)

    @property
    def read_only(self) -> bool:
        """The session's database login may only read."""
        return self.login is not None and self.login.read_only

    def require(self, permission: Permission) -> None:
        if permission not in GRANTS[self.role]:
            raise PermissionDenied(
                f"{self.name} ({self.role.value}) may not {permission.value}.",
                hint="Ask an administrator to do it, or to change your role.",
            )
        lack = self.login.lacks(permission) if self.login is not None else None
        if lack is not None and self.login is not None:
            raise PermissionDenied(lack.sentence(self.login.login), hint=lack.hint())


def cli_actor() -> Actor:
    """The admin command acts as the machine's user, with administrator rights: with the
    built-in database (whose superuser that user holds) and with a server login that owns
    the schema; a person's server login signs in as an operator instead (cli/base.py)."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "unknown"
    return Actor(name=f"cli:{user}", role=Role.ADMIN)
