"""The admin command's lists: every row, the field lists' columns, quiet closed pipes."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from localex_desktop.db.connection import Database
from localex_desktop.domain.roles import Actor
from localex_desktop.services import ledger, members, trades

from .cli_helpers import run_cli, run_json

MANY = 1205  # more than one page of the service, more than the old silent cut at 1,000


def enrol(
    db: Database, admin: Actor, env: dict[str, str], n: int
) -> tuple[list[str], dict[str, str]]:
    with db.transaction() as s:
        for i in range(n):
            members.create(s, admin, members.MemberInput(name=f"Member {i + 1:04d}"))
        members.suspend(s, admin, 2)
    return ["--database-url", db.url.render_as_string(hide_password=False)], env


@pytest.fixture
def many(db: Database, admin: Actor, cli_env: dict[str, str]) -> tuple[list[str], dict[str, str]]:
    return enrol(db, admin, cli_env, MANY)


@pytest.fixture
def some(db: Database, admin: Actor, cli_env: dict[str, str]) -> tuple[list[str], dict[str, str]]:
    """Enough for more output than Python buffers (8 KiB): the handler's own print fails."""
    return enrol(db, admin, cli_env, 200)


def test_member_list_shows_every_member(many: tuple[list[str], dict[str, str]]) -> None:
    base, env = many
    rows = run_json(*base, "member", "list", env=env)
    assert [r["id"] for r in rows] == list(range(1, MANY + 1))
    assert rows[0]["number"] == 1 and rows[0]["name"] == "Member 0001"
    proc = run_cli(*base, "member", "list", env=env)
    assert proc.returncode == 0 and proc.stderr == ""
    lines = proc.stdout.splitlines()
    assert len(lines) == MANY + 2  # the header, its rule, a line per member
    assert lines[0].split() == ["No.", "Name", "Status", "Balance", "Credit", "limit", "Last",
                                "activity"]  # fmt: skip
    assert "Member 1205" in lines[-1] and "Suspended" in lines[3]  # the Members page's words

    cut = run_cli(*base, "member", "list", "--limit", "10", env=env)
    assert cut.returncode == 0 and len(cut.stdout.splitlines()) == 12
    assert "showing the first 10 members; there are more" in cut.stderr
    exact = run_cli(*base, "--json", "member", "list", "--limit", str(MANY), env=env)
    assert len(json.loads(exact.stdout)) == MANY and exact.stderr == ""


@pytest.mark.parametrize(
    "args",
    [
        ["member", "list"],  # more than Python buffers: the handler's own print fails
        ["--json", "member", "list"],
        ["member", "show", "1"],  # a few lines: the write at the end fails
    ],
)
def test_a_closed_pipe_ends_the_command_quietly(
    some: tuple[list[str], dict[str, str]], args: list[str]
) -> None:
    """`localex member list | head`: the reader has gone, the command stops, no message."""
    base, env = some
    read_end, write_end = os.pipe()
    os.close(read_end)  # nobody will read: every write to the pipe fails
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "localex_desktop.cli.main", *base, *args],
            stdout=write_end,
            stderr=subprocess.PIPE,
            env=env,
            timeout=120,
        )
    finally:
        os.close(write_end)
    assert proc.returncode == 141  # 128 + SIGPIPE, as a shell reports `yes | head`
    assert proc.stderr == b""


def test_lists_come_from_the_field_lists(
    db: Database, admin: Actor, cli_env: dict[str, str]
) -> None:
    with db.transaction() as s:
        a = members.create(s, admin, members.MemberInput(name="Ann")).id
        b = members.create(s, admin, members.MemberInput(name="Bob")).id
        t = trades.record(s, admin, trades.TradeInput(a, b, 1250, "Bread"), completed=True)
        trades.reverse_trade(s, admin, t.id, "entered twice")
        ledger.transfer(s, admin, b, a, 300, "=cmd")
    base = ["--database-url", db.url.render_as_string(hide_password=False)]

    listed = run_json(*base, "trade", "list", env=cli_env)
    assert len(listed) == 1
    row = listed[0]
    # the export's names, and the keys scripts knew before (buyer: the name)
    assert (row["buyer_name"], row["buyer"], row["buyer_id"]) == ("Ann", "Ann", a)
    assert (row["amount"], row["status"], row["transaction"]) == ("12.50", "cancelled", 1)
    text = run_cli(*base, "trade", "list", env=cli_env).stdout
    assert "Ann (1)" in text and "Reversed" in text and "Buyer" in text.splitlines()[0]

    journal = run_json(*base, "ledger", env=cli_env)
    assert [(r["id"], r["transaction"]) for r in journal] == [(3, 3), (2, 2), (1, 1)]
    assert journal[0]["from"] == "Bob (2)" and journal[1]["note"] == "reverses 1"
    assert {e["account"] for e in journal[0]["entries"]} == {"Ann", "Bob"}
    assert {e["member"] for e in journal[0]["entries"]} == {a, b}
    text = run_cli(*base, "ledger", env=cli_env).stdout
    assert text.splitlines()[0].split()[:4] == ["No.", "Date", "Kind", "From"]
    assert "Reversal" in text and "reverses 1" in text
    lines = run_cli(*base, "ledger", "--entries", "--limit", "1", env=cli_env)
    assert "Balance after" in lines.stdout and len(lines.stdout.splitlines()) == 4
    assert "showing the first 1 transaction; there are more" in lines.stderr

    log = run_json(*base, "audit", "--entity", "trade", env=cli_env)
    assert [r["action"] for r in log][-1] == "create"
    assert isinstance(log[-1]["after"], dict) and log[-1]["change"]
    text = run_cli(*base, "audit", env=cli_env).stdout
    assert text.splitlines()[0].split() == ["No.", "When", "Operator", "Action", "What",
                                            "Record", "Change"]  # fmt: skip

    shown = run_json(*base, "member", "show", str(a), env=cli_env)
    assert (shown["id"], shown["number"], shown["balance"]) == (a, a, "3.00")
    text = run_cli(*base, "member", "show", str(a), env=cli_env).stdout
    assert "Status         Active" in text and "Available      503.00" in text


def test_report_text_says_active_as_the_member_list_does(
    db: Database, admin: Actor, cli_env: dict[str, str]
) -> None:
    with db.transaction() as s:
        members.create(s, admin, members.MemberInput(name="Ann"))
    base = ["--database-url", db.url.render_as_string(hide_password=False)]
    text = run_cli(*base, "report", "balances", env=cli_env).stdout
    assert "Active" in text and " active " not in text
    data = run_json(*base, "report", "balances", env=cli_env)
    assert data[0]["rows"][0]["status"] == "active"  # programs keep the machine's word
