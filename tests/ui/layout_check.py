"""Look at a window the way a careful person would: cut text, overlaps, unnamed inputs.

:func:`problems` walks every visible widget of a shown window and returns one sentence
per problem found:

* **cut text**: a label, button, check box or radio button narrower (or, word-wrapped,
  shorter) than its text needs; a table header section narrower than its title;
* **overlap**: two visible sibling widgets whose rectangles intersect;
* **unnamed input**: an input with neither a label whose buddy it is nor an accessible
  name (a screen reader would say only "edit");
* **unreachable input**: an enabled input that Tab never reaches;
* **mnemonics**: the same Alt+letter twice in one window, or a label's mnemonic whose
  buddy cannot take the focus (Alt+R once typed a price into the title field).

Used by ``test_layout.py`` over every page, dialog and wizard page at the default
window size (1000×660) and at 1600×1000, with error messages showing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtCore import QRect
from PySide6.QtGui import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStackedWidget,
    QStyle,
    QStyleOptionButton,
    QTabBar,
    QTextEdit,
    QToolButton,
    QWidget,
)

INPUTS = (QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QTextEdit, QAbstractItemView)
#: a little slack for rounding in font metrics
SLACK = 2
_MNEMONIC = re.compile(r"&([^&\s])")


def mnemonic(text: str) -> str | None:
    found = _MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).lower() if found else None


def visible(widget: QWidget, top: QWidget) -> bool:
    return widget.isVisibleTo(top) and widget.isVisible()


def name_of(widget: QWidget) -> str:
    text = ""
    if isinstance(widget, QLabel | QAbstractButton):
        text = widget.text()
    label = widget.accessibleName() or text or widget.objectName()
    return f"{type(widget).__name__}({label[:50]!r})"


def walk(top: QWidget) -> Iterable[QWidget]:
    for child in top.findChildren(QWidget):
        if visible(child, top) and child.window() is top.window():
            yield child


def _cut_label(label: QLabel) -> str | None:
    text = label.text()
    if not text.strip() or (label.pixmap() is not None and not label.pixmap().isNull()):
        return None
    rect = label.contentsRect()
    if label.wordWrap():
        need = label.heightForWidth(label.width())
        if need > label.height() + SLACK:
            return f"{name_of(label)} needs {need} px of height and has {label.height()}"
        return None
    if label.textFormat() == Qt.TextFormat.RichText or Qt.mightBeRichText(text):
        need_w = label.sizeHint().width() - label.margin() * 2
    else:
        lines = text.replace("&&", "\0").replace("&", "").replace("\0", "&").split("\n")
        need_w = max(label.fontMetrics().horizontalAdvance(line) for line in lines)
    if need_w > rect.width() + SLACK:
        return f"{name_of(label)} is cut: needs {need_w} px of width and has {rect.width()}"
    return None


def _cut_button(button: QAbstractButton) -> str | None:
    if isinstance(button, QToolButton) and not button.text():
        return None
    if isinstance(button, QPushButton | QCheckBox | QRadioButton):
        need = button.sizeHint().width()
        if isinstance(button, QPushButton):
            option = QStyleOptionButton()
            button.initStyleOption(option)
            text_w = button.fontMetrics().horizontalAdvance(button.text().replace("&", ""))
            need = text_w + 2 * button.style().pixelMetric(
                QStyle.PixelMetric.PM_ButtonMargin, option, button
            )
            if not button.icon().isNull():
                need += button.iconSize().width() + 4
        if need > button.width() + SLACK:
            return f"{name_of(button)} is cut: needs {need} px and has {button.width()}"
    return None


def _cut_headers(view: QAbstractItemView) -> list[str]:
    found: list[str] = []
    for header in view.findChildren(QHeaderView):
        if header.orientation() != Qt.Orientation.Horizontal or not header.isVisible():
            continue
        model = header.model()
        if model is None:
            continue
        metrics = header.fontMetrics()
        for section in range(header.count()):
            if header.isSectionHidden(section):
                continue
            title = model.headerData(section, Qt.Orientation.Horizontal)
            if not isinstance(title, str) or not title:
                continue
            need = metrics.horizontalAdvance(title) + 12  # the style's padding and the sort arrow
            have = header.sectionSize(section)
            if need > have + SLACK:
                found.append(
                    f"column {title!r} of {name_of(view)} is cut: needs {need} px, has {have}"
                )
    return found


def _overlaps(top: QWidget) -> list[str]:
    found: list[str] = []
    parents = {top, *walk(top)}
    for parent in parents:
        if isinstance(parent, QStackedWidget | QScrollArea | QTabBar):
            continue
        kids = [
            w
            for w in parent.children()
            if isinstance(w, QWidget) and not w.isWindow() and visible(w, top)
        ]
        for i, a in enumerate(kids):
            ra: QRect = a.geometry()
            for b in kids[i + 1 :]:
                rb = b.geometry()
                overlap = ra.intersected(rb)
                if overlap.width() > SLACK and overlap.height() > SLACK:
                    found.append(f"{name_of(a)} and {name_of(b)} overlap in {name_of(parent)}")
    return found


def _target(widget: QWidget) -> QWidget:
    """Where the focus goes when ``widget`` gets it (its focus proxy, if any)."""
    seen = widget
    while seen.focusProxy() is not None:
        seen = seen.focusProxy()
    return seen


def _named(top: QWidget, widget: QWidget) -> bool:
    if widget.accessibleName():
        return True
    return any(
        label.buddy() is not None and _target(label.buddy()) is widget
        for label in top.findChildren(QLabel)
    )


def _tab_chain(top: QWidget) -> set[int]:
    seen: set[int] = set()
    start = top
    widget = start.nextInFocusChain()
    for _ in range(5000):
        if widget is start or widget is None:
            break
        seen.add(id(widget))
        widget = widget.nextInFocusChain()
    return seen


def problems(window: QWidget) -> list[str]:
    """Every problem a person would see in ``window`` as it is shown now."""
    found: list[str] = []
    chain = _tab_chain(window)
    letters: dict[str, list[str]] = {}
    for w in walk(window):
        if isinstance(w, QLabel):
            cut = _cut_label(w)
            if cut:
                found.append(cut)
            letter = mnemonic(w.text())
            buddy = w.buddy()
            if letter and buddy is not None:  # without a buddy "&" is shown as it is
                if _target(buddy).focusPolicy() == Qt.FocusPolicy.NoFocus:
                    found.append(f"{name_of(w)} points at {name_of(buddy)}, which takes no focus")
                letters.setdefault(letter, []).append(name_of(w))
        elif isinstance(w, QAbstractButton):
            cut = _cut_button(w)
            if cut:
                found.append(cut)
            letter = mnemonic(w.text())
            if letter and w.isEnabled():
                letters.setdefault(letter, []).append(name_of(w))
        if isinstance(w, QAbstractItemView):
            found += _cut_headers(w)
        if isinstance(w, INPUTS) and not isinstance(w, QHeaderView):
            inner = isinstance(w.parent(), QComboBox | QAbstractSpinBox)
            if inner:
                continue
            if not _named(window, w):
                found.append(f"{name_of(w)} has no label and no accessible name")
            if w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus and id(w) not in chain:
                found.append(f"{name_of(w)} is not reachable with Tab")
    for letter, owners in letters.items():
        if len(owners) > 1:
            found.append(f"Alt+{letter.upper()} is used {len(owners)} times: {', '.join(owners)}")
    found += _overlaps(window)
    return found
