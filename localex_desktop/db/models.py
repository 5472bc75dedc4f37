"""SQLAlchemy models. The migrations in ``migrations/versions`` are the source of truth
for the schema (triggers, checks, functions); these classes mirror the tables so the
services can query them with typed code."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import JSONB, TSVECTOR
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedColumn, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


#: a table's own number, from an identity column (a value given on insert is kept)
IdKey = Annotated[int, mapped_column(sa.BigInteger, sa.Identity(always=False), primary_key=True)]
#: when a row was made or last changed: the server's time, at the start of its transaction
Stamp = Annotated[
    datetime,
    mapped_column(sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
]


def refers_to(table: str, **options: Any) -> MappedColumn[Any]:
    """A column holding the id of a row of ``table``, with its foreign key."""
    return mapped_column(sa.BigInteger, sa.ForeignKey(f"{table}.id"), **options)


class Base(DeclarativeBase):
    metadata = sa.MetaData(naming_convention=NAMING)


class Setting(Base):
    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(sa.Text, primary_key=True)
    value: Mapped[Any] = mapped_column(JSONB, nullable=False)
    updated_at: Mapped[datetime] = mapped_column(
        sa.DateTime(timezone=True), server_default=sa.func.now()
    )


class Operator(Base):
    __tablename__ = "operators"

    id: Mapped[int] = mapped_column(sa.BigInteger, sa.Identity(), primary_key=True)
    username: Mapped[str] = mapped_column(sa.Text, nullable=False)
    display_name: Mapped[str] = mapped_column(sa.Text, nullable=False, server_default="")
    # loaded only where a password is checked: a login on a shared server cannot read it
    password_hash: Mapped[str] = mapped_column(sa.Text, nullable=False, deferred=True)
    role: Mapped[str] = mapped_column(sa.Text, nullable=False)
    active: Mapped[bool] = mapped_column(sa.Boolean, nullable=False, server_default=sa.true())
    failed_logins: Mapped[int] = mapped_column(sa.Integer, nullable=False, server_default="0")
    locked_until: Mapped[datetime | None] = mapped_column(sa.DateTime(timezone=True))
    last_login_at: Mapped[datetime | None] = mapped_column(sa.DateTime(timezone=True))
    created_at: Mapped[Stamp]


class AuditEntry(Base):
    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(sa.BigInteger, sa.Identity(), primary_key=True)
    at: Mapped[datetime] = mapped_column(
        sa.DateTime(timezone=True), nullable=False, server_default=sa.func.clock_timestamp()
    )
    operator_id: Mapped[int | None] = refers_to("operators")
    actor: Mapped[str] = mapped_column(sa.Text, nullable=False)
    action: Mapped[str] = mapped_column(sa.Text, nullable=False)
    entity: Mapped[str] = mapped_column(sa.Text, nullable=False)
    entity_id: Mapped[str | None] = mapped_column(sa.Text)
    before: Mapped[Any | None] = mapped_column(JSONB)
    after: Mapped[Any | None] = mapped_column(JSONB)


class Category(Base):
    __tablename__ = "categories"

    id: Mapped[IdKey]
    parent_id: Mapped[int | None] = refers_to("categories")
    name: Mapped[str] = mapped_column(sa.Text, nullable=False)
    position: Mapped[int] = mapped_column(sa.Integer, nullable=False, server_default="0")
    created_at: Mapped[Stamp]


class Member(Base):
    __tablename__ = "members"

    id: Mapped[IdKey]
    name: Mapped[str] = mapped_column(sa.Text, nullable=False)
    email: Mapped[str | None] = mapped_column(sa.Text)
    phone: Mapped[str] = mapped_column(sa.Text, nullable=False, server_default="")
    address: Mapped[str] = mapped_column(sa.Text, nullable=False, server_default="")
    status: Mapped[str] = mapped_column(sa.Text, nullable=False, server_default="active")
    joined_on: Mapped[date] = mapped_column(
        sa.Date, nullable=False, server_default=sa.func.current_date()
    )
    left_on: Mapped[date | None] = mapped_column(sa.Date)
    notes: Mapped[str] = mapped_column(sa.Text, nullable=False, server_default="")
    directory_consent: Mapped[bool] = mapped_column(
        sa.Boolean, nullable=False, server_default=sa.false()
    )
    created_at: Mapped[Stamp]
    updated_at: Mapped[Stamp]


class Account(Base):
    __tablename__ = "accounts"

    id: Mapped[IdKey]
    member_id: Mapped[int | None] = refers_to("members", unique=True)
    system_code: Mapped[str | None] = mapped_column(sa.Text, unique=True)
    name: Mapped[str] = mapped_column(sa.Text, nullable=False)
    credit_limit: Mapped[int | None] = mapped_column(sa.BigInteger)
    upper_limit: Mapped[int | None] = mapped_column(sa.BigInteger)
    balance: Mapped[int] = mapped_column(sa.BigInteger, nullable=False, server_default="0")
    entry_count: Mapped[int] = mapped_column(sa.BigInteger, nullable=False, server_default="0")
    #: 32 zero bytes until the first entry (the database's default since revision 0012)
    chain_head: Mapped[bytes] = mapped_column(
        sa.LargeBinary, nullable=False, server_default=sa.text("decode(repeat('00', 32), 'hex')")
    )
    last_activity_at: Mapped[datetime | None] = mapped_column(sa.DateTime(timezone=True))
    #: the latest value date of its entries (migration 0006): "last activity", dormancy
    last_value_date: Mapped[date | None] = mapped_column(sa.Date)
    created_at: Mapped[Stamp]


class Transaction(Base):
    __tablename__ = "transactions"

    id: Mapped[IdKey]
    kind: Mapped[str] = mapped_column(sa.Text, nullable=False)
    memo: Mapped[str] = mapped_column(sa.Text, nullable=False, server_default="")
    category_id: Mapped[int | None] = refers_to("categories")
    operator_id: Mapped[int | None] = refers_to("operators")
    actor: Mapped[str] = mapped_column(sa.Text, nullable=False)
    posted_at: Mapped[datetime] = mapped_column(sa.DateTime(timezone=True), nullable=False)
    #: the day the trade happened (migration 0006); posted_at is when it was recorded
    value_date: Mapped[date] = mapped_column(sa.Date, nullable=False)
    #: 1: the content hash predates value dates; 2: it covers the value date
    digest_version: Mapped[int] = mapped_column(sa.SmallInteger, nullable=False)
    idempotency_key: Mapped[str | None] = mapped_column(sa.Text, unique=True)
    request_hash: Mapped[bytes | None] = mapped_column(sa.LargeBinary)
    reverses_id: Mapped[int | None] = refers_to("transactions", unique=True)
    reason: Mapped[str | None] = mapped_column(sa.Text)
    limit_override: Mapped[bool] = mapped_column(sa.Boolean, nullable=False)
    content_hash: Mapped[bytes] = mapped_column(sa.LargeBinary, nullable=False)


class Entry(Base):
    __tablename__ = "entries"

    id: Mapped[IdKey]
    transaction_id: Mapped[int] = refers_to("transactions", nullable=False)
    account_id: Mapped[int] = refers_to("accounts", nullable=False)
    amount: Mapped[int] = mapped_column(sa.BigInteger, nullable=False)
    seq: Mapped[int] = mapped_column(sa.BigInteger, nullable=False)
    balance_after: Mapped[int] = mapped_column(sa.BigInteger, nullable=False)
    credit_limit: Mapped[int | None] = mapped_column(sa.BigInteger)
    upper_limit: Mapped[int | None] = mapped_column(sa.BigInteger)
    posted_at: Mapped[datetime] = mapped_column(sa.DateTime(timezone=True), nullable=False)
    value_date: Mapped[date] = mapped_column(sa.Date, nullable=False)  # its transaction's
    prev_hash: Mapped[bytes] = mapped_column(sa.LargeBinary, nullable=False)
    hash: Mapped[bytes] = mapped_column(sa.LargeBinary, nullable=False)


class Listing(Base):
    __tablename__ = "listings"

    id: Mapped[IdKey]
    member_id: Mapped[int] = refers_to("members", nullable=False)
    kind: Mapped[str] = mapped_column(sa.Text, nullable=False)
    category_id: Mapped[int] = refers_to("categories", nullable=False)
    title: Mapped[str] = mapped_column(sa.Text, nullable=False)
    description: Mapped[str] = mapped_column(sa.Text, nullable=False, server_default="")
    price: Mapped[int | None] = mapped_column(sa.BigInteger)
    unit: Mapped[str] = mapped_column(sa.Text, nullable=False, server_default="")
    status: Mapped[str] = mapped_column(sa.Text, nullable=False, server_default="active")
    created_at: Mapped[Stamp]
    updated_at: Mapped[Stamp]
    expires_on: Mapped[date | None] = mapped_column(sa.Date)
    # generated by the database (migrations 0003, 0005: folded, see services.folding);
    # never written, loaded only on demand
    search: Mapped[Any] = mapped_column(
        TSVECTOR,
        sa.Computed(
            "setweight(to_tsvector('simple', localex_fold(title)), 'A') "
            "|| setweight(to_tsvector('simple', localex_fold(description)), 'B')",
            persisted=True,
        ),
        deferred=True,
    )


class SlipBatch(Base):
    __tablename__ = "slip_batches"

    id: Mapped[IdKey]
    control_count: Mapped[int] = mapped_column(sa.Integer, nullable=False)
    control_total: Mapped[int] = mapped_column(sa.BigInteger, nullable=False)
    note: Mapped[str] = mapped_column(sa.Text, nullable=False, server_default="")
    operator_id: Mapped[int | None] = refers_to("operators")
    created_by: Mapped[str] = mapped_column(sa.Text, nullable=False)
    created_at: Mapped[Stamp]


class Trade(Base):
    __tablename__ = "trades"

    id: Mapped[IdKey]
    buyer_member_id: Mapped[int] = refers_to("members", nullable=False)
    seller_member_id: Mapped[int] = refers_to("members", nullable=False)
    listing_id: Mapped[int | None] = refers_to("listings")
    category_id: Mapped[int | None] = refers_to("categories")
    amount: Mapped[int] = mapped_column(sa.BigInteger, nullable=False)
    description: Mapped[str] = mapped_column(sa.Text, nullable=False)
    traded_on: Mapped[date] = mapped_column(
        sa.Date, nullable=False, server_default=sa.func.current_date()
    )
    status: Mapped[str] = mapped_column(sa.Text, nullable=False, server_default="pending")
    transaction_id: Mapped[int | None] = refers_to("transactions", unique=True)
    reversal_transaction_id: Mapped[int | None] = refers_to("transactions", unique=True)
    note: Mapped[str] = mapped_column(sa.Text, nullable=False, server_default="")
    resolution: Mapped[str] = mapped_column(sa.Text, nullable=False, server_default="")
    slip_number: Mapped[str | None] = mapped_column(sa.Text, unique=True)
    batch_id: Mapped[int | None] = refers_to("slip_batches")
    operator_id: Mapped[int | None] = refers_to("operators")
    created_by: Mapped[str] = mapped_column(sa.Text, nullable=False)
    created_at: Mapped[Stamp]
    updated_at: Mapped[Stamp]
