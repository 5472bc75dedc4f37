"""`localex demo`: fill a database with a realistic demo exchange.

Handlers import the services they run, so `localex --version` loads none of them
(see cli/__init__.py).
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from localex_desktop.cli.base import Context


def _count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 2:
        raise argparse.ArgumentTypeError("give at least 2 members")
    return value


#: the demo's defaults, repeated here so building the parser imports no database code
#: (a test checks they match localex_desktop.services.demo)
DEFAULT_MEMBERS = 150
DEFAULT_SEED = 2026


def register(sub: Any) -> None:
    p = sub.add_parser(
        "demo",
        help="fill the database with a demo exchange (members, listings, two years of trades)",
        description=(
            "Fill the database with a realistic demo exchange through the normal services: "
            "members, a category tree, listings, two years of trades with disputes and "
            "reversals, yearly levies, dormant, suspended and departed members. The history "
            "is entered as back-dated history is: each ledger transaction carries the date "
            "its trade happened as its value date (with a reason), so the dashboard and the "
            "reports show two years. Sets the database up first if it is empty. Refuses a "
            "database that already has members unless --force (which adds the demo and keeps "
            "the exchange's name)."
        ),
    )
    p.add_argument(
        "--members",
        type=_count,
        default=DEFAULT_MEMBERS,
        metavar="N",
        help=f"how many members (default {DEFAULT_MEMBERS}; listings and trades scale with it)",
    )
    p.add_argument(
        "--seed",
        type=int,
        default=DEFAULT_SEED,
        metavar="S",
        help="random seed: the same seed gives the same exchange",
    )
    p.add_argument(
        "--force", action="store_true", help="add demo data even if the database has members"
    )
    p.set_defaults(handler=cmd_demo)


def cmd_demo(ctx: Context) -> int:
    from localex_desktop.db import migrate
    from localex_desktop.services import demo, system

    a = ctx.args
    db = ctx.db
    if migrate.ensure_known(db.engine).current is None:
        system.initialise(db)  # an empty database: set it up (no operator is created)
    db = ctx.migrated_db()

    def say(text: str) -> None:
        if not ctx.json:
            print(f"demo: {text}", file=sys.stderr, flush=True)

    result = demo.generate(db, members_count=a.members, seed=a.seed, force=a.force, progress=say)

    def text() -> str:
        r = result
        return "\n".join(
            [
                f"Demo exchange ready in {r.seconds:.0f} s:",
                f"  {r.members} members ({r.suspended} suspended, {r.left} left), "
                f"{r.categories} categories, {r.listings} listings",
                f"  {r.trades} trades dated {r.first_trade_on} to {r.last_trade_on}: "
                f"{r.completed} completed, {r.pending} pending, {r.disputed} disputed, "
                f"{r.cancelled} cancelled",
                f"  {r.reversed} reversals, {r.transfers} transfers, "
                f"yearly levies (the last on {r.levy_members} members)",
                "  Ledger transactions carry their trades' dates as value dates.",
            ]
        )

    ctx.emit(result.as_dict(), text)
    return 0
