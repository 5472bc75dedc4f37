"""The trades' columns: on screen, in `localex trade list` and in the export.

``buyer`` and ``seller`` hold member numbers and read as "name (number)"; ``status``
holds the stored status and reads "Reversed" for a cancelled trade that was reversed
in the ledger (a completed trade corrected afterwards).
"""

from __future__ import annotations

from localex_desktop.services.fields.base import Field, Kind
from localex_desktop.services.fields.listings import member_text
from localex_desktop.services.trades import TradeInfo

STATUS_TEXT = {
    "pending": "Pending",
    "disputed": "Disputed",
    "completed": "Completed",
    "cancelled": "Cancelled",
}


def status_text(t: TradeInfo) -> str:
    if t.status == "cancelled" and t.reversal_transaction_id is not None:
        return "Reversed"
    return STATUS_TEXT.get(t.status, t.status.capitalize())


# Listed fields in the desktop's column order; the export picks its columns by name.
FIELDS: list[Field[TradeInfo]] = [
    Field("id", "No.", Kind.NUMBER, lambda t: t.id, sort_key="id", width=5),
    Field("traded_on", "Date", Kind.DATE, lambda t: t.traded_on, sort_key="traded_on", width=10),
    Field(
        "buyer",
        "Buyer",
        Kind.TEXT,
        lambda t: t.buyer_member_id,
        sort_key="buyer",
        text=lambda t: member_text(t.buyer_name, t.buyer_member_id),
        width=18,
    ),
    Field("buyer_name", "Buyer's name", Kind.TEXT, lambda t: t.buyer_name, listed=False),
    Field(
        "seller",
        "Seller",
        Kind.TEXT,
        lambda t: t.seller_member_id,
        sort_key="seller",
        text=lambda t: member_text(t.seller_name, t.seller_member_id),
        width=18,
    ),
    Field("seller_name", "Seller's name", Kind.TEXT, lambda t: t.seller_name, listed=False),
    Field("amount", "Amount", Kind.MONEY, lambda t: t.amount, sort_key="amount", width=10),
    Field("description", "Description", Kind.TEXT, lambda t: t.description, width=20, stretch=True),
    Field("category", "Category", Kind.TEXT, lambda t: t.category_path, width=22),
    Field(
        "status",
        "Status",
        Kind.TEXT,
        lambda t: t.status,
        sort_key="status",
        text=status_text,
        width=10,
    ),
    Field("slip_number", "Slip", Kind.TEXT, lambda t: t.slip_number, width=12),
    Field("listing", "Listing", Kind.NUMBER, lambda t: t.listing_id, listed=False),
    Field("transaction", "Transaction", Kind.NUMBER, lambda t: t.transaction_id, listed=False),
    Field(
        "reversal_transaction",
        "Reversal",
        Kind.NUMBER,
        lambda t: t.reversal_transaction_id,
        listed=False,
    ),
    Field("note", "Note", Kind.TEXT, lambda t: t.note, listed=False),
    Field("resolution", "Resolution", Kind.TEXT, lambda t: t.resolution, listed=False),
    Field("batch", "Slip batch", Kind.NUMBER, lambda t: t.batch_id, listed=False),
    Field("created_by", "Recorded by", Kind.TEXT, lambda t: t.created_by, listed=False),
    Field(
        "created_at",
        "Recorded",
        Kind.DATETIME,
        lambda t: t.created_at,
        sort_key="created",
        listed=False,
    ),
    Field(
        "updated_at",
        "Updated",
        Kind.DATETIME,
        lambda t: t.updated_at,
        sort_key="updated",
        listed=False,
    ),
]
