"""The exchange-wide values a page needs before it can draw amounts: currency, default limit."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from localex_desktop.domain.money import Currency
from localex_desktop.domain.roles import Actor
from localex_desktop.services import settings
from localex_desktop.ui.locale import currency_of


@dataclass(frozen=True)
class ExchangeInfo:
    currency: Currency
    #: None until read (a page's placeholder before the first query answers)
    default_credit_limit: int | None


def read_exchange(session: Session, _actor: Actor) -> ExchangeInfo:
    """Work for ``ctx.query``: the currency and the default credit limit."""
    return ExchangeInfo(
        currency_of(session),
        int(settings.get(session, "default_credit_limit") or 0),
    )
