"""Member statements as PDF (or on a printer): one file per member, or one combined file.

Each statement starts on a new page and numbers its own pages ("Page 1 of 2"); the
header carries the exchange's name and the date printed. Amounts come formatted with
the exchange's currency (:func:`format_amount`), never as floats.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import partial
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPagedPaintDevice,
    QPaintDevice,
    QPainter,
    QPen,
    QTextCharFormat,
    QTextLayout,
    QTextOption,
)

from localex_desktop.domain.latin import to_ascii
from localex_desktop.domain.money import Currency, format_amount
from localex_desktop.printing.paged import (
    BODY_POINTS,
    Block,
    Drawn,
    PagedPainter,
    ensure_gui_app,
    pdf_writer,
    print_font,
)
from localex_desktop.services.statements import Statement

#: the lines table's columns as parts of the width: date, other party, memo, amount, balance
#: (the date and the amounts widen when their text needs it; the memo gives the room)
COLUMNS = (0.13, 0.24, 0.37, 0.13, 0.13)
TITLE_POINTS = 19.0  # as Qt drew the HTML's h1
#: how many wrapped texts a run keeps for the next statements (a few MB)
KEPT_TEXTS = 20_000
#: a table row of more lines than this may break between them at a page's end
LONG_ROW_LINES = 12
_GREY = QColor("#444444")
_HEAD_FILL = QColor("#e8e8e8")
_RULE = QColor("#888888")
_LIGHT_RULE = QColor("#dddddd")


def _period(st: Statement, pattern: str = "%Y-%m-%d") -> str:
    """ "2026-03-01 to 2026-03-31", or "up to 2026-03-31" for a statement from the start
    (ISO in the file's metadata; the page writes dates the currency's style's way)."""
    if st.since is None:
        return f"up to {st.until.strftime(pattern)}"
    return f"{st.since.strftime(pattern)} to {st.until.strftime(pattern)}"


_WRAP = QTextOption()
_WRAP.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)


class _Text:
    """A paragraph wrapped to a width (at word boundaries, inside a word only when one
    word is wider than the line), laid out once and painted wherever it falls."""

    def __init__(
        self,
        text: str,
        font: QFont,
        width: float,
        formats: Sequence[QTextLayout.FormatRange] = (),
        least: float = 0.0,
    ) -> None:
        layout = QTextLayout(text, font)
        layout.setTextOption(_WRAP)
        if formats:
            layout.setFormats(list(formats))
        layout.beginLayout()
        height = 0.0
        width = max(width, 1.0)
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            line.setPosition(QPointF(0, height))
            height += line.height()
        layout.endLayout()
        self.layout = layout
        self.height = max(height, least)  # an empty text is one line high

    @property
    def lines(self) -> int:
        return self.layout.lineCount()

    def paint(self, p: QPainter, x: float, y: float) -> None:
        self.layout.draw(p, QPointF(x, y))

    def paint_lines(self, p: QPainter, x: float, y: float, first: int, end: int) -> None:
        """Lines ``first`` up to ``end`` (not included), the first of them at ``y``."""
        end = min(end, self.lines)
        if first < end:
            top = self.layout.lineAt(first).y()
            for i in range(first, end):
                self.layout.lineAt(i).draw(p, QPointF(x, y - top))


