"""The Audit log page: every change an operator made, newest first, with a diff.

A declaration on :class:`ListPage`: the table loads lazily in keyset pages
(:func:`.model.fetch_audit`, ``audit.query(before_id=…)``), so a log of years opens at
once; the search (names, memos, any value before or after, ignoring case and accents)
and the filters (what, which record, who, from, to) run in the database. The pane
under the table shows the selected change's values before and after as an indented
JSON diff. Everyone who may sign in may read the log; nobody can change it (the
database refuses).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from localex_desktop.services.audit import AuditRow
from localex_desktop.services.fields import listed
from localex_desktop.services.fields.audit import FIELDS as AUDIT_FIELDS
from localex_desktop.services.work import VISIBLE_TABLES
from localex_desktop.ui.context import AppContext
from localex_desktop.ui.exporting import audit_filter, export_button
from localex_desktop.ui.i18n import translate, translate_marked
from localex_desktop.ui.list_page import DateRange, Filter, ListPage, service_model
from localex_desktop.ui.models.columns import Column, MoneyFormat, field_columns, when
from localex_desktop.ui.models.lazy_table import Query
from localex_desktop.ui.pages.audit.diff import ADDED_BG, REMOVED_BG, diff_html, summary
from localex_desktop.ui.pages.audit.model import ENTITIES, AuditFilters, fetch_audit
from localex_desktop.ui.widgets import single_shot

TEXT_DELAY_MS = 300


def nothing_selected() -> str:
    """The pane's title while no change is selected, translated."""
    return translate("pages.audit.page", "Select a change to see the values before and after.")


def legend() -> str:
    """What the tints of the diff mean, translated."""
    before = translate("pages.audit.page", "before")
    after = translate("pages.audit.page", "after")
    return (
        f"<span style='background-color:{REMOVED_BG}'>&nbsp;− {before}&nbsp;</span> "
        f"<span style='background-color:{ADDED_BG}'>&nbsp;+ {after}&nbsp;</span>"
    )


__all__ = ["AuditFilters", "AuditPage", "audit_columns", "title_html"]


def audit_columns() -> list[Column[AuditRow]]:
    """The log's columns: the audit fields (``services.fields.audit``)."""
    return field_columns(listed(AUDIT_FIELDS), MoneyFormat(), tooltips={"change": summary})


def title_html(row: AuditRow) -> str:
    """What was done to which record, by whom and when; the data escaped as typed."""
    record = f" {row.entity_id}" if row.entity_id else ""
    what = escape(f"{row.action.capitalize()} {row.entity}{record}")  # stored words: data
    return translate(
        "pages.audit.page", "<b>{what}</b> by {actor} on {when} (change {id}). {legend}"
    ).format(
        what=what, actor=escape(row.actor), when=escape(when(row.at)), id=row.id, legend=legend()
    )


