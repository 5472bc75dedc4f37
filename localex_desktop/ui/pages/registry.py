"""Every page of the main window, in navigation order.

Its own module, apart from :class:`ui.pages.PageSpec`, so the pages can import the
spec and this list can import the pages, with no cycle between them.
"""

from __future__ import annotations

from dataclasses import replace

from localex_desktop.ui.context import AppContext
from localex_desktop.ui.pages import PageSpec
from localex_desktop.ui.pages.administration.page import PAGE as administration
from localex_desktop.ui.pages.audit.page import PAGE as audit_log
from localex_desktop.ui.pages.dashboard.page import PAGE as dashboard
from localex_desktop.ui.pages.ledger.page import PAGE as ledger
from localex_desktop.ui.pages.listings.page import PAGE as listings
from localex_desktop.ui.pages.members.page import PAGE as members_alone
from localex_desktop.ui.pages.members.page import MembersPage
from localex_desktop.ui.pages.reports.page import PAGE as reports
from localex_desktop.ui.pages.reports.statement_dialog import STATEMENT_ACTION
from localex_desktop.ui.pages.trades.member_action import RECORD_TRADE_ACTION
from localex_desktop.ui.pages.trades.page import PAGE as trades

#: what other features add to the Members page: Record trade…, Statement…
MEMBER_EXTRAS = (RECORD_TRADE_ACTION, STATEMENT_ACTION)


def members_page(ctx: AppContext) -> MembersPage:
    """The Members page with the other features' actions on the selected member."""
    return MembersPage(ctx, extra_actions=MEMBER_EXTRAS)


members = replace(members_alone, factory=members_page)


def registered_pages() -> list[PageSpec]:
    """Every page, in navigation order."""
    return [dashboard, members, listings, trades, ledger, audit_log, reports, administration]
