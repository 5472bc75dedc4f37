"""Where the program keeps its data, settings and logs; every path can be overridden."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from localex_desktop import APP_ID

_PACKAGE_DIR = Path(__file__).resolve().parent


def default_data_dir() -> Path:
    """The data dir: ``LOCALEX_DATA_DIR`` or the platform's user data dir."""
    env = os.environ.get("LOCALEX_DATA_DIR")
    if env:
        return Path(env).expanduser().resolve()
    return Path(platformdirs.user_data_dir(APP_ID, appauthor=False))


def config_dir() -> Path:
    env = os.environ.get("LOCALEX_CONFIG_DIR")
    if env:
        return Path(env).expanduser().resolve()
    return Path(platformdirs.user_config_dir(APP_ID, appauthor=False))


def log_dir() -> Path:
    env = os.environ.get("LOCALEX_LOG_DIR")
    if env:
        return Path(env).expanduser().resolve()
    return Path(platformdirs.user_log_dir(APP_ID, appauthor=False))


def _shipped_dir(installed_name: str, source_name: str) -> Path:
    """Find a data folder shipped with the program.

    The wheel and the frozen build carry it inside the package (``_migrations``);
    an editable install or a source checkout has it at the top of the tree.
    """
    inside = _PACKAGE_DIR / installed_name
    if inside.is_dir():
        return inside
    beside = _PACKAGE_DIR.parent / source_name
    if beside.is_dir():
        return beside
    raise FileNotFoundError(
        f"The program's {source_name} folder is missing (looked in {inside} and {beside}); "
        "reinstall LocalEx Desktop."
    )


def migrations_dir() -> Path:
    return _shipped_dir("_migrations", "migrations")


def resources_dir() -> Path:
    return _shipped_dir("_resources", "resources")


def guide_dir() -> Path:
    """The user guides (docs/users/: Markdown and its pictures), for Help → User guide."""
    return _shipped_dir("_guide", "docs/users")
