"""The `localex` admin command. Thin over the services; imports no Qt.

Each command imports the services and the database layer inside its handler, so
``localex --version``, ``--help`` and usage errors start without loading SQLAlchemy or
Qt (``tests/test_cli_foundation.py`` checks it). This is the one place where imports
inside functions are the rule; elsewhere they are not used to dodge a cycle.
"""
