"""How the file is read: encoding and separator (or sheet), detected and changeable."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QVBoxLayout

from localex_desktop.domain.errors import LocalexError
from localex_desktop.services.imports import DELIMITER_NAMES, Source, Step
from localex_desktop.ui.i18n import translate
from localex_desktop.ui.import_wizard.common import (
    ENCODINGS,
    SAMPLE_ROWS,
    Host,
    HostPage,
    delimiter_text,
    detected,
    make_item,
    make_table,
    words,
)
from localex_desktop.ui.widgets import MUTED_STYLE, MessageLabel


class FormatPage(HostPage):
    def __init__(self, wizard: Host) -> None:
        super().__init__(
            wizard,
            translate("import_wizard.format_page", "How the file is read"),
            translate(
                "import_wizard.format_page",
                "The encoding and the separator were detected. If the columns below look wrong "
                "(accents garbled, everything in one column), choose others.",
            ),
        )
        self.described = QLabel("")
        self.described.setWordWrap(True)
        self.described.setTextFormat(Qt.TextFormat.RichText)  # file names escaped
        self.encoding_box = QComboBox()
        self.delimiter_box = QComboBox()
        self.sheet_box = QComboBox()
        form = QFormLayout()
        form.addRow(translate("import_wizard.format_page", "&Encoding:"), self.encoding_box)
        form.addRow(translate("import_wizard.format_page", "&Separator:"), self.delimiter_box)
        form.addRow(translate("import_wizard.format_page", "S&heet:"), self.sheet_box)
        self.form = form
        self.sample = make_table(
            [], translate("import_wizard.format_page", "First rows of the file")
        )
        self.notes = QLabel("")
        self.notes.setWordWrap(True)
        self.notes.setTextFormat(Qt.TextFormat.PlainText)
        self.notes.setStyleSheet(MUTED_STYLE)
        self.message = MessageLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.addWidget(self.described)
        layout.addLayout(form)
        layout.addWidget(self.sample, 1)
        layout.addWidget(self.notes)
        layout.addWidget(self.message)
        self._filling = False
        for box in (self.encoding_box, self.delimiter_box, self.sheet_box):
            box.currentIndexChanged.connect(lambda _i: self.reread())

    def initializePage(self) -> None:
        source = self.wiz.source()
        self._filling = True
        self.encoding_box.clear()
        self.delimiter_box.clear()
        self.sheet_box.clear()
        xlsx = source.format == "xlsx"
        self.form.setRowVisible(self.encoding_box, not xlsx)
        self.form.setRowVisible(self.delimiter_box, not xlsx)
        self.form.setRowVisible(self.sheet_box, xlsx)
        if xlsx:
            for name in source.sheets:
                self.sheet_box.addItem(name, name)
            self.sheet_box.setCurrentIndex(max(0, self.sheet_box.findData(source.sheet)))
        else:
            known = [e for e, _t in ENCODINGS]
            for value, text in ENCODINGS:
                self.encoding_box.addItem(detected(words(text), value == source.encoding), value)
            if source.encoding not in known:
                self.encoding_box.addItem(detected(str(source.encoding), True), source.encoding)
            self.encoding_box.setCurrentIndex(self.encoding_box.findData(source.encoding))
            for value, name in DELIMITER_NAMES.items():
                text = delimiter_text(value, name)
                self.delimiter_box.addItem(detected(text, value == source.delimiter), value)
            self.delimiter_box.setCurrentIndex(self.delimiter_box.findData(source.delimiter))
        self._filling = False
        self.show_source(source)

    def reread(self) -> None:
        if self._filling or self.wiz.flow is None:
            return
        try:
            if self.wiz.source().format == "xlsx":
                source = self.wiz.flow.set_format(sheet=self.sheet_box.currentData())
            else:
                source = self.wiz.flow.set_format(
                    encoding=self.encoding_box.currentData(),
                    delimiter=self.delimiter_box.currentData(),
                )
        except LocalexError as exc:
            self.message.show_refusal(exc)
            return
        self.message.clear_message()
        self.show_source(source)

    def show_source(self, source: Source) -> None:
        self.described.setText(
            f"<b>{html.escape(source.name)}</b>: {html.escape(source.describe)}."
        )
        headers = [translate("import_wizard.format_page", "Line"), *source.headers]
        self.sample.clear()
        self.sample.setColumnCount(len(headers))
        self.sample.setHorizontalHeaderLabels(headers)
        rows = source.rows[:SAMPLE_ROWS]
        self.sample.setRowCount(len(rows))
        for r, row in enumerate(rows):
            self.sample.setItem(r, 0, make_item(str(row.line), right=True))
            for c, value in enumerate(row.values[: len(source.headers)]):
                flat = " ".join(value.split())
                self.sample.setItem(r, c + 1, make_item(flat, tip=value if flat != value else None))
        self.sample.resizeColumnsToContents()
        for c in range(1, len(headers)):
            if self.sample.columnWidth(c) > 260:
                self.sample.setColumnWidth(c, 260)
        notes = [
            translate("import_wizard.format_page", "The header is on line {line}.").format(
                line=source.header_line
            )
        ]
        if len(source.rows) > SAMPLE_ROWS:
            notes.append(
                translate(
                    "import_wizard.format_page",
                    "Showing the first {shown} of %n row(s).",
                    None,
                    len(source.rows),
                ).format(shown=SAMPLE_ROWS)
            )
        if source.errors:
            lines = ", ".join(str(e.line) for e in source.errors[:8])
            more = "…" if len(source.errors) > 8 else ""
            notes.append(
                translate(
                    "import_wizard.format_page",
                    "%n row(s) do not split into the header's columns (line {lines}); they are "
                    "listed as errors in the preview.",
                    None,
                    len(source.errors),
                ).format(lines=lines + more)
            )
        self.notes.setText(" ".join(notes))

    def validatePage(self) -> bool:
        assert self.wiz.flow is not None
        try:
            self.wiz.flow.to_mapping()
        except LocalexError as exc:
            self.message.show_refusal(exc)
            return False
        return True

    def cleanupPage(self) -> None:
        self.wiz.back_step(Step.FORMAT)
