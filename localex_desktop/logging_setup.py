"""Details go to a rotating log file; people see short messages."""

from __future__ import annotations

import logging
import logging.handlers
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
        folder.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            folder / f"{program}.log", maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        handler = logging.NullHandler()  # an unwritable log dir must not stop the program
    handler.setFormatter(
        logging.Formatter("%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s")
    )
    root.addHandler(handler)
    return _current_file(root)


def _current_file(root: logging.Logger) -> Path | None:
    for h in root.handlers:
        if isinstance(h, logging.handlers.RotatingFileHandler):
            return Path(h.baseFilename)
    return None
