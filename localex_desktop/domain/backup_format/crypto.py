"""The encryption of a backup's body: scrypt key derivation and AES-256-GCM chunks.

The dump is cut into chunks of ``chunk_size`` bytes, each sealed with AES-256-GCM
(16-byte tag) under a key derived from the passphrase with scrypt. Chunk *i* uses the
nonce ``prefix(7) || i(4) || last(1)`` and the file's 52-byte prelude as associated data
(which binds the manifest through its SHA-256), so a changed manifest, a changed,
swapped or dropped chunk, or a file cut at a chunk boundary all fail authentication.
There is always a final chunk (possibly empty). A key-check value (HMAC of a constant
under a second derived key) tells a wrong passphrase apart from a damaged file.

The parameters (:class:`Encryption`) travel in the manifest; this module knows nothing
else of the file.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import struct
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from localex_desktop.domain.backup_format.errors import (
    PassphraseRequired,
    UntrustedBackup,
    WrongPassphrase,
)
from localex_desktop.domain.errors import ValidationError

CHUNK_SIZE = 1024 * 1024
TAG_SIZE = 16
SCRYPT_N = 2**17  # 128 MiB, about a second: slow enough against guessing, fine once per file
SCRYPT_R = 8
SCRYPT_P = 1
MIN_PASSPHRASE = 8
#: the most memory a file may ask scrypt for (128·N·r bytes): twice our own cost
MAX_SCRYPT_MEMORY = 256 * 1024 * 1024
#: the most work a file may ask for (N·r·p): four times our own cost
MAX_SCRYPT_WORK = 4 * SCRYPT_N * SCRYPT_R * SCRYPT_P
_KEY_CHECK_LABEL = b"localex backup key check v1"


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any) -> bytes:
    return base64.b64decode(str(text), validate=True)


@dataclass(frozen=True)
class Encryption:
    """The parameters of an encrypted body, as the manifest records them."""

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
        check_cost(enc.n, enc.r, enc.p)
        return enc

    def chunks(self, plain_bytes: int) -> int:
        """How many chunks a body of ``plain_bytes`` has (always a final one)."""
        return plain_bytes // self.chunk_size + 1

    def body_size(self, plain_bytes: int) -> int:
        return plain_bytes + self.chunks(plain_bytes) * TAG_SIZE


def check_cost(n: int, r: int, p: int) -> None:
    """Refuse a key derivation that would take more memory or time than ours, before any
    of it is done: a crafted manifest must not exhaust the computer (or a MemoryError)."""
    memory = 128 * n * r
    if memory > MAX_SCRYPT_MEMORY or n * r * p > MAX_SCRYPT_WORK:
        raise UntrustedBackup(
            f"This backup asks for a key derivation of {memory // (1024 * 1024)} MiB of memory "
            f"and {n * r * p // (SCRYPT_N * SCRYPT_R * SCRYPT_P) or 1} times our work "
            f"(scrypt N={n}, r={r}, p={p}); LocalEx Desktop allows at most "
            f"{MAX_SCRYPT_MEMORY // (1024 * 1024)} MiB and four times its own work, so the "
            "file was not opened.",
            hint="LocalEx Desktop never writes such a file; it was changed or made by "
            "another program.",
        )


def _derive(passphrase: str, salt: bytes, n: int, r: int, p: int) -> tuple[bytes, bytes]:
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
    check_cost(cost, SCRYPT_R, SCRYPT_P)
    key, check = _derive(passphrase, salt, cost, SCRYPT_R, SCRYPT_P)
    enc = Encryption(salt, cost, SCRYPT_R, SCRYPT_P, os.urandom(7), CHUNK_SIZE, _key_check(check))
    return enc, key


def unlock_key(enc: Encryption, passphrase: str | None, name: str) -> bytes:
    """The content key for ``enc``; refuses a missing or wrong passphrase in words."""
    if not passphrase:
        raise PassphraseRequired(
            f"The backup {name} is encrypted: its passphrase is needed.",
            hint="Give the passphrase it was made with (--passphrase-stdin).",
        )
    key, check = _derive(passphrase, enc.salt, enc.n, enc.r, enc.p)
    if not hmac.compare_digest(_key_check(check), enc.key_check):
        raise WrongPassphrase(
            f"That passphrase does not open the backup {name}.",
            hint="Check the passphrase (it is case-sensitive) and try again.",
        )
    return key


def _nonce(prefix: bytes, index: int, last: bool) -> bytes:
    return prefix + struct.pack(">IB", index, 1 if last else 0)


class ChunkCipher:
    """Seals or opens the chunks of one body, in order, bound to the file's prelude."""

    def __init__(self, enc: Encryption, key: bytes, prelude: bytes) -> None:
        self._aead = AESGCM(key)
        self._prefix = enc.nonce_prefix
        self._prelude = prelude

    def seal(self, index: int, plain: bytes, *, last: bool) -> bytes:
        return self._aead.encrypt(_nonce(self._prefix, index, last), plain, self._prelude)

    def open(self, index: int, sealed: bytes, *, last: bool) -> bytes | None:
        """The plain chunk, or None when it fails authentication (changed or damaged)."""
        try:
            return self._aead.decrypt(_nonce(self._prefix, index, last), sealed, self._prelude)
        except InvalidTag:
            return None
