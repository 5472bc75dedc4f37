"""The first-run wizard: a QWizard that draws :class:`FirstRunLogic` and does its work.

Opening the chosen database and creating the administrator run on a worker with a
progress window; the connection profile is saved only when everything worked.
"""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QWidget, QWizard

from localex_desktop import APP_NAME, config
from localex_desktop.db.connection import Database, PasswordNeeded, open_database
from localex_desktop.services import system
from localex_desktop.services.operators import OperatorInfo
from localex_desktop.services.system import DatabaseState, inspect_database
from localex_desktop.ui.errors import show_error
from localex_desktop.ui.first_run.admin_page import AdminPage
from localex_desktop.ui.first_run.location_page import LocationPage
from localex_desktop.ui.first_run.logic import FirstRunLogic, Step
from localex_desktop.ui.i18n import translate
from localex_desktop.ui.icons import app_icon
from localex_desktop.ui.tasks import Reporter, TaskRunner

log = logging.getLogger(__name__)


class FirstRunWizard(QWizard):
    """Shown when no database is configured, or the configured one has no operators."""

    def __init__(
        self,
        logic: FirstRunLogic,
        tasks: TaskRunner,
        *,
        database: Database | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.logic = logic
        self.tasks = tasks
        self._db = database
        self._db_owned = database is None  # a database we opened is ours to close on cancel
        self.created_admin: OperatorInfo | None = None
        self._finishing = False  # accept() validates the current page again
        self.setWindowTitle(
            translate("first_run.wizard", "{program} — first start").format(program=APP_NAME)
        )
        self.setWindowIcon(app_icon())
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setPixmap(QWizard.WizardPixmap.LogoPixmap, app_icon().pixmap(48, 48))
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setMinimumSize(640, 480)
        self.location_page: LocationPage | None = None
        self.admin_page: AdminPage | None = None
        for step in logic.steps():
            page_id = list(Step).index(step)
            if step is Step.LOCATION:
                self.location_page = LocationPage(logic, tasks, self.open_chosen_database)
                self.setPage(page_id, self.location_page)
            else:
                self.admin_page = AdminPage(logic, self.create_admin)
                self.setPage(page_id, self.admin_page)
        self.setStartId(list(Step).index(logic.first_step()))
        if logic.admin_only:
            self.setButtonText(
                QWizard.WizardButton.FinishButton,
                translate("first_run.wizard", "Create administrator"),
            )

    @property
    def database(self) -> Database | None:
        return self._db

    def take_database(self) -> Database | None:
        """Hand the open database to the caller, who closes it from then on."""
        db, self._db = self._db, None
        return db

    def _close_database(self) -> None:
        if self._db is not None and self._db_owned:
            self._db.close()
            self._db = None

    # -- work the pages ask for -------------------------------------------------------

    def open_chosen_database(self) -> bool:
        """Open (or start) the database chosen on page 1 and learn what it holds."""
        if self._finishing:  # called again by accept() below: it is open and checked
            return True
        try:
            target = self.logic.target()
        except Exception as exc:
            show_error(self, exc)
            return False
        self._close_database()
        self._db_owned = True
        if target.mode == "embedded":
            where = translate("first_run.wizard", "Starting the database in {folder}…").format(
                folder=target.data_dir
            )
        elif target.url is not None and target.url.host:
            where = translate("first_run.wizard", "Connecting to {host}…").format(
                host=target.url.host
            )
        else:
            where = translate("first_run.wizard", "Connecting to the server…")

        def work(_report: Reporter) -> tuple[Database, DatabaseState]:
            db = open_database(target)
            try:
                return db, inspect_database(db)
            except BaseException:
                db.close()
                raise

        try:
            db, state = self.tasks.run_modal(work, parent=self, label=where)
        except PasswordNeeded as why:
            if self.location_page is None:
                show_error(self, why)
            else:
                self.location_page.ask_password(why)
            return False
        except Exception as exc:
            show_error(self, exc)
            return False
        self._db = db
        self.logic.record_state(state)
        if not state.needs_admin:
            # operators exist already: remember the choice; they sign in next. QWizard's
            # accept() validates the current page again, which would open the database
            # again (and again): say the page is valid from here on.
            self._save_profile()
            self._finishing = True
            try:
                self.accept()
            finally:
                self._finishing = False
        return True

    def create_admin(self) -> bool:
        """Set the database up (migrate, defaults) and create the administrator."""
        db = self._db
        assert db is not None, "the admin page needs an open database"
        logic = self.logic

        def work(report: Reporter) -> OperatorInfo | None:
            return system.create_first_admin(
                db, logic.username, logic.password, logic.display_name, progress=report
            )

        try:
            created = self.tasks.run_modal(
                work,
                parent=self,
                label=translate(
                    "first_run.wizard", "Setting up the database and the administrator…"
                ),
            )
        except Exception as exc:
            show_error(self, exc)
            return False
        if created is None:
            log.info("operators appeared meanwhile; no first administrator created")
        self.created_admin = created
        if not logic.admin_only:
            self._save_profile()
        return True

    def _save_profile(self) -> None:
        path = config.save_profile(self.logic.profile(), self.logic.server_password or None)
        log.info("saved the connection profile to %s", path)

    def done(self, result: int) -> None:
        if result != QWizard.DialogCode.Accepted.value:
            self._close_database()
        super().done(result)
