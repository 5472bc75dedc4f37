"""The database dump out of a backup file, for someone with only PostgreSQL's own tools.

A ``.localex`` file is a header (the manifest) and the pg_dump custom-format dump,
perhaps encrypted (:mod:`domain.backup_format`). :func:`extract_backup` checks the file
and writes the dump as it is (``pg_restore`` of the same or a newer PostgreSQL reads
it), or with ``sql=True`` as plain SQL that ``psql`` loads into an empty database, also
an older PostgreSQL's: ``pg_restore -f -`` of the dump without owners, privileges and
statistics (an auditor's server has none of the exchange's roles), with the lines an
older ``psql`` or server refuses taken out (:data:`DROPPED`).

Nothing is written under the final name until the whole backup has been read and its
checksum (or every encrypted block) found good; the file is readable by its owner only
(it holds members' data and the operators' password hashes).
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import subprocess
import tempfile
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from localex_desktop.db.embedded import postgres_bin_dir
from localex_desktop.domain import backup_format as fmt
from localex_desktop.domain.errors import DatabaseUnavailable, ValidationError
from localex_desktop.services.backup.common import (
    BackupFailed,
    ProgressFn,
    check_cancel,
    say,
)
from localex_desktop.services.backup.private import create_private
from localex_desktop.services.backup.tools import ENV_PG_TOOLS

#: lines of ``pg_restore -f -`` an older psql or server refuses, and why; they set
#: session options for the load only, so leaving them out changes nothing loaded
DROPPED: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^SET transaction_timeout = "), "a setting PostgreSQL 17 added"),
    (re.compile(r"^\\(un)?restrict [A-Za-z0-9]+$"), "a psql command of 17.6, 16.10, 15.14, …"),
)


@dataclass(frozen=True)
class ExtractResult:
    path: Path
    bytes: int
    sql: bool
    pg_dump_version: str
    pg_restore_version: str | None
    dropped: dict[str, int] = field(default_factory=dict)  # line start → how many

    def as_dict(self) -> dict[str, Any]:
        return {
            "file": str(self.path),
            "bytes": self.bytes,
            "format": "plain SQL" if self.sql else "pg_dump custom",
            "pg_dump_version": self.pg_dump_version,
            "pg_restore_version": self.pg_restore_version,
            "dropped_lines": dict(self.dropped),
        }


def _major(version: str) -> int:
    m = re.match(r"\s*(\d+)", version)
    return int(m.group(1)) if m else 0


def _version_of(exe: Path) -> str | None:
    try:
        proc = subprocess.run(
            [str(exe), "--version"], capture_output=True, text=True, timeout=30, check=False
        )
    except OSError:
        return None
    m = re.search(r"(\d+(?:\.\d+)?)", proc.stdout)
    return m.group(1) if proc.returncode == 0 and m else None


def find_pg_restore(dump_major: int) -> tuple[Path, str]:
    """A pg_restore that reads a dump of ``dump_major``: ``LOCALEX_PG_TOOLS``, the one
    shipped with the built-in server, then the PATH."""
    exe = "pg_restore" + (".exe" if os.name == "nt" else "")
    folders: list[Path] = []
    if os.environ.get(ENV_PG_TOOLS):
        folders.append(Path(os.environ[ENV_PG_TOOLS]).expanduser())
    with contextlib.suppress(DatabaseUnavailable):
        folders.append(postgres_bin_dir())
    on_path = shutil.which("pg_restore")
    if on_path:
        folders.append(Path(on_path).resolve().parent)
    seen: list[str] = []
    for folder in folders:
        version = _version_of(folder / exe)
        if version is None:
            continue
        if _major(version) >= dump_major:
            return folder / exe, version
        seen.append(f"{version} in {folder}")
    raise BackupFailed(
        f"Writing the dump as SQL needs pg_restore of PostgreSQL {dump_major} or newer; "
        + (f"found only {', '.join(seen)}." if seen else "none was found."),
        hint=f"Install the PostgreSQL {dump_major} client tools, or set {ENV_PG_TOOLS} to "
        "their bin folder; or extract the dump without --sql.",
    )


def _part(out: Path) -> Path:
    return out.with_name(out.name + ".part")


def _write_dump(
    header: fmt.BackupHeader,
    key: bytes | None,
    target: Path,
    progress: ProgressFn | None,
    cancel: threading.Event | None,
) -> int:
    total = header.manifest.dump_bytes
    done = 0
    with create_private(target) as fh:
        for piece in fmt.iter_body(header, key):  # raises at the end if damaged
            check_cancel(cancel)
            fh.write(piece)
            done += len(piece)
            say(progress, "extract", "Reading the dump out of the backup", done, total)
    return done


def older_psql_lines(lines: Iterable[str], dropped: dict[str, int]) -> Iterator[str]:
    """``lines`` of a plain SQL dump without those an older psql or server refuses,
    counting each kind left out in ``dropped``. Only lines outside COPY data are
    looked at (a row of data is never changed)."""
    in_copy = False
    for line in lines:
        if in_copy:
            if line.rstrip("\r\n") == "\\.":
                in_copy = False
            yield line
            continue
        if line.startswith("COPY ") and line.rstrip().endswith("FROM stdin;"):
            in_copy = True
            yield line
            continue
        bare = line.rstrip("\r\n")
        for pattern, _why in DROPPED:
            if pattern.match(bare):
                word = " ".join(bare.split()[:2])
                word = word if not word.startswith("\\") else bare.split()[0]
                dropped[word] = dropped.get(word, 0) + 1
                break
        else:
            yield line


def _write_sql(dump: Path, target: Path, pg_restore: Path, version: str) -> dict[str, int]:
    args = [str(pg_restore), "--no-owner", "--no-privileges", "-f", "-"]
    if _major(version) >= 18:
        args.insert(1, "--no-statistics")
    dropped: dict[str, int] = {}
    with tempfile.TemporaryFile("w+") as err:
        proc = subprocess.Popen(
            [*args, str(dump)], stdout=subprocess.PIPE, stderr=err, text=True, encoding="utf-8"
        )
        assert proc.stdout is not None
        try:
            with create_private(target) as fh:
                for line in older_psql_lines(proc.stdout, dropped):
                    fh.write(line.encode("utf-8"))
        finally:
            proc.stdout.close()
            code = proc.wait(timeout=600)
        err.seek(0)
        message = err.read().strip()
    if code != 0:
        raise BackupFailed(
            f"pg_restore could not write the dump as SQL: "
            f"{message.splitlines()[-1] if message else f'exit code {code}'}"
        )
    return dropped


def extract_backup(
    path: Path,
    out: Path,
    *,
    passphrase: str | None = None,
    sql: bool = False,
    progress: ProgressFn | None = None,
    cancel: threading.Event | None = None,
) -> ExtractResult:
    """Write the dump in the backup ``path`` to ``out``: as is, or as plain SQL."""
    path, out = Path(path), Path(out)
    if out.resolve() == path.resolve():
        raise ValidationError("The dump cannot be written over the backup it comes from.")
    header = fmt.read_header(path)
    key = fmt.unlock(header, passphrase)
    m = header.manifest
    part = _part(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    part.unlink(missing_ok=True)
    try:
        if not sql:
            _write_dump(header, key, part, progress, cancel)
            part.replace(out)
            return ExtractResult(out, out.stat().st_size, False, m.pg_dump_version, None)
        pg_restore, version = find_pg_restore(_major(m.pg_dump_version))
        with tempfile.TemporaryDirectory(prefix="localex-extract-") as tmp:
            dump = Path(tmp) / "backup.dump"
            _write_dump(header, key, dump, progress, cancel)
            say(progress, "extract", "Writing the dump as SQL")
            dropped = _write_sql(dump, part, pg_restore, version)
        part.replace(out)
        return ExtractResult(out, out.stat().st_size, True, m.pg_dump_version, version, dropped)
    finally:
        part.unlink(missing_ok=True)
