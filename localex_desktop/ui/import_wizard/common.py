"""What the import wizard's pages share: who may import, words, table helpers, a base page."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QTableWidget,
    QTableWidgetItem,
    QWizard,
    QWizardPage,
)

from localex_desktop.domain.money import Currency
from localex_desktop.domain.roles import Permission, Role
from localex_desktop.services.imports import (
    DateOrder,
    ImportFlow,
    ImportResult,
    Kind,
    Preview,
    Source,
    Step,
)
from localex_desktop.ui.context import AppContext
from localex_desktop.ui.i18n import role_name, translate, translate_marked
from localex_desktop.ui.models.lazy_view import read_only_rows

#: who may import what (the services check it again)
NEEDS = {
    Kind.MEMBERS: Permission.MANAGE_MEMBERS,
    Kind.LISTINGS: Permission.MANAGE_LISTINGS,
    Kind.BALANCES: Permission.POST,
}
#: what each kind is called, and what it holds (marked: shown with :func:`words`)
KIND_TEXT = {
    Kind.MEMBERS: (
        QT_TRANSLATE_NOOP("import_wizard.common", "&Members"),
        QT_TRANSLATE_NOOP(
            "import_wizard.common",
            "Names and contact details, credit limits, member numbers from the old system.",
        ),
    ),
    Kind.BALANCES: (
        QT_TRANSLATE_NOOP("import_wizard.common", "Opening &balances"),
        QT_TRANSLATE_NOOP(
            "import_wizard.common",
            "Each member's balance on the day of the move, posted as one balanced transaction "
            "against the Opening balances account. Import the members first.",
        ),
    ),
    Kind.LISTINGS: (
        QT_TRANSLATE_NOOP("import_wizard.common", "&Offers and wants"),
        QT_TRANSLATE_NOOP(
            "import_wizard.common",
            "Listings by member number or email; categories that do not exist yet are created.",
        ),
    ),
}
#: the encodings offered (their names marked: shown with :func:`words`)
ENCODINGS = (
    ("utf-8", QT_TRANSLATE_NOOP("import_wizard.common", "UTF-8")),
    ("utf-8-sig", QT_TRANSLATE_NOOP("import_wizard.common", "UTF-8 with byte-order mark (Excel)")),
    ("cp1252", QT_TRANSLATE_NOOP("import_wizard.common", "Windows-1252 (older Excel on Windows)")),
    ("cp1250", QT_TRANSLATE_NOOP("import_wizard.common", "Windows-1250 (Central European)")),
    ("mac_roman", QT_TRANSLATE_NOOP("import_wizard.common", "Mac Roman (older Macs)")),
    ("latin-1", QT_TRANSLATE_NOOP("import_wizard.common", "Latin-1 (ISO 8859-1)")),
    ("utf-16", QT_TRANSLATE_NOOP("import_wizard.common", "UTF-16")),
)
IGNORE = QT_TRANSLATE_NOOP("import_wizard.common", "(ignore this column)")
WARNING_STYLE = "color: #8a5a00;"  # amber: worth knowing, does not stop the import
ACTION_TEXT = {
    "create": QT_TRANSLATE_NOOP("import_wizard.common", "Add"),
    "duplicate": QT_TRANSLATE_NOOP("import_wizard.common", "Already there"),
    "skip": QT_TRANSLATE_NOOP("import_wizard.common", "Skip"),
}
SAMPLE_ROWS = 20
#: marked, in English: :func:`role_refusal` says it in the coordinator's language
ROLE_TEXT = str(
    QT_TRANSLATE_NOOP(
        "import_wizard.common", "Only coordinators and administrators import; you are a {role}."
    )
)


def words(text: object) -> str:
    """A text of this module's tables (marked with QT_TRANSLATE_NOOP), translated now.

    (PySide6 types QT_TRANSLATE_NOOP as returning ``object``; it returns the text.)
    """
    return translate_marked("import_wizard.common", str(text))


def role_refusal(role: Role) -> str:
    """Why this role may not import, in the coordinator's language."""
    return words(ROLE_TEXT).format(role=role_name(role))


def delimiter_text(value: str, name: str) -> str:
    """A separator's name for the combo box (``name``: the service's, for others)."""
    known = {
        ",": translate("import_wizard.common", "Comma"),
        ";": translate("import_wizard.common", "Semicolon"),
        "\t": translate("import_wizard.common", "Tab"),
    }
    return known.get(value, name.capitalize())


def detected(text: str, found: bool) -> str:
    """A combo box item, marked when it is what was detected in the file."""
    if not found:
        return text
    return translate("import_wizard.common", "{choice} — detected").format(choice=text)


def date_order_text(order: DateOrder) -> str:
    """How a file writes its dates, for the combo box."""
    return {
        DateOrder.DMY: translate("import_wizard.common", "Day first (31/12/2024)"),
        DateOrder.MDY: translate("import_wizard.common", "Month first (12/31/2024)"),
        DateOrder.YMD: translate("import_wizard.common", "Year first (2024/12/31)"),
    }[order]


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
