"""Turn the database's refusals (our triggers and constraints) into messages for people."""

from __future__ import annotations

from sqlalchemy.exc import DBAPIError

from localex_desktop.domain.errors import Conflict, DatabaseUnavailable, LocalexError, Refused


def explain_db_error(exc: DBAPIError) -> LocalexError | None:
    """A LocalexError for failures with a known cause, None for bugs."""
    orig = exc.orig
    sqlstate = getattr(orig, "sqlstate", None) or ""
    diag = getattr(orig, "diag", None)
    primary = (getattr(diag, "message_primary", None) or str(orig)).strip()
    hint = getattr(diag, "message_hint", None)
    if sqlstate.startswith("08") or (
        "connection" in primary.lower() and "closed" in primary.lower()
    ):
        return DatabaseUnavailable(
            "The connection to the database was lost.",
            hint="Check that the database server is running, then try again.",
        )
    if sqlstate == "25006":
        return Refused("This database is open read-only; nothing can be changed.")
    if sqlstate in ("40001", "40P01"):
        return Conflict(
            "Another coordinator changed the same data at the same moment.", hint="Try again."
        )
    if sqlstate == "23505":
        return Conflict(f"That would duplicate an existing record ({primary}).")
    if sqlstate.startswith("23") or sqlstate == "P0001":
        return Refused(primary, hint=hint)
    return None
