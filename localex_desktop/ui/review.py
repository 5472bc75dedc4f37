"""Review mode: a backup opened read-only in a private scratch cluster.

The bookkeeper's main way in: ``localex-desktop --review FILE``, File → Open a backup
for review…, or the same entry on the first-run and sign-in windows. The backup is
restored by :func:`services.review.open_review` (on a worker, behind a progress window)
and shown in an ordinary main window (``MainWindow.open_review``), acting as the
bookkeeper ``review`` on a read-only database: browse, search, verify, export and print
statements work, and every change is refused. The window carries a banner and a title
suffix saying so; closing it stops the scratch cluster and removes its folder.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QInputDialog, QLabel, QLineEdit, QWidget

from localex_desktop.db.connection import Database
from localex_desktop.domain import backup_format as fmt
from localex_desktop.domain.errors import LocalexError
from localex_desktop.services.review import ReviewDatabase, ReviewSession, open_review
from localex_desktop.ui.backup.logic import format_when
from localex_desktop.ui.backup.restore_wizard import choose_backup_file
from localex_desktop.ui.context import AppContext, window_settings
from localex_desktop.ui.errors import show_error
from localex_desktop.ui.i18n import translate
from localex_desktop.ui.tasks import Reporter, TaskRunner

log = logging.getLogger(__name__)

BANNER_STYLE = (
    "background: #fff4ce; color: #5c4300; border-bottom: 1px solid #e0c36a; "
    "padding: 8px 12px; font-weight: 600;"
)
PROBLEM_STYLE = (
    "background: #fde7e9; color: #8a1c14; border-bottom: 1px solid #e6a5a0; "
    "padding: 8px 12px; font-weight: 600;"
)

AskPassphrase = Callable[[QWidget | None, str, str], str | None]
"""(parent, file name, error of the previous try) → the passphrase, or None to give up."""


def review_banner_text(db: Database) -> str | None:
    """The banner of a window on a backup under review; None for an ordinary database."""
    if not isinstance(db, ReviewDatabase) or db.source is None or db.manifest is None:
        return None
    file, when = db.source.name, format_when(db.manifest.created_at)
    if db.problems:
        return translate(
            "review",
            "Reviewing backup {file} from {when} — read-only; nothing can be changed. "
            "Warning: the backup did not verify (%n problem(s)).",
            None,
            len(db.problems),
        ).format(file=file, when=when)
    return translate(
        "review", "Reviewing backup {file} from {when} — read-only; nothing can be changed."
    ).format(file=file, when=when)


def review_title_suffix(db: Database) -> str:
    if not isinstance(db, ReviewDatabase) or db.source is None:
        return ""
    return translate("review", " — review of {file} (read-only)").format(file=db.source.name)


class ReviewBanner(QLabel):
    """The strip across the top of a window in review mode."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(review_banner_text(db) or "", parent)
        self.setObjectName("ReviewBanner")
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        problems = isinstance(db, ReviewDatabase) and bool(db.problems)
        self.setStyleSheet(PROBLEM_STYLE if problems else BANNER_STYLE)
        self.setAccessibleName(translate("review", "Review mode"))
        if isinstance(db, ReviewDatabase) and db.source is not None:
            tip = [
                translate("review", "File: {file}").format(file=db.source),
                translate("review", "Opened in a private scratch database, read-only."),
            ]
            if problems:
                tip += ["", translate("review", "What did not verify:"), *db.problems[:10]]
            self.setToolTip("\n".join(tip))


def ask_passphrase_dialog(parent: QWidget | None, name: str, error: str) -> str | None:
    prompt = translate("review", "{file} is encrypted. Enter its passphrase:").format(file=name)
    if error:
        prompt = f"{error}\n\n{prompt}"
    text, ok = QInputDialog.getText(
        parent,
        translate("review", "Open a backup for review"),
        prompt,
        QLineEdit.EchoMode.Password,
    )
    return text if ok and text else None


def open_for_review(
    parent: QWidget | None,
    tasks: TaskRunner,
    path: str | Path | None = None,
    *,
    ask_passphrase: AskPassphrase = ask_passphrase_dialog,
    scratch_parent: Path | None = None,
) -> ReviewSession | None:
    """Choose (if not given), unlock and open a backup for review; None if not opened.

    Every refusal (not a backup, damaged, newer program, wrong passphrase) is shown.
    """
    if path is None:
        chosen = choose_backup_file(parent)
        if not chosen:
            return None
        path = chosen
    file = Path(path).expanduser()
    try:
        header = fmt.read_header(file)
    except LocalexError as exc:
        show_error(parent, exc, title=translate("review", "This backup cannot be opened"))
        return None
    passphrase: str | None = None
    error = ""
    while True:
        if header.encrypted:
            passphrase = ask_passphrase(parent, file.name, error)
            if passphrase is None:
                return None
            try:
                tasks.run_modal(
                    _unlocker(header, passphrase),
                    parent=parent,
                    label=translate("review", "Checking the passphrase…"),
                    title=translate("review", "Review"),
                )
            except fmt.WrongPassphrase as exc:
                error = exc.message
                continue
        break
    secret = passphrase

    def work(report: Reporter) -> ReviewSession:
        return open_review(
            file,
            secret,
            progress=lambda p: report(p.message),
            scratch_parent=scratch_parent,
        )

    try:
        return tasks.run_modal(
            work,
            parent=parent,
            label=translate("review", "Opening {file} for review…").format(file=file.name),
            title=translate("review", "Review"),
        )
    except Exception as exc:
        show_error(parent, exc, title=translate("review", "This backup cannot be opened"))
        return None


def _unlocker(header: fmt.BackupHeader, passphrase: str) -> Callable[[Reporter], bytes | None]:
    def unlock(_report: Reporter) -> bytes | None:
        return fmt.unlock(header, passphrase)

    return unlock


def review_context(session: ReviewSession, tasks: TaskRunner) -> AppContext:
    """The bookkeeper ``review`` on the read-only database of ``session``."""
    return AppContext(session.db, session.actor, tasks, window_settings())


def close_session(session: ReviewSession) -> None:
    """After the window has gone: let running work finish, then remove the scratch."""
    QThreadPool.globalInstance().waitForDone(30_000)
    session.close()
