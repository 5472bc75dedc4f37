"""A table model that loads its rows from a service page by page, off the UI thread.

The pattern of Anki's browser table and DESIGN.md's "ids first, rows on demand":

* the first page is fetched when :meth:`LazyTableModel.reload` is called; more pages
  when the view scrolls to the end (``canFetchMore``/``fetchMore``), each asking the
  service for the rows after the last key it holds (keyset paging; services that only
  page by offset get the offset as well);
* sorting (:meth:`sort`) and the search text (:meth:`set_search`, debounced) change the
  query and fetch again *in the database*; nothing is sorted or filtered in Python;
* every fetch runs on the :class:`~localex_desktop.ui.tasks.TaskRunner`; :attr:`loading`
  and :attr:`loading_changed` drive a busy indicator; a reply that belongs to an older
  query is dropped (a generation counter);
* memory stays bounded however far one scrolls: the model keeps every row's *key* but
  only a limited number of pages of *rows*; a page pushed out is fetched again (by the
  key before it) when it is painted next;
* :meth:`refresh` reloads as many rows as the view shows, so the view can put the
  selection and the scroll position back by key (see :mod:`.lazy_view`).
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, replace
from typing import Any, TypeVar

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    Qt,
    Signal,
)

from localex_desktop.ui.models.column_model import ColumnTableModel, Index
from localex_desktop.ui.models.columns import Column, cell
from localex_desktop.ui.tasks import TaskRunner
from localex_desktop.ui.widgets import single_shot

log = logging.getLogger(__name__)

R = TypeVar("R")

#: what an evicted row shows for the moment it takes to fetch it again
PLACEHOLDER = "…"


@dataclass(frozen=True)
class Query:
    """What the rows are: search text, service sort key and direction, page filters."""

    text: str = ""
    sort_key: str | None = None
    descending: bool = False
    filters: Any = None


@dataclass(frozen=True)
class PageRequest:
    """One page to fetch: the rows after ``after_key`` (None: from the first row).

    ``offset`` is the position of the first wanted row, for services that page by
    offset; ``limit`` how many rows at most. Fewer rows than ``limit`` means the end.
    """

    query: Query
    after_key: Any
    offset: int
    limit: int


Fetcher = Callable[[PageRequest], Sequence[R]]
"""Runs on a worker: opens its own transaction, calls the service, returns plain rows."""


class LazyTableModel(ColumnTableModel[R]):
    """Rows of a service, fetched in pages on demand, keyed by ``key(row)``."""

    #: True while any page of the current query is being fetched
    loading_changed = Signal(bool)
    #: the rows were replaced by a (re)load; views restore selection and scroll then
    reset_done = Signal()
    #: a page was added at the end
    more_loaded = Signal()
    #: a fetch failed; the argument is the exception (the rows stay as they were)
    failed = Signal(object)

    def __init__(
        self,
        tasks: TaskRunner,
        columns: Sequence[Column[R]],
        fetch: Fetcher[R],
        key: Callable[[R], Hashable],
        *,
        query: Query | None = None,
        page_size: int = 100,
        max_cached_pages: int = 40,
        refresh_limit: int = 5000,
        debounce_ms: int = 250,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(columns, parent)
        self.tasks = tasks
        self.fetch = fetch
        self.key_of = key
        self.page_size = max(1, page_size)
        self.max_cached_pages = max(2, max_cached_pages)
        self.refresh_limit = max(self.page_size, refresh_limit)
        self._query = query or Query()
        self._keys: list[Hashable] = []
        self._pages: OrderedDict[int, list[R]] = OrderedDict()
        self._generation = 0
        self._has_more = False
        self._started = False
        self._replacing = False  # a (re)load is on its way: old rows stay until it lands
        self._fetching_more = False
        self._refilling: set[int] = set()
        self._wanted: set[int] = set()
        self._in_flight = 0
        self._search_timer = single_shot(self, debounce_ms, self.apply_search)
        self._pending_text = self._query.text
        self._refill_timer = single_shot(self, 0, self._start_refills)

    # -- what the model holds --------------------------------------------------------

    @property
    def query(self) -> Query:
        return self._query

    @property
    def loading(self) -> bool:
        return self._in_flight > 0

    @property
    def has_more(self) -> bool:
        return self._has_more

    @property
    def cached_pages(self) -> int:
        return len(self._pages)

    def loaded_count(self) -> int:
        return len(self._keys)

    def key(self, row: int) -> Hashable:
        return self._keys[row]

    def row_of(self, key: Hashable) -> int | None:
        try:
            return self._keys.index(key)
        except ValueError:
            return None

    def row(self, row: int) -> R | None:
        """The row's data if it is in memory (None while it is fetched again)."""
        if not 0 <= row < len(self._keys):
            return None
        page = self._pages.get(row // self.page_size)
        if page is None:
            return None
        offset = row % self.page_size
        return page[offset] if offset < len(page) else None

    # -- Qt model interface ----------------------------------------------------------

    def row_count(self) -> int:
        return len(self._keys)

    def cell_data(self, row: int, column: int, role: int) -> Any:
        number = row // self.page_size
        page = self._pages.get(number)
        offset = row % self.page_size
        if page is None or offset >= len(page):
            if page is None:
                self._want(number)
            if role == Qt.ItemDataRole.DisplayRole:
                return PLACEHOLDER if column == 0 else ""
            return None
        self._pages.move_to_end(number)
        return cell(self.columns, page[offset], column, role, self.unit)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid():
            return False
        return self._has_more and not self._fetching_more and not self._replacing

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        self._fetching_more = True
        after = self._keys[-1] if self._keys else None
        request = PageRequest(self._query, after, len(self._keys), self.page_size)
        self._run(request, self._more_arrived)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Ask the database for another order (columns without a sort key are ignored)."""
        if not 0 <= column < len(self.columns):
            return
        sort_key = self.columns[column].sort_key
        if sort_key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (sort_key, descending) == (self._query.sort_key, self._query.descending):
            return
        self._query = replace(self._query, sort_key=sort_key, descending=descending)
        if self._started:
            self.reload()

    def sort_column(self) -> int:
        """The column the current query sorts by (-1: none)."""
        for number, col in enumerate(self.columns):
            if col.sort_key is not None and col.sort_key == self._query.sort_key:
                return number
        return -1

    # -- changing the query ----------------------------------------------------------

    def set_search(self, text: str) -> None:
        """Search the database for ``text`` after a short pause in typing."""
        self._pending_text = text
        self._search_timer.start()

    def apply_search(self) -> None:
        """Run the pending search now (Enter in the search box, and the debounce timer)."""
        self._search_timer.stop()
        if self._pending_text != self._query.text or not self._started:
            self._query = replace(self._query, text=self._pending_text)
            self.reload()

    def set_filters(self, filters: Any) -> None:
        """Replace the page's filters and fetch again at once."""
        self._query = replace(self._query, filters=filters)
        self.reload()

    def set_query(self, query: Query, *, fetch: bool = True) -> None:
        """Replace the whole query; without ``fetch`` the rows stay until the next load."""
        self._search_timer.stop()
        self._pending_text = query.text
        self._query = query
        if fetch:
            self.reload()

    def reload(self) -> None:
        """Fetch the first page of the current query; the old rows stay until it lands."""
        self._load(self.page_size)

    def refresh(self, keep_rows: int = 0) -> None:
        """Fetch again as many rows as the view shows (at most ``refresh_limit``)."""
        wanted = max(keep_rows, self.page_size)
        if wanted > self.refresh_limit:
            wanted = self.page_size  # too far down to reload cheaply: start at the top
        pages = -(-wanted // self.page_size)
        self._load(pages * self.page_size)

    def refresh_display(self) -> None:
        """Redraw every cell and header (e.g. after the currency changed)."""
        if self._keys:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._keys) - 1, len(self.columns) - 1)
            )
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)

    # -- fetching --------------------------------------------------------------------

    def _load(self, limit: int) -> None:
        self._generation += 1
        self._started = True
        self._replacing = True
        self._fetching_more = False
        self._refilling.clear()
        self._wanted.clear()
        self._run(PageRequest(self._query, None, 0, limit), self._replaced)

    def _run(self, request: PageRequest, deliver: Callable[[PageRequest, list[R]], None]) -> None:
        generation = self._generation
        self._set_in_flight(+1)
        fetch = self.fetch

        def work() -> list[R]:
            return list(fetch(request))

        def done(rows: list[R]) -> None:
            self._set_in_flight(-1)
            if generation == self._generation:
                deliver(request, rows)

        def failed(exc: BaseException) -> None:
            self._set_in_flight(-1)
            if generation != self._generation:
                return
            self._replacing = False
            self._fetching_more = False
            self._refilling.clear()
            self.failed.emit(exc)

        self.tasks.run(work, done, failed, owner=self)

    def _set_in_flight(self, delta: int) -> None:
        before = self._in_flight > 0
        self._in_flight = max(0, self._in_flight + delta)
        if (self._in_flight > 0) != before:
            self.loading_changed.emit(self._in_flight > 0)

    def _replaced(self, request: PageRequest, rows: list[R]) -> None:
        self.beginResetModel()
        self._keys = [self.key_of(r) for r in rows]
        self._pages.clear()
        for start in range(0, len(rows), self.page_size):
            self._pages[start // self.page_size] = rows[start : start + self.page_size]
        self._has_more = len(rows) >= request.limit
        self._replacing = False
        self._evict()
        self.endResetModel()
        self.reset_done.emit()

    def _more_arrived(self, request: PageRequest, rows: list[R]) -> None:
        self._fetching_more = False
        self._has_more = len(rows) >= request.limit
        if rows:
            first = len(self._keys)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._keys.extend(self.key_of(r) for r in rows)
            number = first // self.page_size
            self._pages[number] = self._pages.get(number, []) + rows
            self._pages.move_to_end(number)
            self._evict()
            self.endInsertRows()
        self.more_loaded.emit()

    def _want(self, number: int) -> None:
        """A page that was pushed out is painted: fetch it again soon (not inside data())."""
        if number in self._refilling or self._replacing:
            return
        self._wanted.add(number)
        if not self._refill_timer.isActive():
            self._refill_timer.start()

    def _start_refills(self) -> None:
        wanted, self._wanted = sorted(self._wanted), set()
        for number in wanted:
            start = number * self.page_size
            if number in self._pages or number in self._refilling or start >= len(self._keys):
                continue
            self._refilling.add(number)
            after = self._keys[start - 1] if start > 0 else None
            request = PageRequest(self._query, after, start, self.page_size)
            self._run(request, self._refilled)

    def _refilled(self, request: PageRequest, rows: list[R]) -> None:
        number = request.offset // self.page_size
        self._refilling.discard(number)
        expected = self._keys[request.offset : request.offset + self.page_size]
        if [self.key_of(r) for r in rows[: len(expected)]] != expected:
            log.info("rows changed under a lazy model; fetching again")
            self.refresh(request.offset)
            return
        self._pages[number] = rows[: len(expected)]
        self._evict(keep=number)
        last = request.offset + len(expected) - 1
        self.dataChanged.emit(
            self.index(request.offset, 0), self.index(last, len(self.columns) - 1)
        )

    def _evict(self, keep: int | None = None) -> None:
        """Forget the least recently shown pages beyond the cache size (never page 0)."""
        while len(self._pages) > self.max_cached_pages:
            victim = next(
                (n for n in self._pages if n != 0 and n != keep and n != self._last_page()),
                None,
            )
            if victim is None:
                return
            del self._pages[victim]

    def _last_page(self) -> int:
        return (len(self._keys) - 1) // self.page_size if self._keys else 0
