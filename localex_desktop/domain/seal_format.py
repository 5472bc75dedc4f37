"""Seals and statement check codes: canonical bytes, Ed25519 signatures, keyed codes.

A **seal** is a JSON object naming the ledger's state at a moment (each account's chain
head, counts, balances, a digest of every transaction's content hash in buckets of
:data:`BUCKET` ids and one byte of it per transaction, to name a changed one) signed
with the exchange's Ed25519 key. The signature covers the canonical bytes (sorted
keys, no spaces, ASCII) of every field but ``signature``; the public key travels in
the seal so a bookkeeper holding only a backup can check it.

A **check code** is printed on a member's statement: 12 characters of Crockford base32
(60 bits): 5 characters (25 bits) of a keyed hash over the account and its head entry's
id, which find the entry again, and 7 characters (35 bits) over the entry's hash, which
say whether its history is unchanged. Without the exchange key nobody can compute a
code, so a rewritten history matches a member's paper by chance only, 1 in 2³⁵ (34
billion), and every try needs the key holder to run the check. 12 characters are typed
from paper in a few seconds.

Pure Python (``cryptography`` only): no SQL, no files.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
from typing import Any

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

FORMAT = "localex-seal"
VERSION = 1
#: transactions per bucket digest: a changed transaction is named among at most this many
BUCKET = 32
BUCKET_DIGEST = 6  # bytes of SHA-256 kept per bucket
CODE_CHARS = 12
_POS_CHARS = 5
_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_TYPO = str.maketrans({"O": "0", "I": "1", "L": "1", "U": "V"})
_CODE_LABEL = b"localex statement check code v1"
_KEY_FILE = "localex-exchange-key"
KEY_SCRYPT_N = 2**15


class SealFormatError(ValueError):
    """A seal that is not one (wrong shape); the message says what is wrong."""


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: Any) -> bytes:
    return base64.b64decode(str(text), validate=True)


def canonical(seal: dict[str, Any]) -> bytes:
    """The bytes a signature covers: everything but the signature, in one fixed form."""
    body = {k: v for k, v in seal.items() if k != "signature"}
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


def fingerprint(public_raw: bytes) -> str:
    """A short name of a public key people can compare: 16 hex digits in groups of 4."""
    h = hashlib.sha256(public_raw).hexdigest()[:16]
    return " ".join(h[i : i + 4] for i in range(0, 16, 4))


def public_raw(key: Ed25519PrivateKey) -> bytes:
    return key.public_key().public_bytes_raw()


def sign(seal: dict[str, Any], key: Ed25519PrivateKey) -> dict[str, Any]:
    """The seal with its public key and signature filled in."""
    out = dict(seal, format=FORMAT, version=VERSION, public_key=b64(public_raw(key)))
    out.pop("signature", None)
    out["signature"] = b64(key.sign(canonical(out)))
    return out


def signature_ok(seal: dict[str, Any]) -> bool:
    """True when the seal's signature matches its content under its own public key."""
    try:
        pub = Ed25519PublicKey.from_public_bytes(unb64(seal["public_key"]))
        pub.verify(unb64(seal["signature"]), canonical(seal))
    except (KeyError, ValueError, TypeError, InvalidSignature):
        return False
    return True


def check_shape(seal: Any) -> dict[str, Any]:
    """The seal as a dict, or :class:`SealFormatError` saying what is missing."""
    if not isinstance(seal, dict) or seal.get("format") != FORMAT:
        raise SealFormatError("not a LocalEx seal")
    if seal.get("version") != VERSION:
        raise SealFormatError(f"seal version {seal.get('version')!r} is not known")
    for name in ("sealed_at", "accounts", "transactions", "public_key", "signature", "buckets"):
        if name not in seal:
            raise SealFormatError(f"the seal has no {name!r}")
    return seal


# -- bucket digests ----------------------------------------------------------------


