"""`localex bench ledger|…`: benchmarks that print figures, each on a scratch cluster.

Handlers import the services they run, so `localex --version` loads none of them
(see cli/__init__.py).
"""

from __future__ import annotations

import sys
from typing import Any

from localex_desktop.cli.base import Context, actions


def register(sub: Any) -> None:
    bsub = actions(sub, "bench", "measure speed against baselines on a scratch database", "WHAT")
    b = bsub.add_parser("ledger", help="posting, balance reads and verify next to pgbench/pg_dump")
    _entries(b)
    _seconds(b)
    b.set_defaults(handler=cmd_bench_ledger)
    b = bsub.add_parser("backup", help="backup and restore+verify next to pg_dump/pg_restore")
    _entries(b)
    b.set_defaults(handler=cmd_bench_backup)
    b = bsub.add_parser("ui", help="Ledger page: first rows on a small and a large ledger, memory")
    _entries(b)
    b.set_defaults(handler=cmd_bench_ui)
    b = bsub.add_parser("all", help="every part below, one set of keys (takes a while)")
    _entries(b)
    _seconds(b)
    _runs(b, "runs of each command (cli part)")
    _work_sizes(b)
    b.set_defaults(handler=cmd_bench_all)
    b = bsub.add_parser("work", help="demo, import, statements, XLSX next to CSV export")
    _work_sizes(b)
    b.set_defaults(handler=cmd_bench_work)
    b = bsub.add_parser("cli", help="`localex balance` next to a bare psycopg read, server up")
    _runs(b, "runs of each (median counts)")
    b.set_defaults(handler=cmd_bench_cli)


def _work_sizes(b: Any) -> None:
    b.add_argument(
        "--transactions", type=int, default=100_000, help="ledger size for the export (work)"
    )
    b.add_argument("--demo-members", type=int, default=150, help="members of the demo (work)")
    b.add_argument("--import-members", type=int, default=2_000, help="members imported (work)")


def _work(ctx: Context, say: Any) -> dict[str, Any]:
    from localex_desktop.bench import work

    a = ctx.args
    return work.run(
        a.transactions, say, demo_members=a.demo_members, import_members=a.import_members
    ).as_dict()


def cmd_bench_work(ctx: Context) -> int:
    return _figures(ctx, _work(ctx, _progress(ctx)))


def _entries(p: Any) -> None:
    """How large a ledger the scratch cluster gets (the parts that build one)."""
    p.add_argument("--entries", type=int, default=1_000_000)


def _seconds(p: Any) -> None:
    p.add_argument("--seconds", type=float, default=10.0, help="duration of each throughput run")


def _runs(p: Any, help_text: str) -> None:
    p.add_argument("--runs", type=int, default=20, help=help_text)


def _progress(ctx: Context) -> Any:
    def say(text: str) -> None:
        print(text, file=sys.stderr, flush=True)

    return say


def _figures(ctx: Context, result: dict[str, Any], width: int = 18) -> int:
    """Emit a benchmark's figures: JSON as they are, or one ``key value`` line each."""
    ctx.emit(result, lambda: "\n".join(f"{k:{width}} {v}" for k, v in result.items()))
    return 0


def cmd_bench_ledger(ctx: Context) -> int:
    from localex_desktop.bench import ledger

    result = ledger.run(ctx.args.entries, ctx.args.seconds, _progress(ctx)).as_dict()
    return _figures(ctx, result)


def cmd_bench_backup(ctx: Context) -> int:
    from localex_desktop.bench import backup

    result = backup.run(ctx.args.entries, _progress(ctx)).as_dict()
    return _figures(ctx, result)


def cmd_bench_ui(ctx: Context) -> int:
    from localex_desktop.bench import ui  # imports Qt: only for this subcommand

    result = ui.run(ctx.args.entries, _progress(ctx)).as_dict()
    return _figures(ctx, result, 22)


def cmd_bench_cli(ctx: Context) -> int:
    from localex_desktop.bench import cli

    result = cli.run(ctx.args.runs, _progress(ctx)).as_dict()
    return _figures(ctx, result)


def cmd_bench_all(ctx: Context) -> int:
    """ledger, backup, ui, cli and work in turn, each on its own scratch cluster; a key two
    parts share (``entries``, ``pg_dump_s``) is kept once per part as ``<part>_<key>``."""
    from localex_desktop.bench import backup, cli, ledger, ui  # ui imports Qt: only here

    say = _progress(ctx)
    args = ctx.args
    parts: list[tuple[str, dict[str, Any]]] = [
        ("ledger", ledger.run(args.entries, args.seconds, say).as_dict()),
        ("backup", backup.run(args.entries, say).as_dict()),
        ("ui", ui.run(args.entries, say).as_dict()),
        ("cli", cli.run(args.runs, say).as_dict()),
        ("work", _work(ctx, say)),
    ]
    counts: dict[str, int] = {}
    for _part, figures in parts:
        for key in figures:
            counts[key] = counts.get(key, 0) + 1
    result: dict[str, Any] = {}
    for part, figures in parts:
        for key, value in figures.items():
            result[key if counts[key] == 1 else f"{part}_{key}"] = value
    return _figures(ctx, result, 24)
