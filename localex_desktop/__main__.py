"""``python -m localex_desktop`` starts the desktop program."""

import sys

from localex_desktop.app import main

sys.exit(main())
