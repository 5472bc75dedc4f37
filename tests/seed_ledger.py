"""Ledger data for migration tests: members, transfers, a reversal, a batch and a levy."""

from localex_desktop.db.connection import Database
from localex_desktop.domain.roles import Actor
from localex_desktop.services import ledger, members


def seed_ledger(db: Database, actor: Actor) -> None:
    with db.transaction() as s:
        ids = [
            members.create(s, actor, members.MemberInput(name=name), credit_limit=20_000).id
            for name in ("Seed Ann", "Seed Bob", "Seed Cyd", "Seed Dee")
        ]
        a, b, c, d = ids
        ledger.transfer(s, actor, a, b, 1500, "seed: bread")
        ledger.transfer(s, actor, b, c, 700, "seed: lift to town")
        wrong = ledger.transfer(s, actor, c, d, 999, "seed: entered twice").transaction_id
        ledger.reverse(s, actor, wrong, "seed: entered twice")
        ledger.batch_transfer(s, actor, d, [(a, 100), (b, 200)], "seed: shared costs")
        ledger.levy(s, actor, 250, "seed: yearly fee")
        members.suspend(s, actor, d)