class Sheet:
    """What every statement of a run draws with, for one device resolution: the fonts
    and their metrics, and what comes back from member to member (the other parties'
    names wrapped, dates and amounts written out, their widths).

    Two faces only, regular and bold: a PDF carries a subset of each face it uses, and
    writing one costs Qt about as much as drawing a page, once per face in every file."""

    def __init__(self, device: QPaintDevice) -> None:
        self.dpi = device.logicalDpiY()
        self.px = self.dpi / 96  # the HTML's px, which the printed layout was drawn in
        self.body = QFont(print_font(BODY_POINTS), device)
        self.bold = QFont(print_font(BODY_POINTS, bold=True), device)
        self.title = QFont(print_font(TITLE_POINTS, bold=True), device)
        self.body_m = QFontMetricsF(self.body)
        self.bold_m = QFontMetricsF(self.bold)
        self.line = self.body_m.height()
        self.ascent = self.body_m.ascent()
        self.pad = 5 * self.px
        #: the wrapped texts: every trade's memo shows on two statements, a name on many
        self._texts: dict[tuple[str, bool, float], _Text] = {}
        self._days: dict[tuple[date, str], str] = {}
        self._amounts: dict[tuple[int | None, Currency], str] = {}
        self._widths: dict[tuple[str, bool], float] = {}

    def fits(self, device: QPaintDevice) -> bool:
        return device.logicalDpiY() == self.dpi

    def text(self, text: str, bold: bool, width: float) -> _Text:
        key = (text, bold, width)
        found = self._texts.get(key)
        if found is None:
            if len(self._texts) >= KEPT_TEXTS:
                self._texts.clear()
            found = self._texts[key] = _Text(
                text, self.bold if bold else self.body, width, least=self.line
            )
        return found

    def day(self, value: date, cur: Currency) -> str:
        key = (value, cur.style.date)
        found = self._days.get(key)
        if found is None:
            found = self._days[key] = value.strftime(cur.style.date)
        return found

    def amount(self, minor: int | None, cur: Currency) -> str:
        key = (minor, cur)
        found = self._amounts.get(key)
        if found is None:
            found = self._amounts[key] = "none" if minor is None else format_amount(minor, cur)
        return found

    def width(self, text: str, bold: bool = False) -> float:
        key = (text, bold)
        found = self._widths.get(key)
        if found is None:
            found = self._widths[key] = (self.bold_m if bold else self.body_m).horizontalAdvance(
                text
            )
        return found

    def pen(self, color: QColor) -> QPen:
        return QPen(color, self.px)


