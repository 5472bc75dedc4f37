"""Lay out HTML on A4 pages with a header (exchange, title, date) and page numbers.

Qt's :class:`QTextDocument` lays the HTML out (tables, wrapping); :mod:`printing.layout`
decides where the pages break (never inside a table row; a table's header row again
at the top of each page it continues on); this module paints the pages one by one on
any paged device, so the same code writes a PDF (:class:`QPdfWriter`) or prints
(a ``QPrinter`` from the desktop program's print dialog).

Fonts are used without ligatures, so that the text a reader searches or copies out of
the PDF is the text printed ("offers", not "o", U+FB00 "ff" as one character, "ers").

Rendering needs a :class:`QGuiApplication` (fonts). :func:`ensure_gui_app` makes one
when none exists; with no display (a server, a scheduled job, CI) it selects Qt's
``offscreen`` platform first, so no window system is needed.
"""

from __future__ import annotations

import os
import sys
from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from html import escape
from pathlib import Path

from PySide6.QtCore import QByteArray, QMarginsF, QRectF, Qt
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

from localex_desktop import APP_NAME, __version__
from localex_desktop.printing.layout import Piece, Slice, break_pages, paginate

FONT_FAMILIES = ["DejaVu Sans", "Noto Sans", "Liberation Sans", "Arial", "Helvetica", "sans-serif"]
BODY_POINTS = 9.5
HEADER_POINTS = 8.0
#: OpenType features turned off: ligatures become single characters in the text layer
NO_LIGATURES = ("liga", "clig", "dlig", "hlig")
CREATOR = f"{APP_NAME} {__version__}"
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


def print_font(points: float, bold: bool = False) -> QFont:
    """The printed text's font: a sans-serif that has the exchange's characters, no
    ligatures (the QTextDocument's formats inherit this from its default font)."""
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPointSizeF(points)
    font.setBold(bold)
    for tag in NO_LIGATURES:
        font.setFeature(QFont.Tag(tag), 0)
    return font


def _xmp(title: str, author: str) -> QByteArray:
    """Document metadata for Qt before 6.9, which has no QPdfWriter.setAuthor."""
    return QByteArray(
        (
            '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>'
            '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
            'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
            '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" '
            'xmlns:xmp="http://ns.adobe.com/xap/1.0/">'
            f'<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{escape(title)}</rdf:li>'
            f"</rdf:Alt></dc:title><dc:creator><rdf:Seq><rdf:li>{escape(author)}</rdf:li>"
            f"</rdf:Seq></dc:creator><xmp:CreatorTool>{escape(CREATOR)}</xmp:CreatorTool>"
            '</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>'
        ).encode()
    )


def pdf_writer(path: Path, title: str, author: str) -> QPdfWriter:
    """An A4 PDF writer whose metadata names the document, the exchange and the program."""
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
    writer.setCreator(CREATOR)
    if hasattr(writer, "setAuthor"):  # Qt 6.9
        writer.setAuthor(author)
    else:
        writer.setDocumentXmpMetadata(_xmp(title, author))
    return writer


@dataclass(frozen=True)
class Part:
    """One document of a print run: its pages are numbered on their own."""

    html: str
    heading: str  # left of the header line, e.g. "Statement — Ada Lovelace (12)"


@dataclass(frozen=True, eq=False)
class Block:
    """A piece of a drawn part that stays whole on one page (a table row, a paragraph):
    its height in device pixels, and how to paint it with its top at ``y``."""

    height: float
    paint: Callable[[QPainter, float], None]
    keep_with_next: bool = False  # a heading, a table's header row
    keep_with_previous: bool = False  # a table's last row (a total) never goes over alone
    header: Block | None = None  # painted first on a page this block continues a table on


