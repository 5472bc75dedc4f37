"""`make screenshots`: draw every registered page and dialog on demo data.

Writes the PNG files of the user guide into docs/users/images/ (or the folder given
first); further options go to :func:`localex_desktop.ui.screenshots.main`, e.g.
``--members 40`` for a quicker, smaller demo exchange.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_FOLDER = ROOT / "docs" / "users" / "images"


def run(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from localex_desktop.ui.screenshots import main

    if not argv or argv[0].startswith("-"):
        argv = [str(DEFAULT_FOLDER), *argv]
    return main(argv)


if __name__ == "__main__":
    sys.exit(run(sys.argv[1:]))
