"""The exchange-wide values a page needs before it can draw amounts: currency, default limit."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from localex_desktop.domain.money import Currency
from localex_desktop.services import settings
from localex_desktop.ui.context import AppContext


@dataclass(frozen=True)
class ExchangeInfo:
    currency: Currency
    default_credit_limit: int


def read_exchange(ctx: AppContext) -> Callable[[], ExchangeInfo]:
    """A callable for the task runner that reads the values in one transaction."""
    db = ctx.db

    def read() -> ExchangeInfo:
        with db.transaction() as session:
            return ExchangeInfo(
                settings.currency(session),
                int(settings.get(session, "default_credit_limit") or 0),
            )

    return read
