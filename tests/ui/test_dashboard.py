"""The Dashboard shows what the services say, draws its charts, and warns when it should."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCharts import QBarSet
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from localex_desktop.db.connection import Database
from localex_desktop.domain.money import Currency
from localex_desktop.domain.roles import Actor, Role
from localex_desktop.services import (
    categories,
    ledger,
    listings,
    members,
    reports,
    settings,
    trades,
    verify,
)
from localex_desktop.services import dashboard as data
from localex_desktop.services.backup import BackupHealth
from localex_desktop.ui.context import AppContext
from localex_desktop.ui.pages.dashboard.backup_status import (
    WARNING_STYLE,
    BackupStatusLabel,
    backup_text,
    describe_age,
)
from localex_desktop.ui.pages.dashboard.charts import BalanceChart
from localex_desktop.ui.pages.dashboard.page import DashboardPage

from ..waiting import DEADLINE_MS
from .helpers import MakeCtx

SETUP = Actor("setup", Role.ADMIN)


@dataclass
class Exchange:
    ids: dict[str, int]


@pytest.fixture
def exchange(db: Database) -> Exchange:
    """Six members: Ann near her limit, Fay dormant (joined a year ago, never traded)."""
    today = date.today()
    with db.transaction() as s:
        names = ("Ann", "Bob", "Cyd", "Dee", "Eve", "Fay")
        ids = {}
        for n in names:
            joined = today - timedelta(days=365) if n == "Fay" else None
            ids[n] = members.create(
                s, SETUP, members.MemberInput(name=n, joined_on=joined), credit_limit=10000
            ).id
        food = categories.add(s, SETUP, "Food").id
        offer = listings.add(
            s, SETUP, listings.ListingInput(ids["Bob"], "offer", food, "Bread", price=500)
        )
        listings.add(s, SETUP, listings.ListingInput(ids["Cyd"], "offer", food, "Jam"))
        listings.add(s, SETUP, listings.ListingInput(ids["Dee"], "want", food, "Eggs"))
        trades.record_completed(
            s, SETUP, trades.TradeInput(ids["Ann"], ids["Bob"], 9000, listing_id=offer.id)
        )
        ledger.transfer(s, SETUP, ids["Cyd"], ids["Dee"], 1500, "lift")
        wrong = ledger.transfer(s, SETUP, ids["Eve"], ids["Dee"], 700, "twice")
        ledger.reverse(s, SETUP, wrong.transaction_id, "entered twice")
        trades.record(s, SETUP, trades.TradeInput(ids["Eve"], ids["Cyd"], 300, "Soup"))
        disputed = trades.record(s, SETUP, trades.TradeInput(ids["Dee"], ids["Eve"], 200, "Tea"))
        trades.dispute(s, SETUP, disputed.id, "never happened")
        members.suspend(s, SETUP, ids["Eve"])
        verify.verify(s, SETUP, record=True)
    return Exchange(ids)


def make_page(qtbot: QtBot, ctx: AppContext) -> DashboardPage:
    page = DashboardPage(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 860)
    return page


def card(page: DashboardPage, key: str) -> str:
    return page.cards[key].value.text()


def test_figures_agree_with_the_services(
    qtbot: QtBot, db: Database, exchange: Exchange, make_ctx: MakeCtx
) -> None:
    page = make_page(qtbot, make_ctx(Actor("bk", Role.BOOKKEEPER), None))  # read-only is enough
    assert page.data is not None and not page.loading
    today = date.today()
    with db.transaction() as s:
        active = members.count(s, SETUP, "active")
        offers = listings.count(s, SETUP, listings.ListingFilter(kind="offer", status="active"))
        wants = listings.count(s, SETUP, listings.ListingFilter(kind="want", status="active"))
        month = reports.volume(s, SETUP, since=today.replace(day=1), until=today).total
    assert card(page, "active_members") == str(active) == "5"
    assert page.cards["active_members"].note.text() == "1 suspended"
    assert card(page, "open_offers") == str(offers) == "2"
    assert card(page, "open_wants") == str(wants) == "1"
    # the trade and the transfer count; the reversed transfer is taken off again
    assert card(page, "trades_month") == str(month.net_count) == "2"
    assert card(page, "volume_month") == "105.00 Cr" and month.net_volume == 10500
    assert card(page, "open_trades") == "2"
    assert page.cards["open_trades"].note.text() == "1 disputed"


def test_lists_charts_and_checks(
    qtbot: QtBot, db: Database, exchange: Exchange, admin_ctx: AppContext
) -> None:
    page = make_page(qtbot, admin_ctx)
    d = page.data
    assert d is not None
    near = page.near_model.rows()
    assert [n.member_id for n in near] == [exchange.ids["Ann"]]  # 90 of 100 used
    assert page.near_model.index(0, 4).data() == "90%"
    assert "1 member uses at least 80%" in page.near_label.text()
    assert [r.member_id for r in page.dormant_model.rows()] == [exchange.ids["Fay"]]
    assert page.dormant_label.text().startswith("1 active member without a trade for 6 months")

    # charts: twelve months ending with this one; every active member in one band
    chart = page.volume_chart.chart()
    bars: QBarSet = chart.series()[0].barSets()[0]  # type: ignore[attr-defined]
    assert bars.count() == 12
    assert bars.at(11) == pytest.approx(105.0)
    assert sum(bars.at(i) for i in range(11)) == 0
    assert sum(b.members for b in d.bands) == 5
    for band in d.bands:
        assert band.low % band.width == 0

    assert page.verification_label.text().startswith("Sound\nchecked ")
    assert page.backup_label.text() == "No backup yet"
    assert page.backup_label.styleSheet() == WARNING_STYLE


def test_refresh_reads_again(
    qtbot: QtBot, db: Database, exchange: Exchange, admin_ctx: AppContext
) -> None:
    page = make_page(qtbot, admin_ctx)
    with db.transaction() as s:
        members.create(s, SETUP, members.MemberInput(name="Gus"))
    assert card(page, "active_members") == "5"
    with qtbot.waitSignal(page.loaded, timeout=DEADLINE_MS):
        page.refresh_button.click()
    assert card(page, "active_members") == "6"
    page.live_refresh(frozenset({"members"}))
    assert card(page, "active_members") == "6" and page.refresh_button.isEnabled()


def test_empty_exchange(qtbot: QtBot, admin_ctx: AppContext) -> None:
    page = make_page(qtbot, admin_ctx)
    assert card(page, "active_members") == "0"
    assert page.near_model.rows() == [] and page.dormant_model.rows() == []
    assert "Nobody uses" in page.near_label.text()
    assert page.verification_label.text().startswith("Never.")
    assert page.data is not None and page.data.bands == []


def test_histogram_bands_are_round() -> None:
    bands = data.histogram([-45000, -1000, 0, 0, 2500, 99900], scale=100)
    assert bands[0].low == -60000 and bands[0].width == 20000  # 200.00 wide, from -600.00
    assert [b.members for b in bands] == [1, 0, 1, 3, 0, 0, 0, 1]
    assert sum(b.members for b in bands) == 6
    assert data.histogram([], 100) == []
    assert data.histogram([0, 0], 100) == [data.Band(0, 100, 2)]


def _health(age: timedelta | None, *, ok: bool = True) -> BackupHealth:
    now = datetime.now(UTC)
    good = None if age is None else now - age
    return BackupHealth(
        last_attempt_at=good,
        last_attempt_ok=ok if good else None,
        last_error=None if ok else "disk full",
        last_good_at=good,
        last_good_path="/backups/x.localex-backup" if good else None,
        age=age,
        max_age=timedelta(hours=48),
        overdue=age is None or age > timedelta(hours=48),
        message="",
    )


def test_backup_words() -> None:
    assert describe_age(timedelta(seconds=20)) == "just now"
    assert describe_age(timedelta(minutes=12)) == "12 min ago"
    assert describe_age(timedelta(hours=3, minutes=5)) == "3 h ago"
    assert describe_age(timedelta(days=9)) == "9 days ago"
    assert backup_text(_health(None)) == ("No backup yet", True)
    assert backup_text(_health(timedelta(hours=3))) == ("Last backup: 3 h ago", False)
    assert backup_text(_health(timedelta(days=3))) == ("Last backup: 3 days ago", True)
    text, warn = backup_text(_health(timedelta(hours=1), ok=False))
    assert warn and "failed" in text


def test_status_bar_label_reads_the_backup_setting(
    qtbot: QtBot, db: Database, admin_ctx: AppContext
) -> None:
    label = BackupStatusLabel(admin_ctx)
    qtbot.addWidget(label)
    assert label.text() == "No backup yet" and label.styleSheet() == WARNING_STYLE
    at = (datetime.now(UTC) - timedelta(hours=3, minutes=10)).isoformat(timespec="seconds")
    with db.transaction() as s:  # what services.backup writes after a good backup
        settings._write(
            s, "last_backup", {"at": at, "ok": True, "last_good": {"at": at, "path": "/b/x"}}
        )
    label.live_refresh(frozenset({"members"}))  # not the settings: nothing read
    assert label.text() == "No backup yet"
    label.live_refresh(frozenset({"settings"}))
    assert label.text() == "Last backup: 3 h ago" and label.styleSheet() == ""
    assert "/b/x" in label.toolTip()


def test_history_shows_on_the_day_it_happened(
    qtbot: QtBot, db: Database, admin_ctx: AppContext
) -> None:
    """Back-dated postings count in their own months, and their members' last activity."""
    today = date.today()
    first = today.replace(day=1)
    two_ago = reports.add_months(first, -2)
    eight_ago = reports.add_months(first, -8) + timedelta(days=3)
    with db.transaction() as s:
        joined = today - timedelta(days=700)
        ids = {
            n: members.create(
                s, SETUP, members.MemberInput(name=n, joined_on=joined), credit_limit=10000
            ).id
            for n in ("Gil", "Hal", "Ivy")
        }
        why = "typed in from the paper book"
        ledger.transfer(
            s, SETUP, ids["Gil"], ids["Hal"], 1000, "old", value_date=two_ago, reason=why
        )
        ledger.transfer(
            s, SETUP, ids["Ivy"], ids["Hal"], 2000, "older", value_date=eight_ago, reason=why
        )
        ledger.transfer(s, SETUP, ids["Hal"], ids["Gil"], 500, "today")
    page = make_page(qtbot, admin_ctx)
    assert card(page, "trades_month") == "1"  # only today's, not the history
    bars: QBarSet = page.volume_chart.chart().series()[0].barSets()[0]  # type: ignore[attr-defined]
    assert [bars.at(i) for i in (3, 9, 11)] == [pytest.approx(20.0), pytest.approx(10.0), 5.0]
    dormant = page.dormant_model.rows()
    assert [r.member_id for r in dormant] == [ids["Ivy"]]  # nothing for eight months
    assert page.dormant_model.index(0, 2).data() == eight_ago.isoformat()


def test_a_second_load_draws_only_its_own_axes(qtbot: QtBot) -> None:
    """A chart loaded twice (a live refresh on top of the first load) looks exactly like
    one loaded once with the second data: the first load's axis labels are gone."""

    def bands(n: int, top: int) -> list[data.Band]:
        return [
            data.Band(low=(i - n // 2) * 40000, width=40000, members=top if i == n // 2 else 3)
            for i in range(n)
        ]

    twice, once = BalanceChart(), BalanceChart()
    for chart in (twice, once):
        qtbot.addWidget(chart)
        chart.resize(500, 350)
        chart.show()
    twice.show_bands(bands(4, 60), Currency())
    for _ in range(5):  # laid out with the first data, as on the dashboard
        QApplication.processEvents()
    twice.show_bands(bands(8, 80), Currency())
    once.show_bands(bands(8, 80), Currency())
    for _ in range(5):
        QApplication.processEvents()
    assert twice.grab().toImage() == once.grab().toImage()
