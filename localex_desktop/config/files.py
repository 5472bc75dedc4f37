"""Versioned JSON files in the config dir, upgraded step by step, never from the future.

In the spirit of Picard's ``picard/config_upgrade.py``: each file carries a ``version``;
a file of an older version (a file without one counts as version 0) is brought up to
date by one upgrade step per version, after a copy of it is kept as
``<name>.v<old>.bak``. A file from a newer program is read for what this one
understands, but never written over: :meth:`VersionedFile.write` refuses with
:class:`NewerFile`, so going back to an older program loses nothing.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from localex_desktop import paths
from localex_desktop.domain.errors import Refused

log = logging.getLogger(__name__)

Data = dict[str, Any]
Upgrade = Callable[[Data], Data]
"""One step: the content at version N (without ``version``) → the content at N + 1."""


class NewerFile(Refused):
    """The file was written by a newer program; it is left as it is."""


@dataclass(frozen=True)
class VersionedFile:
    """A JSON object in the config dir, with its version and its upgrade steps."""

    name: str
    version: int
    #: ``upgrades[n]`` turns version ``n`` into ``n + 1``; one for each n below ``version``
    upgrades: Mapping[int, Upgrade] = field(default_factory=dict)
    what: str = "settings file"

    def __post_init__(self) -> None:
        missing = [n for n in range(self.version) if n not in self.upgrades]
        if missing:
            raise ValueError(f"{self.name}: no upgrade step from version(s) {missing}")

    @property
    def path(self) -> Path:
        return paths.config_dir() / self.name

    def read(self) -> Data | None:
        """The content at this program's version; None when there is no usable file."""
        path = self.path
        try:
            text = path.read_text(encoding="utf-8")
            raw = json.loads(text)
        except FileNotFoundError:
            return None
        except (OSError, ValueError) as exc:
            log.warning("ignoring the unreadable %s %s: %s", self.what, path, exc)
            return None
        if not isinstance(raw, dict):
            log.warning("ignoring the %s %s: it holds no JSON object", self.what, path)
            return None
        found = _version_of(raw)
        data = {k: v for k, v in raw.items() if k != "version"}
        if found > self.version:
            log.warning(
                "the %s %s is of version %s, newer than this program's %s: read as far as "
                "understood, never written over",
                self.what,
                path,
                found,
                self.version,
            )
            return data
        if found < self.version:
            data = self.upgrade(data, found)
            self._save_upgraded(path, found, data)
        return data

    def upgrade(self, data: Data, found: int) -> Data:
        """Apply the steps from version ``found`` up to this program's version."""
        for step in range(found, self.version):
            data = self.upgrades[step](dict(data))
            log.info("upgraded the %s %s to version %s", self.what, self.path, step + 1)
        return data

    def _save_upgraded(self, path: Path, found: int, data: Data) -> None:
        """Keep a copy of the old file, then write the upgraded one (best effort)."""
        try:
            copy = path.with_name(f"{path.name}.v{found}.bak")
            if not copy.exists():
                shutil.copy2(path, copy)
            self._write(data)
        except OSError as exc:
            log.warning("could not save the upgraded %s %s: %s", self.what, path, exc)

    def write(self, data: Data) -> Path:
        """Write ``data`` at this program's version, atomically; never over a newer file."""
        path = self.path
        try:
            existing = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            existing = None
        if isinstance(existing, dict) and _version_of(existing) > self.version:
            raise NewerFile(
                f"The {self.what} {path} was written by a newer LocalEx Desktop (version "
                f"{_version_of(existing)}; this one writes version {self.version}). It was "
                "left as it is.",
                hint="Make the change with the newer program, or move the file away to "
                "start afresh.",
            )
        return self._write(data)

    def _write(self, data: Data) -> Path:
        path = self.path
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        tmp.write_text(json.dumps({"version": self.version, **data}, indent=2), encoding="utf-8")
        tmp.replace(path)
        return path


def _version_of(raw: Data) -> int:
    version = raw.get("version", 0)
    if isinstance(version, bool) or not isinstance(version, int) or version < 0:
        return 0
    return version
