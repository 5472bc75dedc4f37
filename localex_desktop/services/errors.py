"""The one place where failures become words for people, for the GUI and the CLI alike.

:func:`translate` turns what the database, the driver or the operating system raised
into a :class:`LocalexError` with a message and a hint, or returns the exception
unchanged when it is a bug (the caller logs it with its traceback). Services that know
more about their own refusals (the ledger names the member over a limit) raise
:class:`LocalexError` themselves; this module covers everything else, once.
"""

from __future__ import annotations

import errno
import re

from sqlalchemy.exc import DBAPIError, OperationalError, SQLAlchemyError
from sqlalchemy.exc import TimeoutError as PoolTimeout

from localex_desktop.domain import text
from localex_desktop.domain.errors import (
    Conflict,
    DatabaseUnavailable,
    LocalexError,
    PermissionDenied,
    Refused,
    ValidationError,
)

#: SQLSTATE classes and codes that mean "the server or the connection", never a bug
_CONNECTION_STATES = ("08", "57P01", "57P02", "57P03", "53300")


def translate(
    exc: BaseException, *, host: str | None = None, login: str | None = None
) -> BaseException:
    """A :class:`LocalexError` for a failure with a known cause; ``exc`` itself for a bug.

    ``host`` names the database server in the connection messages ("the server at
    db.example.org"), ``login`` the database login in a refused right ("The login bert
    may not …"); without them the words stay general.
    """
    if isinstance(exc, LocalexError):
        return exc
    if isinstance(exc, DBAPIError):
        known = explain_db_error(exc, host=host, login=login)
        return exc if known is None else known
    if isinstance(exc, PoolTimeout):
        return DatabaseUnavailable(
            f"{_server(host)} is busy: no connection was free in time.",
            hint="Wait a moment and try again.",
        )
    if isinstance(exc, SQLAlchemyError) and "closed" in str(exc).lower():
        return _lost(host)
    if isinstance(exc, BrokenPipeError):
        return exc  # the CLI handles a closed pipe itself (`localex … | head`)
    if isinstance(exc, OSError) and exc.errno is not None:
        return _os_error(exc)
    return exc


def explain_db_error(
    exc: DBAPIError, *, host: str | None = None, login: str | None = None
) -> LocalexError | None:
    """A LocalexError for a database failure with a known cause, None for bugs."""
    orig = exc.orig
    sqlstate = getattr(orig, "sqlstate", None) or ""
    diag = getattr(orig, "diag", None)
    primary = (getattr(diag, "message_primary", None) or str(orig)).strip()
    hint = getattr(diag, "message_hint", None)
    if (
        sqlstate.startswith(_CONNECTION_STATES)
        or (isinstance(exc, OperationalError) and not sqlstate)
        or exc.connection_invalidated
        or ("connection" in primary.lower() and "closed" in primary.lower())
    ):
        return _lost(host)
    if sqlstate == "25006":
        return Refused("This database is open read-only; nothing can be changed.")
    if sqlstate in ("40001", "40P01"):
        return Conflict(
            "Another coordinator changed the same data at the same moment.", hint="Try again."
        )
    if sqlstate == "42501":
        return denied(primary, login, exc.statement)
    if sqlstate == "57014":
        return Refused("The database stopped the work because it took too long.")
    if sqlstate == "53100":
        return DatabaseUnavailable(
            "The database server's disk is full.",
            hint="Free some space on the server, then try again.",
        )
    plain = text.constraint_message(getattr(diag, "constraint_name", None))
    if sqlstate == "23514" and plain is not None:
        return ValidationError(
            plain + ".", hint="Type it again without them (pasted text can carry such characters)."
        )
    if sqlstate == "23505":
        return Conflict(f"That would duplicate an existing record ({primary}).")
    if sqlstate.startswith("LX07"):  # the definer functions' refusals (revision 0007)
        words = primary[:1].upper() + primary[1:].rstrip(".") + "."
        return (
            PermissionDenied(words, hint=hint)
            if sqlstate in ("LX071", "LX072")
            else Refused(words, hint=hint)
        )
    if sqlstate.startswith("23") or sqlstate == "P0001":
        return Refused(primary, hint=hint)
    if sqlstate == "22P05" or sqlstate == "22021":
        return Refused(
            "The text holds a character the database cannot store.",
            hint="Remove control characters (such as a NUL byte) and try again.",
        )
    if sqlstate == "22003":
        return Refused("A number is too large.", hint="Check the numbers you typed.")
    return None


