"""The main window's pages, found through a small registry.

A page is a widget class plus a :class:`PageSpec` (key, title, icon, shortcut); adding a
view means adding its spec to the table in :mod:`ui.pages.registry`, never editing the
main window.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QStyle, QWidget

from localex_desktop.ui.context import AppContext


def _always(_ctx: AppContext) -> bool:
    return True


@dataclass(frozen=True)
class PageSpec:
    """What the main window needs to list a page and build it when first shown."""

    key: str
    title: str
    icon: QStyle.StandardPixmap
    shortcut: str
    factory: Callable[[AppContext], QWidget]
    visible: Callable[[AppContext], bool] = _always
