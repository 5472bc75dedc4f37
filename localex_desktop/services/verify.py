"""Check the books from first principles, without trusting anything that was stored.

Recomputes every transaction's hash (in the digest version it was hashed with: 1
before value dates, 2 since) and sum, walks every account's hash chain and
running balance, compares stored balances and chain heads with the entries, checks the
sum of all balances is zero and that no posting broke the limits in force at the time.
Set-based SQL, so a million entries take seconds, not minutes.
"""

from __future__ import annotations

import time as _time
from dataclasses import dataclass, field
from datetime import UTC, datetime

import sqlalchemy as sa
from sqlalchemy.orm import Session

from localex_desktop.domain.money import format_amount
from localex_desktop.domain.roles import Actor, Permission
from localex_desktop.services import rights, seal_check, seals, settings, verify_audit
from localex_desktop.services.ledger_problems import (
    Problem as Problem,  # callers name it verify.Problem
)

ZERO = "'\\x" + "00" * 32 + "'::bytea"
MAX_PROBLEMS = 100


@dataclass
class VerifyReport:
    ok: bool
    transactions: int
    entries: int
    accounts: int
    balance_sum: int
    problems: list[Problem] = field(default_factory=list)
    seconds: float = 0.0
    checked_at: str = ""
    seal: dict[str, object] = field(default_factory=dict)  # the seal this verify made

    @property
    def first_bad_transaction(self) -> int | None:
        ids = [p.transaction_id for p in self.problems if p.transaction_id is not None]
        return min(ids) if ids else None

    def as_dict(self) -> dict[str, object]:
        return {
            "ok": self.ok,
            "transactions": self.transactions,
            "entries": self.entries,
            "accounts": self.accounts,
            "balance_sum": self.balance_sum,
            "first_bad_transaction": self.first_bad_transaction,
            "problems": [
                {
                    "check": p.check,
                    "transaction_id": p.transaction_id,
                    "account_id": p.account_id,
                    "message": p.message,
                }
                for p in self.problems
            ],
            "seconds": round(self.seconds, 3),
            "checked_at": self.checked_at,
            "seal": self.seal,
        }


#: a transaction's content hash, recomputed with the digest version it was hashed with
#: (1: revision 0002, before value dates; 2: revision 0006, the value date included)
_DIGEST = """CASE t.digest_version
    WHEN 1 THEN localex_tx_digest(t.id, t.kind, t.memo, t.category_id, t.operator_id, t.actor,
        t.posted_at, t.reverses_id, t.reason, t.limit_override, a.legs)
    WHEN 2 THEN localex_tx_digest_v2(t.id, t.kind, t.memo, t.category_id, t.operator_id,
        t.actor, t.posted_at, t.value_date, t.reverses_id, t.reason, t.limit_override, a.legs)
    END"""

#: a value date the row could have been posted with: a version-1 row's is the day its
#: posted_at fell on (in some time zone: UTC−12 to UTC+14), no row's is after that day
_DATE_OK = """(t.value_date <= ((t.posted_at + interval '14 hours') AT TIME ZONE 'UTC')::date
    AND (t.digest_version <> 1
         OR t.value_date >= ((t.posted_at - interval '12 hours') AT TIME ZONE 'UTC')::date))"""

_TRANSACTIONS = f"""
WITH agg AS (
    SELECT transaction_id, sum(amount) AS total, count(*) AS n,
           jsonb_agg(jsonb_build_array(account_id, amount) ORDER BY account_id) AS legs
    FROM entries GROUP BY transaction_id
)
SELECT t.id, a.total, a.n, t.value_date,
       t.content_hash IS NOT DISTINCT FROM {_DIGEST} AS hash_ok,
       {_DATE_OK} AS value_date_ok
FROM transactions t LEFT JOIN agg a ON a.transaction_id = t.id
WHERE a.n IS NULL OR a.n < 2 OR a.total <> 0
   OR t.content_hash IS DISTINCT FROM {_DIGEST}
   OR NOT {_DATE_OK}
ORDER BY t.id LIMIT {MAX_PROBLEMS}
"""

_ORPHANS = f"""
SELECT DISTINCT e.transaction_id FROM entries e
WHERE NOT EXISTS (SELECT 1 FROM transactions t WHERE t.id = e.transaction_id)
ORDER BY 1 LIMIT {MAX_PROBLEMS}
"""

# the audit log is append-only too and records every posting: a transaction it knows of
# that is gone was removed, even if the account rows were forged to hide it
_AUDITED_MISSING = f"""
SELECT DISTINCT l.entity_id::bigint AS id FROM audit_log l
WHERE l.action = 'post' AND l.entity = 'transaction' AND l.entity_id ~ '^[0-9]+$'
  AND NOT EXISTS (SELECT 1 FROM transactions t WHERE t.id = l.entity_id::bigint)
ORDER BY 1 LIMIT {MAX_PROBLEMS}
"""

_NO_ACCOUNT = f"""
SELECT DISTINCT e.transaction_id, e.account_id FROM entries e
WHERE NOT EXISTS (SELECT 1 FROM accounts a WHERE a.id = e.account_id)
ORDER BY 1, 2 LIMIT {MAX_PROBLEMS}
"""

