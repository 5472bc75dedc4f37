"""The wizard's first page: what the file holds, and which file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
)

from localex_desktop.domain.errors import LocalexError
from localex_desktop.services.imports import Kind
from localex_desktop.ui.exporting import last_folder, remember_folder
from localex_desktop.ui.i18n import translate
from localex_desktop.ui.import_wizard.common import (
    KIND_TEXT,
    NEEDS,
    Host,
    HostPage,
    role_refusal,
    words,
)
from localex_desktop.ui.widgets import MessageLabel, browse_row, hint_label


class ChoosePage(HostPage):
    def __init__(self, wizard: Host) -> None:
        super().__init__(
            wizard,
            translate("import_wizard.choose_page", "What to import"),
            translate(
                "import_wizard.choose_page",
                "Choose what the file holds, then the file: CSV (comma, semicolon or tab "
                "separated) or an Excel workbook (.xlsx). Nothing is written before the last "
                "step.",
            ),
        )
        self.kind_group = QButtonGroup(self)
        self.kind_radios: dict[Kind, QRadioButton] = {}
        layout = QVBoxLayout(self)
        for kind in (Kind.MEMBERS, Kind.BALANCES, Kind.LISTINGS):
            text, explain = KIND_TEXT[kind]
            radio = QRadioButton(words(text))
            allowed = wizard.ctx.can(NEEDS[kind])
            radio.setEnabled(allowed)
            if not allowed:
                radio.setToolTip(role_refusal(wizard.ctx.actor.role))
            self.kind_group.addButton(radio)
            self.kind_radios[kind] = radio
            radio.toggled.connect(lambda _on: self.completeChanged.emit())
            note = hint_label(words(explain))
            note.setContentsMargins(24, 0, 0, 4)
            layout.addWidget(radio)
            layout.addWidget(note)
        self.path_edit = QLineEdit()
        self.path_edit.setAccessibleName(translate("import_wizard.choose_page", "File to import"))
        self.path_edit.setPlaceholderText(
            translate("import_wizard.choose_page", "members.csv, balances.xlsx, …")
        )
        self.path_edit.textChanged.connect(lambda _t: self.completeChanged.emit())
        file_label = QLabel(translate("import_wizard.choose_page", "&File:"))
        file_label.setBuddy(self.path_edit)
        self.browse_button, row = browse_row(
            self.path_edit,
            self.browse,
            translate("import_wizard.choose_page", "Bro&wse…"),
            file_label,
        )
        layout.addSpacing(8)
        layout.addLayout(row)
        layout.addWidget(
            hint_label(
                translate(
                    "import_wizard.choose_page",
                    "The first row must name the columns. Import members first; balances and "
                    "listings refer to member numbers or emails.",
                )
            )
        )
        self.message = MessageLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.message)
        layout.addStretch(1)
        first = next((r for r in self.kind_radios.values() if r.isEnabled()), None)
        if first is not None:
            first.setChecked(True)

    def kind(self) -> Kind | None:
        return next((k for k, r in self.kind_radios.items() if r.isChecked()), None)

    def set_kind(self, kind: Kind) -> None:
        self.kind_radios[kind].setChecked(True)

    def browse(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            translate("import_wizard.choose_page", "File to import"),
            str(last_folder(self.wiz.ctx)),
            translate(
                "import_wizard.choose_page",
                "Spreadsheets (*.csv *.txt *.tsv *.xlsx);;All files (*)",
            ),
        )
        if chosen:
            self.path_edit.setText(chosen)
            remember_folder(self.wiz.ctx, Path(chosen))

    def isComplete(self) -> bool:
        return self.kind() is not None and bool(self.path_edit.text().strip())

    def validatePage(self) -> bool:
        kind = self.kind()
        if kind is None:
            return False
        try:
            self.wiz.start(kind, Path(self.path_edit.text().strip()).expanduser())
        except LocalexError as exc:
            self.message.show_refusal(exc)
            return False
        self.message.clear_message()
        return True
