"""The lazy table model: pages on demand, database sort and search, bounded memory."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

import pytest
from PySide6.QtCore import QObject, QSettings, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from localex_desktop.db.connection import Database
from localex_desktop.domain.roles import Actor
from localex_desktop.services import ledger, members
from localex_desktop.ui.models.columns import Column
from localex_desktop.ui.models.lazy_table import PLACEHOLDER, LazyTableModel, PageRequest, Query
from localex_desktop.ui.models.lazy_view import BusyBar, LazyTableView
from localex_desktop.ui.tasks import TaskRunner

from ..waiting import DEADLINE_MS
from .helpers import shown

T = TypeVar("T")


@dataclass(frozen=True)
class Item:
    id: int
    name: str


COLUMNS = [
    Column[Item]("No.", lambda r: str(r.id), sort_key="id", numeric=True, width=6),
    Column[Item]("Name", lambda r: r.name, sort_key="name", stretch=True),
]


class FakeService:
    """Rows 1..n; answers keyset requests (after_key) in id or name order; logs requests."""

    def __init__(self, n: int) -> None:
        self.items = [Item(i, f"item {i:05d}") for i in range(1, n + 1)]
        self.requests: list[PageRequest] = []

    def __call__(self, request: PageRequest) -> list[Item]:
        self.requests.append(request)
        rows = [r for r in self.items if request.query.text in r.name]
        if request.query.sort_key == "name":
            rows.sort(key=lambda r: r.name, reverse=request.query.descending)
        else:
            rows.sort(key=lambda r: r.id, reverse=request.query.descending)
        start = 0
        if request.after_key is not None:
            start = next(i for i, r in enumerate(rows) if r.id == request.after_key) + 1
        assert start == request.offset
        return rows[start : start + request.limit]


class QueuedRunner(TaskRunner):
    """Holds tasks until the test releases them, to play replies out of order."""

    def __init__(self) -> None:
        super().__init__(inline=True)
        self.queue: list[tuple[Callable[[], Any], Any, Any]] = []

    def run(  # type: ignore[override]
        self,
        fn: Callable[[], T],
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        *,
        owner: QObject | None = None,
    ) -> None:
        self.queue.append((fn, on_done, on_error))

    def release(self, index: int = 0) -> None:
        fn, on_done, _ = self.queue.pop(index)
        on_done(fn())


def make_model(
    service: FakeService, runner: TaskRunner | None = None, **kwargs: Any
) -> LazyTableModel[Item]:
    return LazyTableModel(
        runner or TaskRunner(inline=True),
        COLUMNS,
        service,
        lambda r: r.id,
        query=Query(sort_key="id"),
        **kwargs,
    )


def names(model: LazyTableModel[Item]) -> list[str]:
    return [model.index(r, 1).data() for r in range(model.rowCount())]


def test_pages_arrive_on_demand_until_the_end() -> None:
    service = FakeService(25)
    model = make_model(service, page_size=10)
    assert model.rowCount() == 0 and not model.canFetchMore()
    model.reload()
    assert model.rowCount() == 10 and model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 25
    assert not model.canFetchMore()
    assert [r.after_key for r in service.requests] == [None, 10, 20]
    assert model.index(24, 1).data() == "item 00025"
    assert model.index(0, 0).data(Qt.ItemDataRole.TextAlignmentRole) == (
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    )


def test_model_tester_while_fetching(qtmodeltester: ModelTester) -> None:
    model = make_model(FakeService(35), page_size=10)
    model.reload()
    qtmodeltester.check(model)  # the tester calls fetchMore itself
    empty = make_model(FakeService(0))
    empty.reload()
    qtmodeltester.check(empty)


def test_sorting_asks_the_service_again() -> None:
    service = FakeService(12)
    model = make_model(service, page_size=5)
    model.reload()
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert model.index(0, 0).data() == "12"
    assert service.requests[-1].query.descending
    model.sort(1, Qt.SortOrder.AscendingOrder)
    assert service.requests[-1].query.sort_key == "name"
    assert names(model)[0] == "item 00001"
    before = len(service.requests)
    model.sort(1, Qt.SortOrder.AscendingOrder)  # the same order: no new query
    assert len(service.requests) == before
    assert model.sort_column() == 1


def test_search_is_debounced(qtbot: QtBot) -> None:
    service = FakeService(30)
    model = make_model(service, page_size=50, debounce_ms=30)
    model.reload()
    for text in ("0", "00", "0001"):
        model.set_search(text)
    assert len(service.requests) == 1
    with qtbot.waitSignal(model.reset_done, timeout=DEADLINE_MS):
        pass
    assert len(service.requests) == 2
    assert service.requests[-1].query.text == "0001"
    assert names(model) == ["item 00001"] + [f"item 0001{i}" for i in range(10)]
    model.set_search("item 00003")
    model.apply_search()  # Enter: at once
    assert names(model) == ["item 00003"]


def test_a_reply_for_an_old_query_is_dropped() -> None:
    service = FakeService(20)
    runner = QueuedRunner()
    model = make_model(service, runner, page_size=5)
    loading: list[bool] = []
    model.loading_changed.connect(loading.append)
    model.reload()
    model.set_search("item 0001")
    model.apply_search()
    assert model.loading and len(runner.queue) == 2
    runner.release(1)  # the newer query answers first
    assert names(model)[0] == "item 00010"
    runner.release(0)  # the older one arrives late: ignored
    assert names(model)[0] == "item 00010"
    assert loading == [True, False]
    assert not model.loading


def test_old_rows_stay_until_the_new_ones_land() -> None:
    runner = QueuedRunner()
    model = make_model(FakeService(8), runner, page_size=5)
    model.reload()
    runner.release()
    model.set_filters({"anything": 1})
    assert model.rowCount() == 5 and not model.canFetchMore()
    runner.release()
    assert model.rowCount() == 5


def test_memory_is_bounded_and_pages_come_back(qtbot: QtBot) -> None:
    service = FakeService(100)
    model = make_model(service, page_size=10, max_cached_pages=3)
    model.reload()
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 100
    assert model.cached_pages == 3
    assert model.row(35) is None
    assert model.index(35, 0).data() == PLACEHOLDER
    assert model.index(35, 1).data() == ""
    with qtbot.waitSignal(model.dataChanged, timeout=DEADLINE_MS):
        pass
    assert model.index(35, 1).data() == "item 00036"
    assert service.requests[-1].after_key == 30
    assert model.cached_pages == 3


def test_failure_is_reported_and_rows_stay() -> None:
    service = FakeService(5)
    model = make_model(service)
    model.reload()
    errors: list[object] = []
    model.failed.connect(errors.append)

    def broken(_request: PageRequest) -> Sequence[Item]:
        raise RuntimeError("gone")

    model.fetch = broken
    model.reload()
    assert isinstance(errors[0], RuntimeError)
    assert model.rowCount() == 5 and not model.loading


def test_view_fetches_more_when_scrolled(qtbot: QtBot) -> None:
    service = FakeService(500)
    model = make_model(service, page_size=20)
    view = LazyTableView(model)
    bar = BusyBar(model)
    qtbot.addWidget(view)
    qtbot.addWidget(bar)
    view.resize(400, 300)
    view.show()
    model.reload()
    assert model.rowCount() >= 20
    loaded = model.rowCount()
    for _ in range(5):
        view.scrollToBottom()
        qtbot.wait(20)
    assert model.rowCount() > loaded
    assert not bar.isVisible()


def test_refresh_keeps_selection_and_scroll(qtbot: QtBot, tmp_path: Any) -> None:
    service = FakeService(300)
    model = make_model(service, page_size=20)
    settings = QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat)
    view = shown(
        qtbot, LazyTableView(model, settings=settings, settings_key="test/table"), (400, 300)
    )
    model.reload()
    while model.rowCount() < 120:
        model.fetchMore()
    view.select_key(100, top=True)
    top = view.top_key()
    seen: list[object] = []
    view.current_changed.connect(seen.append)
    service.items.insert(0, Item(0, "item 00000"))  # a new row appears above
    view.refresh()
    assert view.selected_key() == 100
    assert view.top_key() == top
    assert model.rowCount() >= 120
    assert seen == []  # the same row is still selected
    view.horizontalHeader().resizeSection(0, 77)
    view.save_widths()
    again = LazyTableView(make_model(service), settings=settings, settings_key="test/table")
    qtbot.addWidget(again)
    assert again.horizontalHeader().sectionSize(0) == 77


def test_over_a_real_service(
    qtmodeltester: ModelTester, db: Database, admin: Actor, qtbot: QtBot
) -> None:
    with db.transaction() as s:
        a = members.create(s, admin, members.MemberInput(name="Ann")).id
        b = members.create(s, admin, members.MemberInput(name="Bob")).id
        for i in range(30):
            ledger.transfer(s, admin, a, b, 100 + i, f"t{i}")

    def fetch(request: PageRequest) -> list[ledger.TransactionView]:
        with db.transaction() as s:
            return ledger.journal(s, admin, before_id=request.after_key, limit=request.limit)

    model: LazyTableModel[ledger.TransactionView] = LazyTableModel(
        TaskRunner(inline=True),
        [
            Column[ledger.TransactionView]("No.", lambda t: str(t.id)),
            Column[ledger.TransactionView]("Memo", lambda t: t.memo),
        ],
        fetch,
        lambda t: t.id,
        page_size=8,
    )
    model.reload()
    assert model.index(0, 1).data() == "t29"
    qtmodeltester.check(model)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 30
    assert model.index(29, 1).data() == "t0"


@pytest.mark.parametrize("keep", [0, 10_000])
def test_refresh_far_down_starts_at_the_top(keep: int) -> None:
    service = FakeService(50)
    model = make_model(service, page_size=10, refresh_limit=40)
    model.reload()
    model.refresh(keep)
    assert service.requests[-1].limit == 10
