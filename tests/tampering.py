"""Changing the ledger behind the program's back, as only a superuser can, and verifying it."""

from __future__ import annotations

import re

import sqlalchemy as sa

from localex_desktop.db.connection import Database
from localex_desktop.domain.roles import Actor
from localex_desktop.services import verify


def tamper(db: Database, *statements: str, audit_too: bool = False, **params: object) -> None:
    """Run SQL in one transaction with every trigger switched off; ``audit_too``: then
    make the audit chain whole again, as a careful superuser would."""
    with db.transaction() as s:
        s.execute(sa.text("SET LOCAL session_replication_role = replica"))
        for stmt in statements:
            s.execute(sa.text(stmt), params)
        if audit_too:
            rechain_audit(s)


def verified(db: Database, actor: Actor) -> verify.VerifyReport:
    """The whole ledger verified, in a transaction of its own."""
    with db.transaction() as s:
        return verify.verify(s, actor)


def checks(report: verify.VerifyReport) -> set[str]:
    """The kinds of problem a report found."""
    return {p.check for p in report.problems}


_DIGEST = """CASE t.digest_version
    WHEN 1 THEN localex_tx_digest(t.id, t.kind, t.memo, t.category_id, t.operator_id, t.actor,
        t.posted_at, t.reverses_id, t.reason, t.limit_override, l.legs)
    ELSE localex_tx_digest_v2(t.id, t.kind, t.memo, t.category_id, t.operator_id, t.actor,
        t.posted_at, t.value_date, t.reverses_id, t.reason, t.limit_override, l.legs) END"""


def names_changed(text: str, tx_id: int) -> bool:
    """Whether ``text`` says transaction ``tx_id`` was changed after a seal. The seal keeps
    one byte of each transaction's hash; in 1 of 256 forgeries that byte survives and the
    message names a transaction "(or another of transactions a–b)" instead, a range that
    holds ``tx_id``: both are right, and a test that wants only the first fails once in
    256 runs."""
    if f"Transaction {tx_id} was changed after the seal of " in text:
        return True
    for lo, hi in re.findall(
        r"Transaction \d+ \(or another of transactions (\d+)–(\d+)\) was changed after the seal",
        text,
    ):
        if int(lo) <= tx_id <= int(hi):
            return True
    return False


def rewrite_amount(db: Database, tx_id: int, amount: int) -> None:
    """The issue's attack: a two-leg transaction's amount set to ``amount`` (minor units)
    and everything recomputed as the program would have written it: the content hash,
    both accounts' chains and running balances from that entry on, the account rows and
    the audit row. Only a seal (or a member's check code) can tell."""
    with db.transaction() as s:
        s.execute(sa.text("SET LOCAL session_replication_role = replica"))
        s.execute(
            sa.text("UPDATE entries SET amount = sign(amount) * :x WHERE transaction_id = :t"),
            {"x": amount, "t": tx_id},
        )
        legs = (
            "(SELECT jsonb_agg(jsonb_build_array(account_id, amount) ORDER BY account_id)"
            " AS legs FROM entries WHERE transaction_id = :t) l"
        )
        s.execute(
            sa.text(
                f"UPDATE transactions t SET content_hash = {_DIGEST} FROM {legs} WHERE t.id = :t"
            ),
            {"t": tx_id},
        )
        accounts = s.execute(
            sa.text("SELECT account_id, seq FROM entries WHERE transaction_id = :t"), {"t": tx_id}
        ).all()
        for account_id, first_seq in accounts:
            rechain(s, int(account_id), int(first_seq))
        s.execute(
            sa.text(
                "UPDATE audit_log SET after = jsonb_set(after, '{legs}', (SELECT jsonb_agg("
                "jsonb_build_array(account_id, amount) ORDER BY account_id) FROM entries"
                " WHERE transaction_id = :t)) WHERE action = 'post' AND entity = 'transaction'"
                " AND entity_id = :tid"
            ),
            {"t": tx_id, "tid": str(tx_id)},
        )
        rechain_audit(s)


