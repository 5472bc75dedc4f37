"""`make screenshots`: render the windows offscreen to PNG files, for the user guide.

A tool for the docs' pictures, not part of the program. ``make screenshots`` (or
``python scripts/screenshots.py [FOLDER] [--members N]``; the folder defaults to
docs/users/images) starts a throw-away embedded
database in a temporary folder, draws the first-run wizard and the login, fills the
database with sample operators and the demo exchange (:mod:`services.demo`), opens the
main window, and then calls **every registered renderer** in turn. Each draws its
pages and dialogs with ``widget.grab()``; the folder is removed at the end.

A view adds its pictures by appending a function and registering it::

    @renderer
    def render_listings(window: MainWindow, ctx: AppContext, folder: Path) -> list[Path]:
        page = window.show_page("listings")
        ...
        return [_save(window, folder, "listings.png")]

Renderers run in the order they are registered, on the same window and data; tasks run
inline, so a page has loaded by the time its constructor or refresh returns. Live
updates are off while drawing, so nothing changes between two pictures.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import TypeVar

from PySide6.QtWidgets import QApplication, QWidget

from localex_desktop.db import embedded, migrate
from localex_desktop.db.connection import Database, Target, open_database
from localex_desktop.domain.money import format_amount
from localex_desktop.domain.roles import Actor, Role
from localex_desktop.services import (
    backup,
    demo,
    listings,
    members,
    operator_changes,
    operators,
    settings,
    system,
    verify,
)
from localex_desktop.services.migration_flow import MigrationPlan
from localex_desktop.services.review import open_review
from localex_desktop.ui import i18n
from localex_desktop.ui.backup.backup_dialog import BackupDialog
from localex_desktop.ui.backup.migration_wizard import MigrationWizard
from localex_desktop.ui.backup.restore_wizard import RestoreWizard
from localex_desktop.ui.context import AppContext, window_settings
from localex_desktop.ui.first_run.logic import FirstRunLogic
from localex_desktop.ui.first_run.wizard import FirstRunWizard
from localex_desktop.ui.icons import app_icon
from localex_desktop.ui.import_wizard.wizard import ImportWizard
from localex_desktop.ui.login_dialog import LoginDialog
from localex_desktop.ui.main_window import MainWindow
from localex_desktop.ui.pages.administration.page import AdministrationPage
from localex_desktop.ui.pages.audit.diff import changed_keys
from localex_desktop.ui.pages.audit.page import AuditPage
from localex_desktop.ui.pages.dashboard.page import DashboardPage
from localex_desktop.ui.pages.ledger.levy_dialog import LevyDialog
from localex_desktop.ui.pages.ledger.page import LedgerPage
from localex_desktop.ui.pages.ledger.verify_dialog import VerifyDialog
from localex_desktop.ui.pages.listings.categories_dialog import CategoriesDialog
from localex_desktop.ui.pages.listings.listing_dialog import ListingDialog
from localex_desktop.ui.pages.listings.page import ListingsPage
from localex_desktop.ui.pages.members.member_dialog import MemberDialog
from localex_desktop.ui.pages.members.page import MembersPage
from localex_desktop.ui.pages.members.transfer_dialog import TransferDialog
from localex_desktop.ui.pages.reports.page import ReportsPage
from localex_desktop.ui.pages.reports.statement_dialog import StatementDialog
from localex_desktop.ui.pages.trades.page import TradesPage
from localex_desktop.ui.pages.trades.record_dialog import RecordTradeDialog
from localex_desktop.ui.pages.trades.slip_batch import SlipBatchDialog
from localex_desktop.ui.review import review_context
from localex_desktop.ui.tasks import TaskRunner

SAMPLE_PASSWORD = "sample password"
#: the exchange's currency in the pictures (set before the demo data is posted)
SAMPLE_CURRENCY = {"name": "Acorns", "symbol": "Ac", "decimals": 2}
DEFAULT_MEMBERS = 150

Renderer = Callable[[MainWindow, AppContext, Path], list[Path]]
#: every renderer, in the order they run (see the module docstring)
RENDERERS: list[Renderer] = []


def renderer(fn: Renderer) -> Renderer:
    """Register ``fn`` to draw its pages and dialogs after the main window is open."""
    if fn not in RENDERERS:
        RENDERERS.append(fn)
    return fn


#: the pages a renderer opens with :func:`_open_page`
P = TypeVar("P", DashboardPage, MembersPage, LedgerPage, AuditPage, ListingsPage, TradesPage)


def _open_page(
    window: MainWindow, key: str, kind: type[P], size: tuple[int, int] | None = None
) -> P:
    """The page ``key`` shown (the window at ``size`` first) and read again: a page built
    before the sample data was made shows it then."""
    if size is not None:
        window.resize(*size)
    page = window.show_page(key)
    assert isinstance(page, kind)
    page.refresh()
    return page


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
        operator_changes.set_active(session, setup, "dmitri", False)
    anna = operators.authenticate(db, "anna", SAMPLE_PASSWORD)
    return AppContext.for_operator(db, anna, TaskRunner(inline=True))


def render_all(
    folder: Path,
    data_dir: Path,
    *,
    members: int = DEFAULT_MEMBERS,
    seed: int = demo.DEFAULT_SEED,
    progress: Callable[[str], None] | None = None,
) -> list[Path]:
    """Draw the start-up windows, then every registered renderer; returns the files."""
    say = progress or (lambda _text: None)
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
        started = time.perf_counter()
        say(f"demo exchange with {members} members…")
        with db.transaction() as session:
            settings.put(session, ctx.actor, "currency", SAMPLE_CURRENCY)
        demo.generate(db, members_count=members, seed=seed, actor=ctx.actor)
        with db.transaction() as session:
            verify.verify(session, ctx.actor, record=True)  # the dashboard shows it
        say(f"demo data ready in {time.perf_counter() - started:.0f} s")

        login = LoginDialog(db, tasks, where=f"Data folder: {data_dir}", username="anna")
        login.show()
        login.password_edit.setText("wrong password")
        login.submit()
        written.append(_save(login, folder, "login.png"))
        login.reject()

        window = MainWindow(ctx)
        window.live.stop()  # nothing may change between two pictures
        window.resize(1280, 760)
        window.show()
        for draw in RENDERERS:
            say(f"{draw.__name__}…")
            written += draw(window, ctx, folder)
        window.close()
    finally:
        db.close()
    return written


@renderer
def render_dashboard(window: MainWindow, ctx: AppContext, folder: Path) -> list[Path]:
    """dashboard.png: figures, charts and checks of the demo exchange."""

    _open_page(window, "dashboard", DashboardPage, (1280, 860))
    return [_save(window, folder, "dashboard.png")]


def _member_ids(ctx: AppContext) -> list[int]:
    """Active members of the demo exchange, by number (the renderers pick from them)."""

    with ctx.db.transaction() as session:
        return [m.id for m in members.search(session, ctx.actor, status="active", limit=50)]


@renderer
def render_members_and_ledger(window: MainWindow, ctx: AppContext, folder: Path) -> list[Path]:
    """members.png, member-dialog.png, transfer.png, ledger.png, levy-preview.png, verify.png."""

    ids = _member_ids(ctx)
    written: list[Path] = []
    page = _open_page(window, "members", MembersPage, (1280, 760))
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

    ledger_page = _open_page(window, "ledger", LedgerPage)
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


@renderer
def render_audit(window: MainWindow, ctx: AppContext, folder: Path) -> list[Path]:
    """audit.png: the log, with a change that has values before and after selected."""

    page = _open_page(window, "audit", AuditPage, (1280, 760))
    for row in range(page.model.loaded_count()):
        item = page.model.row(row)
        if (
            item is not None
            and item.entity == "trade"
            and len(changed_keys(item.before, item.after)) > 1
        ):
            page.table.select_row(row)
            break
    return [_save(window, folder, "audit.png")]


@renderer
def render_administration(window: MainWindow, ctx: AppContext, folder: Path) -> list[Path]:
    """admin-database.png, admin-operators.png, admin-settings.png."""
    written: list[Path] = []
    window.resize(1000, 640)
    admin = window.show_page("administration")
    assert isinstance(admin, AdministrationPage)
    for tab, name in (
        (admin.database_tab, "admin-database.png"),
        (admin.operators_tab, "admin-operators.png"),
        (admin.settings_tab, "admin-settings.png"),
    ):
        assert tab is not None
        admin.show_tab(tab)
        written.append(_save(window, folder, name))
    return written


@renderer
def render_listings_and_trades(window: MainWindow, ctx: AppContext, folder: Path) -> list[Path]:
    """listings.png, listing-dialog.png, categories.png, trades.png, record-trade.png,
    slip-batch.png."""

    written: list[Path] = []
    page = _open_page(window, "listings", ListingsPage, (1280, 760))
    parents = {c.parent_id for c in page.tree_rows if c.parent_id is not None}
    top = next((c for c in page.tree_rows if c.id in parents), None)
    if top is not None:
        page.tree.expand(page.tree_model.index_of(top.id))
        page.select_category(top.id)
    page.table.select_row(min(2, max(page.model.loaded_count() - 1, 0)))
    written.append(_save(window, folder, "listings.png"))

    listing = page.selected()
    currency = page.money.currency
    dialog = ListingDialog(ctx, currency, page.tree_rows, listing=listing, parent=window)
    if listing is not None and listing.price is None:
        dialog.price_edit.setText("2.50")
        dialog.unit_edit.setText("hour")
    dialog.expiry.set_value(date.today() + timedelta(days=180))
    dialog.show()
    dialog.adjustSize()
    written.append(_save(dialog, folder, "listing-dialog.png"))
    dialog.reject()

    categories_dialog = CategoriesDialog(ctx, window)
    categories_dialog.resize(900, 600)
    categories_dialog.show()
    sub = next((c for c in page.tree_rows if c.parent_id is not None), None)
    if sub is not None:
        categories_dialog.select(sub.id)
    written.append(_save(categories_dialog, folder, "categories.png"))
    categories_dialog.reject()

    trades_page = _open_page(window, "trades", TradesPage)
    trades_page.show_status(None)
    trades_page.table.select_row(0)
    written.append(_save(window, folder, "trades.png"))

    ids = _member_ids(ctx)
    with ctx.db.transaction() as session:
        people = [members.get(session, ctx.actor, i) for i in ids[:8]]
    seller = next((p for p in people[1:] if _offers(ctx, p.id)), people[1])
    record = RecordTradeDialog(
        ctx, currency, trades_page.setup.tree, buyer=people[0], seller=seller, parent=window
    )
    if record.listing_box.count() > 1:
        record.listing_box.setCurrentIndex(1)
    if not record.amount_edit.text():
        record.amount_edit.setText("3.00")
    record.touch("amount")
    record.load_balance()
    record.slip_edit.setText("S-2051")
    record.show()
    record.adjustSize()
    written.append(_save(record, folder, "record-trade.png"))
    record.reject()

    batch = SlipBatchDialog(ctx, currency, window)
    lines = [
        ("2101", people[0], people[1], "4.50", "Bread and jam"),
        ("2102", people[2], people[3], "2.00", "Lift to the station"),
        ("2103", people[4], people[0], "6.00", "Garden help, Saturday"),
        ("2104", people[5], people[6], "1.50", "Eggs (a dozen)"),
        ("2103", people[7], people[2], "3.00", "Bike repair"),
    ]
    for n, (slip, buyer, seller_, amount, text) in enumerate(lines):
        row = batch.rows[n] if n < len(batch.rows) else batch.add_row()
        row.slip.setText(slip)
        row.buyer.set_member(buyer)
        row.seller.set_member(seller_)
        row.amount.setText(amount)
        row.description.setText(text)
    batch.count_box.setValue(len(lines))
    batch.total_edit.setText(format_amount(1700, currency))
    batch.total_edit.textEdited.emit(batch.total_edit.text())
    batch.note_edit.setText("Market day, 14 June")
    batch.check_now()
    batch.resize(1040, 600)
    batch.show()
    written.append(_save(batch, folder, "slip-batch.png"))
    batch.done(0)  # not reject(): that asks before typed slips are forgotten
    return written


def _offers(ctx: AppContext, member_id: int) -> bool:

    with ctx.db.transaction() as session:
        found = listings.search(
            session,
            ctx.actor,
            listings.ListingFilter(member_id=member_id, kind="offer", status="active"),
            limit=1,
        )
    return bool(found)


@renderer
def render_reports_and_import(window: MainWindow, ctx: AppContext, folder: Path) -> list[Path]:
    """reports-trial-balance.png, reports-volume.png, statement-dialog.png,
    import-mapping.png, import-preview.png."""

    written: list[Path] = []
    window.resize(1280, 760)
    page = window.show_page("reports")
    assert isinstance(page, ReportsPage)
    page.show_report("trial_balance").refresh()  # the page may predate the sample data
    written.append(_save(window, folder, "reports-trial-balance.png"))
    window.resize(1280, 860)
    page.show_report("volume").refresh()
    written.append(_save(window, folder, "reports-volume.png"))
    window.resize(1280, 760)

    ids = _member_ids(ctx)
    with ctx.db.transaction() as session:
        member = members.get(session, ctx.actor, ids[4])
        existing = members.get(session, ctx.actor, ids[2])  # listed again: "already there"
    dialog = StatementDialog(ctx, member, window)
    dialog.path_edit.setText(f"/home/anna/Documents/{Path(dialog.path_edit.text()).name}")
    dialog.show()
    dialog.adjustSize()
    written.append(_save(dialog, folder, "statement-dialog.png"))
    dialog.reject()

    scratch = Path(tempfile.mkdtemp(prefix="localex-import-"))
    try:
        sample = scratch / "members-from-old-system.csv"
        sample.write_text(
            "Member number;First name;Surname;E-mail;Handy;Credit limit;Member since\n"
            "501;Greta;Lindqvist;greta.l@example.org;0171 555 0101;150;1.3.2019\n"
            "502;Tomasz;Nowak;tomasz@example.org;0171 555 0102;150;23.7.2020\n"
            "503;Ines;Ferreira;ines.f@example;0171 555 0103;150;2021-02-30\n"
            "504;Yusuf;Demir;yusuf@example.org;0171 555 0104;1,50;5.5.2022\n"
            "505;Hanna;Berg;hanna.berg@example.org;0171 555 0105;150;9.9.2022\n"
            "505;Jonas;Weber;jonas@example.org;0171 555 0106;150;1.1.2023\n"
            f"{ids[2]};{existing.name.split()[0]};{existing.name.split()[-1]};;;150;\n",
            encoding="utf-8-sig",
        )
        wizard = ImportWizard(ctx, window)
        wizard.choose_page.path_edit.setText(str(sample))
        wizard.resize(880, 620)
        wizard.show()
        wizard.next()
        wizard.next()
        wizard.mapping_page.set_field(4, "phone")
        written.append(_save(wizard, folder, "import-mapping.png"))
        wizard.next()
        written.append(_save(wizard, folder, "import-preview.png"))
        wizard.reject()
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return written


@renderer
def render_backups(window: MainWindow, ctx: AppContext, folder: Path) -> list[Path]:
    """backup.png, restore.png, review-mode.png, migration-wizard.png."""

    written: list[Path] = []
    passphrase = "orchard kettle bicycle lantern"
    scratch = Path(tempfile.mkdtemp(prefix="localex-shots-backup-"))
    try:
        target = scratch / "USB stick"
        dialog = BackupDialog(ctx, window)
        dialog.folder_edit.setText(str(target))
        dialog.encrypt_box.setChecked(True)
        dialog.passphrase_edit.setText(passphrase)
        dialog.repeat_edit.setText(passphrase)
        dialog.next_button.click()  # tasks run inline: the result page shows at once
        made = dialog.result_value
        assert made is not None, "the sample backup failed"
        dialog.resize(720, 400)
        dialog.show()
        written.append(_save(dialog, folder, "backup.png"))
        dialog.reject()

        wizard = RestoreWizard(ctx, window)
        wizard.path_edit.setText(str(made.path))
        wizard.next_button.click()
        wizard.passphrase_edit.setText(passphrase)
        wizard.next_button.click()  # checked on a worker (inline): the confirm page
        wizard.resize(720, 560)
        wizard.show()
        written.append(_save(wizard, folder, "restore.png"))
        wizard.reject()

        session = open_review(made.path, passphrase, scratch_parent=scratch)
        try:
            review = MainWindow(review_context(session, TaskRunner(inline=True)))
            review.live.stop()
            review.resize(1280, 760)
            review.show()
            review.show_page("ledger")
            written.append(_save(review, folder, "review-mode.png"))
            review.close()
            review.deleteLater()
        finally:
            session.close()

        revisions = migrate.all_revisions()
        plan = MigrationPlan(
            "upgrade",
            revisions[-3].revision,
            revisions[-1].revision,
            revisions[-2:],
            backup.load_config(ctx.db).folder,
        )
        upgrade = MigrationWizard(ctx.db, ctx.actor, TaskRunner(inline=True), plan, window)
        upgrade.resize(680, 500)
        upgrade.show()
        written.append(_save(upgrade, folder, "migration-wizard.png"))
        upgrade.reject()
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return written


ROOT = Path(__file__).resolve().parent.parent
DEFAULT_FOLDER = ROOT / "docs" / "users" / "images"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Render LocalEx Desktop's windows to PNG.")
    parser.add_argument(
        "folder",
        type=Path,
        nargs="?",
        default=DEFAULT_FOLDER,
        help=f"where the PNG files go (default {DEFAULT_FOLDER.relative_to(ROOT)})",
    )
    parser.add_argument(
        "--members",
        type=int,
        default=DEFAULT_MEMBERS,
        help=f"members of the demo exchange (default {DEFAULT_MEMBERS})",
    )
    parser.add_argument("--seed", type=int, default=demo.DEFAULT_SEED, help="demo data seed")
    parser.add_argument(
        "--language",
        default="en",
        choices=list(i18n.LANGUAGES),
        help="the program's language (and locale) in the pictures (default en); "
        "e.g. --language de docs/users/images/de",
    )
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    scratch = Path(tempfile.mkdtemp(prefix="localex-screenshots-"))
    os.environ["LOCALEX_CONFIG_DIR"] = str(scratch / "config")  # keep window.ini apart
    # a throw-away cluster and cheap sample passwords: the folder is removed at the end
    embedded.NEW_CLUSTERS = embedded.ServerOptions(durable=False)
    operators.BCRYPT_ROUNDS = 4
    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    app.setWindowIcon(app_icon())
    i18n.install(args.language, follow_locale=args.language != "en")
    window_settings()  # the config dir exists before anything saves to it
    try:
        for path in render_all(
            args.folder,
            scratch / "data",
            members=args.members,
            seed=args.seed,
            progress=lambda text: print(f"screenshots: {text}", file=sys.stderr, flush=True),
        ):
            print(path, flush=True)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
