"""Where other features plug into the Members page without editing it.

* :func:`register_member_action` adds a button that acts on the selected member
  (e.g. "Record trade…" from the trades feature, "Statement…" from reports). The
  button is disabled, with the reason as its tooltip, when the operator lacks
  ``permission`` or no member (or, with ``needs_active``, no active member) is selected.
* :func:`register_member_tab` adds a tab to the detail panel next to "Account
  history" (e.g. the member's listings or trades). The widget's ``show_member`` is
  called with the selected member, or None.

Register at import time of your page module (``ui.pages.registry`` imports
every page before any is built), and keep the callables free of database work on the
UI thread: run queries through ``ctx.tasks``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtWidgets import QWidget

from localex_desktop.domain.roles import Permission
from localex_desktop.services.members import MemberInfo
from localex_desktop.ui.context import AppContext


@dataclass(frozen=True)
class MemberActionRequest:
    """What an action gets when its button is pressed."""

    ctx: AppContext
    member: MemberInfo
    parent: QWidget
    #: reload the members table and the detail panel (keeps the selection)
    refresh: Callable[[], None]


@dataclass(frozen=True)
class MemberAction:
    key: str
    text: str  # the button's text, with a mnemonic: "Record &trade…"
    run: Callable[[MemberActionRequest], None]
    tooltip: str = ""
    permission: Permission | None = None
    needs_active: bool = False
    #: the translation context ``text`` and ``tooltip`` are marked in with
    #: ``QT_TRANSLATE_NOOP(context, …)`` (they are made at import, before the language is
    #: installed); the Members page shows them through ``translate_marked``. Empty: shown
    #: as they are (already translated, or not yet marked).
    context: str = ""


class MemberTabWidget(Protocol):
    def show_member(self, member: MemberInfo | None) -> None: ...


@dataclass(frozen=True)
class MemberTab:
    key: str
    title: str  # marked with QT_TRANSLATE_NOOP(context, …) when context is given
    factory: Callable[[AppContext], QWidget]  # the widget also has show_member()
    context: str = ""
