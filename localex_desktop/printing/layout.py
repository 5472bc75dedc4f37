"""Where the pages break: the document laid out as one long page, cut between its pieces.

Qt can paginate a :class:`QTextDocument` itself, but it moves single lines to the next
page, so a table row's memo starts on one page and ends on the next; and painting each
page through a clip leaves the neighbouring pages' lines and repeated table headers in
the PDF's text layer, unseen on paper but found by search, copy and ``pdftotext``.

So the document is laid out once without pages (:meth:`QTextDocument.setTextWidth`),
cut into the pieces that must stay whole (a table row, a paragraph, a line of a very
long paragraph), and the pieces are packed onto pages of the body's height: a heading
and a table's header row stay with what follows them, ``page-break-before: always``
starts a new page, and a page that continues a table shows that table's header row
first. Each page is then painted as one or two slices of the long layout whose edges
fall between lines, so every line is painted on exactly one page.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from PySide6.QtGui import (
    QTextBlock,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrameFormat,
)

#: a paragraph taller than this part of the page may break between its lines
SPLIT_FRACTION = 1 / 3


@dataclass(frozen=True)
class Slice:
    """A horizontal band of the long layout, in its device pixels."""

    top: float
    bottom: float

    @property
    def height(self) -> float:
        return self.bottom - self.top


@dataclass(frozen=True)
class Piece:
    """Something that must not be split between two pages."""

    top: float
    bottom: float
    keep_with_next: bool = False  # a heading, a table's header row
    break_before: bool = False  # page-break-before: always
    header: Slice | None = None  # the header row of the table this row belongs to
    keep_with_previous: bool = False  # a table's last row (a total) never goes over alone


@dataclass(frozen=True)
class Page:
    """What one page shows: its slices, painted one below the other."""

    slices: tuple[Slice, ...]


@dataclass
class _Table:
    top: float
    bottom: float
    header_rows: int
    break_before: bool
    rows: dict[int, list[float]]  # row → [top, bottom] of its cells' text


def _breaks_before(fmt: QTextBlockFormat | QTextFrameFormat) -> bool:
    return bool(fmt.pageBreakPolicy() & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)


def _block_pieces(doc: QTextDocument, block: QTextBlock, split_above: float) -> list[Piece]:
    rect = doc.documentLayout().blockBoundingRect(block)
    fmt = block.blockFormat()
    layout = block.layout()
    if rect.height() <= split_above or layout.lineCount() < 2:
        return [Piece(rect.top(), rect.bottom(), fmt.headingLevel() > 0, _breaks_before(fmt))]
    origin = layout.position().y()
    pieces = []
    for i in range(layout.lineCount()):
        line = layout.lineAt(i)
        top, bottom = origin + line.y(), origin + line.y() + line.height()
        if i == 0:
            top = rect.top()
        if i == layout.lineCount() - 1:
            bottom = rect.bottom()
        pieces.append(Piece(top, bottom, False, i == 0 and _breaks_before(fmt)))
    return pieces


def _table_pieces(t: _Table) -> list[Piece]:
    rows = [t.rows[r] for r in sorted(t.rows)]
    # a row's edges lie halfway between its text and its neighbours' (the cells' padding)
    edges = [t.top]
    edges += [(above[1] + below[0]) / 2 for above, below in pairwise(rows)]
    edges.append(max(t.bottom, rows[-1][1]))
    heads = t.header_rows if 0 < t.header_rows < len(rows) else 0
    header = Slice(edges[0], edges[heads]) if heads else None
    last = len(rows) - 1
    return [
        Piece(
            edges[i],
            edges[i + 1],
            keep_with_next=i < heads,
            break_before=i == 0 and t.break_before,
            header=None if i < heads else header,
            keep_with_previous=i == last and last > heads + 1,
        )
        for i in range(len(rows))
    ]


def pieces(doc: QTextDocument, page_height: float) -> list[Piece]:
    """The document's unbreakable pieces, top to bottom, without overlaps."""
    layout = doc.documentLayout()
    order: list[Piece | _Table] = []
    tables: dict[int, _Table] = {}
    pending_break = False
    block = doc.begin()
    while block.isValid():
        table = QTextCursor(block).currentTable()
        if table is not None:
            key = table.firstPosition()
            t = tables.get(key)
            if t is None:
                frame = layout.frameBoundingRect(table)
                fmt = table.format()
                t = tables[key] = _Table(
                    frame.top(), frame.bottom(), fmt.headerRowCount(),
                    _breaks_before(fmt) or pending_break, {},
                )  # fmt: skip
                pending_break = False
                order.append(t)
            rect = layout.blockBoundingRect(block)
            row = t.rows.setdefault(table.cellAt(block.position()).row(), [rect.top(), 0.0])
            row[0], row[1] = min(row[0], rect.top()), max(row[1], rect.bottom())
        elif not block.text().strip() and block.layout().lineCount() <= 1:
            # an empty paragraph (what a page-break <div> leaves): nothing to keep whole
            pending_break = pending_break or _breaks_before(block.blockFormat())
        else:
            for piece in _block_pieces(doc, block, page_height * SPLIT_FRACTION):
                if pending_break:
                    piece = Piece(piece.top, piece.bottom, piece.keep_with_next, True)
                    pending_break = False
                order.append(piece)
        block = block.next()
    out: list[Piece] = []
    for item in order:
        for p in _table_pieces(item) if isinstance(item, _Table) else [item]:
            top = max(p.top, out[-1].bottom) if out else p.top
            if p.bottom > top:
                out.append(
                    Piece(top, p.bottom, p.keep_with_next, p.break_before, p.header,
                          p.keep_with_previous)
                )  # fmt: skip
    return out


def break_pages(parts: Sequence[Piece], height: float, end: float) -> list[Page]:
    """Pack the pieces onto pages ``height`` tall; ``end`` is where the document ends."""
    pages: list[Page] = []
    i, n = 0, len(parts)
    while i < n:
        first = parts[i]
        head = first.header
        room = height - (head.height if head else 0.0)
        j = i + 1
        while j < n and not parts[j].break_before and parts[j].bottom - first.top <= room:
            j += 1
        if j < n and not parts[j].break_before:
            # out of room: a heading or a header row goes over with what it introduces,
            # and a total with the row above it
            k = j
            while k - 1 > i and (parts[k - 1].keep_with_next or parts[k].keep_with_previous):
                k -= 1
            j = k
        bottom = parts[j].top if j < n else max(end, parts[j - 1].bottom)
        top = first.top
        while bottom - top > room + 1:  # one piece taller than a page: cut it, lose nothing
            pages.append(
                Page((head, Slice(top, top + room)) if head else (Slice(top, top + room),))
            )
            top += room
        body = Slice(top, bottom)
        pages.append(Page((head, body) if head else (body,)))
        i = j
    return pages or [Page((Slice(0.0, max(end, 0.0)),))]


def paginate(doc: QTextDocument, page_height: float) -> list[Page]:
    """The pages of ``doc`` (laid out with ``setTextWidth``) for a body ``page_height`` tall."""
    return break_pages(pieces(doc, page_height), page_height, doc.size().height())
