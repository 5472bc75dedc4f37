"""The Members page: search and sort in the database, a detail panel, and the actions.

A declaration on :class:`ListPage`: the columns come from ``services.fields.members``,
the rows from ``members.search``, the actions are :class:`RowAction` objects (buttons,
the context menu and keys alike). Every change is one service call in one transaction
through ``ctx.op``; the page refreshes from the tables the change wrote. Other features
add actions and detail tabs through :mod:`.extensions`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from localex_desktop.domain.roles import Actor, Permission
from localex_desktop.services import leaving, members
from localex_desktop.services.fields import listed
from localex_desktop.services.fields.members import FIELDS
from localex_desktop.services.members import MemberInfo
from localex_desktop.ui import messages
from localex_desktop.ui.context import AppContext
from localex_desktop.ui.exporting import export_button, members_args
from localex_desktop.ui.i18n import translate, translate_marked
from localex_desktop.ui.list_page import Choice, ListPage, RowAction, service_model
from localex_desktop.ui.models.columns import field_columns
from localex_desktop.ui.models.exchange import ExchangeInfo
from localex_desktop.ui.models.lazy_table import PageRequest, Query
from localex_desktop.ui.pages.members.detail import MemberDetail
from localex_desktop.ui.pages.members.extensions import (
    MemberAction,
    MemberActionRequest,
    MemberTab,
)
from localex_desktop.ui.pages.members.member_dialog import MemberDialog
from localex_desktop.ui.pages.members.transfer_dialog import TransferDialog


def status_filters() -> tuple[tuple[str, str], ...]:
    """The choices of the status box: (shown text, status filter), translated."""
    return (
        (translate("pages.members.page", "All members"), ""),
        (translate("pages.members.page", "Active"), "active"),
        (translate("pages.members.page", "Suspended"), "suspended"),
        (translate("pages.members.page", "Left"), "left"),
    )


def member_state_text(m: MemberInfo) -> str:
    """Why an action does not fit the member's state: "Zoe is suspended.", translated."""
    if m.status == "active":
        return translate("pages.members.page", "{name} is active.").format(name=m.name)
    if m.status == "suspended":
        return translate("pages.members.page", "{name} is suspended.").format(name=m.name)
    if m.status == "left":
        return translate("pages.members.page", "{name} is left.").format(name=m.name)
    return translate("pages.members.page", "{name} is {status}.").format(
        name=m.name, status=m.status
    )


def fetch_members(session: Session, actor: Actor, request: PageRequest) -> Sequence[MemberInfo]:
    """One page of members for the table, searched and sorted by the database."""
    q = request.query
    status = q.filters if isinstance(q.filters, str) and q.filters else None
    return members.search(
        session,
        actor,
        q.text,
        status=status,
        sort=q.sort_key or "id",
        descending=q.descending,
        limit=request.limit,
        offset=request.offset,
    )


