"""A coordinator's whole day through their own login on a shared server (issue 15).

The two-session tests enrolled members through the migrating login, which hid that a
coordinator's login could not enrol anyone ("permission denied for table accounts").
Here every task of the day runs as the login of the person doing it — ``alice``
(coordinator) signed in as operator ``ann``, ``dana`` (administrators) as ``admin``,
``bert`` (bookkeeper) as ``bea`` — with nothing done through the owner's login, and
the command line's import and statements run the same way.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from localex_desktop.db.connection import Database
from localex_desktop.domain.errors import PermissionDenied
from localex_desktop.domain.roles import Actor, Role
from localex_desktop.services import (
    categories,
    leaving,
    levies,
    listings,
    member_queries,
    members,
    operators,
    posting,
    reports,
    slips,
    trades,
    verify,
)
from localex_desktop.services import settings as exchange_settings
from localex_desktop.services.listings import ListingInput
from localex_desktop.services.members import MemberInput
from localex_desktop.services.trade_recording import TradeInput
from tests.cli_helpers import run_cli

from .server_cluster import OPERATORS, SharedServer


@dataclass
class Desk:
    db: Database
    actor: Actor


def _desk(shared: SharedServer, database: str, login: str, operator: str) -> Desk:
    db = shared.database_for(login, database)
    signed = operators.authenticate(db, operator, OPERATORS[operator][0])
    return Desk(db, signed.actor())


@pytest.fixture
def exchange(shared_server: SharedServer) -> str:
    return shared_server.fresh_exchange()


@pytest.fixture
def ann(shared_server: SharedServer, exchange: str) -> Iterator[Desk]:
    d = _desk(shared_server, exchange, "alice", "ann")
    yield d
    d.db.close()


def _env(shared: SharedServer, database: str, login: str, operator: str) -> dict[str, str]:
    env = dict(os.environ)
    env["LOCALEX_DATABASE_URL"] = shared.url(login, database).render_as_string(hide_password=False)
    env["LOCALEX_OPERATOR"] = operator
    env["LOCALEX_PASSWORD"] = OPERATORS[operator][0]
    return env


def test_a_coordinators_day_through_their_own_login(ann: Desk) -> None:
    """Enrol, edit, set limits, list, trade, pay, levy, post slips, leave: all as alice."""
    a = ann.actor
    with ann.db.transaction() as s:
        dora = members.create(s, a, MemberInput("Dora Diaz", email="dora@example.org"))
        emil = members.create(s, a, MemberInput("Emil Ek"), credit_limit=50_000, upper_limit=90_000)
        numbered = members.create(s, a, MemberInput("Fay Fox"), member_id=40)
    assert numbered.id == 40
    with ann.db.transaction() as s:
        members.update(s, a, dora.id, name="Dora Díaz", phone="0711")
        members.update(s, a, dora.id, credit_limit=20_000)
        after_40 = members.create(s, a, MemberInput("Gus Gray"))
    assert after_40.id > 40
    with ann.db.transaction() as s:
        garden = categories.add(s, a, "Garden")
        offer = listings.add(
            s, a, ListingInput(dora.id, "offer", garden.id, "Hedge trimming", price=1_500)
        )
        trade = trades.record(
            s, a, TradeInput(emil.id, dora.id, 1_500, "hedge", listing_id=offer.id)
        )
    with ann.db.transaction() as s:
        trades.complete(s, a, trade.id)
        paid = posting.transfer(s, a, emil.id, dora.id, 700, "apples")
    with ann.db.transaction() as s:
        posting.reverse(s, a, paid.transaction_id, "typed twice")
        levies.levy(s, a, 100, "December levy")
        slips.post_batch(
            s,
            a,
            [slips.SlipInput(1, "S-1", emil.id, dora.id, "2.50", "eggs", date.today())],
            1,
            250,
        )
    with ann.db.transaction() as s:
        leaving.leave(s, a, after_40.id, settle=True, expected_balance=-100)
        balance = member_queries.get(s, a, dora.id)
    assert balance.balance == 1_500 + 250 - 100
    with ann.db.transaction() as s:
        assert verify.verify(s, a).ok


def test_the_administrator_and_the_bookkeeper_through_their_own_logins(
    shared_server: SharedServer, exchange: str, ann: Desk
) -> None:
    with ann.db.transaction() as s:
        dora = members.create(s, ann.actor, MemberInput("Dora Diaz"))
        emil = members.create(s, ann.actor, MemberInput("Emil Ek"))
        posting.transfer(s, ann.actor, emil.id, dora.id, 700, "apples")
    admin = _desk(shared_server, exchange, "dana", "admin")
    try:
        with admin.db.transaction() as s:
            exchange_settings.put(s, admin.actor, "default_credit_limit", 30_000)
            operators.create(s, admin.actor, "ed", "ed-operator-1", Role.COORDINATOR)
    finally:
        admin.db.close()
    bea = _desk(shared_server, exchange, "bert", "bea")
    try:
        with bea.db.transaction() as s:
            trial = reports.trial_balance(s, bea.actor, date.today())
            assert trial.balanced
            with pytest.raises(PermissionDenied):
                members.create(s, bea.actor, MemberInput("Not Allowed"))
    finally:
        bea.db.close()


def test_the_command_line_imports_members_and_balances_as_a_coordinator(
    shared_server: SharedServer, exchange: str, tmp_path: Path
) -> None:
    env = _env(shared_server, exchange, "alice", "ann")
    people = tmp_path / "members.csv"
    people.write_text("number,name,email\n7,Ida Ito,ida@example.org\n8,Jon Juul,\n")
    proc = run_cli("import", "members", str(people), env=env)
    assert proc.returncode == 0, proc.stderr
    opening = tmp_path / "balances.csv"
    opening.write_text("number,balance\n7,12.50\n8,-12.50\n")
    proc = run_cli("import", "balances", str(opening), env=env)
    assert proc.returncode == 0, proc.stderr
    proc = run_cli("--json", "balance", "7", env=env)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["balance"] in (1250, "12.50")
    out = tmp_path / "statements"
    proc = run_cli("statement", "--all", "--out", str(out), env=env)
    assert proc.returncode == 0, proc.stderr
    assert sorted(p.suffix for p in out.iterdir()) == [".pdf", ".pdf"]
