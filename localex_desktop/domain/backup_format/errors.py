"""Why a backup file cannot be used, in words for people."""

from __future__ import annotations

from localex_desktop.domain.errors import Refused


class BackupError(Refused):
    """A backup file that cannot be used, with the reason written for people."""


class NotABackup(BackupError):
    """The file is something else (a ZIP, a bare dump, text, random bytes)."""


class BackupDamaged(BackupError):
    """The file was changed or damaged after it was written."""


class BackupIncomplete(BackupDamaged):
    """The file is shorter than it says: a copy or a download was cut short."""


class PassphraseRequired(BackupError):
    """The file is encrypted and no passphrase was given."""


class WrongPassphrase(BackupError):
    """The passphrase does not open this file."""


class UntrustedBackup(BackupDamaged):
    """The dump holds something LocalEx Desktop does not make (a function, an index, …),
    or more than it can hold: it is refused before anything of it is loaded."""
