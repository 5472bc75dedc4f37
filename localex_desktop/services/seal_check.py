"""The live ledger checked against seals: those in the exchange folder, or a backup's.

A seal's claims are few: for each account, the entry at its sealed head (its number in
the account's chain) with its id, transaction, running balance and hash, and how many
transactions there were up to the sealed highest id. Checking them is one index probe
per account (``entries (account_id, seq)`` is unique) for all seals at once, plus one
pass over the transactions' primary key. The hash chain makes the head stand for the
whole prefix: if the entry at the sealed head still has the sealed hash, nothing before
it changed (``verify`` checks the chain itself). Where a head differs, the seal's bucket
digests (:mod:`domain.seal_format`) narrow the change down to one transaction, or to
the few of one bucket.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from localex_desktop.domain import seal_format as sf
from localex_desktop.domain.words import counted
from localex_desktop.services import seals
from localex_desktop.services.ledger_problems import Problem
from localex_desktop.services.seals import Conn


def _when(seal: dict[str, Any]) -> str:
    try:
        return datetime.fromisoformat(str(seal["sealed_at"])).strftime("%Y-%m-%d %H:%M UTC")
    except (KeyError, ValueError):
        return "an unknown date"


def _label(seal: dict[str, Any], source: str | None) -> str:
    if source:
        return f"the seal of {source} ({_when(seal)})"
    return f"the seal of {_when(seal)} (made at a {seal.get('reason', 'check')})"


def _live_heads(conn: Conn, claims: set[tuple[int, int]]) -> dict[tuple[int, int], Any]:
    if not claims:
        return {}
    accs, seqs = zip(*sorted(claims), strict=True)
    rows = conn.execute(
        sa.text(
            "SELECT c.acc, c.seq, e.id, e.transaction_id, e.balance_after,"
            " encode(e.hash, 'hex') AS hash"
            " FROM unnest(CAST(:a AS bigint[]), CAST(:s AS bigint[])) AS c(acc, seq)"
            " LEFT JOIN entries e ON e.account_id = c.acc AND e.seq = c.seq"
        ),
        {"a": list(accs), "s": list(seqs)},
    )
    return {(int(r.acc), int(r.seq)): r for r in rows}


def _live_counts(conn: Conn, max_ids: set[int]) -> dict[int, int]:
    """How many transactions have an id up to each of ``max_ids`` (one pass)."""
    if not max_ids:
        return {}
    ids = sorted(max_ids)
    found = {
        int(r.id): int(r.n)
        for r in conn.execute(
            sa.text(
                "SELECT id, n FROM (SELECT id, row_number() OVER (ORDER BY id) AS n"
                " FROM transactions) x WHERE id = ANY(CAST(:m AS bigint[]))"
            ),
            {"m": ids},
        )
    }
    for m in ids:  # the sealed highest transaction is gone: count the slow way
        if m not in found:
            found[m] = int(
                conn.execute(
                    sa.text("SELECT count(*) FROM transactions WHERE id <= :m"), {"m": m}
                ).scalar_one()
            )
    return found


def _present(conn: Conn, ids: list[int]) -> set[int]:
    """Which of ``ids`` are transactions of the live ledger."""
    found = conn.execute(
        sa.text("SELECT id FROM transactions WHERE id = ANY(CAST(:t AS bigint[]))"), {"t": ids}
    ).scalars()
    return {int(i) for i in found}


def _rehashed(conn: Conn, seal: dict[str, Any]) -> bool:
    """Whether a schema downgrade re-hashed what the seal saw in the version-2 form (the
    rows are version 1 again): then only ids, transactions and balances can be compared."""
    first = seal.get("digest_v2_from")
    if first is None:
        return False
    return (
        conn.execute(
            sa.text(
                "SELECT 1 FROM transactions WHERE id BETWEEN :a AND :b AND digest_version = 1"
                " LIMIT 1"
            ),
            {"a": int(first), "b": int(seal["transactions"]["max_id"])},
        ).first()
        is not None
    )


def _names(conn: Conn) -> dict[int, str]:
    return {int(i): str(n) for i, n in conn.execute(sa.text("SELECT id, name FROM accounts"))}


def _locate(conn: Conn, seal: dict[str, Any], apart: list[int]) -> tuple[int | None, str]:
    """The first transaction whose content differs from the sealed one, and a note on
    how sure that is ("" or " (or another of transactions a–b)")."""
    max_id = int(seal["transactions"]["max_id"])
    try:
        sealed = sf.unb64(seal["buckets"]["digests"])
    except (KeyError, ValueError):
        return None, ""
    rows = [
        (int(i), bytes(h))
        for i, h in conn.execute(
            sa.text("SELECT id, content_hash FROM transactions WHERE id <= :m"), {"m": max_id}
        )
    ]
    k = sf.first_bucket_apart(sealed, sf.bucket_digests(rows, max_id))
    if k is None:
        return None, ""
    lo, hi = max(k * sf.BUCKET, 1), min(k * sf.BUCKET + sf.BUCKET - 1, max_id)
    try:
        sealed_tags = sf.unb64(seal["buckets"].get("tags", ""))
    except ValueError:
        sealed_tags = b""
    if len(sealed_tags) == max_id:
        live_tags = sf.tags(rows, max_id)
        for tx_id in range(lo, hi + 1):
            if sealed_tags[tx_id - 1] != live_tags[tx_id - 1]:
                return tx_id, ""
    touch = conn.execute(
        sa.text(
            "SELECT transaction_id, count(DISTINCT account_id) AS n FROM entries"
            " WHERE transaction_id BETWEEN :lo AND :hi AND account_id = ANY(:acc)"
            " GROUP BY transaction_id ORDER BY n DESC, transaction_id"
        ),
        {"lo": lo, "hi": hi, "acc": apart},
    ).all()
    if not touch:
        return lo, f" (or another of transactions {lo}–{hi}, one of them removed)"
    best = int(touch[0].n)
    candidates = [int(r.transaction_id) for r in touch if int(r.n) == best]
    first = min(candidates)
    if len(candidates) == 1:
        return first, ""
    return first, f" (or another of transactions {lo}–{hi})"


def check_seals(
    conn: Conn,
    items: list[dict[str, Any]],
    *,
    trusted_key: bytes | None,
    source: str | None = None,
) -> list[Problem]:
    """Every way the live ledger departs from the given seals; one finding per changed
    transaction (the oldest seal's words), a bad seal reported and left unused."""
    usable: list[dict[str, Any]] = []
    out: list[Problem] = []
    for seal in items:
        if "unreadable" in seal:
            out.append(Problem("seal", f"Line {seal['unreadable']} of the seals file is damaged."))
            continue
        try:
            sf.check_shape(seal)
        except sf.SealFormatError as exc:
            out.append(Problem("seal", f"A seal cannot be read ({exc}); it was not used."))
            continue
        label = _label(seal, source)
        if not sf.signature_ok(seal):
            out.append(
                Problem(
                    "seal",
                    f"{label[0].upper()}{label[1:]} has a bad signature: it was changed or "
                    "damaged after it was made, and was not used.",
                )
            )
            continue
        pub = sf.unb64(seal["public_key"])
        if trusted_key is not None and pub != trusted_key:
            out.append(
                Problem(
                    "seal",
                    f"{label[0].upper()}{label[1:]} was signed with another key "
                    f"({sf.fingerprint(pub)}), not this exchange's "
                    f"({sf.fingerprint(trusted_key)}): it was not used.",
                )
            )
            continue
        usable.append(seal)
    claims = {(int(a[0]), int(a[1])) for s in usable for a in s["accounts"]}
    live = _live_heads(conn, claims)
    counts = _live_counts(conn, {int(s["transactions"]["max_id"]) for s in usable})
    names = _names(conn) if usable else {}
    revision = conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalar()
    seen: set[int | None] = set()
    for seal in usable:
        hashes = seal.get("schema_revision") == revision and not _rehashed(conn, seal)
        for f in _check_one(conn, seal, live, counts, names, _label(seal, source), hashes):
            if f.transaction_id not in seen:
                seen.add(f.transaction_id)
                out.append(f)
    return out + _audit_apart(conn, usable, source)


def _audit_apart(conn: Conn, seals: list[dict[str, Any]], source: str | None) -> list[Problem]:
    """The oldest seal whose audit-chain head is no longer in the chain: an audit row up
    to it was changed or deleted, and the chain recomputed (else verify_audit says so)."""
    sealed = [s for s in seals if isinstance(s.get("audit"), dict)]
    if (
        not sealed
        or not conn.execute(
            sa.text("SELECT to_regclass('localex_audit_chain') IS NOT NULL")
        ).scalar()
    ):
        return []
    seqs = sorted({int(s["audit"]["seq"]) for s in sealed})
    chain = {
        int(seq): bytes(digest).hex()
        for seq, digest in conn.execute(
            sa.text("SELECT seq, hash FROM localex_audit_chain WHERE seq = ANY(:s)"), {"s": seqs}
        )
    }
    for seal in sorted(sealed, key=lambda s: str(s["sealed_at"])):
        seq, digest = int(seal["audit"]["seq"]), str(seal["audit"]["hash"])
        if chain.get(seq) != digest:
            return [
                Problem(
                    "seal",
                    f"The audit log was changed after {_label(seal, source)}: its first "
                    f"{seq} rows are not the ones sealed (a row was altered or removed, "
                    "and the chain recomputed).",
                )
            ]
    return []


def _check_one(
    conn: Conn,
    seal: dict[str, Any],
    live: dict[tuple[int, int], Any],
    counts: dict[int, int],
    names: dict[int, str],
    label: str,
    hashes: bool,
) -> list[Problem]:
    """``hashes``: the seal was made under the live schema revision, so its hashes must
    match too (else ids, transactions and balances only: a downgrade re-hashes)."""
    apart: list[tuple[int, int, int, str]] = []  # account, seq, sealed transaction, how
    for acc, seq, entry_id, tx_id, balance, digest in seal["accounts"]:
        row = live.get((int(acc), int(seq)))
        if row is None or row.id is None:
            apart.append((int(acc), int(seq), int(tx_id), "gone"))
            continue
        now = (int(row.id), int(row.transaction_id), int(row.balance_after))
        if now != (int(entry_id), int(tx_id), int(balance)) or (
            hashes and str(row.hash) != str(digest)
        ):
            apart.append((int(acc), int(seq), int(tx_id), "changed"))
    max_id = int(seal["transactions"]["max_id"])
    sealed_count = int(seal["transactions"]["count"])
    count_now = counts.get(max_id, sealed_count)
    if not apart and count_now == sealed_count:
        return []
    heads = sorted({a[2] for a in apart})
    present = _present(conn, heads)
    removed = [t for t in heads if t not in present]
    if removed:  # a sealed head's transaction is gone: that one was removed
        acc = next(a[0] for a in apart if a[2] == removed[0])
        return [
            Problem(
                "seal",
                f"Transaction {removed[0]} was removed after {label}: it was the last one "
                f"of account {acc} ({names.get(acc, '?')}) when sealed.",
                removed[0],
                acc,
            )
        ]
    first, note = _locate(conn, seal, [a[0] for a in apart]) if hashes else (None, "")
    if apart:
        acc, seq, head_tx, how = apart[0]
        who = f"account {acc} ({names.get(acc, '?')})"
        if how == "gone":
            detail = f"{who} no longer has its entry {seq} (transaction {head_tx})"
        else:
            detail = (
                f"{who}'s history up to its entry {seq} (transaction {head_tx}) "
                "is not the one sealed"
            )
        more = len(apart) - 1
        if more:
            detail += f" (and in {counted(more, 'more account')})"
        first = first if first is not None else head_tx
        if not note and first not in _present(conn, [first]):
            detail = f"it is gone; {detail}"
        return [
            Problem(
                "seal",
                f"Transaction {first}{note} was changed after {label}: {detail}.",
                first,
                acc,
            )
        ]
    return [
        Problem(
            "seal",
            f"Transaction {first}{note} was removed or added after {label}: the seal counts "
            f"{sealed_count} transactions up to number {max_id}, the ledger now {count_now}.",
            first,
        )
    ]


def check_known(conn: Conn) -> list[Problem]:
    """The ledger against every seal in the exchange folder (the hook ``verify`` calls)."""
    folder = seals.exchange_folder(conn)
    items = seals.read_seals(folder)
    if not items:
        return []
    trusted = seals.public_key(folder)
    out = []
    if trusted is None:
        out.append(
            Problem(
                "seal",
                f"The exchange's public key (exchange-key.pub) is missing from {folder}: "
                "the seals were checked against their own keys only.",
            )
        )
    return out + check_seals(conn, items, trusted_key=trusted)


def check_backup_seal(conn: Conn, path: Path, seal: dict[str, Any] | None) -> list[Problem]:
    """The ledger against the seal in a backup's manifest (``verify --against``)."""
    if seal is None:
        return [
            Problem(
                "seal",
                f"The backup {path.name} carries no seal (it was made before seals, or "
                "without the exchange key): there is nothing to compare against.",
            )
        ]
    trusted = seals.public_key(seals.exchange_folder(conn))
    return check_seals(conn, [seal], trusted_key=trusted, source=f"the backup {path.name}")
