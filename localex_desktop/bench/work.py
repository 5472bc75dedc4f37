"""`localex bench work`: the day's longer tasks, timed as the command line runs them.

On a scratch cluster:

* ``demo_s``: ``localex demo`` of 150 members and two years of dated history
  (:func:`services.demo.generate`), target under 20 s;
* ``import_members_s``: an import of 2,000 members from a CSV file, through the same
  flow as ``localex import members`` (read, map, check, commit), target under 3 s;
* ``statements_s``: ``localex statement --all`` of the demo's active members, one PDF
  each (read the entries, draw the pages), target under 10 s;
* ``xlsx_s`` next to ``csv_s``: the transactions export of a ledger of N transactions
  as XLSX and as CSV (``xlsx_ratio``, target at most 3). Both read the same rows; the
  difference is the writer.

Each figure is one run: these take seconds, not milliseconds, and a busy machine shows
in them as it would for the person waiting.
"""

from __future__ import annotations

import csv
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from localex_desktop.bench.common import BenchResult, open_scratch_db, scratch_cluster
from localex_desktop.bench.ledger import ACTOR, _bulk_fill, _setup_members
from localex_desktop.db.connection import Database
from localex_desktop.services import demo, exports, imports, ledger, settings, statements, system
from localex_desktop.services.work import run_change, run_query

DEMO_MEMBERS = 150
IMPORT_MEMBERS = 2_000
EXPORT_TRANSACTIONS = 100_000


@dataclass
class WorkBenchResult(BenchResult):
    demo_s: float
    demo_members: int
    import_members_s: float
    imported: int
    statements_s: float
    statement_files: int
    xlsx_s: float
    csv_s: float
    exported_rows: int

    CELLS = (
        ("demo_s", 2),
        ("demo_members", None),
        ("import_members_s", 2),
        ("imported", None),
        ("statements_s", 2),
        ("statement_files", None),
        ("xlsx_s", 2),
        ("csv_s", 2),
        ("xlsx_ratio", "xlsx_s", "csv_s"),
        ("exported_rows", None),
    )


def _time(fn: Any) -> tuple[float, Any]:
    start = time.perf_counter()
    value = fn()
    return time.perf_counter() - start, value


def _demo(db: Database, members: int) -> float:
    system.initialise(db)
    seconds, _ = _time(lambda: demo.generate(db, members_count=members, seed=7))
    return seconds


def _statements(db: Database, folder: Path) -> tuple[float, int]:
    """As `localex statement --all --out FOLDER` does it: read, then draw each PDF."""
    # the printing package loads QtGui: only this part of the benchmark needs it
    from localex_desktop.printing import statement_pdf

    def work() -> int:
        with db.transaction() as s:
            cur = settings.currency(s)
            name = str(settings.get(s, "exchange_name"))
            sts = statements.statements_for_active(s, ACTOR, None, None)
        written = statement_pdf.write_statements(
            sts, folder, exchange=name, currency=cur, combined=False
        )
        return len(written.files)

    return _time(work)


def _import(db: Database, members: int, folder: Path) -> tuple[float, int]:
    path = folder / "members.csv"
    with path.open("w", newline="", encoding="utf-8") as out:
        w = csv.writer(out)
        w.writerow(["name", "email", "phone"])
        for i in range(members):
            w.writerow([f"Imported Member {i}", f"member{i}@example.org", f"0700 {i:06d}"])

    def work() -> int:
        flow = imports.ImportFlow("members", imports.ImportOptions())
        flow.choose_file(path)
        flow.to_mapping()
        preview = run_query(db, ACTOR, flow.run_preview)
        if not preview.ok:
            raise RuntimeError(f"the benchmark's import file was refused: {preview.errors[:3]}")
        return len(run_change(db, ACTOR, flow.commit).value.ids)

    return _time(work)


def _exports(db: Database, folder: Path) -> tuple[float, float, int]:
    def write(suffix: str) -> int:
        with db.transaction() as s:
            table = exports.transactions_table(s, ACTOR, ledger.JournalFilter())
        return exports.write_table(table, folder / f"transactions{suffix}")

    csv_s, rows = _time(lambda: write(".csv"))
    xlsx_s, _ = _time(lambda: write(".xlsx"))
    return xlsx_s, csv_s, rows


def run(
    transactions: int = EXPORT_TRANSACTIONS,
    progress: Any = print,
    *,
    demo_members: int = DEMO_MEMBERS,
    import_members: int = IMPORT_MEMBERS,
) -> WorkBenchResult:
    with scratch_cluster() as server, tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        db = open_scratch_db(server, "bench_demo")
        try:
            progress(f"demo of {demo_members} members and two years")
            demo_s = _demo(db, demo_members)
            progress("statements of the active members")
            (folder / "statements").mkdir()
            statements_s, files = _statements(db, folder / "statements")
        finally:
            db.close()
        db = open_scratch_db(server, "bench_import")
        try:
            system.initialise(db)
            progress(f"import of {import_members:,} members from CSV")
            import_s, imported = _import(db, import_members, folder)
        finally:
            db.close()
        db = open_scratch_db(server, "bench_export")
        try:
            ids = _setup_members(db, 50)
            progress(f"a ledger of {transactions:,} transactions to export")
            _bulk_fill(db, ids[0], ids[1:], transactions * 2, progress)
            progress("transactions export as CSV, then as XLSX")
            xlsx_s, csv_s, rows = _exports(db, folder)
        finally:
            db.close()
    return WorkBenchResult(
        demo_s=demo_s,
        demo_members=demo_members,
        import_members_s=import_s,
        imported=imported,
        statements_s=statements_s,
        statement_files=files,
        xlsx_s=xlsx_s,
        csv_s=csv_s,
        exported_rows=rows,
    )
