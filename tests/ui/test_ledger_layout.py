"""Nothing on the Ledger page or in its dialogs is cut off or drawn over another widget.

Each dialog is shown with long names and long error messages, beside a main window
of the default size (1000×660) and of a large one (1600×1000), at the dialog's own
size and stretched wide; :func:`layout_check.problems` then looks at every
visible label, every layout's widgets and every table header.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TypeVar

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from localex_desktop.db.connection import Database
from localex_desktop.services import ledger, members
from localex_desktop.services.ledger import TransactionView
from localex_desktop.services.members import MemberInfo, MemberInput
from localex_desktop.services.verify import Problem, VerifyReport
from localex_desktop.ui.context import AppContext
from localex_desktop.ui.main_window import MainWindow
from localex_desktop.ui.models.columns import MoneyFormat
from localex_desktop.ui.pages.ledger.batch_dialog import BatchDialog
from localex_desktop.ui.pages.ledger.levy_dialog import LevyDialog
from localex_desktop.ui.pages.ledger.page import LedgerPage
from localex_desktop.ui.pages.ledger.reverse_dialog import ReverseDialog
from localex_desktop.ui.pages.ledger.verify_dialog import VerifyDialog

from .helpers import HOURS, SETUP, enrol, in_hours, shown
from .layout_check import problems as layout_problems

D = TypeVar("D", bound=QDialog)

SIZES = [(1000, 660), (1600, 1000)]
LONG_MEMO = "Garden work over three weekends, with the tools, the seedlings and the compost"
TOO_LARGE = "99999999999999"


@dataclass
class Books:
    zoe: MemberInfo
    ann: MemberInfo
    tight: MemberInfo  # 1.00 h of credit
    tx: TransactionView  # Ann paid Zoë, with a long memo


@pytest.fixture
def books(db: Database) -> Books:
    with db.transaction() as s:
        in_hours(s)
        zoe, ann = enrol(s, "Zoë Ñúñez", "Ann")
        tight = members.create(
            s, SETUP, MemberInput(name="Maximilian Alexander Featherstonehaugh"), credit_limit=100
        )
        posted = ledger.transfer(s, SETUP, ann.id, zoe.id, 250, LONG_MEMO)
        tx = ledger.transaction(s, SETUP, posted.transaction_id)
        return Books(members.get(s, SETUP, zoe.id), ann, members.get(s, SETUP, tight.id), tx)


@pytest.fixture(params=SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def window(request: pytest.FixtureRequest, qtbot: QtBot) -> Iterator[QWidget]:
    """A stand-in main window of the given size, the dialogs' parent."""
    parent = shown(qtbot, QWidget(), request.param)
    yield parent


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def opened(qtbot: QtBot, dialog: D) -> D:
    """Shown as a person opens it, before anything is typed (it must grow for errors)."""
    qtbot.addWidget(dialog)
    dialog.show()
    settle()
    return dialog


def check(dialog: QDialog, parent: QWidget) -> None:
    """Fits at its size now, and stretched to the width of its main window and back."""
    settle()
    assert layout_problems(dialog) == [], "at its own size"
    width = dialog.width()
    dialog.resize(parent.width() - 40, dialog.height())
    settle()
    assert layout_problems(dialog) == [], "stretched wide"
    dialog.resize(width, dialog.height())
    settle()
    assert layout_problems(dialog) == [], "narrow again"


def test_reverse_dialog_shows_the_whole_summary(
    qtbot: QtBot, admin_ctx: AppContext, books: Books, window: QWidget
) -> None:
    dialog = opened(qtbot, ReverseDialog(admin_ctx, books.tx, MoneyFormat(HOURS), window))
    assert f"Zoë Ñúñez ({books.zoe.id})" in dialog.summary.text()
    dialog.submit()  # no reason: the inline error shows
    dialog.message.show_error(
        "Transaction 1 was already reversed by transaction 2 while this dialog was open.",
        "Close the dialog and look at the journal again; a transaction is reversed once.",
    )
    check(dialog, window)


def test_levy_dialog_errors_and_preview_fit(
    qtbot: QtBot, admin_ctx: AppContext, books: Books, window: QWidget
) -> None:
    dialog = opened(qtbot, LevyDialog(admin_ctx, HOURS, window))
    qtbot.keyClicks(dialog.amount_edit, TOO_LARGE)
    assert "The largest amount accepted is" in dialog.error_text("amount")
    check(dialog, window)
    dialog.amount_edit.setText("2")
    dialog.touch("amount")
    dialog.run_preview()  # the tight member would go past their limit: a long summary
    assert dialog.lines.rowCount() == 3
    assert "would go past their credit limit" in dialog.summary.text()
    check(dialog, window)


def test_batch_dialog_errors_fit(
    qtbot: QtBot, admin_ctx: AppContext, books: Books, window: QWidget
) -> None:
    dialog = opened(qtbot, BatchDialog(admin_ctx, HOURS, window))
    dialog.one_picker.set_member(books.tight)
    dialog.line_picker.set_member(books.zoe)
    dialog.line_amount.setText(TOO_LARGE)
    dialog.add_line()
    assert "The largest amount accepted is" in dialog.error_text("line")
    check(dialog, window)
    dialog.line_amount.setText("5")
    dialog.add_line()
    assert "of credit left" in dialog.error_text("lines")  # the over-limit message
    check(dialog, window)
    dialog.message.show_error(
        f"{books.tight.name} (member {books.tight.id}) has 1.00 h of credit left (balance "
        "0.00, credit limit 1.00); this needs 5.00 h.",
        "Lower the amount, or raise their credit limit first.",
    )
    check(dialog, window)


def test_verify_dialog_fits_a_broken_report(qtbot: QtBot, window: QWidget) -> None:
    problem = Problem(
        "chain",
        "The hash chain is broken at transaction 7: its content does not match the hash "
        "recorded when it was posted (changed outside LocalEx Desktop).",
        transaction_id=7,
    )
    report = VerifyReport(False, 1_234_567, 2_469_134, 4_321, 0, [problem] * 3, 12.5, "now")
    dialog = opened(qtbot, VerifyDialog(report, window))
    assert dialog.jump_button is not None
    check(dialog, window)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_ledger_page_headers_and_labels_fit(
    qtbot: QtBot, admin_ctx: AppContext, books: Books, size: tuple[int, int]
) -> None:
    main = shown(qtbot, MainWindow(admin_ctx), size)
    page = main.show_page("ledger")
    assert isinstance(page, LedgerPage)
    page.table.select_key(books.tx.id)
    settle()
    assert page.entries.rowCount() == 2
    assert layout_problems(page) == []
