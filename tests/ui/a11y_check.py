"""Look at a window as a screen reader and a keyboard-only person would.

:mod:`.layout_check` already finds inputs with no label and no accessible name, and
inputs Tab never reaches. This adds what it does not look at:

* **names in the accessibility tree**: what ``QAccessible`` reports as the name of
  every input and button (a label is only read out when it is the buddy of the very
  widget, in the same parent; an icon-only button needs a name of its own);
* **focus policy**: every enabled input and button takes the focus with Tab;
* **tab order**: Tab goes through the window in reading order, top to bottom and left
  to right within a row (on to the next column, to the right, is reading order too);
* **every tab**: each page of every tab widget is looked at, not only the one showing.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from PySide6.QtCore import QRect
from PySide6.QtGui import QAccessible, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QRadioButton,
    QScrollBar,
    QTabBar,
    QTabWidget,
    QWidget,
)

from .layout_check import INPUTS, name_of, walk

#: pixels a widget may sit above or left of the one before it in the tab order
TOLERANCE = 8


def _controls(window: QWidget) -> list[QWidget]:
    found = []
    for w in walk(window):
        if isinstance(w, QHeaderView | QScrollBar | QTabBar):
            continue
        if isinstance(w.parent(), QComboBox | QAbstractSpinBox | QLineEdit):
            continue  # the line edit inside a combo box or a spin box, a clear button
        if isinstance(w, QRadioButton) and _group_has_tab(w):
            continue  # Tab goes to one button of a group, the arrow keys to the others
        if isinstance(w, (*INPUTS, QAbstractButton)):
            found.append(w)
    return found


def _group_has_tab(radio: QRadioButton) -> bool:
    """Another button of ``radio``'s group is the one Tab stops at (Qt moves the Tab stop
    to the button last focused; the arrow keys go to the others)."""
    group = radio.group()
    if group is not None:
        others = group.buttons()
    elif radio.autoExclusive() and radio.parentWidget() is not None:
        others = [b for b in radio.parentWidget().findChildren(QRadioButton) if b.autoExclusive()]
    else:
        return False
    return any(b is not radio and b.focusPolicy() & Qt.FocusPolicy.TabFocus for b in others)


def accessible_name(widget: QWidget) -> str:
    face = QAccessible.queryAccessibleInterface(widget)
    return "" if face is None else face.text(QAccessible.Text.Name).strip()


def _rect(window: QWidget, widget: QWidget) -> QRect:
    return QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())


def tab_stops(window: QWidget) -> list[QWidget]:
    """The widgets Tab visits, in order, from the window's first."""
    stops: list[QWidget] = []
    seen: set[int] = set()
    widget = window.nextInFocusChain()
    for _ in range(5000):
        if widget is None or widget is window or id(widget) in seen:
            break
        seen.add(id(widget))
        if (
            widget.isVisible()
            and widget.isEnabled()
            and widget.window() is window
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.focusProxy() is None
        ):
            stops.append(widget)
        widget = widget.nextInFocusChain()
    return stops


def _before(window: QWidget, a: QWidget, b: QWidget) -> str | None:
    """Why ``b`` should not come right after ``a`` in the tab order (None: it may)."""
    ra, rb = _rect(window, a), _rect(window, b)
    rows_overlap = rb.top() < ra.bottom() - TOLERANCE and ra.top() < rb.bottom() - TOLERANCE
    if rows_overlap:
        if rb.left() < ra.left() - TOLERANCE and rb.right() < ra.left() + TOLERANCE:
            return "goes back to the left in the same row"
        return None
    if rb.top() < ra.top() - TOLERANCE:
        if rb.left() >= ra.right() - TOLERANCE:
            return None  # on to the next column
        return "goes back up"
    return None


def describe_stops(window: QWidget) -> str:
    """The tab stops with where they are (for a failing test's message)."""
    return "\n".join(
        f"  {name_of(w)} at {_rect(window, w).x()},{_rect(window, w).y()}"
        for w in tab_stops(window)
    )


def tab_order(window: QWidget) -> list[str]:
    """Tab is a circle: it is read from where it wraps, the longest step back up."""
    stops = tab_stops(window)
    if len(stops) > 1:
        tops = [_rect(window, w).top() for w in stops]
        at = max(range(len(stops)), key=lambda n: tops[n - 1] - tops[n])
        stops = stops[at:] + stops[:at]
    found = []
    for a, b in itertools.pairwise(stops):
        why = _before(window, a, b)
        if why:
            ra, rb = _rect(window, a).topLeft(), _rect(window, b).topLeft()
            found.append(
                f"Tab from {name_of(a)} at {ra.x()},{ra.y()} to {name_of(b)}"
                f" at {rb.x()},{rb.y()} {why}"
            )
    return found


def names_and_focus(window: QWidget) -> list[str]:
    found = []
    for w in _controls(window):
        if not accessible_name(w):
            found.append(f"{name_of(w)} has no name a screen reader can say")
        takes_tab = w.focusPolicy() & Qt.FocusPolicy.TabFocus
        if w.isEnabled() and not takes_tab:
            found.append(f"{name_of(w)} does not take the focus with Tab ({w.focusPolicy()!r})")
    return found


def _every_tab(window: QWidget) -> Iterator[str]:
    """Show each tab of each tab widget in turn; yields where it is."""
    yield ""
    for tabs in [t for t in window.findChildren(QTabWidget) if t.isVisible()]:
        start = tabs.currentIndex()
        for n in range(tabs.count()):
            if n == start or not tabs.isTabEnabled(n):
                continue
            tabs.setCurrentIndex(n)
            QApplication.processEvents()
            yield f"[tab {tabs.tabText(n).replace('&', '')}] "
        tabs.setCurrentIndex(start)
        QApplication.processEvents()


def a11y_problems(window: QWidget) -> list[str]:
    """Everything wrong in ``window`` for a screen reader or the keyboard, every tab
    (what :func:`.layout_check.problems` finds — inputs with no label, inputs Tab never
    reaches — is left to it)."""
    found: list[str] = []
    for where in _every_tab(window):
        found += [where + p for p in names_and_focus(window) + tab_order(window)]
    return list(dict.fromkeys(found))
