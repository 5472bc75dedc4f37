"""The File menu's entries of this feature: Import…, Statements…, Print directory….

The main window calls :func:`add_file_actions` once while building its menus; the
actions open their dialogs with the window as parent. Import is disabled, with the
reason as tooltip, for roles that may not import (bookkeepers).
"""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from localex_desktop.domain.roles import Permission
from localex_desktop.ui.context import AppContext
from localex_desktop.ui.i18n import role_name, translate
from localex_desktop.ui.import_wizard.wizard import can_import, open_import_wizard
from localex_desktop.ui.pages.reports.directory_dialog import DirectoryDialog
from localex_desktop.ui.pages.reports.statement_dialog import open_statements


def add_file_actions(parent: QWidget, menu: QMenu, ctx: AppContext) -> list[QAction]:
    """Add the actions to ``menu`` (before whatever is added next) and return them."""
    menu.setToolTipsVisible(True)
    import_action = QAction(translate("pages.reports.file_menu", "&Import…"), parent)
    import_action.setObjectName("import_action")
    allowed = can_import(ctx)
    import_action.setEnabled(allowed)
    import_action.setToolTip(
        translate(
            "pages.reports.file_menu",
            "Bring in members, opening balances or listings from a CSV file or a workbook",
        )
        if allowed
        else ctx.login_refusal(Permission.MANAGE_MEMBERS)
        or translate(
            "pages.reports.file_menu",
            "Only coordinators and administrators import; you are a {role}.",
        ).format(role=role_name(ctx.actor.role))
    )
    import_action.triggered.connect(lambda _c=False: open_import_wizard(ctx, parent))

    statements_action = QAction(translate("pages.reports.file_menu", "&Statements…"), parent)
    statements_action.setObjectName("statements_action")
    statements_action.setToolTip(
        translate("pages.reports.file_menu", "Statements of account for one or every active member")
    )
    statements_action.triggered.connect(lambda _c=False: open_statements(ctx, parent))

    directory_action = QAction(translate("pages.reports.file_menu", "Print &directory…"), parent)
    directory_action.setObjectName("directory_action")
    directory_action.setToolTip(
        translate(
            "pages.reports.file_menu",
            "The directory of offers and wants as a PDF booklet or on paper",
        )
    )
    directory_action.triggered.connect(lambda _c=False: DirectoryDialog(ctx, parent).exec())

    actions = [import_action, statements_action, directory_action]
    for action in actions:
        menu.addAction(action)
    menu.addSeparator()
    return actions
