"""What a page declares on :class:`ListPage` besides filters (actions, the service
fetch), and the small pieces of its frame (keys, the message line, tabs, splitters).

A page module imports them from the package (``from localex_desktop.ui.list_page
import RowAction, service_model``).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QPoint, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QMenu,
    QPushButton,
    QSplitter,
    QTabBar,
    QWidget,
)
from sqlalchemy.orm import Session

from localex_desktop.domain.roles import Actor, Permission
from localex_desktop.services.work import run_query
from localex_desktop.ui.context import AppContext
from localex_desktop.ui.errors import connection_lost, describe
from localex_desktop.ui.i18n import role_name, translate
from localex_desktop.ui.list_page.filters import Choice
from localex_desktop.ui.models.columns import Column
from localex_desktop.ui.models.lazy_table import LazyTableModel, PageRequest, Query
from localex_desktop.ui.models.lazy_view import LazyTableView
from localex_desktop.ui.widgets import MessageLabel, restore_splitter, save_splitter

R = TypeVar("R")

PageFetch = Callable[[Session, Actor, PageRequest], Sequence[R]]
"""A service's search for one page of rows: runs on the worker, in a READ ONLY transaction."""


def service_model(
    ctx: AppContext,
    columns: Sequence[Column[R]],
    fetch: PageFetch[R],
    key: Callable[[R], Hashable],
    *,
    query: Query | None = None,
    page_size: int = 200,
) -> LazyTableModel[R]:
    """The one adapter from a service's (keyset) search to the lazy table model."""
    db, actor = ctx.db, ctx.actor

    def fetch_page(request: PageRequest) -> Sequence[R]:
        return run_query(db, actor, lambda session, who: fetch(session, who, request))

    return LazyTableModel(ctx.tasks, columns, fetch_page, key, query=query, page_size=page_size)


@dataclass
class RowAction(Generic[R]):
    """One thing a person can do from the page: a button, a menu entry, maybe a key.

    ``why_not(row)`` returns the reason the action cannot be used for that row (None:
    it can); with ``needs_row`` it is disabled while nothing is selected.
    ``permission`` (one, or several that are all needed) disables it, with the reason,
    for roles without the right (``denied``, with ``{role}`` for the person's role,
    says it in the page's words). Several ``default`` actions: Enter runs the first
    that may run for the selected row (e.g. the next step of a trade).
    ``why_not_now()`` is a reason that depends on the page, not the row (e.g. busy);
    ``relabel(row)`` gives another text and tooltip for some rows (Resume / Renew…);
    ``separated`` puts a gap before its button and a line before it in the menu.
    """

    key: str
    text: str
    run: Callable[[], None]
    tooltip: str = ""
    permission: Permission | tuple[Permission, ...] | None = None
    needs_row: bool = True
    why_not: Callable[[R], str | None] | None = None
    shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None
    default: bool = False
    button: bool = True
    denied: str = ""
    relabel: Callable[[R | None], tuple[str, str] | None] | None = None
    separated: bool = False
    why_not_now: Callable[[], str | None] | None = None
    action: QAction = field(init=False, repr=False)

    def permissions(self) -> tuple[Permission, ...]:
        p = self.permission
        return () if p is None else p if isinstance(p, tuple) else (p,)


class StatusLine(MessageLabel):
    """The page's message line; says when it shows something (the page then notes
    which selection the words are about, and clears them when that changes)."""

    shown = Signal()
    #: the line says the server went away (cleared when the page is read again)
    lost = False

    def show_error(self, message: str, hint: str = "") -> None:
        super().show_error(message, hint)
        self.lost = False
        self.shown.emit()

    def show_ok(self, message: str) -> None:
        super().show_ok(message)
        self.lost = False
        self.shown.emit()

    def show_failure(self, exc: BaseException) -> None:
        """A read failed: its words (:func:`ui.errors.describe`)."""
        self.show_error(*describe(exc))
        self.lost = connection_lost(exc)

    def clear_lost(self) -> None:
        """The page is read again: a "not answering" from before the reconnect goes."""
        if self.lost:
            self.clear_message()
            self.lost = False


#: a page's keys (Ctrl+N, Ctrl+F, F5, Ctrl+PgDown) work wherever the focus is in its
#: window — also in the sidebar after a click on the page's name — and only while the
#: page is shown: Qt matches no shortcut of a hidden widget, and the pages the stack does
#: not show are hidden. Text fields keep their own editing keys (they claim them first).
PAGE_KEYS = Qt.ShortcutContext.WindowShortcut


