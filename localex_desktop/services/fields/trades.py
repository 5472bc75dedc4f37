"""The trades' columns: on screen, in `localex trade list` and in the export.

``buyer`` and ``seller`` hold member numbers and read as "name (number)"; ``status``
holds the stored status and reads "Reversed" for a cancelled trade that was reversed
in the ledger (a completed trade corrected afterwards).
"""

from __future__ import annotations

from localex_desktop.services.fields.base import N_, Field, Kind
from localex_desktop.services.fields.makers import (
    hidden,
    in_words,
    member_field,
    sortable,
    stamp_field,
    word_table,
)
from localex_desktop.services.trades import TradeInfo

STATUS_TEXT = word_table(
    pending=N_("Pending"),
    disputed=N_("Disputed"),
    completed=N_("Completed"),
    cancelled=N_("Cancelled"),
)


def status_text(t: TradeInfo) -> str:
    if t.status == "cancelled" and t.reversal_transaction_id is not None:
        return N_("Reversed")
    return in_words(STATUS_TEXT, t.status)


# Listed fields in the desktop's column order; the export picks its columns by name.
FIELDS: list[Field[TradeInfo]] = [
    Field("id", N_("No."), Kind.NUMBER, lambda t: t.id, sort_key="id", width=5),
    sortable("traded_on", N_("Date"), Kind.DATE, lambda t: t.traded_on, width=10),
    member_field("buyer", N_("Buyer"), lambda t: t.buyer_member_id, lambda t: t.buyer_name),
    hidden("buyer_name", N_("Buyer's name"), Kind.TEXT, lambda t: t.buyer_name),
    member_field("seller", N_("Seller"), lambda t: t.seller_member_id, lambda t: t.seller_name),
    hidden("seller_name", N_("Seller's name"), Kind.TEXT, lambda t: t.seller_name),
    sortable("amount", N_("Amount"), Kind.MONEY, lambda t: t.amount, width=10),
    Field(
        "description", N_("Description"), Kind.TEXT, lambda t: t.description, width=20, stretch=True
    ),
    Field("category", N_("Category"), Kind.TEXT, lambda t: t.category_path, width=22),
    Field(
        "status",
        N_("Status"),
        Kind.TEXT,
        lambda t: t.status,
        sort_key="status",
        text=status_text,
        width=10,
        words=True,
    ),
    Field("slip_number", N_("Slip"), Kind.TEXT, lambda t: t.slip_number, width=12),
    hidden("listing", N_("Listing"), Kind.NUMBER, lambda t: t.listing_id),
    hidden("transaction", N_("Transaction"), Kind.NUMBER, lambda t: t.transaction_id),
    hidden(
        "reversal_transaction", N_("Reversal"), Kind.NUMBER, lambda t: t.reversal_transaction_id
    ),
    hidden("note", N_("Note"), Kind.TEXT, lambda t: t.note),
    hidden("resolution", N_("Resolution"), Kind.TEXT, lambda t: t.resolution),
    hidden("batch", N_("Slip batch"), Kind.NUMBER, lambda t: t.batch_id),
    hidden("created_by", N_("Recorded by"), Kind.TEXT, lambda t: t.created_by),
    stamp_field("created_at", N_("Recorded"), lambda t: t.created_at, sort_key="created"),
    stamp_field("updated_at", N_("Updated"), lambda t: t.updated_at, sort_key="updated"),
]
