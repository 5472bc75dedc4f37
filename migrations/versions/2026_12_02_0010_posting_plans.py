"""Postings without a plan-cache trap.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02

``localex_post_core()`` (revision 0006's posting, renamed by 0007) joined
``unnest(p_accounts, p_amounts)`` to ``accounts`` in its limit check and its entries
statement. PL/pgSQL caches each statement's plan; the generic plan of such a join
assumes ten legs and hashes the whole ``accounts`` table, so the server rejected it and
planned the statement again on every call (about 0.4 ms each on a 2-core machine,
growing with the number of members): half of a posting's server time (issue 14).

Both statements now start from ``accounts`` restricted by ``a.id = ANY (p_accounts)``
(an index probe per leg in any plan) and the function always keeps its generic plans
(``plan_cache_mode = force_generic_plan``). What the function checks, writes and hashes
is unchanged, byte for byte: the statements are revision 0006's text with those two
joins turned round, and the tests of the ledger's rules, concurrency and tampering run
on it unchanged.

Downgrade puts revision 0006's statements back and the default plan cache mode.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

POST_ARGS = (
    "text, text, bigint[], bigint[], text, bigint, bigint, text, bigint, text, boolean, date"
)

#: (revision 0006's text, this revision's): the limit check, then the entries insert
JOINS = (
    (
        """        FROM unnest(p_accounts, p_amounts) AS l(acc, x)
        JOIN accounts a ON a.id = l.acc
        LEFT JOIN members m ON m.id = a.member_id
        WHERE (a.member_id IS NOT NULL AND m.status <> 'active'
               AND NOT (p_kind = 'reversal' AND m.status = 'suspended'))
           OR (p_enforce_limits AND l.x < 0 AND a.credit_limit IS NOT NULL
               AND a.balance + l.x < -a.credit_limit)
           OR (p_enforce_limits AND l.x > 0 AND a.upper_limit IS NOT NULL
               AND a.balance + l.x > a.upper_limit)
""",
        """        FROM accounts a
        JOIN unnest(p_accounts, p_amounts) AS l(acc, x) ON l.acc = a.id
        LEFT JOIN members m ON m.id = a.member_id
        WHERE a.id = ANY (p_accounts)
          AND ((a.member_id IS NOT NULL AND m.status <> 'active'
                AND NOT (p_kind = 'reversal' AND m.status = 'suspended'))
            OR (p_enforce_limits AND l.x < 0 AND a.credit_limit IS NOT NULL
                AND a.balance + l.x < -a.credit_limit)
            OR (p_enforce_limits AND l.x > 0 AND a.upper_limit IS NOT NULL
                AND a.balance + l.x > a.upper_limit))
""",
    ),
    (
        """        FROM unnest(p_accounts, p_amounts) AS l(acc, x)
        JOIN accounts a ON a.id = l.acc
        RETURNING account_id, seq, balance_after, hash
""",
        """        FROM accounts a
        JOIN unnest(p_accounts, p_amounts) AS l(acc, x) ON l.acc = a.id
        WHERE a.id = ANY (p_accounts)
        RETURNING account_id, seq, balance_after, hash
""",
    ),
)


def _revision_0006() -> ModuleType:
    """Revision 0006's module: its posting function's text, which never changes."""
    path = next(Path(__file__).parent.glob("*_0006_value_dates.py"))
    spec = importlib.util.spec_from_file_location("localex_revision_0006", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _core(turned: bool) -> str:
    """``CREATE OR REPLACE FUNCTION localex_post_core`` with 0006's body (joins turned
    round when ``turned``); replacing keeps the owner and the grants of revision 0007."""
    text: str = _revision_0006().POST
    head = "CREATE FUNCTION localex_post("
    assert text.count(head) == 1, "revision 0006's posting function is not where it was"
    text = text.replace(head, "CREATE OR REPLACE FUNCTION localex_post_core(")
    if turned:
        for old, new in JOINS:
            assert text.count(old) == 1, "revision 0006's posting statements moved"
            text = text.replace(old, new)
    return text


def upgrade() -> None:
    op.execute(_core(turned=True))
    op.execute(
        f"ALTER FUNCTION localex_post_core({POST_ARGS}) SET plan_cache_mode = force_generic_plan"
    )


def downgrade() -> None:
    op.execute(_core(turned=False))  # replacing resets the function's settings too
