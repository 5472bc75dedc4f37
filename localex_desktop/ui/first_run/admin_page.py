"""Wizard page 2: create the first administrator, validated as the person types."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFormLayout, QLineEdit, QVBoxLayout, QWidget, QWizardPage

from localex_desktop.ui.first_run.logic import FirstRunLogic
from localex_desktop.ui.i18n import translate
from localex_desktop.ui.widgets import MessageLabel, hint_label


class AdminPage(QWizardPage):
    """Draws the administrator part of :class:`FirstRunLogic`.

    ``create_admin`` is the wizard's: it creates the account when Finish is pressed and
    says whether the wizard may close.
    """

    def __init__(
        self,
        logic: FirstRunLogic,
        create_admin: Callable[[], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.logic = logic
        self._create_admin = create_admin
        self.setTitle(translate("first_run.admin_page", "Create the first administrator"))
        self.setSubTitle(
            translate(
                "first_run.admin_page",
                "The administrator sets up the exchange and adds the other coordinators and "
                "bookkeepers. You sign in with this name and password.",
            )
        )
        self.username_edit = QLineEdit()
        self.username_edit.setPlaceholderText(
            translate("first_run.admin_page", "for example: anna")
        )
        self.display_edit = QLineEdit()
        self.display_edit.setPlaceholderText(
            translate("first_run.admin_page", "for example: Anna Berg (optional)")
        )
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_edit = QLineEdit()
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.errors = {
            "username": MessageLabel(),
            "password": MessageLabel(),
            "repeat": MessageLabel(),
        }
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(translate("first_run.admin_page", "&User name:"), self.username_edit)
        form.addRow("", self.errors["username"])
        form.addRow(translate("first_run.admin_page", "&Display name:"), self.display_edit)
        form.addRow(translate("first_run.admin_page", "&Password:"), self.password_edit)
        form.addRow("", hint_label(logic.password_help()))
        form.addRow("", self.errors["password"])
        form.addRow(translate("first_run.admin_page", "&Repeat password:"), self.repeat_edit)
        form.addRow("", self.errors["repeat"])
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        for edit in (self.username_edit, self.display_edit, self.password_edit, self.repeat_edit):
            edit.textChanged.connect(self._changed)

    def _changed(self) -> None:
        self.logic.username = self.username_edit.text()
        self.logic.display_name = self.display_edit.text()
        self.logic.password = self.password_edit.text()
        self.logic.repeat = self.repeat_edit.text()
        problems = self.logic.admin_errors()
        for name, label in self.errors.items():
            if name in problems:
                label.show_error(problems[name])
            else:
                label.clear_message()
        self.completeChanged.emit()

    def initializePage(self) -> None:
        self.username_edit.setFocus()

    def isComplete(self) -> bool:
        return self.logic.admin_complete()

    def nextId(self) -> int:
        return -1

    def validatePage(self) -> bool:
        return self._create_admin()
