"""``--disconnect-others`` for `restore` and `migrate upgrade`: who else is connected.

Before a restore or an upgrade the command lists the other sessions on the database;
with others there it goes on only with ``--disconnect-others`` or a "y" on a terminal
(they are then asked to close and disconnected after ``--wait`` seconds). Without
either, the service refuses with the list and nothing is changed.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from localex_desktop.cli.base import Context

if TYPE_CHECKING:
    from localex_desktop.services.backup import Takeover


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not value >= 0:  # also refuses nan
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds (0 or more)")
    return value


def others_options(p: Any) -> None:
    p.add_argument(
        "--disconnect-others",
        action="store_true",
        help="if others are connected, ask them to close and disconnect them after --wait s",
    )
    p.add_argument(
        "--wait",
        type=_seconds,
        default=30.0,
        metavar="SECONDS",
        help="how long the others are given to close (default 30)",
    )


def ask_takeover(ctx: Context, kind: str) -> Takeover | None:
    """How to deal with the others (None: the person said no, nothing is changed)."""
    from localex_desktop.services import backup

    wait = float(ctx.args.wait)
    others = backup.connected_others(ctx.db)
    plan = backup.Takeover(
        disconnect=bool(ctx.args.disconnect_others), by=ctx.actor.name, grace_seconds=wait
    )
    if not others:
        return plan
    if plan.disconnect or not sys.stdin.isatty():
        # the progress lines (or the refusal without --disconnect-others) name them
        return plan
    print(backup.others_sentence(others), file=sys.stderr)
    answer = input(f"Ask them to close and disconnect them after {wait:g} s, then {kind}? [y/N] ")
    if answer.strip().lower() in ("y", "yes"):
        return backup.Takeover(disconnect=True, by=ctx.actor.name, grace_seconds=wait)
    print("Nothing was changed.", file=sys.stderr)
    return None
