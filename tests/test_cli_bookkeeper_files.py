"""The bookkeeper's files from the admin command, in a real subprocess: the hledger
journal, CSV in the locale's dialect, report PDFs."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from .cli_helpers import initialised_data_dir
from .test_cli_reports import Cli
from .test_imports import SAMPLES


@pytest.fixture
def cli(cli_env: dict[str, str]) -> Iterator[Cli]:
    cli_env = dict(cli_env, LANG="de_DE.UTF-8", LC_ALL="", LC_NUMERIC="")
    with initialised_data_dir(cli_env, "localex-cli-books-") as (data_dir, _server):
        c = Cli(data_dir, cli_env)
        c.json("import", "members", str(SAMPLES / "members.csv"))
        c.json("import", "balances", str(SAMPLES / "balances.csv"))
        c.json("transfer", "--from", "1", "--to", "2", "--amount", "1.25", "--memo", "Brot")
        yield c


def test_journal_dialect_and_report_pdf(cli: Cli, tmp_path: Path) -> None:
    # the hledger journal
    journal = tmp_path / "exchange.journal"
    out = cli.json("export", "journal", "--out", str(journal))
    assert out == {
        "file": str(journal), "transactions": 2, "accounts": 8, "commodity": "CR",
    }  # fmt: skip
    text = journal.read_text(encoding="utf-8")
    assert "account Expenses:Community-Fund  ; type: X" in text and ") Brot\n" in text
    hledger = shutil.which("hledger")
    if hledger:
        proc = subprocess.run(
            [hledger, "-f", str(journal), "check", "--strict", "ordereddates"],
            capture_output=True, text=True, timeout=120,
        )  # fmt: skip
        assert proc.returncode == 0, proc.stderr
    proc = cli.run("export", "journal", "--out", str(tmp_path / "x.journal"))
    assert proc.returncode == 0 and "(hledger journal, in CR)" in proc.stdout

    # CSV: plain by default whatever the locale, the locale's dialect when asked (de_DE)
    plain, local = tmp_path / "plain.csv", tmp_path / "local.csv"
    cli.json("export", "transactions", "--out", str(plain))
    out = cli.json("export", "transactions", "--out", str(local), "--dialect", "locale")
    assert out["rows"] > 0
    p = plain.read_bytes().decode("utf-8-sig").splitlines()
    loc = local.read_bytes().decode("utf-8-sig").splitlines()
    assert p[0].count(",") == loc[0].count(";") > 5 and ";" not in p[0]
    assert any(";-1,25;" in line for line in loc) and any(",-1.25," in line for line in p)
    cli.json("report", "balances", "--out", str(tmp_path / "b.csv"), "--dialect", "locale")
    assert (tmp_path / "b.csv").read_bytes().decode("utf-8-sig").startswith("account;member;")
    proc = cli.run("export", "members", "--out", str(tmp_path / "m.csv"), "--dialect", "excel")
    assert proc.returncode == 2 and "invalid choice" in proc.stderr

    # report PDFs, titled as the desktop program titles them
    from pypdf import PdfReader

    pdf = tmp_path / "tb.pdf"
    out = cli.json("report", "trial-balance", "--at", "2026-03-31", "--out", str(pdf))
    assert out["pages"] == 1 and out["title"] == "Trial balance"
    reader = PdfReader(pdf)
    assert reader.metadata is not None and reader.metadata.title == (
        "Trial balance — At the end of 2026-03-31"
    )
    words = " ".join(reader.pages[0].extract_text().split())
    assert "Trial balance" in words and "Opening balances" in words
    for report in ("balances", "volume", "activity", "velocity"):
        target = tmp_path / f"{report}.pdf"
        proc = cli.run("report", report, "--out", str(target))
        assert proc.returncode == 0, proc.stderr
        assert target.read_bytes().startswith(b"%PDF") and "written to" in proc.stdout
