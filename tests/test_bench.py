"""Each `localex bench` part runs and prints its keys (at a small size: how fast is for
the benchmarks themselves, never a timed assertion here)."""

from __future__ import annotations

from .cli_helpers import run_cli


def _keys(env: dict[str, str], *args: str) -> dict[str, object]:
    import json

    proc = run_cli("--json", "bench", *args, env=env, timeout=600)
    assert proc.returncode == 0, proc.stderr
    out: dict[str, object] = json.loads(proc.stdout)
    return out


def test_bench_cli(cli_env: dict[str, str]) -> None:
    out = _keys(cli_env, "cli", "--runs", "2")
    assert set(out) == {
        "cli_warm_s", "bare_s", "cli_warm_ratio", "cli_cold_s", "cli_cold_ratio", "runs",
    }  # fmt: skip
    assert out["runs"] == 2
    assert all(isinstance(v, float) and v > 0 for k, v in out.items() if k != "runs")


SMALL_WORK = ("--transactions", "300", "--demo-members", "6", "--import-members", "40")


def test_bench_work(cli_env: dict[str, str]) -> None:
    out = _keys(cli_env, "work", *SMALL_WORK)
    assert (out["demo_members"], out["imported"], out["exported_rows"]) == (6, 40, 600)
    assert isinstance(out["statement_files"], int) and out["statement_files"] >= 1
    for key in ("demo_s", "import_members_s", "statements_s", "xlsx_s", "csv_s", "xlsx_ratio"):
        assert isinstance(out[key], float) and out[key] > 0, key


def test_bench_all_prints_every_part(cli_env: dict[str, str]) -> None:
    out = _keys(cli_env, "all", "--entries", "400", "--seconds", "1", "--runs", "1", *SMALL_WORK)
    for key in (
        "ratio_1", "ratio_4", "batch_ratio", "balance_ratio", "verify_ratio",
        "backup_ratio", "restore_ratio", "first_rows_ratio", "scroll_end_memory_mb",
        "cli_warm_ratio", "ledger_entries", "backup_entries", "ledger_pg_dump_s", "fill_s",
        "demo_s", "import_members_s", "statements_s", "xlsx_ratio",
    ):  # fmt: skip
        assert key in out, key
