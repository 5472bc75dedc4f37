"""Errors a person can act on.

Every expected failure is a :class:`LocalexError` with a message written for the
person at the keyboard. Anything else is a bug and goes to the log with a traceback.
"""

from __future__ import annotations


class LocalexError(Exception):
    """An expected failure with a message fit to show to a person."""

    #: exit code of the admin command for this kind of failure
    exit_code = 1

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        if self.hint:
            return f"{self.message} {self.hint}"
        return self.message


class ValidationError(LocalexError):
    """Bad input: says which field and what is accepted."""

    def __init__(self, message: str, *, field: str | None = None, hint: str | None = None) -> None:
        super().__init__(message, hint=hint)
        self.field = field


class NotFound(LocalexError):
    """The thing asked for does not exist."""


class Refused(LocalexError):
    """A rule of the exchange forbids this (limit, status, role, state)."""


class Conflict(LocalexError):
    """Someone else changed the data first, or the same key was used for other content."""


class PermissionDenied(Refused):
    """The operator's role does not allow this."""


class AuthenticationFailed(LocalexError):
    """Wrong user name or password (deliberately the same message for both)."""


class DatabaseUnavailable(LocalexError):
    """The database cannot be reached or started; not the user's fault, nor a bug."""


class SchemaMismatch(LocalexError):
    """The database schema is behind or ahead of this program."""


class VerificationFailed(LocalexError):
    """A check of the books found a problem."""

    exit_code = 3
