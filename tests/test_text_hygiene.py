"""Text people type: no control characters, direction overrides or invisible-only text,
refused by the services with the position and by the database's CHECK constraints."""

from __future__ import annotations

import logging

import pytest
import sqlalchemy as sa
from sqlalchemy.exc import DBAPIError

from localex_desktop.cli.main import main
from localex_desktop.db import migrate
from localex_desktop.db.connection import Database
from localex_desktop.domain import text
from localex_desktop.domain.errors import ValidationError
from localex_desktop.domain.roles import Actor
from localex_desktop.services import categories, ledger, listings, members, operators, settings
from localex_desktop.services.errors import translate

CLEAR_SCREEN = "Ann\x1b[2J Smith"
TITLE_SET = "Ann\x1b]0;owned\x07"
BELL = "Bell\x07"
DELETE = "Del\x7f"
C1 = "Csi\x9b2J"
OVERRIDE = "Invoice \u202egpj.exe"
ISOLATE = "Ann \u2066x\u2069"
ZERO_WIDTH = "\u200b\u200c\u200d"
WORD_JOINERS = "\u2060\ufeff \u200b"
MARKS_ONLY = "\u200e\u200f"  # direction marks alone (a tryout enrolled such a name)
TAGS_ONLY = "\U000e0020\U000e0041"
ARABIC_MARKS = "\u061c\u061c"

BAD_LINES = [
    CLEAR_SCREEN,
    TITLE_SET,
    BELL,
    DELETE,
    C1,
    OVERRIDE,
    ISOLATE,
    ZERO_WIDTH,
    WORD_JOINERS,
    MARKS_ONLY,
    TAGS_ONLY,
    ARABIC_MARKS,
]
GOOD_LINES = [
    "Chloé Núñez",
    "שרה כהן",  # Hebrew
    "Ahmad \u200fسعيد",  # a right-to-left mark is allowed
    "Family 👨\u200d👩\u200d👧",  # zero-width joiners inside an emoji
    "می\u200cخواهم",  # Persian with a zero-width non-joiner
    '=HYPERLINK("http://x","y")',  # a formula is text here (the exports neutralise it)
]


# -- the checker ------------------------------------------------------------------------


def test_the_checker_names_what_and_where() -> None:
    assert text.problem(CLEAR_SCREEN) == (4, "a terminal escape (ESC)")
    assert text.problem(OVERRIDE) == (9, "a text-direction control")
    assert text.problem(BELL) == (5, "a control character")
    assert text.problem(ZERO_WIDTH) == (0, "only invisible characters")
    with pytest.raises(ValidationError) as raised:
        text.check_line(CLEAR_SCREEN, "the name", field="name")
    assert raised.value.message == "There is a terminal escape (ESC) at character 4 of the name."
    assert "again without that character" in str(raised.value) and raised.value.field == "name"
    with pytest.raises(ValidationError, match="nothing visible in the memo"):
        text.check_line(WORD_JOINERS, "the memo")


@pytest.mark.parametrize("good", GOOD_LINES)
def test_real_names_pass(good: str) -> None:
    assert text.check_line(good, "the name") == good


def test_a_block_keeps_its_lines_and_tabs_but_not_escapes() -> None:
    assert text.check_block(" one\r\ntwo\n\tthree ", "the notes") == "one\r\ntwo\n\tthree"
    with pytest.raises(ValidationError, match="character 5 of the notes"):
        text.check_block("one\n\x1b[2J", "the notes")
    assert text.check_line("one\ntwo\tthree", "the name") == "one two three"


def test_printable_shows_escapes_and_keeps_line_breaks() -> None:
    assert text.printable("a\x1b[2Jb") == "a\\x1b[2Jb"
    assert text.printable("x\u202ey\x9b\r") == "x\\u202ey\\x9b\\x0d"
    assert text.printable("one\n\ttwo") == "one\n\ttwo"
    assert text.json_printable('"a\x7f\u2066"') == '"a\\u007f\\u2066"'


# -- the services -----------------------------------------------------------------------


@pytest.mark.parametrize("bad", BAD_LINES)
def test_a_member_name_is_refused_with_the_position(db: Database, admin: Actor, bad: str) -> None:
    with db.transaction() as s, pytest.raises(ValidationError) as raised:
        members.create(s, admin, members.MemberInput(name=bad))
    assert raised.value.field == "name"
    assert "internal error" not in str(raised.value)
    with db.transaction() as s:
        assert members.count(s, admin) == 0


