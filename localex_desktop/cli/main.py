"""Entry point of `localex`. Exit codes: 0 done, 1 refused, 2 usage, 3 verification problem."""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import sys
from collections.abc import Sequence
from typing import Any

from localex_desktop import __version__
from localex_desktop.cli import (
    cmd_audit,
    cmd_backup,
    cmd_bench,
    cmd_categories,
    cmd_demo,
    cmd_import,
    cmd_ledger,
    cmd_listings,
    cmd_members,
    cmd_operators,
    cmd_reports,
    cmd_server,
    cmd_setup,
    cmd_trades,
)
from localex_desktop.cli.base import Context
from localex_desktop.domain.text import printable

EXIT_OK, EXIT_REFUSED, EXIT_USAGE, EXIT_VERIFY = 0, 1, 2, 3
#: the reader of standard output went away (`localex … | head`): 128 + SIGPIPE, what a
#: shell reports for other Unix tools cut off the same way
EXIT_PIPE = 141

COMMAND_MODULES = [
    cmd_setup,
    cmd_members,
    cmd_ledger,
    cmd_categories,
    cmd_listings,
    cmd_trades,
    cmd_operators,
    cmd_audit,
    cmd_reports,
    cmd_import,
    cmd_backup,
    cmd_bench,
    cmd_demo,
    cmd_server,
]


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.prog != "localex":  # --json also after the command: `localex balance 3 --json`
            self.add_argument(
                "--json", action="store_true", default=argparse.SUPPRESS, help="print JSON"
            )

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        print(f"localex: error: {message}", file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="localex",
        description="Admin command of LocalEx Desktop: set up, check and script the exchange.",
    )
    parser.add_argument("--version", action="version", version=f"localex {__version__}")
    parser.add_argument(
        "--data-dir", metavar="DIR", help="data folder of the built-in database (LOCALEX_DATA_DIR)"
    )
    parser.add_argument(
        "--database-url",
        metavar="URL",
        help="use a PostgreSQL server, e.g. postgresql://user@host/db (LOCALEX_DATABASE_URL)",
    )
    parser.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the database login's password (of the --database-url user, not the "
        "operator's) from the first line of standard input; at a terminal it is asked when "
        "the server wants one",
    )
    parser.add_argument(
        "--operator",
        dest="sign_in_operator",  # `audit --operator` filters by one: another dest
        metavar="NAME",
        help="on a PostgreSQL server: the operator to sign in as (LOCALEX_OPERATOR; the "
        "operator's password is asked, or read from LOCALEX_PASSWORD)",
    )
    parser.add_argument("--json", action="store_true", help="print results as JSON")
    parser.add_argument("-v", "--verbose", action="store_true", help="log more detail")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub.required = True
    for module in COMMAND_MODULES:
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    # here, not at the top: `localex --version` exits above without it (cli/__init__.py)
    from localex_desktop.logging_setup import setup_logging

    setup_logging("localex", verbose=args.verbose)
    log = logging.getLogger("localex_desktop.cli")
    ctx = Context(args)
    try:
        ctx.read_login_password()
        code: int = args.handler(ctx)
        sys.stdout.flush()  # a closed pipe shows here, not in Python's exit
        return code
    except BrokenPipeError:
        _stdout_to_nowhere()
        return EXIT_PIPE
    except KeyboardInterrupt:
        print("localex: interrupted", file=sys.stderr)
        return EXIT_REFUSED
    except Exception as exc:
        from localex_desktop.domain.errors import LocalexError

        if isinstance(exc, LocalexError):
            log.info("refused: %s", exc)
            print(f"localex: {printable(str(exc))}", file=sys.stderr)
            return exc.exit_code
        from sqlalchemy.exc import DBAPIError

        if isinstance(exc, DBAPIError):
            from localex_desktop.services.errors import explain_db_error

            known = explain_db_error(exc, login=ctx.login_name())
            if known is not None:
                log.info("refused by the database: %s", exc)
                print(f"localex: {printable(str(known))}", file=sys.stderr)
                return known.exit_code
        log.exception("unexpected error in localex %s", args.command)
        where = setup_logging("localex")
        first = (str(exc).strip().splitlines() or [""])[0][:200]
        print(
            f"localex: internal error: {type(exc).__name__}: {first}"
            + (f" (details in {where})" if where else ""),
            file=sys.stderr,
        )
        return EXIT_REFUSED
    finally:
        ctx.close()


def _stdout_to_nowhere() -> None:
    """Whatever is still buffered for the closed pipe goes nowhere, quietly."""
    with contextlib.suppress(OSError, ValueError):  # no real file behind stdout: no matter
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


if __name__ == "__main__":
    sys.exit(main())
