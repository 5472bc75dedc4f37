"""Text a person typed, checked before it is stored: one line or a block, nothing hidden.

Names, memos, reasons, titles and the other fields people fill are shown in lists, on
statements, in the terminal and in exported files. A control character (a terminal
escape such as ``ESC[2J``, a bell, DEL, a C1 code), a text-direction override (which
makes "gnp.exe" read as "exe.png") or a name made only of invisible characters would
reach all of them. :func:`check_line` and :func:`check_block` refuse such text with the
position of the first bad character; migration 0008 puts the same rule on the columns
as CHECK constraints (``ck_<table>_<column>_text``, :func:`constraint_message` words
them). :func:`printable` is the other side: old data shown in a terminal.

Left to text on purpose: the left-to-right and right-to-left marks (U+200E, U+200F,
U+061C), which only settle the direction of neutral characters next to them and which
mixed Hebrew or Arabic and Latin text needs; zero-width joiners and non-joiners inside
a name (emoji, Persian and Indic scripts need them), as long as something visible is
there too.
"""

from __future__ import annotations

import re

from localex_desktop.domain.errors import ValidationError

#: embedding, override and isolate controls: they reorder the text that follows them
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")

#: characters that take no room and show nothing (besides whitespace); the direction
#: marks (U+200E, U+200F, U+061C) and the tag characters (U+E0000–U+E007F) may stand
#: inside text, but text of nothing else is still invisible
INVISIBLE = frozenset(
    "\u00ad\u034f\u061c\u115f\u1160\u180e\u200b\u200c\u200d\u200e\u200f\u2060\u2800"
    "\u3164\ufeff\uffa0"
) | frozenset(chr(c) for c in range(0xE0000, 0xE0080))

#: what a block (notes, descriptions) may hold besides printable text
BLOCK_CONTROLS = frozenset("\n\r\t")
#: what a terminal gets as it is from :func:`printable` (a carriage return could
#: overwrite the line it is on, so it is shown as ``\\x0d``)
_TERMINAL_CONTROLS = frozenset("\n\t")

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def _is_control(ch: str) -> bool:
    return _CONTROL.match(ch) is not None


def problem(text: str, *, block: bool = False) -> tuple[int, str] | None:
    """The first thing wrong with ``text`` as (1-based position, what it is), or None.

    In a block a line break and a tab are fine; in a line nothing below U+0020 is.
    """
    for i, ch in enumerate(text, start=1):
        if _is_control(ch) and not (block and ch in BLOCK_CONTROLS):
            return i, _control_name(ch)
        if ch in BIDI_CONTROLS:
            return i, "a text-direction control"
    if text and all(ch.isspace() or ch in INVISIBLE for ch in text):
        return 0, "only invisible characters"
    return None


def _control_name(ch: str) -> str:
    if ch == "\x1b":
        return "a terminal escape (ESC)"
    if ch == "\x00":
        return "a NUL byte"
    if ch in "\r\n":
        return "a line break"
    return "a control character"


def message(what: str, text: str, *, block: bool = False) -> str | None:
    """The sentence for what is wrong with ``text`` (``what``: "the name"), or None."""
    found = problem(text, block=block)
    if found is None:
        return None
    position, kind = found
    if position == 0:
        return f"There is nothing visible in {what}, only invisible characters"
    return f"There is {kind} at character {position} of {what}"


def check(text: str, what: str, *, field: str | None = None, block: bool = False) -> str:
    """``text`` itself, or :class:`ValidationError` saying what is wrong and where."""
    said = message(what, text, block=block)
    if said is not None:
        hint = (
            "Type it with visible letters, or leave it empty."
            if "invisible" in said
            else "Type it again without that character (text pasted from elsewhere can "
            "carry such characters)."
        )
        raise ValidationError(said + ".", field=field, hint=hint)
    return text


def check_line(text: str, what: str, *, field: str | None = None) -> str:
    """One line (a name, a memo, a title): runs of whitespace made one space, ends
    trimmed, then :func:`check`. Returns the cleaned text ("" stays "")."""
    return check(" ".join(text.split()), what, field=field)


def check_block(text: str, what: str, *, field: str | None = None) -> str:
    """Several lines (notes, a description, an address): the ends trimmed, then
    :func:`check` allowing line breaks (also Windows ones) and tabs."""
    return check(text.strip(), what, field=field, block=True)


def check_field(
    text: str, field: str, limit: int, *, required: bool = False, block: bool = False
) -> str:
    """A form's text field: :func:`check_line` (or :func:`check_block` for several lines),
    then not empty where ``required`` and at most ``limit`` characters; the messages name
    ``field``, so listings and trades word their refusals alike."""
    what = f"the {field}"
    text = check_block(text, what, field=field) if block else check_line(text, what, field=field)
    if required and not text:
        raise ValidationError(f"The {field} is empty.", field=field)
    if len(text) > limit:
        raise ValidationError(f"The {field} is longer than {limit} characters.", field=field)
    return text


def _shown_raw(ch: str) -> bool:
    return ch in _TERMINAL_CONTROLS or not (_is_control(ch) or ch in BIDI_CONTROLS)


def printable(text: str) -> str:
    """``text`` safe for a terminal: control and direction characters shown as ``\\x1b``
    or ``\\u202e`` escapes; line breaks and tabs (the output's own) stay."""
    if all(_shown_raw(ch) for ch in text):
        return text
    return "".join(
        ch if _shown_raw(ch) else f"\\x{ord(ch):02x}" if ord(ch) < 0x100 else f"\\u{ord(ch):04x}"
        for ch in text
    )


def json_printable(text: str) -> str:
    """JSON text (``ensure_ascii=False``) with DEL, C1 and direction controls written as
    ``\\u`` escapes too (json escapes only C0): the same data, safe in a terminal."""
    if all(_shown_raw(ch) for ch in text):
        return text
    return "".join(ch if _shown_raw(ch) else f"\\u{ord(ch):04x}" for ch in text)


#: the columns migration 0008 guards, by constraint name, in a person's words
COLUMN_WORDS: dict[str, str] = {
    "ck_categories_name_text": "the category name",
    "ck_members_name_text": "the member's name",
    "ck_members_email_text": "the email address",
    "ck_members_phone_text": "the phone number",
    "ck_members_address_text": "the address",
    "ck_members_notes_text": "the notes",
    "ck_accounts_name_text": "the account name",
    "ck_transactions_memo_text": "the memo",
    "ck_transactions_reason_text": "the reason",
    "ck_listings_title_text": "the listing's title",
    "ck_listings_description_text": "the listing's description",
    "ck_listings_unit_text": "the unit",
    "ck_slip_batches_note_text": "the bundle's note",
    "ck_trades_description_text": "the trade's description",
    "ck_trades_note_text": "the trade's note",
    "ck_trades_resolution_text": "the resolution",
    "ck_trades_slip_number_text": "the slip number",
    "ck_operators_display_name_text": "the operator's display name",
}


def constraint_message(constraint: str | None) -> str | None:
    """The sentence for a violated ``ck_…_text`` constraint, None for any other."""
    what = COLUMN_WORDS.get(constraint or "")
    if what is None:
        return None
    return (
        f"{what[:1].upper()}{what[1:]} may not hold control characters or text-direction "
        "controls, nor only invisible characters"
    )
