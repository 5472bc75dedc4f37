"""The Members page: search and sort in the database, a detail panel, and the actions.

Every query runs on the task runner; every change is one service call in one
transaction. Buttons a role may not use are disabled with the reason as tooltip.
Other features add buttons and detail tabs through :mod:`.extensions`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from localex_desktop.domain.roles import Permission
from localex_desktop.services import leaving, members
from localex_desktop.services.members import MemberInfo
from localex_desktop.ui import messages
from localex_desktop.ui.context import AppContext
from localex_desktop.ui.errors import describe, show_error
from localex_desktop.ui.exporting import export_button, members_args
from localex_desktop.ui.models.columns import MoneyFormat
from localex_desktop.ui.models.exchange import ExchangeInfo, read_exchange
from localex_desktop.ui.models.lazy_view import BusyBar, LazyTableView
from localex_desktop.ui.pages import PageSpec
from localex_desktop.ui.pages.members.detail import MemberDetail
from localex_desktop.ui.pages.members.extensions import (
    MEMBER_ACTIONS,
    MemberAction,
    MemberActionRequest,
)
from localex_desktop.ui.pages.members.member_dialog import MemberDialog
from localex_desktop.ui.pages.members.model import members_model
from localex_desktop.ui.pages.members.transfer_dialog import TransferDialog
from localex_desktop.ui.widgets import (
    MUTED_STYLE,
    MessageLabel,
    count_text,
    restore_splitter,
    save_splitter,
)

STATUS_FILTERS = (
    ("All members", ""),
    ("Active", "active"),
    ("Suspended", "suspended"),
    ("Left", "left"),
)
SPLITTER_KEY = "members/splitter"


class MembersPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.exchange = ExchangeInfo(MoneyFormat().currency, 0)
        self.money = MoneyFormat()
        self.can_manage = ctx.can(Permission.MANAGE_MEMBERS)
        self.can_post = ctx.can(Permission.POST)

        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText("Search name, number, email or phone  (Ctrl+F)")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleName("Search members")
        search_label = QLabel("&Search:")
        search_label.setBuddy(self.search_edit)
        self.status_box = QComboBox()
        for text, value in STATUS_FILTERS:
            self.status_box.addItem(text, value)
        status_label = QLabel("Sho&w:")
        status_label.setBuddy(self.status_box)

        self.new_button = QPushButton("&New member…")
        self.edit_button = QPushButton("&Edit…")
        self.suspend_button = QPushButton("S&uspend")
        self.reactivate_button = QPushButton("&Reactivate")
        self.leave_button = QPushButton("&Leave…")
        self.transfer_button = QPushButton("Tr&ansfer…")
        self.new_button.clicked.connect(self.new_member)
        self.edit_button.clicked.connect(self.edit_member)
        self.suspend_button.clicked.connect(self.suspend)
        self.reactivate_button.clicked.connect(self.reactivate)
        self.leave_button.clicked.connect(self.leave)
        self.transfer_button.clicked.connect(self.transfer)
        self.extra_buttons: list[tuple[MemberAction, QPushButton]] = []
        for action in MEMBER_ACTIONS:
            button = QPushButton(action.text)
            button.clicked.connect(lambda _c=False, a=action: self.run_extra(a))
            self.extra_buttons.append((action, button))

        self.model = members_model(ctx, self.money)
        self.table = LazyTableView(self.model, settings=ctx.settings, settings_key="members/table")
        self.table.setAccessibleName("Members")
        self.detail = MemberDetail(ctx, self.money)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.count_label = QLabel("")
        self.count_label.setStyleSheet(MUTED_STYLE)
        self.message = MessageLabel()

        top = QHBoxLayout()
        top.addWidget(search_label)
        top.addWidget(self.search_edit, 1)
        top.addSpacing(12)
        top.addWidget(status_label)
        top.addWidget(self.status_box)
        buttons = QHBoxLayout()
        for button in self.action_buttons():
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.export_button = export_button(ctx, self, "members", lambda: members_args(self.model))
        buttons.addWidget(self.export_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addLayout(buttons)
        layout.addWidget(BusyBar(self.model))
        layout.addWidget(self.splitter, 1)
        layout.addLayout(bottom)

        self._add_shortcuts()
        self.search_edit.textChanged.connect(self.model.set_search)
        self.search_edit.returnPressed.connect(self.model.apply_search)
        self.status_box.currentIndexChanged.connect(self._status_changed)
        self.table.current_changed.connect(lambda _key: self._selection_changed())
        self.table.activated.connect(lambda _index: self._activated())
        self.model.reset_done.connect(self._rows_replaced)
        self.model.more_loaded.connect(self._update_count)
        self.model.failed.connect(lambda exc: self.message.show_error(*describe(exc)))
        self.splitter.splitterMoved.connect(lambda *_: self._save_splitter())
        ctx.events.settings_changed.connect(self.load_exchange)
        self._restore_splitter()
        self._update_actions()
        # both at once: the currency is almost always back first; if not, the amounts
        # are drawn again when it arrives (refresh_display)
        self.load_exchange()
        self.model.reload()

    # -- set-up -------------------------------------------------------------------------

    def action_buttons(self) -> list[QPushButton]:
        fixed = [
            self.new_button,
            self.edit_button,
            self.suspend_button,
            self.reactivate_button,
            self.leave_button,
            self.transfer_button,
        ]
        # the buttons that change something (read-only extras such as Statement… are not)
        changing = [
            button
            for action, button in self.extra_buttons
            if action.permission not in (None, Permission.READ)
        ]
        return fixed + changing

    def _add_shortcuts(self) -> None:
        for keys, slot in (
            (QKeySequence.StandardKey.Find, self.focus_search),
            (QKeySequence.StandardKey.New, self.new_member),
            (QKeySequence.StandardKey.Refresh, self.refresh),
        ):
            action = QAction(self)
            action.setShortcuts(keys)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)

    def load_exchange(self) -> None:
        """Read the currency and default credit limit; redraw the amounts with them."""

        def show(info: ExchangeInfo) -> None:
            self.exchange = info
            self.money.currency = info.currency
            self.model.unit = self.detail.history.unit = info.currency.symbol
            self.model.refresh_display()
            self.detail.history.refresh_display()
            self.detail.show_member(self.detail.member)

        self.ctx.tasks.run(
            read_exchange(self.ctx),
            show,
            lambda exc: self.message.show_error(*describe(exc)),
            owner=self,
        )

    def _restore_splitter(self) -> None:
        restore_splitter(self.ctx.settings, SPLITTER_KEY, self.splitter, [650, 420])

    def _save_splitter(self) -> None:
        save_splitter(self.ctx.settings, SPLITTER_KEY, self.splitter)

    # -- the list -----------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def refresh(self) -> None:
        self.message.clear_message()
        self.table.refresh()

    def _status_changed(self) -> None:
        self.model.set_filters(self.status_box.currentData() or None)

    def _rows_replaced(self) -> None:
        self._update_count()
        self._selection_changed()

    def _update_count(self) -> None:
        self.count_label.setText(
            count_text(self.model.loaded_count(), self.model.has_more, "member")
        )

    def selected(self) -> MemberInfo | None:
        row = self.table.selected_row()
        return None if row is None else self.model.row(row)

    def select_member(self, member_id: int) -> bool:
        return self.table.select_key(member_id)

    def _selection_changed(self) -> None:
        self.detail.show_member(self.selected())
        self._update_actions()

    def _activated(self) -> None:
        if self.can_manage:
            self.edit_member()

    # -- enabling -----------------------------------------------------------------------

    def _update_actions(self) -> None:
        m = self.selected()
        role = self.ctx.actor.role.value
        no_manage = f"Only coordinators and administrators change members; you are a {role}."
        pick = "Select a member in the list first."

        def set_state(button: QPushButton, why_not: str | None, tip: str) -> None:
            button.setEnabled(why_not is None)
            button.setToolTip(tip if why_not is None else why_not)

        set_state(self.new_button, None if self.can_manage else no_manage, "Enrol a new member")

        def member_rule(ok: Callable[[MemberInfo], str | None]) -> str | None:
            if not self.can_manage:
                return no_manage
            if m is None:
                return pick
            return ok(m)

        set_state(self.edit_button, member_rule(lambda _m: None), "Change the member's details")
        set_state(
            self.suspend_button,
            member_rule(lambda x: None if x.status == "active" else f"{x.name} is {x.status}."),
            "Stop the member trading for now; they stay in the books",
        )
        set_state(
            self.reactivate_button,
            member_rule(lambda x: None if x.status != "active" else f"{x.name} is active."),
            "Let the member trade again",
        )
        set_state(
            self.leave_button,
            member_rule(lambda x: None if x.status != "left" else f"{x.name} has left."),
            "Record that the member left the exchange (their balance must be zero)",
        )
        set_state(
            self.transfer_button,
            None
            if self.can_post
            else f"Only coordinators and administrators post transfers; you are a {role}.",
            "One member pays another",
        )
        for action, button in self.extra_buttons:
            why: str | None = None
            if action.permission is not None and not self.ctx.can(action.permission):
                why = f"You may not {action.permission.value}; you are a {role}."
            elif m is None:
                why = pick
            elif action.needs_active and m.status != "active":
                why = f"{m.name} is {m.status}."
            set_state(button, why, action.tooltip)

    # -- actions ------------------------------------------------------------------------

    def new_member(self) -> None:
        if not self.can_manage:
            return
        dialog = MemberDialog(
            self.ctx,
            self.exchange.currency,
            default_credit_limit=self.exchange.default_credit_limit,
            parent=self,
        )
        if dialog.exec() and dialog.result_value is not None:
            created = dialog.result_value
            self.message.show_ok(f"Enrolled {created.name} as member {created.id}.")
            self._after_change(created.id)

    def edit_member(self) -> None:
        m = self.selected()
        if m is None or not self.can_manage:
            return
        dialog = MemberDialog(self.ctx, self.exchange.currency, member=m, parent=self)
        if dialog.exec() and dialog.result_value is not None:
            self.message.show_ok(f"Saved member {m.id}.")
            self._after_change(m.id)

    def transfer(self) -> None:
        if not self.can_post:
            return
        dialog = TransferDialog(
            self.ctx, self.exchange.currency, payer=self.selected(), parent=self
        )
        if dialog.exec() and dialog.result_value is not None:
            payer = dialog.payer_picker.member()
            payee = dialog.payee_picker.member()
            assert payer is not None and payee is not None
            self.refresh()
            self.message.show_ok(
                f"Posted transaction {dialog.result_value.transaction_id}: "
                f"{payer.name} paid {payee.name}."
            )

    def suspend(self) -> None:
        self._change_status(
            members.suspend,
            "Suspend {name}?",
            "They cannot pay or be paid until they are reactivated. Their balance, "
            "history and listings stay.",
            "Suspend",
            "{name} is suspended.",
        )

    def reactivate(self) -> None:
        self._change_status(
            members.reactivate,
            "Reactivate {name}?",
            "They can trade again.",
            "Reactivate",
            "{name} is active again.",
        )

    def leave(self) -> None:
        self._change_status(
            leaving.leave,
            "Record that {name} has left the exchange?",
            "Their balance must be zero. Their open listings are withdrawn; their "
            "history stays in the books. You can reactivate them later.",
            "Leave",
            "{name} has left the exchange.",
        )

    def _change_status(
        self,
        service: Callable[..., MemberInfo],
        question: str,
        detail: str,
        yes: str,
        done_text: str,
    ) -> None:
        m = self.selected()
        if m is None or not self.can_manage:
            return
        if not messages.ask(self, question.format(name=m.name), detail, yes=yes):
            return
        db, actor, member_id = self.ctx.db, self.ctx.actor, m.id

        def change() -> MemberInfo:
            with db.transaction() as session:
                return service(session, actor, member_id)

        def done(changed: MemberInfo) -> None:
            self.message.show_ok(done_text.format(name=changed.name))
            self._after_change(changed.id)

        self.ctx.tasks.run(change, done, lambda exc: show_error(self, exc), owner=self)

    def run_extra(self, action: MemberAction) -> None:
        m = self.selected()
        if m is None:
            return
        action.run(MemberActionRequest(self.ctx, m, self, self.refresh))

    def _after_change(self, member_id: int) -> None:
        """Reload in place, then select the member (new members may sort anywhere)."""

        def reselect() -> None:
            self.model.reset_done.disconnect(reselect)
            if not self.table.select_key(member_id):
                self.message.show_ok(
                    self.message.text() + " (not shown: outside the current search)"
                )
            self._selection_changed()

        self.model.reset_done.connect(reselect)
        self.table.refresh()


PAGE = PageSpec(
    key="members",
    title="Members",
    icon=QStyle.StandardPixmap.SP_DirHomeIcon,
    shortcut="Ctrl+2",
    factory=MembersPage,
)
