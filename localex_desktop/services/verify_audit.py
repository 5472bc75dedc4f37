"""Check the audit log's chain (revision 0007) as :mod:`services.verify` checks the ledger's.

Every audit row has its place in one chain (``localex_audit_chain``: place, the hash
before it, its own hash over its content); ``localex_audit_head`` holds the last place
and hash. A deleted row leaves its link naming it (or, with the link deleted too, a gap
in the places), a changed row no longer matches its hash, links removed at the end leave
the head ahead of the last one, and a row written with the triggers turned off has no
place at all. Each is named.
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import Session

ZERO = "'\\x" + "00" * 32 + "'::bytea"
MAX_PROBLEMS = 100


_HAS_CHAIN = """
SELECT to_regclass('public.localex_audit_chain') IS NOT NULL
   AND to_regclass('public.localex_audit_head') IS NOT NULL
"""

#: each link in place order, with the audit row it names (if it is still there)
_LINKS = f"""
WITH c AS (
    SELECT c.seq, c.audit_id, c.prev_hash, c.hash, l.id IS NOT NULL AS found,
           lag(c.audit_id) OVER w AS lag_id, lag(c.seq) OVER w AS lag_seq,
           lag(c.hash) OVER w AS lag_hash,
           c.hash IS NOT DISTINCT FROM localex_audit_digest(c.prev_hash, l.id, l.at,
               l.operator_id, l.actor, l.login, l.action, l.entity, l.entity_id, l.before,
               l.after) AS hash_ok
    FROM localex_audit_chain c LEFT JOIN audit_log l ON l.id = c.audit_id
    WINDOW w AS (ORDER BY c.seq)
)
SELECT seq, audit_id, found, lag_id, coalesce(lag_seq, 0) AS lag_seq, hash_ok,
       prev_hash IS NOT DISTINCT FROM coalesce(lag_hash, {ZERO}) AS link_ok
FROM c
WHERE seq <> coalesce(lag_seq, 0) + 1
   OR prev_hash IS DISTINCT FROM coalesce(lag_hash, {ZERO})
   OR NOT hash_ok
ORDER BY seq LIMIT {MAX_PROBLEMS}
"""

#: audit rows without a place, except this transaction's own (linked as it commits)
_UNLINKED = f"""
SELECT l.id FROM audit_log l
WHERE NOT EXISTS (SELECT 1 FROM localex_audit_chain c WHERE c.audit_id = l.id)
  AND age(l.xmin) > 0
ORDER BY l.id LIMIT {MAX_PROBLEMS}
"""

_HEAD = """
SELECT h.seq, h.head, c.audit_id AS last_id, c.seq AS last_seq, c.hash AS last_hash
FROM localex_audit_head h
LEFT JOIN LATERAL (SELECT audit_id, seq, hash FROM localex_audit_chain
                   ORDER BY seq DESC LIMIT 1) c ON true
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
        if r.seq != r.lag_seq + 1:
            found.append(problem("audit", _missing(r.lag_seq + 1, r.seq - 1, r.lag_id, r.audit_id)))
        elif not r.link_ok:
            found.append(
                problem("audit", f"Audit log: the chain is broken before audit row {r.audit_id}.")
            )
        if not r.found:
            found.append(
                problem("audit", f"Audit log: audit row {r.audit_id} is missing: it was deleted.")
            )
        elif not r.hash_ok:
            found.append(
                problem(
                    "audit",
                    f"Audit log: audit row {r.audit_id} no longer matches its hash "
                    "(it was altered).",
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