def add_key(
    widget: QWidget,
    keys: QKeySequence.StandardKey | str,
    slot: Callable[[], object],
    text: str = "",
) -> QAction:
    """A key for ``slot`` while ``widget`` is shown (see :data:`PAGE_KEYS`); ``text``
    names it in Help → Keyboard shortcuts."""
    action = QAction(text, widget)
    if isinstance(keys, str):
        action.setShortcut(QKeySequence(keys))
    else:
        action.setShortcuts(keys)
    action.setShortcutContext(PAGE_KEYS)
    action.triggered.connect(slot)
    widget.addAction(action)
    return action


def make_action(
    owner: QWidget, spec: RowAction[R], trigger: Callable[[RowAction[R]], None]
) -> QPushButton | None:
    """The QAction of ``spec`` on ``owner`` (with its key), and its button if it has one:
    the button mirrors the action's state and tooltip."""
    action = QAction(spec.text, owner)
    action.setToolTip(spec.tooltip)
    keys = spec.shortcut
    if isinstance(keys, QKeySequence.StandardKey):
        action.setShortcuts(keys)  # all of the platform's keys for it (F5 and Ctrl+R)
    elif keys is not None:
        action.setShortcut(QKeySequence(keys))
    action.setShortcutContext(PAGE_KEYS)
    owner.addAction(action)
    action.triggered.connect(lambda _checked=False: trigger(spec))
    spec.action = action
    if not spec.button:
        return None
    button = QPushButton(spec.text)
    button.clicked.connect(action.trigger)

    def mirror() -> None:
        button.setText(action.text())
        button.setEnabled(action.isEnabled())
        button.setToolTip(action.toolTip())

    action.changed.connect(mirror)
    return button


def action_buttons(
    owner: QWidget, actions: Sequence[RowAction[R]], trigger: Callable[[RowAction[R]], None]
) -> tuple[dict[str, QPushButton], list[QWidget]]:
    """Each action's QAction on ``owner``; the buttons by key, and in a row (a gap
    before a ``separated`` one)."""
    by_key: dict[str, QPushButton] = {}
    row: list[QWidget] = []
    for spec in actions:
        button = make_action(owner, spec, trigger)
        if button is None:
            continue
        by_key[spec.key] = button
        if spec.separated and row:
            gap = QWidget()
            gap.setFixedWidth(10)
            row.append(gap)
        row.append(button)
    return by_key, row


class FilterTabs(QTabBar):
    """Tabs over the table for the page's main filter (a trade's status, say)."""

    def __init__(self, choice: Choice) -> None:
        super().__init__()
        self.choice = choice
        self.setDocumentMode(True)
        self.setExpanding(False)
        self.setAccessibleName(choice.accessible_name or choice.label.replace("&", ""))
        for text, _value in choice.options:
            self.addTab(text)

    def value(self) -> Any:
        return self.choice.options[max(self.currentIndex(), 0)][1]

    def show_value(self, value: Any) -> None:
        """Show the tab whose filter value is ``value``."""
        for number, (_text, option) in enumerate(self.choice.options):
            if option == value:
                self.setCurrentIndex(number)

    def step(self, step: int) -> None:
        self.setCurrentIndex((self.currentIndex() + step) % self.count())


def remembered_splitter(
    settings: QSettings,
    key: str,
    orientation: Qt.Orientation,
    parts: Sequence[QWidget],
    stretch: Sequence[int],
    sizes: Sequence[int],
) -> QSplitter:
    """``parts`` in a splitter the window settings remember under ``key``."""
    splitter = QSplitter(orientation)
    for number, (part, factor) in enumerate(zip(parts, stretch, strict=True)):
        splitter.addWidget(part)
        splitter.setStretchFactor(number, factor)
    splitter.setChildrenCollapsible(False)
    restore_splitter(settings, key, splitter, list(sizes))
    splitter.splitterMoved.connect(lambda *_: save_splitter(settings, key, splitter))
    return splitter


