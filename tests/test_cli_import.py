"""`localex import` on messy files: conflicts, dates that read two ways, unknown columns,
control characters; refused with a line each and exit 1, nothing written."""

from __future__ import annotations

from pathlib import Path

from .test_cli_reports import Cli, cli  # noqa: F401  (the fixture)
from .test_imports import SAMPLES

DATA = Path(__file__).resolve().parent / "data" / "imports"


def test_the_sample_members_on_a_database_that_has_other_members(cli: Cli) -> None:  # noqa: F811
    out = cli.json("import", "members", str(DATA / "demo_members.csv"))
    assert out["imported"] and out["to_create"] == 6
    proc = cli.run("import", "members", str(SAMPLES / "members.csv"))
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert lines[0] == (
        "localex: members.csv line 2 (Member number): conflict: member number 1 is "
        "Hiroshi Patel in the database, but this row is Ada Lovelace."
    )
    assert lines[-2] == (
        "localex: 5 rows have errors, 5 of them naming someone else; nothing was imported."
    )
    assert lines[-1].startswith("localex: hint: those numbers or emails belong to other")
    assert "--mapping 'Member number=-'" in lines[-1]
    assert "already there" not in proc.stderr + proc.stdout
    members = cli.json("member", "list")
    assert len(members) == 6 and members[0]["name"] == "Hiroshi Patel"


def test_dates_that_read_two_ways_need_the_option(cli: Cli) -> None:  # noqa: F811
    path = str(DATA / "us_dates.csv")
    proc = cli.run("import", "members", path)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert "03/04/2024 on line 2" in proc.stderr
    assert "--dates dmy" in proc.stderr and "--dates mdy" in proc.stderr
    out = cli.json("import", "members", path, "--dates", "mdy", "--dry-run")
    assert out["dates"] == "mdy" and out["rows"][0]["joined_on"] == "2024-03-04"
    proc = cli.run("import", "members", path, "--dates", "dmy", "--dry-run")
    assert proc.returncode == 0 and "joined on 2024-04-03" in proc.stdout
    proc = cli.run("import", "members", path, "--dates", "someday")
    assert proc.returncode == 2


def test_unknown_columns_are_warned_about(cli: Cli) -> None:  # noqa: F811
    proc = cli.run("import", "members", str(DATA / "unknown_columns.csv"), "--dry-run")
    assert proc.returncode == 0
    assert "localex: warning: Not imported: Kreditlimit (column 4), Beitritt (column 5)" in (
        proc.stderr
    )


def test_control_characters_are_refused_by_line(cli: Cli) -> None:  # noqa: F811
    proc = cli.run("import", "members", str(DATA / "control_characters.csv"))
    assert proc.returncode == 1 and "internal error" not in proc.stderr
    assert "line 2 (Name): the value holds NUL (U+0000)" in proc.stderr
    assert "line 3 (Notes): the value holds ESC (U+001B)" in proc.stderr
    assert cli.json("member", "list") == []
