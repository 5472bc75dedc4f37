"""Every page of the main window, in navigation order.

Its own module, apart from :class:`ui.pages.PageSpec`, so the pages can import the
spec and this list can import the pages, with no cycle between them.
"""

from __future__ import annotations

from localex_desktop.ui.pages import PageSpec
from localex_desktop.ui.pages.administration.page import PAGE as administration
from localex_desktop.ui.pages.audit.page import PAGE as audit_log
from localex_desktop.ui.pages.dashboard.page import PAGE as dashboard
from localex_desktop.ui.pages.ledger.page import PAGE as ledger
from localex_desktop.ui.pages.listings.page import PAGE as listings
from localex_desktop.ui.pages.members.page import PAGE as members
from localex_desktop.ui.pages.reports.page import PAGE as reports
from localex_desktop.ui.pages.trades.page import PAGE as trades


def registered_pages() -> list[PageSpec]:
    """Every page, in navigation order."""
    return [dashboard, members, listings, trades, ledger, audit_log, reports, administration]
