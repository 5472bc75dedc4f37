"""The ``.localex`` container: prelude, header (the manifest) and body (the dump).

Layout (integers big-endian)::

    offset  size  field
    0       12    magic b"\\x89LOCALEX\\r\\n\\x1a\\n" (text-mode copies and foreign files fail)
    12      2     format version (1)
    14      2     flags (bit 0: the body is encrypted)
    16      4     header length H
    20      32    SHA-256 of the header (a damaged manifest is found before it is trusted)
    52      H     header: UTF-8 JSON, the manifest (see :mod:`.manifest`), which also holds
                  the encryption parameters (salt, scrypt cost, nonce prefix, key check)
    52+H    ...   body: the pg_dump custom-format dump, as is or encrypted (:mod:`.crypto`)

The file's exact length follows from the manifest, so a truncated file is recognised
before anything is restored.
"""

from __future__ import annotations

import hashlib
import json
import struct
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from localex_desktop.domain.backup_format import crypto
from localex_desktop.domain.backup_format.errors import (
    BackupDamaged,
    BackupError,
    BackupIncomplete,
    NotABackup,
)
from localex_desktop.domain.backup_format.manifest import FORMAT_VERSION, Manifest
from localex_desktop.domain.errors import NotFound

MAGIC = b"\x89LOCALEX\r\n\x1a\n"
FLAG_ENCRYPTED = 0x0001
PRELUDE = struct.Struct(">12sHHI32s")
PRELUDE_SIZE = PRELUDE.size  # 52
MAX_HEADER = 64 * 1024 * 1024
SUFFIX = ".localex"
READ_SIZE = 1024 * 1024


def _prelude(flags: int, header: bytes) -> bytes:
    return PRELUDE.pack(MAGIC, FORMAT_VERSION, flags, len(header), hashlib.sha256(header).digest())


# -- writing -------------------------------------------------------------------------


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
        prelude = _prelude(flags, header_bytes)
        self._emit(prelude + header_bytes)
        self._cipher: crypto.ChunkCipher | None = None
        self._chunk_size = 0
        self._pending = bytearray()
        self._index = 0
        if manifest.encryption is not None and key is not None:
            self._cipher = crypto.ChunkCipher(manifest.encryption, key, prelude)
            self._chunk_size = manifest.encryption.chunk_size

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
        if self._cipher is None:
            self._emit(data)
            return
        self._pending += data
        size = self._chunk_size
        while len(self._pending) > size:  # keep at least one byte back for the final chunk
            self._seal(bytes(self._pending[:size]), last=False)
            del self._pending[:size]

    def _seal(self, plain: bytes, *, last: bool) -> None:
        assert self._cipher is not None
        self._emit(self._cipher.seal(self._index, plain, last=last))
        self._index += 1

    def finish(self) -> None:
        if self._cipher is not None:
            if len(self._pending) == self._chunk_size:  # a full chunk is never the last one
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
        return m.encryption.body_size(m.dump_bytes)


def _sniff(head: bytes) -> str | None:
    if head.startswith(b"PK\x03\x04"):
        return "a ZIP archive"
    if head.startswith(b"PGDMP"):
        return "a bare pg_dump file (restore it with pg_restore, not as a LocalEx backup)"
    if head.startswith(b"\x1f\x8b"):
        return "a gzip file"
    if head.startswith(b"%PDF"):
        return "a PDF document"
    if head and all(32 <= b < 127 or b in (9, 10, 13) for b in head[:64]):
        return "a text file"
    if not head:
        return "an empty file"
    return None


def _read_prelude(path: Path) -> tuple[bytes, int, bytes, int, int]:
    """The prelude, flags, header bytes, header length and file size, or a refusal."""
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
                if head.startswith(MAGIC[:8]):
                    raise NotABackup(
                        f"{name} cannot be read as a LocalEx backup: it was copied as text, "
                        "which changed its line endings.",
                        hint="Copy it again as a binary file (a USB stick, a file share, an "
                        "email attachment).",
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
    return head, flags, header, header_len, size


def read_header(path: Path) -> BackupHeader:
    """Read and check the prelude and the manifest (not the body)."""
    path = Path(path)
    name = path.name
    head, flags, header, header_len, size = _read_prelude(path)
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
    return crypto.unlock_key(enc, passphrase, header.path.name)


def iter_body(
    header: BackupHeader, key: bytes | None, read_size: int = READ_SIZE
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
        pieces = (
            _plain_pieces(fh, m.dump_bytes, read_size, name)
            if m.encryption is None
            else _sealed_pieces(fh, header, key, name)
        )
        for piece in pieces:
            digest.update(piece)
            total += len(piece)
            yield piece
        if fh.read(1):
            raise damaged
    if total != m.dump_bytes or digest.hexdigest() != m.dump_sha256:
        raise damaged


def check_body(header: BackupHeader, key: bytes | None) -> None:
    """Read the whole dump (decrypting it) and compare its checksum: raises if damaged.

    What the restore wizard does when a file is chosen, so a file with one flipped
    byte is refused before anyone is offered to restore it, not at the last click.
    """
    for _piece in iter_body(header, key):
        pass


def _plain_pieces(fh: BinaryIO, remaining: int, read_size: int, name: str) -> Iterator[bytes]:
    while remaining > 0:
        piece = fh.read(min(read_size, remaining))
        if not piece:
            raise BackupIncomplete(f"The backup {name} is incomplete: it ends early.")
        remaining -= len(piece)
        yield piece


def _sealed_pieces(
    fh: BinaryIO, header: BackupHeader, key: bytes | None, name: str
) -> Iterator[bytes]:
    enc = header.manifest.encryption
    assert enc is not None and key is not None
    cipher = crypto.ChunkCipher(enc, key, header.prelude)
    dump_bytes = header.manifest.dump_bytes
    chunks = enc.chunks(dump_bytes)
    for index in range(chunks):
        last = index == chunks - 1
        plain_len = dump_bytes - index * enc.chunk_size if last else enc.chunk_size
        sealed = fh.read(plain_len + crypto.TAG_SIZE)
        if len(sealed) < plain_len + crypto.TAG_SIZE:
            raise BackupIncomplete(f"The backup {name} is incomplete: it ends early.")
        piece = cipher.open(index, sealed, last=last)
        if piece is None:
            raise BackupDamaged(
                f"The backup {name} was changed or damaged after it was made "
                f"(encrypted block {index + 1} of {chunks} fails its check).",
                hint="Use another copy of the backup.",
            )
        yield piece