_CHAINS = f"""
SELECT e.transaction_id, e.account_id, e.seq, e.lag_seq,
       e.prev_hash = coalesce(e.lag_hash, {ZERO}) AS link_ok,
       e.balance_after = coalesce(e.lag_balance, 0) + e.amount AS running_ok,
       e.posted_at IS NOT DISTINCT FROM t.posted_at
           AND e.value_date IS NOT DISTINCT FROM t.value_date AS date_ok,
       e.hash = localex_entry_digest(e.prev_hash, t.content_hash, e.account_id, e.seq,
                                     e.amount, e.balance_after, e.credit_limit,
                                     e.upper_limit) AS hash_ok,
       NOT (NOT coalesce(t.limit_override, false) AND (
            (e.amount < 0 AND e.credit_limit IS NOT NULL AND e.balance_after < -e.credit_limit)
         OR (e.amount > 0 AND e.upper_limit IS NOT NULL AND e.balance_after > e.upper_limit)
       )) AS limit_ok
FROM (
    SELECT e.*, lag(e.hash) OVER w AS lag_hash, lag(e.seq) OVER w AS lag_seq,
           lag(e.balance_after) OVER w AS lag_balance
    FROM entries e
    WINDOW w AS (PARTITION BY e.account_id ORDER BY e.seq)
) e
LEFT JOIN transactions t ON t.id = e.transaction_id
WHERE e.seq <> coalesce(e.lag_seq, 0) + 1
   OR e.prev_hash <> coalesce(e.lag_hash, {ZERO})
   OR e.balance_after <> coalesce(e.lag_balance, 0) + e.amount
   OR e.posted_at IS DISTINCT FROM t.posted_at
   OR e.value_date IS DISTINCT FROM t.value_date
   OR e.hash IS DISTINCT FROM localex_entry_digest(e.prev_hash, t.content_hash, e.account_id,
          e.seq, e.amount, e.balance_after, e.credit_limit, e.upper_limit)
   OR (NOT coalesce(t.limit_override, false) AND (
          (e.amount < 0 AND e.credit_limit IS NOT NULL AND e.balance_after < -e.credit_limit)
       OR (e.amount > 0 AND e.upper_limit IS NOT NULL AND e.balance_after > e.upper_limit)))
ORDER BY e.transaction_id, e.account_id LIMIT {MAX_PROBLEMS}
"""

_ACCOUNTS = f"""
SELECT a.id, a.name, a.balance, a.entry_count, s.total, s.n, s.last_seq,
       a.chain_head = coalesce(l.hash, {ZERO}) AS head_ok, s.first_tx
FROM accounts a
LEFT JOIN (SELECT account_id, sum(amount) AS total, count(*) AS n, max(seq) AS last_seq,
                  max(transaction_id) AS first_tx
           FROM entries GROUP BY account_id) s ON s.account_id = a.id
LEFT JOIN LATERAL (SELECT hash FROM entries e WHERE e.account_id = a.id
                   ORDER BY seq DESC LIMIT 1) l ON true
WHERE a.balance <> coalesce(s.total, 0)
   OR a.entry_count <> coalesce(s.n, 0)
   OR a.entry_count <> coalesce(s.last_seq, 0)
   OR a.chain_head <> coalesce(l.hash, {ZERO})
ORDER BY a.id LIMIT {MAX_PROBLEMS}
"""