@dataclass(frozen=True)
class Drawn:
    """A part painted with QPainter directly instead of laid out from HTML: ``blocks``
    gets the device and the body's width and returns the blocks, top to bottom."""

    blocks: Callable[[QPagedPaintDevice, float], Sequence[Block]]
    heading: str


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

    def _frame(self, heading: str, page: int, count: int, rect: QRectF, line_h: float) -> None:
        """The header line (exchange — heading, the date) and "Page n of m" below."""
        p = self.painter
        p.setFont(print_font(HEADER_POINTS))
        metrics = p.fontMetrics()
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        room = rect.width() - metrics.horizontalAdvance(self.dated) - 4 * metrics.averageCharWidth()
        title = metrics.elidedText(
            f"{self.exchange} — {heading}", Qt.TextElideMode.ElideRight, int(room)
        )
        p.drawText(QRectF(0, 0, rect.width(), line_h), int(left), title)
        p.drawText(QRectF(0, 0, rect.width(), line_h), int(right), self.dated)
        p.drawLine(0, int(line_h * 1.4), int(rect.width()), int(line_h * 1.4))
        p.drawText(
            QRectF(0, rect.height() - line_h, rect.width(), line_h),
            int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter),
            f"Page {page} of {count}",
        )

    def _geometry(self) -> tuple[QRectF, float, float, float]:
        """The page's paint rectangle, the header's line height, the header and the body height."""
        rect = self._rect()
        p = self.painter
        p.setFont(print_font(HEADER_POINTS))
        line_h = p.fontMetrics().height()
        header_h = line_h * 2.2
        return rect, line_h, header_h, rect.height() - header_h - line_h * 2.0

    def add_drawn(self, part: Drawn) -> int:
        """Paint a part made of blocks (:class:`Drawn`); returns its page count.

        The blocks are stacked as one long page and cut into pages as an HTML part is
        (:func:`layout.break_pages`); a block is painted once, on the page it falls on.
        One taller than a page is cut over pages, each painting it clipped to its band
        (its text is then in the text layer of each), so a part splits what can be that
        tall into blocks (a statement row of many lines is a block per line)."""
        rect, line_h, header_h, body_h = self._geometry()
        blocks = list(part.blocks(self.device, rect.width()))
        tops: list[float] = []
        where: dict[int, int] = {}
        y = 0.0
        for i, b in enumerate(blocks):
            tops.append(y)
            where[id(b)] = i
            y += b.height
        pieces = []
        for b, top in zip(blocks, tops, strict=True):
            head = None
            if b.header is not None and id(b.header) in where:
                h = tops[where[id(b.header)]]
                head = Slice(h, h + b.header.height)
            pieces.append(
                Piece(top, top + b.height, b.keep_with_next, False, head, b.keep_with_previous)
            )
        pages = break_pages(pieces, body_h, y)
        p = self.painter
        eps = 0.01
        for number, page in enumerate(pages, 1):
            if self.pages > 0:
                self.device.newPage()
            self.pages += 1
            self._frame(part.heading, number, len(pages), rect, line_h)
            at = header_h
            for band in page.slices:
                height = min(band.height, header_h + body_h - at)
                for i in range(max(bisect_right(tops, band.top + eps) - 1, 0), len(blocks)):
                    b, top = blocks[i], tops[i]
                    bottom = top + b.height
                    if top >= band.bottom - eps:
                        break
                    if bottom <= band.top + eps:
                        continue
                    inside = top >= band.top - eps and bottom <= band.bottom + eps
                    if not inside:
                        p.save()
                        p.setClipRect(QRectF(0, at, rect.width(), height))
                    b.paint(p, at + top - band.top)
                    if not inside:
                        p.restore()
                at += height
        return len(pages)

    def add(self, part: Part) -> int:
        """Lay out and paint one part; returns its page count."""
        rect, line_h, header_h, body_h = self._geometry()
        p = self.painter
        doc = QTextDocument()
        doc.setDefaultFont(print_font(BODY_POINTS))
        doc.setDocumentMargin(0)
        doc.setHtml(part.html)  # before the layout has a device: no layout while parsing
        doc.documentLayout().setPaintDevice(self.device)
        doc.setTextWidth(rect.width())  # lays out for the device, as one long page
        pages = paginate(doc, body_h)
        for number, page in enumerate(pages, 1):
            if self.pages > 0:
                self.device.newPage()
            self.pages += 1
            self._frame(part.heading, number, len(pages), rect, line_h)
            y = header_h
            for band in page.slices:
                height = min(band.height, header_h + body_h - y)
                p.save()
                p.translate(0, y - band.top)
                # half a pixel in from each edge, so a line that only touches the edge
                # (and belongs to the page before or after) is not painted here too
                doc.drawContents(p, QRectF(0, band.top + 0.5, rect.width(), height - 1))
                p.restore()
                y += height
        return len(pages)


def paint_parts(device: QPagedPaintDevice, parts: Iterable[Part], exchange: str, dated: str) -> int:
    """Paint every part on ``device`` (a QPdfWriter or a QPrinter); returns the pages."""
    with PagedPainter(device, exchange, dated) as pp:
        for part in parts:
            pp.add(part)
        return pp.pages
