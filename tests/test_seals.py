"""Seals and check codes: a history rewritten by a superuser is caught (issue 13, problem 4).

The attack: a transfer's amount changed from 10.00 to 50.00 with the content hash, both
accounts' chains and running balances, the account rows and the audit row recomputed
(tests/tampering.py: rewrite_amount). The database alone cannot tell; a seal, a
backup's seal and a member's statement code can.
"""

from __future__ import annotations

import json
import os
import stat
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa

from localex_desktop.db import migrate
from localex_desktop.db.connection import Database
from localex_desktop.domain import backup_format
from localex_desktop.domain import seal_format as sf
from localex_desktop.domain.roles import Actor
from localex_desktop.services import backup, check_codes, ledger, members, seal_check, seals, verify
from localex_desktop.services import statements as statements_mod

from .tampering import names_changed, rewrite_amount, tamper, verified


@dataclass
class Books:
    ann: int  # member ids
    bob: int
    cyd: int
    tx: list[int]  # t1 Ann->Bob 10.00 (the one forged), then three more


@pytest.fixture
def books(db: Database, admin: Actor) -> Books:
    with db.transaction() as s:
        ids = [
            members.create(s, admin, members.MemberInput(name=n)).id for n in ("Ann", "Bob", "Cyd")
        ]
        pairs = [(0, 1, 1000), (1, 2, 400), (0, 2, 250), (2, 0, 75)]
        txs = [
            ledger.transfer(s, admin, ids[p], ids[q], x, f"t{i}").transaction_id
            for i, (p, q, x) in enumerate(pairs, 1)
        ]
    return Books(*ids, txs)


def folder(db: Database) -> Path:
    with db.transaction() as s:
        return seals.exchange_folder(s)


def sealed_verify(db: Database, admin: Actor) -> verify.VerifyReport:
    """A full verify, as `localex verify` runs it: it seals a sound ledger."""
    with db.transaction() as s:
        return verify.verify(s, admin, record=True)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_attack_passes_without_a_seal(db: Database, admin: Actor, books: Books) -> None:
    """The helper forges as well as the issue says: verify alone finds nothing."""
    rewrite_amount(db, books.tx[0], 5000)
    report = verified(db, admin)
    assert report.ok, report.problems
    with db.transaction() as s:
        assert ledger.balance(s, admin, books.ann).balance == -5000 - 250 + 75


def test_a_sound_ledger_is_sealed_and_passes(db: Database, admin: Actor, books: Books) -> None:
    first = sealed_verify(db, admin)
    assert first.ok and first.seal["made"] is True and first.seal["fingerprint"]
    where = folder(db)
    assert mode(where) == 0o700
    for name in (seals.SEALS_FILE, seals.KEY_FILE):
        assert mode(where / name) == 0o600
    kept = seals.read_seals(where)
    assert len(kept) == 1 and sf.signature_ok(kept[0])
    assert kept[0]["transactions"] == {"count": 4, "max_id": max(books.tx)}
    # nothing changed: passes, and no second seal of the same state
    again = sealed_verify(db, admin)
    assert again.ok and again.seal["made"] is False
    assert len(seals.read_seals(where)) == 1
    # new postings after the seal are fine: a seal covers the prefix it saw
    with db.transaction() as s:
        ledger.transfer(s, admin, books.bob, books.ann, 300, "later")
    later = sealed_verify(db, admin)
    assert later.ok and later.seal["made"] is True and later.as_dict()["seal"]
    assert len(seals.read_seals(where)) == 2


def test_the_rewritten_amount_is_caught_by_the_seal(
    db: Database, admin: Actor, books: Books
) -> None:
    assert sealed_verify(db, admin).ok
    forged = books.tx[0]
    rewrite_amount(db, forged, 5000)
    report = sealed_verify(db, admin)
    assert not report.ok and {p.check for p in report.problems} == {"seal"}
    assert report.first_bad_transaction == forged
    message = report.problems[0].message
    assert names_changed(message, forged) and message.startswith("Transaction ")
    assert "(made at a verify)" in message and "is not the one sealed" in message
    assert report.seal == {}  # a ledger that fails is never sealed
    assert len(seals.read_seals(folder(db))) == 1