def verify(session: Session, actor: Actor, *, record: bool = False) -> VerifyReport:
    """Check everything; ``record`` keeps the outcome for the dashboard (when the login
    may: a read-only login's check is not kept). The rights are checked first."""
    actor.require(Permission.READ)
    record = record and rights.recording(rights.require(session, rights.Task.VERIFY))
    started = _time.perf_counter()
    cur = settings.currency(session)
    names = dict(session.execute(sa.text("SELECT id, name FROM accounts")).tuples().all())

    def acc(account_id: int) -> str:
        return f"account {account_id} ({names.get(account_id, '?')})"

    problems: list[Problem] = []
    for r in session.execute(sa.text(_TRANSACTIONS)):
        if r.n is None:
            problems.append(
                Problem("entries", f"Transaction {r.id} has no entries: they were removed.", r.id)
            )
            continue
        if r.n < 2:
            problems.append(Problem("entries", f"Transaction {r.id} has only {r.n} entry.", r.id))
        if r.total != 0:
            problems.append(
                Problem(
                    "balance",
                    f"Transaction {r.id} does not balance: its entries sum to "
                    f"{format_amount(int(r.total), cur)}.",
                    r.id,
                )
            )
        if not r.hash_ok:
            problems.append(
                Problem(
                    "hash",
                    f"Transaction {r.id} no longer matches its hash: its dates, memo, "
                    "amounts or accounts were changed after posting.",
                    r.id,
                )
            )
        if not r.value_date_ok:
            problems.append(
                Problem(
                    "value date",
                    f"Transaction {r.id} has the value date {r.value_date.isoformat()}, "
                    "which does not fit the moment it was recorded: it was changed.",
                    r.id,
                )
            )
    for (tx_id,) in session.execute(sa.text(_ORPHANS)):
        problems.append(
            Problem("missing", f"Transaction {tx_id} was removed but its entries remain.", tx_id)
        )
    for (tx_id,) in session.execute(sa.text(_AUDITED_MISSING)):
        problems.append(
            Problem(
                "missing",
                f"Transaction {tx_id} is in the audit log but no longer in the ledger: "
                "it was removed.",
                tx_id,
            )
        )
    for tx_id, account_id in session.execute(sa.text(_NO_ACCOUNT)):
        problems.append(
            Problem(
                "missing",
                f"Transaction {tx_id} has an entry for account {account_id}, which does not exist.",
                tx_id,
                account_id,
            )
        )
    for r in session.execute(sa.text(_CHAINS)):
        where = f"Transaction {r.transaction_id}, {acc(r.account_id)}"
        expected_seq = (r.lag_seq or 0) + 1
        if r.seq != expected_seq:
            problems.append(
                Problem(
                    "chain",
                    f"{where}: entry {r.seq} follows entry {r.lag_seq or 0}; "
                    f"entries {expected_seq}–{r.seq - 1} are missing (a transaction was removed).",
                    r.transaction_id,
                    r.account_id,
                )
            )
        elif not r.link_ok:
            problems.append(
                Problem(
                    "chain",
                    f"{where}: the hash chain is broken before this entry.",
                    r.transaction_id,
                    r.account_id,
                )
            )
        if not r.date_ok:
            problems.append(
                Problem(
                    "date",
                    f"{where}: the entry's dates differ from its transaction's.",
                    r.transaction_id,
                    r.account_id,
                )
            )
        if not r.running_ok:
            problems.append(
                Problem(
                    "running balance",
                    f"{where}: the running balance does not add up.",
                    r.transaction_id,
                    r.account_id,
                )
            )
        if not r.hash_ok:
            problems.append(
                Problem(
                    "hash",
                    f"{where}: the entry no longer matches its hash (it was altered).",
                    r.transaction_id,
                    r.account_id,
                )
            )
        if not r.limit_ok:
            problems.append(
                Problem(
                    "limit",
                    f"{where}: the entry took the account past its limit.",
                    r.transaction_id,
                    r.account_id,
                )
            )
    for r in session.execute(sa.text(_ACCOUNTS)):
        total = int(r.total or 0)
        if r.balance != total:
            problems.append(
                Problem(
                    "account balance",
                    f"Account {r.id} ({r.name}): stored balance {format_amount(r.balance, cur)} "
                    f"but its entries sum to {format_amount(total, cur)}.",
                    None,
                    r.id,
                )
            )
        if r.entry_count != (r.n or 0) or r.entry_count != (r.last_seq or 0):
            problems.append(
                Problem(
                    "account entries",
                    f"Account {r.id} ({r.name}) records {r.entry_count} entries but "
                    f"{r.n or 0} remain (last number {r.last_seq or 0}).",
                    None,
                    r.id,
                )
            )
        elif not r.head_ok:
            problems.append(
                Problem(
                    "chain head",
                    f"Account {r.id} ({r.name}): the chain head does not match its last entry.",
                    None,
                    r.id,
                )
            )
    problems.extend(Problem(check, message) for check, message in verify_audit.check(session))
    counts = session.execute(
        sa.text(
            "SELECT (SELECT count(*) FROM transactions) AS n_tx,"
            " (SELECT count(*) FROM entries) AS n_e,"
            " (SELECT count(*) FROM accounts) AS n_acc,"
            " (SELECT coalesce(sum(balance), 0) FROM accounts) AS bal_sum,"
            " (SELECT coalesce(sum(amount), 0) FROM entries) AS entry_sum"
        )
    ).one()
    bal_sum, entry_sum = int(counts.bal_sum), int(counts.entry_sum)
    if bal_sum != 0:
        problems.append(
            Problem(
                "sum",
                f"The balances of all accounts sum to {format_amount(bal_sum, cur)}, not zero.",
            )
        )
    if entry_sum != 0:
        problems.append(
            Problem(
                "sum",
                f"All entries together sum to {format_amount(entry_sum, cur)}, not zero.",
            )
        )
    problems += seal_check.check_known(session)
    problems.sort(
        key=lambda p: (p.transaction_id is None, p.transaction_id or 0, p.account_id or 0)
    )
    report = VerifyReport(
        ok=not problems,
        transactions=int(counts.n_tx),
        entries=int(counts.n_e),
        accounts=int(counts.n_acc),
        balance_sum=bal_sum,
        problems=problems[:MAX_PROBLEMS],
        seconds=_time.perf_counter() - started,
        checked_at=datetime.now(UTC).isoformat(timespec="seconds"),
    )
    if record and report.ok:
        report.seal = seals.seal_after_verify(session)
    if record:
        settings._write(
            session,
            "last_verification",
            {
                "at": report.checked_at,
                "ok": report.ok,
                "transactions": report.transactions,
                "first_bad_transaction": report.first_bad_transaction,
            },
        )
    return report
