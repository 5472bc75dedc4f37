"""`localex member …`, `transfer`, `balance`, `reverse`, `levy`, `ledger`, `verify`."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from localex_desktop.db.embedded import EmbeddedServer

from .cli_helpers import initialised_data_dir, run_cli, run_json


class Cli:
    """A data folder set up by `localex init`, and a way to run commands against it."""

    def __init__(self, data_dir: Path, env: dict[str, str], server: EmbeddedServer) -> None:
        self.base = ["--data-dir", str(data_dir)]
        self.env = env
        self.server = server

    def json(self, *args: str) -> Any:
        return run_json(*self.base, *args, env=self.env)

    def fails(self, *args: str, code: int = 1) -> str:
        """Run a command that must be refused; its one-line reason."""
        proc = run_cli(*self.base, *args, env=self.env)
        assert proc.returncode == code, (proc.stdout, proc.stderr)
        assert "Traceback" not in proc.stderr
        assert "internal error" not in proc.stderr
        lines = proc.stderr.strip().splitlines()
        assert len(lines) == 1, proc.stderr
        assert lines[0].startswith("localex: ")
        return lines[0]

    def add(self, name: str, *extra: str) -> int:
        return int(self.json("member", "add", "--name", name, *extra)["id"])

    def sql(self, *statements: str) -> None:
        engine = sa.create_engine(self.server.url(), poolclass=sa.NullPool)
        try:
            with engine.begin() as conn:
                conn.execute(sa.text("SET LOCAL session_replication_role = replica"))
                for stmt in statements:
                    conn.execute(sa.text(stmt))
        finally:
            engine.dispose()


@pytest.fixture
def cli(cli_env: dict[str, str]) -> Iterator[Cli]:
    with initialised_data_dir(cli_env, "localex-cli-ledger-") as (data_dir, server):
        yield Cli(data_dir, cli_env, server)


def test_members_from_the_command_line(cli: Cli) -> None:
    ann = cli.json(
        "member",
        "add",
        "--name",
        "Ann Archer",
        "--email",
        "ann@example.org",
        "--phone",
        "0123 4567",
        "--credit-limit",
        "150.5",
    )
    assert ann["name"] == "Ann Archer" and ann["status"] == "active"
    assert (ann["credit_limit"], ann["balance"], ann["available"]) == ("150.50", "0.00", "150.50")
    assert ann["upper_limit"] is None
    bob = cli.add("Bob Brown", "--upper-limit", "1000", "--number", "42")
    assert bob == 42
    shown = cli.json("member", "show", "42")
    assert shown["upper_limit"] == "1000.00" and shown["credit_limit"] == "500.00"
    assert [m["id"] for m in cli.json("member", "list")] == [ann["id"], 42]
    assert [m["id"] for m in cli.json("member", "list", "--search", "brown")] == [42]
    updated = cli.json("member", "update", "42", "--phone", "555 1212", "--upper-limit", "none")
    assert updated["phone"] == "555 1212" and updated["upper_limit"] is None
    assert updated["name"] == "Bob Brown"
    assert cli.json("member", "suspend", "42")["status"] == "suspended"
    assert [m["id"] for m in cli.json("member", "list", "--status", "suspended")] == [42]
    assert "already suspended" in cli.fails("member", "suspend", "42")
    assert cli.json("member", "reactivate", "42")["status"] == "active"
    left = cli.json("member", "leave", "42")
    assert left["status"] == "left" and left["left_on"]
    # refusals: one line, exit 1
    assert "already has the email address" in cli.fails(
        "member", "add", "--name", "Copy", "--email", "ANN@example.org"
    )
    assert "no member number 999" in cli.fails("member", "show", "999")
    assert "decimal places" in cli.fails("member", "update", "42", "--credit-limit", "1.234")
    human = run_cli(*cli.base, "member", "show", str(ann["id"]), env=cli.env)
    assert human.returncode == 0 and "Ann Archer" in human.stdout


def test_transfers_balances_reversals_ledger_and_bad_amounts(cli: Cli) -> None:
    a = cli.add("Payer", "--credit-limit", "20")
    b = cli.add("Payee")
    first = cli.json(
        "transfer",
        "--from",
        str(a),
        "--to",
        str(b),
        "--amount",
        "12.5",
        "--memo",
        "eggs",
        "--idempotency-key",
        "k-1",
    )
    tx = first["transaction_id"]
    today = date.today().isoformat()  # a transfer without --date happened today
    assert first == {"transaction_id": tx, "replayed": False, "value_date": today}
    again = cli.json(
        "transfer",
        *("--from", str(a), "--to", str(b), "--amount", "12.50", "--memo", "eggs"),
        *("--idempotency-key", "k-1"),
    )
    assert again == {"transaction_id": tx, "replayed": True, "value_date": today}
    assert "different content" in cli.fails(
        "transfer",
        *("--from", str(a), "--to", str(b), "--amount", "1", "--memo", "eggs"),
        *("--idempotency-key", "k-1"),
    )
    bal = cli.json("balance", str(a))
    assert bal == {
        "member_id": a,
        "balance": "-12.50",
        "credit_limit": "20.00",
        "available": "7.50",
        "upper_limit": None,
    }
    assert cli.json("balance", str(b))["balance"] == "12.50"
    refused = cli.fails(
        "transfer", *("--from", str(a), "--to", str(b), "--amount", "7.51", "--memo", "more")
    )
    assert "Payer" in refused and "credit left" in refused
    assert "cannot pay themselves" in cli.fails(
        "transfer", *("--from", str(a), "--to", str(a), "--amount", "1", "--memo", "self")
    )
    rev = cli.json("reverse", str(first["transaction_id"]), "--reason", "wrong member")
    assert rev == {"transaction_id": rev["transaction_id"], "reverses": first["transaction_id"]}
    assert rev["transaction_id"] > first["transaction_id"]
    assert cli.json("balance", str(a))["balance"] == "0.00"
    assert "already reversed" in cli.fails(
        "reverse", str(first["transaction_id"]), "--reason", "again"
    )
    third = cli.json(
        "transfer", *("--from", str(b), "--to", str(a), "--amount", "3", "--memo", "tea")
    )
    rows = cli.json("ledger", "--member", str(a), "--limit", "2")
    assert [r["id"] for r in rows] == [third["transaction_id"], rev["transaction_id"]]
    assert rows[0]["kind"] == "transfer" and rows[0]["amount"] == "3.00"
    assert rows[0]["memo"] == "tea"
    assert sorted(e["amount"] for e in rows[0]["entries"]) == ["-3.00", "3.00"]
    assert rows[1]["reverses"] == first["transaction_id"]
    older = cli.json("ledger", "--member", str(a), "--kind", "transfer")
    assert [r["id"] for r in older] == [third["transaction_id"], first["transaction_id"]]
    assert older[1]["reversed_by"] == rev["transaction_id"]
    for amount in ("0", "-5", "12.345", "1e3", "abc", ""):
        line = cli.fails(
            "--json",
            "transfer",
            *("--from", str(b), "--to", str(a), "--amount", amount, "--memo", "x"),
        )
        assert "amount" in line, (amount, line)
    report = cli.json("verify")
    assert report["ok"] is True and report["problems"] == []
    assert (report["transactions"], report["entries"]) == (3, 6)


def test_levy_preview_then_real(cli: Cli) -> None:
    rich = cli.add("Rich")
    poor = cli.add("Poor", "--credit-limit", "1")
    preview = cli.json("levy", "--amount", "5", "--memo", "fee", "--dry-run")
    assert preview["dry_run"] is True and preview["transaction_id"] is None
    assert preview["total"] == "10.00" and preview["members_charged"] == 2
    assert [o["member_id"] for o in preview["over_limit"]] == [poor]
    assert preview["over_limit"][0]["available"] == "1.00"
    assert "would go past their credit limit" in cli.fails("levy", "--amount", "5", "--memo", "f")
    done = cli.json("levy", "--amount", "5", "--memo", "fee", "--skip-over-limit")
    assert done["dry_run"] is False and done["transaction_id"]
    assert done["members_charged"] == 1 and done["total"] == "5.00"
    assert cli.json("balance", str(rich))["balance"] == "-5.00"
    assert cli.json("balance", str(poor))["balance"] == "0.00"
    rows = cli.json("ledger", "--kind", "levy")
    assert [r["id"] for r in rows] == [done["transaction_id"]]
    assert {e["account"] for e in rows[0]["entries"]} == {"Rich", "Community fund"}
    refusal = cli.fails("member", "leave", str(rich))
    assert "cannot leave with a balance of -5.00" in refusal and "--settle" in refusal
    left = cli.json("member", "leave", str(rich), "--settle")
    assert left["status"] == "left" and cli.json("balance", str(rich))["balance"] == "0.00"


def test_verify_exit_3_after_tampering(cli: Cli) -> None:
    a = cli.add("One")
    b = cli.add("Two")
    tx = cli.json(
        "transfer", *("--from", str(a), "--to", str(b), "--amount", "4", "--memo", "honest")
    )
    assert cli.json("verify")["ok"] is True
    cli.sql(f"UPDATE transactions SET memo = 'forged' WHERE id = {tx['transaction_id']}")
    proc = run_cli(*cli.base, "--json", "verify", env=cli.env)
    assert proc.returncode == 3, proc.stderr
    report = json.loads(proc.stdout)
    assert report["ok"] is False
    assert report["first_bad_transaction"] == tx["transaction_id"]
    assert report["problems"] and report["problems"][0]["check"] == "hash"
    text = run_cli(*cli.base, "verify", env=cli.env)
    assert text.returncode == 3 and "first bad transaction" in text.stdout


def test_verify_of_an_audit_only_problem_names_no_transaction(cli: Cli) -> None:
    """A deleted audit row is no transaction's fault: no "first bad transaction: None"."""
    cli.add("One")
    assert cli.json("verify")["ok"] is True
    cli.sql("DELETE FROM audit_log WHERE id = (SELECT min(id) FROM audit_log)")
    text = run_cli(*cli.base, "verify", env=cli.env)
    assert text.returncode == 3
    assert "None" not in text.stdout
    assert "(in no single transaction: accounts, the audit log or the seals):" in text.stdout
    assert "is missing: it was deleted" in text.stdout


def test_a_time_currency_takes_hours_and_minutes_on_the_command_line(cli: Cli) -> None:
    a, b = cli.add("Payer"), cli.add("Payee")
    move = ("transfer", "--from", str(a), "--to", str(b), "--memo", "garden", "--amount")
    assert "not a number" in cli.fails(*move, "1:30")  # not a time currency: as before
    cli.sql(
        'UPDATE settings SET value = \'{"name": "Hours", "symbol": "h", '
        '"decimals": 2, "clock": true}\' WHERE key = \'currency\''
    )
    cli.json(*move, "1:30")
    cli.json(*move, "0.5")
    assert "steps of 3 minutes" in cli.fails(*move, "0:01")
    assert cli.json("member", "show", str(b))["balance"] == "2.00"  # JSON keeps decimals
    shown = run_cli(*cli.base, "member", "show", str(b), env=cli.env)
    assert shown.returncode == 0 and "2:00" in shown.stdout, shown.stdout
