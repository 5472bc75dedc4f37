"""What a page declares on :class:`ListPage` besides filters: actions, service fetch, detail."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QPushButton, QSplitter, QWidget
from sqlalchemy.orm import Session

from localex_desktop.domain.roles import Actor, Permission
from localex_desktop.services.work import run_query
from localex_desktop.ui.context import AppContext
from localex_desktop.ui.models.columns import Column
from localex_desktop.ui.models.lazy_table import LazyTableModel, PageRequest, Query
from localex_desktop.ui.widgets import restore_splitter, save_splitter

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
    (``denied``, if given, is that reason; ``{role}`` in it names the person's role).
    ``why_not_now()`` is a reason that depends on the page, not the row (e.g. busy).
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
    why_not_now: Callable[[], str | None] | None = None
    action: QAction = field(init=False, repr=False)


def mirror(button: QPushButton, action: QAction) -> None:
    button.setEnabled(action.isEnabled())
    button.setToolTip(action.toolTip())


def detail_splitter(
    settings: QSettings,
    key: str,
    table: QWidget,
    detail: QWidget,
    side: QWidget | None,
    vertical: bool,
    sizes: Sequence[int],
) -> QSplitter:
    """The table beside (or above) its detail panel, and ``side`` before both if given."""
    splitter = QSplitter(Qt.Orientation.Vertical if vertical else Qt.Orientation.Horizontal)
    if side is not None:
        splitter.addWidget(side)
    splitter.addWidget(table)
    splitter.addWidget(detail)
    offset = 1 if side is not None else 0
    splitter.setStretchFactor(offset, 3)
    splitter.setStretchFactor(offset + 1, 2 if not vertical else 1)
    splitter.setChildrenCollapsible(False)
    restore_splitter(settings, key, splitter, list(sizes))
    splitter.splitterMoved.connect(lambda *_: save_splitter(settings, key, splitter))
    return splitter
