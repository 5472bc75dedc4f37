"""The manifest of a backup: what it holds, in numbers a restore must reproduce.

Readable without the passphrase (counts, revision, dates, chain heads: no personal
data), so ``backups list`` works on encrypted files. Stored as UTF-8 JSON in the
file's header (:mod:`.container`); the encryption parameters travel in it too.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from localex_desktop.domain.backup_format.crypto import Encryption
from localex_desktop.domain.words import counted

#: the version of the file format a manifest describes (the prelude repeats it)
FORMAT_VERSION = 1


@dataclass(frozen=True)
class LedgerSummary:
    transactions: int
    entries: int
    balance_sum: int
    chain_heads: dict[int, str]  # account id -> hex of accounts.chain_head

    @property
    def chain_digest(self) -> str:
        return chain_digest(self.chain_heads)

    def to_dict(self) -> dict[str, Any]:
        return {
            "transactions": self.transactions,
            "entries": self.entries,
            "balance_sum": self.balance_sum,
            "accounts": len(self.chain_heads),
            "chain_digest": self.chain_digest,
            "chain_heads": {str(k): v for k, v in sorted(self.chain_heads.items())},
        }

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> LedgerSummary:
        heads = {int(k): str(v) for k, v in dict(raw.get("chain_heads", {})).items()}
        summary = cls(int(raw["transactions"]), int(raw["entries"]), int(raw["balance_sum"]), heads)
        if raw.get("chain_digest") not in (None, summary.chain_digest):
            raise ValueError("chain digest does not match the chain heads")
        return summary


@dataclass(frozen=True)
class DatabaseSummary:
    """What a database holds, in numbers that a restore must reproduce exactly."""

    schema_revision: str | None
    tables: dict[str, int]  # table -> row count
    ledger: LedgerSummary | None  # None before the ledger existed (schema 0001)


def chain_digest(heads: dict[int, str]) -> str:
    """One SHA-256 over every account's chain head, in account order."""
    text = "\n".join(f"{k}:{v}" for k, v in sorted(heads.items()))
    return hashlib.sha256(text.encode()).hexdigest()


@dataclass(frozen=True)
class Manifest:
    """What the header of a backup says about its content."""

    app_version: str
    created_at: datetime
    actor: str
    database_name: str
    mode: str
    server_version: str
    pg_dump_version: str
    summary: DatabaseSummary
    dump_bytes: int
    dump_sha256: str
    label: str = ""
    encryption: Encryption | None = None
    seal: dict[str, Any] | None = None  # the exchange's signed seal (services.seals)

    @property
    def schema_revision(self) -> str | None:
        return self.summary.schema_revision

    def to_dict(self) -> dict[str, Any]:
        s = self.summary
        return {
            "format": "localex-backup",
            "format_version": FORMAT_VERSION,
            "app": "LocalEx Desktop",
            "app_version": self.app_version,
            "schema_revision": s.schema_revision,
            "created_at": self.created_at.astimezone(UTC).isoformat(timespec="seconds"),
            "actor": self.actor,
            "label": self.label,
            "database": {
                "name": self.database_name,
                "mode": self.mode,
                "server_version": self.server_version,
            },
            "tables": dict(sorted(s.tables.items())),
            "ledger": s.ledger.to_dict() if s.ledger is not None else None,
            "dump": {
                "format": "pg_dump custom",
                "pg_dump_version": self.pg_dump_version,
                "bytes": self.dump_bytes,
                "sha256": self.dump_sha256,
            },
            "encryption": self.encryption.to_dict() if self.encryption else None,
        } | ({"seal": self.seal} if self.seal is not None else {})

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> Manifest:
        if raw.get("format") != "localex-backup":
            raise ValueError("not a LocalEx manifest")
        db = dict(raw["database"])
        dump = dict(raw["dump"])
        ledger = raw.get("ledger")
        created = datetime.fromisoformat(str(raw["created_at"]))
        if created.tzinfo is None:
            created = created.replace(tzinfo=UTC)
        enc = raw.get("encryption")
        return cls(
            app_version=str(raw["app_version"]),
            created_at=created,
            actor=str(raw.get("actor", "")),
            database_name=str(db.get("name", "")),
            mode=str(db.get("mode", "")),
            server_version=str(db.get("server_version", "")),
            pg_dump_version=str(dump.get("pg_dump_version", "")),
            summary=DatabaseSummary(
                schema_revision=None
                if raw["schema_revision"] is None
                else str(raw["schema_revision"]),
                tables={str(k): int(v) for k, v in dict(raw["tables"]).items()},
                ledger=LedgerSummary.from_dict(dict(ledger)) if ledger is not None else None,
            ),
            dump_bytes=int(dump["bytes"]),
            dump_sha256=str(dump["sha256"]),
            label=str(raw.get("label", "")),
            encryption=Encryption.from_dict(dict(enc)) if enc is not None else None,
            seal=dict(raw["seal"]) if isinstance(raw.get("seal"), dict) else None,
        )


def compare_summaries(expected: DatabaseSummary, actual: DatabaseSummary) -> list[str]:
    """Every way ``actual`` (a restored database) differs from the manifest, in words."""
    out: list[str] = []
    if expected.schema_revision != actual.schema_revision:
        out.append(
            f"schema revision is {actual.schema_revision}, the manifest says "
            f"{expected.schema_revision}"
        )
    for table, count in sorted(expected.tables.items()):
        got = actual.tables.get(table)
        if got is None:
            out.append(f"table {table} is missing ({count} rows expected)")
        elif got != count:
            out.append(f"table {table} has {got} rows, the manifest says {count}")
    for table in sorted(set(actual.tables) - set(expected.tables)):
        out.append(f"table {table} is not in the manifest")
    e, a = expected.ledger, actual.ledger
    if e is None or a is None:
        if (e is None) != (a is None):
            out.append("the ledger is missing" if a is None else "a ledger appeared")
        return out
    if e.transactions != a.transactions:
        out.append(f"{a.transactions} transactions, the manifest says {e.transactions}")
    if e.entries != a.entries:
        out.append(f"{a.entries} entries, the manifest says {e.entries}")
    if e.balance_sum != a.balance_sum:
        out.append(f"balances sum to {a.balance_sum}, the manifest says {e.balance_sum}")
    if e.chain_digest != a.chain_digest:
        wrong = [
            k
            for k in sorted(set(e.chain_heads) | set(a.chain_heads))
            if e.chain_heads.get(k) != a.chain_heads.get(k)
        ]
        shown = ", ".join(str(k) for k in wrong[:5]) + (" …" if len(wrong) > 5 else "")
        out.append(f"the chain heads of {counted(len(wrong), 'account')} differ (accounts {shown})")
    return out
