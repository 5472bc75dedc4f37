"""`localex import`, `report`, `statement`, `directory`, `export` in a real subprocess."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from .cli_helpers import initialised_data_dir, run_cli, run_json
from .test_imports import SAMPLES


class Cli:
    def __init__(self, data_dir: Path, env: dict[str, str]) -> None:
        self.base = ["--data-dir", str(data_dir)]
        self.env = env

    def json(self, *args: str) -> Any:
        return run_json(*self.base, *args, env=self.env)

    def run(self, *args: str) -> subprocess.CompletedProcess[str]:
        return run_cli(*self.base, *args, env=self.env)


@pytest.fixture
def cli(cli_env: dict[str, str]) -> Iterator[Cli]:
    with initialised_data_dir(cli_env, "localex-cli-reports-") as (data_dir, _server):
        yield Cli(data_dir, cli_env)


def test_import_report_print_export(cli: Cli, tmp_path: Path) -> None:
    # members: the sample imports, a second run adds nothing
    out = cli.json("import", "members", str(SAMPLES / "members.csv"))
    assert out["imported"] and out["to_create"] == 5 and out["errors"] == []
    out = cli.json("import", "members", str(SAMPLES / "members.csv"))
    assert out["to_create"] == 0 and len(out["duplicates"]) == 5 and not out["imported"]

    # a bad balances file: every bad row by line, exit 1, nothing written
    bad = tmp_path / "bad.csv"
    bad.write_text("member;saldo\n1;10.00\n2;abc\n\n99;5\n", encoding="utf-8")
    proc = cli.run("import", "balances", str(bad))
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert lines[0].startswith("localex: bad.csv line 3 (saldo): The balance 'abc' is not")
    assert lines[1] == "localex: bad.csv line 5 (member): there is no member number 99."
    assert lines[2] == "localex: 2 rows have errors; nothing was imported."

    # dry run, then the real thing with a mapping given on the command line
    out = cli.json("import", "balances", str(SAMPLES / "balances.csv"), "--dry-run")
    assert out["to_create"] == 4 and out["total"] == "8.00" and not out["imported"]
    tb = cli.json("report", "trial-balance")
    assert all(r["balance"] == "0.00" for r in tb[0]["rows"])
    out = cli.json(
        "import", "balances", str(SAMPLES / "balances.csv"), "--mapping", "1=member", "2=balance"
    )
    assert out["imported"] and out["transaction_id"]
    out = cli.json("import", "listings", str(SAMPLES / "listings.csv"))
    assert out["imported"] and out["to_create"] == 6

    # reports
    tb = cli.json("report", "trial-balance")
    rows = tb[0]["rows"]
    assert rows[-1]["name"] == "TOTAL" and rows[-1]["balance"] == "0.00"
    assert {r["name"]: r["balance"] for r in rows}["Opening balances"] == "-8.00"
    proc = cli.run("report", "volume", "--out", str(tmp_path / "volume.xlsx"))
    assert proc.returncode == 0 and (tmp_path / "volume.xlsx").stat().st_size > 0
    proc = cli.run("report", "activity", "--months", "3")
    assert proc.returncode == 0 and "dormant" in proc.stdout

    # statements and the directory
    out = cli.json("statement", "--all", "--combined", "--out", str(tmp_path / "all.pdf"))
    assert len(out["statements"]) == 5 and Path(out["files"][0]).exists()
    from pypdf import PdfReader

    assert len(PdfReader(out["files"][0]).pages) == 5
    out = cli.json("directory", "--out", str(tmp_path / "directory.pdf"))
    assert out["offers"] == 4 and out["wants"] == 2

    # exports
    out = cli.json("export", "transactions", "--member", "1", "--out", str(tmp_path / "t.csv"))
    assert out["rows"] == 5  # the opening transaction, with all its legs
    out = cli.json("export", "beancount", "--out", str(tmp_path / "ledger.beancount"))
    assert out["transactions"] == 1 and out["commodity"] == "CR"
    proc = cli.run("export", "members", "--out", str(tmp_path / "m.pdf"))
    assert proc.returncode == 1 and "must end in .csv or .xlsx" in proc.stderr


def test_the_command_does_not_load_qt_until_it_prints() -> None:
    code = (
        "import sys, localex_desktop.cli.main as m; m.build_parser(); "
        "print('PySide6' in sys.modules)"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.stdout.strip() == "False", proc.stderr
