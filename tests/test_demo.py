"""`localex demo`: a small demo exchange that keeps every rule of a real one."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest
import sqlalchemy as sa

from localex_desktop.db.connection import Database
from localex_desktop.domain.errors import Refused, ValidationError
from localex_desktop.domain.roles import Actor
from localex_desktop.services import (
    audit,
    categories,
    dashboard,
    demo,
    listings,
    members,
    reports,
    settings,
    trades,
    verify,
)
from localex_desktop.services.demo_data import unique_names

from .cli_helpers import run_cli


@pytest.fixture
def small(db: Database) -> demo.DemoResult:
    return demo.generate(db, members_count=10, seed=7, trades_per_member=12)


def test_small_demo_is_a_sound_exchange(db: Database, small: demo.DemoResult, admin: Actor) -> None:
    r = small
    assert r.members == 10 and r.categories == 20
    assert r.listings == round(400 * 10 / 150)
    assert r.trades == 120
    with db.transaction() as s:
        assert members.count(s, admin) == 10
        assert members.count(s, admin, "suspended") == r.suspended >= 1
        assert members.count(s, admin, "left") == r.left == 2
        tree = categories.tree(s, admin)
        assert len(tree) == 20
        assert len([c for c in tree if c.parent_id is None]) == 6
        assert listings.count(s, admin) == r.listings
        assert listings.count(s, admin, listings.ListingFilter(kind="want")) > 0
        counts = {
            st: trades.count(s, admin, trades.TradeFilter(status=st)) for st in trades.STATUSES
        }
        assert sum(counts.values()) == r.trades
        assert counts["completed"] == r.completed > 100
        assert counts["disputed"] == r.disputed >= 1
        assert counts["cancelled"] == r.cancelled >= 5  # cancelled, resolved, reversed
        everyone = members.search(s, admin, limit=100)
        report = verify.verify(s, admin)
        kinds = dict(
            s.execute(sa.text("SELECT kind, count(*) FROM transactions GROUP BY kind")).all()
        )
        dates = s.execute(sa.text("SELECT min(traded_on), max(traded_on) FROM trades")).one()
        by_demo = audit.query(s, admin, operator="demo", limit=5)
    assert report.ok, report.problems
    assert report.balance_sum == 0
    assert kinds["trade"] >= counts["completed"]
    assert kinds["reversal"] == r.reversed >= 5
    assert kinds["levy"] >= 1  # the yearly levies, dated in January
    assert kinds["adjustment"] == 1  # a departing member settled with the community fund
    # people look like people: most have an email, all a phone, some share their details
    assert sum(m.email is not None for m in everyone) >= 5
    assert all(m.phone for m in everyone)
    assert any(m.directory_consent for m in everyone)
    assert any(not m.directory_consent for m in everyone)
    assert all(m.balance >= -(m.credit_limit or 0) for m in everyone)
    assert all(m.balance == 0 for m in everyone if m.status == "left")
    assert dates[0] >= date.today() - timedelta(days=2 * 365 + 1)
    assert (dates[1] - dates[0]).days > 365  # the trades' own dates span the two years
    assert by_demo and all(row.actor == "demo" for row in by_demo)
    names = [m.name for m in sorted(everyone, key=lambda m: m.id)]
    assert names == unique_names(random.Random(7), 10)  # the seed decides everything


def test_refuses_a_database_with_members(db: Database, small: demo.DemoResult) -> None:
    with pytest.raises(Refused, match="already holds 10 members"):
        demo.generate(db, members_count=3, trades_per_member=1)
    with db.transaction() as s:
        settings.put(s, demo.DEMO_ACTOR, "exchange_name", "Millbrook Favours")
    again = demo.generate(db, members_count=3, seed=7, trades_per_member=2, force=True)
    assert again.members == 3 and again.categories == 0  # the tree was there already
    with db.transaction() as s:
        assert settings.get(s, "exchange_name") == "Millbrook Favours"  # not renamed
        assert verify.verify(s, demo.DEMO_ACTOR).ok


def test_a_new_exchange_gets_the_demo_name(db: Database, small: demo.DemoResult) -> None:
    with db.transaction() as s:
        assert settings.get(s, "exchange_name") == "Riverside Exchange (demo)"


def test_member_count_is_checked(db: Database) -> None:
    with pytest.raises(ValidationError):
        demo.generate(db, members_count=1)


def test_cli_demo_refuses_without_force(db: Database, cli_env: dict[str, str]) -> None:
    url = db.url.render_as_string(hide_password=False)
    with db.transaction() as s:
        members.create(s, Actor("t", demo.DEMO_ACTOR.role), members.MemberInput(name="Real One"))
    proc = run_cli("--database-url", url, "demo", "--members", "3", env=cli_env)
    assert proc.returncode == 1
    assert "already holds 1 member" in proc.stderr and "--force" in proc.stderr
    bad = run_cli("--database-url", url, "demo", "--members", "1", env=cli_env)
    assert bad.returncode == 2


def test_cli_defaults_match_the_service() -> None:
    from localex_desktop.cli import cmd_demo
    from localex_desktop.services import demo

    assert (cmd_demo.DEFAULT_MEMBERS, cmd_demo.DEFAULT_SEED) == (
        demo.DEFAULT_MEMBERS,
        demo.DEFAULT_SEED,
    )


@pytest.fixture(scope="module")
def history_today() -> date:
    return date.today()


def test_the_history_is_dated_over_two_years(
    db: Database, admin: Actor, history_today: date
) -> None:
    """Value dates spread over 24 months, with dormant members and varied last activity."""
    r = demo.generate(db, members_count=40, seed=11)
    today = history_today
    with db.transaction() as s:
        months = s.execute(
            sa.text("SELECT to_char(value_date, 'YYYY-MM'), count(*) FROM transactions GROUP BY 1")
        ).all()
        mismatched = s.execute(
            sa.text(
                "SELECT count(*) FROM trades tr JOIN transactions t ON t.id = tr.transaction_id"
                " WHERE t.value_date <> tr.traded_on AND t.value_date <> current_date"
            )
        ).scalar_one()
        backdated = s.execute(
            sa.text(
                "SELECT count(*), count(*) FILTER (WHERE reason = :why) FROM transactions"
                " WHERE value_date < current_date"
            ),
            {"why": demo.HISTORY_REASON},
        ).one()
        levies = s.execute(
            sa.text(
                "SELECT DISTINCT extract(month FROM value_date) FROM transactions"
                " WHERE kind = 'levy'"
            )
        ).all()
        activity = reports.activity(s, admin, dashboard.DORMANT_MONTHS, today)
        everyone = members.search(s, admin, status="active", limit=1000)
        report = verify.verify(s, admin)
    assert report.ok, report.problems
    assert len(months) > 12  # more than a year of months with trade
    counts = [n for _, n in sorted(months)]
    assert max(counts) > 2 * min(counts[1:-1])  # seasons and growth: not one flat line
    assert mismatched == 0  # a trade of the history is dated the day it happened (a dispute
    # settled today is posted today)
    assert backdated[0] > r.trades // 2 and backdated[1] > r.trades // 2
    assert levies == [(1,)]
    assert len(activity.dormant) >= 1  # a founding member never traded
    assert len({m.last_activity_on for m in everyone}) > 5


def test_the_dashboard_sees_the_history(db: Database, admin: Actor) -> None:
    demo.generate(db, members_count=30, seed=5)
    d = dashboard.load(db, admin)
    with db.transaction() as s:
        month = reports.volume(s, admin, since=d.today.replace(day=1), until=d.today).total
    assert d.month.net_count == month.net_count
    assert len(d.months) == 12 and len({m.count for m in d.months}) > 3  # bars that vary
    assert d.dormant_count >= 1