def refusal(
    ctx: AppContext,
    spec: RowAction[R],
    row: R | None,
    select_first: str,
    reasons: Mapping[Permission, str],
) -> str | None:
    """Why ``spec`` cannot be used now for ``row`` (None: it can); every text translated."""
    for permission in spec.permissions():
        if not ctx.can(permission):
            if (login := ctx.login_refusal(permission)) is not None:
                return login  # the database login, not the role: its words and GRANT
            role = role_name(ctx.actor.role)
            if spec.denied:
                return spec.denied.format(role=role)
            reason = reasons.get(permission)
            if reason is None:
                return translate(
                    "list_page.parts", "You may not do this; you are a {role}."
                ).format(role=role)
            return translate("list_page.parts", "{reason}; you are a {role}.").format(
                reason=reason, role=role
            )
    if spec.why_not_now is not None and (now := spec.why_not_now()) is not None:
        return now
    if spec.needs_row and row is None:
        return select_first
    if spec.why_not is not None and row is not None:
        return spec.why_not(row)
    return None


def action_menu(
    owner: QWidget, actions: Sequence[RowAction[Any]], table: LazyTableView, pos: QPoint
) -> None:
    """The context menu of a list at ``pos`` (in its viewport): the row there is selected
    first; the page's actions (the objects its buttons use), in their current state."""
    index = table.indexAt(pos)
    if index.isValid():
        table.select_row(index.row())
    at = table.viewport().mapToGlobal(pos)
    menu = QMenu(owner)
    for spec in actions:
        if spec.separated:
            menu.addSeparator()
        menu.addAction(spec.action)
    menu.exec(at)
    menu.deleteLater()  # else every right click leaves a menu behind as the page's child


def menu_entries(
    actions: Sequence[RowAction[Any]], keys: Sequence[QAction]
) -> list[QAction | None]:
    """A list page's menu in the menu bar: the row actions (the objects its buttons and
    row menu use, lines where their buttons have gaps), then its keys; None is a line."""
    entries: list[QAction | None] = []
    for spec in actions:
        if spec.separated:
            entries.append(None)
        entries.append(spec.action)
    return [*entries, None, *keys]


#: the least width of a detail panel beside its table: a member's fields fit in it
DETAIL_MIN_WIDTH = 320


def steady(detail: QWidget, vertical: bool) -> None:
    """Fix the detail panel's least size along its splitter now, while it is empty: Qt
    would otherwise take the filled panel's larger minimum when a row is selected and
    move the handle (the table jumps narrower with each first selection)."""
    hint = detail.minimumSizeHint()
    if vertical:
        detail.setMinimumHeight(max(hint.height(), 1))
    else:
        detail.setMinimumWidth(max(hint.width(), DETAIL_MIN_WIDTH))


def page_body(
    settings: QSettings,
    key: str,
    table: QWidget,
    detail: QWidget | None,
    side: QWidget | None,
    vertical: bool,
    sizes: Sequence[int],
    side_sizes: Sequence[int],
) -> QWidget:
    """The table beside (or above) its detail, after a side panel, in remembered splitters.

    The outermost splitter is remembered as ``<key>/splitter`` (the table/detail one as
    ``<key>/detail`` when there is a side panel).
    """
    body = table
    if detail is not None:
        steady(detail, vertical)
        turn = Qt.Orientation.Vertical if vertical else Qt.Orientation.Horizontal
        name = "detail" if side is not None else "splitter"
        stretch = (3, 1 if vertical else 2)
        body = remembered_splitter(settings, f"{key}/{name}", turn, (table, detail), stretch, sizes)
    if side is not None:
        body = remembered_splitter(
            settings, f"{key}/splitter", Qt.Orientation.Horizontal, (side, body), (1, 4), side_sizes
        )
    return body


def reading_order(parts: Sequence[QWidget | None]) -> None:
    """Tab through ``parts`` in this order (each part's own fields in the order they were
    made): Qt's default is the order the widgets were created in, which on a page that
    made its detail panel or table first is not the order a person reads."""
    chain: list[QWidget] = []
    for part in dict.fromkeys(p for p in parts if p is not None):
        for widget in [part, *part.findChildren(QWidget)]:
            takes_tab = bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
            inside = any(w.isAncestorOf(widget) for w in chain)  # a spin box's own editor
            inside = inside or widget.window() is not part.window()  # a combo box's popup
            if takes_tab and widget.focusProxy() is None and not inside and widget not in chain:
                chain.append(widget)
    for first, second in itertools.pairwise(chain):
        QWidget.setTabOrder(first, second)


def when_loaded(model: LazyTableModel[Any], fn: Callable[[], None]) -> None:
    """``fn()`` once the (re)load under way has landed, or now if none is."""
    if not model.loading:
        fn()
        return

    def once() -> None:
        model.reset_done.disconnect(once)
        fn()

    model.reset_done.connect(once)
