"""How the file is read: encoding and separator (or sheet), detected and changeable."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QVBoxLayout

from localex_desktop.domain.errors import LocalexError
from localex_desktop.domain.words import counted
from localex_desktop.services.imports import DELIMITER_NAMES, Source, Step
from localex_desktop.ui.import_wizard.common import (
    ENCODINGS,
    SAMPLE_ROWS,
    Host,
    HostPage,
    make_item,
    make_table,
)
from localex_desktop.ui.widgets import MUTED_STYLE, MessageLabel


class FormatPage(HostPage):
    def __init__(self, wizard: Host) -> None:
        super().__init__(
            wizard,
            "How the file is read",
            "The encoding and the separator were detected. If the columns below look wrong "
            "(accents garbled, everything in one column), choose others.",
        )
        self.described = QLabel("")
        self.described.setWordWrap(True)
        self.described.setTextFormat(Qt.TextFormat.RichText)  # file names escaped
        self.encoding_box = QComboBox()
        self.delimiter_box = QComboBox()
        self.sheet_box = QComboBox()
        form = QFormLayout()
        form.addRow("&Encoding:", self.encoding_box)
        form.addRow("&Separator:", self.delimiter_box)
        form.addRow("S&heet:", self.sheet_box)
        self.form = form
        self.sample = make_table([], "First rows of the file")
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
                detected = " — detected" if value == source.encoding else ""
                self.encoding_box.addItem(text + detected, value)
            if source.encoding not in known:
                self.encoding_box.addItem(f"{source.encoding} — detected", source.encoding)
            self.encoding_box.setCurrentIndex(self.encoding_box.findData(source.encoding))
            for value, name in DELIMITER_NAMES.items():
                detected = " — detected" if value == source.delimiter else ""
                self.delimiter_box.addItem(f"{name.capitalize()}{detected}", value)
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
        headers = ["Line", *source.headers]
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
        notes = [f"The header is on line {source.header_line}."]
        if len(source.rows) > SAMPLE_ROWS:
            notes.append(f"Showing the first {SAMPLE_ROWS} of {len(source.rows)} rows.")
        if source.errors:
            lines = ", ".join(str(e.line) for e in source.errors[:8])
            more = "…" if len(source.errors) > 8 else ""
            notes.append(
                f"{counted(len(source.errors), 'row')} do not split into the header's columns "
                f"(line {lines}{more}); they are listed as errors in the preview."
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
