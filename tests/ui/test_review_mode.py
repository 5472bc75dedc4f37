"""Review mode: a backup opened read-only in a private scratch cluster; nothing changes."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy.exc import DBAPIError

from localex_desktop import app as app_module
from localex_desktop.db.connection import Database
from localex_desktop.domain.errors import PermissionDenied
from localex_desktop.domain.roles import Actor, Permission, Role
from localex_desktop.services import backup, members, settings
from localex_desktop.services.review import ReviewReadOnly, ReviewSession
from localex_desktop.ui.main_window import MainWindow
from localex_desktop.ui.pages.administration.page import AdministrationPage
from localex_desktop.ui.pages.dashboard.page import DashboardPage
from localex_desktop.ui.pages.ledger.page import LedgerPage
from localex_desktop.ui.pages.members.page import MembersPage
from localex_desktop.ui.review import open_for_review, review_context
from localex_desktop.ui.tasks import TaskRunner

from ..seed_ledger import seed_ledger
from .conftest import Boxes

PASS = "correct horse battery"


pytestmark = pytest.mark.usefixtures("fast_scrypt")


@pytest.fixture
def backup_file(db: Database, admin: Actor, tmp_path: Path) -> Path:
    seed_ledger(db, admin)
    with db.transaction() as s:
        settings.put(s, admin, "exchange_name", "Riverside LETS")
    return backup.create_backup(db, admin, out=tmp_path / "mail", passphrase=PASS).path


@pytest.fixture
def session(backup_file: Path, tmp_path: Path) -> Iterator[ReviewSession]:
    asked: list[str] = []

    def ask(_parent: QWidget | None, name: str, error: str) -> str | None:
        asked.append(name)
        return PASS

    opened = open_for_review(
        None, TaskRunner(inline=True), backup_file, ask_passphrase=ask, scratch_parent=tmp_path
    )
    assert opened is not None and asked == [backup_file.name]
    yield opened
    opened.close()


def test_a_backup_opens_read_only_in_a_scratch_cluster(
    session: ReviewSession, tmp_path: Path, db: Database
) -> None:
    assert session.folder.parent == tmp_path and (session.folder / "pgdata").is_dir()
    assert session.db.mode == "review" and session.db.read_only
    assert session.db.data_dir is None  # never the person's data folder
    assert (
        session.db.url.host != db.url.host
        or session.db.url.port != db.url.port
        or (session.db.url.database != db.url.database)
    )
    assert session.verified and session.problems() == []
    assert session.actor == Actor("review", Role.BOOKKEEPER)
    with session.db.transaction() as s:
        assert settings.get(s, "exchange_name") == "Riverside LETS"
        found = members.search(s, session.actor, text="Seed")
    assert len(found) == 4
    folder = session.folder
    session.close()
    assert not folder.exists()
    session.close()  # twice is harmless


def test_every_change_is_refused_clearly(session: ReviewSession) -> None:
    # the bookkeeper role refuses in the service …
    refused = pytest.raises(
        PermissionDenied, match="review \\(bookkeeper\\) may not manage members"
    )
    with refused, session.db.transaction() as s:
        members.create(s, session.actor, members.MemberInput(name="New Person"))
    # … and even an administrator's write is refused by the read-only database
    admin = Actor("someone", Role.ADMIN)
    read_only = pytest.raises(ReviewReadOnly, match="read-only and nothing can be changed")
    with read_only, session.db.transaction() as s:
        members.create(s, admin, members.MemberInput(name="New Person"))
    # … also on a connection that bypasses Database.transaction
    with pytest.raises(DBAPIError, match="read-only transaction"), session.db.engine.begin() as c:
        c.execute(sa.text("UPDATE members SET name = 'changed'"))
    with session.db.transaction() as s:
        assert members.search(s, session.actor, text="New Person") == []


def test_the_window_says_review_mode_and_offers_no_changes(session: ReviewSession) -> None:
    ctx = review_context(session, TaskRunner(inline=True))
    window = MainWindow(ctx)
    try:
        assert window.review_banner is not None
        text = window.review_banner.text()
        assert text.startswith(f"Reviewing backup {session.path.name} from ")
        assert "read-only; nothing can be changed" in text
        assert window.windowTitle().endswith(f" — review of {session.path.name} (read-only)")
        assert "Riverside LETS" in window.windowTitle()
        assert not ctx.can(Permission.MANAGE_MEMBERS)
        assert not window.backup_actions["backup"].isEnabled()
        assert not window.backup_actions["restore"].isEnabled()
        assert window.backup_actions["verify"].isEnabled()
        assert window.connection_label.text() == "Backup under review (read-only)"
        page = window.show_page("members")
        assert isinstance(page, MembersPage) and not page.can_manage
        ledger_page = window.show_page("ledger")
        assert isinstance(ledger_page, LedgerPage) and not ledger_page.can_post
        reports: list[object] = []
        ledger_page.show_report = reports.append  # type: ignore[method-assign,assignment]
        ledger_page.verify()  # verifying works on the read-only copy (and records nothing)
        assert reports and getattr(reports[0], "ok", False)
        admin_page = window.show_page("administration")
        assert isinstance(admin_page, AdministrationPage)
        panel = admin_page.database_tab.backup_panel
        assert not panel.restore_button.isEnabled() and not panel.save_button.isEnabled()
        assert panel.verify_button.isEnabled()
        # the dashboard says the ledger was verified as the backup opened, not "Never"
        dashboard = window.show_page("dashboard")
        assert isinstance(dashboard, DashboardPage)
        dashboard.refresh()
        assert dashboard.verification_label.text().startswith("Sound\nchecked ")
    finally:
        window.close()


def test_wrong_passphrase_is_asked_again_and_giving_up_opens_nothing(
    backup_file: Path, tmp_path: Path
) -> None:
    errors: list[str] = []

    def ask(_parent: QWidget | None, _name: str, error: str) -> str | None:
        errors.append(error)
        return "wrong passphrase" if len(errors) == 1 else None

    opened = open_for_review(
        None, TaskRunner(inline=True), backup_file, ask_passphrase=ask, scratch_parent=tmp_path
    )
    assert opened is None
    assert errors[0] == "" and errors[1].startswith("That passphrase does not open")
    assert not list(tmp_path.glob("localex-review-*"))


def test_a_file_that_is_no_backup_is_refused(tmp_path: Path, boxes: Boxes) -> None:
    junk = tmp_path / "junk.localex"
    junk.write_bytes(b"PK\x03\x04 zipped")
    assert open_for_review(None, TaskRunner(inline=True), junk) is None
    assert boxes.last.text == "junk.localex is not a LocalEx backup: it is a ZIP archive."


def test_review_option_opens_the_window_and_removes_the_scratch_on_close(
    backup_file: Path, monkeypatch: pytest.MonkeyPatch, qapp: QApplication
) -> None:
    seen: dict[str, object] = {}
    monkeypatch.setattr(app_module, "open_for_review", _with_passphrase(PASS))

    def fake_exec(_app: QApplication) -> int:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        window = next(w for w in windows if w.isVisible())
        seen["title"] = window.windowTitle()
        seen["db"] = window.ctx.db
        window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    args = argparse.Namespace(review=str(backup_file), data_dir=None, database_url=None)
    assert app_module.run_gui(qapp, args, TaskRunner(inline=True)) == 0
    assert "(read-only)" in str(seen["title"])
    db = seen["db"]
    assert isinstance(db, Database) and db.server is None  # released: the scratch is gone


def _with_passphrase(passphrase: str):  # type: ignore[no-untyped-def]
    def opener(parent: QWidget | None, tasks: TaskRunner, path: str | Path | None):  # type: ignore[no-untyped-def]
        return open_for_review(parent, tasks, path, ask_passphrase=lambda *_a: passphrase)

    return opener


def test_sign_in_and_first_start_offer_review(db: Database) -> None:
    from localex_desktop.ui.first_run.logic import FirstRunLogic
    from localex_desktop.ui.first_run.wizard import FirstRunWizard
    from localex_desktop.ui.login_dialog import LoginDialog

    tasks = TaskRunner(inline=True)
    login = LoginDialog(db, tasks)
    wants = app_module._offer_review(login)
    button = next(b for b in login.buttons.buttons() if "review" in b.text())
    assert button.text() == "Open a backup for review…" and not wants()
    button.click()
    assert wants() and login.result() == LoginDialog.DialogCode.Rejected.value

    wizard = FirstRunWizard(FirstRunLogic(Path("/nonexistent/new")), tasks)
    wants = app_module._offer_review(wizard)
    custom = wizard.button(FirstRunWizard.WizardButton.CustomButton1)
    assert custom.text() == "Open a backup for review…"
    custom.click()
    assert wants()


@pytest.mark.usefixtures("admin_operator")  # an exchange with an operator: the sign-in
def test_cancelling_the_backup_choice_goes_back_to_the_sign_in(
    db: Database, monkeypatch: pytest.MonkeyPatch, qapp: QApplication
) -> None:
    """The re-test: "Open a backup for review…" at the sign-in, then Cancel in the file
    chooser, quit the program. It goes back to the sign-in."""
    from localex_desktop.ui.login_dialog import LoginDialog

    monkeypatch.setattr(app_module, "open_chosen", lambda _args, _tasks: db)
    monkeypatch.setattr(app_module, "choose_backup_file", lambda _parent: "")  # Cancel
    shown: list[LoginDialog] = []

    def sign_in(self: LoginDialog) -> int:
        shown.append(self)
        if len(shown) == 1:
            review = next(b for b in self.buttons.buttons() if "review" in b.text())
            review.click()  # closes the sign-in, as the person's click does
        else:
            self.reject()  # then the person closes the sign-in itself
        return self.result()

    monkeypatch.setattr(LoginDialog, "exec", sign_in)
    args = argparse.Namespace(review=None, data_dir="x", database_url=None)
    assert app_module.run_gui(qapp, args, TaskRunner(inline=True)) == 0
    assert len(shown) == 2
