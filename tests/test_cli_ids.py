"""Numbers on the command line: an id of 2**63 gets a clear message, never a DataError."""

from __future__ import annotations

import pytest

from localex_desktop.cli.main import main
from localex_desktop.db.connection import Database
from localex_desktop.domain.errors import ValidationError
from localex_desktop.domain.ids import MAX_ID, parse_id
from localex_desktop.domain.roles import Actor
from localex_desktop.services import categories, members

BIG = str(2**63)


@pytest.fixture
def url(db: Database, admin: Actor) -> str:
    with db.transaction() as s:
        members.create(s, admin, members.MemberInput(name="Ana"))
        members.create(s, admin, members.MemberInput(name="Ben"))
    return db.url.render_as_string(hide_password=False)


COMMANDS = [
    ["member", "show", BIG],
    ["balance", BIG],
    ["transfer", "--from", BIG, "--to", "2", "--amount", "1", "--memo", "x"],
    ["transfer", "--from", "1", "--to", BIG, "--amount", "1", "--memo", "x"],
    ["reverse", BIG, "--reason", "x"],
    ["member", "update", BIG, "--name", "X"],
    ["member", "list", "--limit", BIG],
    ["member", "add", "--name", "Cy", "--number", BIG],
    ["ledger", "--member", BIG],
    ["listing", "list", "--member", BIG],
    ["trade", "list", "--member", BIG],
    ["trade", "cancel", BIG, "--reason", "x"],
    ["statement", BIG, "--out", "x.pdf"],
]


@pytest.mark.parametrize("args", COMMANDS, ids=lambda a: " ".join(a[:2]))
def test_an_id_of_two_to_the_63_is_a_clear_refusal(
    url: str, args: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as ended:
        main(["--database-url", url, *args])
    err = capsys.readouterr().err
    assert ended.value.code == 2, err
    assert f"{BIG} is too large" in err
    assert "internal error" not in err and "DataError" not in err


def test_the_largest_id_is_looked_up_and_not_found(
    url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--database-url", url, "member", "show", str(MAX_ID)]) == 1
    err = capsys.readouterr().err
    assert "internal error" not in err and str(MAX_ID) in err


def test_parse_id_says_what_is_wrong() -> None:
    assert parse_id(" #12 ") == 12
    for bad, words in [(BIG, "too large"), ("-3", "negative"), ("1e3", "not a"), ("0", "small")]:
        with pytest.raises(ValidationError, match=words):
            parse_id(bad, "member number")
    with pytest.raises(ValidationError, match="not a"):
        parse_id("١٢")  # Arabic-Indic digits: isdigit() but not what a person means here


def test_a_category_number_too_large_is_refused_in_words(db: Database, admin: Actor) -> None:
    with db.transaction() as s, pytest.raises(ValidationError, match="too large"):
        categories.find(s, admin, BIG)
