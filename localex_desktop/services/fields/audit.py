"""The audit log's columns: on screen, in `localex audit` and in the export.

``before`` and ``after`` are the recorded values as JSON text (keys sorted), as the
export has always written them; ``change`` is a few words for a table (:func:`summary`).
"""

from __future__ import annotations

import json
from typing import Any

from localex_desktop.services.audit import AuditRow
from localex_desktop.services.fields.base import N_, Field, Kind

SUMMARY_VALUE_MAX = 28


def json_text(value: Any) -> str | None:
    """A recorded value as one line of JSON (None stays None)."""
    return None if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True)


def _short(value: Any) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= SUMMARY_VALUE_MAX else text[: SUMMARY_VALUE_MAX - 1] + "…"


def changed_keys(before: Any, after: Any) -> list[str]:
    if not isinstance(before, dict) or not isinstance(after, dict):
        return []
    keys = sorted(set(before) | set(after))
    return [k for k in keys if before.get(k) != after.get(k)]


def summary(row: AuditRow) -> str:
    """A few words for the table: what changed, or what was made."""
    before, after = row.before, row.after
    if before is None and isinstance(after, dict):
        if "kind" in after and "memo" in after:  # a posting (written by localex_post)
            memo = f": {_short(after['memo'])}" if after.get("memo") else ""
            return f"{after['kind']}{memo}"
        for key in ("name", "title", "username", "description", "file"):
            if after.get(key):
                return _short(after[key])
        return ""
    keys = changed_keys(before, after)
    if not keys:
        if isinstance(before, dict) and isinstance(after, dict):
            return ""  # nothing differs
        if before is None:
            return "" if after is None else _short(after)
        return f"{_short(before)} → {_short(after)}"
    if len(keys) <= 2:
        assert isinstance(before, dict) and isinstance(after, dict)
        return "; ".join(f"{k}: {_short(before.get(k))} → {_short(after.get(k))}" for k in keys)
    return ", ".join(keys)


# The log is read newest first in keyset pages of ids only: no field sorts. ``entity_id``
# is text (a member's number, a setting's key, an operator's name).
FIELDS: list[Field[AuditRow]] = [
    Field("id", N_("No."), Kind.NUMBER, lambda r: r.id, width=6),
    Field("at", N_("When"), Kind.DATETIME, lambda r: r.at, width=17),
    Field("actor", N_("Operator"), Kind.TEXT, lambda r: r.actor, width=12),
    Field("operator_id", N_("Operator no."), Kind.NUMBER, lambda r: r.operator_id, listed=False),
    Field("action", N_("Action"), Kind.TEXT, lambda r: r.action, width=9),
    Field("entity", N_("What"), Kind.TEXT, lambda r: r.entity, width=9),
    Field("entity_id", N_("Record"), Kind.TEXT, lambda r: r.entity_id, width=7),
    Field("change", N_("Change"), Kind.TEXT, summary, width=30, stretch=True),
    Field("before", N_("Before"), Kind.TEXT, lambda r: json_text(r.before), listed=False),
    Field("after", N_("After"), Kind.TEXT, lambda r: json_text(r.after), listed=False),
]
