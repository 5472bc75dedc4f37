"""What the backup, restore and verify dialogs ask and say, without Qt.

Kept apart from the widgets (as :mod:`ui.first_run.logic` is) so every rule and every
sentence can be tested headless; the dialogs only draw it.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from localex_desktop.db import migrate
from localex_desktop.domain import backup_format as fmt
from localex_desktop.domain.backup_format import BackupHeader, Manifest
from localex_desktop.domain.errors import LocalexError
from localex_desktop.services.backup import check_schema_known
from localex_desktop.ui.i18n import translate

# -- words shared by the dialogs -------------------------------------------------------


def format_when(at: datetime) -> str:
    return at.astimezone().strftime("%Y-%m-%d %H:%M")


class Strength(enum.IntEnum):
    TOO_SHORT = 0
    WEAK = 1
    FAIR = 2
    STRONG = 3


def passphrase_strength(text: str) -> tuple[Strength, str]:
    """A rough strength hint: length counts most; a few unrelated words are best."""
    if not text:
        return Strength.TOO_SHORT, translate(
            "backup.logic", "At least %n character(s).", None, fmt.MIN_PASSPHRASE
        )
    if len(text) < fmt.MIN_PASSPHRASE:
        return Strength.TOO_SHORT, translate(
            "backup.logic",
            "Too short: {length} of at least %n character(s).",
            None,
            fmt.MIN_PASSPHRASE,
        ).format(length=len(text))
    kinds = sum(
        (
            any(c.islower() for c in text),
            any(c.isupper() for c in text),
            any(c.isdigit() for c in text),
            any(not c.isalnum() for c in text),
        )
    )
    words = len([w for w in text.split() if w])
    score = len(text) + 3 * kinds + 4 * max(words - 1, 0)
    if len(set(text)) <= 3:
        score = min(score, 10)
    if score >= 28:
        return Strength.STRONG, translate("backup.logic", "Strong.")
    if score >= 18:
        return Strength.FAIR, translate("backup.logic", "Fair. A few more words make it stronger.")
    return Strength.WEAK, translate(
        "backup.logic", "Weak: easy to guess. Use three or four unrelated words."
    )


def manifest_rows(manifest: Manifest, *, encrypted: bool) -> list[tuple[str, str]]:
    """The manifest as (label, value) rows for a form."""
    who = manifest.actor or translate("backup.logic", "unknown")
    rows = [
        (
            translate("backup.logic", "Made:"),
            translate("backup.logic", "{when} by {who}").format(
                when=format_when(manifest.created_at), who=who
            ),
        ),
        (translate("backup.logic", "Program version:"), f"LocalEx Desktop {manifest.app_version}"),
        (translate("backup.logic", "Schema revision:"), schema_note(manifest)),
    ]
    t = manifest.summary.tables
    counts = [
        counted
        for name, counted in (
            ("members", translate("backup.logic", "%Ln member(s)", None, t.get("members", 0))),
            ("accounts", translate("backup.logic", "%Ln account(s)", None, t.get("accounts", 0))),
            ("listings", translate("backup.logic", "%Ln listing(s)", None, t.get("listings", 0))),
            ("trades", translate("backup.logic", "%Ln trade(s)", None, t.get("trades", 0))),
            (
                "operators",
                translate("backup.logic", "%Ln operator(s)", None, t.get("operators", 0)),
            ),
        )
        if name in t
    ]
    if counts:
        rows.append((translate("backup.logic", "Holds:"), ", ".join(counts)))
    ledger = manifest.summary.ledger
    if ledger is not None:
        if ledger.balance_sum == 0:
            sums = translate("backup.logic", "{transactions}, {entries}; balances sum to zero")
        else:
            sums = translate(
                "backup.logic", "{transactions}, {entries}; balances sum to {sum} (smallest units)"
            )
        rows.append(
            (
                translate("backup.logic", "Ledger:"),
                sums.format(
                    transactions=translate(
                        "backup.logic", "%Ln transaction(s)", None, ledger.transactions
                    ),
                    entries=translate("backup.logic", "%Ln entr(y|ies)", None, ledger.entries),
                    sum=ledger.balance_sum,
                ),
            )
        )
        rows.append((translate("backup.logic", "Chain digest:"), ledger.chain_digest[:16] + "…"))
    if manifest.label:
        rows.append((translate("backup.logic", "Label:"), manifest.label))
    rows.append((translate("backup.logic", "Encrypted:"), yes_no(encrypted)))
    return rows


def yes_no(value: bool) -> str:
    return translate("backup.logic", "yes") if value else translate("backup.logic", "no")


def schema_note(manifest: Manifest) -> str:
    """The backup's schema next to this program's: same, older (migrated) or newer."""
    revision = manifest.schema_revision
    ids = [r.revision for r in migrate.all_revisions()]
    if revision is None:
        return translate("backup.logic", "— (not set up)")
    if revision not in ids:
        text = translate("backup.logic", "{revision}: newer than this program knows ({latest})")
    elif revision != ids[-1]:
        text = translate(
            "backup.logic", "{revision}: older; it will be brought up to {latest} after restoring"
        )
    else:
        text = translate("backup.logic", "{revision} (the same as this program's)")
    return text.format(revision=revision, latest=ids[-1])


# -- the backup dialog --------------------------------------------------------------------


@dataclass
class BackupForm:
    """Where to write, and the optional passphrase (typed twice)."""

    folder: str
    encrypt: bool = False
    passphrase: str = ""
    repeat: str = ""

    def errors(self) -> dict[str, str]:
        found: dict[str, str] = {}
        text = self.folder.strip()
        if not text:
            found["folder"] = translate("backup.logic", "Choose a folder for the backup.")
        elif not Path(text).expanduser().is_absolute():
            found["folder"] = translate("backup.logic", "The folder must be a full path.")
        elif Path(text).expanduser().exists() and not Path(text).expanduser().is_dir():
            found["folder"] = translate("backup.logic", "{folder} is a file, not a folder.").format(
                folder=text
            )
        if self.encrypt:
            if len(self.passphrase) < fmt.MIN_PASSPHRASE:
                found["passphrase"] = translate(
                    "backup.logic",
                    "The passphrase needs at least %n character(s).",
                    None,
                    fmt.MIN_PASSPHRASE,
                )
            elif self.repeat != self.passphrase:
                found["repeat"] = translate("backup.logic", "The two passphrases differ.")
        return found

    def complete(self) -> bool:
        return not self.errors()

    def out(self) -> Path:
        return Path(self.folder.strip()).expanduser()

    def secret(self) -> str | None:
        return self.passphrase if self.encrypt else None


# -- the restore wizard -------------------------------------------------------------------


class RestoreStep(enum.StrEnum):
    FILE = "file"
    PASSPHRASE = "passphrase"
    CONFIRM = "confirm"
    PROGRESS = "progress"
    RESULT = "result"


class RestoreLogic:
    """Choose a file → passphrase if encrypted → the manifest and confirm → run → result."""

    def __init__(self, safety_folder: Path) -> None:
        self.safety_folder = safety_folder
        self.path: Path | None = None
        self.header: BackupHeader | None = None
        self.passphrase = ""
        self.unlocked = False
        self.confirmed = False
        self.error: str | None = None

    # -- page 1 -------------------------------------------------------------------------

    def choose(self, path: str | Path) -> bool:
        """Read the file's header; False (and :attr:`error`) when it cannot be used."""
        self.header, self.error, self.unlocked, self.passphrase = None, None, False, ""
        self.confirmed = False
        text = str(path).strip()
        if not text:
            self.path = None
            self.error = translate("backup.logic", "Choose a backup file.")
            return False
        self.path = Path(text).expanduser()
        try:
            header = fmt.read_header(self.path)
        except LocalexError as exc:
            self.error = str(exc)
            return False
        refusal = newer_schema_refusal(header.manifest)
        if refusal is not None:
            self.error = refusal
            return False
        self.header = header
        self.unlocked = False  # until the whole file has been read and checked
        return True

    def check_plain(self) -> None:
        """Read a plain file whole and compare its checksum (run it on a worker)."""
        assert self.header is not None and not self.header.encrypted
        fmt.check_body(self.header, None)
        self.unlocked = True

    @property
    def manifest(self) -> Manifest:
        assert self.header is not None, "choose a file first"
        return self.header.manifest

    # -- page 2 (encrypted files) -------------------------------------------------------

    def needs_passphrase(self) -> bool:
        return self.header is not None and self.header.encrypted

    def unlock(self, passphrase: str) -> None:
        """Check the passphrase and the whole file's content (run it on a worker)."""
        assert self.header is not None
        key = fmt.unlock(self.header, passphrase)
        fmt.check_body(self.header, key)  # decrypted and checked whole, before Restore
        self.passphrase = passphrase
        self.unlocked = True

    # -- page 3 -------------------------------------------------------------------------

    def safety_text(self) -> str:
        return translate(
            "backup.logic",
            "Your current data will be kept as a safety backup in "
            "{folder} (a file named localex-…-before-restore.localex) "
            "before anything is replaced.",
        ).format(folder=self.safety_folder)

    def next_step(self, current: RestoreStep) -> RestoreStep:
        order = list(RestoreStep)
        following = order[order.index(current) + 1]
        if following is RestoreStep.PASSPHRASE and not self.needs_passphrase():
            return RestoreStep.CONFIRM
        return following

    def can_leave(self, step: RestoreStep) -> bool:
        if step is RestoreStep.FILE:
            return self.header is not None
        if step is RestoreStep.PASSPHRASE:
            return self.unlocked
        if step is RestoreStep.CONFIRM:
            return self.unlocked and self.confirmed
        return True


def newer_schema_refusal(manifest: Manifest) -> str | None:
    """The words of the refusal for a backup made by a newer program, else None."""
    try:
        check_schema_known(manifest)
    except LocalexError as exc:
        return str(exc)
    return None
