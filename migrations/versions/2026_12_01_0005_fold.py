"""Searches that ignore case and accents: ``localex_fold(text)``.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01

A coordinator types "nunez" and expects to find "Ñúñez"; a bookkeeper looks for
"cafe" in the memos and expects "Café". PostgreSQL's ``unaccent`` is an extension
(not in every server, not in the embedded one, and creating it needs rights a managed
server may not give), so the folding is a plain SQL function instead:

* ``localex_fold(text)`` lower-cases (``lower``), maps the accented Latin letters of
  Latin-1, Latin Extended-A and Romanian/Vietnamese basics to their base letter
  (``translate``; the upper-case ones too, for a server whose locale is "C", where
  ``lower`` leaves them), and spells out ligatures (æ → ae, œ → oe, ß → ss, ĳ → ij,
  þ → th). It is ``IMMUTABLE``, ``STRICT`` and ``PARALLEL SAFE``, so it can be
  inlined, used in an index, and in a generated column.
* The services compare ``localex_fold(column) LIKE localex_fold(pattern)`` (members,
  ledger memos, audit log), and the listings' stored ``search`` tsvector is rebuilt
  over the folded title and description (the query is folded the same way).

Downgrade rebuilds the listings' ``search`` column as 0003 made it and drops the
function; no data is lost (the column is generated from the others).
"""

from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

ACCENTED = (
    "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞàáâãäåçèéêëìíîïðñòóôõöøùúûüýÿ"
    "ĀāĂăĄąĆćĈĉĊċČčĎďĐđĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĦħĨĩĪīĬĭĮįİıĲĴĵĶķĸĹĺĻļĽľĿŀŁł"
    "ŃńŅņŇňŉŊŋŌōŎŏŐőŒŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŦŧŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽžſ"
    "ƠơƯưȘșȚțẞ"
)
PLAIN = (
    "aaaaaaæceeeeiiiidnoooooouuuuyþaaaaaaceeeeiiiidnoooooouuuuyy"
    "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiĳjjkkkllllllllll"
    "nnnnnnnnnooooooœrrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs"
    "oouussttß"
)
LIGATURES = (("æ", "ae"), ("œ", "oe"), ("ß", "ss"), ("ĳ", "ij"), ("þ", "th"))


def _fold_sql() -> str:
    expr = f"translate(lower($1), '{ACCENTED}', '{PLAIN}')"
    for letter, spelled in LIGATURES:
        expr = f"replace({expr}, '{letter}', '{spelled}')"
    return (
        "CREATE FUNCTION localex_fold(text) RETURNS text\n"
        "LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE\n"
        f"AS $$ SELECT {expr} $$;\n"
        "COMMENT ON FUNCTION localex_fold(text) IS "
        "'Lower case without accents, for searches (migration 0005)';"
    )


def _search_column(folded: bool) -> str:
    def part(column: str) -> str:
        return f"localex_fold({column})" if folded else column

    return f"""
        DROP INDEX ix_listings_search;
        ALTER TABLE listings DROP COLUMN search;
        ALTER TABLE listings ADD COLUMN search tsvector GENERATED ALWAYS AS (
            setweight(to_tsvector('simple', {part("title")}), 'A')
            || setweight(to_tsvector('simple', {part("description")}), 'B')) STORED;
        CREATE INDEX ix_listings_search ON listings USING gin (search);
    """


def upgrade() -> None:
    assert len(ACCENTED) == len(PLAIN)
    op.execute(_fold_sql())
    op.execute(_search_column(folded=True))


def downgrade() -> None:
    op.execute(_search_column(folded=False))
    op.execute("DROP FUNCTION localex_fold(text);")
