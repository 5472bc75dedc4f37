"""Lay out HTML on A4 pages with a header (exchange, title, date) and page numbers.

Qt's :class:`QTextDocument` does the layout (tables, wrapping, header rows repeated
on each page); this module paints its pages one by one on any paged device, so the
same code writes a PDF (:class:`QPdfWriter`) or prints (:class:`QPrinter` from the
system print dialog).

Rendering needs a :class:`QGuiApplication` (fonts). :func:`ensure_gui_app` makes one
when none exists; with no display (a server, a scheduled job, CI) it selects Qt's
``offscreen`` platform first, so no window system is needed.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

FONT_FAMILY = "DejaVu Sans, Noto Sans, Liberation Sans, Arial, Helvetica, sans-serif"
BODY_POINTS = 9.5
_app: QGuiApplication | None = None


def ensure_gui_app() -> QGuiApplication:
    """The running QGuiApplication, or a new one (offscreen when there is no display)."""
    global _app
    existing = QGuiApplication.instance()
    if isinstance(existing, QGuiApplication):
        return existing
    if not os.environ.get("QT_QPA_PLATFORM") and sys.platform.startswith("linux"):
        if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
    # QtGui is all drawing needs; the desktop program has made its QApplication (a
    # subclass) before anything is printed, and the test suite makes one first too
    _app = QGuiApplication(["localex"])
    return _app


def pdf_writer(path: Path, title: str) -> QPdfWriter:
    writer = QPdfWriter(str(path))
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(16, 14, 16, 14),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setResolution(300)
    writer.setTitle(title)
    writer.setCreator("LocalEx Desktop")
    return writer


@dataclass(frozen=True)
class Part:
    """One document of a print run: its pages are numbered on their own."""

    html: str
    heading: str  # left of the header line, e.g. "Statement — Ada Lovelace (12)"


class PagedPainter:
    """Paints parts one after another on a paged device, each starting on a new page."""

    def __init__(self, device: QPagedPaintDevice, exchange: str, dated: str) -> None:
        ensure_gui_app()
        self.device = device
        self.exchange = exchange
        self.dated = dated
        self.painter = QPainter()
        self.pages = 0

    def __enter__(self) -> PagedPainter:
        if not self.painter.begin(self.device):
            raise OSError("Cannot open the PDF file or printer for writing.")
        return self

    def __exit__(self, *exc: object) -> None:
        self.painter.end()

    def _rect(self) -> QRectF:
        layout = self.device.pageLayout()
        r = layout.paintRectPixels(self.device.logicalDpiX())
        return QRectF(0, 0, r.width(), r.height())

    def _font(self, points: float, bold: bool = False) -> QFont:
        font = QFont()
        font.setFamilies([f.strip() for f in FONT_FAMILY.split(",")])
        font.setPointSizeF(points)
        font.setBold(bold)
        return font

    def add(self, part: Part) -> int:
        """Lay out and paint one part; returns its page count."""
        rect = self._rect()
        p = self.painter
        p.setFont(self._font(8))
        line_h = p.fontMetrics().height()
        header_h = line_h * 2.2
        footer_h = line_h * 2.0
        body_h = rect.height() - header_h - footer_h
        doc = QTextDocument()
        doc.documentLayout().setPaintDevice(self.device)
        doc.setDefaultFont(self._font(BODY_POINTS))
        doc.setDocumentMargin(0)
        doc.setHtml(part.html)
        doc.setPageSize(QSizeF(rect.width(), body_h))
        count = max(1, doc.pageCount())
        for page in range(count):
            if self.pages > 0:
                self.device.newPage()
            self.pages += 1
            p.setFont(self._font(8))
            p.drawText(
                QRectF(0, 0, rect.width(), line_h),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                f"{self.exchange} — {part.heading}",
            )
            p.drawText(
                QRectF(0, 0, rect.width(), line_h),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                self.dated,
            )
            p.drawLine(0, int(line_h * 1.4), int(rect.width()), int(line_h * 1.4))
            p.drawText(
                QRectF(0, rect.height() - line_h, rect.width(), line_h),
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter),
                f"Page {page + 1} of {count}",
            )
            p.save()
            p.translate(0, header_h - page * body_h)
            doc.drawContents(p, QRectF(0, page * body_h, rect.width(), body_h))
            p.restore()
        return count


def paint_parts(device: QPagedPaintDevice, parts: Iterable[Part], exchange: str, dated: str) -> int:
    """Paint every part on ``device`` (a QPdfWriter or a QPrinter); returns the pages."""
    with PagedPainter(device, exchange, dated) as pp:
        for part in parts:
            pp.add(part)
        return pp.pages