def statement_blocks(
    sheet: Sheet, st: Statement, cur: Currency, exchange: str, width: float
) -> list[Block]:
    """One statement as blocks, top to bottom: the title, the member and the figures,
    the lines table (its header row repeated on each page it runs on) and the check code.

    What the HTML statement showed, drawn directly: a table row is as tall as its
    longest wrapped cell; the date and the amounts never wrap (their columns widen)."""
    px, pad, line_h, ascent = sheet.px, sheet.pad, sheet.line, sheet.ascent

    def amt(minor: int | None) -> str:
        return sheet.amount(minor, cur)

    def day(value: date) -> str:
        return sheet.day(value, cur)

    blocks: list[Block] = []

    def paragraph(text: _Text, above: float, below: float, color: QColor | None = None) -> Block:
        def paint(p: QPainter, y: float) -> None:
            if color is not None:
                p.setPen(color)
            text.paint(p, 0, y + above)
            if color is not None:
                p.setPen(Qt.GlobalColor.black)

        return Block(above + text.height + below, paint)

    title = paragraph(_Text("Statement of account", sheet.title, width), 0, 3 * px)
    blocks.append(Block(title.height, title.paint, keep_with_next=True))
    sub = f"{exchange} · amounts in {cur.name} ({cur.symbol})"
    blocks.append(paragraph(sheet.text(sub, False, width), 0, 11 * px, _GREY))

    who = _Text(st.name, sheet.bold, width)
    address = [x for x in st.address.splitlines() if x.strip()]
    # U+2028: a line break inside one paragraph (QTextLayout draws "\\n" as a space)
    where = _Text("\u2028".join(address), sheet.body, width) if address else None

    def paint_who(p: QPainter, y: float) -> None:
        who.paint(p, 0, y)
        if where is not None:
            where.paint(p, 0, y + who.height)

    who_h = who.height + (where.height if where else 0) + 4 * px
    blocks.append(Block(who_h, paint_who, keep_with_next=True))

    facts: list[tuple[str, str, bool]] = [
        ("Member", f"{st.name} (number {st.member_id})", False),
        ("Period", _period(st, cur.style.date), False),
        ("Brought forward", amt(st.brought_forward), False),
        ("Received", amt(st.total_in), False),
        ("Paid", amt(st.total_out), False),
        ("Closing balance", amt(st.closing_balance), True),
        ("Credit limit", amt(st.credit_limit), False),
    ]
    if st.available is not None:
        facts.append(("Available to spend", amt(st.available), False))
    if st.upper_limit is not None:
        facts.append(("Upper limit", amt(st.upper_limit), False))
    key_w = max(sheet.width(k) for k, _, _ in facts) + 16 * px
    for n, (key, value, bold) in enumerate(facts):
        k = sheet.text(key, False, key_w)
        v = sheet.text(value, bold, width - key_w)
        gap = line_h if n == len(facts) - 1 else 0.0  # the empty line before the table

        def paint_fact(p: QPainter, y: float, k: _Text = k, v: _Text = v) -> None:
            k.paint(p, 0, y + px)
            v.paint(p, key_w, y + px)

        blocks.append(Block(max(k.height, v.height) + 2 * px + gap, paint_fact))

    # the columns: the date and the amounts as wide as their widest text needs
    dates = [day(ln.value_date) for ln in st.lines]
    amounts = [(amt(ln.amount), amt(ln.balance)) for ln in st.lines]
    since, until = day(st.since) if st.since else "", day(st.until)
    forward_amt, closing_amt = amt(st.brought_forward), amt(st.closing_balance)
    widths = [f * width for f in COLUMNS]
    need_date = max(
        [sheet.width(d) for d in {*dates, since}] + [sheet.width(x, True) for x in (until, "Date")]
    )
    need_amount = max(
        [sheet.width(a) for pair in amounts for a in pair]
        + [sheet.width(forward_amt)]
        + [sheet.width(x, True) for x in (closing_amt, "Amount", "Balance")]
    )
    widths[0] = max(widths[0], need_date + 2 * pad)
    widths[3] = widths[4] = max(widths[3], need_amount + 2 * pad)
    widths[2] = max(width - widths[0] - widths[1] - widths[3] - widths[4], 4 * pad)
    lefts = [0.0]
    for w in widths[:-1]:
        lefts.append(lefts[-1] + w)
    x_date, x_other, x_memo = lefts[0] + pad, lefts[1] + pad, lefts[2] + pad
    right_amount, right_balance = lefts[3] + widths[3] - pad, width - pad

    def right(p: QPainter, x: float, y: float, text: str, bold: bool = False) -> None:
        p.drawText(QPointF(x - sheet.width(text, bold), y + ascent), text)

    head_h = sheet.bold_m.height() + 4 * px + px

    def paint_head(p: QPainter, y: float) -> None:
        p.fillRect(QRectF(0, y, width, head_h - px), _HEAD_FILL)
        p.setPen(sheet.pen(_RULE))
        p.drawLine(QPointF(0, y + head_h - px / 2), QPointF(width, y + head_h - px / 2))
        p.setPen(Qt.GlobalColor.black)
        p.setFont(sheet.bold)
        base = y + 2 * px + sheet.bold_m.ascent()
        p.drawText(QPointF(x_date, base), "Date")
        p.drawText(QPointF(x_other, base), "Other party")
        p.drawText(QPointF(x_memo, base), "Memo")
        right(p, right_amount, y + 2 * px, "Amount", True)
        right(p, right_balance, y + 2 * px, "Balance", True)

    head = Block(head_h, paint_head, keep_with_next=True)
    blocks.append(head)
    light = sheet.pen(_LIGHT_RULE)

    def rule_below(p: QPainter, y: float) -> None:
        p.setPen(light)
        p.drawLine(QPointF(0, y - px / 2), QPointF(width, y - px / 2))
        p.setPen(Qt.GlobalColor.black)

    span = widths[1] + widths[2] + widths[3] - 2 * pad
    forward = sheet.text("Balance brought forward", False, span)
    forward_h = forward.height + 2 * px  # 1px above the text, and the rule below

    def paint_forward(p: QPainter, y: float) -> None:
        rule_below(p, y + forward_h)
        y += px
        p.setFont(sheet.body)
        p.drawText(QPointF(x_date, y + ascent), since)
        p.setPen(_GREY)
        forward.paint(p, x_other, y)
        p.setPen(Qt.GlobalColor.black)
        right(p, right_balance, y, forward_amt)

    blocks.append(Block(forward_h, paint_forward, header=head))
    other_w, memo_w = widths[1] - 2 * pad, widths[2] - 2 * pad
    for ln, on, (amount, balance) in zip(st.lines, dates, amounts, strict=True):
        other = sheet.text(ln.other_party, False, other_w)
        memo = sheet.text(ln.memo, False, memo_w) if ln.memo else None
        row_h = max(other.height, memo.height if memo else 0.0) + 2 * px

        def paint_line(
            p: QPainter,
            y: float,
            on: str = on,
            other: _Text = other,
            memo: _Text | None = memo,
            amount: str = amount,
            balance: str = balance,
            row_h: float = row_h,
        ) -> None:
            rule_below(p, y + row_h)
            y += px
            p.setFont(sheet.body)
            p.drawText(QPointF(x_date, y + ascent), on)
            other.paint(p, x_other, y)
            if memo is not None:
                memo.paint(p, x_memo, y)
            right(p, right_amount, y, amount)
            right(p, right_balance, y, balance)

        lines = max(other.lines, memo.lines if memo else 0)
        if lines <= LONG_ROW_LINES:
            blocks.append(Block(row_h, paint_line, header=head))
            continue
        # a memo of many lines may go over a page end between its lines, never inside one

        def paint_part(
            p: QPainter,
            y: float,
            i: int,
            other: _Text = other,
            memo: _Text | None = memo,
            on: str = on,
            amount: str = amount,
            balance: str = balance,
            last: bool = False,
        ) -> None:
            if i == 0:
                y += px
                p.setFont(sheet.body)
                p.drawText(QPointF(x_date, y + ascent), on)
                right(p, right_amount, y, amount)
                right(p, right_balance, y, balance)
            other.paint_lines(p, x_other, y, i, i + 1)
            if memo is not None:
                memo.paint_lines(p, x_memo, y, i, i + 1)
            if last:
                rule_below(p, y + line_h + px)

        for i in range(lines):
            h = line_h + (px if i == 0 else 0.0) + (px if i == lines - 1 else 0.0)
            blocks.append(Block(h, partial(paint_part, i=i, last=i == lines - 1), header=head))

    closing = sheet.text("Closing balance", True, span)
    closing_h = closing.height + 2 * px

    def paint_closing(p: QPainter, y: float) -> None:
        p.setPen(sheet.pen(_RULE))
        p.drawLine(QPointF(0, y + px / 2), QPointF(width, y + px / 2))
        p.setPen(Qt.GlobalColor.black)
        p.setFont(sheet.bold)
        p.drawText(QPointF(x_date, y + px + sheet.bold_m.ascent()), until)
        closing.paint(p, x_other, y + px)
        right(p, right_balance, y + px, closing_amt, True)
        rule_below(p, y + closing_h)

    after: list[Block] = []
    if not st.lines:
        after.append(paragraph(_Text("No entries in this period.", sheet.body, width), 6 * px, 0))
    if st.check_code:
        after.append(_check_block(sheet, st, width))
    # the total never alone at the top of a page, and the words after it never without it
    blocks.append(
        Block(
            closing_h,
            paint_closing,
            keep_with_next=bool(after),
            keep_with_previous=bool(st.lines),
            header=head,
        )
    )
    blocks.extend(after)
    return blocks


