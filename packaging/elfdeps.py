"""What the ELF files of a build need from the system: libraries and symbol versions.

Read straight from the files (64-bit little-endian ELF, i.e. x86-64 and aarch64 Linux):
the ``DT_NEEDED`` entries of the dynamic section, and the version needs of
``.gnu.version_r`` (``GLIBC_2.34`` from ``libc.so.6``, ``GLIBCXX_3.4.30`` from
``libstdc++.so.6``…). ``readelf -V`` prints the same but also every symbol's version,
megabytes for the Qt libraries; this reads only what is asked.
"""

from __future__ import annotations

import re
import struct
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

SHT_DYNAMIC = 6
SHT_GNU_VERNEED = 0x6FFFFFFE
DT_NEEDED = 1


@dataclass
class ElfNeeds:
    """The libraries one file links against and the symbol versions it needs of each."""

    path: Path
    needed: list[str] = field(default_factory=list)
    versions: dict[str, set[str]] = field(default_factory=dict)  # library -> {"GLIBC_2.34"}


def is_elf(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return fh.read(4) == b"\x7fELF"
    except OSError:
        return False


def elf_files(root: Path) -> Iterator[Path]:
    """Every regular ELF file under root (symbolic links are not followed)."""
    for path in sorted(root.rglob("*")):
        if path.is_file() and not path.is_symlink() and is_elf(path):
            yield path


def _cstr(data: bytes, offset: int) -> str:
    end = data.index(b"\0", offset)
    return data[offset:end].decode("utf-8", "replace")


def read_needs(path: Path) -> ElfNeeds:
    """DT_NEEDED and version needs of one file (empty for 32-bit or big-endian files)."""
    data = path.read_bytes()
    needs = ElfNeeds(path)
    if len(data) < 64 or data[4] != 2 or data[5] != 1:  # ELFCLASS64, little endian
        return needs
    shoff = struct.unpack_from("<Q", data, 0x28)[0]
    shentsize, shnum = struct.unpack_from("<HH", data, 0x3A)
    if shoff == 0 or shoff + shnum * shentsize > len(data):
        return needs
    sections = []
    for index in range(shnum):
        base = shoff + index * shentsize
        sh_type = struct.unpack_from("<I", data, base + 4)[0]
        offset, size = struct.unpack_from("<QQ", data, base + 0x18)
        link, info = struct.unpack_from("<II", data, base + 0x28)
        sections.append((sh_type, offset, size, link, info))
    for sh_type, offset, size, link, info in sections:
        if link >= len(sections):
            continue
        strtab = sections[link][1]
        if sh_type == SHT_DYNAMIC:
            for pos in range(offset, offset + size, 16):
                tag, value = struct.unpack_from("<qQ", data, pos)
                if tag == 0:
                    break
                if tag == DT_NEEDED:
                    needs.needed.append(_cstr(data, strtab + value))
        elif sh_type == SHT_GNU_VERNEED:
            pos = offset
            for _ in range(info):  # sh_info: the number of Verneed entries
                _version, count, file_off, aux, nxt = struct.unpack_from("<HHIII", data, pos)
                library = _cstr(data, strtab + file_off)
                names = needs.versions.setdefault(library, set())
                apos = pos + aux
                for _ in range(count):
                    _hash, _flags, _other, name_off, anext = struct.unpack_from(
                        "<IHHII", data, apos
                    )
                    names.add(_cstr(data, strtab + name_off))
                    apos += anext
                if nxt == 0:
                    break
                pos += nxt
    return needs


def read_all(files: Iterable[Path]) -> list[ElfNeeds]:
    return [read_needs(path) for path in files]


def version_tuple(name: str, prefix: str) -> tuple[int, ...] | None:
    """(2, 34) for ``GLIBC_2.34`` with prefix ``GLIBC``; None for other names."""
    match = re.fullmatch(re.escape(prefix) + r"_(\d+(?:\.\d+)*)", name)
    return tuple(int(part) for part in match.group(1).split(".")) if match else None


def highest_version(
    needs: Iterable[ElfNeeds], prefix: str, libraries: set[str] | None = None
) -> tuple[tuple[int, ...], Path] | None:
    """The highest ``<prefix>_x.y`` any file needs (of ``libraries``, or of any), and who."""
    best: tuple[tuple[int, ...], Path] | None = None
    for item in needs:
        for library, names in item.versions.items():
            if libraries is not None and library not in libraries:
                continue
            for name in names:
                found = version_tuple(name, prefix)
                if found is not None and (best is None or found > best[0]):
                    best = (found, item.path)
    return best
