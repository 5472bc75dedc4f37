"""What every `localex` command shares: the open database, output and errors."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import asdict, is_dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import TYPE_CHECKING, Any, TypeVar

# money and the field helpers import no database code: building the parser stays fast
from localex_desktop.cli import args
from localex_desktop.domain.money import Currency, format_amount, parse_amount
from localex_desktop.domain.text import json_printable, printable
from localex_desktop.services.fields.base import Field, display, json_value, listed

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from localex_desktop.db.connection import Database
    from localex_desktop.domain.errors import Refused
    from localex_desktop.domain.roles import Actor

# The database layer is imported inside the methods that need it: `localex --version`
# must not load SQLAlchemy (see cli/__init__.py).

Handler = Callable[["Context"], int]
R = TypeVar("R")


class Context:
    """The parsed command line plus the database, opened on first use and closed at exit."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.json: bool = bool(args.json)
        self._db: Database | None = None
        self._actor: Actor | None = None
        #: the database login's password from --password-stdin (memory only; never the
        #: operator's, which is LOCALEX_PASSWORD or asked in _sign_in)
        self._login_password: str | None = None

    def read_login_password(self) -> None:
        """Take ``--password-stdin``'s line now, before a command reads its own secrets
        (``--admin-password-stdin``, ``--passphrase-stdin``: the lines after it)."""
        if getattr(self.args, "password_stdin", False):
            from localex_desktop.cli.server_password import read_stdin_password

            self._login_password = read_stdin_password()

    @property
    def db(self) -> Database:
        if self._db is None:
            from localex_desktop.cli.server_password import open_target
            from localex_desktop.db.connection import resolve_target

            target = resolve_target(self.args.data_dir, self.args.database_url)
            self._db = open_target(target, self._login_password)
            if self._db.server is not None and self._db.server.notice:  # one line: recovered
                print(f"localex: {self._db.server.notice}", file=sys.stderr)
        return self._db

    def migrated_db(self) -> Database:
        """The database, refusing to run against an old or newer schema."""
        from localex_desktop.db import migrate
        from localex_desktop.domain.errors import SchemaMismatch

        db = self.db
        st = migrate.ensure_known(db.engine)
        if st.current is None:
            raise SchemaMismatch(
                "This database has not been set up yet.", hint="Run `localex init` first."
            )
        if not st.up_to_date:
            raise SchemaMismatch(
                f"The database schema is at {st.current}; this program needs {st.head}.",
                hint="Run `localex backup` and then `localex migrate upgrade`.",
            )
        return db

    @property
    def actor(self) -> Actor:
        """Who the command acts as. With the built-in database, the machine's user (who
        holds its superuser anyway: a password would guard nothing); on a PostgreSQL
        server, the operator signed in at the database (services/operators.py)."""
        if self._actor is None:
            from localex_desktop.db.connection import resolve_target
            from localex_desktop.domain.roles import cli_actor
            from localex_desktop.services import db_sign_in

            named = getattr(self.args, "sign_in_operator", None) or os.environ.get(
                "LOCALEX_OPERATOR"
            )
            on_server = (
                self._db.mode == "server"
                if self._db is not None
                else resolve_target(self.args.data_dir, self.args.database_url).mode == "server"
            )
            if on_server and (named or db_sign_in.must_sign_in(self.db)):
                self._actor = self._sign_in(self.db)
            else:
                self._actor = cli_actor()
        return self._actor

    def _sign_in(self, db: Database) -> Actor:
        from localex_desktop.domain.errors import AuthenticationFailed
        from localex_desktop.services import operators

        name = getattr(self.args, "sign_in_operator", None) or os.environ.get("LOCALEX_OPERATOR")
        if not name and sys.stdin.isatty():
            name = input("Operator: ").strip()
        if not name:
            raise AuthenticationFailed(
                "On a PostgreSQL server the command signs in as an operator first.",
                hint="Give --operator NAME (or LOCALEX_OPERATOR, with LOCALEX_PASSWORD).",
            )
        password = os.environ.get("LOCALEX_PASSWORD")
        if password is None:
            if not sys.stdin.isatty():
                raise AuthenticationFailed(
                    f"No password for operator {name}.",
                    hint="Run it in a terminal, or set LOCALEX_PASSWORD for a script.",
                )
            import getpass

            password = getpass.getpass(f"Password of {name}: ")
        # the database checks the password for a login that is not the owner's
        return operators.authenticate(db, name, password).actor()

    def login_name(self) -> str | None:
        """The server login the command runs as (named in a refused right), if known."""
        if self._db is None or self._db.mode != "server":
            return None
        return self._db.url.username

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None

    def emit(self, data: Any, text: str | Callable[[], str] | None = None) -> None:
        """Print ``data`` as JSON with --json, else the human text; control characters
        of the data (old rows may hold a terminal escape) are shown as escapes."""
        if self.json or text is None:
            print(json_printable(json.dumps(to_jsonable(data), indent=2, ensure_ascii=False)))
        else:
            out = text() if callable(text) else text
            if out:
                print(printable(out))

    def read_secret(self, prompt: str) -> str:
        """One line from standard input (for --...-stdin options), without the newline."""
        if sys.stdin.isatty():
            import getpass

            return getpass.getpass(prompt)
        line = sys.stdin.readline()
        return line.rstrip("\r\n")


