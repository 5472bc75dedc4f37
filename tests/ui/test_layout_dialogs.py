"""Every dialog and wizard page, shown as a person first sees it and with its errors:
nothing cut, nothing overlapping, every input named and reachable (:mod:`.layout_check`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QApplication, QPushButton, QWidget, QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import make_url

from localex_desktop.db import migrate
from localex_desktop.db.connection import Database, PasswordNeeded, Target
from localex_desktop.domain.money import Currency
from localex_desktop.domain.roles import Actor, Role
from localex_desktop.services import categories, ledger, listings, members, trades, verify
from localex_desktop.services.categories import CategoryInfo
from localex_desktop.services.ledger import TransactionView
from localex_desktop.services.listings import ListingInfo, ListingInput
from localex_desktop.services.members import MemberInfo, MemberInput
from localex_desktop.services.migration_flow import plan_upgrade
from localex_desktop.services.operators import OperatorInfo
from localex_desktop.services.trades import TradeInfo, TradeInput
from localex_desktop.ui.backup.backup_dialog import BackupDialog
from localex_desktop.ui.backup.migration_wizard import DowngradeDialog, MigrationWizard
from localex_desktop.ui.backup.restore_wizard import RestoreWizard
from localex_desktop.ui.backup.verify_dialog import VerifyBackupDialog
from localex_desktop.ui.context import AppContext
from localex_desktop.ui.first_run.logic import FirstRunLogic
from localex_desktop.ui.first_run.wizard import FirstRunWizard
from localex_desktop.ui.help import GENERAL_KEYS, GuideWindow, ShortcutsDialog
from localex_desktop.ui.import_wizard.wizard import ImportWizard
from localex_desktop.ui.login_dialog import LoginDialog
from localex_desktop.ui.models.columns import MoneyFormat
from localex_desktop.ui.pages.administration.operator_dialogs import (
    AddOperatorDialog,
    ChangeRoleDialog,
    ResetPasswordDialog,
)
from localex_desktop.ui.pages.ledger.batch_dialog import BatchDialog
from localex_desktop.ui.pages.ledger.levy_dialog import LevyDialog
from localex_desktop.ui.pages.ledger.reverse_dialog import ReverseDialog
from localex_desktop.ui.pages.ledger.verify_dialog import VerifyDialog
from localex_desktop.ui.pages.listings.categories_dialog import CategoriesDialog
from localex_desktop.ui.pages.listings.listing_dialog import ListingDialog, RenewDialog
from localex_desktop.ui.pages.members.member_dialog import MemberDialog
from localex_desktop.ui.pages.members.transfer_dialog import TransferDialog
from localex_desktop.ui.pages.reports.directory_dialog import DirectoryDialog
from localex_desktop.ui.pages.reports.statement_dialog import StatementDialog
from localex_desktop.ui.pages.trades.note_dialog import TradeAction, TradeNoteDialog
from localex_desktop.ui.pages.trades.record_dialog import RecordTradeDialog
from localex_desktop.ui.pages.trades.slip_batch import SlipBatchDialog
from localex_desktop.ui.server_password_dialog import ServerPasswordDialog
from localex_desktop.ui.tasks import TaskRunner

from .layout_check import problems

SETUP = Actor("setup", Role.ADMIN)
CUR = Currency()
LONG = "Zoë Ñúñez-Villalobos de la Torre y Castellanos"


@dataclass
class World:
    ctx: AppContext
    db: Database
    zoe: MemberInfo
    bram: MemberInfo
    tree: list[CategoryInfo]
    listing: ListingInfo
    trade: TradeInfo
    tx: TransactionView
    operator: OperatorInfo


@pytest.fixture
def world(db: Database, admin_ctx: AppContext, admin_operator: OperatorInfo) -> World:
    with db.transaction() as s:
        zoe = members.create(
            s, SETUP, MemberInput(name=LONG, email="zoe@example.org"), credit_limit=1000
        )
        bram = members.create(s, SETUP, MemberInput(name="Bram Stoker"), credit_limit=1000)
        food = categories.add(s, SETUP, "Food and drink").id
        listing = listings.add(
            s,
            SETUP,
            ListingInput(zoe.id, "offer", food, "Home-made plum jam " * 3, "Jam", 450, "jar", None),
        )
        trade = trades.record(s, SETUP, TradeInput(zoe.id, bram.id, 300, "Jam " * 10))
        posted = ledger.transfer(s, SETUP, zoe.id, bram.id, 900, "A long memo about jam " * 4)
        tx = ledger.transaction(s, SETUP, posted.transaction_id)
        tree = categories.tree(s, SETUP)
        return World(admin_ctx, db, zoe, bram, tree, listing, trade, tx, admin_operator)


Maker = Callable[[World], QWidget]


def _server_password() -> QWidget:
    """The server's password asked again after a wrong one (the tryout saw its note
    squeezed under the refusal)."""
    url = make_url("postgresql+psycopg://alice@127.0.0.1:55432/localex")
    why = PasswordNeeded(
        "The server refused the password for user 'alice'.",
        hint="Check the password (it is never stored in the settings file).",
        url=url,
        refused=True,
    )
    return ServerPasswordDialog(Target("server", url=url), why, TaskRunner(inline=True))


def submitted(dialog: QWidget) -> QWidget:
    """Press OK on an empty or wrong form: every error shows."""
    getattr(dialog, "submit")()  # noqa: B009 - the dialogs share the method, not a base
    return dialog


DIALOGS: dict[str, Maker] = {
    "new member, errors": lambda w: submitted(MemberDialog(w.ctx, CUR)),
    "edit member": lambda w: MemberDialog(w.ctx, CUR, member=w.zoe),
    "transfer, errors": lambda w: submitted(TransferDialog(w.ctx, CUR, payer=w.zoe)),
    "new listing, errors": lambda w: submitted(ListingDialog(w.ctx, CUR, w.tree)),
    "edit listing": lambda w: ListingDialog(w.ctx, CUR, w.tree, listing=w.listing),
    "renew listing": lambda w: RenewDialog(w.ctx, w.listing),
    "categories": lambda w: CategoriesDialog(w.ctx),
    "record trade, errors": lambda w: submitted(RecordTradeDialog(w.ctx, CUR, w.tree)),
    "cancel trade": lambda w: TradeNoteDialog(w.ctx, TradeAction.CANCEL, w.trade, CUR),
    "dispute trade": lambda w: TradeNoteDialog(w.ctx, TradeAction.DISPUTE, w.trade, CUR),
    "slip batch": lambda w: SlipBatchDialog(w.ctx, CUR),
    "reverse": lambda w: ReverseDialog(w.ctx, w.tx, MoneyFormat(CUR)),
    "levy, errors": lambda w: submitted(LevyDialog(w.ctx, CUR)),
    "batch transfer, errors": lambda w: submitted(BatchDialog(w.ctx, CUR)),
    "verify ledger": lambda w: VerifyDialog(_verified(w)),
    "statement": lambda w: StatementDialog(w.ctx, w.zoe),
    "directory": lambda w: DirectoryDialog(w.ctx),
    "back up": lambda w: BackupDialog(w.ctx),
    "restore": lambda w: RestoreWizard(w.ctx),
    "verify a backup": lambda w: VerifyBackupDialog(w.ctx),
    "upgrade": lambda w: MigrationWizard(w.db, SETUP, TaskRunner(inline=True), plan_upgrade(w.db)),
    "downgrade": lambda w: DowngradeDialog(
        w.db, SETUP, TaskRunner(inline=True), migrate.all_revisions()[:-1]
    ),
    "sign in": lambda w: LoginDialog(w.db, TaskRunner(inline=True), where="this computer"),
    "sign in, operator gone": lambda w: LoginDialog(
        w.db, TaskRunner(inline=True), where="this computer", username="late", gone=True
    ),
    "server password, refused": lambda w: _server_password(),
    "add operator, errors": lambda w: submitted(AddOperatorDialog(w.ctx)),
    "reset password": lambda w: ResetPasswordDialog(w.ctx, w.operator),
    "change role": lambda w: ChangeRoleDialog(w.ctx, w.operator),
    "import": lambda w: ImportWizard(w.ctx),
    "user guide": lambda w: GuideWindow(),
    "keyboard shortcuts": lambda w: ShortcutsDialog(
        [("Ctrl+N", "Members page", "New member"), *GENERAL_KEYS]
    ),
}


def _verified(w: World) -> verify.VerifyReport:
    with w.db.transaction() as s:
        return verify.verify(s, SETUP)


@pytest.mark.parametrize("name", list(DIALOGS))
def test_every_dialog(qtbot: QtBot, world: World, name: str) -> None:
    dialog = DIALOGS[name](world)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    found = problems(dialog)
    assert found == [], f"{name}:\n" + "\n".join(found)


def _tabbed_through(button: QPushButton) -> None:
    """What Tab onto a button and on past it does to the dialog's default button."""
    for kind in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
        QApplication.sendEvent(button, QFocusEvent(kind, Qt.FocusReason.TabFocusReason))


