"""The program's icon and the platform's standard icons, looked up in one place."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QApplication, QStyle

from localex_desktop import paths


def app_icon() -> QIcon:
    """resources/icons/localex.svg, or the same picture drawn here if it is missing."""
    try:
        path = paths.resources_dir() / "icons" / "localex.svg"
    except FileNotFoundError:
        return _drawn_icon()
    icon = QIcon(str(path)) if path.is_file() else QIcon()
    if icon.isNull() or icon.pixmap(32, 32).isNull():
        return _drawn_icon()
    return icon


def _drawn_icon() -> QIcon:
    """Two linked rings on green: drawn at run time so the program always has an icon."""
    pixmap = QPixmap(64, 64)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#1f6f5c"))
    painter.drawRoundedRect(QRectF(2, 2, 60, 60), 14, 14)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(QColor("#f4f1e8"), 5))
    painter.drawEllipse(QPointF(22, 32), 13, 13)
    painter.setPen(QPen(QColor("#f2b544"), 5))
    painter.drawEllipse(QPointF(42, 32), 13, 13)
    painter.end()
    return QIcon(pixmap)


def standard(pixmap: QStyle.StandardPixmap) -> QIcon:
    style = QApplication.style()
    return style.standardIcon(pixmap)
