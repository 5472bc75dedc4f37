"""Start-up of the desktop program: logging, which database, first run, login, window.

``main()`` returns an exit code (0 done or cancelled, 1 failed) so it serves both the
``localex-desktop`` entry point and ``python -m localex_desktop``. ``--self-check``
opens everything offscreen and closes it again: the smoke test of a packaged build.
"""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import socket
import sys
from collections.abc import Callable, Sequence
from types import TracebackType

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QWizard

from localex_desktop import APP_ID, APP_NAME, __version__, paths
from localex_desktop.db import presence
from localex_desktop.db.connection import (
    Database,
    PasswordNeeded,
    is_configured,
    open_database,
    resolve_target,
)
from localex_desktop.domain.errors import LocalexError
from localex_desktop.domain.roles import Actor, Role
from localex_desktop.logging_setup import setup_logging
from localex_desktop.services import operators
from localex_desktop.services.operators import OperatorInfo
from localex_desktop.services.system import inspect_database
from localex_desktop.services.work import run_query
from localex_desktop.ui import accessibility, i18n, keys, messages, session_end
from localex_desktop.ui.backup.migration_wizard import run_migration_wizard
from localex_desktop.ui.backup.restore_wizard import choose_backup_file
from localex_desktop.ui.backup.scheduler import backup_on_close
from localex_desktop.ui.context import AppContext
from localex_desktop.ui.errors import show_error
from localex_desktop.ui.first_run.logic import FirstRunLogic
from localex_desktop.ui.first_run.wizard import FirstRunWizard
from localex_desktop.ui.i18n import translate
from localex_desktop.ui.icons import app_icon
from localex_desktop.ui.language_menu import chosen_language
from localex_desktop.ui.login_dialog import LoginDialog
from localex_desktop.ui.main_window import MainWindow
from localex_desktop.ui.review import close_session, open_for_review, review_context
from localex_desktop.ui.self_check import self_check
from localex_desktop.ui.server_password_dialog import ServerPasswordDialog
from localex_desktop.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

