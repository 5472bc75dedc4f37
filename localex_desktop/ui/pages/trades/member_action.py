""" "Record trade…" on the Members page: the member selected there is the buyer.

:data:`RECORD_TRADE_ACTION` is a plain constant; the main window is to hand it to the
Members page explicitly. Until it does, the registration at the bottom keeps the
button there (importing :mod:`ui.pages.trades.page` imports this module).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from localex_desktop.domain.roles import Permission
from localex_desktop.ui.pages.members.extensions import (
    MemberAction,
    MemberActionRequest,
)
from localex_desktop.ui.pages.trades.record_dialog import RecordTradeDialog, TradeSetup, read_setup


def record_trade_for_member(request: MemberActionRequest) -> None:
    """Open Record trade with the selected member as the buyer; the Members page
    refreshes from the change itself (the balance, when the trade was completed)."""
    ctx = request.ctx

    def open_dialog(setup: TradeSetup) -> None:
        dialog = RecordTradeDialog(
            ctx, setup.currency, setup.tree, buyer=request.member, parent=request.parent
        )
        dialog.exec()

    ctx.query(read_setup, open_dialog, owner=request.parent)


RECORD_TRADE_ACTION = MemberAction(
    key="record_trade",
    text=str(QT_TRANSLATE_NOOP("pages.trades.member_action", "Record &trade…")),
    run=record_trade_for_member,
    tooltip=str(
        QT_TRANSLATE_NOOP(
            "pages.trades.member_action",
            "Record a trade the selected member paid for (they are the buyer)",
        )
    ),
    permission=Permission.MANAGE_TRADES,
    needs_active=True,
    context="pages.trades.member_action",
)