class MembersPage(ListPage[MemberInfo]):
    key = "members"
    watches = frozenset({"members", "accounts", "transactions", "entries"})

    def count_words(self, n: int) -> str:
        return translate("pages.members.page", "%Ln member(s)", None, n)

    def select_first_words(self) -> str:
        return translate("pages.members.page", "Select a member in the list first.")

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        extra_actions: Sequence[MemberAction] = (),
        extra_tabs: Sequence[MemberTab] = (),
    ) -> None:
        super().__init__(ctx, parent)
        self.extra_actions = list(extra_actions)
        self.can_manage = ctx.can(Permission.MANAGE_MEMBERS)
        self.can_post = ctx.can(Permission.POST)
        model = service_model(
            ctx,
            field_columns(listed(FIELDS), self.money),
            fetch_members,
            lambda m: m.id,
            query=Query(sort_key="id"),
        )
        self.detail = MemberDetail(ctx, self.money, tabs=extra_tabs)
        self.export_button = export_button(ctx, self, "members", lambda: members_args(self.model))
        self.build(
            model,
            search=translate("pages.members.page", "Search name, number, email or phone"),
            search_name=translate("pages.members.page", "Search members"),
            search_label=translate("pages.members.page", "&Search:"),
            choices=[
                Choice(
                    "status",
                    translate("pages.members.page", "Sho&w:"),
                    status_filters(),
                    translate("pages.members.page", "Show members"),
                )
            ],
            actions=self._actions(),
            detail=self.detail,
            trailing=[self.export_button],
            table_name=translate("pages.members.page", "Members"),
        )
        self.status_box = self.choices["status"]
        self.start()

    def _actions(self) -> list[RowAction[MemberInfo]]:
        manage = Permission.MANAGE_MEMBERS

        def is_(state: str, wanted: bool) -> Callable[[MemberInfo], str | None]:
            return lambda m: None if (m.status == state) == wanted else member_state_text(m)

        fixed: list[RowAction[MemberInfo]] = [
            RowAction(
                "new",
                translate("pages.members.page", "&New member…"),
                self.new_member,
                translate("pages.members.page", "Enrol a new member"),
                manage,
                needs_row=False,
                shortcut=QKeySequence.StandardKey.New,
            ),
            RowAction(
                "edit",
                translate("pages.members.page", "&Edit…"),
                self.edit_member,
                translate("pages.members.page", "Change the member's details"),
                manage,
                default=True,
            ),
            RowAction(
                "suspend",
                translate("pages.members.page", "S&uspend"),
                self.suspend,
                translate(
                    "pages.members.page", "Stop the member trading for now; they stay in the books"
                ),
                manage,
                why_not=is_("active", True),
            ),
            RowAction(
                "reactivate",
                translate("pages.members.page", "&Reactivate"),
                self.reactivate,
                translate("pages.members.page", "Let the member trade again"),
                manage,
                why_not=lambda m: None if m.status != "active" else member_state_text(m),
            ),
            RowAction(
                "leave",
                translate("pages.members.page", "&Leave…"),
                self.leave,
                translate(
                    "pages.members.page",
                    "Record that the member left the exchange (their balance must be zero)",
                ),
                manage,
                why_not=lambda m: (
                    None
                    if m.status != "left"
                    else translate("pages.members.page", "{name} has left.").format(name=m.name)
                ),
            ),
            RowAction(
                "transfer",
                translate("pages.members.page", "Tr&ansfer…"),
                self.transfer,
                translate("pages.members.page", "One member pays another"),
                Permission.POST,
                needs_row=False,
            ),
        ]
        extras = [self._extra(a) for a in self.extra_actions]
        return fixed + extras

    def _extra(self, spec: MemberAction) -> RowAction[MemberInfo]:
        """A feature's action on the selected member (record a trade, a statement)."""

        def why_not(m: MemberInfo) -> str | None:
            if spec.needs_active and m.status != "active":
                return member_state_text(m)
            return None

        text, tooltip = spec.text, spec.tooltip
        if spec.context:  # marked with QT_TRANSLATE_NOOP: translated now, when shown
            text = translate_marked(spec.context, text)
            tooltip = translate_marked(spec.context, tooltip) if tooltip else ""
        return RowAction(
            spec.key,
            text,
            lambda: self.run_extra(spec),
            tooltip,
            spec.permission,
            why_not=why_not,
        )

    # -- the list -----------------------------------------------------------------------

    def show_detail(self, row: MemberInfo | None) -> None:
        self.detail.show_member(row)

    def refresh_detail(self) -> None:
        self.detail.history_view.refresh()

    def exchange_changed(self, info: ExchangeInfo) -> None:
        self.detail.history.unit = info.currency.symbol
        self.detail.history.refresh_display()
        self.detail.show_member(self.detail.member)

    def select_member(self, member_id: int) -> bool:
        return self.select_key(member_id)

    # -- actions ------------------------------------------------------------------------

    def new_member(self) -> None:
        created = MemberDialog(
            self.ctx,
            self.exchange.currency,
            default_credit_limit=self.exchange.default_credit_limit,
            parent=self,
        ).run()
        if created is not None:
            self.reveal(
                created.id,
                translate("pages.members.page", "Enrolled {name} as member {id}.").format(
                    name=created.name, id=created.id
                ),
            )

    def edit_member(self) -> None:
        m = self.selected()
        if m is None:
            return
        if MemberDialog(self.ctx, self.exchange.currency, member=m, parent=self).run() is not None:
            self.reveal(m.id, translate("pages.members.page", "Saved member {id}.").format(id=m.id))

    def transfer(self) -> None:
        dialog = TransferDialog(
            self.ctx, self.exchange.currency, payer=self.selected(), parent=self
        )
        posted = dialog.run()
        if posted is not None:
            payer = dialog.payer_picker.member()
            payee = dialog.payee_picker.member()
            assert payer is not None and payee is not None
            self.message.show_ok(
                translate(
                    "pages.members.page",
                    "Posted transaction {transaction}: {payer} paid {payee} {amount}.",
                ).format(
                    transaction=posted.transaction_id,
                    payer=payer.name,
                    payee=payee.name,
                    amount=self.money.with_symbol(dialog.amount()),
                )
            )

    def suspend(self) -> None:
        self._change_status(
            members.suspend,
            translate("pages.members.page", "Suspend {name}?"),
            translate(
                "pages.members.page",
                "They cannot pay or be paid until they are reactivated. Their balance, "
                "history and listings stay.",
            ),
            translate("pages.members.page", "Suspend"),
            translate("pages.members.page", "{name} is suspended."),
        )

    def reactivate(self) -> None:
        self._change_status(
            members.reactivate,
            translate("pages.members.page", "Reactivate {name}?"),
            translate("pages.members.page", "They can trade again."),
            translate("pages.members.page", "Reactivate"),
            translate("pages.members.page", "{name} is active again."),
        )

    def leave(self) -> None:
        m = self.selected()
        if m is None or not m.balance:
            self._change_status(
                leaving.leave,
                translate("pages.members.page", "Record that {name} has left the exchange?"),
                translate(
                    "pages.members.page",
                    "Their open listings are withdrawn; their history stays in the books. "
                    "You can reactivate them later.",
                ),
                translate("pages.members.page", "Leave"),
                translate("pages.members.page", "{name} has left the exchange."),
            )
            return
        amount = self.money.with_symbol(abs(m.balance))
        if m.balance < 0:
            detail = translate(
                "pages.members.page",
                "Their balance is not zero: what they owe ({amount}) is written off by the "
                "community fund, as an adjustment in the ledger and on their statement. Their "
                "open listings are withdrawn; their history stays.",
            )
        else:
            detail = translate(
                "pages.members.page",
                "Their balance is not zero: what they are owed ({amount}) goes to the community "
                "fund, as an adjustment in the ledger and on their statement. Their open "
                "listings are withdrawn; their history stays.",
            )
        self._change_status(
            partial(leaving.leave, settle=True, expected_balance=m.balance),
            translate(
                "pages.members.page", "Settle the balance of {name} and record that they left?"
            ),
            detail.format(amount=amount),
            translate("pages.members.page", "Settle and leave"),
            translate(
                "pages.members.page",
                "{name} has left the exchange; their balance was settled with the community fund.",
            ),
        )

    def _change_status(
        self,
        service: Callable[[Session, Actor, int], MemberInfo],
        question: str,
        detail: str,
        yes: str,
        done_text: str,
    ) -> None:
        """``question`` and ``done_text`` (translated) hold ``{name}``."""
        m = self.selected()
        if m is None:
            return
        if not messages.ask(self, question.format(name=m.name), detail, yes=yes):
            return
        member_id = m.id
        # a refusal is shown in a dialog over the page (the default without on_error)
        self.ctx.op(
            lambda session, actor: service(session, actor, member_id),
            lambda changed: self.reveal(changed.id, done_text.format(name=changed.name)),
            owner=self,
        )

    def run_extra(self, action: MemberAction) -> None:
        m = self.selected()
        if m is None:
            return
        action.run(MemberActionRequest(self.ctx, m, self, self.refresh))
