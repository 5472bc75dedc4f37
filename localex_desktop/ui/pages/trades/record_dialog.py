"""Record trade…: who bought from whom, for how much, optionally against a listing.

The buyer's available credit is read with ``ledger.balance`` on the task runner each
time the buyer or the amount changes, so the person sees at once whether the trade
fits. "Completed" records and settles the trade in one step (the signed paper slip);
unticked, the trade waits as pending until someone completes it. The limits are
enforced again by the database when the trade is posted.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)
from sqlalchemy.orm import Session

from localex_desktop.domain.errors import ValidationError
from localex_desktop.domain.money import Currency, format_amount, parse_amount
from localex_desktop.domain.roles import Actor, Permission
from localex_desktop.services import categories, ledger, listings, trades
from localex_desktop.services.categories import CategoryInfo
from localex_desktop.services.ledger import BalanceInfo
from localex_desktop.services.listings import ListingFilter, ListingInfo
from localex_desktop.services.members import MemberInfo
from localex_desktop.services.trades import TradeInfo, TradeInput
from localex_desktop.services.work import Work
from localex_desktop.ui import accessibility
from localex_desktop.ui.context import AppContext
from localex_desktop.ui.errors import describe
from localex_desktop.ui.i18n import translate
from localex_desktop.ui.locale import currency_of, qt_date_format
from localex_desktop.ui.pages.listings.model import fill_category_combo, per_unit
from localex_desktop.ui.pages.members.form_dialog import FormDialog, checked
from localex_desktop.ui.pages.members.picker import MemberPicker, two_members
from localex_desktop.ui.widgets import (
    ERROR_STYLE,
    MUTED_STYLE,
    MessageLabel,
    hint_label,
    row_widget,
    single_shot,
)


@dataclass(frozen=True)
class TradeSetup:
    """What the trade dialogs need besides the context: the currency and the categories."""

    currency: Currency
    tree: list[CategoryInfo]


def read_setup(session: Session, actor: Actor) -> TradeSetup:
    """Work for ``ctx.query``: the currency and the category tree."""
    return TradeSetup(currency_of(session), categories.tree(session, actor))


def listing_label(x: ListingInfo, currency: Currency) -> str:
    values = {"id": x.id, "title": x.title, "member": x.member_name}
    if x.price is None:
        if x.kind == "offer":
            return translate("pages.trades.record_dialog", "Offer {id}: {title} ({member})").format(
                **values
            )
        return translate("pages.trades.record_dialog", "Want {id}: {title} ({member})").format(
            **values
        )
    price = f"{format_amount(x.price, currency, symbol=True)} {per_unit(x.unit)}".rstrip()
    if x.kind == "offer":
        text = translate("pages.trades.record_dialog", "Offer {id}: {title} ({member}) — {price}")
    else:
        text = translate("pages.trades.record_dialog", "Want {id}: {title} ({member}) — {price}")
    return text.format(price=price, **values)


class RecordTradeDialog(FormDialog[TradeInfo]):
    def __init__(
        self,
        ctx: AppContext,
        currency: Currency,
        tree: list[CategoryInfo],
        *,
        buyer: MemberInfo | None = None,
        seller: MemberInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            ctx,
            translate("pages.trades.record_dialog", "Record trade"),
            translate("pages.trades.record_dialog", "&Record trade"),
            parent,
        )
        self.setMinimumWidth(640)
        self.currency = currency
        self.balance: BalanceInfo | None = None
        self.listings: list[ListingInfo] = []
        self._balance_generation = 0
        self._listing_generation = 0

        self.buyer_picker = MemberPicker(ctx)
        self.seller_picker = MemberPicker(ctx)
        self.listing_box = QComboBox()
        self.listing_box.addItem(translate("pages.trades.record_dialog", "No listing"), None)
        self.amount_edit = QLineEdit()
        self.amount_edit.setPlaceholderText(format_amount(0, currency))
        self.amount_edit.setMaximumWidth(160)
        self.amount_edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.credit_label = MessageLabel()
        self.credit_label.setObjectName("credit")
        # one line (a wrapped label in a form row gets blank lines above and below): the
        # figures only; what to do about them is the amount field's message
        self.credit_label.setWordWrap(False)
        self.description_edit = QLineEdit()
        self.description_edit.setMaxLength(trades.MAX_DESCRIPTION)
        self.description_edit.setPlaceholderText(
            translate("pages.trades.record_dialog", "e.g. 2 hours of gardening")
        )
        self.category_box = QComboBox()
        fill_category_combo(
            self.category_box,
            tree,
            none_text=translate("pages.trades.record_dialog", "No category"),
        )
        self.date_edit = QDateEdit(QDate.currentDate())
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(qt_date_format())
        self.date_edit.setMaximumDate(QDate.currentDate())
        self.date_edit.setMaximumWidth(160)
        self.slip_edit = QLineEdit()
        self.slip_edit.setMaxLength(trades.MAX_SLIP)
        self.slip_edit.setPlaceholderText(translate("pages.trades.record_dialog", "optional"))
        self.slip_edit.setMaximumWidth(160)
        self.completed_box = QCheckBox(
            translate(
                "pages.trades.record_dialog", "&Completed: both agree, post it to the ledger now"
            )
        )
        can_post = ctx.can(Permission.POST)
        self.completed_box.setChecked(can_post)
        self.completed_box.setEnabled(can_post)
        self.completed_box.setToolTip(
            translate(
                "pages.trades.record_dialog",
                "Unticked, the trade is recorded as pending and completed later.",
            )
            if can_post
            else translate(
                "pages.trades.record_dialog",
                "You may not post transactions; the trade is recorded as pending.",
            )
        )

        self.add_field(
            translate("pages.trades.record_dialog", "&Buyer (pays):"), self.buyer_picker, "buyer"
        )
        self.swap_button = QPushButton(translate("pages.trades.record_dialog", "S&wap"))
        self.swap_button.setToolTip(
            translate("pages.trades.record_dialog", "Exchange buyer and seller")
        )
        self.swap_button.setAutoDefault(False)
        self.swap_button.clicked.connect(self.swap)
        seller_row = row_widget((self.seller_picker, 1), self.swap_button, focus=self.seller_picker)
        self.add_field(
            translate("pages.trades.record_dialog", "&Seller (is paid):"), seller_row, "seller"
        )
        # the mnemonic goes to the line edit: a bare container cannot take the focus
        seller_label = self.form.labelForField(seller_row)
        assert isinstance(seller_label, QLabel)
        seller_label.setBuddy(self.seller_picker)
        accessibility.named_by(seller_label, self.seller_picker)
        self.add_field(
            translate("pages.trades.record_dialog", "&Listing:"), self.listing_box, "listing"
        )
        self.add_field(
            translate("pages.trades.record_dialog", "&Amount ({symbol}):").format(
                symbol=currency.symbol
            ),
            self.amount_edit,
            "amount",
        )
        self.form.addRow("", self.credit_label)
        self.add_field(
            translate("pages.trades.record_dialog", "&Description:"),
            self.description_edit,
            "description",
        )
        self.add_field(
            translate("pages.trades.record_dialog", "Ca&tegory:"), self.category_box, "category"
        )
        self.add_field(
            translate("pages.trades.record_dialog", "Traded &on:"), self.date_edit, "traded_on"
        )
        self.add_field(
            translate("pages.trades.record_dialog", "Sli&p number:"), self.slip_edit, "slip_number"
        )
        self.add_field("", self.completed_box)
        self.form.addRow(
            "",
            hint_label(
                translate(
                    "pages.trades.record_dialog",
                    "Choosing a listing fills the description, category and price.",
                )
            ),
        )

        self._amount_timer = single_shot(self, 250, self.load_balance)

        self.buyer_picker.member_changed.connect(self._buyer_changed)
        self.seller_picker.member_changed.connect(self._seller_changed)
        self.buyer_picker.textEdited.connect(lambda _t: self.touch("buyer"))
        self.seller_picker.textEdited.connect(lambda _t: self.touch("seller"))
        self.buyer_picker.problem_changed.connect(lambda _p: self.touch("buyer"))
        self.seller_picker.problem_changed.connect(lambda _p: self.touch("seller"))
        self.listing_box.currentIndexChanged.connect(self._listing_changed)
        self.amount_edit.textEdited.connect(self._amount_edited)
        self.description_edit.textEdited.connect(lambda _t: self.touch("description"))
        self.category_box.currentIndexChanged.connect(lambda _i: self.touch("category"))
        self.slip_edit.textEdited.connect(lambda _t: self.touch("slip_number"))
        self.completed_box.toggled.connect(lambda _b: self.revalidate())

        if buyer is not None and buyer.status == "active":
            self.buyer_picker.set_member(buyer)
        if seller is not None and seller.status == "active":
            self.seller_picker.set_member(seller)
        if self.buyer_picker.member() is None:
            self.buyer_picker.setFocus()
        elif self.seller_picker.member() is None:
            self.seller_picker.setFocus()
        else:
            self.amount_edit.setFocus()
        self.revalidate()

    # -- reacting to the members ------------------------------------------------------

    def _buyer_changed(self, _member: object) -> None:
        self.touch("buyer")
        self.load_balance()
        self.load_listings()

    def _seller_changed(self, _member: object) -> None:
        self.touch("seller")
        self.load_listings()

    def swap(self) -> None:
        buyer, seller = self.buyer_picker.member(), self.seller_picker.member()
        self.buyer_picker.set_member(seller)
        self.seller_picker.set_member(buyer)

    def _amount_edited(self, _text: str) -> None:
        self.touch("amount")
        if self.buyer_picker.member() is not None:
            self._amount_timer.start()

    def load_balance(self) -> None:
        """Read the buyer's balance and limit now (off the UI thread)."""
        self._amount_timer.stop()
        self._balance_generation += 1
        generation = self._balance_generation
        buyer = self.buyer_picker.member()
        if buyer is None:
            self.balance = None
            self.revalidate()
            return
        member_id = buyer.id

        def read(session: Session, actor: Actor) -> BalanceInfo:
            return ledger.balance(session, actor, member_id)

        def show(info: BalanceInfo) -> None:
            if generation == self._balance_generation:
                self.balance = info
                self.revalidate()

        def failed(exc: BaseException) -> None:
            if generation == self._balance_generation:
                self.balance = None
                self.credit_label.show_error(*describe(exc))

        self.ctx.query(read, show, failed, owner=self)

    def load_listings(self) -> None:
        """The seller's active offers and the buyer's active wants, for the listing box."""
        self._listing_generation += 1
        generation = self._listing_generation
        buyer, seller = self.buyer_picker.member(), self.seller_picker.member()
        keep = self.listing_box.currentData()
        buyer_id = None if buyer is None else buyer.id
        seller_id = None if seller is None else seller.id

        def read(session: Session, actor: Actor) -> list[ListingInfo]:
            found: list[ListingInfo] = []
            for member_id, kind in ((seller_id, "offer"), (buyer_id, "want")):
                if member_id is not None:
                    found += listings.search(
                        session,
                        actor,
                        ListingFilter(member_id=member_id, kind=kind, status="active"),
                        sort="title",
                        limit=500,
                    )
            return found

        def show(found: list[ListingInfo]) -> None:
            if generation != self._listing_generation:
                return
            self.listings = found
            self.listing_box.blockSignals(True)
            self.listing_box.clear()
            self.listing_box.addItem(
                translate("pages.trades.record_dialog", "No listing")
                if found
                else translate(
                    "pages.trades.record_dialog", "No listing (none open for these members)"
                ),
                None,
            )
            for x in found:
                self.listing_box.addItem(listing_label(x, self.currency), x.id)
            position = self.listing_box.findData(keep) if keep is not None else -1
            self.listing_box.setCurrentIndex(max(position, 0))
            self.listing_box.blockSignals(False)
            if position < 0 and keep is not None:
                self._listing_changed()
            self.revalidate()

        self.ctx.query(read, show, lambda exc: show_error_inline(self, exc), owner=self)

    def chosen_listing(self) -> ListingInfo | None:
        ident = self.listing_box.currentData()
        return next((x for x in self.listings if x.id == ident), None)

    def _listing_changed(self, _index: int = 0) -> None:
        x = self.chosen_listing()
        if x is None:
            self.description_edit.setPlaceholderText(
                translate("pages.trades.record_dialog", "e.g. 2 hours of gardening")
            )
        else:
            self.description_edit.setPlaceholderText(x.title)
            position = self.category_box.findData(x.category_id)
            if position >= 0:
                self.category_box.setCurrentIndex(position)
            if x.price and not self.amount_edit.text().strip():
                self.amount_edit.setText(format_amount(x.price, self.currency))
                self.touch("amount")
                self.load_balance()
        self.touch("listing")

    # -- checking -----------------------------------------------------------------------

    def amount(self) -> int:
        return parse_amount(self.amount_edit.text(), self.currency)

    def field_errors(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        buyer, _seller = two_members(
            errors,
            (
                "buyer",
                self.buyer_picker,
                translate(
                    "pages.trades.record_dialog",
                    "Choose who paid: type a member number, or part of a name and pick from the "
                    "list.",
                ),
            ),
            (
                "seller",
                self.seller_picker,
                translate(
                    "pages.trades.record_dialog",
                    "Choose who was paid: type a member number, or part of a name and pick from "
                    "the list.",
                ),
            ),
            translate(
                "pages.trades.record_dialog", "The buyer and the seller are the same member."
            ),
        )
        amount = checked(errors, "amount", self.amount)
        if not self.description_edit.text().strip() and self.chosen_listing() is None:
            errors["description"] = translate(
                "pages.trades.record_dialog", "Say what was traded, or choose the listing."
            )
        over = self._show_credit(buyer, amount)
        if over and self.completed_box.isChecked():
            errors["amount"] = over
        return errors

    def _show_credit(self, buyer: MemberInfo | None, amount: int | None) -> str | None:
        """Show the buyer's available credit; return the refusal if the amount is too much."""
        info = self.balance
        if buyer is None or info is None or info.member_id != buyer.id:
            self.credit_label.clear_message()
            return None
        cur = self.currency
        available = info.available
        if available is None:
            self.credit_label.show_ok(
                translate("pages.trades.record_dialog", "{name} has no credit limit.").format(
                    name=buyer.name
                )
            )
            return None
        values = {"name": buyer.name, "credit": format_amount(available, cur, symbol=True)}
        if amount is None:
            self.credit_label.setStyleSheet(MUTED_STYLE)
            self.credit_label.setText(
                translate(
                    "pages.trades.record_dialog", "Available credit of {name}: {credit}."
                ).format(**values)
            )
            self.credit_label.setVisible(True)
            return None
        if amount <= available:
            after = format_amount(available - amount, cur, symbol=True)
            self.credit_label.show_ok(
                translate(
                    "pages.trades.record_dialog",
                    "Available credit of {name}: {credit}; after this trade: {after}.",
                ).format(after=after, **values)
            )
            return None
        short = format_amount(amount - available, cur, symbol=True)
        self.credit_label.setVisible(True)
        self.credit_label.setText(
            translate(
                "pages.trades.record_dialog", "Available credit of {name}: {credit}: {short} short."
            ).format(short=short, **values)
        )
        if not self.completed_box.isChecked():  # recorded as pending: nothing is posted
            self.credit_label.setStyleSheet(MUTED_STYLE)
            return None
        self.credit_label.setStyleSheet(ERROR_STYLE)
        # the figures are above: the field says what to do about them
        return translate(
            "pages.trades.record_dialog",
            "Too much for {name}'s credit now: untick Completed to record it as pending, and "
            "complete it later.",
        ).format(name=buyer.name)

    def work(self) -> Work[TradeInfo]:
        buyer, seller = self.buyer_picker.member(), self.seller_picker.member()
        if buyer is None or seller is None:
            raise ValidationError(
                translate("pages.trades.record_dialog", "Choose the buyer and the seller."),
                field="buyer",
            )
        d = self.date_edit.date()
        data = TradeInput(
            buyer_member_id=buyer.id,
            seller_member_id=seller.id,
            amount=self.amount(),
            description=self.description_edit.text(),
            listing_id=self.listing_box.currentData(),
            category_id=self.category_box.currentData(),
            traded_on=date(d.year(), d.month(), d.day()),
            slip_number=self.slip_edit.text() or None,
        )
        completed = self.completed_box.isChecked()

        def call(session: Session, actor: Actor) -> TradeInfo:
            return trades.record(session, actor, data, completed=completed)

        return call


def show_error_inline(dialog: RecordTradeDialog, exc: BaseException) -> None:
    dialog.message.show_error(*describe(exc))
