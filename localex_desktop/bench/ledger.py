"""`localex bench ledger`: posting throughput, balance reads and verify, against baselines.

* transfers per second through the services (``ledger.transfer_now``: one statement,
  its own transaction; one process per client, random member pairs) next to pgbench's
  tpcb-like script at scale 10, same clients, same duration;
* balance read time on a ledger of 1,000 entries and one of N entries (the busiest
  account takes part in every transaction, so it holds N/2 of them);
* ``verify`` over the N-entry ledger next to ``pg_dump -Fc`` of the same database;
* ``batch_tps_1``: postings per second through the batch path
  (:func:`services.posting_batch.post_many`, batches of 20 random transfers, one
  transaction each, 1 client) next to pgbench's 1-client figure (``batch_ratio``).
"""

from __future__ import annotations

import multiprocessing as mp
import random
import time
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import make_url

from localex_desktop.bench.common import (
    BenchResult,
    drop_db,
    median_ms,
    open_scratch_db,
    pgbench_tps,
    scratch_cluster,
    timed,
)
from localex_desktop.db.connection import Database, make_engine
from localex_desktop.domain.roles import Actor, Role
from localex_desktop.services import ledger, members, posting_batch, system, verify

ACTOR = Actor("bench", Role.ADMIN)
MEMBERS = 1000


@dataclass
class LedgerBenchResult(BenchResult):
    tps_1: float
    pgbench_tps_1: float
    tps_4: float
    pgbench_tps_4: float
    balance_ms_small: float
    balance_ms_large: float
    verify_s: float
    pg_dump_s: float
    entries: int
    batch_tps_1: float
    fill_s: float

    CELLS = (
        ("tps_1", 1),
        ("pgbench_tps_1", 1),
        ("ratio_1", "tps_1", "pgbench_tps_1"),
        ("tps_4", 1),
        ("pgbench_tps_4", 1),
        ("ratio_4", "tps_4", "pgbench_tps_4"),
        ("balance_ms_small", 3),
        ("balance_ms_large", 3),
        ("balance_ratio", "balance_ms_large", "balance_ms_small"),
        ("verify_s", 2),
        ("pg_dump_s", 2),
        ("verify_ratio", "verify_s", "pg_dump_s"),
        ("entries", None),
        ("batch_tps_1", 1),
        ("batch_ratio", "batch_tps_1", "pgbench_tps_1"),
        ("fill_s", 1),
    )


def _setup_members(db: Database, count: int) -> list[int]:
    system.initialise(db)
    with db.transaction() as s:
        ids = [
            members.create(
                s, ACTOR, members.MemberInput(name=f"Member {i}"), credit_limit=10**12
            ).id
            for i in range(count)
        ]
    return ids


def _bulk_fill(
    db: Database, hot_member: int, others: list[int], entries: int, progress: Any
) -> None:
    """Post entries/2 transfers inside the server (one statement per chunk of 1,000)."""
    with db.transaction() as s:
        hot = ledger.balance(s, ACTOR, hot_member).account_id
        accs = [ledger.balance(s, ACTOR, m).account_id for m in others]
    remaining = entries // 2
    chunk = 1_000  # one row updated n times in one transaction costs O(n²): keep n small
    while remaining > 0:
        n = min(chunk, remaining)
        with db.transaction() as s:
            s.execute(
                sa.text(
                    "SELECT count(localex_post('transfer', 'bulk', ARRAY[:hot, o.acc], "
                    "ARRAY[-100, 100]::bigint[], 'bench'))"
                    " FROM (SELECT (CAST(:accs AS bigint[]))[1 + (g % :k)] AS acc"
                    "       FROM generate_series(1, :n) AS g) AS o"
                ),
                {"hot": hot, "accs": accs, "k": len(accs), "n": n},
            )
        remaining -= n
        progress(f"  filled {entries // 2 - remaining:,} of {entries // 2:,} transactions")


def _client(url: str, member_ids: list[int], seconds: float, seed: int, out: Any) -> None:
    engine = make_engine(make_url(url))
    db = Database(engine, "embedded", make_url(url))
    rng = random.Random(seed)
    done = 0
    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline:
        a, b = rng.sample(member_ids, 2)
        ledger.transfer_now(db, ACTOR, a, b, 1, "bench")
        done += 1
    engine.dispose()
    out.put(done)


