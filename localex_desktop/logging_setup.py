"""Details go to a rotating log file; people see short messages."""

from __future__ import annotations

import contextlib
import logging
import logging.handlers
import os
from pathlib import Path

from localex_desktop import paths

_configured = False


def setup_logging(program: str, *, verbose: bool = False) -> Path | None:
    """Log to ``<log dir>/<program>.log`` (1 MB × 5 files). Returns the file, or None."""
    global _configured
    root = logging.getLogger()
    if _configured:
        return _current_file(root)
    _configured = True
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    logging.getLogger("alembic").setLevel(logging.WARNING)
    logging.getLogger("sqlalchemy").setLevel(logging.WARNING)
    try:
        folder = paths.log_dir()
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        handler: logging.Handler = PrivateLogFile(
            folder / f"{program}.log", maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        handler = logging.NullHandler()  # an unwritable log dir must not stop the program
    handler.setFormatter(
        logging.Formatter("%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s")
    )
    root.addHandler(handler)
    return _current_file(root)


class PrivateLogFile(logging.handlers.RotatingFileHandler):
    """The log names members (refusals, imports): readable by this user only, also each
    new file after a rotation (the handler opens it with the umask's mode)."""

    def _open(self):  # type: ignore[no-untyped-def]
        stream = super()._open()
        if os.name != "nt":
            with contextlib.suppress(OSError):
                os.chmod(self.baseFilename, 0o600)
        return stream


def _current_file(root: logging.Logger) -> Path | None:
    for h in root.handlers:
        if isinstance(h, logging.handlers.RotatingFileHandler):
            return Path(h.baseFilename)
    return None
