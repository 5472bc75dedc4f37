"""`localex verify` with seals, `--against BACKUP` and `--statement CODE`, as a person runs them.

The issue's attack (problem 4): 10.00 turned into 50.00 with every hash, running
balance, account row and the audit row recomputed, so the ledger agrees with itself.
"""

from __future__ import annotations

import json
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.engine import make_url

from localex_desktop.db.connection import Database, make_engine
from localex_desktop.db.embedded import EmbeddedServer
from localex_desktop.services import seals

from .cli_helpers import initialised_data_dir, run_cli, run_json
from .tampering import names_changed, rewrite_amount


class Cli:
    def __init__(self, data_dir: Path, env: dict[str, str], server: EmbeddedServer) -> None:
        self.data_dir = data_dir
        self.base = ["--data-dir", str(data_dir)]
        self.env = env
        self.server = server

    def json(self, *args: str) -> Any:
        return run_json(*self.base, *args, env=self.env)

    def run(self, *args: str) -> subprocess.CompletedProcess[str]:
        proc = run_cli(*self.base, *args, env=self.env)
        assert "Traceback" not in proc.stderr and "internal error" not in proc.stderr
        return proc

    def forge(self, tx_id: int, amount: int) -> None:
        url = make_url(self.server.url())
        db = Database(make_engine(url), "embedded", url, data_dir=self.data_dir)
        try:
            rewrite_amount(db, tx_id, amount)
        finally:
            db.engine.dispose()

    @property
    def folder(self) -> Path:
        return self.data_dir / "exchange" / "localex"


@pytest.fixture
def cli(cli_env: dict[str, str]) -> Iterator[Cli]:
    with initialised_data_dir(cli_env, "localex-cli-seals-") as (data_dir, server):
        yield Cli(data_dir, cli_env, server)


def books(cli: Cli) -> tuple[int, int, int]:
    """Ann pays Bob 10.00 (the transaction forged later), Bob pays Ann 2.00."""
    ann = int(cli.json("member", "add", "--name", "Ann")["id"])
    bob = int(cli.json("member", "add", "--name", "Bob")["id"])
    tx = cli.json(
        "transfer", "--from", str(ann), "--to", str(bob), "--amount", "10.00", "--memo", "bread"
    )
    cli.json("transfer", "--from", str(bob), "--to", str(ann), "--amount", "2.00", "--memo", "eggs")
    return ann, bob, int(tx["transaction_id"])


def test_verify_seals_and_then_catches_the_rewrite(cli: Cli) -> None:
    _ann, _bob, tx = books(cli)
    first = cli.run("verify")
    assert first.returncode == 0, first.stderr
    assert "Ledger OK" in first.stdout and "Sealed with the exchange key" in first.stdout
    assert (cli.folder / seals.SEALS_FILE).exists()
    cli.forge(tx, 5000)
    proc = cli.run("--json", "verify")
    assert proc.returncode == 3, proc.stderr
    report = json.loads(proc.stdout)
    assert report["first_bad_transaction"] == tx
    assert {p["check"] for p in report["problems"]} == {"seal"}
    text = cli.run("verify")
    assert text.returncode == 3
    assert names_changed(text.stdout, tx), text.stdout


def test_verify_against_an_older_backup(cli: Cli, tmp_path: Path) -> None:
    _ann, _bob, tx = books(cli)
    made = cli.json("backup", "--out", str(tmp_path))
    backup = Path(made["path"])
    ok = cli.run("verify", "--against", str(backup))
    assert ok.returncode == 0, (ok.stdout, ok.stderr)
    cli.forge(tx, 5000)
    (cli.folder / seals.SEALS_FILE).unlink()  # only the backup remembers
    assert cli.run("verify").returncode == 0  # the ledger agrees with itself
    proc = cli.run("--json", "verify", "--against", str(backup))
    assert proc.returncode == 3, proc.stderr
    report = json.loads(proc.stdout)
    assert report["first_bad_transaction"] == tx
    assert backup.name in report["problems"][0]["message"]
    missing = cli.run("verify", "--against", str(tmp_path / "nothing.localex"))
    assert missing.returncode == 1 and missing.stderr.startswith("localex: ")


def test_verify_a_statements_check_code(cli: Cli, tmp_path: Path) -> None:
    ann, _bob, tx = books(cli)
    out = cli.json("statement", str(ann), "--out", str(tmp_path / "ann.pdf"))
    code = out["statements"][0]["check_code"]
    printed = subprocess.run(
        ["pdftotext", str(tmp_path / "ann.pdf"), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert code in printed and "Check code" in printed
    good = cli.run("verify", "--statement", code, "--member", str(ann))
    assert good.returncode == 0 and good.stdout.startswith("This statement matches the ledger")
    cli.forge(tx, 5000)
    bad = cli.run("--json", "verify", "--statement", code.lower(), "--member", str(ann))
    assert bad.returncode == 3
    assert json.loads(bad.stdout)["verdict"] == "changed"
    unknown = cli.run("verify", "--statement", "AAAA-BBBB-CCCC")
    assert unknown.returncode == 3 and unknown.stdout.startswith("Code not recognised")
    stray = cli.run("verify", "--member", str(ann))
    assert stray.returncode == 2 or stray.returncode == 1
    # the key gone: said plainly, in one line with what to do
    (cli.folder / seals.KEY_FILE).unlink()
    gone = cli.run("verify", "--statement", code)
    assert gone.returncode == 1
    assert gone.stderr.startswith("localex: The exchange key is missing from")
