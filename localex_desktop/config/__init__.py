"""This computer's configuration files, in the user config dir (``LOCALEX_CONFIG_DIR``).

* :mod:`.profile`: ``connection.json``, which database to open;
* :mod:`.machine`: ``settings.json``, the settings kept per computer;
* :mod:`.files`: what both are built on, versioned JSON with upgrade steps.

The exchange's own settings live in its database (``services.settings``).
"""

from localex_desktop.config.files import NewerFile, VersionedFile
from localex_desktop.config.profile import (
    PROFILE_FILE,
    ConnectionProfile,
    Mode,
    load_profile,
    profile_path,
    save_profile,
)

__all__ = [
    "PROFILE_FILE",
    "ConnectionProfile",
    "Mode",
    "NewerFile",
    "VersionedFile",
    "load_profile",
    "profile_path",
    "save_profile",
]
