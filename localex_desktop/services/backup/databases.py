"""The databases a backup makes beside the current one, and how they are named.

A check restores into ``<db>_verify_<time>_<pid>``; a restore into
``<db>_restore_<time>`` and keeps the replaced data as ``<db>_before_restore_<time>``.
A long ``<db>`` is shortened in these names (:func:`db.admin.fit_name`), and
:func:`drop_leftovers` still recognises them.
"""

from __future__ import annotations

import logging
import re

from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError

from localex_desktop.db import admin
from localex_desktop.domain.errors import Refused
from localex_desktop.services.backup.common import BackupFailed, stamp

log = logging.getLogger(__name__)


def create_database(url: URL, name: str) -> None:
    admin.create_database(url, name, template="template0")


def drop_database(url: URL, name: str, *, force: bool = True) -> bool:
    """Drop ``name`` if it is there; False (logged) when the server refuses."""
    try:
        admin.drop_database(url, name, force=force)
    except DBAPIError as exc:
        log.warning("could not drop database %s: %s", name, exc)
        return False
    return True


def restore_names(url: URL, current: str) -> tuple[str, str]:
    """``<current>_restore_<time>`` and ``<current>_before_restore_<time>``, both unused.

    A long ``current`` is shortened in them (:func:`db.admin.fit_name`), never cut by
    the server.
    """
    taken = set(admin.list_databases(url))
    when = stamp()
    for n in range(1, 1000):
        suffix = when if n == 1 else f"{when}_{n}"
        names = (
            admin.fit_name(current, f"_restore_{suffix}"),
            admin.fit_name(current, f"_before_restore_{suffix}"),
        )
        if not taken & set(names):
            return names
    raise Refused("Too many restores in one second; try again.")


def switch(url: URL, current: str, new_name: str, old_name: str) -> None:
    """Both renames in one transaction, after closing every other session on both."""
    try:
        admin.rename_databases(url, [(current, old_name), (new_name, current)])
    except DBAPIError as exc:
        raise BackupFailed(
            f"Could not switch to the restored data: {exc.orig}. The previous data is unchanged."
        ) from exc


_LEFTOVER = re.compile(r"(?P<stem>.+?)_(?:before_restore|restore|verify)_\d{14}(?:_\d+)?")
_LEFTOVER_GREEDY = re.compile(r"(?P<stem>.+)_(?:before_restore|restore|verify)_\d{14}(?:_\d+)?")


def _is_leftover_of(name: str, current: str) -> bool:
    """Was ``name`` made by a restore or a check of ``current`` (whole or shortened)?"""
    for pattern in (_LEFTOVER, _LEFTOVER_GREEDY):
        match = pattern.fullmatch(name)
        if match and admin.stem_belongs_to(match["stem"], current):
            return True
    return False


def drop_leftovers(url: URL, current: str, keep: set[str], *, dry_run: bool = False) -> list[str]:
    """Drop earlier ``<current>_before_restore_*`` and abandoned restore/verify databases.

    Databases still in use (a restore or check running in another process) are left.
    """
    try:
        names = admin.list_databases(url)
    except DBAPIError as exc:
        log.warning("could not list leftover databases: %s", exc)
        return []
    dropped = []
    for name in sorted(names):
        if name in keep or name == current or not _is_leftover_of(name, current):
            continue
        if dry_run or drop_database(url, name, force=False):
            dropped.append(name)
    return dropped
