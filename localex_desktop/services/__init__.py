"""Use cases shared by the desktop program and the admin command.

Each function takes an open SQLAlchemy ``Session`` (one transaction per user action,
opened by the caller with ``Database.transaction()``) and an ``Actor``, checks the
actor's role, does the work, writes the audit log, and returns plain dataclasses.
"""
