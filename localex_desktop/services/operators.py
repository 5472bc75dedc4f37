"""Operators: the people who log in. bcrypt hashes, roles, lock-out after failures."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from datetime import datetime, timedelta

import bcrypt
import sqlalchemy as sa
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session

from localex_desktop.db.connection import Database
from localex_desktop.db.models import AuditEntry, Operator
from localex_desktop.domain import text
from localex_desktop.domain.errors import (
    AuthenticationFailed,
    Conflict,
    NotFound,
    Refused,
    ValidationError,
)
from localex_desktop.domain.ids import in_range
from localex_desktop.domain.roles import Actor, LoginRights, Permission, Role
from localex_desktop.domain.words import counted
from localex_desktop.services import audit, db_sign_in, errors, rights

MIN_PASSWORD_LENGTH = 10
#: bcrypt reads no further than 72 bytes (bcrypt 5 raises on longer ones)
MAX_PASSWORD_BYTES = 72
MAX_FAILED_LOGINS = 5
LOCKOUT = timedelta(minutes=15)
_USERNAME = re.compile(r"^[A-Za-z0-9_.@-]{2,64}$")
_BAD_LOGIN = "Unknown user name or wrong password."


#: bcrypt cost of new hashes (a quarter of a second each). The test suite, which makes
#: hundreds, sets its own lower cost here (tests/throwaway.py); the program never does.
BCRYPT_ROUNDS = 12


def hash_password(password: str) -> str:
    salt = bcrypt.gensalt(BCRYPT_ROUNDS)
    return bcrypt.hashpw(password.encode("utf-8"), salt).decode("ascii")


def check_password(password: str, hashed: str) -> bool:
    try:
        return bcrypt.checkpw(password.encode("utf-8"), hashed.encode("ascii"))
    except ValueError:
        return False


def sign_in_database(db: Database, username: str, password: str) -> OperatorInfo:
    """Sign an operator in at the database (:func:`db_sign_in.sign_in`), for a login that
    is not the schema's owner: the database then takes the actor of every posting and
    audit row from this sign-in, never from what the program passes."""
    try:
        operator_id = db_sign_in.sign_in(db, username, password)
    except DBAPIError as exc:  # a login that may not read the exchange: named, with the GRANT
        said = errors.translate(exc, host=db.url.host, login=db.url.username)
        if said is exc:
            raise
        raise said from exc
    if operator_id is None:
        raise AuthenticationFailed(_BAD_LOGIN)
    with db.session() as session:
        op = session.get(Operator, operator_id)
        assert op is not None
        info = OperatorInfo.of(op)
    return dataclasses.replace(info, login=rights.login_rights(db))


# computed once so an unknown user costs as much time as a wrong password
_DUMMY_HASH: str | None = None


def _dummy_hash() -> str:
    global _DUMMY_HASH
    if _DUMMY_HASH is None:
        _DUMMY_HASH = hash_password("not a real password, only for timing")
    return _DUMMY_HASH


@dataclass(frozen=True)
class OperatorInfo:
    id: int
    username: str
    display_name: str
    role: Role
    active: bool
    locked_until: datetime | None
    last_login_at: datetime | None
    created_at: datetime
    #: what the session's database login may not do (set at sign-in on a server)
    login: LoginRights | None = None

    @classmethod
    def of(cls, op: Operator) -> OperatorInfo:
        return cls(
            op.id,
            op.username,
            op.display_name,
            Role(op.role),
            op.active,
            op.locked_until,
            op.last_login_at,
            op.created_at,
        )

    def actor(self) -> Actor:
        return Actor(name=self.username, role=self.role, operator_id=self.id, login=self.login)


def validate_username(username: str) -> str:
    name = username.strip()
    if not _USERNAME.match(name):
        raise ValidationError(
            f"The user name {username!r} is not allowed.",
            field="username",
            hint="Use 2 to 64 letters, digits, dots, dashes, @ or underscores.",
        )
    return name


def validate_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError(
            f"The password is too short: it needs at least {MIN_PASSWORD_LENGTH} characters.",
            field="password",
        )
    if password.strip() != password:
        raise ValidationError("The password must not start or end with a space.", field="password")
    if len(password.encode("utf-8")) > MAX_PASSWORD_BYTES:
        raise ValidationError(
            f"The password is too long: it may hold at most {MAX_PASSWORD_BYTES} bytes; "
            f"with accented letters that may be fewer than {MAX_PASSWORD_BYTES} characters.",
            field="password",
            hint="Choose a shorter password (a few unusual words are strong enough).",
        )


def parse_role(text: str) -> Role:
    try:
        return Role(text.strip().lower())
    except ValueError:
        raise ValidationError(
            f"There is no role {text!r}.",
            field="role",
            hint="Choose admin, coordinator or bookkeeper.",
        ) from None


def count(session: Session) -> int:
    return int(session.scalar(sa.select(sa.func.count()).select_from(Operator)) or 0)


def signs_in(session: Session, username: str) -> bool:
    """Whether an active operator of that name is in the data (after a restore, the one
    who was signed in may not be): read with the columns any reading login may see."""
    name = sa.func.lower(Operator.username) == username.strip().lower()
    return session.scalar(sa.select(Operator.id).where(name, Operator.active)) is not None


def _create(
    session: Session, username: str, password: str, role: Role, display_name: str
) -> Operator:
    name = validate_username(username)
    validate_password(password)
    exists = session.scalar(
        sa.select(Operator.id).where(sa.func.lower(Operator.username) == name.lower())
    )
    if exists:
        raise Conflict(
            f"There is already an operator called {name!r}.", hint="Choose another name."
        )
    op = Operator(
        username=name,
        display_name=text.check_line(display_name, "the display name", field="display_name"),
        password_hash=hash_password(password),
        role=role.value,
    )
    session.add(op)
    try:
        session.flush()
    except IntegrityError as exc:  # a second client created the same name just now
        raise Conflict(f"There is already an operator called {name!r}.") from exc
    db_sign_in.store_verifier(session, op.id, password)
    return op


def create(
    session: Session,
    actor: Actor,
    username: str,
    password: str,
    role: Role,
    display_name: str = "",
) -> OperatorInfo:
    actor.require(Permission.MANAGE_OPERATORS)
    op = _create(session, username, password, role, display_name)
    info = OperatorInfo.of(op)
    audit.record(
        session,
        actor,
        "create",
        "operator",
        op.id,
        after={"username": op.username, "role": op.role, "display_name": op.display_name},
    )
    return info


def create_first_admin(
    session: Session, username: str, password: str, display_name: str = ""
) -> OperatorInfo | None:
    """Create the first administrator; returns None when operators already exist."""
    session.execute(sa.text("LOCK TABLE operators IN SHARE ROW EXCLUSIVE MODE"))
    if count(session) > 0:
        return None
    op = _create(session, username, password, Role.ADMIN, display_name)
    setup = Actor(name="setup", role=Role.ADMIN)
    audit.record(
        session,
        setup,
        "create",
        "operator",
        op.id,
        after={"username": op.username, "role": op.role},
    )
    return OperatorInfo.of(op)


def authenticate(db: Database, username: str, password: str) -> OperatorInfo:
    """Check a login. Unknown user and wrong password get the same answer and cost.

    Failures are counted in their own committed transaction; after five in a row the
    operator is locked out for fifteen minutes. On a server login that is not the
    schema's owner (which cannot read the password hashes) the database checks it
    (:func:`sign_in_database`), and its connections then act as that operator.
    """
    if db.mode == "server" and db_sign_in.must_sign_in(db):
        return sign_in_database(db, username, password)
    with db.transaction() as session:
        op = session.scalar(
            sa.select(Operator)
            .where(sa.func.lower(Operator.username) == username.strip().lower())
            .with_for_update()
        )
        now = session.scalar(sa.select(sa.func.now()))
        assert now is not None
        if op is None:
            check_password(password, _dummy_hash())
            raise AuthenticationFailed(_BAD_LOGIN)
        if op.locked_until is not None and op.locked_until > now:
            minutes = max(1, int((op.locked_until - now).total_seconds() // 60) + 1)
            raise AuthenticationFailed(
                "Too many failed attempts: this account is locked for "
                f"{counted(minutes, 'more minute')}.",
                hint="Wait, or ask an administrator to reset the password.",
            )
        ok = check_password(password, op.password_hash)
        if not ok:
            op.failed_logins += 1
            if op.failed_logins >= MAX_FAILED_LOGINS:
                op.locked_until = now + LOCKOUT
                op.failed_logins = 0
                audit.record(
                    session,
                    Actor("system", Role.ADMIN),
                    "lock",
                    "operator",
                    op.id,
                    after={"locked_until": (now + LOCKOUT).isoformat()},
                )
            # commit the counter: leave the with-block normally, then refuse
            failed = True
        else:
            failed = False
            if not op.active:
                raise AuthenticationFailed(
                    "This operator account is disabled.", hint="Ask an administrator."
                )
            op.failed_logins = 0
            op.locked_until = None
            op.last_login_at = now
            info = OperatorInfo.of(op)
            if session.scalar(db_sign_in.NO_VERIFIER, {"id": op.id}):
                session.flush()
                db_sign_in.store_verifier(session, op.id, password)  # an operator from before 0007
    if failed:
        raise AuthenticationFailed(_BAD_LOGIN)
    return dataclasses.replace(info, login=rights.login_rights(db))


def list_all(session: Session, actor: Actor) -> list[OperatorInfo]:
    actor.require(Permission.READ)
    ops = session.scalars(sa.select(Operator).order_by(sa.func.lower(Operator.username)))
    return [OperatorInfo.of(op) for op in ops]


def get_for_update(session: Session, ident: int | str) -> Operator:
    """An operator by number or user name, locked for the change to come."""
    if isinstance(ident, int) or (isinstance(ident, str) and ident.isdigit()):
        found = in_range(int(ident))
        op = session.get(Operator, int(ident), with_for_update=True) if found else None
    else:
        op = session.scalar(
            sa.select(Operator)
            .where(sa.func.lower(Operator.username) == str(ident).lower())
            .with_for_update()
        )
    if op is None:
        raise NotFound(f"There is no operator {ident!r}.")
    return op


def active_admins(session: Session) -> int:
    """How many administrators may sign in (the last one is never demoted or disabled)."""
    return int(
        session.scalar(
            sa.select(sa.func.count())
            .select_from(Operator)
            .where(Operator.role == Role.ADMIN.value, Operator.active)
        )
        or 0
    )


def set_password(session: Session, actor: Actor, ident: int | str, password: str) -> OperatorInfo:
    op = get_for_update(session, ident)
    if actor.operator_id != op.id:
        actor.require(Permission.MANAGE_OPERATORS)
    validate_password(password)
    op.password_hash = hash_password(password)
    op.failed_logins = 0
    op.locked_until = None
    session.flush()
    db_sign_in.store_verifier(session, op.id, password)
    audit.record(session, actor, "set password", "operator", op.id)
    session.flush()
    return OperatorInfo.of(op)


def delete(session: Session, actor: Actor, ident: int | str) -> None:
    """Only an operator who never acted may be deleted; others are disabled instead."""
    actor.require(Permission.MANAGE_OPERATORS)
    op = get_for_update(session, ident)
    acted = session.scalar(
        sa.select(sa.func.count()).select_from(AuditEntry).where(AuditEntry.operator_id == op.id)
    )
    if acted:
        raise Refused(
            f"{op.username} has made changes that the audit trail refers to.",
            hint="Disable the account instead of deleting it.",
        )
    audit.record(session, actor, "delete", "operator", op.id, before={"username": op.username})
    session.delete(op)
    session.flush()
