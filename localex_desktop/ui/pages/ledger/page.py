"""The Ledger page: the journal newest first, its filters, one transaction's entries,
and the bookkeeping actions (reverse, levy, batch transfer, verify).

A declaration on :class:`ListPage`: the journal loads in keyset pages
(:func:`.model.fetch_journal`, ``ledger.journal(before_id=…)``), so a ledger of a
million entries opens as fast as an empty one; the filters are a grid of cells; the
entries of the selected transaction show under the journal. Every posting is one
service call through ``ctx.op`` and the journal refreshes from the tables it wrote.
Posting actions need :attr:`Permission.POST`; verifying only reading.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton, QWidget
from sqlalchemy.orm import Session

from localex_desktop.domain.roles import Actor, Permission
from localex_desktop.services import categories, ledger, verify
from localex_desktop.services.categories import CategoryInfo
from localex_desktop.services.ledger import KINDS, TransactionView
from localex_desktop.services.verify import VerifyReport
from localex_desktop.ui.context import AppContext
from localex_desktop.ui.errors import describe, show_error
from localex_desktop.ui.exporting import export_button, journal_filter
from localex_desktop.ui.i18n import translate
from localex_desktop.ui.list_page import (
    Choice,
    DateRange,
    Filter,
    ListPage,
    RowAction,
    service_model,
)
from localex_desktop.ui.models.exchange import ExchangeInfo
from localex_desktop.ui.models.lazy_table import Query
from localex_desktop.ui.pages.ledger.batch_dialog import BatchDialog
from localex_desktop.ui.pages.ledger.detail import TransactionDetail
from localex_desktop.ui.pages.ledger.levy_dialog import LevyDialog
from localex_desktop.ui.pages.ledger.model import (
    SYSTEM_ACCOUNT_TEXT,
    LedgerFilters,
    account_words,
    fetch_journal,
    journal_columns,
    kind_words,
)
from localex_desktop.ui.pages.ledger.reverse_dialog import ReverseDialog
from localex_desktop.ui.pages.ledger.verify_dialog import VerifyDialog
from localex_desktop.ui.pages.members.picker import MemberPicker
from localex_desktop.ui.widgets import MUTED_STYLE


def account_choice() -> Choice:
    return Choice(
        "account",
        translate("pages.ledger.page", "&Account:"),
        [
            (translate("pages.ledger.page", "Any account"), None),
            *((account_words(c), c) for c in SYSTEM_ACCOUNT_TEXT),
        ],
    )


def kind_choice() -> Choice:
    return Choice(
        "kind",
        translate("pages.ledger.page", "&Kind:"),
        [(translate("pages.ledger.page", "Any kind"), None), *((kind_words(k), k) for k in KINDS)],
    )


def category_choice() -> Choice:
    return Choice(
        "category",
        translate("pages.ledger.page", "Ca&tegory:"),
        [(translate("pages.ledger.page", "Any category"), None)],
    )


def cannot_post() -> str:
    return translate(
        "pages.ledger.page",
        "Only coordinators and administrators post to the ledger; you are a {role}.",
    )


def why_not_reverse(tx: TransactionView) -> str | None:
    if tx.kind == "reversal":
        return translate("pages.ledger.page", "Transaction {number} is itself a reversal.").format(
            number=tx.id
        )
    if tx.reversed_by is not None:
        return translate(
            "pages.ledger.page", "Transaction {number} was already reversed by {reversal}."
        ).format(number=tx.id, reversal=tx.reversed_by)
    return None


class LedgerPage(ListPage[TransactionView]):
    key = "ledger"
    watches = frozenset({"transactions", "entries", "accounts", "members"})

    def count_words(self, n: int) -> str:
        return translate("pages.ledger.page", "%Ln transaction(s)", None, n)

    def select_first_words(self) -> str:
        return translate("pages.ledger.page", "Select a transaction in the journal first.")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.can_post = ctx.can(Permission.POST)
        self.current: TransactionView | None = None
        self._detail_generation = 0
        self._verifying = False
        self._start_at: int | None = None  # "jump to": that transaction and older ones
        self.member_picker = MemberPicker(ctx, status=None)
        self.member_picker.setPlaceholderText(translate("pages.ledger.page", "Any member"))
        self.dates = DateRange(
            translate("pages.ledger.page", "&Since:"), translate("pages.ledger.page", "&Until:")
        )
        self.detail = TransactionDetail(self.money)
        self.detail_title, self.entries = self.detail.title, self.detail.entries
        self.banner = QLabel("")
        self.banner.setStyleSheet(MUTED_STYLE)
        self.newest_button = QPushButton(translate("pages.ledger.page", "Show &newest"))
        self.newest_button.setToolTip(
            translate("pages.ledger.page", "Show the whole journal again, newest first")
        )
        self.newest_button.clicked.connect(self.show_newest)
        self.banner.setVisible(False)
        self.newest_button.setVisible(False)
        model = service_model(
            ctx,
            journal_columns(self.money),
            fetch_journal,
            lambda t: t.id,
            query=Query(filters=LedgerFilters()),
            page_size=100,
        )
        self.export_button = export_button(
            ctx, self, "transactions", lambda: journal_filter(self.model)
        )
        memo = self.make_search(
            translate("pages.ledger.page", "Words in the memo"),
            translate("pages.ledger.page", "Search memos"),
        )
        account, kind, category = account_choice(), kind_choice(), category_choice()
        grid = [
            [
                Filter(translate("pages.ledger.page", "&Member:"), self.member_picker, stretch=2),
                Filter(account.label, self.make_choice(account), stretch=1),
                Filter(kind.label, self.make_choice(kind)),
                Filter(category.label, self.make_choice(category), stretch=1),
            ],
            [
                Filter("", self.dates, span=4),
                Filter(translate("pages.ledger.page", "Memo &words:"), memo, span=2, stretch=1),
                Filter("", self.make_clear_button()),
            ],
        ]
        self.build(
            model,
            filter_grid=grid,
            actions=self._actions(),
            detail=self.detail,
            vertical=True,
            sizes=(420, 180),
            trailing=[self.banner, self.newest_button, self.export_button],
            table_name=translate("pages.ledger.page", "Journal"),
        )
        self.memo_edit = memo
        self.account_box = self.choices["account"]
        self.kind_box = self.choices["kind"]
        self.category_box = self.choices["category"]
        self.member_picker.member_changed.connect(lambda _m: self.filters_changed())
        self.member_picker.textChanged.connect(self._member_text_changed)
        self.dates.changed.connect(self.filters_changed)
        self.start()
        self._load_categories()

    def _actions(self) -> list[RowAction[TransactionView]]:
        post, denied = Permission.POST, cannot_post()
        return [
            RowAction(
                "reverse",
                translate("pages.ledger.page", "&Reverse…"),
                self.reverse,
                translate(
                    "pages.ledger.page",
                    "Post the exact opposite of this transaction, with a reason",
                ),
                post,
                why_not=why_not_reverse,
                denied=denied,
            ),
            RowAction(
                "levy",
                translate("pages.ledger.page", "Lev&y…"),
                self.levy,
                translate("pages.ledger.page", "Charge every active member the same amount"),
                post,
                needs_row=False,
                denied=denied,
            ),
            RowAction(
                "batch",
                translate("pages.ledger.page", "&Batch transfer…"),
                self.batch,
                translate("pages.ledger.page", "One member pays many, or many pay one, at once"),
                post,
                needs_row=False,
                denied=denied,
            ),
            RowAction(
                "verify",
                translate("pages.ledger.page", "V&erify ledger"),
                self.verify,
                translate(
                    "pages.ledger.page",
                    "Check every transaction, hash chain and balance from the entries",
                ),
                needs_row=False,
                why_not_now=lambda: (
                    translate("pages.ledger.page", "The ledger is being verified…")
                    if self._verifying
                    else None
                ),
            ),
        ]

    def action_buttons(self) -> list[QPushButton]:
        return [self.buttons[k] for k in ("reverse", "levy", "batch", "verify")]

    def posting_buttons(self) -> list[QPushButton]:
        return [self.buttons[k] for k in ("reverse", "levy", "batch")]

    def _load_categories(self) -> None:
        def show(found: list[CategoryInfo]) -> None:
            for c in found:
                self.category_box.addItem(c.path, c.id)

        self.ctx.query(
            categories.tree, show, lambda _exc: self.category_box.setEnabled(False), owner=self
        )

    # -- filters ------------------------------------------------------------------------

    def filter_values(self) -> LedgerFilters:
        if self._start_at is not None:
            return LedgerFilters(start_at=self._start_at)
        member = self.member_picker.member()
        return LedgerFilters(
            member_id=member.id if member is not None else None,
            account_code=self.account_box.currentData(),
            kind=self.kind_box.currentData(),
            category_id=self.category_box.currentData(),
            since=self.dates.since(),
            until=self.dates.until(),
        )

    def filters_changed(self) -> None:
        """A filter changed: leave "jump to", keep one account at a time, query again."""
        self._start_at = None
        self._one_account()
        self.apply_filters()

    def _one_account(self) -> None:
        """A member and a system account at once: the one just chosen wins."""
        shown = self.model.query.filters
        account = self.account_box.currentData()
        if account is None or self.member_picker.member() is None:
            return
        if isinstance(shown, LedgerFilters) and shown.account_code != account:
            blocked = self.member_picker.blockSignals(True)
            self.member_picker.set_member(None)
            self.member_picker.blockSignals(blocked)
        else:
            blocked = self.account_box.blockSignals(True)
            self.account_box.setCurrentIndex(0)
            self.account_box.blockSignals(blocked)

    def apply_filters(self) -> None:
        """Query again if the filters differ from the ones the journal shows."""
        wanted = self.filter_values()
        self._show_banner()
        if wanted != self.model.query.filters:
            self.model.set_filters(wanted)

    def _member_text_changed(self, text: str) -> None:
        if not text.strip():
            self.filters_changed()

    def clear_extra_filters(self) -> None:
        self.member_picker.set_member(None)
        self.dates.clear()

    def clear_filters(self) -> None:
        self._start_at = None
        super().clear_filters()
        self._show_banner()

    def _show_banner(self) -> None:
        jumped = self._start_at is not None
        self.banner.setText(
            translate("pages.ledger.page", "Showing transaction {number} and older.").format(
                number=self._start_at
            )
            if jumped
            else ""
        )
        self.banner.setVisible(jumped)
        self.newest_button.setVisible(jumped)

    def show_newest(self) -> None:
        self.filters_changed()

    def jump_to(self, transaction_id: int) -> None:
        """Show the journal from ``transaction_id`` down, with it selected at the top."""

        def select() -> None:
            self.model.reset_done.disconnect(select)
            self.table.select_key(transaction_id, top=True)

        self.model.reset_done.connect(select)
        self._start_at = transaction_id
        ListPage.clear_filters(self)  # keeps the start
        self._show_banner()

    # -- the selected transaction -------------------------------------------------------

    def selected(self) -> TransactionView | None:
        """The selected transaction, also while its row is fetched again (scrolled away)."""
        row = super().selected()
        if row is not None:
            return row
        key = self.table.selected_key()
        current = self.current
        return current if current is not None and key == current.id else None

    def show_detail(self, row: TransactionView | None) -> None:
        self._detail_generation += 1
        key = self.table.selected_key()
        if row is None and isinstance(key, int):
            self._read_transaction(key)
        else:
            self._show_transaction(row)

    def _read_transaction(self, transaction_id: int) -> None:
        generation = self._detail_generation

        def read(session: Session, actor: Actor) -> TransactionView:
            return ledger.transaction(session, actor, transaction_id)

        def show(found: TransactionView) -> None:
            if generation == self._detail_generation:
                self._show_transaction(found)
                self.update_actions()

        self.ctx.query(read, show, lambda exc: self.message.show_error(*describe(exc)), owner=self)

    def _show_transaction(self, tx: TransactionView | None) -> None:
        self.current = tx
        self.detail.show_transaction(tx, self._category_name)

    def _category_name(self, category_id: int) -> str:
        index = self.category_box.findData(category_id)
        return self.category_box.itemText(index) if index >= 0 else str(category_id)

    def exchange_changed(self, info: ExchangeInfo) -> None:
        self.detail.set_unit(info.currency.symbol)
        self._show_transaction(self.current)

    # -- actions ------------------------------------------------------------------------

    def reverse(self) -> None:
        tx = self.selected()
        if tx is None or not self.can_post:
            return
        reversal = ReverseDialog(self.ctx, tx, self.money, self).run()
        if reversal is not None:
            text = translate(
                "pages.ledger.page", "Transaction {number} is reversed by transaction {reversal}."
            ).format(number=tx.id, reversal=reversal.transaction_id)
            self.reveal(tx.id, text)

    def levy(self) -> None:
        if not self.can_post:
            return
        result = LevyDialog(self.ctx, self.exchange.currency, self).run()
        if result is not None:
            self.reveal(
                result.transaction_id,
                translate(
                    "pages.ledger.page", "Posted levy as transaction {number}: {total} in all."
                ).format(number=result.transaction_id, total=self.money.with_symbol(result.total)),
            )

    def batch(self) -> None:
        if not self.can_post:
            return
        posted = BatchDialog(self.ctx, self.exchange.currency, self).run()
        if posted is not None:
            tx_id = posted.transaction_id
            self.reveal(
                tx_id,
                translate("pages.ledger.page", "Posted batch as transaction {number}.").format(
                    number=tx_id
                ),
            )

    def verify(self) -> None:
        """Check the books on a worker; the result opens in a dialog.

        The outcome is recorded (for the dashboard) unless the database is read-only,
        a backup under review: then it is a plain read.
        """
        record = not self.ctx.db.read_only
        self._verifying = True
        self.update_actions()
        self.message.show_ok(translate("pages.ledger.page", "Verifying the ledger…"))

        def check(session: Session, actor: Actor) -> VerifyReport:
            return verify.verify(session, actor, record=record)

        def finished() -> None:
            self._verifying = False
            self.update_actions()
            self.message.clear_message()

        def done(report: VerifyReport) -> None:
            finished()
            self.show_report(report)

        def failed(exc: BaseException) -> None:
            finished()
            show_error(self, exc)

        run = self.ctx.op if record else self.ctx.query
        run(check, done, failed, owner=self)

    def show_report(self, report: VerifyReport) -> None:
        dialog = VerifyDialog(report, self)
        dialog.exec()
        if dialog.jump_to is not None:
            self.jump_to(dialog.jump_to)
