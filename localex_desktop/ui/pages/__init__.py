"""The main window's pages, found through a small registry.

A page is a module exposing a :class:`PageSpec`; adding a view means adding it to
:func:`ui.pages.registry.registered_pages`, never editing the main window.
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