def test_every_kind_of_text_is_checked(db: Database, admin: Actor) -> None:
    with db.transaction() as s:
        ann = members.create(s, admin, members.MemberInput(name="Ann")).id
        ben = members.create(s, admin, members.MemberInput(name="Ben")).id
        food = categories.add(s, admin, "Food").id
    attempts = [
        lambda s: members.create(s, admin, members.MemberInput(name="C", notes="x\x1b[2J")),
        lambda s: members.create(s, admin, members.MemberInput(name="C", address=OVERRIDE)),
        lambda s: members.create(s, admin, members.MemberInput(name="C", email="a\x1b@b.org")),
        lambda s: ledger.transfer(s, admin, ann, ben, 100, TITLE_SET),
        lambda s: categories.add(s, admin, BELL),
        lambda s: listings.add(
            s, admin, listings.ListingInput(member_id=ann, kind="offer", category_id=food,
                                            title=ZERO_WIDTH)
        ),
        lambda s: listings.add(
            s, admin, listings.ListingInput(member_id=ann, kind="offer", category_id=food,
                                            title="Bread", description="fresh\u202e")
        ),
        lambda s: operators.create(s, admin, "carla", "a long password", operators.Role.COORDINATOR,
                                   display_name=C1),
        lambda s: settings.put(s, admin, "exchange_name", "Town \x1b[31mLETS"),
    ]  # fmt: skip
    for i, attempt in enumerate(attempts):
        with db.transaction() as s, pytest.raises(ValidationError) as raised:
            attempt(s)
        assert raised.value.message.startswith("There is"), (i, raised.value.message)


# -- the database -----------------------------------------------------------------------

CONSTRAINTS = set(text.COLUMN_WORDS)


def test_every_guarded_column_has_a_valid_constraint(db: Database) -> None:
    with db.engine.connect() as conn:
        rows = conn.execute(
            sa.text("SELECT conname, convalidated FROM pg_constraint WHERE conname LIKE '%_text'")
        ).all()
    assert {r.conname for r in rows} == CONSTRAINTS
    assert all(r.convalidated for r in rows)


def _insert_member(db: Database, name: str) -> BaseException | None:
    try:
        with db.engine.begin() as conn:
            conn.execute(sa.text("INSERT INTO members (name) VALUES (:n)"), {"n": name})
    except DBAPIError as exc:
        return translate(exc)
    return None


@pytest.mark.parametrize("bad", BAD_LINES)
def test_the_database_refuses_what_the_services_refuse(db: Database, bad: str) -> None:
    """psql or a script bypassing the program meets the same rule, in the same words."""
    refused = _insert_member(db, bad)
    assert isinstance(refused, ValidationError), refused
    assert refused.message.startswith("The member's name may not hold control characters")


@pytest.mark.parametrize("good", GOOD_LINES)
def test_the_database_takes_what_the_services_take(db: Database, good: str) -> None:
    assert _insert_member(db, good) is None


def test_a_memo_written_behind_the_programs_back_is_refused(db: Database, admin: Actor) -> None:
    with db.transaction() as s:
        ann = members.create(s, admin, members.MemberInput(name="Ann")).id
    with db.engine.begin() as conn:
        conn.execute(sa.text("UPDATE members SET notes = 'two\nlines\ttab' WHERE id = :i"),
                     {"i": ann})  # fmt: skip
    with pytest.raises(DBAPIError) as raised, db.engine.begin() as conn:
        conn.execute(sa.text("UPDATE members SET notes = E'\\x1b[2J' WHERE id = :i"), {"i": ann})
    said = translate(raised.value)
    assert isinstance(said, ValidationError) and said.message.startswith("The notes may not hold")


def test_old_rows_that_break_the_rule_stay_and_are_reported(
    db: Database, admin: Actor, caplog: pytest.LogCaptureFixture, capsys: pytest.CaptureFixture[str]
) -> None:
    """Upgrading a database that already holds such a name does not fail: the row stays,
    its id is logged, new rows follow the rule; the CLI shows the old name escaped."""
    with db.transaction() as s:
        members.create(s, admin, members.MemberInput(name="Ann"))
    migrate.downgrade(db.engine, "0006")
    with db.engine.begin() as conn:
        conn.execute(sa.text("UPDATE members SET name = :n"), {"n": CLEAR_SCREEN})
    with caplog.at_level(logging.WARNING, logger="localex_desktop.migrations"):
        migrate.upgrade(db.engine)
    assert any("members.name: rows 1 " in r.getMessage() for r in caplog.records)
    with db.engine.connect() as conn:
        valid = dict(conn.execute(sa.text(
            "SELECT conname, convalidated FROM pg_constraint WHERE conname LIKE '%_text'"
        )).all())  # fmt: skip
    assert valid["ck_members_name_text"] is False and valid["ck_members_notes_text"] is True
    assert isinstance(_insert_member(db, BELL), ValidationError)

    url = db.url.render_as_string(hide_password=False)
    assert main(["--database-url", url, "member", "list"]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "Ann\\x1b[2J Smith" in out
    assert main(["--database-url", url, "--json", "member", "show", "1"]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\\u001b[2J" in out
