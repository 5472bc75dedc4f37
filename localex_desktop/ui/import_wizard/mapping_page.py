"""Which column is which field: a combo box per column, guessed from the headers."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QVBoxLayout,
)

from localex_desktop.domain.errors import LocalexError
from localex_desktop.services.imports import DATE_ORDER_TEXT, DateOrder, Step
from localex_desktop.ui.i18n import translate
from localex_desktop.ui.import_wizard.common import (
    IGNORE,
    WARNING_STYLE,
    Host,
    HostPage,
    date_order_text,
    detected,
    make_item,
    make_table,
    words,
)
from localex_desktop.ui.widgets import ERROR_STYLE


class MappingPage(HostPage):
    def __init__(self, wizard: Host) -> None:
        super().__init__(
            wizard,
            translate("import_wizard.mapping_page", "Which column is which"),
            translate(
                "import_wizard.mapping_page",
                "Each column of the file was matched to a field by its header. Check the "
                "matches and choose a field for columns that were not recognised. Fields "
                "marked * are required.",
            ),
        )
        self.table = make_table(
            [
                translate("import_wizard.mapping_page", "Column in the file"),
                translate("import_wizard.mapping_page", "First values"),
                translate("import_wizard.mapping_page", "Import as"),
            ],
            translate("import_wizard.mapping_page", "Column mapping"),
        )
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from combo to combo
        self.problems = QLabel("")
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.TextFormat.PlainText)  # headers are the file's
        self.problems.setStyleSheet(ERROR_STYLE)
        self.unmapped = QLabel("")
        self.unmapped.setWordWrap(True)
        self.unmapped.setTextFormat(Qt.TextFormat.PlainText)
        self.unmapped.setStyleSheet(WARNING_STYLE)
        self.dates_box = QComboBox()
        self.dates_box.addItem(translate("import_wizard.mapping_page", "Choose…"), None)
        for order in DATE_ORDER_TEXT:
            self.dates_box.addItem(date_order_text(order), order.value)
        self.dates_box.setAccessibleName(
            translate("import_wizard.mapping_page", "Dates in this file")
        )
        self.dates_box.currentIndexChanged.connect(lambda _i: self.dates_changed())
        self.dates_label = QLabel(translate("import_wizard.mapping_page", "&Dates in this file:"))
        self.dates_label.setBuddy(self.dates_box)
        dates_row = QHBoxLayout()
        dates_row.addWidget(self.dates_label)
        dates_row.addWidget(self.dates_box)
        dates_row.addStretch(1)
        self.combos: list[QComboBox] = []
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(dates_row)
        layout.addWidget(self.unmapped)
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
            self.table.setItem(
                i,
                0,
                make_item(
                    header
                    or translate("import_wizard.mapping_page", "(column {number})").format(
                        number=i + 1
                    )
                ),
            )
            self.table.setItem(i, 1, make_item(" · ".join(samples[:3]), tip="\n".join(samples)))
            box = QComboBox()
            box.setAccessibleName(
                translate("import_wizard.mapping_page", "Field for column {header}").format(
                    header=header
                )
            )
            box.addItem(words(IGNORE), None)
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
        self.show_dates()
        problems = flow.mapping_problems()
        question = flow.date_question()
        if question is not None:
            problems.append(
                translate(
                    "import_wizard.mapping_page",
                    "{question} Choose how they are written under Dates in this file.",
                ).format(question=question)
            )
        self.problems.setText(" ".join(problems))
        self.problems.setVisible(bool(problems))
        warning = flow.unmapped_warning()
        self.unmapped.setText(warning or "")
        self.unmapped.setVisible(warning is not None)
        self.completeChanged.emit()

    def show_dates(self) -> None:
        """The dates row, when the mapped dates are written with the year last."""
        flow = self.wiz.flow
        assert flow is not None
        scan = flow.date_scan()
        shown = scan.written > 0 or flow.options.dates is not None
        self.dates_label.setVisible(shown)
        self.dates_box.setVisible(shown)
        self._filling = True
        chosen = flow.options.dates or scan.order
        for i in range(1, self.dates_box.count()):
            order = DateOrder(self.dates_box.itemData(i))
            self.dates_box.setItemText(i, detected(date_order_text(order), order is scan.order))
        self.dates_box.setCurrentIndex(max(0, self.dates_box.findData(chosen and chosen.value)))
        self._filling = False

    def dates_changed(self) -> None:
        if self._filling or self.wiz.flow is None:
            return
        data = self.dates_box.currentData()
        self.wiz.flow.set_dates(data if isinstance(data, str) else None)
        self.show_mapping()

    def set_dates(self, order: str | None) -> None:
        """Choose how the file writes dates, as the person would."""
        self.dates_box.setCurrentIndex(max(0, self.dates_box.findData(order)))

    def isComplete(self) -> bool:
        flow = self.wiz.flow
        return (
            flow is not None
            and flow.source is not None
            and not flow.mapping_problems()
            and flow.date_question() is None
        )

    def cleanupPage(self) -> None:
        self.wiz.back_step(Step.MAPPING)
