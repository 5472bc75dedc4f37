"""Before and after of an audit row, as a readable JSON diff and a one-line summary."""

from __future__ import annotations

import difflib
import html
import json
from typing import Any

from localex_desktop.services.fields.audit import changed_keys, summary
from localex_desktop.ui.i18n import translate

__all__ = ["changed_keys", "diff_html", "diff_lines", "pretty", "summary"]

# light backgrounds carry their own dark text: on a dark or high-contrast palette the
# text colour is light, and light on light cannot be read
REMOVED_BG = "#fbe3e0; color: #1b1b1b"
ADDED_BG = "#e2f2e6; color: #1b1b1b"


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
        return translate(
            "pages.audit.diff", "<p><i>No values were recorded for this change.</i></p>"
        )
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