def _check_block(sheet: Sheet, st: Statement, width: float) -> Block:
    """The check code at the end: what it is for, in one line a member can act on."""
    code = st.check_code or ""
    before = "Check code "
    text = (
        f"{before}{code} · your history up to {st.until.isoformat()}. Your exchange can "
        "confirm with it that this history has not been changed since this statement "
        "was printed."
    )
    bold = QTextCharFormat()
    bold.setFont(sheet.bold)
    marked = QTextLayout.FormatRange()
    marked.start, marked.length, marked.format = len(before), len(code), bold
    wrapped = _Text(text, sheet.body, width, [marked])
    above = 14 * sheet.px

    def paint(p: QPainter, y: float) -> None:
        p.setPen(_GREY)
        wrapped.paint(p, 0, y + above)
        p.setPen(Qt.GlobalColor.black)

    return Block(above + wrapped.height, paint)


def document_title(statements: Sequence[Statement], exchange: str) -> str:
    """The PDF's title: the member and period for one statement, the exchange for more."""
    if len(statements) == 1:
        st = statements[0]
        return f"Statement — {st.name} ({st.member_id}) — {_period(st)}"
    period = f" — {_period(statements[0])}" if statements else ""
    return f"Statements — {exchange}{period}"


def part(st: Statement, currency: Currency, exchange: str, sheet: Sheet) -> Drawn:
    """One member's statement as a part of a print run (its own page numbers), drawn
    with ``sheet`` (made for the device it is painted on)."""

    def blocks(device: QPagedPaintDevice, width: float) -> list[Block]:
        return statement_blocks(sheet, st, currency, exchange, width)

    return Drawn(blocks, f"Statement — {st.name} ({st.member_id})")


