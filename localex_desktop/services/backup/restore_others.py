"""Restoring or upgrading while others work: list them, ask them to close, take over.

A restore replaces the data under everyone connected, and an upgrade changes the schema
under them, so before either changes anything (issue 15):

1. :func:`connected_others` lists the other sessions on the database
   (:mod:`db.presence`: the operator and desktop a signed-in window names itself by);
2. :func:`check_takeover` refuses, in one sentence, when there are others and the
   caller has not agreed to disconnect them, or when this login may not end one of them
   (``pg_terminate_backend`` needs the right; the GRANT is named) — before any change;
3. :func:`take_over` asks them through NOTIFY to close (their windows count down and go
   back to the sign-in), waits up to the grace period, and ends the sessions still there.

Afterwards :func:`db.presence.leave_mark` tells the windows who replaced the data.
No Qt here.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass

from localex_desktop.db import presence
from localex_desktop.db.connection import Database
from localex_desktop.db.presence import Session
from localex_desktop.domain.errors import Refused
from localex_desktop.services.backup.common import ProgressFn, check_cancel, say

ConnectedSession = Session
"""Another program on the database (the name the UI knows it by)."""

#: how long the others' windows are given to close before they are disconnected
GRACE_SECONDS = 30
#: how often the waiting looks whether they have gone
POLL_SECONDS = 0.25


@dataclass(frozen=True)
class Takeover:
    """How a restore or an upgrade deals with the others on the database."""

    #: whether the person agreed that the others are disconnected
    disconnect: bool = False
    #: who is replacing the data, as the others' windows name them
    by: str = "someone"
    grace_seconds: float = GRACE_SECONDS


def connected_others(db: Database) -> list[Session]:
    """Every other session on ``db``'s database (this program's own ones left out)."""
    with db.engine.connect() as conn:
        found = presence.others(conn, db.own_backend_pids)
        conn.rollback()
    return found


def others_sentence(others: Sequence[Session]) -> str:
    """``2 others are connected: ann at desk-2 since 09:14, bea at desk-3.``"""
    if not others:
        return "Nobody else is connected."
    who = ", ".join(s.describe() for s in others)
    if len(others) == 1:
        return f"1 other is connected: {who}."
    return f"{len(others)} others are connected: {who}."


def check_takeover(db: Database, others: Sequence[Session], kind: str, takeover: Takeover) -> None:
    """Refuse before any change when the others may not, or cannot, be disconnected."""
    if not others:
        return
    verb = "restore" if kind == "restore" else "upgrade"
    if not takeover.disconnect:
        raise Refused(
            f"{others_sentence(others)} A {verb} replaces the data under them, so nothing "
            "was changed.",
            hint=f"Ask them to close LocalEx, or {verb} with --disconnect-others: they are "
            f"asked to close and signed out after {int(takeover.grace_seconds)} s.",
        )
    stuck = [s for s in others if not s.may_end]
    if stuck:
        login = db.url.username or "this login"
        raise Refused(
            f"The server does not let {login} disconnect "
            + ", ".join(s.describe() for s in stuck)
            + f", which a {verb} with others connected needs; nothing was changed.",
            hint="Ask them to close LocalEx first, or ask the server's administrator to run "
            f'GRANT pg_signal_backend TO "{login}";',
        )


def take_over(
    db: Database,
    others: Sequence[Session],
    kind: str,
    takeover: Takeover,
    *,
    progress: ProgressFn | None = None,
    cancel: threading.Event | None = None,
) -> int:
    """Ask ``others`` to close, wait up to the grace period, end those left; how many
    were ended. The caller checked :func:`check_takeover` first."""
    if not others:
        return 0
    grace = max(0.0, takeover.grace_seconds)
    pids = {pid for s in others for pid in s.pids}
    with db.engine.connect() as conn:
        presence.ask_to_close(conn, kind, takeover.by, math.ceil(grace))
        conn.commit()
        say(
            progress,
            "others",
            f"{others_sentence(others)} Asked them to close; waiting up to {int(grace)} s",
        )
        deadline = time.monotonic() + grace
        left = presence.still_there(conn, pids)
        conn.rollback()
        while left and time.monotonic() < deadline:
            check_cancel(cancel)
            time.sleep(POLL_SECONDS)
            left = presence.still_there(conn, left)
            conn.rollback()
        if left:
            say(progress, "others", f"Disconnecting {len(left)} still connected")
            presence.end_sessions(conn, left)
            conn.commit()
    return len(left)
