"""Render the windows offscreen to PNG files, for the user guide and for looking at.

``python -m localex_desktop.ui.screenshots docs/users/images`` starts a throw-away
embedded database with sample operators, draws each dialog and page with
``widget.grab()``, and removes the database again.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from localex_desktop.db.connection import Database, Target, open_database
from localex_desktop.domain.roles import Actor, Role
from localex_desktop.services import operators, settings, system
from localex_desktop.ui.context import AppContext, window_settings
from localex_desktop.ui.first_run.logic import FirstRunLogic
from localex_desktop.ui.first_run.wizard import FirstRunWizard
from localex_desktop.ui.icons import app_icon
from localex_desktop.ui.login_dialog import LoginDialog
from localex_desktop.ui.main_window import MainWindow
from localex_desktop.ui.pages.administration.page import AdministrationPage
from localex_desktop.ui.tasks import TaskRunner

SAMPLE_PASSWORD = "sample password"


def _save(widget: QWidget, folder: Path, name: str) -> Path:
    QApplication.processEvents()
    path = folder / name
    if not widget.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    return path


def _sample_data(db: Database) -> AppContext:
    system.initialise(db)
    setup = Actor("setup", Role.ADMIN)
    with db.transaction() as session:
        operators.create_first_admin(session, "anna", SAMPLE_PASSWORD, "Anna Berg")
    with db.transaction() as session:
        settings.put(session, setup, "exchange_name", "Riverside LETS")
        settings.put(session, setup, "currency", {"name": "Hours", "symbol": "h", "decimals": 2})
        for name, display, role in (
            ("bert", "Bert Okafor", Role.COORDINATOR),
            ("carla.diaz", "Carla Díaz", Role.BOOKKEEPER),
            ("dmitri", "Dmitri Volkov", Role.COORDINATOR),
        ):
            operators.create(session, setup, name, SAMPLE_PASSWORD, role, display)
        operators.set_active(session, setup, "dmitri", False)
    anna = operators.authenticate(db, "anna", SAMPLE_PASSWORD)
    return AppContext.for_operator(db, anna, TaskRunner(inline=True))


def render_all(folder: Path, data_dir: Path) -> list[Path]:
    """Draw every window this issue added into ``folder``; returns the files written."""
    folder.mkdir(parents=True, exist_ok=True)
    tasks = TaskRunner(inline=True)
    written: list[Path] = []

    wizard = FirstRunWizard(FirstRunLogic(data_dir / "new exchange"), tasks)
    wizard.resize(680, 520)
    wizard.show()
    written.append(_save(wizard, folder, "wizard-choose.png"))
    wizard.reject()

    db = open_database(Target("embedded", data_dir=data_dir))
    try:
        admin_wizard = FirstRunWizard(FirstRunLogic(data_dir, admin_only=True), tasks, database=db)
        admin_wizard.resize(680, 520)
        admin_wizard.show()
        page = admin_wizard.admin_page
        assert page is not None
        page.username_edit.setText("anna")
        page.display_edit.setText("Anna Berg")
        page.password_edit.setText("short")
        written.append(_save(admin_wizard, folder, "wizard-admin.png"))
        admin_wizard.reject()

        ctx = _sample_data(db)
        login = LoginDialog(db, tasks, where=f"Data folder: {data_dir}", username="anna")
        login.show()
        login.password_edit.setText("wrong password")
        login.submit()
        written.append(_save(login, folder, "login.png"))
        login.reject()

        window = MainWindow(ctx)
        window.resize(1000, 640)
        window.show()
        admin = window.show_page("administration")
        assert isinstance(admin, AdministrationPage)
        for tab, name in (
            (admin.database_tab, "admin-database.png"),
            (admin.operators_tab, "admin-operators.png"),
            (admin.settings_tab, "admin-settings.png"),
        ):
            assert tab is not None
            admin.tabs.setCurrentWidget(tab)
            written.append(_save(window, folder, name))
        window.close()
    finally:
        db.close()
    return written


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Render LocalEx Desktop's windows to PNG.")
    parser.add_argument("folder", type=Path, help="where the PNG files go")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    scratch = Path(tempfile.mkdtemp(prefix="localex-screenshots-"))
    os.environ["LOCALEX_CONFIG_DIR"] = str(scratch / "config")  # keep window.ini apart
    os.environ.setdefault("LOCALEX_BCRYPT_ROUNDS", "4")
    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    app.setWindowIcon(app_icon())
    window_settings()  # the config dir exists before anything saves to it
    try:
        for path in render_all(args.folder, scratch / "data"):
            print(path)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