def bucket_digests(rows: list[tuple[int, bytes]], max_id: int) -> bytes:
    """One short digest per bucket of ids 0–31, 32–63, … up to ``max_id``, over the
    (id, content hash) pairs in it: a removed, added or changed transaction changes it."""
    count = max_id // BUCKET + 1 if max_id > 0 else 0
    hashers = [hashlib.sha256() for _ in range(count)]
    for tx_id, content in rows:
        if 0 < tx_id <= max_id:
            hashers[tx_id // BUCKET].update(tx_id.to_bytes(8, "big") + bytes(content))
    return b"".join(h.digest()[:BUCKET_DIGEST] for h in hashers)


def tags(rows: list[tuple[int, bytes]], max_id: int) -> bytes:
    """One byte per transaction id 1…``max_id`` (0 where there is none): within a bucket
    that differs, the first byte that differs names the transaction (1 in 256 changes
    keeps its byte; then the bucket is named instead)."""
    out = bytearray(max_id)
    for tx_id, content in rows:
        if 0 < tx_id <= max_id:
            out[tx_id - 1] = hashlib.sha256(tx_id.to_bytes(8, "big") + bytes(content)).digest()[0]
    return bytes(out)


def first_bucket_apart(sealed: bytes, live: bytes) -> int | None:
    """The first bucket whose digest differs, or None when all agree."""
    n = len(sealed) // BUCKET_DIGEST
    for i in range(n):
        piece = slice(i * BUCKET_DIGEST, (i + 1) * BUCKET_DIGEST)
        if sealed[piece] != live[piece]:
            return i
    return None


# -- statement check codes ------------------------------------------------------------


def code_key(key: Ed25519PrivateKey) -> bytes:
    """The secret of the check codes, derived from the exchange key (never stored)."""
    raw = key.private_bytes_raw()
    return hmac.new(raw, _CODE_LABEL, hashlib.sha256).digest()


def _b32(data: bytes, chars: int) -> str:
    n = int.from_bytes(data, "big")
    bits = len(data) * 8
    return "".join(_CROCKFORD[(n >> (bits - 5 * (i + 1))) & 31] for i in range(chars))


def position_tag(secret: bytes, account_id: int, entry_id: int) -> str:
    msg = f"pos:{account_id}:{entry_id}".encode()
    return _b32(hmac.new(secret, msg, hashlib.sha256).digest(), _POS_CHARS)


def content_tag(secret: bytes, account_id: int, entry_id: int, entry_hash: bytes) -> str:
    msg = f"head:{account_id}:{entry_id}:".encode() + bytes(entry_hash)
    return _b32(hmac.new(secret, msg, hashlib.sha256).digest(), CODE_CHARS - _POS_CHARS)


def check_code(secret: bytes, account_id: int, entry_id: int, entry_hash: bytes) -> str:
    """The code printed on a statement, as ``XXXX-XXXX-XXXX``."""
    raw = position_tag(secret, account_id, entry_id) + content_tag(
        secret, account_id, entry_id, entry_hash
    )
    return "-".join(raw[i : i + 4] for i in range(0, CODE_CHARS, 4))


def normalise_code(text: str) -> str | None:
    """The 12 characters of a typed code (dashes, spaces and case ignored; O→0, I/L→1),
    or None when it cannot be one."""
    raw = "".join(ch for ch in text.upper() if ch not in " -_.").translate(_TYPO)
    if len(raw) != CODE_CHARS or any(ch not in _CROCKFORD for ch in raw):
        return None
    return raw


def split_code(raw: str) -> tuple[str, str]:
    return raw[:_POS_CHARS], raw[_POS_CHARS:]


# -- the key file ----------------------------------------------------------------------


def key_file_bytes(key: Ed25519PrivateKey, passphrase: str | None) -> bytes:
    """The private key as a small JSON file, encrypted (scrypt + AES-256-GCM, as backups
    are) when a passphrase is given."""
    raw = key.private_bytes_raw()
    doc: dict[str, Any] = {"format": _KEY_FILE, "version": 1, "public_key": b64(public_raw(key))}
    if passphrase:
        salt, nonce = os.urandom(16), os.urandom(12)
        kek = Scrypt(salt=salt, length=32, n=KEY_SCRYPT_N, r=8, p=1).derive(passphrase.encode())
        doc["encryption"] = {"kdf": "scrypt", "n": KEY_SCRYPT_N, "r": 8, "p": 1, "salt": b64(salt)}
        doc["nonce"] = b64(nonce)
        doc["private_key"] = b64(AESGCM(kek).encrypt(nonce, raw, _KEY_FILE.encode()))
    else:
        doc["private_key"] = b64(raw)
    return (json.dumps(doc, indent=1) + "\n").encode()


def key_file_encrypted(data: bytes) -> bool:
    try:
        return json.loads(data).get("encryption") is not None
    except (ValueError, AttributeError):
        return False


def key_from_file(data: bytes, passphrase: str | None) -> Ed25519PrivateKey:
    """The private key of a key file; ValueError when the file is not one, PermissionError
    when it is encrypted and ``passphrase`` does not open it."""
    try:
        doc = json.loads(data)
        if doc.get("format") != _KEY_FILE:
            raise ValueError("not a LocalEx exchange key file")
        enc = doc.get("encryption")
        secret = unb64(doc["private_key"])
        if enc is not None:
            if not passphrase:
                raise PermissionError("the exchange key is locked with a passphrase")
            n, r, p = int(enc["n"]), int(enc["r"]), int(enc["p"])
            if not (2**10 <= n <= 2**17 and 1 <= r <= 8 and p == 1):
                raise ValueError("key file parameters out of range")
            kek = Scrypt(salt=unb64(enc["salt"]), length=32, n=n, r=r, p=p).derive(
                passphrase.encode()
            )
            try:
                secret = AESGCM(kek).decrypt(unb64(doc["nonce"]), secret, _KEY_FILE.encode())
            except InvalidTag:
                raise PermissionError("that passphrase does not open the exchange key") from None
        key = Ed25519PrivateKey.from_private_bytes(secret)
    except (KeyError, TypeError, json.JSONDecodeError) as exc:
        raise ValueError(f"not a LocalEx exchange key file ({exc})") from exc
    if b64(public_raw(key)) != doc.get("public_key"):
        raise ValueError("the key file's public key does not match its private key")
    return key