def test_a_later_transaction_rewritten_is_named(db: Database, admin: Actor, books: Books) -> None:
    assert sealed_verify(db, admin).ok
    forged = books.tx[2]
    rewrite_amount(db, forged, 9999)
    report = sealed_verify(db, admin)
    assert report.first_bad_transaction == forged


def test_a_removed_transaction_is_caught(db: Database, admin: Actor, books: Books) -> None:
    """The last transaction deleted, the accounts rolled back to the entries before it."""
    assert sealed_verify(db, admin).ok
    last = books.tx[-1]
    tamper(
        db,
        "DELETE FROM audit_log WHERE entity = 'transaction' AND entity_id = :s",
        "DELETE FROM entries WHERE transaction_id = :t",
        "DELETE FROM transactions WHERE id = :t",
        "UPDATE accounts a SET balance = coalesce(h.balance_after, 0),"
        " entry_count = coalesce(h.seq, 0), chain_head = coalesce(h.hash, '\\x'::bytea || "
        "decode(repeat('00', 32), 'hex')) FROM accounts x LEFT JOIN LATERAL (SELECT * FROM "
        "entries e WHERE e.account_id = x.id ORDER BY seq DESC LIMIT 1) h ON true"
        " WHERE a.id = x.id",
        audit_too=True,
        t=last,
        s=str(last),
    )
    report = sealed_verify(db, admin)
    assert not report.ok and {p.check for p in report.problems} == {"seal"}
    assert report.first_bad_transaction == last
    assert report.problems[0].message.startswith(f"Transaction {last} was removed after the seal")


def test_a_backups_seal_catches_the_rewrite(seeded: Database, admin: Actor, tmp_path: Path) -> None:
    """verify --against an older backup: its manifest's seal no longer matches."""
    made = backup.create_backup(seeded, admin, out=tmp_path)
    seal = made.manifest.seal
    assert seal is not None and sf.signature_ok(seal)
    assert backup_format.read_header(made.path).manifest.seal == seal  # it is in the file
    with seeded.transaction() as s:
        assert seal_check.check_backup_seal(s, made.path, seal) == []
        forged = int(
            s.execute(
                sa.text(
                    "SELECT min(transaction_id) FROM entries GROUP BY transaction_id"
                    " HAVING count(*) = 2 ORDER BY 1 LIMIT 1"
                )
            ).scalar_one()
        )
    rewrite_amount(seeded, forged, 4242)
    (folder(seeded) / seals.SEALS_FILE).unlink()  # the backup alone must tell
    assert verified(seeded, admin).ok
    with seeded.transaction() as s:
        found = seal_check.check_backup_seal(s, made.path, seal)
    # the transaction, and the audit log that recorded its posting (rewritten with it)
    assert [f.transaction_id is None for f in found] == [False, True]
    assert names_changed(found[0].message, forged)
    assert found[1].message.startswith("The audit log was changed after the seal of ")
    assert made.path.name in found[0].message


def test_a_seal_with_a_bad_signature_is_reported(db: Database, admin: Actor, books: Books) -> None:
    assert sealed_verify(db, admin).ok
    path = folder(db) / seals.SEALS_FILE
    seal = json.loads(path.read_text())
    seal["balance_sum"] = 1  # any change to a signed seal
    path.write_text(json.dumps(seal) + "\n")
    report = verified(db, admin)
    assert not report.ok and [p.check for p in report.problems] == ["seal"]
    assert "has a bad signature" in report.problems[0].message
    path.write_text("not json\n")
    assert "Line 1 of the seals file is damaged." in verified(db, admin).problems[0].message


