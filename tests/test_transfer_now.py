"""ledger.transfer_now: the one-round-trip transfer keeps every rule of transfer()."""

from __future__ import annotations

from dataclasses import replace

import pytest

from localex_desktop.db.connection import Database
from localex_desktop.domain.errors import (
    Conflict,
    NotFound,
    PermissionDenied,
    Refused,
    ValidationError,
)
from localex_desktop.domain.roles import Actor
from localex_desktop.services import ledger, members, verify


@pytest.fixture
def pair(db: Database, admin: Actor) -> tuple[int, int]:
    with db.transaction() as s:
        a = members.create(s, admin, members.MemberInput(name="Ann"), credit_limit=1000).id
        b = members.create(s, admin, members.MemberInput(name="Bob"), credit_limit=1000).id
    return a, b


def test_moves_balances_and_verifies(db: Database, admin: Actor, pair: tuple[int, int]) -> None:
    a, b = pair
    res = ledger.transfer_now(db, admin, a, b, 250, "  Bread   and eggs ")
    assert not res.replayed
    with db.transaction() as s:
        assert ledger.balance(s, admin, a).balance == -250
        assert ledger.balance(s, admin, b).balance == 250
        tx = ledger.transaction(s, admin, res.transaction_id)
        assert tx.memo == "Bread and eggs" and tx.kind == "transfer"
        assert verify.verify(s, admin).ok


def test_same_rules_as_transfer(
    db: Database, admin: Actor, bookkeeper: Actor, pair: tuple[int, int]
) -> None:
    a, b = pair
    with pytest.raises(Refused, match="credit left"):
        ledger.transfer_now(db, admin, a, b, 1001, "too much")
    with pytest.raises(NotFound, match="no member number 999"):
        ledger.transfer_now(db, admin, a, 999, 1, "nobody")
    with pytest.raises(NotFound, match="no member number 998"):
        ledger.transfer_now(db, admin, 998, b, 1, "nobody")
    with pytest.raises(ValidationError, match="pay themselves"):
        ledger.transfer_now(db, admin, a, a, 1, "self")
    with pytest.raises(ValidationError):
        ledger.transfer_now(db, admin, a, b, 0, "zero")
    with pytest.raises(PermissionDenied):
        ledger.transfer_now(db, bookkeeper, a, b, 1, "not allowed")
    with db.transaction() as s:
        members.suspend(s, admin, b)
    with pytest.raises(Refused, match="suspended"):
        ledger.transfer_now(db, admin, a, b, 1, "to a suspended member")
    with db.transaction() as s:
        assert ledger.balance(s, admin, a).balance == 0  # nothing was written


def test_idempotency_key(db: Database, admin: Actor, pair: tuple[int, int]) -> None:
    a, b = pair
    first = ledger.transfer_now(db, admin, a, b, 100, "slip 7", idempotency_key="slip-7")
    again = ledger.transfer_now(db, admin, a, b, 100, "slip 7", idempotency_key="slip-7")
    assert again.transaction_id == first.transaction_id and again.replayed
    with pytest.raises(Conflict):
        ledger.transfer_now(db, admin, a, b, 200, "slip 7", idempotency_key="slip-7")


def test_read_only_database_refuses(db: Database, admin: Actor, pair: tuple[int, int]) -> None:
    a, b = pair
    with pytest.raises(Refused, match="read-only"):
        ledger.transfer_now(replace(db, read_only=True), admin, a, b, 1, "review")
