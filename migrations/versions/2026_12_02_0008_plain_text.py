"""Plain text in the columns people fill: no control characters, no direction overrides.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02

The program refuses such text before it stores it (``localex_desktop/domain/text.py``);
these CHECK constraints hold the same rule for every other client (psql, a script, an
older program). Each guarded column gets ``ck_<table>_<column>_text``:

* no C0 control character (U+0001–U+001F; a NUL cannot be stored at all), no DEL, no
  C1 control (U+007F–U+009F): terminal escapes such as ``ESC[2J`` or ``ESC]0;…BEL``
  are refused with them. Columns that hold several lines (addresses, notes,
  descriptions, a trade's note and resolution, a bundle's note) may keep tab, line feed
  and carriage return;
* no embedding, override or isolate control (U+202A–U+202E, U+2066–U+2069);
* not made only of whitespace and invisible characters (zero-width spaces, word joiner,
  byte-order mark, soft hyphen, Hangul fillers, braille blank); the empty text of an
  optional column stays allowed.

Existing rows are not changed: a name is what a person typed, and the ledger's memos
and reasons are covered by its hashes and may not be rewritten. Each constraint is
added ``NOT VALID`` (it holds for every new or changed row at once) and validated when
no existing row breaks it; when some do, their ids are logged as a warning and the
constraint stays ``NOT VALID`` until they are corrected (``SELECT … WHERE NOT (…)``
in docs/database/constraints.md finds them; a later ``ALTER TABLE … VALIDATE
CONSTRAINT`` makes it whole). An update of such a row must correct the text too.

Downgrade drops the constraints; no data changes either way.
"""

from __future__ import annotations

import logging

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

_LOG = logging.getLogger("localex_desktop.migrations")

#: control and direction characters a one-line column may not hold
_LINE_BAD = r"[\x01-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]"
#: the same for a column of several lines: tab, line feed, carriage return allowed
_BLOCK_BAD = r"[\x01-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]"
#: one character that shows: neither whitespace nor invisible
_VISIBLE = (
    r"[^\s\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
    r"\u00ad\u034f\u061c\u115f\u1160\u180e\u200b-\u200f\u2060\u2800\u3164\ufeff\uffa0"
    r"\U000e0000-\U000e007f]"
)

#: (table, column, several lines?)
COLUMNS: tuple[tuple[str, str, bool], ...] = (
    ("categories", "name", False),
    ("members", "name", False),
    ("members", "email", False),
    ("members", "phone", False),
    ("members", "address", True),
    ("members", "notes", True),
    ("accounts", "name", False),
    ("transactions", "memo", False),
    ("transactions", "reason", False),
    ("listings", "title", False),
    ("listings", "description", True),
    ("listings", "unit", False),
    ("slip_batches", "note", True),
    ("trades", "description", False),
    ("trades", "note", True),
    ("trades", "resolution", True),
    ("trades", "slip_number", False),
    ("operators", "display_name", False),
)


def rule(column: str, block: bool) -> str:
    """The CHECK expression for ``column`` (NULL passes, as every CHECK lets it)."""
    bad = _BLOCK_BAD if block else _LINE_BAD
    return f"({column} !~ '{bad}' AND ({column} = '' OR {column} ~ '{_VISIBLE}'))"


def name(table: str, column: str) -> str:
    return f"ck_{table}_{column}_text"


def upgrade() -> None:
    conn = op.get_bind()
    for table, column, block in COLUMNS:
        check = rule(column, block)
        conn.exec_driver_sql(
            f"ALTER TABLE {table} ADD CONSTRAINT {name(table, column)} CHECK {check} NOT VALID"
        )
        bad = [
            row[0]
            for row in conn.execute(
                sa.text(f"SELECT id FROM {table} WHERE NOT {check} ORDER BY id LIMIT 21")
            )
        ]
        if not bad:
            conn.exec_driver_sql(f"ALTER TABLE {table} VALIDATE CONSTRAINT {name(table, column)}")
            continue
        more = ", …" if len(bad) > 20 else ""
        _LOG.warning(
            "%s.%s: rows %s%s hold control characters, direction controls or only invisible "
            "characters; they stay as they are, new and changed rows must follow the rule "
            "(constraint %s is NOT VALID until they are corrected)",
            table,
            column,
            ", ".join(str(i) for i in bad[:20]),
            more,
            name(table, column),
        )


def downgrade() -> None:
    for table, column, _block in COLUMNS:
        op.execute(f"ALTER TABLE {table} DROP CONSTRAINT {name(table, column)}")
