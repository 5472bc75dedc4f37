"""`localex bench backup`: backup and restore times next to plain pg_dump and pg_restore.

On a scratch cluster with a ledger of N entries:

* ``backup_s``: :func:`services.backup.create_backup` (snapshot, counts and chain heads,
  pg_dump, checksum, file written and synced), next to ``pg_dump -Fc`` of the same
  database (``pg_dump_s``); target ratio at most 1.2;
* ``restore_verify_s``: :func:`services.backup.restore_backup` into an empty database
  (checksum pass, our schema then the rows loaded as data, manifest comparison, ledger verify,
  switch), next to ``pg_restore`` of the plain dump into an empty database
  (``pg_restore_s``); target ratio at most 3.

Each pair runs twice, interleaved, and the faster run of each counts, so a busy machine
disturbs the ratio less.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from localex_desktop.bench.common import (
    BenchResult,
    drop_db,
    open_scratch_db,
    scratch_cluster,
    timed,
)
from localex_desktop.bench.ledger import ACTOR, _bulk_fill, _setup_members
from localex_desktop.services import backup

MEMBERS = 200
ROUNDS = 2


@dataclass
class BackupBenchResult(BenchResult):
    backup_s: float
    pg_dump_s: float
    restore_verify_s: float
    pg_restore_s: float
    entries: int
    backup_bytes: int

    CELLS = (
        ("backup_s", 2),
        ("pg_dump_s", 2),
        ("backup_ratio", "backup_s", "pg_dump_s"),
        ("restore_verify_s", 2),
        ("pg_restore_s", 2),
        ("restore_ratio", "restore_verify_s", "pg_restore_s"),
        ("entries", None),
        ("backup_bytes", None),
    )


def run(entries: int = 1_000_000, progress: Any = print) -> BackupBenchResult:
    with scratch_cluster() as server:
        db = open_scratch_db(server, "bench_backup")
        ids = _setup_members(db, MEMBERS)
        progress(f"filling a ledger of {entries:,} entries")
        _bulk_fill(db, ids[0], ids[1:], entries, progress)
        with db.engine.begin() as conn:
            conn.execute(sa.text("ANALYZE"))
            entry_count = int(conn.execute(sa.text("SELECT count(*) FROM entries")).scalar_one())
        folder = server.data_dir / "bench-backups"
        plain = server.data_dir / "bench-plain.dump"

        def plain_dump() -> None:
            proc = server.run_tool(
                "pg_dump", ["-Fc", "-f", str(plain), "bench_backup"], timeout=7200
            )
            if proc.returncode != 0:
                raise RuntimeError(f"pg_dump failed: {proc.stderr.strip()}")

        dump_times, backup_times = [], []
        result = None
        for i in range(ROUNDS):
            progress(f"pg_dump -Fc, round {i + 1}")
            dump_times.append(timed(plain_dump))
            progress(f"localex backup, round {i + 1}")
            if result is not None:
                result.path.unlink(missing_ok=True)
            result = backup.create_backup(db, ACTOR, out=folder, record=False)
            backup_times.append(result.seconds)
        assert result is not None
        db.close()

        restore_times, plain_times = [], []
        for i in range(ROUNDS):
            progress(f"pg_restore, round {i + 1}")
            drop_db(server, "bench_plain")
            open_scratch_db(server, "bench_plain").close()

            def plain_restore() -> None:
                proc = server.run_tool(
                    "pg_restore", ["-d", "bench_plain", str(plain)], timeout=7200
                )
                if proc.returncode != 0:
                    raise RuntimeError(f"pg_restore failed: {proc.stderr.strip()}")

            plain_times.append(timed(plain_restore))
            drop_db(server, "bench_plain")
            progress(f"localex restore with verify, round {i + 1}")
            drop_db(server, "bench_target")
            target = open_scratch_db(server, "bench_target")  # empty: nothing to save first
            restored = backup.restore_backup(target, ACTOR, result.path, safety_backup=False)
            target.close()
            if restored.ledger is None or not restored.ledger.ok:
                raise RuntimeError("the restored benchmark ledger does not verify")
            restore_times.append(restored.seconds)
            drop_db(server, "bench_target")
        return BackupBenchResult(
            backup_s=min(backup_times),
            pg_dump_s=min(dump_times),
            restore_verify_s=min(restore_times),
            pg_restore_s=min(plain_times),
            entries=entry_count,
            backup_bytes=result.bytes,
        )
