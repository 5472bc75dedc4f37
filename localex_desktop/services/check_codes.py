"""Statement check codes: a member's paper as a witness of their chain.

Each statement prints a code of the member's chain head at the statement's end date
(the last entry, in posting order, dated on or before it): a keyed hash over the
account, the entry's id and its hash (:func:`domain.seal_format.check_code`). The key
comes from the exchange key, so a code can be made and checked only where the key is.
``localex verify --statement CODE`` finds the entry again by the code's first part and
says whether the history up to it is still the one printed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

import sqlalchemy as sa

from localex_desktop.domain import seal_format as sf
from localex_desktop.domain.errors import NotFound
from localex_desktop.domain.roles import Actor, Permission
from localex_desktop.services import seals
from localex_desktop.services.seals import Conn, KeyUnavailable

_ZERO = bytes(32)

_HEADS_AT = """
SELECT DISTINCT ON (e.account_id) e.account_id, e.id, e.hash
FROM entries e
WHERE e.account_id = ANY(CAST(:a AS bigint[])) AND e.value_date <= CAST(:until AS date)
ORDER BY e.account_id, e.seq DESC
"""


def _secret(conn: Conn) -> bytes | None:
    if seals.is_review(conn):
        return None  # a scratch copy's key would witness nothing
    try:
        return sf.code_key(seals.exchange_key(seals.exchange_folder(conn)))
    except KeyUnavailable:
        return None


def codes_at(conn: Conn, accounts: Sequence[int], until: date) -> dict[int, str]:
    """The check code of each account's chain head at ``until`` (none when the exchange
    key cannot be used: the statements print without one)."""
    secret = _secret(conn) if accounts else None
    if secret is None:
        return {}
    heads = {
        int(r.account_id): (int(r.id), bytes(r.hash))
        for r in conn.execute(sa.text(_HEADS_AT), {"a": list(accounts), "until": until})
    }
    return {
        a: sf.check_code(secret, a, *heads.get(a, (0, _ZERO)))
        for a in accounts
    }  # fmt: skip


@dataclass(frozen=True)
class CodeCheck:
    verdict: str  # "ok", "changed" or "unknown"
    message: str
    account_id: int | None = None
    entry_id: int | None = None
    transaction_id: int | None = None

    def as_dict(self) -> dict[str, object]:
        return {
            "verdict": self.verdict,
            "ok": self.verdict == "ok",
            "account_id": self.account_id,
            "entry_id": self.entry_id,
            "transaction_id": self.transaction_id,
            "message": self.message,
        }


_ENTRIES = """
SELECT e.account_id, e.id, e.transaction_id, e.seq, e.hash, a.name, a.member_id
FROM entries e JOIN accounts a ON a.id = e.account_id
WHERE CAST(:acc AS bigint) IS NULL OR e.account_id = CAST(:acc AS bigint)
"""


def check(conn: Conn, actor: Actor, code: str, member_id: int | None = None) -> CodeCheck:
    """Is the history a statement's code witnesses still the live one?"""
    actor.require(Permission.READ)
    raw = sf.normalise_code(code)
    if raw is None:
        return CodeCheck(
            "unknown",
            f"{code!r} is not a check code: a code has 12 letters and digits "
            "(as XXXX-XXXX-XXXX on the statement).",
        )
    account: int | None = None
    if member_id is not None:
        account = conn.execute(
            sa.text("SELECT id FROM accounts WHERE member_id = :m"), {"m": member_id}
        ).scalar()
        if account is None:
            raise NotFound(f"There is no member number {member_id}.")
    secret = sf.code_key(seals.exchange_key(seals.exchange_folder(conn), create=False))
    pos, content = sf.split_code(raw)
    rows = list(conn.execute(sa.text(_ENTRIES), {"acc": account}))
    empty = conn.execute(
        sa.text(
            "SELECT id, name FROM accounts WHERE entry_count = 0"
            " AND (CAST(:acc AS bigint) IS NULL OR id = CAST(:acc AS bigint))"
        ),
        {"acc": account},
    ).all()
    changed: CodeCheck | None = None
    for acc, name in empty:
        tags = (sf.position_tag(secret, int(acc), 0), sf.content_tag(secret, int(acc), 0, _ZERO))
        if tags == (pos, content):
            return CodeCheck(
                "ok", f"This statement matches the ledger: account {acc} ({name}) "
                "had no entries then and has none now.", int(acc),
            )  # fmt: skip
    for r in rows:
        acc, entry_id = int(r.account_id), int(r.id)
        if sf.position_tag(secret, acc, entry_id) != pos:
            continue
        who = f"account {acc} ({r.name})"
        if sf.content_tag(secret, acc, entry_id, bytes(r.hash)) == content:
            return CodeCheck(
                "ok",
                f"This statement matches the ledger: {who}, history up to transaction "
                f"{r.transaction_id} (its entry {r.seq}) is unchanged.",
                acc,
                entry_id,
                int(r.transaction_id),
            )
        changed = changed or CodeCheck(
            "changed",
            f"This statement's history was changed: {who}'s history up to transaction "
            f"{r.transaction_id} (its entry {r.seq}) is no longer the one printed. "
            "Run `localex verify` to find the transaction.",
            acc,
            entry_id,
            int(r.transaction_id),
        )
    if changed is not None:
        return changed
    scope = f" for member {member_id}" if member_id is not None else ""
    return CodeCheck(
        "unknown",
        f"Code not recognised{scope}: it may be mistyped, from another exchange, or the "
        "entry it was printed for is gone.",
        account,
    )
