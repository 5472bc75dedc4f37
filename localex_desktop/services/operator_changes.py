"""An operator's role and whether they may sign in, changed by an administrator.

Two administrators may look at the same operator at once: each change passes what the
Operators tab showed (``seen``), and a change of the same field by the other one since
is refused with :class:`edits.ChangedMeanwhile` (who and what) unless ``overwrite``. A
change that finds the operator already as asked writes nothing.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from localex_desktop.db.models import Operator
from localex_desktop.domain.errors import Refused
from localex_desktop.domain.roles import Actor, Permission, Role
from localex_desktop.services import audit, edits
from localex_desktop.services.operators import OperatorInfo, active_admins, get_for_update

#: the operator's fields as a person reads them ("admin changed the role of …")
FIELD_LABELS = {"role": "role", "active": "sign-in (enabled or disabled)"}


def _merged(
    session: Session,
    op: Operator,
    wanted: dict[str, Any],
    seen: OperatorInfo | None,
    overwrite: bool,
) -> dict[str, Any]:
    return edits.check_and_merge(
        session,
        entity="operator",
        entity_id=op.id,
        noun=f"operator {op.username}",
        seen=None if seen is None else {"role": seen.role.value, "active": seen.active},
        current={"role": op.role, "active": op.active},
        wanted=wanted,
        labels=FIELD_LABELS,
        overwrite=overwrite,
    )


def set_active(
    session: Session,
    actor: Actor,
    ident: int | str,
    active: bool,
    *,
    seen: OperatorInfo | None = None,
    overwrite: bool = False,
) -> OperatorInfo:
    """Enable or disable an operator (their history stays either way)."""
    actor.require(Permission.MANAGE_OPERATORS)
    op = get_for_update(session, ident)
    active = bool(_merged(session, op, {"active": active}, seen, overwrite)["active"])
    if active == op.active:
        return OperatorInfo.of(op)
    if not active and op.role == Role.ADMIN.value and active_admins(session) <= 1:
        raise Refused("This is the last active administrator and cannot be disabled.")
    if not active and actor.operator_id == op.id:
        raise Refused("You cannot disable your own account.")
    before = op.active
    op.active = active
    audit.record(
        session,
        actor,
        "enable" if active else "disable",
        "operator",
        op.id,
        before={"active": before},
        after={"active": active},
    )
    session.flush()
    return OperatorInfo.of(op)


def set_role(
    session: Session,
    actor: Actor,
    ident: int | str,
    role: Role,
    *,
    seen: OperatorInfo | None = None,
    overwrite: bool = False,
) -> OperatorInfo:
    """Make an operator an administrator, coordinator or bookkeeper."""
    actor.require(Permission.MANAGE_OPERATORS)
    op = get_for_update(session, ident)
    role = Role(_merged(session, op, {"role": role.value}, seen, overwrite)["role"])
    if role.value == op.role:
        return OperatorInfo.of(op)
    if op.role == Role.ADMIN.value and role != Role.ADMIN and active_admins(session) <= 1:
        raise Refused("This is the last active administrator; make another one first.")
    before = op.role
    op.role = role.value
    audit.record(
        session,
        actor,
        "change role",
        "operator",
        op.id,
        before={"role": before},
        after={"role": role.value},
    )
    session.flush()
    return OperatorInfo.of(op)
