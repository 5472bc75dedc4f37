"""The ``.localex`` backup file: layout, manifest, optional encryption, retention rules.

Pure Python: no SQL and no subprocesses, so the format can be read, written and tested
on its own. ``services.backup`` fills the manifest from the database and the body from
``pg_dump``.

Layout (integers big-endian)::

    offset  size  field
    0       12    magic b"\\x89LOCALEX\\r\\n\\x1a\\n" (text-mode copies and foreign files fail)
    12      2     format version (1)
    14      2     flags (bit 0: the body is encrypted)
    16      4     header length H
    20      32    SHA-256 of the header (a damaged manifest is found before it is trusted)
    52      H     header: UTF-8 JSON, the manifest (see :class:`Manifest`), which also holds
                  the encryption parameters (salt, scrypt cost, nonce prefix, key check)
    52+H    ...   body: the pg_dump custom-format dump, as is or encrypted

The body of an encrypted file is the dump cut into chunks of ``chunk_size`` bytes, each
sealed with AES-256-GCM (16-byte tag) under a key derived from the passphrase with
scrypt. Chunk *i* uses the nonce ``prefix(7) || i(4) || last(1)`` and the 52-byte prelude
as associated data (which binds the manifest through its SHA-256), so a changed
manifest, a changed, swapped or dropped chunk, or a file cut at a chunk boundary all
fail authentication. There is always a final chunk (possibly empty). A key-check value
(HMAC of a constant under a second derived key) tells a wrong passphrase apart from a
damaged file.

The manifest stays readable without the passphrase (counts, revision, dates, chain
heads: no personal data), so ``backups list`` works on encrypted files.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import struct
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from typing import Any, BinaryIO

from localex_desktop.domain.errors import NotFound, Refused, ValidationError

MAGIC = b"\x89LOCALEX\r\n\x1a\n"
FORMAT_VERSION = 1
FLAG_ENCRYPTED = 0x0001
PRELUDE = struct.Struct(">12sHHI32s")
PRELUDE_SIZE = PRELUDE.size  # 52
MAX_HEADER = 64 * 1024 * 1024
SUFFIX = ".localex"

CHUNK_SIZE = 1024 * 1024
TAG_SIZE = 16
SCRYPT_N = 2**17  # 128 MiB, about a second: slow enough against guessing, fine once per file
SCRYPT_R = 8
SCRYPT_P = 1
MIN_PASSPHRASE = 8
_KEY_CHECK_LABEL = b"localex backup key check v1"


# -- errors --------------------------------------------------------------------------


class BackupError(Refused):
    """A backup file that cannot be used, with the reason written for people."""


class NotABackup(BackupError):
    """The file is something else (a ZIP, a bare dump, text, random bytes)."""


class BackupDamaged(BackupError):
    """The file was changed or damaged after it was written."""


class BackupIncomplete(BackupDamaged):
    """The file is shorter than it says: a copy or a download was cut short."""


class PassphraseRequired(BackupError):
    """The file is encrypted and no passphrase was given."""


class WrongPassphrase(BackupError):
    """The passphrase does not open this file."""


# -- manifest ------------------------------------------------------------------------


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
class Encryption:
    salt: bytes
    n: int
    r: int
    p: int
    nonce_prefix: bytes
    chunk_size: int
    key_check: bytes

    def to_dict(self) -> dict[str, Any]:
        return {
            "cipher": "AES-256-GCM",
            "kdf": "scrypt",
            "salt": _b64(self.salt),
            "n": self.n,
            "r": self.r,
            "p": self.p,
            "nonce_prefix": _b64(self.nonce_prefix),
            "chunk_size": self.chunk_size,
            "key_check": _b64(self.key_check),
        }

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> Encryption:
        if raw.get("cipher") != "AES-256-GCM" or raw.get("kdf") != "scrypt":
            raise ValueError(f"unknown encryption {raw.get('cipher')}/{raw.get('kdf')}")
        enc = cls(
            salt=_unb64(raw["salt"]),
            n=int(raw["n"]),
            r=int(raw["r"]),
            p=int(raw["p"]),
            nonce_prefix=_unb64(raw["nonce_prefix"]),
            chunk_size=int(raw["chunk_size"]),
            key_check=_unb64(raw["key_check"]),
        )
        # bounds, so a crafted file cannot make us allocate gigabytes
        if not (
            2**10 <= enc.n <= 2**20
            and enc.n & (enc.n - 1) == 0
            and 1 <= enc.r <= 32
            and 1 <= enc.p <= 16
            and 4096 <= enc.chunk_size <= 64 * 1024 * 1024
            and len(enc.nonce_prefix) == 7
            and len(enc.salt) >= 16
            and len(enc.key_check) == 32
        ):
            raise ValueError("encryption parameters out of range")
        return enc


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
        }

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
        out.append(f"the chain heads of {len(wrong)} account(s) differ (accounts {shown})")
    return out


# -- writing -------------------------------------------------------------------------


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any) -> bytes:
    return base64.b64decode(str(text), validate=True)


def _derive(passphrase: str, salt: bytes, n: int, r: int, p: int) -> tuple[bytes, bytes]:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    raw = Scrypt(salt=salt, length=64, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))
    return raw[:32], raw[32:]


def _key_check(check_key: bytes) -> bytes:
    return hmac.new(check_key, _KEY_CHECK_LABEL, hashlib.sha256).digest()


def check_passphrase_strength(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise ValidationError(
            f"A backup passphrase must be at least {MIN_PASSPHRASE} characters.",
            field="passphrase",
            hint="A few unrelated words are easy to remember and hard to guess.",
        )


def new_encryption(passphrase: str, *, n: int | None = None) -> tuple[Encryption, bytes]:
    """Fresh parameters and the content key for a new encrypted file."""
    check_passphrase_strength(passphrase)
    salt = os.urandom(16)
    cost = n or SCRYPT_N
    key, check = _derive(passphrase, salt, cost, SCRYPT_R, SCRYPT_P)
    enc = Encryption(salt, cost, SCRYPT_R, SCRYPT_P, os.urandom(7), CHUNK_SIZE, _key_check(check))
    return enc, key


def _nonce(prefix: bytes, index: int, last: bool) -> bytes:
    return prefix + struct.pack(">IB", index, 1 if last else 0)


def _prelude(flags: int, header: bytes) -> bytes:
    return PRELUDE.pack(MAGIC, FORMAT_VERSION, flags, len(header), hashlib.sha256(header).digest())


class BackupWriter:
    """Writes a backup to an open binary file: header at once, then the body in pieces.

    The manifest must already hold the dump's size and SHA-256; :meth:`finish` checks
    that the body written matches them. ``sha256`` is the hash of every byte written
    (what ``sha256sum`` prints for the finished file).
    """

    def __init__(self, out: BinaryIO, manifest: Manifest, key: bytes | None = None) -> None:
        if (manifest.encryption is None) != (key is None):
            raise ValueError("an encrypted manifest needs its key, a plain one none")
        self._out = out
        self._manifest = manifest
        self._hash = hashlib.sha256()
        self._dump_hash = hashlib.sha256()
        self._written = 0
        self.bytes = 0
        header = json.dumps(manifest.to_dict(), ensure_ascii=False, separators=(",", ":"))
        header_bytes = header.encode("utf-8")
        flags = FLAG_ENCRYPTED if manifest.encryption else 0
        self._prelude = _prelude(flags, header_bytes)
        self._emit(self._prelude + header_bytes)
        self._aead: Any = None
        self._pending = bytearray()
        self._index = 0
        if key is not None:
            from cryptography.hazmat.primitives.ciphers.aead import AESGCM

            self._aead = AESGCM(key)

    @property
    def sha256(self) -> str:
        return self._hash.hexdigest()

    def _emit(self, data: bytes) -> None:
        self._out.write(data)
        self._hash.update(data)
        self.bytes += len(data)

    def write(self, data: bytes) -> None:
        self._dump_hash.update(data)
        self._written += len(data)
        if self._aead is None:
            self._emit(data)
            return
        self._pending += data
        size = self._chunk_size
        while len(self._pending) > size:  # keep at least one byte back for the final chunk
            self._seal(bytes(self._pending[:size]), last=False)
            del self._pending[:size]

    @property
    def _chunk_size(self) -> int:
        assert self._manifest.encryption is not None
        return self._manifest.encryption.chunk_size

    def _seal(self, plain: bytes, *, last: bool) -> None:
        assert self._manifest.encryption is not None
        nonce = _nonce(self._manifest.encryption.nonce_prefix, self._index, last)
        self._emit(self._aead.encrypt(nonce, plain, self._prelude))
        self._index += 1

    def finish(self) -> None:
        if self._aead is not None:
            size = self._chunk_size
            if len(self._pending) == size:  # a full chunk is never the last one
                self._seal(bytes(self._pending), last=False)
                self._pending.clear()
            self._seal(bytes(self._pending), last=True)
            self._pending.clear()
        if (
            self._written != self._manifest.dump_bytes
            or self._dump_hash.hexdigest() != self._manifest.dump_sha256
        ):
            raise BackupDamaged(
                "The database dump changed while it was being copied into the backup."
            )


def encrypted_body_size(dump_bytes: int, chunk_size: int) -> int:
    chunks = dump_bytes // chunk_size + 1
    return dump_bytes + chunks * TAG_SIZE


# -- reading -------------------------------------------------------------------------


@dataclass(frozen=True)
class BackupHeader:
    path: Path
    manifest: Manifest
    prelude: bytes
    body_offset: int
    file_size: int

    @property
    def encrypted(self) -> bool:
        return self.manifest.encryption is not None

    @property
    def body_size(self) -> int:
        m = self.manifest
        if m.encryption is None:
            return m.dump_bytes
        return encrypted_body_size(m.dump_bytes, m.encryption.chunk_size)


def _sniff(head: bytes) -> str | None:
    if head.startswith(b"PK\x03\x04"):
        return "a ZIP archive"
    if head.startswith(b"PGDMP"):
        return "a bare pg_dump file (restore it with pg_restore, not as a LocalEx backup)"
    if head.startswith(b"\x1f\x8b"):
        return "a gzip file"
    if head.startswith(b"%PDF"):
        return "a PDF document"
    if head.startswith(MAGIC[:8]):
        return "a LocalEx backup that was copied as text (its line endings were changed)"
    if head and all(32 <= b < 127 or b in (9, 10, 13) for b in head[:64]):
        return "a text file"
    if not head:
        return "an empty file"
    return None


def read_header(path: Path) -> BackupHeader:
    """Read and check the prelude and the manifest (not the body)."""
    path = Path(path)
    name = path.name
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(PRELUDE_SIZE)
            if len(head) < PRELUDE_SIZE or not head.startswith(MAGIC):
                if head.startswith(MAGIC[: len(head)]) and head:
                    raise BackupIncomplete(
                        f"The backup {name} is incomplete: it ends after {size} bytes.",
                        hint="Copy the file again from where it was made.",
                    )
                kind = _sniff(head)
                raise NotABackup(
                    f"{name} is not a LocalEx backup"
                    + ("." if kind is None else f": it is {kind}."),
                    hint="Choose a .localex file made by LocalEx Desktop.",
                )
            _magic, version, flags, header_len, header_sha = PRELUDE.unpack(head)
            if version > FORMAT_VERSION:
                raise NotABackup(
                    f"The backup {name} uses file format {version}, newer than this program "
                    f"reads ({FORMAT_VERSION}).",
                    hint="Open it with a newer LocalEx Desktop.",
                )
            if header_len > MAX_HEADER:
                raise BackupDamaged(f"The backup {name} is damaged: its header is unreadable.")
            header = fh.read(header_len)
    except IsADirectoryError:
        raise NotABackup(f"{path} is a folder, not a backup file.") from None
    except FileNotFoundError:
        raise NotFound(f"There is no file {path}.") from None
    except PermissionError:
        raise BackupError(f"The backup {path} cannot be read (permission denied).") from None
    if len(header) < header_len:
        raise BackupIncomplete(
            f"The backup {name} is incomplete: it ends inside its header ({size} bytes).",
            hint="Copy the file again from where it was made.",
        )
    if hashlib.sha256(header).digest() != header_sha:
        raise BackupDamaged(
            f"The backup {name} is damaged: its manifest does not match its checksum.",
            hint="Use another copy of the backup.",
        )
    try:
        manifest = Manifest.from_dict(json.loads(header.decode("utf-8")))
    except (ValueError, KeyError, TypeError) as exc:
        raise BackupDamaged(f"The backup {name} has an unreadable manifest ({exc}).") from exc
    if bool(flags & FLAG_ENCRYPTED) != (manifest.encryption is not None):
        raise BackupDamaged(f"The backup {name} is damaged: its flags contradict its manifest.")
    hdr = BackupHeader(path, manifest, head, PRELUDE_SIZE + header_len, size)
    expected = hdr.body_offset + hdr.body_size
    if size < expected:
        raise BackupIncomplete(
            f"The backup {name} is incomplete: it has {size:,} of its {expected:,} bytes "
            "(the copy or download was cut short).",
            hint="Copy the file again from where it was made.",
        )
    if size > expected:
        raise BackupDamaged(
            f"The backup {name} is damaged: {size - expected:,} unexpected bytes follow its end."
        )
    return hdr


def unlock(header: BackupHeader, passphrase: str | None) -> bytes | None:
    """The content key of an encrypted backup (None for a plain one)."""
    enc = header.manifest.encryption
    if enc is None:
        return None
    if not passphrase:
        raise PassphraseRequired(
            f"The backup {header.path.name} is encrypted: its passphrase is needed.",
            hint="Give the passphrase it was made with (--passphrase-stdin).",
        )
    key, check = _derive(passphrase, enc.salt, enc.n, enc.r, enc.p)
    if not hmac.compare_digest(_key_check(check), enc.key_check):
        raise WrongPassphrase(
            f"That passphrase does not open the backup {header.path.name}.",
            hint="Check the passphrase (it is case-sensitive) and try again.",
        )
    return key


def iter_body(
    header: BackupHeader, key: bytes | None, read_size: int = CHUNK_SIZE
) -> Iterator[bytes]:
    """The dump, piece by piece, decrypted and checked.

    Every piece of an encrypted file is authenticated before it is yielded; the dump's
    SHA-256 and size are compared after the last piece, so a consumer must treat what
    it received as untrusted until the iteration ends without an error.
    """
    m = header.manifest
    name = header.path.name
    digest = hashlib.sha256()
    total = 0
    damaged = BackupDamaged(
        f"The backup {name} is damaged: its content does not match the checksum recorded "
        "when it was made.",
        hint="Use another copy of the backup.",
    )
    with header.path.open("rb") as fh:
        fh.seek(header.body_offset)
        if m.encryption is None:
            remaining = m.dump_bytes
            while remaining > 0:
                piece = fh.read(min(read_size, remaining))
                if not piece:
                    raise BackupIncomplete(f"The backup {name} is incomplete: it ends early.")
                remaining -= len(piece)
                digest.update(piece)
                total += len(piece)
                yield piece
        else:
            from cryptography.exceptions import InvalidTag
            from cryptography.hazmat.primitives.ciphers.aead import AESGCM

            assert key is not None
            aead = AESGCM(key)
            enc = m.encryption
            chunks = m.dump_bytes // enc.chunk_size + 1
            for index in range(chunks):
                last = index == chunks - 1
                plain_len = m.dump_bytes - index * enc.chunk_size if last else enc.chunk_size
                sealed = fh.read(plain_len + TAG_SIZE)
                if len(sealed) < plain_len + TAG_SIZE:
                    raise BackupIncomplete(f"The backup {name} is incomplete: it ends early.")
                try:
                    piece = aead.decrypt(
                        _nonce(enc.nonce_prefix, index, last), sealed, header.prelude
                    )
                except InvalidTag:
                    raise BackupDamaged(
                        f"The backup {name} was changed or damaged after it was made "
                        f"(encrypted block {index + 1} of {chunks} fails its check).",
                        hint="Use another copy of the backup.",
                    ) from None
                digest.update(piece)
                total += len(piece)
                yield piece
        if fh.read(1):
            raise damaged
    if total != m.dump_bytes or digest.hexdigest() != m.dump_sha256:
        raise damaged


# -- retention -----------------------------------------------------------------------


@dataclass(frozen=True)
class Retention:
    """Keep the newest backup of each of the last N days, ISO weeks and months."""

    daily: int = 7
    weekly: int = 4
    monthly: int = 12

    def to_dict(self) -> dict[str, int]:
        return {"daily": self.daily, "weekly": self.weekly, "monthly": self.monthly}

    @classmethod
    def from_dict(cls, raw: Any) -> Retention:
        base = cls()
        if not isinstance(raw, dict):
            return base
        return cls(
            int(raw.get("daily", base.daily)),
            int(raw.get("weekly", base.weekly)),
            int(raw.get("monthly", base.monthly)),
        )


@dataclass
class RetentionDecision:
    keep: dict[int, list[str]] = field(default_factory=dict)  # index -> reasons
    drop: list[int] = field(default_factory=list)


def apply_retention(
    stamps: Sequence[datetime], policy: Retention, tz: tzinfo | None = None
) -> RetentionDecision:
    """Which backups (by index into ``stamps``) to keep, and why; the newest always stays.

    Each rule walks the backups from the newest and keeps the newest one of each period
    (day, ISO week, month, in ``tz``, default local time) until it has kept as many
    periods as it is allowed. A backup kept by any rule stays.
    """
    order = sorted(range(len(stamps)), key=lambda i: stamps[i], reverse=True)
    result = RetentionDecision()
    if not order:
        return result
    result.keep[order[0]] = ["newest"]

    def local(i: int) -> datetime:
        st = stamps[i]
        if st.tzinfo is None:
            st = st.replace(tzinfo=UTC)
        return st.astimezone(tz)

    rules: list[tuple[str, int, Any]] = [
        ("daily", policy.daily, lambda d: d.date()),
        ("weekly", policy.weekly, lambda d: d.isocalendar()[:2]),
        ("monthly", policy.monthly, lambda d: (d.year, d.month)),
    ]
    for name, count, period in rules:
        seen: set[Any] = set()
        for i in order:
            if len(seen) >= count:
                break
            key = period(local(i))
            if key in seen:
                continue
            seen.add(key)
            result.keep.setdefault(i, []).append(name)
    result.drop = [i for i in order if i not in result.keep]
    return result
