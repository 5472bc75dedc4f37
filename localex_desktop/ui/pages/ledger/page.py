"""The Ledger page: the journal newest first, its filters, one transaction's entries,
and the bookkeeping actions (reverse, levy, batch transfer, verify).

The journal loads in keyset pages (``ledger.journal(before_id=…)``), so a ledger of
a million entries opens as fast as an empty one; everything else runs on the task
runner too. Posting actions need :attr:`Permission.POST`; verifying only reading.
"""

from __future__ import annotations

from collections.abc import Hashable
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from localex_desktop.domain.roles import Permission
from localex_desktop.services import categories, ledger, verify
from localex_desktop.services.categories import CategoryInfo
from localex_desktop.services.ledger import KINDS, TransactionView
from localex_desktop.services.verify import VerifyReport
from localex_desktop.ui.context import AppContext
from localex_desktop.ui.errors import describe, show_error
from localex_desktop.ui.exporting import export_button, journal_filter
from localex_desktop.ui.models.columns import MoneyFormat, when
from localex_desktop.ui.models.exchange import ExchangeInfo, read_exchange
from localex_desktop.ui.models.lazy_table import Query
from localex_desktop.ui.models.lazy_view import BusyBar, LazyTableView
from localex_desktop.ui.models.list_table import ListTableModel, plain_table
from localex_desktop.ui.pages import PageSpec
from localex_desktop.ui.pages.ledger.batch_dialog import BatchDialog
from localex_desktop.ui.pages.ledger.levy_dialog import LevyDialog
from localex_desktop.ui.pages.ledger.model import (
    KIND_TEXT,
    SYSTEM_ACCOUNT_TEXT,
    LedgerFilters,
    entry_columns,
    journal_model,
)
from localex_desktop.ui.pages.ledger.reverse_dialog import ReverseDialog
from localex_desktop.ui.pages.ledger.verify_dialog import VerifyDialog
from localex_desktop.ui.pages.members.picker import MemberPicker
from localex_desktop.ui.widgets import (
    MUTED_STYLE,
    MessageLabel,
    count_text,
    restore_splitter,
    save_splitter,
)

SPLITTER_KEY = "ledger/splitter"


def _date(edit: QDateEdit) -> date:
    d = edit.date()
    return date(d.year(), d.month(), d.day())


class LedgerPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.money = MoneyFormat()
        self.exchange = ExchangeInfo(self.money.currency, 0)
        self.can_post = ctx.can(Permission.POST)
        self.current: TransactionView | None = None
        self._detail_generation = 0

        # -- filters
        self.member_picker = MemberPicker(ctx, status=None)
        self.member_picker.setPlaceholderText("Any member")
        self.account_box = QComboBox()
        self.account_box.addItem("Any account", None)
        for code, text in SYSTEM_ACCOUNT_TEXT.items():
            self.account_box.addItem(text, code)
        self.kind_box = QComboBox()
        self.kind_box.addItem("Any kind", None)
        for kind in KINDS:
            self.kind_box.addItem(KIND_TEXT.get(kind, kind), kind)
        self.category_box = QComboBox()
        self.category_box.addItem("Any category", None)
        self.since_check = QCheckBox("&Since:")
        self.since_edit = QDateEdit(QDate.currentDate().addMonths(-1))
        self.until_check = QCheckBox("&Until:")
        self.until_edit = QDateEdit(QDate.currentDate())
        for edit in (self.since_edit, self.until_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setEnabled(False)
        self.memo_edit = QLineEdit()
        self.memo_edit.setPlaceholderText("Words in the memo  (Ctrl+F)")
        self.memo_edit.setClearButtonEnabled(True)
        self.clear_button = QPushButton("C&lear filters")
        self.clear_button.clicked.connect(self.clear_filters)

        # -- actions
        self.reverse_button = QPushButton("&Reverse…")
        self.levy_button = QPushButton("Lev&y…")
        self.batch_button = QPushButton("&Batch transfer…")
        self.verify_button = QPushButton("V&erify ledger")
        self.reverse_button.clicked.connect(self.reverse)
        self.levy_button.clicked.connect(self.levy)
        self.batch_button.clicked.connect(self.batch)
        self.verify_button.clicked.connect(self.verify)
        self.banner = QLabel("")
        self.banner.setStyleSheet(MUTED_STYLE)
        self.newest_button = QPushButton("Show &newest")
        self.newest_button.clicked.connect(self.show_newest)
        self.banner.setVisible(False)
        self.newest_button.setVisible(False)

        # -- journal and detail
        self.model = journal_model(ctx, self.money)
        self.table = LazyTableView(self.model, settings=ctx.settings, settings_key="ledger/journal")
        self.table.setAccessibleName("Journal")
        self.entries = ListTableModel(entry_columns(self.money), self)
        self.entries_view = plain_table(self.entries)
        self.entries_view.setAccessibleName("Entries of the selected transaction")
        self.detail_title = QLabel("Select a transaction to see its entries.")
        self.detail_title.setWordWrap(True)
        self.detail_title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 6, 0, 0)
        detail_layout.addWidget(self.detail_title)
        detail_layout.addWidget(self.entries_view, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.message = MessageLabel()
        self.count_label = QLabel("")
        self.count_label.setStyleSheet(MUTED_STYLE)

        self._build_layout()
        self._add_shortcuts()
        self._connect()
        self._restore_splitter()
        self._update_actions()
        # both at once: the currency is almost always back first; if not, the amounts
        # are drawn again when it arrives (refresh_display)
        self.load_exchange()
        self.model.reload()
        self._load_categories()

    # -- set-up -------------------------------------------------------------------------

    def _build_layout(self) -> None:
        filters = QGridLayout()
        filters.setHorizontalSpacing(8)
        filters.setVerticalSpacing(6)

        def labelled(text: str, widget: QWidget) -> QLabel:
            label = QLabel(text)
            label.setBuddy(widget)
            return label

        filters.addWidget(labelled("&Member:", self.member_picker), 0, 0)
        filters.addWidget(self.member_picker, 0, 1)
        filters.addWidget(labelled("&Account:", self.account_box), 0, 2)
        filters.addWidget(self.account_box, 0, 3)
        filters.addWidget(labelled("&Kind:", self.kind_box), 0, 4)
        filters.addWidget(self.kind_box, 0, 5)
        filters.addWidget(labelled("Ca&tegory:", self.category_box), 0, 6)
        filters.addWidget(self.category_box, 0, 7)
        dates = QHBoxLayout()
        dates.setSpacing(6)
        dates.addWidget(self.since_check)
        dates.addWidget(self.since_edit)
        dates.addSpacing(8)
        dates.addWidget(self.until_check)
        dates.addWidget(self.until_edit)
        dates.addStretch(1)
        filters.addLayout(dates, 1, 0, 1, 4)
        filters.addWidget(labelled("Memo &words:", self.memo_edit), 1, 4)
        filters.addWidget(self.memo_edit, 1, 5, 1, 2)
        filters.addWidget(self.clear_button, 1, 7)
        filters.setColumnStretch(1, 2)
        filters.setColumnStretch(3, 1)
        filters.setColumnStretch(5, 1)
        filters.setColumnStretch(7, 1)

        actions = QHBoxLayout()
        for button in self.action_buttons():
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.banner)
        actions.addWidget(self.newest_button)
        self.export_button = export_button(
            self.ctx, self, "transactions", lambda: journal_filter(self.model)
        )
        actions.addWidget(self.export_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.setSpacing(8)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(BusyBar(self.model))
        layout.addWidget(self.splitter, 1)
        layout.addLayout(bottom)

    def action_buttons(self) -> list[QPushButton]:
        return [self.reverse_button, self.levy_button, self.batch_button, self.verify_button]

    def posting_buttons(self) -> list[QPushButton]:
        return [self.reverse_button, self.levy_button, self.batch_button]

    def _add_shortcuts(self) -> None:
        for keys, slot in (
            (QKeySequence.StandardKey.Find, self.focus_memo),
            (QKeySequence.StandardKey.Refresh, self.refresh),
        ):
            action = QAction(self)
            action.setShortcuts(keys)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)

    def _connect(self) -> None:
        self.member_picker.member_changed.connect(self._member_changed)
        self.member_picker.textChanged.connect(self._member_text_changed)
        self.account_box.currentIndexChanged.connect(self._account_changed)
        for box in (self.kind_box, self.category_box):
            box.currentIndexChanged.connect(lambda _i: self.apply_filters())
        for check, edit in (
            (self.since_check, self.since_edit),
            (self.until_check, self.until_edit),
        ):
            check.toggled.connect(edit.setEnabled)
            check.toggled.connect(lambda _b: self.apply_filters())
            edit.dateChanged.connect(lambda _d: self.apply_filters())
        self.memo_edit.textChanged.connect(self.model.set_search)
        self.memo_edit.returnPressed.connect(self.model.apply_search)
        self.table.current_changed.connect(self._selected)
        self.model.reset_done.connect(self._rows_replaced)
        self.model.more_loaded.connect(self._update_count)
        self.model.failed.connect(lambda exc: self.message.show_error(*describe(exc)))
        self.splitter.splitterMoved.connect(lambda *_: self._save_splitter())
        self.ctx.events.settings_changed.connect(self.load_exchange)

    def load_exchange(self) -> None:
        def show(info: ExchangeInfo) -> None:
            self.exchange = info
            self.money.currency = info.currency
            self.model.unit = self.entries.unit = info.currency.symbol
            self.model.refresh_display()
            self.entries.set_rows(self.entries.rows())
            self._show_transaction(self.current)

        self.ctx.query(
            read_exchange,
            show,
            lambda exc: self.message.show_error(*describe(exc)),
            owner=self,
        )

    def _load_categories(self) -> None:
        db, actor = self.ctx.db, self.ctx.actor

        def read() -> list[CategoryInfo]:
            with db.transaction() as session:
                return categories.tree(session, actor)

        def show(found: list[CategoryInfo]) -> None:
            for c in found:
                self.category_box.addItem(c.path, c.id)

        self.ctx.tasks.run(read, show, lambda exc: self.category_box.setEnabled(False), owner=self)

    def _restore_splitter(self) -> None:
        restore_splitter(self.ctx.settings, SPLITTER_KEY, self.splitter, [420, 180])

    def _save_splitter(self) -> None:
        save_splitter(self.ctx.settings, SPLITTER_KEY, self.splitter)

    # -- filters ------------------------------------------------------------------------

    def filters(self) -> LedgerFilters:
        member = self.member_picker.member()
        return LedgerFilters(
            member_id=member.id if member is not None else None,
            account_code=self.account_box.currentData(),
            kind=self.kind_box.currentData(),
            category_id=self.category_box.currentData(),
            since=_date(self.since_edit) if self.since_check.isChecked() else None,
            until=_date(self.until_edit) if self.until_check.isChecked() else None,
        )

    def apply_filters(self, start_at: int | None = None) -> None:
        flt = self.filters()
        if start_at is not None:
            flt = LedgerFilters(start_at=start_at)
        self.banner.setVisible(start_at is not None)
        self.newest_button.setVisible(start_at is not None)
        if start_at is not None:
            self.banner.setText(f"Showing transaction {start_at} and older.")
        if flt != self.model.query.filters:
            self.model.set_filters(flt)

    def _member_changed(self, member: object) -> None:
        if member is not None and self.account_box.currentIndex() != 0:
            self.account_box.blockSignals(True)
            self.account_box.setCurrentIndex(0)  # one account at a time
            self.account_box.blockSignals(False)
        self.apply_filters()

    def _member_text_changed(self, text: str) -> None:
        if not text.strip() and self.model.query.filters is not None:
            self.apply_filters()

    def _account_changed(self) -> None:
        if self.account_box.currentIndex() != 0 and self.member_picker.member() is not None:
            self.member_picker.blockSignals(True)
            self.member_picker.set_member(None)
            self.member_picker.blockSignals(False)
        self.apply_filters()

    def clear_filters(self) -> None:
        for widget in (
            self.member_picker,
            self.account_box,
            self.kind_box,
            self.category_box,
            self.since_check,
            self.until_check,
            self.memo_edit,
        ):
            widget.blockSignals(True)
        self.member_picker.set_member(None)
        for box in (self.account_box, self.kind_box, self.category_box):
            box.setCurrentIndex(0)
        self.since_check.setChecked(False)
        self.until_check.setChecked(False)
        self.since_edit.setEnabled(False)
        self.until_edit.setEnabled(False)
        self.memo_edit.clear()
        for widget in (
            self.member_picker,
            self.account_box,
            self.kind_box,
            self.category_box,
            self.since_check,
            self.until_check,
            self.memo_edit,
        ):
            widget.blockSignals(False)
        self.banner.setVisible(False)
        self.newest_button.setVisible(False)
        self.model.set_query(Query(filters=LedgerFilters()))

    def show_newest(self) -> None:
        self.apply_filters()

    def jump_to(self, transaction_id: int) -> None:
        """Show the journal from ``transaction_id`` down, with it selected."""
        self.clear_filters()

        def select() -> None:
            self.model.reset_done.disconnect(select)
            self.table.select_key(transaction_id, top=True)

        self.model.reset_done.connect(select)
        self.apply_filters(start_at=transaction_id)

    def focus_memo(self) -> None:
        self.memo_edit.setFocus()
        self.memo_edit.selectAll()

    def refresh(self) -> None:
        self.message.clear_message()
        self.table.refresh()

    # -- the selected transaction -------------------------------------------------------

    def _rows_replaced(self) -> None:
        self._update_count()
        key = self.table.selected_key()
        self._selected(key)

    def _update_count(self) -> None:
        self.count_label.setText(
            count_text(self.model.loaded_count(), self.model.has_more, "transaction")
        )

    def _selected(self, key: Hashable | None) -> None:
        self._detail_generation += 1
        if key is None:
            self._show_transaction(None)
            return
        row = self.table.selected_row()
        tx = self.model.row(row) if row is not None else None
        if tx is not None:
            self._show_transaction(tx)
            return
        generation, db, actor = self._detail_generation, self.ctx.db, self.ctx.actor
        assert isinstance(key, int)

        def read() -> TransactionView:
            with db.transaction() as session:
                return ledger.transaction(session, actor, key)

        def show(found: TransactionView) -> None:
            if generation == self._detail_generation:
                self._show_transaction(found)

        self.ctx.tasks.run(read, show, lambda exc: self.message.show_error(*describe(exc)))

    def _show_transaction(self, tx: TransactionView | None) -> None:
        self.current = tx
        self.entries.set_rows(tx.entries if tx is not None else [])
        if tx is None:
            self.detail_title.setText("Select a transaction to see its entries.")
        else:
            lines = [
                f"<b>Transaction {tx.id}</b> · {KIND_TEXT.get(tx.kind, tx.kind)} of "
                f"{self.money.with_symbol(tx.amount)} · {when(tx.posted_at)} · by {tx.actor}"
            ]
            if tx.memo:
                lines.append(f"Memo: {tx.memo}")
            extra = []
            if tx.reverses_id is not None:
                extra.append(f"Reverses transaction {tx.reverses_id}")
            if tx.reason:
                extra.append(f"reason: {tx.reason}")
            if tx.reversed_by is not None:
                extra.append(f"Reversed by transaction {tx.reversed_by}")
            if tx.category_id is not None:
                index = self.category_box.findData(tx.category_id)
                name = self.category_box.itemText(index) if index >= 0 else str(tx.category_id)
                extra.append(f"Category: {name}")
            if extra:
                lines.append("; ".join(extra))
            self.detail_title.setText("<br>".join(_escape(line) for line in lines))
        self._update_actions()

    # -- actions ------------------------------------------------------------------------

    def _update_actions(self) -> None:
        role = self.ctx.actor.role.value
        if not self.can_post:
            why = f"Only coordinators and administrators post to the ledger; you are a {role}."
            for button in self.posting_buttons():
                button.setEnabled(False)
                button.setToolTip(why)
        else:
            self.levy_button.setEnabled(True)
            self.levy_button.setToolTip("Charge every active member the same amount")
            self.batch_button.setEnabled(True)
            self.batch_button.setToolTip("One member pays many, or many pay one, at once")
            tx = self.current
            why_not: str | None = None
            if tx is None:
                why_not = "Select a transaction in the journal first."
            elif tx.kind == "reversal":
                why_not = f"Transaction {tx.id} is itself a reversal."
            elif tx.reversed_by is not None:
                why_not = f"Transaction {tx.id} was already reversed by {tx.reversed_by}."
            self.reverse_button.setEnabled(why_not is None)
            self.reverse_button.setToolTip(
                why_not or "Post the exact opposite of this transaction, with a reason"
            )
        self.verify_button.setToolTip(
            "Check every transaction, hash chain and balance from the entries"
        )

    def reverse(self) -> None:
        tx = self.current
        if tx is None or not self.can_post:
            return
        dialog = ReverseDialog(self.ctx, tx, self.money, self)
        if dialog.exec() and dialog.result_value is not None:
            self.refresh()
            self.message.show_ok(
                f"Transaction {tx.id} is reversed by transaction "
                f"{dialog.result_value.transaction_id}."
            )

    def levy(self) -> None:
        if not self.can_post:
            return
        dialog = LevyDialog(self.ctx, self.exchange.currency, self)
        if dialog.exec() and dialog.result_value is not None:
            result = dialog.result_value
            self.refresh()
            self.message.show_ok(
                f"Posted levy as transaction {result.transaction_id}: "
                f"{self.money.with_symbol(result.total)} in all."
            )

    def batch(self) -> None:
        if not self.can_post:
            return
        dialog = BatchDialog(self.ctx, self.exchange.currency, self)
        if dialog.exec() and dialog.result_value is not None:
            self.refresh()
            self.message.show_ok(
                f"Posted batch as transaction {dialog.result_value.transaction_id}."
            )

    def verify(self) -> None:
        """Check the books on a worker; the result opens in a dialog."""
        db, actor = self.ctx.db, self.ctx.actor
        record = not db.read_only
        self.verify_button.setEnabled(False)
        self.message.show_ok("Verifying the ledger…")

        def check() -> VerifyReport:
            with db.transaction() as session:
                return verify.verify(session, actor, record=record)

        def done(report: VerifyReport) -> None:
            self.verify_button.setEnabled(True)
            self.message.clear_message()
            self.show_report(report)

        def failed(exc: BaseException) -> None:
            self.verify_button.setEnabled(True)
            self.message.clear_message()
            show_error(self, exc)

        self.ctx.tasks.run(check, done, failed, owner=self)

    def show_report(self, report: VerifyReport) -> None:
        dialog = VerifyDialog(report, self)
        dialog.exec()
        if dialog.jump_to is not None:
            self.jump_to(dialog.jump_to)


def _escape(line: str) -> str:
    """Keep the bold markup of the title; escape what came from the data."""
    if line.startswith("<b>"):
        head, _, rest = line.partition("</b>")
        return head + "</b>" + _html(rest)
    return _html(line)


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


PAGE = PageSpec(
    key="ledger",
    title="Ledger",
    icon=QStyle.StandardPixmap.SP_FileDialogContentsView,
    shortcut="Ctrl+5",
    factory=LedgerPage,
)
