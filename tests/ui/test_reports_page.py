"""The Reports page shows the services' figures, saves them, and prints them to PDF."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from localex_desktop.db.connection import Database
from localex_desktop.domain.money import Currency, format_amount
from localex_desktop.domain.roles import Actor, Role
from localex_desktop.services import exports, ledger, reports, settings
from localex_desktop.services.members import MemberInfo
from localex_desktop.ui.context import AppContext
from localex_desktop.ui.exporting import CSV_FILTER, PDF_FILTER
from localex_desktop.ui.models.columns import RIGHT
from localex_desktop.ui.pages.registry import registered_pages
from localex_desktop.ui.pages.reports.page import ReportsPage
from localex_desktop.ui.pages.reports.panels import (
    ActivityPanel,
    BalancesPanel,
    TrialBalancePanel,
    VelocityPanel,
    VolumePanel,
    pydate,
)

from .helpers import enrol, in_hours, shown

SETUP = Actor("setup", Role.ADMIN)
HOURS = Currency("Hours", "h", 2)


@dataclass
class Books:
    people: list[MemberInfo]


@pytest.fixture
def books(db: Database) -> Books:
    """Ann, Bob, Cyd, Dee; Ann pays Bob 10.00, Bob pays Cyd 4.00, Cyd pays Ann 2.50."""
    with db.transaction() as s:
        in_hours(s)
        settings.put(s, SETUP, "exchange_name", "Riverside LETS")
        people = enrol(s, "Ann", "Bob", "Cyd", "Dee")
        ids = [p.id for p in people]
        for a, b, x, memo in ((0, 1, 1000, "bread"), (1, 2, 400, "lift"), (2, 0, 250, "eggs")):
            ledger.transfer(s, SETUP, ids[a], ids[b], x, memo)
    return Books(people)


def make_page(qtbot: QtBot, ctx: AppContext) -> ReportsPage:
    return shown(qtbot, ReportsPage(ctx))


@pytest.fixture
def page(qtbot: QtBot, books: Books, admin_ctx: AppContext) -> ReportsPage:
    """The page as an administrator opens it, on the test data."""
    return make_page(qtbot, admin_ctx)


def save_to(monkeypatch: pytest.MonkeyPatch, path: Path, name_filter: str) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(path), name_filter))


def test_registered_with_a_free_shortcut() -> None:
    specs = registered_pages()
    assert "reports" in [s.key for s in specs]
    shortcuts = [s.shortcut for s in specs]
    assert len(shortcuts) == len(set(shortcuts))


def test_trial_balance_shows_every_account_and_a_zero_total(
    page: ReportsPage, admin_ctx: AppContext, db: Database
) -> None:
    panel = page.show_report("trial_balance")
    assert isinstance(panel, TrialBalancePanel)
    with db.transaction() as s:
        tb = reports.trial_balance(s, admin_ctx.actor, date.today())
    model = panel.model
    assert model.rowCount() == len(tb.rows) + 1  # every account, then the total
    for n, row in enumerate(tb.rows):
        assert model.cell_text(n, 0) == row.name
        assert model.cell_text(n, 4) == format_amount(row.balance, HOURS)
        assert model.data(model.index(n, 4), Qt.ItemDataRole.TextAlignmentRole) == RIGHT
    assert model.cell_text(len(tb.rows), 4) == "0.00"
    assert "Balance (h)" in model.column_titles()
    balances = {model.cell_text(n, 0): model.cell_text(n, 4) for n in range(len(tb.rows))}
    assert balances["Ann"] == "-7.50" and balances["Bob"] == "6.00"
    assert balances["Cyd"] == "1.50" and balances["Dee"] == "0.00"
    statuses = {model.cell_text(n, 0): model.cell_text(n, 2) for n in range(len(tb.rows))}
    assert statuses["Ann"] == "Active"  # the word of the Members page, not "active"
    assert panel.summary.text().startswith("Balanced")
    assert page.save_button.isEnabled() and page.print_button.isEnabled()


def test_balances_volume_activity_velocity_agree_with_the_services(
    page: ReportsPage, admin_ctx: AppContext, db: Database
) -> None:
    actor = admin_ctx.actor

    balances = page.show_report("balances")
    assert isinstance(balances, BalancesPanel)
    balances.status_box.setCurrentIndex(1)  # active members
    with db.transaction() as s:
        rows = reports.balances_at(s, actor, date.today(), members_only=True, status="active")
    assert balances.model.rowCount() == len(rows) + 1
    assert [balances.model.cell_text(n, 4) for n in range(len(rows))] == [
        format_amount(r.balance, HOURS) for r in rows
    ]

    volume = page.show_report("volume")
    assert isinstance(volume, VolumePanel)
    since, until = pydate(volume.since_edit), pydate(volume.until_edit)
    with db.transaction() as s:
        vr = reports.volume(s, actor, since, until)
    assert vr.total.count == 3 and vr.total.volume == 1650
    months = volume.month_model
    assert months.rowCount() == len(vr.by_month) + 1
    last = months.rowCount() - 1
    assert months.cell_text(last, 0) == "Total"
    assert months.cell_text(last, 1) == "3"
    assert months.cell_text(last, 4) == format_amount(vr.total.net_volume, HOURS) == "16.50"
    assert volume.category_model.cell_text(0, 0) == reports.NO_CATEGORY
    bars = volume.chart.bar_values()
    assert len(bars) == 12  # every month of the period, those without trade at zero
    assert [b for b in bars if b] == [r.net_volume / 100 for r in vr.by_month]

    activity = page.show_report("activity")
    assert isinstance(activity, ActivityPanel)
    with db.transaction() as s:
        ar = reports.activity(s, actor, 6, date.today())
    assert activity.model.rowCount() == len(ar.rows) == 4
    shown = {activity.model.cell_text(n, 1): activity.model.cell_text(n, 5) for n in range(4)}
    assert shown == {r.name: format_amount(r.balance, HOURS) for r in ar.rows}

    velocity = page.show_report("velocity")
    assert isinstance(velocity, VelocityPanel)
    with db.transaction() as s:
        vel = reports.velocity(s, actor, pydate(velocity.since_edit), pydate(velocity.until_edit))
    assert velocity.volume_label.text() == format_amount(vel.volume, HOURS, symbol=True)
    assert velocity.held_label.text() == format_amount(vel.positive_balances, HOURS, symbol=True)
    assert velocity.velocity_label.text() == str(vel.velocity)


def test_a_bad_period_is_refused_inline(page: ReportsPage) -> None:
    volume = page.show_report("volume")
    assert isinstance(volume, VolumePanel)
    volume.since_edit.setDate(volume.until_edit.date().addDays(3))
    volume.refresh()
    assert "after" in volume.message.text()
    assert volume.loaded is None
    assert not page.save_button.isEnabled()


def test_save_as_csv_writes_the_report_tables(
    page: ReportsPage,
    admin_ctx: AppContext,
    db: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page.show_report("trial_balance")
    out = tmp_path / "tb"  # no suffix: the chosen filter's is added
    save_to(monkeypatch, out, CSV_FILTER)
    page.save_as()
    written = tmp_path / "tb.csv"
    assert written.is_file()
    with db.transaction() as s:
        tb = reports.trial_balance(s, admin_ctx.actor, date.today())
        cur = settings.currency(s)
    expected = tmp_path / "expected.csv"
    exports.write_tables(exports.report_tables(tb, cur), expected)
    assert written.read_bytes() == expected.read_bytes()
    with written.open(encoding="utf-8-sig") as fh:
        rows = list(csv.reader(fh))
    # the file holds the accounts only: a spreadsheet's SUM of balances is the total
    assert "TOTAL" not in {r[3] for r in rows} and len(rows) == len(tb.rows) + 1
    assert sum(Decimal(r[5]) for r in rows[1:]) == 0
    assert "Saved trial balance" in page.message.text()


def test_save_as_pdf_and_bookkeepers_may(
    qtbot: QtBot,
    books: Books,
    keeper_ctx: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = make_page(qtbot, keeper_ctx)
    page.show_report("volume")
    out = tmp_path / "volume.pdf"
    save_to(monkeypatch, out, PDF_FILTER)
    page.save_pdf()
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(str(out)).pages)
    assert "Trade volume" in text and "Riverside LETS" in text
    assert "16.50" in text  # the net volume of the period, exact
    assert "Net volume" in text
