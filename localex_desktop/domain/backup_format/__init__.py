"""The ``.localex`` backup file: container, manifest and encryption, apart.

Pure Python: no SQL and no subprocesses, so the format can be read, written and tested
on its own. ``services.backup`` fills the manifest from the database and the body from
``pg_dump``.

* :mod:`.container`: the layout (prelude, header, body), writing and reading it;
* :mod:`.manifest`: what the header says about the content;
* :mod:`.crypto`: scrypt and AES-256-GCM chunks for an encrypted body;
* :mod:`.errors`: why a file cannot be used, in words for people.

The names below are the ones the program uses (``fmt.read_header``, ``fmt.Manifest``…).
The retention rules of a folder of backups are not part of the format: they live with
the folder, in ``services.backup.folder``.
"""

from localex_desktop.domain.backup_format import container, crypto, errors, manifest
from localex_desktop.domain.backup_format.container import (
    FLAG_ENCRYPTED,
    MAGIC,
    MAX_HEADER,
    PRELUDE,
    PRELUDE_SIZE,
    SUFFIX,
    BackupHeader,
    BackupWriter,
    check_body,
    iter_body,
    read_header,
    unlock,
)
from localex_desktop.domain.backup_format.crypto import (
    MIN_PASSPHRASE,
    Encryption,
    check_passphrase_strength,
    new_encryption,
)
from localex_desktop.domain.backup_format.errors import (
    BackupDamaged,
    BackupError,
    BackupIncomplete,
    NotABackup,
    PassphraseRequired,
    UntrustedBackup,
    WrongPassphrase,
)
from localex_desktop.domain.backup_format.manifest import (
    FORMAT_VERSION,
    DatabaseSummary,
    LedgerSummary,
    Manifest,
    chain_digest,
    compare_summaries,
)

__all__ = [
    "FLAG_ENCRYPTED",
    "FORMAT_VERSION",
    "MAGIC",
    "MAX_HEADER",
    "MIN_PASSPHRASE",
    "PRELUDE",
    "PRELUDE_SIZE",
    "SUFFIX",
    "BackupDamaged",
    "BackupError",
    "BackupHeader",
    "BackupIncomplete",
    "BackupWriter",
    "DatabaseSummary",
    "Encryption",
    "LedgerSummary",
    "Manifest",
    "NotABackup",
    "PassphraseRequired",
    "UntrustedBackup",
    "WrongPassphrase",
    "chain_digest",
    "check_body",
    "check_passphrase_strength",
    "compare_summaries",
    "container",
    "crypto",
    "errors",
    "iter_body",
    "manifest",
    "new_encryption",
    "read_header",
    "unlock",
]
