"""Database URLs for people and for files: masked for logs, without password for saving.

Its own small module so that both the connection profile (``config``) and the
connection code (``db.connection``) can use it without importing each other.
"""

from __future__ import annotations

from urllib.parse import unquote

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError


def mask_url(url: str | URL) -> str:
    """The URL with any password replaced by ***, safe for logs and `localex info`."""
    try:
        parsed = url if isinstance(url, URL) else make_url(url)
    except ArgumentError:
        return "<unreadable URL>"
    # unquoted for people: a socket folder reads as /tmp/x, not %2Ftmp%2Fx
    return unquote(parsed.render_as_string(hide_password=True))


def strip_password(url: str) -> str:
    """The URL as text without its password (what a settings file may hold)."""
    # URL.set() treats None as "unchanged"; _replace really drops the password
    return make_url(url)._replace(password=None).render_as_string(hide_password=False)
