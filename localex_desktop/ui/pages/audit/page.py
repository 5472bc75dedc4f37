"""The Audit log page: every change an operator made, newest first, with a diff.

The table loads lazily in keyset pages (``audit.query(before_id=…)``), so a log of
years opens at once; the filters (what, which record, who, from, to) run in the
database. The pane under the table shows the selected change's values before and
after as an indented JSON diff. Everyone who may sign in may read the log; nobody can
change it (the database refuses).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStyle,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from localex_desktop.services import audit
from localex_desktop.services.audit import AuditRow
from localex_desktop.ui.context import AppContext
from localex_desktop.ui.errors import describe
from localex_desktop.ui.exporting import audit_filter, export_button
from localex_desktop.ui.models.columns import Column, when
from localex_desktop.ui.models.lazy_table import LazyTableModel, PageRequest, Query
from localex_desktop.ui.models.lazy_view import BusyBar, LazyTableView
from localex_desktop.ui.pages import PageSpec
from localex_desktop.ui.pages.audit.diff import diff_html, summary
from localex_desktop.ui.widgets import (
    MUTED_STYLE,
    MessageLabel,
    count_text,
    restore_splitter,
    save_splitter,
)

#: what the audit log records changes of (the combo box is editable for others)
ENTITIES = (
    ("member", "Members"),
    ("listing", "Listings"),
    ("trade", "Trades"),
    ("slip_batch", "Slip batches"),
    ("transaction", "Transactions"),
    ("category", "Categories"),
    ("operator", "Operators"),
    ("setting", "Settings"),
    ("database", "Database"),
)
SPLITTER_KEY = "audit/splitter"
TEXT_DELAY_MS = 300


@dataclass(frozen=True)
class AuditFilters:
    entity: str | None = None
    entity_id: str | None = None
    operator: str | None = None
    since: date | None = None
    until: date | None = None


def audit_columns() -> list[Column[AuditRow]]:
    return [
        Column("No.", lambda r: str(r.id), numeric=True, width=6),
        Column("When", lambda r: when(r.at), width=17),
        Column("Operator", lambda r: r.actor, width=12),
        Column("Action", lambda r: r.action, width=9),
        Column("What", lambda r: r.entity, width=9),
        Column("Record", lambda r: r.entity_id or "", numeric=True, width=7),
        Column("Change", summary, width=30, stretch=True, tooltip=summary),
    ]


def audit_model(ctx: AppContext) -> LazyTableModel[AuditRow]:
    """Audit rows newest first, keyset-paged by id; the query's filters: AuditFilters."""
    db, actor = ctx.db, ctx.actor

    def fetch(request: PageRequest) -> list[AuditRow]:
        f = request.query.filters
        if not isinstance(f, AuditFilters):
            f = AuditFilters()
        with db.transaction() as session:
            return audit.query(
                session,
                actor,
                entity=f.entity,
                entity_id=f.entity_id,
                operator=f.operator,
                since=f.since,
                until=f.until,
                before_id=request.after_key,
                limit=request.limit,
            )

    return LazyTableModel(
        ctx.tasks, audit_columns(), fetch, lambda r: r.id, query=Query(), page_size=200
    )


def _date(edit: QDateEdit) -> date:
    d = edit.date()
    return date(d.year(), d.month(), d.day())


class AuditPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx

        # -- filters
        self.entity_box = QComboBox()
        self.entity_box.setEditable(True)
        self.entity_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.entity_box.addItem("Everything", "")
        for value, text in ENTITIES:
            self.entity_box.addItem(text, value)
        self.entity_box.setToolTip("What was changed (choose, or type an entity name)")
        self.entity_box.setMinimumContentsLength(12)
        entity_label = QLabel("&What:")
        entity_label.setBuddy(self.entity_box)
        self.record_edit = QLineEdit()
        self.record_edit.setPlaceholderText("Any")
        self.record_edit.setMaximumWidth(90)
        self.record_edit.setClearButtonEnabled(True)
        self.record_edit.setToolTip("Only this record (e.g. member number 12); needs 'What'")
        record_label = QLabel("&Record:")
        record_label.setBuddy(self.record_edit)
        self.operator_edit = QLineEdit()
        self.operator_edit.setPlaceholderText("Anyone")
        self.operator_edit.setClearButtonEnabled(True)
        self.operator_edit.setMaximumWidth(170)
        self.operator_edit.setToolTip("Only changes by this operator (user name, e.g. anna)")
        operator_label = QLabel("&Operator:")
        operator_label.setBuddy(self.operator_edit)
        self.since_check = QCheckBox("&From:")
        self.since_edit = QDateEdit(QDate.currentDate().addMonths(-1))
        self.until_check = QCheckBox("&To:")
        self.until_edit = QDateEdit(QDate.currentDate())
        for edit in (self.since_edit, self.until_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setEnabled(False)
        self.clear_button = QPushButton("C&lear filters")
        self.clear_button.clicked.connect(self.clear_filters)

        # -- table and detail
        self.model = audit_model(ctx)
        self.table = LazyTableView(self.model, settings=ctx.settings, settings_key="audit/table")
        self.table.setAccessibleName("Audit log")
        self.detail_title = QLabel("Select a change to see the values before and after.")
        self.detail_title.setWordWrap(True)
        self.detail_title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail = QTextBrowser()
        self.detail.setAccessibleName("Values before and after")
        self.detail.setOpenLinks(False)
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.TypeWriter)
        self.detail.setFont(mono)
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 6, 0, 0)
        detail_layout.addWidget(self.detail_title)
        detail_layout.addWidget(self.detail, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.count_label = QLabel("")
        self.count_label.setStyleSheet(MUTED_STYLE)
        self.message = MessageLabel()

        top = QHBoxLayout()
        for widget in (
            entity_label,
            self.entity_box,
            record_label,
            self.record_edit,
            operator_label,
            self.operator_edit,
            self.since_check,
            self.since_edit,
            self.until_check,
            self.until_edit,
        ):
            top.addWidget(widget)
        top.addStretch(1)
        top.addWidget(self.clear_button)
        self.export_button = export_button(ctx, self, "audit", lambda: audit_filter(self._applied))
        top.addWidget(self.export_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(BusyBar(self.model))
        layout.addWidget(self.splitter, 1)
        layout.addLayout(bottom)

        # -- wiring
        self._text_timer = QTimer(self)
        self._text_timer.setSingleShot(True)
        self._text_timer.setInterval(TEXT_DELAY_MS)
        self._text_timer.timeout.connect(self.apply_filters)
        self.entity_box.currentIndexChanged.connect(lambda _i: self.apply_filters())
        entity_line = self.entity_box.lineEdit()
        assert entity_line is not None  # the box is editable
        entity_line.editingFinished.connect(self.apply_filters)
        for line in (self.record_edit, self.operator_edit):
            line.textChanged.connect(lambda _t: self._text_timer.start())
            line.returnPressed.connect(self.apply_filters)
        for check, edit in (
            (self.since_check, self.since_edit),
            (self.until_check, self.until_edit),
        ):
            check.toggled.connect(edit.setEnabled)
            check.toggled.connect(lambda _on: self.apply_filters())
            edit.dateChanged.connect(lambda _d: self.apply_filters())
        self.table.current_changed.connect(lambda _key: self.show_selected())
        self.model.reset_done.connect(self._rows_replaced)
        self.model.more_loaded.connect(self._update_count)
        self.model.failed.connect(lambda exc: self.message.show_error(*describe(exc)))
        self.splitter.splitterMoved.connect(lambda *_: self._save_splitter())
        for keys, slot in (
            (QKeySequence.StandardKey.Find, self.focus_filters),
            (QKeySequence.StandardKey.Refresh, self.refresh),
        ):
            action = QAction(self)
            action.setShortcuts(keys)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
        self._restore_splitter()
        self._applied = AuditFilters()
        self.model.set_filters(self._applied)

    # -- filters ----------------------------------------------------------------------

    def filters(self) -> AuditFilters:
        index = self.entity_box.currentIndex()
        text = self.entity_box.currentText().strip()
        if index >= 0 and self.entity_box.itemText(index) == text:
            entity = str(self.entity_box.itemData(index) or "")
        else:  # typed: an entity name such as "member", or one of the titles
            entity = next(
                (value for value, title in ENTITIES if title.lower() == text.lower()),
                text.lower(),
            )
        record = self.record_edit.text().strip()
        operator = self.operator_edit.text().strip()
        return AuditFilters(
            entity=entity or None,
            entity_id=record or None,
            operator=operator or None,
            since=_date(self.since_edit) if self.since_check.isChecked() else None,
            until=_date(self.until_edit) if self.until_check.isChecked() else None,
        )

    def apply_filters(self) -> None:
        """Query again if the filters differ from the ones the table shows."""
        self._text_timer.stop()
        wanted = self.filters()
        if wanted == self._applied:
            return
        if wanted.since and wanted.until and wanted.since > wanted.until:
            self.message.show_error("The 'From' date is after the 'To' date.")
            return
        self.message.clear_message()
        self._applied = wanted
        self.model.set_filters(wanted)

    def clear_filters(self) -> None:
        for widget in (
            self.entity_box,
            self.record_edit,
            self.operator_edit,
            self.since_check,
            self.until_check,
        ):
            widget.blockSignals(True)
        self.entity_box.setCurrentIndex(0)
        self.record_edit.clear()
        self.operator_edit.clear()
        self.since_check.setChecked(False)
        self.until_check.setChecked(False)
        self.since_edit.setEnabled(False)
        self.until_edit.setEnabled(False)
        for widget in (
            self.entity_box,
            self.record_edit,
            self.operator_edit,
            self.since_check,
            self.until_check,
        ):
            widget.blockSignals(False)
        self.apply_filters()

    def focus_filters(self) -> None:
        self.operator_edit.setFocus()
        self.operator_edit.selectAll()

    # -- table ------------------------------------------------------------------------

    def refresh(self) -> None:
        """Fetch again, keeping the selection and the scroll position."""
        self.message.clear_message()
        self.table.refresh()

    def live_refresh(self, _tables: frozenset[str]) -> None:
        # every change an operator makes writes an audit row with it
        self.table.refresh()

    def _rows_replaced(self) -> None:
        self._update_count()
        self.show_selected()

    def _update_count(self) -> None:
        self.count_label.setText(
            count_text(self.model.loaded_count(), self.model.has_more, "change")
        )

    def selected(self) -> AuditRow | None:
        row = self.table.selected_row()
        return None if row is None else self.model.row(row)

    def show_selected(self) -> None:
        row = self.selected()
        if row is None:
            self.detail_title.setText("Select a change to see the values before and after.")
            self.detail.clear()
            return
        record = f" {row.entity_id}" if row.entity_id else ""
        self.detail_title.setText(
            f"<b>{row.action.capitalize()} {row.entity}{record}</b> by {row.actor} "
            f"on {when(row.at)} (change {row.id}). "
            "<span style='background-color:#fbe3e0'>&nbsp;− before&nbsp;</span> "
            "<span style='background-color:#e2f2e6'>&nbsp;+ after&nbsp;</span>"
        )
        self.detail.setHtml(diff_html(row.before, row.after))

    def _restore_splitter(self) -> None:
        restore_splitter(self.ctx.settings, SPLITTER_KEY, self.splitter, [420, 260])

    def _save_splitter(self) -> None:
        save_splitter(self.ctx.settings, SPLITTER_KEY, self.splitter)


PAGE = PageSpec(
    key="audit",
    title="Audit log",
    icon=QStyle.StandardPixmap.SP_FileDialogContentsView,
    shortcut="Ctrl+6",
    factory=AuditPage,
)
