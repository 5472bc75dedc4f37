"""Checks that what a window shows is not cut or drawn over, as a person would see it.

* every visible label gets the room its text needs: a word-wrapped label at least
  ``heightForWidth(width)`` (so no line is cut off or squashed), any other label its
  ``sizeHint()``;
* no two visible widgets that the same layout places overlap (a table drawn over the
  dialog's buttons, say);
* every column header of a visible table is as wide as its title needs.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QLabel, QLayout, QTableView, QWidget


def _managed(layout: QLayout) -> list[QWidget]:
    """The widgets ``layout`` and its nested layouts place (not their children)."""
    out: list[QWidget] = []
    for number in range(layout.count()):
        item = layout.itemAt(number)
        if item is None:
            continue
        widget = item.widget()
        if widget is not None:
            out.append(widget)
        inner = item.layout()
        if inner is not None:
            out += _managed(inner)
    return out


def _name(w: QWidget) -> str:
    text = w.text() if isinstance(w, QLabel) else ""
    return f"{type(w).__name__}({w.objectName() or w.accessibleName() or text[:40]!r})"


def layout_problems(root: QWidget) -> list[str]:
    """Everything cut or overlapping in ``root`` (empty: all fits)."""
    problems: list[str] = []
    widgets = [root, *root.findChildren(QWidget)]
    shown = [w for w in widgets if w is root or w.isVisibleTo(root)]
    for w in shown:
        if isinstance(w, QLabel) and w.text():
            size = w.size()
            if w.wordWrap():
                needed = w.heightForWidth(size.width())
                if needed > size.height():
                    problems.append(
                        f"{_name(w)} needs {needed}px of height at width {size.width()}, "
                        f"has {size.height()}"
                    )
            else:
                hint = w.sizeHint()
                if hint.width() > size.width() or hint.height() > size.height():
                    problems.append(f"{_name(w)} needs {hint.toTuple()}, has {size.toTuple()}")
        layout = w.layout()
        if layout is not None:
            placed = [c for c in _managed(layout) if c.isVisibleTo(root)]
            for n, a in enumerate(placed):
                for b in placed[n + 1 :]:
                    if a.geometry().intersects(b.geometry()):
                        problems.append(
                            f"{_name(a)} at {a.geometry().getRect()} overlaps "
                            f"{_name(b)} at {b.geometry().getRect()}"
                        )
        if isinstance(w, QTableView):
            problems += _header_problems(w.horizontalHeader())
    return problems


def _header_problems(header: QHeaderView) -> list[str]:
    out = []
    model = header.model()
    if model is None:
        return out
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        needed = header.sectionSizeFromContents(section).width()
        if header.sectionSize(section) < needed:
            title = model.headerData(section, header.orientation())
            out.append(
                f"column {title!r} is {header.sectionSize(section)}px wide, its title needs "
                f"{needed}px"
            )
    return out
