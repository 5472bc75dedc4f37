"""One column list per entity, Qt-free: see :mod:`.base` for what a field is.

Each entity's list lives in a module of its own here (``members.FIELDS``, …), so the
UI tables, the CLI's text and JSON output and the exports read the same list.
"""

from localex_desktop.services.fields.base import (
    Cell,
    Field,
    Kind,
    by_name,
    display,
    export_value,
    headers,
    json_value,
    listed,
    names,
)

__all__ = [
    "Cell",
    "Field",
    "Kind",
    "by_name",
    "display",
    "export_value",
    "headers",
    "json_value",
    "listed",
    "names",
]