def service_tps(url: str, member_ids: list[int], clients: int, seconds: float) -> float:
    ctx = mp.get_context("spawn")
    queue = ctx.Queue()
    procs = [
        ctx.Process(target=_client, args=(url, member_ids, seconds, i, queue))
        for i in range(clients)
    ]
    for p in procs:
        p.start()
    total = sum(int(queue.get(timeout=seconds + 120)) for _ in procs)
    for p in procs:
        p.join()
    return total / seconds


BATCH = 20


def batch_tps(db: Database, member_ids: list[int], seconds: float) -> float:
    """Postings per second in batches of :data:`BATCH` (one transaction per batch)."""
    with db.transaction() as s:
        accounts = [ledger.balance(s, ACTOR, m).account_id for m in member_ids]
    rng = random.Random(7)
    done = 0
    started = time.perf_counter()
    while time.perf_counter() - started < seconds:
        batch = []
        for _ in range(BATCH):
            a, b = rng.sample(accounts, 2)
            batch.append(posting_batch.Posting("transfer", [(a, -1), (b, 1)], "bench"))
        with db.transaction() as s:
            posting_batch.post_many(s, ACTOR, batch)
        done += BATCH
    return done / (time.perf_counter() - started)


def run(
    entries: int = 1_000_000, seconds: float = 10.0, progress: Any = print
) -> LedgerBenchResult:
    with scratch_cluster() as server:
        progress("pgbench: initialising scale 10")
        drop_db(server, "pgbench")
        open_scratch_db(server, "pgbench").close()
        init = server.run_tool("pgbench", ["-i", "-q", "-s", "10", "pgbench"], timeout=600)
        if init.returncode != 0:
            raise RuntimeError(f"pgbench -i failed: {init.stderr.strip()}")

        db = open_scratch_db(server, "ledger_tps")
        ids = _setup_members(db, MEMBERS)
        progress("transfers through the services, 1 client")
        tps_1 = service_tps(db.url.render_as_string(hide_password=False), ids, 1, seconds)
        progress("pgbench tpcb-like, 1 client")
        pg_1 = pgbench_tps(server, "pgbench", 1, int(seconds))
        progress("transfers through the services, 4 clients")
        tps_4 = service_tps(db.url.render_as_string(hide_password=False), ids, 4, seconds)
        progress("pgbench tpcb-like, 4 clients")
        pg_4 = pgbench_tps(server, "pgbench", 4, int(seconds))
        progress(f"batches of {BATCH} transfers through the batch path, 1 client")
        batch_1 = batch_tps(db, ids, seconds)
        db.close()

        small = open_scratch_db(server, "ledger_small")
        small_ids = _setup_members(small, 20)
        _bulk_fill(small, small_ids[0], small_ids[1:], 2000, lambda _m: None)
        with small.session() as s:
            bal_small = median_ms(lambda: ledger.balance(s, ACTOR, small_ids[0]), 2000)
        small.close()

        large = open_scratch_db(server, "ledger_large")
        large_ids = _setup_members(large, 200)
        progress(f"filling a ledger of {entries:,} entries")
        fill_s = timed(lambda: _bulk_fill(large, large_ids[0], large_ids[1:], entries, progress))
        with large.engine.begin() as conn:
            conn.execute(sa.text("ANALYZE"))
        with large.session() as s:
            bal_large = median_ms(lambda: ledger.balance(s, ACTOR, large_ids[0]), 2000)
        progress("verify")

        def run_verify() -> None:
            with large.transaction() as s:
                report = verify.verify(s, ACTOR)
                if not report.ok:
                    raise RuntimeError(f"benchmark ledger does not verify: {report.problems[:3]}")

        verify_s = timed(run_verify)
        progress("pg_dump")
        dump_path = server.data_dir / "bench.dump"

        def run_dump() -> None:
            proc = server.run_tool(
                "pg_dump", ["-Fc", "-f", str(dump_path), "ledger_large"], timeout=3600
            )
            if proc.returncode != 0:
                raise RuntimeError(proc.stderr)

        dump_s = timed(run_dump)
        with large.session() as s:
            entry_count = int(s.scalar(sa.text("SELECT count(*) FROM entries")) or 0)
        large.close()
        return LedgerBenchResult(
            tps_1,
            pg_1,
            tps_4,
            pg_4,
            bal_small,
            bal_large,
            verify_s,
            dump_s,
            entry_count,
            batch_1,
            fill_s,
        )
