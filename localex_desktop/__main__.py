"""``python -m localex_desktop`` starts the desktop program (after the system check)."""

import sys

from localex_desktop.launch import main

sys.exit(main())
