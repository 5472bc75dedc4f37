"""The main window's pages, found through a small registry.

A page is a module exposing a :class:`PageSpec`; adding a view means adding it to
:func:`registered_pages`, never editing the main window.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QStyle, QWidget

from localex_desktop.ui.context import AppContext


def _always(_ctx: AppContext) -> bool:
    return True


@dataclass(frozen=True)
class PageSpec:
    """What the main window needs to list a page and build it when first shown."""

    key: str
    title: str
    icon: QStyle.StandardPixmap
    shortcut: str
    factory: Callable[[AppContext], QWidget]
    visible: Callable[[AppContext], bool] = _always


def registered_pages() -> list[PageSpec]:
    """Every page, in navigation order."""
    from localex_desktop.ui.pages.administration.page import PAGE as administration
    from localex_desktop.ui.pages.audit.page import PAGE as audit_log
    from localex_desktop.ui.pages.dashboard.page import PAGE as dashboard
    from localex_desktop.ui.pages.ledger.page import PAGE as ledger
    from localex_desktop.ui.pages.listings.page import PAGE as listings
    from localex_desktop.ui.pages.members.page import PAGE as members
    from localex_desktop.ui.pages.reports.page import PAGE as reports
    from localex_desktop.ui.pages.trades.page import PAGE as trades

    return [dashboard, members, listings, trades, ledger, audit_log, reports, administration]
