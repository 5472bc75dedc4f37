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
        written += render_members_and_ledger(window, ctx, folder)
        window.close()
    finally:
        db.close()
    return written


MEMBER_NAMES = (
    "Alice Moreau",
    "Ben Okoro",
    "Chloé Dubois",
    "Daniel Kowalski",
    "Eva Lindqvist",
    "Farid Haddad",
    "Grace O'Neill",
    "Hiroshi Tanaka",
    "Ines Carvalho",
    "Jonas Becker",
    "Kemi Adeyemi",
    "Lars Nilsen",
    "Maria Rossi",
    "Noah Fischer",
    "Olga Petrova",
    "Pablo Martín",
    "Quinn Murphy",
    "Rosa Jiménez",
    "Samir Khan",
    "Tove Andersen",
    "Uma Patel",
    "Victor Lemaire",
    "Wanda Nowak",
    "Xavier Dupont",
    "Yara Haddad",
    "Zoe Clarke",
    "Aaron Weiss",
    "Bianca Costa",
    "Carl Svensson",
    "Dora Horváth",
    "Emil Virtanen",
    "Fatima Zahra",
    "Georg Huber",
    "Hanna Kovač",
    "Ivan Horvat",
    "Julia Santos",
    "Karim Benali",
    "Lena Vogel",
    "Milan Novák",
    "Nora Brennan",
)
MEMOS = (
    "Bread and jam",
    "Lift to the station",
    "Garden help",
    "Bike repair",
    "Sewing: hem",
    "Dog walking",
    "Guitar lesson",
    "Eggs (a dozen)",
    "Computer help",
    "Childminding",
    "Soup for the café",
    "Ironing",
    "Firewood",
    "Haircut",
    "Moving boxes",
    "Tomato plants",
)


def _ledger_data(ctx: AppContext) -> list[int]:
    """About forty members and a few hundred transfers, a levy and a reversal."""
    import random

    from localex_desktop.services import ledger, members

    rng = random.Random(7)
    actor = ctx.actor
    with ctx.db.transaction() as session:
        settings.put(session, actor, "default_credit_limit", 4000)
        ids = []
        for n, name in enumerate(MEMBER_NAMES):
            first = name.split()[0].lower()
            info = members.create(
                session,
                actor,
                members.MemberInput(
                    name=name,
                    email=f"{first}{n}@example.org" if n % 3 else None,
                    phone=f"0{rng.randint(100, 999)} {rng.randint(100000, 999999)}",
                    address=f"{rng.randint(1, 90)} Mill Lane",
                    directory_consent=n % 4 != 0,
                    notes="Prefers phone calls" if n == 0 else "",
                ),
                credit_limit=4000 if n % 5 else 8000,
            )
            ids.append(info.id)
        for _ in range(320):
            payer, payee = rng.sample(ids[:-2], 2)
            amount = rng.choice((50, 100, 100, 150, 200, 250, 300, 400))
            try:
                with session.begin_nested():
                    ledger.transfer(session, actor, payer, payee, amount, rng.choice(MEMOS))
            except Exception:  # over a limit: a coordinator would have picked another
                continue
        members.suspend(session, actor, ids[-2])
        members.leave(session, actor, ids[-1])
        ledger.levy(session, actor, 100, "Yearly running costs 2026", skip_over_limit=True)
        wrong = ledger.transfer(session, actor, ids[3], ids[4], 250, "Entered twice")
        ledger.reverse(session, actor, wrong.transaction_id, "entered twice")
    return ids


def render_members_and_ledger(window: MainWindow, ctx: AppContext, folder: Path) -> list[Path]:
    """members.png, member-dialog.png, transfer.png, ledger.png, levy-preview.png, verify.png."""
    from localex_desktop.services import members, verify
    from localex_desktop.ui.pages.ledger.levy_dialog import LevyDialog
    from localex_desktop.ui.pages.ledger.page import LedgerPage
    from localex_desktop.ui.pages.ledger.verify_dialog import VerifyDialog
    from localex_desktop.ui.pages.members.member_dialog import MemberDialog
    from localex_desktop.ui.pages.members.page import MembersPage
    from localex_desktop.ui.pages.members.transfer_dialog import TransferDialog

    ids = _ledger_data(ctx)
    written: list[Path] = []
    window.resize(1280, 760)
    page = window.show_page("members")
    assert isinstance(page, MembersPage)
    page.refresh()  # the page was built before the sample data
    page.select_member(ids[4])
    written.append(_save(window, folder, "members.png"))

    with ctx.db.transaction() as session:
        eva = members.get(session, ctx.actor, ids[4])
        ben = members.get(session, ctx.actor, ids[1])
    dialog = MemberDialog(ctx, page.exchange.currency, member=eva, parent=window)
    dialog.email_edit.setText("eva.lindqvist@example")
    dialog.touch("email")
    dialog.show()
    dialog.adjustSize()
    written.append(_save(dialog, folder, "member-dialog.png"))
    dialog.reject()

    transfer = TransferDialog(ctx, page.exchange.currency, payer=eva, parent=window)
    transfer.payee_picker.set_member(ben)
    transfer.amount_edit.setText("2.50")
    transfer.touch("amount")
    transfer.memo_edit.setText("Bike repair")
    transfer.show()
    transfer.adjustSize()
    written.append(_save(transfer, folder, "transfer.png"))
    transfer.reject()

    ledger_page = window.show_page("ledger")
    assert isinstance(ledger_page, LedgerPage)
    ledger_page.refresh()
    ledger_page.table.select_row(1)
    written.append(_save(window, folder, "ledger.png"))

    levy = LevyDialog(ctx, page.exchange.currency, parent=window)
    levy.amount_edit.setText("25")
    levy.touch("amount")
    levy.memo_edit.setText("Hall rent 2027")
    levy.run_preview()
    levy.resize(760, 620)
    levy.show()
    written.append(_save(levy, folder, "levy-preview.png"))
    levy.reject()

    with ctx.db.transaction() as session:
        report = verify.verify(session, ctx.actor)
    check = VerifyDialog(report, window)
    check.show()
    check.adjustSize()
    written.append(_save(check, folder, "verify.png"))
    check.reject()
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
