"""`localex category|listing|trade|operator|audit`, run as subprocesses against a test database."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import sqlalchemy as sa

from localex_desktop.db.connection import Database
from localex_desktop.domain.roles import Actor
from localex_desktop.services import members, trades

from .cli_helpers import run_cli, run_json


def _trade_count(db: Database) -> int:
    with db.engine.connect() as conn:
        return int(conn.execute(sa.text("SELECT count(*) FROM trades")).scalar_one())


@pytest.fixture
def cli(db: Database, admin: Actor, cli_env: dict[str, str]) -> tuple[list[str], dict[str, str]]:
    with db.transaction() as s:
        for name in ("Ann", "Bob", "Cyd"):
            members.create(s, admin, members.MemberInput(name=name), credit_limit=10_000)
    return ["--database-url", db.url.render_as_string(hide_password=False)], cli_env


def test_categories_listings_and_trades(cli: tuple[list[str], dict[str, str]]) -> None:
    base, env = cli
    food = run_json(*base, "category", "add", "Food", env=env)
    baking = run_json(*base, "category", "add", "Baking", "--parent", "Food", env=env)
    assert baking["path"] == "Food › Baking" and baking["parent_id"] == food["id"]
    tree = run_cli(*base, "category", "list", env=env)
    assert tree.returncode == 0 and "  Baking" in tree.stdout

    listing = run_json(
        *base,
        "listing",
        "add",
        "--member",
        "2",
        "--kind",
        "offer",
        "--category",
        "food/baking",
        "--title",
        "Sourdough bread",
        "--price",
        "4.5",
        "--unit",
        "per loaf",
        env=env,
    )
    assert (listing["price"], listing["category"], listing["status"]) == (
        "4.50",
        "Food › Baking",
        "active",
    )
    found = run_json(*base, "listing", "list", "--search", "sourd", "--directory", env=env)
    assert [x["id"] for x in found] == [listing["id"]]

    pending = run_json(
        *base,
        "trade",
        "record",
        "--buyer",
        "1",
        "--seller",
        "2",
        "--amount",
        "12.50",
        "--listing",
        str(listing["id"]),
        env=env,
    )
    assert pending["status"] == "pending" and pending["description"] == "Sourdough bread"
    done = run_json(*base, "trade", "complete", str(pending["id"]), env=env)
    assert done["status"] == "completed" and not done["already_completed"]
    again = run_cli(*base, "trade", "complete", str(pending["id"]), env=env)
    assert again.returncode == 0 and "was already completed" in again.stdout
    assert f"ledger transaction {done['transaction_id']}" in again.stdout

    refused = run_cli(*base, "trade", "cancel", str(pending["id"]), "--reason", "x", env=env)
    assert refused.returncode == 1 and "Reverse the trade instead" in refused.stderr
    assert "Traceback" not in refused.stderr and len(refused.stderr.strip().splitlines()) == 1
    disputed = run_json(
        *base,
        "trade",
        "record",
        "--buyer",
        "3",
        "--seller",
        "1",
        "--amount",
        "3",
        "--description",
        "Soup",
        env=env,
    )
    run_json(*base, "trade", "dispute", str(disputed["id"]), "--note", "Cyd disagrees", env=env)
    resolved = run_json(
        *base,
        "trade",
        "resolve",
        str(disputed["id"]),
        "--outcome",
        "completed",
        "--note",
        "Agreed on 2",
        "--amount",
        "2",
        env=env,
    )
    assert (resolved["status"], resolved["amount"]) == ("completed", "2.00")
    usage = run_cli(*base, "trade", "resolve", str(disputed["id"]), "--note", "x", env=env)
    assert usage.returncode == 2

    completed = run_json(*base, "trade", "list", "--status", "completed", env=env)
    assert [t["id"] for t in completed] == [disputed["id"], pending["id"]]
    withdrawn = run_json(*base, "listing", "withdraw", str(listing["id"]), env=env)
    assert withdrawn["status"] == "withdrawn"

    log = run_json(*base, "audit", "--entity", "trade", "--limit", "3", env=env)
    assert [r["action"] for r in log] == ["resolve", "dispute", "create"]
    assert log[0]["actor"].startswith("cli:") and log[0]["after"]["amount"] == 200


def test_slip_batch_from_a_csv_file(
    cli: tuple[list[str], dict[str, str]], db: Database, admin: Actor, tmp_path: Path
) -> None:
    base, env = cli
    slips = tmp_path / "march.csv"
    slips.write_text(
        "slip,buyer,seller,amount,description,date\n"
        "101,1,2,12.50,Bread,2026-01-05\n"
        "102,2,3,7,Lift\n"
        "103,9,1,1.00,Eggs\n"
        "101,3,1,0.50,Jam\n",
        encoding="utf-8",
    )
    bad = run_cli(*base, "trade", "batch", str(slips), "--count", "4", "--total", "21", env=env)
    assert bad.returncode == 1
    assert "2 slips refused" in bad.stderr and "the bundle's total" not in bad.stderr
    assert "line 4, slip 103: there is no member number 9 (the buyer)" in bad.stderr
    assert "line 5, slip 101: slip number 101 is also on line 2" in bad.stderr
    assert _trade_count(db) == 0

    slips.write_text("101,1,2,12.50,Bread\n102,2,3,7,Lift\n", encoding="utf-8")
    check = run_json(
        *base, "trade", "batch", str(slips), "--count", "2", "--total", "19.5", "--check", env=env
    )
    assert check["ok"] and _trade_count(db) == 0
    posted = run_json(
        *base, "trade", "batch", str(slips), "--count", "2", "--total", "19.50", env=env
    )
    assert posted["ok"] and len(posted["trades"]) == 2
    with db.transaction() as s:
        listed = trades.search(s, admin, trades.TradeFilter(batch_id=posted["batch_id"]))
    assert {t.slip_number for t in listed} == {"101", "102"}
    assert {t.status for t in listed} == {"completed"}


def test_operators_and_audit(cli: tuple[list[str], dict[str, str]]) -> None:
    base, env = cli
    short = run_cli(
        *base, "operator", "add", "carol", "--role", "coordinator", env=env, stdin="short\n"
    )
    assert short.returncode == 1 and "at least 10 characters" in short.stderr
    added = run_json(
        *base,
        "operator",
        "add",
        "carol",
        "--role",
        "coordinator",
        "--display-name",
        "Carol K",
        env=env,
        stdin="a long password\n",
    )
    assert (added["username"], added["role"], added["active"]) == ("carol", "coordinator", True)
    changed = run_cli(*base, "operator", "passwd", "carol", env=env, stdin="another password\n")
    assert changed.returncode == 0 and "unlocked" in changed.stdout
    assert "another password" not in changed.stdout + changed.stderr
    run_json(*base, "operator", "disable", "carol", env=env)
    ops = run_json(*base, "operator", "list", env=env)
    assert [(o["username"], o["active"]) for o in ops] == [("carol", False)]

    log = run_json(*base, "audit", "--entity", "operator", env=env)
    assert [r["action"] for r in log] == ["disable", "set password", "create"]
    assert all(r["before"] is None or "password" not in json.dumps(r["before"]) for r in log)
    who = log[0]["actor"]
    text = run_cli(
        *base, "audit", "--operator", who, "--since", "2000-01-01", "--limit", "2", env=env
    )
    assert text.returncode == 0 and "disable" in text.stdout and "operator" in text.stdout
    assert "set password" in text.stdout and "create" not in text.stdout
    assert run_cli(*base, "audit", "--since", "yesterday", env=env).returncode == 2
    found = run_json(*base, "audit", "--search", "CAROL K", env=env)
    assert [r["action"] for r in found] == ["create"]  # the display name is in "after"
