"""Before and after of an audit row, as a readable JSON diff and a one-line summary."""

from __future__ import annotations

import difflib
import html
import json
from typing import Any

from localex_desktop.services.audit import AuditRow

REMOVED_BG = "#fbe3e0"
ADDED_BG = "#e2f2e6"
SUMMARY_VALUE_MAX = 28


def pretty(value: Any) -> list[str]:
    """``value`` as indented JSON lines (keys sorted, so two versions line up)."""
    if value is None:
        return []
    text = json.dumps(value, indent=2, sort_keys=True, ensure_ascii=False, default=str)
    return text.splitlines()


def diff_lines(before: Any, after: Any) -> list[tuple[str, str]]:
    """Every line of both versions in order, tagged ' ' (same), '-' (before) or '+' (after)."""
    old, new = pretty(before), pretty(after)
    out: list[tuple[str, str]] = []
    matcher = difflib.SequenceMatcher(a=old, b=new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            out += [(" ", line) for line in old[i1:i2]]
            continue
        out += [("-", line) for line in old[i1:i2]]
        out += [("+", line) for line in new[j1:j2]]
    return out


def diff_html(before: Any, after: Any) -> str:
    """The diff for a rich-text view: removed lines red-tinted, added lines green-tinted."""
    lines = diff_lines(before, after)
    if not lines:
        return "<p><i>No values were recorded for this change.</i></p>"
    rows = []
    for tag, line in lines:
        text = html.escape(line) or "&nbsp;"
        if tag == "-":
            rows.append(f'<span style="background-color:{REMOVED_BG}">\u2212 {text}</span>')
        elif tag == "+":
            rows.append(f'<span style="background-color:{ADDED_BG}">+ {text}</span>')
        else:
            rows.append(f"&nbsp; {text}")
    return "<pre style='margin:0'>" + "\n".join(rows) + "</pre>"


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
