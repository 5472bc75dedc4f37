"""The Operators tab: who may sign in, with which role; changes go through the services."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from localex_desktop.domain.roles import Actor, Permission
from localex_desktop.services import operator_changes, operators
from localex_desktop.services.operators import OperatorInfo
from localex_desktop.ui import messages
from localex_desktop.ui.context import AppContext
from localex_desktop.ui.errors import describe, show_error
from localex_desktop.ui.i18n import role_name, translate
from localex_desktop.ui.pages.administration.operator_dialogs import (
    AddOperatorDialog,
    ChangeRoleDialog,
    OperatorDialog,
    ResetPasswordDialog,
)
from localex_desktop.ui.pages.administration.operators_model import (
    SORT_ROLE,
    OperatorTableModel,
)
from localex_desktop.ui.widgets import MessageLabel


class OperatorsTab(QWidget):
    """Everyone but coordinators sees the list; only administrators may change it."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.can_manage = ctx.can(Permission.MANAGE_OPERATORS)
        self.model = OperatorTableModel()
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)

        self.table = QTableView()
        self.table.setAccessibleName(translate("pages.administration.operators_tab", "Operators"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(90)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)

        self.add_button = QPushButton(translate("pages.administration.operators_tab", "Add…"))
        self.toggle_button = QPushButton(translate("pages.administration.operators_tab", "Disable"))
        self.password_button = QPushButton(
            translate("pages.administration.operators_tab", "Reset password…")
        )
        self.role_button = QPushButton(
            translate("pages.administration.operators_tab", "Change role…")
        )
        self.add_button.clicked.connect(self.add_operator)
        self.toggle_button.clicked.connect(self.toggle_active)
        self.password_button.clicked.connect(self.reset_password)
        self.role_button.clicked.connect(self.change_role)
        self.message = MessageLabel()

        buttons = QHBoxLayout()
        for button in (self.add_button, self.toggle_button, self.password_button, self.role_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(10)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)

        ctx.events.operators_changed.connect(self.reload)
        self._update_actions()
        self.reload()

    # -- loading ----------------------------------------------------------------------

    def reload(self) -> None:
        keep = self.selected()

        def show(rows: list[OperatorInfo]) -> None:
            self.model.set_operators(rows)
            if keep is not None:
                self.select(keep.id)
            self._update_actions()

        def failed(exc: BaseException) -> None:
            self.message.show_error(*describe(exc))

        self.ctx.query(operators.list_all, show, failed, owner=self)

    def selected(self) -> OperatorInfo | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.operator(self.proxy.mapToSource(rows[0]).row())

    def select(self, operator_id: int) -> None:
        row = self.model.row_of(operator_id)
        if row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectionModel().select(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)

    # -- actions ----------------------------------------------------------------------

    def _update_actions(self) -> None:
        op = self.selected()
        self.toggle_button.setText(
            translate("pages.administration.operators_tab", "Enable")
            if op is not None and not op.active
            else translate("pages.administration.operators_tab", "Disable")
        )
        if not self.can_manage:
            why = self.ctx.login_refusal(Permission.MANAGE_OPERATORS) or translate(
                "pages.administration.operators_tab",
                "Only an administrator can manage operators; you are signed in as {role}.",
            ).format(role=role_name(self.ctx.actor.role))
            for button in (
                self.add_button,
                self.toggle_button,
                self.password_button,
                self.role_button,
            ):
                button.setEnabled(False)
                button.setToolTip(why)
            return
        self.add_button.setToolTip(
            translate("pages.administration.operators_tab", "Add a person who may sign in")
        )
        pick = translate(
            "pages.administration.operators_tab", "Select an operator in the list first."
        )
        for button, tip in (
            (
                self.password_button,
                translate(
                    "pages.administration.operators_tab", "Set a new password and lift a lock-out"
                ),
            ),
            (
                self.role_button,
                translate(
                    "pages.administration.operators_tab",
                    "Make the operator an administrator, coordinator or bookkeeper",
                ),
            ),
        ):
            button.setEnabled(op is not None)
            button.setToolTip(tip if op is not None else pick)
        own = op is not None and op.id == self.ctx.actor.operator_id
        self.toggle_button.setEnabled(op is not None and not (own and op.active))
        if op is None:
            self.toggle_button.setToolTip(pick)
        elif own and op.active:
            self.toggle_button.setToolTip(
                translate(
                    "pages.administration.operators_tab", "You cannot disable your own account."
                )
            )
        else:
            self.toggle_button.setToolTip(
                translate(
                    "pages.administration.operators_tab", "Allow this operator to sign in again"
                )
                if not op.active
                else translate(
                    "pages.administration.operators_tab",
                    "Stop this operator from signing in; their history stays",
                )
            )

    def _open(self, dialog: OperatorDialog) -> None:
        if dialog.exec() == OperatorDialog.DialogCode.Accepted and dialog.result_operator:
            self.select(dialog.result_operator.id)
            self.message.show_ok(
                translate("pages.administration.operators_tab", "Saved {name}.").format(
                    name=dialog.result_operator.username
                )
            )

    def add_operator(self) -> None:
        self._open(AddOperatorDialog(self.ctx, self))

    def reset_password(self) -> None:
        op = self.selected()
        if op is not None:
            self._open(ResetPasswordDialog(self.ctx, op, self))

    def change_role(self) -> None:
        op = self.selected()
        if op is not None:
            self._open(ChangeRoleDialog(self.ctx, op, self))

    def toggle_active(self) -> None:
        op = self.selected()
        if op is None:
            return
        active = not op.active
        if not active and not messages.ask(
            self,
            translate("pages.administration.operators_tab", "Disable {name}?").format(
                name=op.username
            ),
            translate(
                "pages.administration.operators_tab",
                "They can no longer sign in. Everything they did stays in the books and the "
                "audit log; you can enable the account again later.",
            ),
            yes=translate("pages.administration.operators_tab", "Disable"),
        ):
            return

        def change(session: Session, actor: Actor) -> OperatorInfo:
            return operator_changes.set_active(session, actor, op.id, active, seen=op)

        def done(changed: OperatorInfo) -> None:
            text = (
                translate("pages.administration.operators_tab", "{name} is enabled.")
                if changed.active
                else translate("pages.administration.operators_tab", "{name} is disabled.")
            )
            self.message.show_ok(text.format(name=changed.username))
            self.ctx.events.operators_changed.emit()

        self.ctx.op(change, done, lambda exc: show_error(self, exc), owner=self)
