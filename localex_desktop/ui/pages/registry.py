"""Every page of the main window, in navigation order.

Its own module, apart from :class:`ui.pages.PageSpec`, so the pages can import the
spec and this list can import the pages, with no cycle between them. The pages are
declared here in one table (the Dashboard keeps its spec in its own module).
"""

from __future__ import annotations

from PySide6.QtWidgets import QStyle

from localex_desktop.ui.context import AppContext
from localex_desktop.ui.i18n import translate
from localex_desktop.ui.pages import PageSpec
from localex_desktop.ui.pages.administration.page import AdministrationPage
from localex_desktop.ui.pages.audit.page import AuditPage
from localex_desktop.ui.pages.dashboard.page import PAGE as dashboard
from localex_desktop.ui.pages.ledger.page import LedgerPage
from localex_desktop.ui.pages.listings.page import ListingsPage
from localex_desktop.ui.pages.members.page import MembersPage
from localex_desktop.ui.pages.reports.page import ReportsPage
from localex_desktop.ui.pages.reports.statement_dialog import STATEMENT_ACTION
from localex_desktop.ui.pages.trades.member_action import RECORD_TRADE_ACTION
from localex_desktop.ui.pages.trades.page import TradesPage

#: what other features add to the Members page: Record trade…, Statement…
MEMBER_EXTRAS = (RECORD_TRADE_ACTION, STATEMENT_ACTION)

_Icon = QStyle.StandardPixmap


def members_page(ctx: AppContext) -> MembersPage:
    """The Members page with the other features' actions on the selected member."""
    return MembersPage(ctx, extra_actions=MEMBER_EXTRAS)


def registered_pages() -> list[PageSpec]:
    """Every page, in navigation order: Ctrl+1 … Ctrl+8 follow it (titles translated
    when the main window asks, after the language is installed)."""
    return [
        dashboard,
        PageSpec(
            "members",
            translate("pages.registry", "Members"),
            _Icon.SP_DirHomeIcon,
            "Ctrl+2",
            members_page,
        ),
        PageSpec(
            "listings",
            translate("pages.registry", "Listings"),
            _Icon.SP_FileDialogListView,
            "Ctrl+3",
            ListingsPage,
        ),
        PageSpec(
            "trades",
            translate("pages.registry", "Trades"),
            _Icon.SP_BrowserReload,
            "Ctrl+4",
            TradesPage,
        ),
        PageSpec(
            "ledger",
            translate("pages.registry", "Ledger"),
            _Icon.SP_FileDialogContentsView,
            "Ctrl+5",
            LedgerPage,
        ),
        PageSpec(
            "audit",
            translate("pages.registry", "Audit log"),
            _Icon.SP_FileDialogContentsView,
            "Ctrl+6",
            AuditPage,
        ),
        PageSpec(
            "reports",
            translate("pages.registry", "Reports"),
            _Icon.SP_FileDialogInfoView,
            "Ctrl+7",
            ReportsPage,
        ),
        PageSpec(
            "administration",
            translate("pages.registry", "Administration"),
            _Icon.SP_FileDialogDetailedView,
            "Ctrl+8",
            AdministrationPage,
        ),
    ]
