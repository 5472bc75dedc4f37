"""LocalEx Desktop: the coordinator's program for a local exchange trading system."""

# the single source of the version (pyproject reads it); a literal, because asking
# importlib.metadata costs a third of a second at every start of the admin command
__version__ = "0.2.0"

APP_NAME = "LocalEx Desktop"
APP_ID = "localex"
