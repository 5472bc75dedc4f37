"""The panel beside the members table: the selected member's data and account history."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from localex_desktop.services.members import MemberInfo
from localex_desktop.ui.context import AppContext
from localex_desktop.ui.errors import describe
from localex_desktop.ui.i18n import translate, translate_marked
from localex_desktop.ui.locale import format_date
from localex_desktop.ui.models.columns import MoneyFormat
from localex_desktop.ui.models.lazy_view import BusyBar, LazyTableView
from localex_desktop.ui.pages.members.extensions import MemberTab
from localex_desktop.ui.pages.members.model import history_model
from localex_desktop.ui.widgets import ERROR_STYLE, MUTED_STYLE, MessageLabel

#: the fields shown, with their captions (marked: translated when the panel is built)
FIELDS = (
    ("balance", str(QT_TRANSLATE_NOOP("pages.members.detail", "Balance:"))),
    ("credit_limit", str(QT_TRANSLATE_NOOP("pages.members.detail", "Credit limit:"))),
    ("available", str(QT_TRANSLATE_NOOP("pages.members.detail", "Available:"))),
    ("upper_limit", str(QT_TRANSLATE_NOOP("pages.members.detail", "Upper limit:"))),
    ("email", str(QT_TRANSLATE_NOOP("pages.members.detail", "Email:"))),
    ("phone", str(QT_TRANSLATE_NOOP("pages.members.detail", "Phone:"))),
    ("address", str(QT_TRANSLATE_NOOP("pages.members.detail", "Address:"))),
    ("joined", str(QT_TRANSLATE_NOOP("pages.members.detail", "Joined:"))),
    ("last_activity", str(QT_TRANSLATE_NOOP("pages.members.detail", "Last activity:"))),
    ("directory", str(QT_TRANSLATE_NOOP("pages.members.detail", "Directory:"))),
    ("notes", str(QT_TRANSLATE_NOOP("pages.members.detail", "Notes:"))),
)


def subtitle_text(m: MemberInfo) -> str:
    """The line under the name: "Member 3 · Left on 2026-05-01", translated whole."""
    if m.status == "active":
        text = translate("pages.members.detail", "Member {id} · Active")
    elif m.status == "suspended":
        text = translate("pages.members.detail", "Member {id} · Suspended")
    elif m.status == "left" and m.left_on:
        text = translate("pages.members.detail", "Member {id} · Left on {day}")
    elif m.status == "left":
        text = translate("pages.members.detail", "Member {id} · Left")
    else:  # a state this program does not know yet: its stored word
        text = translate("pages.members.detail", "Member {id} · {status}")
    return text.format(
        id=m.id,
        day=format_date(m.left_on) if m.left_on else "",
        status=m.status.capitalize(),
    )


class MemberDetail(QWidget):
    """Shows one member (or a hint to choose one); the history loads lazily."""

    def __init__(
        self,
        ctx: AppContext,
        money: MoneyFormat,
        parent: QWidget | None = None,
        *,
        tabs: Sequence[MemberTab] = (),
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.money = money
        self.member: MemberInfo | None = None
        self.title = QLabel(translate("pages.members.detail", "Choose a member in the list."))
        self.title.setTextFormat(Qt.TextFormat.PlainText)  # the name as typed, never markup
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = QLabel("")
        self.subtitle.setStyleSheet(MUTED_STYLE)
        self.fields: dict[str, QLabel] = {}
        self.info = QWidget()
        grid = QGridLayout(self.info)
        grid.setContentsMargins(0, 4, 0, 4)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)
        for number, (key, label) in enumerate(FIELDS):
            value = QLabel("")
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setWordWrap(key in ("address", "notes"))
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fields[key] = value
            caption = QLabel(translate_marked("pages.members.detail", label))
            caption.setStyleSheet(MUTED_STYLE)
            caption.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            if key == "notes":  # the whole width
                grid.addWidget(caption, number // 2, 0)
                grid.addWidget(value, number // 2, 1, 1, 3)
                continue
            row, pair = divmod(number, 2)
            grid.addWidget(caption, row, pair * 2)
            grid.addWidget(value, row, pair * 2 + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

        self.history = history_model(ctx, money)
        self.history_view = LazyTableView(
            self.history, settings=ctx.settings, settings_key="members/history"
        )
        self.history_view.setAccessibleName(translate("pages.members.detail", "Account history"))
        self.history_message = MessageLabel()
        self.history.failed.connect(self._history_failed)
        history_page = QWidget()
        history_layout = QVBoxLayout(history_page)
        history_layout.setContentsMargins(0, 4, 0, 0)
        history_layout.addWidget(BusyBar(self.history))
        history_layout.addWidget(self.history_view, 1)
        history_layout.addWidget(self.history_message)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(history_page, translate("pages.members.detail", "Account &history"))
        self.extra_tabs: list[Any] = []
        for spec in tabs:
            widget = spec.factory(ctx)
            self.extra_tabs.append(widget)
            title = translate_marked(spec.context, spec.title) if spec.context else spec.title
            self.tabs.addTab(widget, title)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 8, 8)
        layout.setSpacing(6)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.info)
        layout.addWidget(self.tabs, 1)
        layout.addStretch(0)  # takes the room while no member is shown
        self.show_member(None)

    def show_member(self, member: MemberInfo | None) -> None:
        """Show ``member``; the history is fetched again only when the member changes."""
        previous = self.member
        self.member = member
        self._fill(member)
        for widget in self.extra_tabs:
            widget.show_member(member)
        if member is None:
            self.history.set_filters(None)
        elif previous is None or previous.id != member.id:
            self.history.set_filters((member.id, member.account_id))
        elif previous != member:
            self.history_view.refresh()

    def _fill(self, m: MemberInfo | None) -> None:
        self.info.setVisible(m is not None)
        self.tabs.setVisible(m is not None)
        if m is None:
            self.title.setText(translate("pages.members.detail", "Choose a member in the list."))
            self.subtitle.setText(
                translate("pages.members.detail", "Their details and account history show here.")
            )
            return
        money = self.money
        self.title.setText(m.name)
        self.subtitle.setText(subtitle_text(m))
        none = translate("pages.members.detail", "none")
        values = {
            "balance": money.with_symbol(m.balance),
            "credit_limit": money.with_symbol(m.credit_limit)
            if m.credit_limit is not None
            else none,
            "available": money.with_symbol(m.available)
            if m.available is not None
            else translate("pages.members.detail", "no limit"),
            "upper_limit": money.with_symbol(m.upper_limit) if m.upper_limit is not None else none,
            "email": m.email or "—",
            "phone": m.phone or "—",
            "address": m.address or "—",
            "joined": format_date(m.joined_on),
            "last_activity": format_date(
                m.last_activity_on, empty=translate("pages.members.detail", "never")
            ),
            "directory": translate("pages.members.detail", "Listed")
            if m.directory_consent
            else translate("pages.members.detail", "Not listed"),
            "notes": m.notes or "—",
        }
        for key, text in values.items():
            self.fields[key].setText(text)
        self.fields["balance"].setStyleSheet(ERROR_STYLE if m.balance < 0 else "")

    def _history_failed(self, exc: BaseException) -> None:
        self.history_message.show_error(*describe(exc))
