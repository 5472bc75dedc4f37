"""Levy…: charge every active member the same amount, previewed before it is posted.

"Preview" asks ``ledger.levy(dry_run=True)`` who would be charged and who would go
past their credit limit; "Post levy" is enabled only once a preview of exactly the
amount, account and options on screen has been seen.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)
from sqlalchemy.orm import Session

from localex_desktop.domain.errors import ValidationError
from localex_desktop.domain.money import Currency, format_amount, parse_amount
from localex_desktop.domain.roles import Actor
from localex_desktop.services import ledger
from localex_desktop.services.ledger import MAX_MEMO, LevyLine, LevyResult
from localex_desktop.services.work import Work
from localex_desktop.ui.context import AppContext
from localex_desktop.ui.errors import describe
from localex_desktop.ui.fit import fit_to_contents
from localex_desktop.ui.i18n import translate
from localex_desktop.ui.models.columns import NEGATIVE_COLOR, Column, MoneyFormat
from localex_desktop.ui.models.list_table import ListTableModel, plain_table
from localex_desktop.ui.pages.ledger.model import account_words
from localex_desktop.ui.pages.members.form_dialog import FormDialog, checked
from localex_desktop.ui.widgets import MUTED_STYLE, MessageLabel

LEVY_ACCOUNTS = ("community_fund", "fees")


@dataclass(frozen=True)
class LevyParams:
    amount: int
    to_account: str
    skip_over_limit: bool


def levy_columns(money: MoneyFormat) -> list[Column[LevyLine]]:
    no_limit = translate("pages.ledger.levy_dialog", "no limit")
    passed = translate("pages.ledger.levy_dialog", "would be passed")
    return [
        Column(
            translate("pages.ledger.levy_dialog", "No."),
            lambda ln: str(ln.member_id),
            numeric=True,
            width=6,
        ),
        Column(
            translate("pages.ledger.levy_dialog", "Member"),
            lambda ln: ln.name,
            width=22,
            stretch=True,
        ),
        Column(
            translate("pages.ledger.levy_dialog", "Balance"),
            lambda ln: money.text(ln.balance),
            numeric=True,
            unit=True,
            width=12,
        ),
        Column(
            translate("pages.ledger.levy_dialog", "Available"),
            lambda ln: money.text(ln.available) if ln.available is not None else no_limit,
            numeric=True,
            unit=True,
            width=12,
        ),
        Column(
            translate("pages.ledger.levy_dialog", "Credit limit"),
            lambda ln: passed if ln.would_break_limit else "",
            width=15,
            color=lambda ln: NEGATIVE_COLOR if ln.would_break_limit else None,
        ),
    ]


class LevyDialog(FormDialog[LevyResult]):
    def __init__(self, ctx: AppContext, currency: Currency, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx,
            translate("pages.ledger.levy_dialog", "Levy"),
            translate("pages.ledger.levy_dialog", "&Post levy"),
            parent,
        )
        self.setMinimumWidth(640)
        self.currency = currency
        self.money = MoneyFormat(currency)
        self.key = f"ui-levy-{uuid.uuid4()}"
        self.preview: LevyResult | None = None
        self.previewed: LevyParams | None = None
        self.amount_edit = QLineEdit()
        self.memo_edit = QLineEdit()
        self.memo_edit.setMaxLength(MAX_MEMO)
        self.memo_edit.setPlaceholderText(
            translate("pages.ledger.levy_dialog", "e.g. Yearly membership fee 2026")
        )
        self.account_box = QComboBox()
        for code in LEVY_ACCOUNTS:
            self.account_box.addItem(account_words(code), code)
        self.skip_box = QCheckBox(
            translate(
                "pages.ledger.levy_dialog",
                "&Leave out members who would go past their credit limit",
            )
        )
        self.preview_button = QPushButton(translate("pages.ledger.levy_dialog", "Pre&view"))
        self.preview_button.setAutoDefault(False)
        self.preview_button.clicked.connect(self.run_preview)
        self.summary = QLabel(
            translate(
                "pages.ledger.levy_dialog", "Preview the levy to see who is charged; then post it."
            )
        )
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet(MUTED_STYLE)
        self.preview_message = MessageLabel()
        self.lines = ListTableModel(levy_columns(self.money), self)
        self.lines.unit = currency.symbol
        self.table = plain_table(self.lines)
        self.table.setMinimumHeight(220)
        self.table.setAccessibleName(translate("pages.ledger.levy_dialog", "Levy preview"))

        self.add_field(
            translate("pages.ledger.levy_dialog", "&Amount per member ({symbol}):").format(
                symbol=currency.symbol
            ),
            self.amount_edit,
            "amount",
        )
        self.add_field(translate("pages.ledger.levy_dialog", "&Into:"), self.account_box)
        self.add_field(translate("pages.ledger.levy_dialog", "&Memo:"), self.memo_edit, "memo")
        self.add_field("", self.skip_box)
        self.form.addRow("", self.preview_button)
        self.layout_.insertWidget(1, self.summary)
        self.layout_.insertWidget(2, self.table, 1)
        self.layout_.insertWidget(3, self.preview_message)
        for number in reversed(range(self.layout_.count())):  # the table takes the room
            item = self.layout_.itemAt(number)
            if item is not None and item.spacerItem() is not None:
                self.layout_.removeItem(item)
        self.amount_edit.textEdited.connect(lambda _t: self.touch("amount"))
        self.account_box.currentIndexChanged.connect(lambda _i: self.revalidate())
        self.skip_box.toggled.connect(lambda _b: self.revalidate())
        self.amount_edit.returnPressed.connect(self.run_preview)
        self.amount_edit.setFocus()
        self.revalidate()
        fit_to_contents(self)

    # -- form ---------------------------------------------------------------------------

    def params(self) -> LevyParams:
        return LevyParams(
            parse_amount(self.amount_edit.text(), self.currency),
            str(self.account_box.currentData()),
            self.skip_box.isChecked(),
        )

    def field_errors(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        checked(errors, "amount", self.params)
        return errors

    def ready(self) -> bool:
        """A preview of these very values, and nobody left who would break their limit."""
        if self.preview is None or self.previewed is None:
            return False
        try:
            params = self.params()
        except ValidationError:
            return False
        if params.amount != self.previewed.amount or params.to_account != self.previewed.to_account:
            return False
        charged = self._charged(self.preview, params.skip_over_limit)
        return charged > 0 and (not self.preview.over_limit or params.skip_over_limit)

    def revalidate(self) -> dict[str, str]:
        errors = super().revalidate()
        self.preview_button.setEnabled(not errors)
        if self.preview is not None:
            self._describe(self.preview)
        return errors

    # -- preview ------------------------------------------------------------------------

    def run_preview(self) -> None:
        self.touch("amount")
        try:
            params = self.params()
        except ValidationError:
            return

        def look(session: Session, actor: Actor) -> LevyResult:
            return ledger.levy(
                session,
                actor,
                params.amount,
                "preview",
                dry_run=True,
                to_account=params.to_account,
                skip_over_limit=params.skip_over_limit,
            )

        def show(result: LevyResult) -> None:
            self.preview_message.clear_message()
            self.preview, self.previewed = result, params
            # who would go past their limit first: they are what the person must decide on
            self.lines.set_rows(sorted(result.lines, key=lambda ln: not ln.would_break_limit))
            self.revalidate()

        def failed(exc: BaseException) -> None:
            self.preview = self.previewed = None
            self.lines.set_rows([])
            self.preview_message.show_error(*describe(exc))
            self.revalidate()

        self.ctx.query(look, show, failed, owner=self)

    @staticmethod
    def _charged(result: LevyResult, skip: bool) -> int:
        return len(result.lines) - (len(result.over_limit) if skip else 0)

    def _describe(self, result: LevyResult) -> None:
        cur = self.currency
        try:
            params = self.params()
        except ValidationError:
            params = None
        stale = params is None or (
            self.previewed is not None
            and (params.amount, params.to_account)
            != (self.previewed.amount, self.previewed.to_account)
        )
        if stale:
            self.summary.setStyleSheet(MUTED_STYLE)
            self.summary.setText(
                translate(
                    "pages.ledger.levy_dialog",
                    "The amount or account changed: preview again before posting.",
                )
            )
            return
        assert params is not None
        skip = params.skip_over_limit
        charged = self._charged(result, skip)
        total = format_amount(result.amount * charged, cur, symbol=True)
        each = format_amount(result.amount, cur, symbol=True)
        into = account_words(result.to_account)
        over = len(result.over_limit)
        if over and not skip:
            text = translate(
                "pages.ledger.levy_dialog",
                "{over} of %n active member(s) would go past their credit limit (listed "
                "first): leave them out, or raise their limits first. The levy cannot be "
                "posted like this.",
                None,
                len(result.lines),
            ).format(over=over)
        else:
            text = translate(
                "pages.ledger.levy_dialog",
                "{charged} of %n active member(s) will be charged {each} each: {total} in "
                "all, into {into}.",
                None,
                len(result.lines),
            ).format(charged=charged, each=each, total=total, into=into)
            if over:
                left_out = translate(
                    "pages.ledger.levy_dialog",
                    "%n who would go past their credit limit (is|are) left out.",
                    None,
                    over,
                )
                text = f"{text} {left_out}"
        self.summary.setStyleSheet("" if not over or skip else "color: #b3261e;")
        self.summary.setText(text)

    # -- posting ------------------------------------------------------------------------

    def work(self) -> Work[LevyResult]:
        params, memo, key = self.params(), self.memo_edit.text(), self.key

        def post(session: Session, actor: Actor) -> LevyResult:
            return ledger.levy(
                session,
                actor,
                params.amount,
                memo,
                to_account=params.to_account,
                skip_over_limit=params.skip_over_limit,
                idempotency_key=key,
            )

        return post
