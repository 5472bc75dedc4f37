"""LocalEx Desktop: the coordinator's program for a local exchange trading system."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("localex-desktop")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"

APP_NAME = "LocalEx Desktop"
APP_ID = "localex"
