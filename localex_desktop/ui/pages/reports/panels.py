"""The report panels in the order of the Reports page's tabs.

Each panel is a :class:`panel_base.ReportPanel`: the balance reports are in
:mod:`balance_panels`, the trade reports in :mod:`trade_panels`.
"""

from __future__ import annotations

from localex_desktop.ui.pages.reports.balance_panels import BalancesPanel, TrialBalancePanel
from localex_desktop.ui.pages.reports.panel_base import Loaded, ReportPanel, date_edit, pydate
from localex_desktop.ui.pages.reports.trade_panels import ActivityPanel, VelocityPanel, VolumePanel

PANELS: tuple[type[ReportPanel], ...] = (
    TrialBalancePanel,
    BalancesPanel,
    VolumePanel,
    ActivityPanel,
    VelocityPanel,
)

__all__ = [
    "PANELS",
    "ActivityPanel",
    "BalancesPanel",
    "Loaded",
    "ReportPanel",
    "TrialBalancePanel",
    "VelocityPanel",
    "VolumePanel",
    "date_edit",
    "pydate",
]