class AuditPage(ListPage[AuditRow]):
    key = "audit"
    #: every change an operator makes writes an audit row with it
    watches = VISIBLE_TABLES

    def count_words(self, n: int) -> str:
        return translate("pages.audit.page", "%Ln change(s)", None, n)

    def select_first_words(self) -> str:
        return translate("pages.audit.page", "Select a change in the list first.")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.entity_box = QComboBox()
        self.entity_box.setEditable(True)
        self.entity_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.entity_box.addItem(translate("pages.audit.page", "Everything"), "")
        for value, text in ENTITIES:
            self.entity_box.addItem(translate_marked("pages.audit.model", text), value)
        self.entity_box.setToolTip(
            translate("pages.audit.page", "What was changed (choose, or type an entity name)")
        )
        self.entity_box.setMinimumContentsLength(12)
        self.record_edit = QLineEdit()
        self.record_edit.setPlaceholderText(translate("pages.audit.page", "Any"))
        self.record_edit.setClearButtonEnabled(True)
        self.record_edit.setMaximumWidth(90)
        self.record_edit.setToolTip(
            translate("pages.audit.page", "Only this record (e.g. member number 12); needs 'What'")
        )
        self.operator_edit = QLineEdit()
        self.operator_edit.setPlaceholderText(translate("pages.audit.page", "Anyone"))
        self.operator_edit.setClearButtonEnabled(True)
        self.operator_edit.setMaximumWidth(170)
        self.operator_edit.setToolTip(
            translate("pages.audit.page", "Only changes by this operator (user name, e.g. anna)")
        )
        self.dates = DateRange(
            translate("pages.audit.page", "&From:"), translate("pages.audit.page", "&To:")
        )
        self.detail_title = QLabel(nothing_selected())
        self.detail_title.setWordWrap(True)
        self.detail_title.setTextFormat(Qt.TextFormat.RichText)
        self.detail_title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail = QTextBrowser()
        self.detail.setAccessibleName(translate("pages.audit.page", "Values before and after"))
        self.detail.setOpenLinks(False)
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.TypeWriter)
        self.detail.setFont(mono)
        panel = QWidget()
        panel_layout = QVBoxLayout(panel)
        panel_layout.setContentsMargins(0, 6, 0, 0)
        panel_layout.addWidget(self.detail_title)
        panel_layout.addWidget(self.detail, 1)

        model = service_model(
            ctx, audit_columns(), fetch_audit, lambda r: r.id, query=Query(filters=AuditFilters())
        )
        self.export_button = export_button(
            ctx, self, "audit", lambda: audit_filter(self.model.query.filters)
        )
        search = self.make_search(
            translate("pages.audit.page", "Names, memos, values"),
            translate("pages.audit.page", "Search changes"),
        )
        grid = [
            [
                Filter(translate("pages.audit.page", "&Search:"), search, span=3, stretch=1),
                Filter(translate("pages.audit.page", "&What:"), self.entity_box),
                Filter(translate("pages.audit.page", "&Record:"), self.record_edit),
            ],
            [
                Filter(translate("pages.audit.page", "&Operator:"), self.operator_edit),
                Filter("", self.dates, span=4, stretch=1),
                Filter("", self.make_clear_button(translate("pages.audit.page", "C&lear filters"))),
                Filter("", self.export_button),
            ],
        ]
        self.build(
            model,
            filter_grid=grid,
            detail=panel,
            vertical=True,
            sizes=(420, 260),
            table_name=translate("pages.audit.page", "Audit log"),
        )

        self._text_timer = single_shot(self, TEXT_DELAY_MS, self.apply_filters)
        self.entity_box.currentIndexChanged.connect(lambda _i: self.apply_filters())
        entity_line = self.entity_box.lineEdit()
        assert entity_line is not None  # the box is editable
        entity_line.editingFinished.connect(self.apply_filters)
        for line in (self.record_edit, self.operator_edit):
            line.textChanged.connect(lambda _t: self._text_timer.start())
            line.returnPressed.connect(self.apply_filters)
        self.dates.changed.connect(self.apply_filters)
        self.start()

    # -- filters ----------------------------------------------------------------------

    def filter_values(self) -> AuditFilters:
        index = self.entity_box.currentIndex()
        text = self.entity_box.currentText().strip()
        if index >= 0 and self.entity_box.itemText(index) == text:
            entity = str(self.entity_box.itemData(index) or "")
        else:  # typed: an entity name such as "member", or one of the titles
            typed = text.casefold()
            entity = next(
                (
                    value
                    for value, title in ENTITIES
                    if typed
                    in (title.casefold(), translate_marked("pages.audit.model", title).casefold())
                ),
                text.lower(),
            )
        record = self.record_edit.text().strip()
        operator = self.operator_edit.text().strip()
        return AuditFilters(
            entity=entity or None,
            entity_id=record or None,
            operator=operator or None,
            since=self.dates.since(),
            until=self.dates.until(),
        )

    def filters_changed(self) -> None:
        self.apply_filters()

    def apply_filters(self) -> None:
        """Query again if the filters differ from the ones the table shows."""
        self._text_timer.stop()
        wanted = self.filter_values()
        if wanted == self.model.query.filters:
            return
        if wanted.since and wanted.until and wanted.since > wanted.until:
            self.message.show_error(
                translate("pages.audit.page", "The 'From' date is after the 'To' date.")
            )
            return
        self.message.clear_message()
        self.model.set_filters(wanted)

    def clear_extra_filters(self) -> None:
        self._text_timer.stop()
        self.entity_box.setCurrentIndex(0)
        self.record_edit.clear()
        self.operator_edit.clear()
        self.dates.clear()

    # -- the selected change ----------------------------------------------------------

    def show_detail(self, row: AuditRow | None) -> None:
        if row is None:
            self.detail_title.setText(nothing_selected())
            self.detail.clear()
            return
        self.detail_title.setText(title_html(row))
        self.detail.setHtml(diff_html(row.before, row.after))