def test_a_seal_signed_by_another_key_is_not_trusted(
    db: Database, admin: Actor, books: Books
) -> None:
    assert sealed_verify(db, admin).ok
    where = folder(db)
    with db.transaction() as s:
        forged = sf.sign(seals.collect(s, "verify"), sf.Ed25519PrivateKey.generate())
    (where / seals.SEALS_FILE).write_text(json.dumps(forged) + "\n")
    report = verified(db, admin)
    assert not report.ok and "was signed with another key" in report.problems[0].message


def test_a_missing_key_is_said_plainly(db: Database, admin: Actor, books: Books) -> None:
    assert sealed_verify(db, admin).ok
    where = folder(db)
    (where / seals.KEY_FILE).unlink()
    # the seals are still checked (the public key is kept apart) and pass
    report = sealed_verify(db, admin)
    assert report.ok and report.seal["made"] is False
    assert "The exchange key is missing from" in str(report.seal["note"])
    with db.transaction() as s:
        assert statements_mod.statement(s, admin, books.ann).check_code is None
        with pytest.raises(seals.KeyUnavailable, match="key is missing") as info:
            check_codes.check(s, admin, "0000-0000-0000")
    assert "safe copy" in (info.value.hint or "")
    # no new key is made while seals exist, and the public key going too is reported
    assert not (where / seals.KEY_FILE).exists()
    (where / seals.PUBLIC_FILE).unlink()
    report = verified(db, admin)
    assert [p.check for p in report.problems] == ["seal"]
    assert "public key (exchange-key.pub) is missing" in report.problems[0].message


