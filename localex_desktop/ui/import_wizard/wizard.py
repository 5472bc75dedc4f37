"""File ▸ Import…: a QWizard that draws :class:`services.imports.ImportFlow`.

Pages: what and which file → how the file is read (encoding, separator or sheet:
detected, changeable, with the first rows shown) → which column is which field (a
combo box per column, guessed from the headers) → preview (every row checked against
the rules and the database, errors by line number, duplicates listed; importing is
impossible while any row has an error) → result. The preview and the import run on the
task runner; the import is one transaction, all rows or none. Only coordinators and
administrators import (bookkeepers only read).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from localex_desktop.domain.errors import LocalexError
from localex_desktop.domain.money import Currency, format_amount
from localex_desktop.domain.roles import Permission
from localex_desktop.services import imports, settings
from localex_desktop.services.imports import (
    DELIMITER_NAMES,
    ImportFlow,
    ImportOptions,
    ImportResult,
    Kind,
    PlannedRow,
    Preview,
    Source,
    Step,
)
from localex_desktop.ui import messages
from localex_desktop.ui.context import AppContext
from localex_desktop.ui.errors import describe
from localex_desktop.ui.exporting import last_folder, remember_folder
from localex_desktop.ui.widgets import ERROR_STYLE, MUTED_STYLE, MessageLabel, hint_label

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
    ("latin-1", "Latin-1 (ISO 8859-1)"),
    ("utf-16", "UTF-16"),
)
IGNORE = "(ignore this column)"
ACTION_TEXT = {"create": "Add", "duplicate": "Already there", "skip": "Skip"}
SAMPLE_ROWS = 20
ROLE_TEXT = "Only coordinators and administrators import; you are a {role}."


def can_import(ctx: AppContext) -> bool:
    return any(ctx.can(p) for p in NEEDS.values())


def _item(text: str, *, right: bool = False, tip: str | None = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if tip:
        item.setToolTip(tip)
    return item


def _table(headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setAccessibleName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setTabKeyNavigation(False)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def describe_row(kind: Kind, row: PlannedRow, currency: Currency) -> str:
    """One line saying what a planned row is, for the preview."""
    v: dict[str, Any] = row.values
    if kind is Kind.MEMBERS:
        bits = [str(v.get("name") or "")]
        if v.get("number") is not None:
            bits[0] += f" (number {v['number']})"
        if v.get("email"):
            bits.append(str(v["email"]))
        if v.get("credit_limit") is not None:
            bits.append(f"credit limit {format_amount(int(v['credit_limit']), currency)}")
        return " · ".join(bits)
    if kind is Kind.LISTINGS:
        kind_text = "Offer" if v.get("kind") == "offer" else "Want"
        text = f"{kind_text}: {v.get('title', '')} · {v.get('category', '')}"
        if v.get("price") is not None:
            text += f" · {format_amount(int(v['price']), currency, symbol=True)}"
        return f"{text} · member {v.get('member_id', '')}"
    amount = int(v.get("balance") or 0)
    return f"{v.get('name', '')} ({v.get('member_id', '')}): {format_amount(amount, currency)}"


@dataclass(frozen=True)
class Checked:
    preview: Preview
    currency: Currency


# -- pages ------------------------------------------------------------------------------


class ChoosePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle("What to import")
        self.setSubTitle(
            "Choose what the file holds, then the file: CSV (comma, semicolon or tab "
            "separated) or an Excel workbook (.xlsx). Nothing is written before the last step."
        )
        self.kind_group = QButtonGroup(self)
        self.kind_radios: dict[Kind, QRadioButton] = {}
        layout = QVBoxLayout(self)
        role = wizard.ctx.actor.role.value
        for kind in (Kind.MEMBERS, Kind.BALANCES, Kind.LISTINGS):
            text, explain = KIND_TEXT[kind]
            radio = QRadioButton(text)
            allowed = wizard.ctx.can(NEEDS[kind])
            radio.setEnabled(allowed)
            if not allowed:
                radio.setToolTip(ROLE_TEXT.format(role=role))
            self.kind_group.addButton(radio)
            self.kind_radios[kind] = radio
            radio.toggled.connect(lambda _on: self.completeChanged.emit())
            note = hint_label(explain)
            note.setContentsMargins(24, 0, 0, 4)
            layout.addWidget(radio)
            layout.addWidget(note)
        self.path_edit = QLineEdit()
        self.path_edit.setAccessibleName("File to import")
        self.path_edit.setPlaceholderText("members.csv, balances.xlsx, …")
        self.path_edit.textChanged.connect(lambda _t: self.completeChanged.emit())
        self.browse_button = QPushButton("&Browse…")
        self.browse_button.clicked.connect(self.browse)
        file_label = QLabel("&File:")
        file_label.setBuddy(self.path_edit)
        row = QHBoxLayout()
        row.addWidget(file_label)
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        layout.addSpacing(8)
        layout.addLayout(row)
        layout.addWidget(
            hint_label(
                "The first row must name the columns. Import members first; balances and "
                "listings refer to member numbers or emails."
            )
        )
        self.message = MessageLabel()
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
            "File to import",
            str(last_folder(self.wiz.ctx)),
            "Spreadsheets (*.csv *.txt *.tsv *.xlsx);;All files (*)",
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
            self.message.show_error(exc.message, exc.hint or "")
            return False
        self.message.clear_message()
        return True


class FormatPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle("How the file is read")
        self.setSubTitle(
            "The encoding and the separator were detected. If the columns below look wrong "
            "(accents garbled, everything in one column), choose others."
        )
        self.described = QLabel("")
        self.described.setWordWrap(True)
        self.encoding_box = QComboBox()
        self.delimiter_box = QComboBox()
        self.sheet_box = QComboBox()
        form = QFormLayout()
        form.addRow("&Encoding:", self.encoding_box)
        form.addRow("&Separator:", self.delimiter_box)
        form.addRow("S&heet:", self.sheet_box)
        self.form = form
        self.sample = _table([], "First rows of the file")
        self.notes = QLabel("")
        self.notes.setWordWrap(True)
        self.notes.setStyleSheet(MUTED_STYLE)
        self.message = MessageLabel()
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
            self.message.show_error(exc.message, exc.hint or "")
            return
        self.message.clear_message()
        self.show_source(source)

    def show_source(self, source: Source) -> None:
        self.described.setText(f"<b>{source.name}</b>: {source.describe}.")
        headers = ["Line", *source.headers]
        self.sample.clear()
        self.sample.setColumnCount(len(headers))
        self.sample.setHorizontalHeaderLabels(headers)
        rows = source.rows[:SAMPLE_ROWS]
        self.sample.setRowCount(len(rows))
        for r, row in enumerate(rows):
            self.sample.setItem(r, 0, _item(str(row.line), right=True))
            for c, value in enumerate(row.values[: len(source.headers)]):
                flat = " ".join(value.split())
                self.sample.setItem(r, c + 1, _item(flat, tip=value if flat != value else None))
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
                f"{len(source.errors)} row(s) do not split into the header's columns "
                f"(line {lines}{more}); they are listed as errors in the preview."
            )
        self.notes.setText(" ".join(notes))

    def validatePage(self) -> bool:
        assert self.wiz.flow is not None
        try:
            self.wiz.flow.to_mapping()
        except LocalexError as exc:
            self.message.show_error(exc.message, exc.hint or "")
            return False
        return True

    def cleanupPage(self) -> None:
        self.wiz.back_step(Step.FORMAT)


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle("Which column is which")
        self.setSubTitle(
            "Each column of the file was matched to a field by its header. Check the "
            "matches and choose a field for columns that were not recognised. Fields "
            "marked * are required."
        )
        self.table = _table(["Column in the file", "First values", "Import as"], "Column mapping")
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from combo to combo
        self.problems = QLabel("")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet(ERROR_STYLE)
        self.combos: list[QComboBox] = []
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problems)
        self._filling = False

    def initializePage(self) -> None:
        flow = self.wiz.flow
        assert flow is not None and flow.source is not None
        source = flow.source
        self._filling = True
        self.table.setRowCount(len(source.headers))
        self.combos = []
        for i, header in enumerate(source.headers):
            samples = [
                " ".join(r.values[i].split())
                for r in source.rows[:6]
                if i < len(r.values) and r.values[i].strip()
            ]
            self.table.setItem(i, 0, _item(header or f"(column {i + 1})"))
            self.table.setItem(i, 1, _item(" · ".join(samples[:3]), tip="\n".join(samples)))
            box = QComboBox()
            box.setAccessibleName(f"Field for column {header}")
            box.addItem(IGNORE, None)
            for spec in flow.fields:
                box.addItem(f"{spec.label}{' *' if spec.required else ''}", spec.name)
            box.currentIndexChanged.connect(lambda _n, column=i: self.changed(column))
            self.table.setCellWidget(i, 2, box)
            self.combos.append(box)
        self.table.resizeColumnToContents(0)
        self.table.setColumnWidth(0, max(self.table.columnWidth(0), 160))
        self.table.setColumnWidth(2, 240)
        self._filling = False
        self.show_mapping()

    def field_of(self, column: int) -> str | None:
        value = self.combos[column].currentData()
        return value if isinstance(value, str) else None

    def set_field(self, column: int, field: str | None) -> None:
        """Choose the field of ``column`` (None: ignore it), as the person would."""
        box = self.combos[column]
        box.setCurrentIndex(max(0, box.findData(field)))

    def changed(self, column: int) -> None:
        if self._filling or self.wiz.flow is None:
            return
        try:
            self.wiz.flow.map_column(column, self.field_of(column))
        except LocalexError as exc:
            self.problems.setText(exc.message)
            return
        self.show_mapping()

    def show_mapping(self) -> None:
        flow = self.wiz.flow
        assert flow is not None
        self._filling = True
        for column, box in enumerate(self.combos):
            box.setCurrentIndex(max(0, box.findData(flow.mapping.get(column))))
        self._filling = False
        problems = flow.mapping_problems()
        self.problems.setText(" ".join(problems))
        self.problems.setVisible(bool(problems))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        flow = self.wiz.flow
        return flow is not None and flow.source is not None and not flow.mapping_problems()

    def cleanupPage(self) -> None:
        self.wiz.back_step(Step.MAPPING)


class PreviewPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle("Preview")
        self.setSubTitle(
            "Every row was checked; nothing has been written yet. Import is possible when "
            "no row has an error, and then adds every row at once, or none."
        )
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, "&Import")
        self.summary = QLabel("")
        self.summary.setWordWrap(True)
        self.allow_check = QCheckBox(
            "Allow &going past limits: post balances below a member's credit limit or above "
            "their upper limit (the ledger records that you allowed it)"
        )
        self.allow_check.toggled.connect(self._allow_changed)
        self.tabs = QTabWidget()
        self.errors_table = _table(["Line", "Column", "Problem"], "Rows with errors")
        self.rows_table = _table(["Line", "What happens", "Row", "Note"], "Rows")
        self.tabs.addTab(self.errors_table, "Errors")
        self.tabs.addTab(self.rows_table, "Rows")
        self.message = MessageLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.allow_check)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        self.checked: Checked | None = None
        self.running = False
        self.committed = False
        self._generation = 0

    def initializePage(self) -> None:
        self.committed = False
        flow = self.wiz.flow
        assert flow is not None
        self.allow_check.blockSignals(True)
        self.allow_check.setChecked(flow.options.allow_over_limit)
        self.allow_check.blockSignals(False)
        self.allow_check.setVisible(flow.kind is Kind.BALANCES)
        self.run_preview()

    def _allow_changed(self, on: bool) -> None:
        if self.wiz.flow is not None:
            self.wiz.flow.options.allow_over_limit = on
            self.run_preview()

    def run_preview(self) -> None:
        flow = self.wiz.flow
        assert flow is not None
        self._generation += 1
        generation = self._generation
        self.running = True
        self.checked = None
        self.summary.setText("Checking every row…")
        self.message.clear_message()
        self.completeChanged.emit()
        db, actor = self.wiz.ctx.db, self.wiz.ctx.actor

        def work() -> Checked:
            with db.transaction() as session:
                return Checked(flow.run_preview(session, actor), settings.currency(session))

        def done(checked: Checked) -> None:
            if generation != self._generation:
                self._stale()
                return
            self.running = False
            self.show_preview(checked)

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self.running = False
                self.summary.setText("The file could not be checked.")
                self.message.show_error(*describe(exc))
                self.completeChanged.emit()

        self.wiz.ctx.tasks.run(work, done, failed, owner=self)

    def show_preview(self, checked: Checked) -> None:
        self.checked = checked
        p, cur = checked.preview, checked.currency
        kind = p.kind
        self.errors_table.setRowCount(len(p.errors))
        for r, e in enumerate(p.errors):
            self.errors_table.setItem(r, 0, _item(str(e.line), right=True))
            self.errors_table.setItem(r, 1, _item(e.column or ""))
            self.errors_table.setItem(r, 2, _item(e.message, tip=e.message))
        self.rows_table.setRowCount(len(p.rows))
        for r, row in enumerate(p.rows):
            self.rows_table.setItem(r, 0, _item(str(row.line), right=True))
            self.rows_table.setItem(r, 1, _item(ACTION_TEXT.get(row.action, row.action)))
            text = describe_row(kind, row, cur)
            self.rows_table.setItem(r, 2, _item(text, tip=text))
            self.rows_table.setItem(r, 3, _item(row.note, tip=row.note or None))
        for table in (self.errors_table, self.rows_table):
            table.resizeColumnsToContents()
            for c in range(table.columnCount() - 1):
                table.setColumnWidth(c, min(table.columnWidth(c) + 12, 420))
        self.tabs.setTabText(0, f"Errors ({len(p.errors)})")
        self.tabs.setTabText(1, f"Rows ({len(p.rows)})")
        self.tabs.setTabEnabled(0, bool(p.errors))
        self.tabs.setCurrentIndex(0 if p.errors else 1)
        parts = [f"<b>{p.summary()}.</b>"]
        if p.errors:
            parts.append(
                "Nothing can be imported while any row has an error: correct the file (the "
                "line numbers are those a text editor shows) and choose it again, or change "
                "the column mapping with Back."
            )
        elif not p.to_create:
            parts.append("There is nothing new to import.")
        if p.new_categories:
            parts.append(f"New categories: {', '.join(p.new_categories)}.")
        if kind is Kind.BALANCES and p.to_create:
            parts.append(
                f"One opening transaction will post {format_amount(p.total, cur, symbol=True)} "
                "to members, and the opposite to the Opening balances account."
            )
        self.summary.setText(" ".join(parts))
        self.summary.setStyleSheet(ERROR_STYLE if p.errors else "")
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        flow = self.wiz.flow
        return not self.running and flow is not None and flow.can_commit

    def validatePage(self) -> bool:
        """Import (in a worker); the wizard moves on when it is done."""
        if self.committed:
            return True
        flow = self.wiz.flow
        if flow is None or not flow.can_commit or self.running:
            return False
        self.running = True
        self.completeChanged.emit()
        self.wiz.button(QWizard.WizardButton.BackButton).setEnabled(False)
        self.summary.setText("Importing…")
        db, actor = self.wiz.ctx.db, self.wiz.ctx.actor

        def work() -> ImportResult:
            with db.transaction() as session:
                return flow.commit(session, actor)

        def done(result: ImportResult) -> None:
            self.running = False
            self.committed = True
            self.wiz.import_result = result
            self.wiz.next()

        def failed(exc: BaseException) -> None:
            self.running = False
            self.message.show_error(*describe(exc))
            if isinstance(exc, imports.ImportRefused):  # the data changed since the preview
                cur = self.checked.currency if self.checked is not None else Currency()
                flow.preview = exc.preview
                self.show_preview(Checked(exc.preview, cur))
            else:
                self.completeChanged.emit()

        self.wiz.ctx.tasks.run(work, done, failed, owner=self)
        return False

    def cleanupPage(self) -> None:
        self._generation += 1  # a preview still running is no longer wanted
        self.running = False
        self.wiz.back_step(Step.PREVIEW)

    def _stale(self) -> None:
        """A preview finished after the person went back: keep the flow with the pages."""
        if self.wiz.currentPage() is not self:
            self.wiz.back_step(Step.PREVIEW)


class ResultPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle("Imported")
        self.text = QLabel("")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addStretch(1)

    def initializePage(self) -> None:
        r = self.wiz.import_result
        if r is None:
            self.text.setText("Nothing was imported.")
            return
        self.text.setText(result_text(r))


def result_text(r: ImportResult) -> str:
    noun = {Kind.MEMBERS: "member", Kind.LISTINGS: "listing", Kind.BALANCES: "opening balance"}
    n = noun[r.kind]
    lines = [f"Imported {r.created} {n}{'s' if r.created != 1 else ''}, in one transaction."]
    if r.kind is Kind.MEMBERS and r.ids:
        lines.append(f"Their numbers: {min(r.ids)} to {max(r.ids)}.")
    if r.transaction_id is not None:
        lines.append(f"The balances were posted as ledger transaction {r.transaction_id}.")
    if r.duplicates:
        lines.append(f"{r.duplicates} row(s) were already there and were left alone.")
    if r.skipped:
        lines.append(f"{r.skipped} row(s) were skipped (nothing to import).")
    lines.append("Every change is in the audit log.")
    return "\n\n".join(lines)


# -- the wizard -------------------------------------------------------------------------


class ImportWizard(QWizard):
    CHOOSE, FORMAT, MAPPING, PREVIEW, RESULT = range(5)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.flow: ImportFlow | None = None
        self.import_result: ImportResult | None = None
        self.setWindowTitle("Import")
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
        """The person chose what and which file: a fresh flow reads the file."""
        flow = ImportFlow(kind, ImportOptions())
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
            "Importing is for coordinators and administrators.",
            ROLE_TEXT.format(role=ctx.actor.role.value)
            + " Ask one of them to import the file for you.",
        )
        return None
    wizard = ImportWizard(ctx, parent)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    wizard.open()
    return wizard
