"""The double-entry ledger: posting, levies, balances and the journal.

One import for callers (``from localex_desktop.services import ledger``); the work is
in modules of one idea each:

* :mod:`services.posting`: transfers, batches and reversals through ``localex_post()``,
  with their value dates;
* :mod:`services.posting_batch`: many postings in one call (``localex_post_batch()``);
* :mod:`services.ledger_refusals`: the database's refusals told in members and amounts;
* :mod:`services.levies`: the levy on every active member;
* :mod:`services.journal`: balances and the journal.

Verifying the books is :mod:`services.verify`.
"""

from __future__ import annotations

from localex_desktop.services.journal import (
    BalanceInfo,
    EntryView,
    HistoryLine,
    JournalFilter,
    TransactionView,
    account_history,
    balance,
    currency,
    journal,
    transaction,
)
from localex_desktop.services.ledger_refusals import explain
from localex_desktop.services.levies import LevyLine, LevyResult, levy
from localex_desktop.services.posting import (
    KINDS,
    MAX_MEMO,
    MAX_MINOR,
    SYSTEM_ACCOUNTS,
    PostResult,
    batch_transfer,
    post,
    reverse,
    system_account,
    transfer,
    transfer_now,
    value_date_and_reason,
)
from localex_desktop.services.posting_batch import Posting, post_many

__all__ = [
    "KINDS",
    "MAX_MEMO",
    "MAX_MINOR",
    "SYSTEM_ACCOUNTS",
    "BalanceInfo",
    "EntryView",
    "HistoryLine",
    "JournalFilter",
    "LevyLine",
    "LevyResult",
    "PostResult",
    "Posting",
    "TransactionView",
    "account_history",
    "balance",
    "batch_transfer",
    "currency",
    "explain",
    "journal",
    "levy",
    "post",
    "post_many",
    "reverse",
    "system_account",
    "transaction",
    "transfer",
    "transfer_now",
    "value_date_and_reason",
]