_DENIED = re.compile(r"permission denied (?:for|to) (?P<kind>\w+)(?: (?P<name>[\w.\"]+))?")
#: the group role whose grants include writing a table (revision 0007's role matrix)
_WRITER = {
    "operators": "localex_admin",
    "settings": "localex_admin",
}


def denied(primary: str, login: str | None, statement: str | None = None) -> PermissionDenied:
    """One sentence naming the right the login lacks and the GRANT that gives it, for a
    "permission denied" the database raised (services/rights.py checks first; this is
    what remains, in the same words)."""
    who = f"The login {login}" if login else "Your database login"
    to = login or "LOGIN"
    match = _DENIED.search(primary)
    verb = (statement or "").lstrip().split(None, 1)[0].upper() if statement else ""
    reads = verb in ("SELECT", "WITH", "COPY", "")
    generic = PermissionDenied(
        f"{who} may not do this: {_first_line(primary)}.",
        hint="Ask the database administrator to grant the right, or sign in with "
        "a login that has it.",
    )
    if match is None:
        return generic
    kind, name = match["kind"], (match["name"] or "").strip('"')
    if kind == "view":
        kind = "table"
    if kind == "table" and reads:
        grant = (
            f"GRANT SELECT ON {name} TO {to};"
            if name in ("operators", "localex_signins")
            else f"GRANT localex_bookkeeper TO {to};"
        )
        words = f"may not read the table {name}"
    elif kind == "table":
        grant = f"GRANT {_WRITER.get(name, 'localex_coordinator')} TO {to};"
        words = f"may only read, not change the table {name}"
    elif kind == "sequence":
        words = f"may not use the sequence {name}"
        numbers = "nextval" in (statement or "").lower() or not reads  # USAGE, not SELECT
        grant = (
            f"GRANT localex_coordinator TO {to};"
            if numbers
            else f"GRANT SELECT ON ALL SEQUENCES IN SCHEMA public TO {to};"
        )
    elif kind == "function":
        words = f"may not call the function {name}"
        if name == "localex_post_override":
            grant = f"GRANT localex_admin TO {to};"
        elif name.startswith("localex_post"):
            grant = f"GRANT localex_coordinator TO {to};"
        else:
            grant = f"GRANT localex_bookkeeper TO {to};"
    elif kind == "schema":
        words = f"may not use the schema {name}"
        grant = f"GRANT USAGE ON SCHEMA {name} TO {to};"
    elif kind == "database" and name:
        words = f"may not connect to the database {name}"
        grant = f"GRANT CONNECT ON DATABASE {name} TO {to};"
    elif kind == "create":
        words = "may not create databases"
        grant = f"ALTER ROLE {to} CREATEDB;"
    else:
        return generic
    return PermissionDenied(f"{who} {words}.", hint=f"An administrator runs: {grant}")


def _server(host: str | None) -> str:
    return f"The database server at {host}" if host else "The database server"


def _lost(host: str | None) -> DatabaseUnavailable:
    return DatabaseUnavailable(
        f"{_server(host)} is not answering; the connection was lost.",
        hint="LocalEx will reconnect when it answers again; try once more in a moment. "
        "If it goes on, check that the server is running.",
    )


def _first_line(text: str) -> str:
    line = (text.strip().splitlines() or [""])[0]
    return line[:1].lower() + line[1:].rstrip(".")


def _os_error(exc: OSError) -> LocalexError | OSError:
    where = f" ({exc.filename})" if exc.filename else ""
    if exc.errno == errno.ENOSPC:
        return Refused(f"The disk is full{where}.", hint="Free some space and try again.")
    if exc.errno in (errno.EACCES, errno.EPERM):
        return Refused(
            f"This program may not write or read there{where}.",
            hint="Choose another folder, or ask for the right to use this one.",
        )
    if exc.errno == errno.ENOENT:
        return Refused(f"There is no such file or folder{where}.")
    if exc.errno == errno.EROFS:
        return Refused(f"That disk is read-only{where}.", hint="Choose another folder.")
    return exc
