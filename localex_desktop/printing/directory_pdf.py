"""The printed directory: a cover with the date, then offers and wants by category.

Contact details appear only for members who gave directory consent; the others are
listed by name and number ("contact through the coordinator").
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtGui import QPagedPaintDevice

from localex_desktop.domain.money import Currency
from localex_desktop.printing.paged import Part, ensure_gui_app, paint_parts, pdf_writer
from localex_desktop.services.directory import Directory, DirectoryEntry, price_text

# Qt reads margins in px only (1px = 1/96 inch, scaled to the printer); "pt" is ignored
_STYLE = """
<style>
h1 { font-size: 26pt; margin: 0; }
h2 { font-size: 13pt; margin: 14px 0 4px 0; }
h3 { font-size: 10.5pt; margin: 7px 0 3px 0; color: #333; }
p.item { margin: 0 0 7px 0; }
span.who { color: #333; }
</style>
"""


def _entry(e: DirectoryEntry, cur: Currency) -> str:
    price = escape(price_text(e.price, e.unit, cur))
    price = f" — {price}" if price else ""
    desc = f"<br/>{escape(e.description)}" if e.description.strip() else ""
    if e.contact is not None:
        bits = [b for b in (e.contact.phone, e.contact.email or "", e.contact.address) if b]
        contact = escape(" · ".join(" ".join(b.split()) for b in bits))
        who = f"{escape(e.member_name)} ({e.member_id})" + (f": {contact}" if contact else "")
    else:
        who = f"{escape(e.member_name)} ({e.member_id}): contact through the coordinator"
    return (
        f"<p class='item'><b>{escape(e.title)}</b>{price}{desc}<br/>"
        f"<span class='who'>{who}</span></p>"
    )


def cover_html(d: Directory) -> str:
    return (
        f"<html><head>{_STYLE}</head><body>"
        "<br/><br/><br/><br/><br/><br/>"
        f"<h1 align='center'>{escape(d.exchange_name)}</h1>"
        "<p align='center' style='font-size:18pt'>Directory of offers and wants</p>"
        f"<p align='center' style='font-size:13pt'>{d.generated_on.isoformat()}</p>"
        f"<p align='center'>{d.offer_count} offers · {d.want_count} wants · "
        f"{len(d.sections)} categories</p>"
        "<br/><br/><p align='center'>Contact details are shown only for members who agreed "
        "to it; reach the others through the coordinator.</p>"
        "</body></html>"
    )


def listings_html(d: Directory, cur: Currency) -> str:
    out = [f"<html><head>{_STYLE}</head><body>"]
    if not d.sections:
        out.append("<p><i>There are no active offers or wants.</i></p>")
    for s in d.sections:
        out.append(f"<h2>{escape(s.path)}</h2>")
        if s.offers:
            out.append("<h3>Offers</h3>")
            out.extend(_entry(e, cur) for e in s.offers)
        if s.wants:
            out.append("<h3>Wants</h3>")
            out.extend(_entry(e, cur) for e in s.wants)
    out.append("</body></html>")
    return "".join(out)


def document_title(d: Directory) -> str:
    return f"Directory — {d.exchange_name} — {d.generated_on.isoformat()}"


def paint_directory(device: QPagedPaintDevice, d: Directory, *, currency: Currency) -> int:
    ensure_gui_app()
    dated = d.generated_on.isoformat()
    # one document, so the pages are numbered through; the cover ends with a page break
    cover = cover_html(d).replace("</body></html>", "")
    body = listings_html(d, currency).split("<body>", 1)[1]
    html = cover + "<div style='page-break-before: always'></div>" + body
    parts = [Part(html, "Directory")]
    return paint_parts(device, parts, d.exchange_name, dated)


def write_directory(d: Directory, out: Path, *, currency: Currency) -> Path:
    ensure_gui_app()
    out.parent.mkdir(parents=True, exist_ok=True)
    writer = pdf_writer(out, document_title(d), d.exchange_name)
    paint_directory(writer, d, currency=currency)
    del writer
    return out
