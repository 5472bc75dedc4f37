"""The role matrix, enforced in the services: each role × each service call.

The expected table is written out here from the issue (admin: everything; coordinator:
members, listings, trades, postings; bookkeeper: read, verify, export), not derived
from ``GRANTS``, so a wrong grant fails this test. Every call runs in its own
transaction that is rolled back, so one world serves the whole table; each allowed
mutating call must also leave an audit-log row.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session

from localex_desktop.db.connection import Database
from localex_desktop.domain.errors import PermissionDenied
from localex_desktop.domain.roles import Actor, Role
from localex_desktop.services import (
    audit,
    categories,
    exports,
    leaving,
    ledger,
    listings,
    members,
    operator_changes,
    operators,
    settings,
    slips,
    trades,
    verify,
)

ALL = frozenset(Role)
STAFF = frozenset({Role.ADMIN, Role.COORDINATOR})
ADMIN = frozenset({Role.ADMIN})


@dataclass(frozen=True)
class Op:
    name: str
    allowed: frozenset[Role]
    call: Callable[[Session, Actor, dict[str, int]], object]
    audited: bool = True  # writes at least one audit row when allowed


def _trade(w: dict[str, int], amount: int = 100) -> trades.TradeInput:
    return trades.TradeInput(w["ann"], w["bob"], amount, "Eggs")


OPS = [
    # categories
    Op("category add", STAFF, lambda s, a, w: categories.add(s, a, "New")),
    Op("category rename", STAFF, lambda s, a, w: categories.rename(s, a, w["food"], "Foods")),
    Op(
        "category move",
        STAFF,
        lambda s, a, w: categories.move(s, a, w["spare"], parent_id=w["food"]),
    ),
    Op("category delete", STAFF, lambda s, a, w: categories.delete(s, a, w["spare"])),
    # listings
    Op(
        "listing add",
        STAFF,
        lambda s, a, w: listings.add(
            s, a, listings.ListingInput(w["ann"], "want", w["food"], "Eggs")
        ),
    ),
    Op("listing update", STAFF, lambda s, a, w: listings.update(s, a, w["listing"], title="Jams")),
    Op("listing pause", STAFF, lambda s, a, w: listings.pause(s, a, w["listing"])),
    Op("listing resume", STAFF, lambda s, a, w: listings.resume(s, a, w["paused"])),
    Op("listing withdraw", STAFF, lambda s, a, w: listings.withdraw(s, a, w["listing"])),
    Op("listing expire due", STAFF, lambda s, a, w: listings.expire_due(s, a), audited=False),
    # trades
    Op("trade record", STAFF, lambda s, a, w: trades.record(s, a, _trade(w))),
    Op("trade record completed", STAFF, lambda s, a, w: trades.record_completed(s, a, _trade(w))),
    Op("trade complete", STAFF, lambda s, a, w: trades.complete(s, a, w["pending"])),
    Op("trade cancel", STAFF, lambda s, a, w: trades.cancel(s, a, w["pending"], "no")),
    Op("trade dispute", STAFF, lambda s, a, w: trades.dispute(s, a, w["pending"], "hm")),
    Op(
        "trade resolve",
        STAFF,
        lambda s, a, w: trades.resolve(s, a, w["disputed"], "cancelled", "agreed"),
    ),
    Op("trade reverse", STAFF, lambda s, a, w: trades.reverse_trade(s, a, w["completed"], "oops")),
    Op(
        "slip batch check",
        STAFF,
        lambda s, a, w: slips.check_batch(
            s, a, [slips.SlipInput(1, "S1", w["ann"], w["bob"], "1")], 1, 100
        ),
        audited=False,
    ),
    Op(
        "slip batch post",
        STAFF,
        lambda s, a, w: slips.post_batch(
            s, a, [slips.SlipInput(1, "S1", w["ann"], w["bob"], "1")], 1, 100
        ),
    ),
    # members
    Op(
        "member create",
        STAFF,
        lambda s, a, w: members.create(s, a, members.MemberInput(name="New member")),
    ),
    Op("member update", STAFF, lambda s, a, w: members.update(s, a, w["ann"], phone="123 456")),
    Op("member suspend", STAFF, lambda s, a, w: members.suspend(s, a, w["ann"])),
    Op("member reactivate", STAFF, lambda s, a, w: members.reactivate(s, a, w["dee"])),
    Op("member leave", STAFF, lambda s, a, w: leaving.leave(s, a, w["cyd"])),
    # the ledger
    Op("ledger transfer", STAFF, lambda s, a, w: ledger.transfer(s, a, w["ann"], w["bob"], 5, "x")),
    Op("ledger reverse", STAFF, lambda s, a, w: ledger.reverse(s, a, w["transfer"], "wrong")),
    Op("ledger levy", STAFF, lambda s, a, w: ledger.levy(s, a, 1, "fee")),
    Op(
        "ledger batch",
        STAFF,
        lambda s, a, w: ledger.batch_transfer(s, a, w["ann"], [(w["bob"], 1)], "split"),
    ),
    # operators and settings
    Op(
        "operator create",
        ADMIN,
        lambda s, a, w: operators.create(s, a, "newbie", "long enough pw", Role.BOOKKEEPER),
    ),
    Op(
        "operator disable",
        ADMIN,
        lambda s, a, w: operator_changes.set_active(s, a, w["victim"], False),
    ),
    Op(
        "operator change role",
        ADMIN,
        lambda s, a, w: operator_changes.set_role(s, a, w["victim"], Role.BOOKKEEPER),
    ),
    Op(
        "operator reset password",
        ADMIN,
        lambda s, a, w: operators.set_password(s, a, w["victim"], "another long password"),
    ),
    Op("operator delete", ADMIN, lambda s, a, w: operators.delete(s, a, w["victim"])),
    Op(
        "settings change",
        ADMIN,
        lambda s, a, w: settings.put(s, a, "exchange_name", "Renamed exchange"),
    ),
    # everyone
    Op(
        "own password",
        ALL,
        lambda s, a, w: operators.set_password(s, a, a.operator_id or 0, "my own new password"),
    ),
    Op("read categories", ALL, lambda s, a, w: categories.tree(s, a), audited=False),
    Op("read listings", ALL, lambda s, a, w: listings.search(s, a), audited=False),
    Op("read trades", ALL, lambda s, a, w: trades.search(s, a), audited=False),
    Op("read members", ALL, lambda s, a, w: members.search(s, a), audited=False),
    Op("read ledger", ALL, lambda s, a, w: ledger.journal(s, a), audited=False),
    Op("read audit log", ALL, lambda s, a, w: audit.query(s, a), audited=False),
    Op("read operators", ALL, lambda s, a, w: operators.list_all(s, a), audited=False),
    Op("verify", ALL, lambda s, a, w: verify.verify(s, a, record=False), audited=False),
    Op("export members", ALL, lambda s, a, w: exports.members_table(s, a), audited=False),
    Op("export ledger", ALL, lambda s, a, w: exports.transactions_table(s, a), audited=False),
]


def _world(db: Database, admin: Actor) -> dict[str, int]:
    with db.transaction() as s:
        w: dict[str, int] = {}
        for name in ("ann", "bob", "cyd", "dee"):
            w[name] = members.create(s, admin, members.MemberInput(name=name.title())).id
        members.suspend(s, admin, w["dee"])
        w["food"] = categories.add(s, admin, "Food").id
        w["spare"] = categories.add(s, admin, "Spare").id
        w["listing"] = listings.add(
            s, admin, listings.ListingInput(w["ann"], "offer", w["food"], "Jam")
        ).id
        w["paused"] = listings.add(
            s, admin, listings.ListingInput(w["bob"], "offer", w["food"], "Honey")
        ).id
        listings.pause(s, admin, w["paused"])
        w["pending"] = trades.record(s, admin, _trade(w)).id
        w["disputed"] = trades.record(s, admin, _trade(w)).id
        trades.dispute(s, admin, w["disputed"], "Bob says it was one egg")
        w["completed"] = trades.record_completed(s, admin, _trade(w)).id
        w["transfer"] = ledger.transfer(s, admin, w["bob"], w["ann"], 50, "lift").transaction_id
        w["victim"] = operators.create(s, admin, "victim", "long enough pw", Role.COORDINATOR).id
        for role in Role:
            w[f"op-{role.value}"] = operators.create(
                s, admin, f"op-{role.value}", "long enough pw", role
            ).id
    return w


def _audit_rows(s: Session) -> int:
    return int(s.scalar(sa.text("SELECT count(*) FROM audit_log")) or 0)


def test_matrix_covers_every_role_and_both_outcomes() -> None:
    assert len({op.name for op in OPS}) == len(OPS)
    for role in Role:
        allowed = [op for op in OPS if role in op.allowed]
        assert allowed, role
    assert {op.name for op in OPS if op.allowed == ALL} >= {"verify", "export ledger"}


@pytest.mark.parametrize("role", list(Role), ids=[r.value for r in Role])
def test_role_matrix(db: Database, admin: Actor, role: Role) -> None:
    w = _world(db, admin)
    actor = Actor(f"op-{role.value}", role, w[f"op-{role.value}"])
    wrong: list[str] = []
    for op in OPS:
        session = db.session()
        try:
            session.begin()
            rows = _audit_rows(session)
            try:
                op.call(session, actor, w)
                session.flush()
            except PermissionDenied as exc:
                if role in op.allowed:
                    wrong.append(f"{op.name}: refused ({exc})")
                else:
                    assert role.value in str(exc) and exc.hint, op.name
                continue
            if role not in op.allowed:
                wrong.append(f"{op.name}: allowed")
            elif op.audited and _audit_rows(session) <= rows:
                wrong.append(f"{op.name}: no audit row")
        except Exception as exc:  # anything but the role check is a broken test world
            wrong.append(f"{op.name}: {type(exc).__name__}: {exc}")
        finally:
            session.rollback()
            session.close()
    assert not wrong, f"{role.value}:\n" + "\n".join(wrong)


def test_refusal_names_the_role_and_what_to_do(db: Database, bookkeeper: Actor) -> None:
    with pytest.raises(PermissionDenied) as err, db.transaction() as s:
        categories.add(s, bookkeeper, "Anything")
    assert str(err.value.message) == "test-bookkeeper (bookkeeper) may not manage listings."
    assert err.value.hint == "Ask an administrator to do it, or to change your role."
