"""Check the audit log's chain (revision 0007) as :mod:`services.verify` checks the ledger's.

Every audit row carries its place in one chain (``chain_seq``), the hash before it and
its own hash over its content; ``localex_audit_head`` holds the last place and hash. A
deleted row leaves a gap in the places and a broken link, a changed row no longer
matches its hash, rows removed at the end leave the head ahead of the last row, and a
row written with the triggers turned off has no place at all. Each is named.
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import Session

ZERO = "'\\x" + "00" * 32 + "'::bytea"
MAX_PROBLEMS = 100


_HAS_CHAIN = """
SELECT EXISTS (SELECT 1 FROM pg_attribute
               WHERE attrelid = to_regclass('public.audit_log') AND attname = 'chain_seq')
   AND to_regclass('public.localex_audit_head') IS NOT NULL
"""

_LINKS = f"""
WITH c AS (
    SELECT l.id, l.chain_seq, l.prev_hash, l.hash,
           lag(l.id) OVER w AS lag_id, lag(l.chain_seq) OVER w AS lag_seq,
           lag(l.hash) OVER w AS lag_hash,
           l.hash IS NOT DISTINCT FROM localex_audit_digest(l.prev_hash, l.id, l.at,
               l.operator_id, l.actor, l.login, l.action, l.entity, l.entity_id, l.before,
               l.after) AS hash_ok
    FROM audit_log l WHERE l.chain_seq IS NOT NULL
    WINDOW w AS (ORDER BY l.chain_seq)
)
SELECT id, chain_seq, lag_id, coalesce(lag_seq, 0) AS lag_seq, hash_ok,
       prev_hash IS NOT DISTINCT FROM coalesce(lag_hash, {ZERO}) AS link_ok
FROM c
WHERE chain_seq <> coalesce(lag_seq, 0) + 1
   OR prev_hash IS DISTINCT FROM coalesce(lag_hash, {ZERO})
   OR NOT hash_ok
ORDER BY chain_seq LIMIT {MAX_PROBLEMS}
"""

#: rows without a place, except this transaction's own (they are linked as it commits)
_UNLINKED = f"""
SELECT id FROM audit_log WHERE chain_seq IS NULL AND age(xmin) > 0 ORDER BY id LIMIT {MAX_PROBLEMS}
"""

_HEAD = """
SELECT h.seq, h.head, l.id AS last_id, l.chain_seq AS last_seq, l.hash AS last_hash
FROM localex_audit_head h
LEFT JOIN LATERAL (SELECT id, chain_seq, hash FROM audit_log WHERE chain_seq IS NOT NULL
                   ORDER BY chain_seq DESC LIMIT 1) l ON true
WHERE h.id = 1
"""


def _missing(first: int, last: int, after_id: int | None, before_id: int | None) -> str:
    places = f"row {first}" if first == last else f"rows {first}–{last}"
    if after_id is not None and before_id is not None and before_id - after_id == 2 + last - first:
        ids = [str(i) for i in range(after_id + 1, before_id)]
        named = f" (audit row {', '.join(ids)})" if len(ids) <= 5 else ""
    else:
        named = ""
    where = f" between audit rows {after_id} and {before_id}" if after_id is not None else ""
    return f"Audit log: chain {places}{named}{where} is missing: it was deleted."


def _problem(check: str, message: str) -> tuple[str, str]:
    return check, message


def check(session: Session) -> list[tuple[str, str]]:
    """The audit chain's problems as (check, message); none for a database from before
    revision 0007 (its audit log has no chain)."""
    if not session.execute(sa.text(_HAS_CHAIN)).scalar():
        return []
    problem = _problem
    found: list[tuple[str, str]] = []
    for r in session.execute(sa.text(_LINKS)):
        if r.chain_seq != r.lag_seq + 1:
            found.append(problem("audit", _missing(r.lag_seq + 1, r.chain_seq - 1, r.lag_id, r.id)))
        elif not r.link_ok:
            found.append(
                problem("audit", f"Audit log: the chain is broken before audit row {r.id}.")
            )
        if not r.hash_ok:
            found.append(
                problem(
                    "audit",
                    f"Audit log: audit row {r.id} no longer matches its hash (it was altered).",
                )
            )
    for (audit_id,) in session.execute(sa.text(_UNLINKED)):
        found.append(
            problem(
                "audit",
                f"Audit log: audit row {audit_id} is not in the chain "
                "(it was written past the database's rules).",
            )
        )
    head = session.execute(sa.text(_HEAD)).one_or_none()
    if head is None:
        found.append(problem("audit", "Audit log: the chain's head is missing."))
    elif (head.last_seq or 0) < head.seq:
        found.append(
            problem(
                "audit",
                _missing((head.last_seq or 0) + 1, head.seq, head.last_id, None).replace(
                    " is missing", " at the end is missing"
                ),
            )
        )
    elif (head.last_seq or 0) > head.seq or (
        head.last_seq and bytes(head.head) != bytes(head.last_hash)
    ):
        found.append(
            problem(
                "audit",
                f"Audit log: the chain's head does not match its last row ({head.last_id}).",
            )
        )
    return found[:MAX_PROBLEMS]
