"""One way the books fail a check, as both checks report it.

:mod:`services.verify` checks the ledger against itself and :mod:`services.seal_check`
against the seals; ``verify`` imports ``seal_check``, so the type both return lives here
rather than in either (one type, nothing converted between two look-alikes).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """What failed (``check``), said for a person, and the transaction or account named."""

    check: str
    message: str
    transaction_id: int | None = None
    account_id: int | None = None
