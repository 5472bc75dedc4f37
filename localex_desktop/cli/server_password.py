"""The password of the database login on a PostgreSQL server, for `localex`.

When the URL holds none and neither the keyring nor libpq (``PGPASSWORD``, ``PGSERVICE``,
``~/.pgpass``) gives one the server takes, the command asks for it at a terminal
("Password for alice at db.example.org: ", three tries), takes it from the first line of
standard input with ``--password-stdin`` (for scripts), or says in one line what to do.
It is kept in memory only, for this command's connections and the pg_dump it runs.

This is not the operator's password (``LOCALEX_PASSWORD``, asked as "Password of NAME"),
which signs in to the exchange once the database is open (cli/base.py).

Imported by ``Context.db`` when a command first needs the database: it loads SQLAlchemy.
"""

from __future__ import annotations

import getpass
import sys

from localex_desktop.db.connection import Database, PasswordNeeded, Target, open_database
from localex_desktop.domain.errors import DatabaseUnavailable, ValidationError

#: how many passwords a person may type before the command gives up
ATTEMPTS = 3


def open_target(target: Target, from_stdin: str | None) -> Database:
    """Open ``target``, asking for the login's password when the server wants one."""
    if target.mode != "server":
        if from_stdin is not None:
            raise ValidationError(
                "--password-stdin gives the password of a PostgreSQL server's login, but "
                "this command uses the built-in database.",
                hint="Name the server with --database-url (or LOCALEX_DATABASE_URL).",
            )
        return open_database(target)
    try:
        return open_database(target, password=from_stdin)
    except PasswordNeeded as exc:
        if from_stdin is not None:  # a script cannot be asked again
            raise PasswordNeeded(
                f"The server refused the password read from standard input for user {exc.login!r}.",
                hint="Check what the script pipes in (the first line is the password).",
                url=exc.url,
                refused=True,
            ) from exc
        if not sys.stdin.isatty():
            raise PasswordNeeded(
                exc.message,
                hint="There is no terminal to ask at: pipe it in with --password-stdin, set "
                "PGPASSWORD, or keep it in ~/.pgpass (docs/admin/server.md).",
                url=exc.url,
                refused=exc.refused,
            ) from exc
        return _ask(target, exc)


def _ask(target: Target, why: PasswordNeeded) -> Database:
    """Up to :data:`ATTEMPTS` passwords typed at the terminal; the last refusal if all fail."""
    if why.refused:  # PGPASSWORD, ~/.pgpass or the keyring held a wrong one: say so first
        print(f"localex: {why.message}", file=sys.stderr)
    for attempt in range(1, ATTEMPTS + 1):
        try:
            password = getpass.getpass(f"Password for {why.login} at {why.host}: ")
        except EOFError:
            raise DatabaseUnavailable(
                f"No password was typed for user {why.login!r}; nothing was done."
            ) from None
        try:
            return open_database(target, password=password)
        except PasswordNeeded as exc:
            why = exc
            if attempt < ATTEMPTS:
                print(f"localex: {_refusal(exc)} Try again.", file=sys.stderr)
    if not why.refused:
        raise DatabaseUnavailable(
            f"No password was typed for user {why.login!r}; nothing was done."
        )
    raise PasswordNeeded(
        f"The server refused the password for user {why.login!r} {ATTEMPTS} times; nothing "
        "was done.",
        hint="Ask the server's administrator for the password of this login.",
        url=why.url,
        refused=True,
    )


def _refusal(exc: PasswordNeeded) -> str:
    if exc.refused:
        return f"The server refused the password for user {exc.login!r}."
    return f"No password was typed for user {exc.login!r}."


def read_stdin_password() -> str:
    """The first line of standard input (``--password-stdin``), without its newline."""
    if sys.stdin.isatty():
        line = getpass.getpass("Password of the database login: ")
    else:
        line = sys.stdin.readline().rstrip("\r\n")
    if not line:
        raise ValidationError(
            "--password-stdin read no password (an empty first line).",
            hint="Pipe the database login's password in as the first line of standard input.",
        )
    return line
