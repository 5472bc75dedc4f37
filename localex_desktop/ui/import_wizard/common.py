"""What the import wizard's pages share: who may import, words, table helpers, a base page."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QTableWidget,
    QTableWidgetItem,
    QWizard,
    QWizardPage,
)

from localex_desktop.domain.money import Currency
from localex_desktop.domain.roles import Permission
from localex_desktop.services.imports import ImportFlow, ImportResult, Kind, Preview, Source, Step
from localex_desktop.ui.context import AppContext
from localex_desktop.ui.models.lazy_view import read_only_rows

#: who may import what (the services check it again)
NEEDS = {
    Kind.MEMBERS: Permission.MANAGE_MEMBERS,
    Kind.LISTINGS: Permission.MANAGE_LISTINGS,
    Kind.BALANCES: Permission.POST,
}
KIND_TEXT = {
    Kind.MEMBERS: (
        "&Members",
        "Names and contact details, credit limits, member numbers from the old system.",
    ),
    Kind.BALANCES: (
        "Opening &balances",
        "Each member's balance on the day of the move, posted as one balanced transaction "
        "against the Opening balances account. Import the members first.",
    ),
    Kind.LISTINGS: (
        "&Offers and wants",
        "Listings by member number or email; categories that do not exist yet are created.",
    ),
}
ENCODINGS = (
    ("utf-8", "UTF-8"),
    ("utf-8-sig", "UTF-8 with byte-order mark (Excel)"),
    ("cp1252", "Windows-1252 (older Excel on Windows)"),
    ("cp1250", "Windows-1250 (Central European)"),
    ("mac_roman", "Mac Roman (older Macs)"),
    ("latin-1", "Latin-1 (ISO 8859-1)"),
    ("utf-16", "UTF-16"),
)
IGNORE = "(ignore this column)"
WARNING_STYLE = "color: #8a5a00;"  # amber: worth knowing, does not stop the import
ACTION_TEXT = {"create": "Add", "duplicate": "Already there", "skip": "Skip"}
SAMPLE_ROWS = 20
ROLE_TEXT = "Only coordinators and administrators import; you are a {role}."


def can_import(ctx: AppContext) -> bool:
    return any(ctx.can(p) for p in NEEDS.values())


def make_item(text: str, *, right: bool = False, tip: str | None = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if tip:
        item.setToolTip(tip)
    return item


def make_table(headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setAccessibleName(name)
    read_only_rows(table)
    table.horizontalHeader().setStretchLastSection(True)
    return table


@dataclass(frozen=True)
class Checked:
    """A preview with the currency to show its amounts in (both read in one query)."""

    preview: Preview
    currency: Currency


class Host(Protocol):
    """What the wizard's pages need of the wizard (they do not import it: no cycle)."""

    ctx: AppContext
    flow: ImportFlow | None
    import_result: ImportResult | None

    def start(self, kind: Kind, path: Path) -> None: ...

    def source(self) -> Source: ...

    def back_step(self, at: Step) -> None: ...

    def button(self, which: QWizard.WizardButton) -> QAbstractButton: ...

    def currentPage(self) -> QWizardPage: ...

    def next(self) -> None: ...


class HostPage(QWizardPage):
    """A page of the import wizard: the wizard it belongs to, its title and what it says."""

    def __init__(self, wizard: Host, title: str, subtitle: str = "") -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(title)
        if subtitle:
            self.setSubTitle(subtitle)