def to_jsonable(value: Any) -> Any:
    if is_dataclass(value) and not isinstance(value, type):
        return to_jsonable(asdict(value))
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [to_jsonable(v) for v in value]
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, Enum):
        return value.value
    return value


def table(rows: list[list[str]], headers: list[str]) -> str:
    """A plain text table for people (JSON is for programs)."""
    if not rows:
        return "(none)"
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(headers)]
    line = "  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True))
    out = [line, "  ".join("-" * w for w in widths)]
    out += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in rows]
    return "\n".join(out)


def field_table(fields: Sequence[Field[R]], rows: Sequence[R], currency: Currency) -> str:
    """The rows as a text table of the listed fields: their headers, the values as
    people read them (:func:`fields.display`), numbers and amounts right-aligned."""
    if not rows:
        return "(none)"
    shown = listed(fields)
    cells = [[display(f, r, currency) for f in shown] for r in rows]
    heads = [f.header for f in shown]
    widths = [max(len(h), *(len(c[i]) for c in cells)) for i, h in enumerate(heads)]

    def line(values: Sequence[str]) -> str:
        parts = [
            v.rjust(w) if f.right_aligned else v.ljust(w)
            for f, v, w in zip(shown, values, widths, strict=True)
        ]
        return "  ".join(parts).rstrip()

    out = [line(heads), "  ".join("-" * w for w in widths)]
    out += [line(c) for c in cells]
    return "\n".join(out)


def field_json(fields: Sequence[Field[R]], row: R, currency: Currency) -> dict[str, Any]:
    """One row for ``--json``: every field under its machine name (:func:`fields.json_value`)."""
    return {f.name: json_value(f, row, currency) for f in fields}


def more_rows(what: str, limit: int, hint: str = "a larger --limit shows more") -> None:
    """Say on stderr that a list stopped at ``limit`` rows (``what``: a plural noun)
    and more exist."""
    noun = what[:-1] if limit == 1 and what.endswith("s") else what
    print(f"localex: showing the first {limit:,} {noun}; there are more ({hint}).", file=sys.stderr)


def date_arg(text: str) -> date:
    """An argparse type: a date like 2026-03-31."""
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-03-31") from None


def record_action(s: Any, name: str, help_text: str, handler: Handler) -> Any:
    """An action on one record given by its number (`localex trade cancel 12`); the
    parser is returned for the action's other options."""
    p = s.add_parser(name, help=help_text)
    p.add_argument("id", type=args.record_id)
    p.set_defaults(handler=handler)
    return p


def date_range(p: Any) -> None:
    """``--since`` and ``--until``: the days a list covers, both included."""
    p.add_argument("--since", type=date_arg, metavar="YYYY-MM-DD")
    p.add_argument("--until", type=date_arg, metavar="YYYY-MM-DD")


def yes_option(p: Any) -> None:
    """``--yes``: for a command that asks before it replaces or removes data."""
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")


def confirmed(ctx: Context, question: str, no_terminal: Refused) -> bool:
    """Go on: ``--yes`` was given, or the person answered y to ``question`` (a "[y/N]"
    line). Without a terminal to ask at, ``no_terminal`` is raised."""
    if ctx.args.yes:
        return True
    if not sys.stdin.isatty():
        raise no_terminal
    if input(question).strip().lower() in ("y", "yes"):
        return True
    print("Nothing was changed.", file=sys.stderr)
    return False


def list_rows(
    ctx: Context,
    what: str,
    fields: Sequence[Field[R]],
    search: Callable[[Session, int], Sequence[R]],
    as_json: Callable[[R, Currency], Any],
) -> int:
    """A list command: the first ``--limit`` rows ``search(session, n)`` finds, as JSON or a
    table of ``fields``, then a note on stderr (``what``: a plural noun) if there are more."""
    from localex_desktop.services import settings

    limit = max(1, ctx.args.limit)
    with ctx.migrated_db().transaction() as s:
        cur = settings.currency(s)
        found = list(search(s, limit + 1))
    more = len(found) > limit
    found = found[:limit]
    ctx.emit([as_json(r, cur) for r in found], lambda: field_table(fields, found, cur))
    if more:
        sys.stdout.flush()  # the note after the table, where a person looks for it
        more_rows(what, limit)
    return 0


def actions(sub: Any, name: str, help_text: str, metavar: str = "ACTION") -> Any:
    """A command with actions of its own (`localex listing add|list|…`)."""
    p = sub.add_parser(name, help=help_text)
    s = p.add_subparsers(dest=f"{name}_command", metavar=metavar, parser_class=type(p))
    s.required = True
    return s


def amount(text: str, cur: Currency, field: str = "amount", zero: bool = False) -> int:
    """An amount typed on the command line, in minor units (refused with the reason)."""
    return parse_amount(text, cur, field=field, allow_zero=zero)


def fmt(minor: int | None, cur: Currency) -> str | None:
    """An amount for ``--json`` and messages: "12.50"; None stays None."""
    return None if minor is None else format_amount(minor, cur)
