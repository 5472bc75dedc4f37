"""Exchange-wide settings kept in the database (so every coordinator sees the same)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.orm import Session

from localex_desktop.db.models import Setting
from localex_desktop.domain.errors import Refused, ValidationError
from localex_desktop.domain.money import Currency
from localex_desktop.domain.roles import Actor, Permission
from localex_desktop.services import audit

DEFAULTS: dict[str, Any] = {
    "exchange_name": "Our Exchange",
    "currency": {"name": "Credits", "symbol": "Cr", "decimals": 2},
    "default_credit_limit": 50000,  # minor units: 500.00
}


def get(session: Session, key: str) -> Any:
    value = session.scalar(sa.select(Setting.value).where(Setting.key == key))
    return DEFAULTS.get(key) if value is None else value


def put(session: Session, actor: Actor, key: str, value: Any) -> None:
    actor.require(Permission.MANAGE_SETTINGS)
    before = session.scalar(sa.select(Setting.value).where(Setting.key == key))
    if key == "exchange_name":
        value = validate_exchange_name(str(value))
    if key == "currency":
        value = validate_currency(
            CurrencyInput(value["name"], value["symbol"], int(value["decimals"]))
        )
        old = currency(session)
        if value["decimals"] != old.decimals and _ledger_has_entries(session):
            raise Refused(
                f"The ledger already holds amounts counted to {old.decimals} decimal places; "
                "changing the decimal places would change every amount.",
                hint="Keep the decimal places; the name and symbol can still change.",
            )
    _write(session, key, value)
    audit.record(session, actor, "update", "setting", key, before=before, after=value)


def _write(session: Session, key: str, value: Any) -> None:
    stmt = insert(Setting).values(key=key, value=value)
    stmt = stmt.on_conflict_do_update(
        index_elements=[Setting.key], set_={"value": value, "updated_at": sa.func.now()}
    )
    session.execute(stmt)


def seed_defaults(session: Session, overrides: dict[str, Any] | None = None) -> None:
    """Write the defaults that are missing; never overwrite what is there."""
    values = {**DEFAULTS, **(overrides or {})}
    for key, value in values.items():
        session.execute(insert(Setting).values(key=key, value=value).on_conflict_do_nothing())


def currency(session: Session) -> Currency:
    raw = get(session, "currency") or {}
    return Currency(
        name=str(raw.get("name", "Credits")),
        symbol=str(raw.get("symbol", "Cr")),
        decimals=int(raw.get("decimals", 2)),
    )


def _ledger_has_entries(session: Session) -> bool:
    exists = session.scalar(
        sa.text("SELECT to_regclass('entries') IS NOT NULL")
    ) and session.scalar(sa.text("SELECT EXISTS (SELECT 1 FROM entries)"))
    return bool(exists)


def validate_exchange_name(name: str) -> str:
    clean = " ".join(name.split())
    if not clean or len(clean) > 80:
        raise ValidationError(
            "The exchange name must be 1 to 80 characters.", field="exchange_name"
        )
    return clean


@dataclass(frozen=True)
class CurrencyInput:
    name: str
    symbol: str
    decimals: int


def validate_currency(value: CurrencyInput) -> dict[str, Any]:
    name, symbol = value.name.strip(), value.symbol.strip()
    if not name or len(name) > 40:
        raise ValidationError(
            "The currency name must be 1 to 40 characters.", field="currency_name"
        )
    if not symbol or len(symbol) > 8:
        raise ValidationError(
            "The currency symbol must be 1 to 8 characters.", field="currency_symbol"
        )
    if value.decimals not in (0, 1, 2, 3):
        raise ValidationError("Decimal places must be 0, 1, 2 or 3.", field="currency_decimals")
    return {"name": name, "symbol": symbol, "decimals": value.decimals}
