"""A contract type of our own for ``lint-imports`` (see ``[tool.importlinter]``).

import-linter sees an external package as one module (``PySide6``), so its own
``forbidden`` contract cannot tell QtGui from QtWidgets. :class:`QtModulesContract`
reads the import lines themselves: the modules under ``source_modules`` may import
only the Qt modules named in ``allowed_modules`` (the PDF drawing in
``localex_desktop.printing`` needs QtGui and QtCore, never widgets). A source module
that does not exist yet is no error, so the rule can stand before the package does.
"""

from __future__ import annotations

import re
from typing import Any

import grimp
from importlinter.application import output
from importlinter.domain import fields
from importlinter.domain.contract import Contract, ContractCheck

QT_PACKAGES = ("PySide6", "shiboken6")
_FROM = re.compile(r"^\s*from\s+([\w.]+)\s+import\s+(.*)$")
_IMPORT = re.compile(r"^\s*import\s+(.*)$")


def imported_modules(line: str) -> list[str]:
    """The Qt modules an import line names; ``PySide6.?`` where the names are unreadable."""
    found = _FROM.match(line)
    if found:
        module, names = found.group(1), found.group(2)
        if module not in QT_PACKAGES:
            return [module]
        names = names.split("#", 1)[0].strip()
        if not names or names.startswith("("):  # from PySide6 import (…: names on other lines
            return [f"{module}.?"]
        return [f"{module}.{n.split(' as ')[0].strip()}" for n in names.split(",")]
    plain = _IMPORT.match(line)
    if plain:
        return [part.split(" as ")[0].strip() for part in plain.group(1).split(",")]
    return [line.strip()]


def allowed(module: str, permitted: set[str]) -> bool:
    return any(module == p or module.startswith(p + ".") for p in permitted)


class QtModulesContract(Contract):
    """Modules under ``source_modules`` import only the ``allowed_modules`` of Qt."""

    type_name = "qt_modules"

    source_modules = fields.SetField(subfield=fields.ModuleField())
    allowed_modules = fields.SetField(subfield=fields.StringField())

    def check(self, graph: grimp.ImportGraph, verbose: bool) -> ContractCheck:
        permitted = {str(m) for m in self.allowed_modules}  # type: ignore[attr-defined]
        broken: list[dict[str, Any]] = []
        for source in sorted(str(m.name) for m in self.source_modules):  # type: ignore[attr-defined]
            if source not in graph.modules:
                output.verbose_print(verbose, f"{source} does not exist (yet): nothing to check.")
                continue
            for module in sorted({source} | graph.find_descendants(source)):
                for qt in QT_PACKAGES:
                    if qt not in graph.modules:
                        continue
                    for detail in graph.get_import_details(importer=module, imported=qt):
                        line = str(detail["line_contents"])
                        bad = [m for m in imported_modules(line) if not allowed(m, permitted)]
                        if bad:
                            broken.append(
                                {
                                    "importer": module,
                                    "line_number": detail["line_number"],
                                    "line": line.strip(),
                                }
                            )
        return ContractCheck(kept=not broken, metadata={"broken": broken})

    def render_broken_contract(self, check: ContractCheck) -> None:
        permitted = ", ".join(sorted(str(m) for m in self.allowed_modules))  # type: ignore[attr-defined]
        for item in check.metadata["broken"]:
            output.print_error(
                f"{item['importer']} (l.{item['line_number']}) imports more of Qt than "
                f"{permitted}: {item['line']}",
                bold=False,
            )
        output.new_line()
