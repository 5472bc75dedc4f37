"""A layout that lines its widgets up in rows and starts a new row when one is full.

For button bars: at the default window size a page's actions take two rows instead of
being squeezed until their words are cut ("New mem…"). The shape of Qt's own Flow
Layout example, with height-for-width so the rows below move down as it wraps.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QStyle, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _place(self, rect: QRect, *, move: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        x, y, row_height = area.x(), area.y(), 0
        for item in self._items:
            if item.spacerItem() is not None:
                continue
            widget, owner = item.widget(), self.parentWidget()
            if widget is not None and owner is not None and not widget.isVisibleTo(owner):
                continue
            hint = item.sizeHint()
            gap = self._spacing if x > area.x() else 0
            if x + gap + hint.width() > area.right() + 1 and row_height > 0:
                x, y = area.x(), y + row_height + self._spacing
                row_height, gap = 0, 0
            if move:
                item.setGeometry(QRect(QPoint(x + gap, y), hint))
            x += gap + hint.width()
            row_height = max(row_height, hint.height())
        return y + row_height - rect.y() + m.bottom()

    def smartSpacing(self, pm: QStyle.PixelMetric) -> int:
        parent = self.parent()
        if isinstance(parent, QWidget):
            return parent.style().pixelMetric(pm, None, parent)
        return -1


def flow_bar(widgets: list[QWidget], trailing: list[QWidget] | None = None) -> QWidget:
    """A widget holding ``widgets`` in wrapping rows (``trailing`` at the end)."""
    bar = QWidget()
    layout = FlowLayout(bar)
    for widget in [*widgets, *(trailing or [])]:
        layout.addWidget(widget)
    policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
    policy.setHeightForWidth(True)
    bar.setSizePolicy(policy)
    return bar
