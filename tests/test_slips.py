"""Paper-slip batches: control figures, refused slips with reasons, all or nothing."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
import sqlalchemy as sa

from localex_desktop.db.connection import Database
from localex_desktop.domain.errors import PermissionDenied, ValidationError
from localex_desktop.domain.roles import Actor
from localex_desktop.services import audit, ledger, members, slips, trades, verify
from localex_desktop.services.slips import SlipInput


@pytest.fixture
def people(db: Database, admin: Actor) -> tuple[int, int, int, int]:
    with db.transaction() as s:
        ids = [
            members.create(s, admin, members.MemberInput(name=n), credit_limit=5_000).id
            for n in ("Ann", "Bob", "Cyd", "Dee")
        ]
        members.suspend(s, admin, ids[3])
    return ids[0], ids[1], ids[2], ids[3]


def _counts(db: Database) -> tuple[int, int, int]:
    with db.engine.connect() as conn:
        t, r, b = (
            int(conn.execute(sa.text(f"SELECT count(*) FROM {t}")).scalar_one())
            for t in ("transactions", "trades", "slip_batches")
        )
        return t, r, b


def _slips(ann: int, bob: int, cyd: int) -> list[SlipInput]:
    return [
        SlipInput(1, "101", ann, bob, "12.50", "Bread"),
        SlipInput(2, "102", str(bob), str(cyd), "7", "Lift", date.today() - timedelta(days=3)),
        SlipInput(3, "103", cyd, ann, "0.50"),
    ]


def test_a_matching_batch_posts_one_completed_trade_per_slip(
    db: Database, coordinator: Actor, people: tuple[int, int, int, int]
) -> None:
    ann, bob, cyd, _ = people
    with db.transaction() as s:
        result = slips.post_batch(s, coordinator, _slips(ann, bob, cyd), 3, 2000, note="March")
    assert len(result.trade_ids) == len(result.transaction_ids) == 3 and result.report.ok
    with db.transaction() as s:
        posted = trades.search(s, coordinator, trades.TradeFilter(batch_id=result.batch_id))
        assert sorted(t.slip_number or "" for t in posted) == ["101", "102", "103"]
        assert {t.status for t in posted} == {"completed"}
        third = next(t for t in posted if t.slip_number == "103")
        assert third.description == "Paper slip 103"
        second = next(t for t in posted if t.slip_number == "102")
        assert second.traded_on == date.today() - timedelta(days=3)
        assert [ledger.balance(s, coordinator, m).balance for m in (ann, bob, cyd)] == [
            -1250 + 50,
            1250 - 700,
            700 - 50,
        ]
        row = audit.query(s, coordinator, entity="slip_batch")[0]
        assert row.after["trades"] == result.trade_ids and row.after["note"] == "March"
        assert verify.verify(s, coordinator, record=False).ok


def test_totals_mismatch_posts_nothing(
    db: Database, coordinator: Actor, people: tuple[int, int, int, int]
) -> None:
    ann, bob, cyd, _ = people
    before = _counts(db)
    with pytest.raises(slips.SlipBatchRefused) as err, db.transaction() as s:
        slips.post_batch(s, coordinator, _slips(ann, bob, cyd), 3, 2100)
    assert "the bundle's total is 21.00 but the slips add up to 20.00" in str(err.value)
    assert err.value.report.refused == [] and not err.value.report.ok
    with pytest.raises(slips.SlipBatchRefused, match="says 4 slip"), db.transaction() as s:
        slips.post_batch(s, coordinator, _slips(ann, bob, cyd), 4, 2000)
    assert _counts(db) == before


def test_refused_slips_are_listed_with_line_and_reason_and_nothing_posts(
    db: Database, coordinator: Actor, people: tuple[int, int, int, int]
) -> None:
    ann, bob, cyd, dee = people
    with db.transaction() as s:
        trades.record(
            s, coordinator, trades.TradeInput(ann, bob, 100, "Earlier", slip_number="900")
        )
    before = _counts(db)
    batch = [
        SlipInput(1, "201", ann, bob, "10.00", "fine"),
        SlipInput(2, "202", 999, bob, "1.00"),  # unknown member
        SlipInput(3, "203", dee, bob, "1.00"),  # suspended
        SlipInput(4, "201", bob, cyd, "1.00"),  # duplicate in the batch
        SlipInput(5, "900", bob, cyd, "1.00"),  # entered before
        SlipInput(6, "206", bob, cyd, "1.005"),  # bad amount
        SlipInput(7, "207", "x7", cyd, "1.00"),  # not a number
        SlipInput(8, "208", cyd, cyd, "1.00"),  # same member
        SlipInput(9, "", cyd, ann, "1.00"),  # no slip number
        SlipInput(10, "210", ann, cyd, "30.00"),  # fine alone: Ann had 50.00 of credit
        SlipInput(11, "211", ann, cyd, "15.00"),  # together with 201 and 210: over the limit
    ]
    with pytest.raises(slips.SlipBatchRefused) as err, db.transaction() as s:
        slips.post_batch(s, coordinator, batch, 11, 6200)
    report = err.value.report
    reasons = {c.line: " / ".join(c.reasons) for c in report.refused}
    assert sorted(reasons) == [2, 3, 4, 5, 6, 7, 8, 9, 11]
    assert "there is no member number 999 (the buyer)" in reasons[2]
    assert "the buyer Dee" in reasons[3] and "is suspended" in reasons[3]
    assert "slip number 201 is also on line 1" in reasons[4]
    assert "slip 900 was already entered (trade" in reasons[5]
    assert "more than 2 decimal places" in reasons[6]
    assert "'x7' is not a member number" in reasons[7]
    assert "same member" in reasons[8]
    assert "slip number is missing" in reasons[9]
    assert "Ann" in reasons[11] and "credit limit" in reasons[11] and "10.00 left" in reasons[11]
    assert "9 slips refused" in str(err.value) and err.value.report.problems == []
    assert _counts(db) == before
    # the preview says the same and writes nothing
    with db.transaction() as s:
        preview = slips.check_batch(s, coordinator, batch, 11, 6200)
    assert [c.line for c in preview.refused] == sorted(reasons)
    assert _counts(db) == before


def test_upper_limits_are_simulated_too(db: Database, admin: Actor) -> None:
    with db.transaction() as s:
        a = members.create(s, admin, members.MemberInput(name="Payer"), credit_limit=100_000).id
        b = members.create(
            s, admin, members.MemberInput(name="Saver"), credit_limit=0, upper_limit=1000
        ).id
    batch = [SlipInput(1, "1", a, b, "6"), SlipInput(2, "2", a, b, "6")]
    with db.transaction() as s:
        report = slips.check_batch(s, admin, batch, 2, 1200)
    assert [c.line for c in report.refused] == [2]
    assert (
        "Saver" in report.refused[0].reasons[0]
        and "upper limit of 10.00" in (report.refused[0].reasons[0])
    )


def test_bad_batch_figures_and_roles(
    db: Database, coordinator: Actor, bookkeeper: Actor, people: tuple[int, int, int, int]
) -> None:
    ann, bob, cyd, _ = people
    with db.transaction() as s:
        with pytest.raises(ValidationError, match="no slips"):
            slips.post_batch(s, coordinator, [], 1, 100)
        with pytest.raises(ValidationError, match="control count"):
            slips.post_batch(s, coordinator, _slips(ann, bob, cyd), 0, 100)
        with pytest.raises(ValidationError, match="control total"):
            slips.post_batch(s, coordinator, _slips(ann, bob, cyd), 3, 0)
        with pytest.raises(PermissionDenied):
            slips.check_batch(s, bookkeeper, _slips(ann, bob, cyd), 3, 2000)
