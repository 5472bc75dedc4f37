"""What a list page declares for :class:`ui.list_page.ListPage`: actions, choices, rows.

* :class:`RowAction`: one thing a person can do from the page (a button, a context-menu
  entry, maybe a key), with the reason it cannot be used now;
* :class:`Choice`: a filter from a fixed list;
* :func:`service_model`: the lazy table model over a service's page fetch.

Kept apart from the frame itself so that each module stays small.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget
from sqlalchemy.orm import Session

from localex_desktop.domain.roles import Actor, Permission
from localex_desktop.services.work import run_query
from localex_desktop.ui.context import AppContext
from localex_desktop.ui.models.columns import Column
from localex_desktop.ui.models.lazy_table import LazyTableModel, PageRequest, Query
from localex_desktop.ui.models.lazy_view import LazyTableView

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
    ``permission`` disables it, with the reason, for roles without the right
    (``denied``, with ``{role}`` for the person's role, says it in the page's words).
    ``relabel(row)`` gives another text and tooltip for some rows (Resume / Renew…);
    ``separated`` puts a gap before its button and a line before it in the menu.
    """

    key: str
    text: str
    run: Callable[[], None]
    tooltip: str = ""
    permission: Permission | None = None
    needs_row: bool = True
    why_not: Callable[[R], str | None] | None = None
    shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None
    default: bool = False
    button: bool = True
    denied: str = ""
    relabel: Callable[[R | None], tuple[str, str] | None] | None = None
    separated: bool = False
    action: QAction = field(init=False, repr=False)


@dataclass(frozen=True)
class Choice:
    """A filter from a fixed list: a labelled combo box whose data is the filter value."""

    key: str
    label: str
    options: Sequence[tuple[str, Any]]
    accessible_name: str = ""


def choice_box(choice: Choice) -> QComboBox:
    box = QComboBox()
    for text, value in choice.options:
        box.addItem(text, value)
    box.setAccessibleName(choice.accessible_name or choice.label.replace("&", "").rstrip(":"))
    return box


def add_labelled(row: QHBoxLayout, text: str, widget: QWidget, stretch: int = 0) -> None:
    """``text`` (its mnemonic and screen-reader name go to ``widget``), then ``widget``."""
    label = QLabel(text)
    label.setBuddy(widget)
    if row.count():
        row.addSpacing(12)
    row.addWidget(label)
    row.addWidget(widget, stretch)


def page_key(
    owner: QWidget, keys: QKeySequence | QKeySequence.StandardKey, slot: Callable[[], None]
) -> QAction:
    """A key that works while the focus is anywhere inside ``owner``."""
    action = QAction(owner)
    if isinstance(keys, QKeySequence.StandardKey):
        action.setShortcuts(keys)  # all of the platform's keys for it (F5 and Ctrl+R)
    else:
        action.setShortcut(keys)
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.triggered.connect(slot)
    owner.addAction(action)
    return action


def bind_action(
    spec: RowAction[R], owner: QWidget, trigger: Callable[[RowAction[R]], None]
) -> QPushButton | None:
    """Make ``spec.action`` (its key works inside ``owner``) and its button, if it has one."""
    keys = spec.shortcut
    shortcut = keys if isinstance(keys, QKeySequence.StandardKey) else QKeySequence(keys or "")
    action = page_key(owner, shortcut, lambda: trigger(spec))
    action.setText(spec.text)
    action.setToolTip(spec.tooltip)
    spec.action = action
    if not spec.button:
        return None
    button = QPushButton(spec.text)
    button.clicked.connect(action.trigger)
    action.changed.connect(lambda: mirror(button, action))
    return button


def mirror(button: QPushButton, action: QAction) -> None:
    """Keep an action's button in step with it: text, enabled, tooltip."""
    button.setText(action.text())
    button.setEnabled(action.isEnabled())
    button.setToolTip(action.toolTip())


class SearchEdit(QLineEdit):
    """A search box from which Down moves into the results."""

    def __init__(self, results: LazyTableView) -> None:
        super().__init__()
        self._results = results

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down and self._results.model().rowCount() > 0:
            self._results.setFocus()
            if self._results.selected_row() is None:
                self._results.select_row(0)
            return
        super().keyPressEvent(event)