def test_a_key_locked_with_a_passphrase(
    db: Database, admin: Actor, books: Books, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(seals.PASSPHRASE_ENV, "a long key passphrase")
    assert sealed_verify(db, admin).ok
    where = folder(db)
    data = (where / seals.KEY_FILE).read_bytes()
    assert sf.key_file_encrypted(data) and b"private_key" in data
    monkeypatch.delenv(seals.PASSPHRASE_ENV)
    with db.transaction() as s, pytest.raises(seals.KeyUnavailable, match="locked"):
        seals.exchange_key(where)
    monkeypatch.setenv(seals.PASSPHRASE_ENV, "the wrong one")
    with db.transaction() as s, pytest.raises(seals.KeyUnavailable, match="does not open"):
        seals.exchange_key(seals.exchange_folder(s))


def test_the_statement_code_catches_the_rewrite(db: Database, admin: Actor, books: Books) -> None:
    with db.transaction() as s:
        st = statements_mod.statement(s, admin, books.ann)
        code = st.check_code
        assert code is not None and len(code) == 14 and code.count("-") == 2
        ok = check_codes.check(s, admin, code.lower().replace("-", " "), books.ann)
        assert ok.verdict == "ok" and ok.transaction_id == books.tx[3]
        assert check_codes.check(s, admin, code).verdict == "ok"  # without --member too
        bob = statements_mod.statement(s, admin, books.bob).check_code
        assert bob is not None and bob != code
        assert check_codes.check(s, admin, bob, books.ann).verdict == "unknown"
        nonsense = check_codes.check(s, admin, "hello")
        assert nonsense.verdict == "unknown" and "12 letters and digits" in nonsense.message
    rewrite_amount(db, books.tx[0], 5000)
    with db.transaction() as s:
        changed = check_codes.check(s, admin, code, books.ann)
        assert changed.verdict == "changed"
        assert changed.message.startswith("This statement's history was changed:")
        assert changed.transaction_id == books.tx[3]
        assert check_codes.check(s, admin, "ZZZZ-ZZZZ-ZZZZ").verdict == "unknown"


def test_a_member_without_entries_has_a_code(db: Database, admin: Actor) -> None:
    with db.transaction() as s:
        quiet = members.create(s, admin, members.MemberInput(name="Quiet")).id
        code = statements_mod.statement(s, admin, quiet).check_code
        assert code is not None
        assert check_codes.check(s, admin, code, quiet).verdict == "ok"


def test_codes_are_typed_forgivingly() -> None:
    assert sf.normalise_code("abcd-efgh-jkmn") == "ABCDEFGHJKMN"
    assert sf.normalise_code("O0IL 1234 5678") == "001112345678"
    assert sf.normalise_code("ABCD-EFGH-JKM") is None
    secret = os.urandom(32)
    code = sf.check_code(secret, 7, 42, bytes(32))
    assert sf.normalise_code(code) == code.replace("-", "")
    assert code != sf.check_code(secret, 7, 42, b"\x01" * 32)


def test_a_downgrade_and_upgrade_keep_the_amounts_checked(
    db: Database, admin: Actor, books: Books
) -> None:
    """A downgrade re-hashes (0006 → 0005): the seals before it are then checked on
    entry ids, transactions and balances, which still catch a changed amount."""
    assert sealed_verify(db, admin).ok
    migrate.downgrade(db.engine, "0005")
    migrate.upgrade(db.engine)
    assert verified(db, admin).ok
    rewrite_amount(db, books.tx[1], 4100)
    report = verified(db, admin)
    assert {p.check for p in report.problems} == {"seal"}
    assert "was changed after the seal of" in report.problems[0].message
    assert report.first_bad_transaction in books.tx[1:]  # a sealed head it changed


def test_the_manifest_format_is_only_added_to() -> None:
    """A manifest without a seal (older backups, or no key) reads and writes as before."""
    m = backup_format.Manifest(
        app_version="1",
        created_at=datetime(2026, 1, 1, tzinfo=UTC),
        actor="a",
        database_name="d",
        mode="embedded",
        server_version="18",
        pg_dump_version="18",
        summary=backup_format.DatabaseSummary("0006", {}, None),
        dump_bytes=0,
        dump_sha256="0" * 64,
    )
    assert "seal" not in m.to_dict()
    assert backup_format.Manifest.from_dict(m.to_dict()).seal is None
    sealed = backup_format.Manifest.from_dict(m.to_dict() | {"seal": {"format": sf.FORMAT}})
    assert sealed.seal == {"format": sf.FORMAT}


def test_two_first_needs_at_once_keep_one_key(tmp_path: Path) -> None:
    """The GUI and `localex` making the key at the same moment: the first one stays."""
    where = tmp_path / "exchanges" / "x"
    first, second = sf.Ed25519PrivateKey.generate(), sf.Ed25519PrivateKey.generate()
    seals._private_dir(where)
    assert seals._store(where, first) == "file"
    assert seals._store(where, second) is None
    kept = seals.exchange_key(where)
    assert sf.public_raw(kept) == sf.public_raw(first) == seals.public_key(where)
    assert mode(where.parent) == 0o700


def test_a_backup_under_review_gets_no_key_seal_or_code(
    db: Database, admin: Actor, books: Books
) -> None:
    """Review mode's database is read-only by default: a scratch copy's own key would
    print codes and seals that witness nothing."""
    with db.transaction() as s:
        s.execute(sa.text("SET LOCAL default_transaction_read_only = on"))
        assert statements_mod.statement(s, admin, books.ann).check_code is None
        assert seals.make_seal(s, "verify").seal is None
    assert not folder(db).exists()


def test_a_rewritten_audit_row_is_caught_by_the_seal(
    db: Database, admin: Actor, books: Books
) -> None:
    """A member's history in the audit log changed and the audit chain recomputed (as a
    superuser could): the in-database check passes, the seal's audit head does not."""
    assert sealed_verify(db, admin).ok
    tamper(
        db,
        "UPDATE audit_log SET actor = 'someone else' WHERE id = (SELECT min(id) FROM audit_log)",
        audit_too=True,
    )
    report = sealed_verify(db, admin)
    assert not report.ok and {p.check for p in report.problems} == {"seal"}
    assert any(p.message.startswith("The audit log was changed after") for p in report.problems)