Progress = Callable[[int, Statement], bool]
"""Called before statement ``n`` (from 0) is drawn; returning False stops the run there."""


@dataclass(frozen=True)
class Written:
    files: list[Path]  # the PDF files written (none when stopped in a combined file)
    done: int  # statements drawn
    stopped: bool


def _printed(printed_on: date | None) -> str:
    return f"Printed {(printed_on or date.today()).isoformat()}"


def paint_statements(
    device: QPagedPaintDevice,
    statements: Sequence[Statement],
    *,
    exchange: str,
    currency: Currency,
    printed_on: date | None = None,
    progress: Progress | None = None,
    sheet: Sheet | None = None,
) -> int:
    """Paint statements on a QPdfWriter or QPrinter, each member from a new page;
    returns how many were drawn (fewer when ``progress`` stopped the run). A ``sheet``
    from an earlier call for a device of the same resolution is used again."""
    ensure_gui_app()
    if sheet is None or not sheet.fits(device):
        sheet = Sheet(device)
    with PagedPainter(device, exchange, _printed(printed_on)) as painter:
        for n, st in enumerate(statements):
            if progress is not None and not progress(n, st):
                return n
            painter.add_drawn(part(st, currency, exchange, sheet))
    return len(statements)


def slug(text: str) -> str:
    ascii_text = to_ascii(text)
    return re.sub(r"[^A-Za-z0-9]+", "-", ascii_text).strip("-").lower() or "member"


def file_name(st: Statement) -> str:
    return f"statement-{st.member_id:04d}-{slug(st.name)}-{st.until.isoformat()}.pdf"


def write_statements(
    statements: Sequence[Statement],
    out: Path,
    *,
    exchange: str,
    currency: Currency,
    combined: bool = True,
    printed_on: date | None = None,
    progress: Progress | None = None,
) -> Written:
    """Write one combined PDF at ``out``, or one PDF per member into the folder ``out``.

    A combined file is written beside ``out`` and renamed when complete, so a run that
    fails or is stopped leaves no half-written file; files already written one per
    member stay."""
    ensure_gui_app()
    if combined:
        out.parent.mkdir(parents=True, exist_ok=True)
        tmp = out.with_name(out.name + ".part")
        writer = pdf_writer(tmp, document_title(statements, exchange), exchange)
        try:
            done = paint_statements(
                writer, statements, exchange=exchange, currency=currency,
                printed_on=printed_on, progress=progress,
            )  # fmt: skip
        except BaseException:
            del writer
            tmp.unlink(missing_ok=True)
            raise
        del writer  # finishes the file
        if done < len(statements):
            tmp.unlink(missing_ok=True)
            return Written([], done, True)
        tmp.replace(out)
        return Written([out], done, False)
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    sheet: Sheet | None = None  # the fonts and the wrapped names, from file to file
    for n, st in enumerate(statements):
        if progress is not None and not progress(n, st):
            return Written(written, n, True)
        path = out / file_name(st)
        writer = pdf_writer(path, document_title([st], exchange), exchange)
        if sheet is None or not sheet.fits(writer):
            sheet = Sheet(writer)
        paint_statements(
            writer, [st], exchange=exchange, currency=currency, printed_on=printed_on,
            sheet=sheet,
        )  # fmt: skip
        del writer
        written.append(path)
    return Written(written, len(statements), False)