@pytest.mark.parametrize("name", list(DIALOGS))
def test_enter_goes_back_to_the_default_after_tabbing_past_the_buttons(
    qtbot: QtBot, world: World, name: str
) -> None:
    """The re-test: in the sign-in after a restore, Tab past Cancel and back to the
    password, then Enter, cancelled and quit the program. A default button set before
    the button was in its dialog was never registered as the dialog's own, so Qt did
    not give the default back once the focus left a button."""
    dialog = DIALOGS[name](world)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    buttons = [b for b in dialog.findChildren(QPushButton) if b.isVisible()]
    default = [b for b in buttons if b.isDefault()]
    if not default:
        return  # a dialog without a default: Enter is for its fields alone
    for button in buttons:
        if button.autoDefault():
            _tabbed_through(button)
    assert [b for b in buttons if b.isDefault()] == default, name


def test_every_first_run_page(qtbot: QtBot, tmp_path: object) -> None:
    wizard = FirstRunWizard(FirstRunLogic(tmp_path / "data"), TaskRunner(inline=True))  # type: ignore[operator]
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    page = wizard.location_page
    assert page is not None
    page.server_radio.setChecked(True)
    page.url_edit.setText("mysql://x@y/z")  # an error under the field
    QApplication.processEvents()
    found = problems(wizard)
    assert found == [], "\n".join(found)
    assert wizard.button(QWizard.WizardButton.NextButton) is not None
