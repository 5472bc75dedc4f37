"""File ▸ Import…: a QWizard that draws :class:`services.imports.ImportFlow`.

Pages: what and which file → how the file is read (encoding, separator or sheet:
detected, changeable, with the first rows shown) → which column is which field (a
combo box per column, guessed from the headers) → preview (every row checked against
the rules and the database, errors by line number, duplicates listed; importing is
impossible while any row has an error) → result. The preview and the import run
through ``ctx.query`` and ``ctx.op``; the import is one transaction, all rows or none.
Only coordinators and administrators import (bookkeepers only read).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget, QWizard

from localex_desktop.services.imports import (
    ImportFlow,
    ImportOptions,
    ImportResult,
    Kind,
    Source,
    Step,
)
from localex_desktop.ui import messages
from localex_desktop.ui.context import AppContext
from localex_desktop.ui.exporting import remember_folder
from localex_desktop.ui.i18n import translate
from localex_desktop.ui.import_wizard.choose_page import ChoosePage
from localex_desktop.ui.import_wizard.common import ROLE_TEXT, can_import, role_refusal
from localex_desktop.ui.import_wizard.format_page import FormatPage
from localex_desktop.ui.import_wizard.mapping_page import MappingPage
from localex_desktop.ui.import_wizard.preview_page import PreviewPage, ResultPage

__all__ = ["ROLE_TEXT", "ImportWizard", "can_import", "open_import_wizard", "role_refusal"]


class ImportWizard(QWizard):
    CHOOSE, FORMAT, MAPPING, PREVIEW, RESULT = range(5)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.flow: ImportFlow | None = None
        self.import_result: ImportResult | None = None
        self.setWindowTitle(translate("import_wizard.wizard", "Import"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.choose_page = ChoosePage(self)
        self.format_page = FormatPage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.result_page = ResultPage(self)
        for number, page in enumerate(
            (
                self.choose_page,
                self.format_page,
                self.mapping_page,
                self.preview_page,
                self.result_page,
            )
        ):
            self.setPage(number, page)
        self.setStartId(self.CHOOSE)
        self.resize(820, 600)

    def start(self, kind: Kind, path: Path) -> None:
        """The person chose what and which file: the flow reads it (the same flow when the
        kind is unchanged, so that Back and Next keep the mapping the person made)."""
        flow = self.flow
        if flow is None or flow.kind is not kind or flow.step is not Step.CHOOSE_FILE:
            flow = ImportFlow(kind, ImportOptions())  # same kind again: keeps the mapping
        flow.choose_file(path)
        self.flow = flow
        self.import_result = None
        remember_folder(self.ctx, path)

    def source(self) -> Source:
        assert self.flow is not None and self.flow.source is not None
        return self.flow.source

    def back_step(self, at: Step) -> None:
        """Back from the page of step ``at``: the flow goes back with the pages."""
        if self.flow is not None and self.flow.step is at:
            self.flow.back()


def open_import_wizard(ctx: AppContext, parent: QWidget | None = None) -> ImportWizard | None:
    """Open the wizard (window-modal, without blocking); None when the role may not import."""
    if not can_import(ctx):
        messages.inform(
            parent,
            translate("import_wizard.wizard", "Importing is for coordinators and administrators."),
            translate(
                "import_wizard.wizard", "{refusal} Ask one of them to import the file for you."
            ).format(refusal=role_refusal(ctx.actor.role)),
        )
        return None
    wizard = ImportWizard(ctx, parent)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    wizard.open()
    return wizard