ACCEPTED = QDialog.DialogCode.Accepted.value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="localex-desktop",
        description=f"{APP_NAME}: the coordinator's program for a local exchange.",
    )
    parser.add_argument("--data-dir", help="keep the data in this folder (embedded database)")
    parser.add_argument("--database-url", help="use this PostgreSQL server instead")
    parser.add_argument(
        "--review",
        metavar="FILE",
        help="open a backup file read-only for review (nothing can be changed)",
    )
    parser.add_argument(
        "--self-check",
        action="store_true",
        help="open the database and the main window offscreen, report one line, and quit",
    )
    parser.add_argument(  # answered by launch.py before Qt loads; here for --help
        "--check-system",
        action="store_true",
        help="check the system libraries the window needs, name the install line, and quit",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the program; ``argv`` excludes the program name (default: the command line)."""
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as exc:  # --help, --version and usage errors have printed already
        return exc.code if isinstance(exc.code, int) else 2
    if args.self_check:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # read when the QApplication is made
    log_path = setup_logging("localex-desktop")
    log.info("starting %s %s (log: %s)", APP_NAME, __version__, log_path)
    app = _application()
    tasks = TaskRunner()
    if args.self_check:
        return self_check(args, tasks)
    previous_hook = sys.excepthook
    sys.excepthook = _excepthook
    try:
        return run_gui(app, args, tasks)
    finally:
        sys.excepthook = previous_hook


def _application() -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0] or APP_ID])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_ID)
    app.setWindowIcon(app_icon())
    _install_language()
    accessibility.apply_text_scale(app)  # before the first widget: every one follows it
    keys.install(app)
    session_end.install(app)
    return app


def _install_language() -> None:
    """The words of this computer's language, before the first widget is made."""
    chosen = chosen_language()
    i18n.install(i18n.language_for(chosen), follow_locale=bool(chosen))


def _excepthook(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    """An exception nobody caught: details to the log, a dialog instead of a traceback."""
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    if exc.__traceback__ is None and tb is not None:
        exc = exc.with_traceback(tb)
    if QApplication.instance() is None:
        log.critical("uncaught exception", exc_info=exc)
        return
    show_error(None, exc)


# -- the normal start -------------------------------------------------------------------


def run_gui(app: QApplication, args: argparse.Namespace, tasks: TaskRunner) -> int:
    """First run or open, schema check, login, main window; closes the database at the end."""
    if args.review:
        return run_review(app, tasks, args.review)
    operator: OperatorInfo | None = None
    db: Database | None = None
    if not args.data_dir and not args.database_url and not is_configured():
        wizard = FirstRunWizard(FirstRunLogic(paths.default_data_dir()), tasks)
        wants_review = _offer_review(wizard)
        if wizard.exec() != ACCEPTED:
            return run_review(app, tasks, None) if wants_review() else 0
        db = wizard.take_database()
        operator = wizard.created_admin
    try:
        if db is None:
            try:
                db = open_chosen(args, tasks)
            except OpenFailed:
                return 1  # the reason was shown
            if db is None:
                return 0  # the person cancelled the server's password: nothing went wrong
        ready, operator = prepare(db, tasks, operator)
        if not ready or session_end.requested():
            return 0
        while operator is None:
            login = LoginDialog(db, tasks, where=where(db))
            wants_review = _offer_review(login)
            if login.exec() == ACCEPTED and login.operator is not None:
                operator = login.operator
            elif not wants_review():
                return 0
            elif backup_file := choose_backup_file(None):
                db.close()
                db = None
                return run_review(app, tasks, backup_file)
            # no file chosen: back to the sign-in, not out of the program
        while operator is not None:
            if session_end.requested():  # told to end while the sign-in was open
                return 0
            reason = run_window(app, db, operator, tasks)
            if reason is None or session_end.requested():
                return 0
            # another session restored or upgraded the database: sign in again
            operator = sign_in_again(db, tasks, reason, operator.username)
        return 0
    except LocalexError as exc:
        show_error(None, exc)
        return 1
    finally:
        QThreadPool.globalInstance().waitForDone(30_000)
        if db is not None:
            db.close()  # releases the embedded server; the last process stops it


def run_window(
    app: QApplication, db: Database, operator: OperatorInfo, tasks: TaskRunner
) -> str | None:
    """The main window until it closes; the sentence when it was signed out (the data
    was restored or upgraded by another session), else None."""
    presence.announce(db, operator.username, socket.gethostname())
    ctx = AppContext.for_operator(db, operator, tasks)
    window = MainWindow(ctx, auto_backup=True)
    window.show()
    app.exec()
    reason = window.sign_out_watch.reason
    if reason is None:
        backup_on_close(ctx, tasks)  # reports a failure; the program closes either way
    window.deleteLater()
    return reason


def sign_in_again(
    db: Database, tasks: TaskRunner, reason: str, username: str
) -> OperatorInfo | None:
    """Say why the window closed, then the sign-in (None when it is cancelled), with
    ``username`` filled in, or said to be gone when the restored data lacks it."""
    messages.inform(None, reason)
    db.engine.dispose()  # nothing pooled from before the restore
    ready, _created = prepare(db, tasks, None)  # an upgrade elsewhere may need this one
    if not ready or session_end.requested():
        return None
    there = tasks.run_modal(
        lambda _r: run_query(db, _upgrade_actor(), lambda s, _a: operators.signs_in(s, username)),
        parent=None,
        label=translate("app", "Checking the database…"),
    )
    login = LoginDialog(db, tasks, where=where(db), username=username, gone=not there)
    if login.exec() != ACCEPTED:
        return None
    return login.operator


def _offer_review(dialog: QDialog) -> Callable[[], bool]:
    """Add "Open a backup for review…" to the first-run wizard or the sign-in window.

    Choosing it closes the dialog; the returned function then says it was chosen.
    """
    chosen = [False]
    text = translate("app", "Open a backup for review…")

    def choose() -> None:
        chosen[0] = True
        dialog.reject()

    if isinstance(dialog, QWizard):
        dialog.setButtonText(QWizard.WizardButton.CustomButton1, text)
        dialog.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        dialog.customButtonClicked.connect(lambda _which: choose())
    elif isinstance(dialog, LoginDialog):
        button = dialog.buttons.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.setToolTip(
            translate("app", "Look through a backup file read-only (for bookkeepers)")
        )
        button.clicked.connect(choose)
    return lambda: chosen[0]


def run_review(app: QApplication, tasks: TaskRunner, path: str | None) -> int:
    """Review mode: the backup in a private scratch cluster, read-only, until closed."""
    session = open_for_review(None, tasks, path)
    if session is None:
        return 1 if path else 0
    try:
        window = MainWindow(review_context(session, tasks))
        window.show()
        app.exec()
        return 0
    finally:
        close_session(session)


def open_chosen(args: argparse.Namespace, tasks: TaskRunner) -> Database | None:
    """Open the database the options, environment or saved profile name.

    A server that wants a password nothing else gave (keyring, ``PGPASSWORD``,
    ``~/.pgpass``) gets it from the person (ui/server_password_dialog.py); None when
    they cancel. :class:`OpenFailed` when the database cannot be opened (the reason was
    shown), so the program's exit status tells a failure from a cancel.
    """
    try:
        target = resolve_target(args.data_dir, args.database_url)
        if target.mode == "embedded":
            label = translate("app", "Starting the database in {folder}…").format(
                folder=target.data_dir
            )
        elif target.url is not None and target.url.host:
            label = translate("app", "Connecting to {host}…").format(host=target.url.host)
        else:
            label = translate("app", "Connecting to the server…")
        try:
            return tasks.run_modal(
                lambda _report: open_database(target), parent=None, label=label, title=APP_NAME
            )
        except PasswordNeeded as why:
            if target.mode != "server":  # the built-in server's own secret: nothing to type
                raise
            dialog = ServerPasswordDialog(target, why, tasks)
            if dialog.exec() != ACCEPTED:
                return None
            return dialog.database
    except Exception as exc:
        show_error(None, exc)
        raise OpenFailed from exc


class OpenFailed(Exception):
    """The database could not be opened; the person has been told why."""


def prepare(
    db: Database, tasks: TaskRunner, operator: OperatorInfo | None
) -> tuple[bool, OperatorInfo | None]:
    """Refuse a newer schema, create the first admin if none, offer an upgrade if behind.

    Returns whether to go on, and the operator to sign in as (when one was just created).
    """
    state = tasks.run_modal(
        lambda _report: inspect_database(db),
        parent=None,
        label=translate("app", "Checking the database…"),
    )
    if state.needs_admin:
        logic = FirstRunLogic(db.data_dir or paths.default_data_dir(), admin_only=True)
        wizard = FirstRunWizard(logic, tasks, database=db)
        if wizard.exec() != ACCEPTED:
            return False, None
        return True, wizard.created_admin
    if not state.status.up_to_date and not run_migration_wizard(None, db, _upgrade_actor(), tasks):
        return False, None
    return True, operator


def _upgrade_actor() -> Actor:
    """Who migrates at start-up, before anyone can sign in: this computer's user."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "unknown"
    return Actor(name=f"desktop:{user}", role=Role.ADMIN)


def where(db: Database) -> str:
    """Which database the login is for, in a few words."""
    if db.mode == "server":
        if db.url.host:
            return translate("app", "PostgreSQL server {host}").format(host=db.url.host)
        return translate("app", "PostgreSQL server on the local socket")
    return translate("app", "Data folder: {folder}").format(folder=db.data_dir)
