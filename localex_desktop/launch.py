"""The desktop program's entry point: check the ground, then start Qt.

Kept free of Qt on purpose: :mod:`.preflight` must run before anything loads Qt's screen
plugin, or a missing system library ends in Qt's abort instead of our message.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from localex_desktop import preflight

#: check the system only and quit (the packaged program has no ``python -m``)
CHECK_SYSTEM = "--check-system"


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if CHECK_SYSTEM in args:
        return preflight.main()
    if not preflight.gui_can_start(args):
        return 1
    # imported only now: importing the app loads Qt (see the module docstring)
    from localex_desktop.app import main as app_main

    return app_main(args)


if __name__ == "__main__":
    sys.exit(main())