#: the audit chain (revision 0007) recomputed over the audit rows as they are now
_RECHAIN_AUDIT = r"""
DO $$
DECLARE
    r record;
    v_prev bytea := '\x' || repeat('00', 32);
    v_hash bytea;
BEGIN
    FOR r IN SELECT c.seq, a.* FROM localex_audit_chain c JOIN audit_log a ON a.id = c.audit_id
             ORDER BY c.seq LOOP
        v_hash := localex_audit_digest(v_prev, r.id, r.at, r.operator_id, r.actor, r.login,
                                       r.action, r.entity, r.entity_id, r.before, r.after);
        UPDATE localex_audit_chain SET prev_hash = v_prev, hash = v_hash WHERE seq = r.seq;
        v_prev := v_hash;
    END LOOP;
    UPDATE localex_audit_head SET head = v_prev WHERE id = 1;
END $$
"""


def rechain_audit(s: sa.orm.Session) -> None:
    """What a superuser who rewrote or deleted audit rows does next: the links of deleted
    rows dropped, the places renumbered and the audit chain made whole again (triggers
    off: ``session_replication_role = replica`` in the caller's transaction)."""
    if not s.scalar(sa.text("SELECT to_regclass('localex_audit_chain') IS NOT NULL")):
        return
    s.execute(
        sa.text(
            "DELETE FROM localex_audit_chain c"
            " WHERE NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.id = c.audit_id)"
        )
    )
    s.execute(
        sa.text(
            "UPDATE localex_audit_chain c SET seq = n.place FROM (SELECT seq,"
            " row_number() OVER (ORDER BY seq) AS place FROM localex_audit_chain) n"
            " WHERE c.seq = n.seq"
        )
    )
    s.execute(sa.text(_RECHAIN_AUDIT))
    s.execute(
        sa.text("UPDATE localex_audit_head SET seq = (SELECT count(*) FROM localex_audit_chain)")
    )


def rechain(s: sa.orm.Session, account_id: int, from_seq: int) -> None:
    """Recompute an account's running balances and hash chain from entry ``from_seq`` on,
    and its stored balance and chain head, as localex_post() computes them."""
    prev = s.execute(
        sa.text("SELECT balance_after, hash FROM entries WHERE account_id = :a AND seq = :q - 1"),
        {"a": account_id, "q": from_seq},
    ).one_or_none()
    balance, head = (int(prev[0]), bytes(prev[1])) if prev else (0, bytes(32))
    rows = s.execute(
        sa.text(
            "SELECT e.id, e.seq, e.amount, e.credit_limit, e.upper_limit, t.content_hash"
            " FROM entries e JOIN transactions t ON t.id = e.transaction_id"
            " WHERE e.account_id = :a AND e.seq >= :q ORDER BY e.seq"
        ),
        {"a": account_id, "q": from_seq},
    ).all()
    for r in rows:
        balance += int(r.amount)
        head = bytes(
            s.execute(
                sa.text(
                    "SELECT localex_entry_digest(:p, :c, :a, :q, :x, :b, :cl, :ul)"
                ),
                {"p": head, "c": bytes(r.content_hash), "a": account_id, "q": r.seq,
                 "x": r.amount, "b": balance, "cl": r.credit_limit, "ul": r.upper_limit},
            ).scalar_one()
        )  # fmt: skip
        s.execute(
            sa.text(
                "UPDATE entries SET balance_after = :b, prev_hash = :p, hash = :h WHERE id = :i"
            ),
            {"b": balance, "p": prev_hash_of(s, account_id, int(r.seq)), "h": head, "i": r.id},
        )
    s.execute(
        sa.text("UPDATE accounts SET balance = :b, chain_head = :h WHERE id = :a"),
        {"b": balance, "h": head, "a": account_id},
    )


def prev_hash_of(s: sa.orm.Session, account_id: int, seq: int) -> bytes:
    """The (already recomputed) hash of the entry before ``seq``, or the zero hash."""
    got = s.execute(
        sa.text("SELECT hash FROM entries WHERE account_id = :a AND seq = :q - 1"),
        {"a": account_id, "q": seq},
    ).scalar()
    return bytes(got) if got is not None else bytes(32)
