"""Edits that never silently overwrite another coordinator's.

A dialog that edits a record keeps the values it showed when it opened (``seen``). When
it saves, the service compares three things field by field, under the row's lock:

* what the dialog showed (``seen``), what is stored now (``current``) and what the
  person asks for (``wanted``);
* a field the person did not change keeps the stored value, so someone else's change of
  it meanwhile is kept (A sets the phone while B renames: both stay);
* a field both changed, to different values, is a clash: the save is refused with
  :class:`ChangedMeanwhile`, which names who changed what, and the person chooses to
  reload (their own edits kept on screen) or to save anyway (``overwrite``).

No version column is needed: the values are the version, and the audit log says who.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from localex_desktop.db.models import AuditEntry
from localex_desktop.domain.errors import Conflict

#: how far back the audit log is read to find who made the changes
AUTHORS_LOOKBACK = 50
_MISSING = object()


@dataclass(frozen=True)
class Change:
    """A field someone else changed since the dialog opened."""

    field: str
    label: str
    seen: Any
    now: Any


class ChangedMeanwhile(Conflict):
    """Another session changed fields this save also changes, since the dialog opened."""

    def __init__(
        self, noun: str, changes: list[Change], authors: list[str], *, since: str = "you opened it"
    ) -> None:
        self.noun = noun
        self.changes = changes
        self.authors = authors
        who = " and ".join(authors) if authors else "Someone else"
        what = _and([f"the {c.label}" for c in changes])
        super().__init__(
            f"{who} changed {what} of {noun} since {since}.",
            hint="Reload shows their version with your own changes kept; Save anyway "
            "replaces theirs with yours.",
        )


def merge(
    seen: Mapping[str, Any],
    current: Mapping[str, Any],
    wanted: Mapping[str, Any],
    *,
    labels: Mapping[str, str],
) -> tuple[dict[str, Any], list[Change]]:
    """The values to store, and the clashes (fields both sides changed differently).

    Only the fields in ``wanted`` are considered; one the person left as it was shown
    keeps what is stored now.
    """
    values: dict[str, Any] = {}
    clashes: list[Change] = []
    for field, value in wanted.items():
        before, now = seen.get(field), current.get(field)
        if value == before:
            values[field] = now  # not changed here: keep whatever is stored now
            continue
        if now != before and now != value:
            clashes.append(Change(field, labels.get(field, field.replace("_", " ")), before, now))
        values[field] = value
    return values, clashes


def check_and_merge(
    session: Session,
    *,
    entity: str,
    entity_id: object,
    noun: str,
    seen: Mapping[str, Any] | None,
    current: Mapping[str, Any],
    wanted: Mapping[str, Any],
    labels: Mapping[str, str],
    overwrite: bool = False,
) -> dict[str, Any]:
    """What to store; raises :class:`ChangedMeanwhile` on a clash unless ``overwrite``.

    Without ``seen`` (the CLI, a script: nothing was shown) ``wanted`` is stored as it is.
    """
    if seen is None:
        return dict(wanted)
    values, clashes = merge(seen, current, wanted, labels=labels)
    if clashes and not overwrite:
        fields = {c.field for c in clashes}
        authors = authors_since(session, entity, entity_id, seen, fields=fields)
        raise ChangedMeanwhile(noun, clashes, authors)
    return values


def authors_since(
    session: Session,
    entity: str,
    entity_id: object,
    seen: Mapping[str, Any] | Any,
    *,
    fields: set[str] | None = None,
) -> list[str]:
    """Who changed the record after it held ``seen`` (newest audit rows back to the one
    that left it as seen), first author first. ``seen`` is a record's fields (a dict,
    matched against the audit row's ``after`` key by key) or a setting's whole value.
    With ``fields``, only those who changed one of them count (the person saving may
    have changed another field meanwhile: "ann and cy changed the phone" would be wrong).
    """

    def touched(before: Any, after: Any) -> bool:
        if fields is None or not isinstance(after, dict):
            return True
        old = before if isinstance(before, dict) else {}
        return any(k in after and after[k] != old.get(k, _MISSING) for k in fields)

    def left_as_seen(after: Any) -> bool:
        if isinstance(seen, Mapping) and isinstance(after, dict):
            return all(after.get(k) == v for k, v in seen.items() if k in after)
        return bool(after == seen)

    rows = session.execute(
        sa.select(AuditEntry.actor, AuditEntry.before, AuditEntry.after)
        .where(AuditEntry.entity == entity, AuditEntry.entity_id == str(entity_id))
        .order_by(AuditEntry.id.desc())
        .limit(AUTHORS_LOOKBACK)
    ).all()
    names: list[str] = []
    for actor, before, after in rows:
        if left_as_seen(after):
            break
        if actor not in names and touched(before, after):
            names.insert(0, actor)
    return names


def _and(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]
