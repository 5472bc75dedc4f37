"""Running a test's process as the server's service account, as the program does."""

from __future__ import annotations

import pwd
from typing import Any


def as_account(name: str | None) -> dict[str, Any]:
    """``subprocess`` arguments for ``name`` with its own group only (``user=`` alone keeps
    root's groups, for which a root folder of mode 0701 is closed); {} for None."""
    if name is None:
        return {}
    entry = pwd.getpwnam(name)
    return {"user": entry.pw_uid, "group": entry.pw_gid, "extra_groups": []}
