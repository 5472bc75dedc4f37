"""Administration: tabs for the database, the operators and the settings."""

from __future__ import annotations

from PySide6.QtWidgets import QScrollArea, QTabWidget, QVBoxLayout, QWidget

from localex_desktop.domain.roles import Role
from localex_desktop.ui.context import AppContext
from localex_desktop.ui.i18n import translate
from localex_desktop.ui.pages.administration.database_tab import DatabaseTab
from localex_desktop.ui.pages.administration.operators_tab import OperatorsTab
from localex_desktop.ui.pages.administration.settings_tab import SettingsTab
from localex_desktop.ui.widgets import scrolling


class AdministrationPage(QWidget):
    """Coordinators do not see the Operators tab; bookkeepers see it read-only."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.database_tab = DatabaseTab(ctx)
        self.tabs.addTab(
            scrolling(self.database_tab), translate("pages.administration.page", "Database")
        )
        self.operators_tab: OperatorsTab | None = None
        if ctx.actor.role is not Role.COORDINATOR:
            self.operators_tab = OperatorsTab(ctx)
            self.tabs.addTab(
                scrolling(self.operators_tab), translate("pages.administration.page", "Operators")
            )
        self.settings_tab = SettingsTab(ctx)
        self.tabs.addTab(
            scrolling(self.settings_tab), translate("pages.administration.page", "Settings")
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def show_tab(self, tab: QWidget) -> None:
        """Bring ``tab`` (one of the tabs above) to the front."""
        for i in range(self.tabs.count()):
            scroll = self.tabs.widget(i)
            if isinstance(scroll, QScrollArea) and scroll.widget() is tab:
                self.tabs.setCurrentIndex(i)

    def tab_titles(self) -> list[str]:
        return [self.tabs.tabText(i) for i in range(self.tabs.count())]
