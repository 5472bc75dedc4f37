"""Add or edit a listing, and renew an expired one; checked as the person types.

The rules are the service's (``listings.add``/``update``/``resume``): the dialog shows
the same refusals next to the fields before OK, and a refusal from the database (a
member who left a moment ago, a category someone deleted) inline after it.
"""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from sqlalchemy.orm import Session

from localex_desktop.domain.errors import ValidationError
from localex_desktop.domain.money import Currency, format_amount, parse_amount
from localex_desktop.domain.roles import Actor
from localex_desktop.services import listings
from localex_desktop.services.categories import CategoryInfo
from localex_desktop.services.edits import Change
from localex_desktop.services.listings import ListingInfo, ListingInput
from localex_desktop.services.members import MemberInfo
from localex_desktop.services.work import Work
from localex_desktop.ui import accessibility
from localex_desktop.ui.context import AppContext
from localex_desktop.ui.i18n import translate
from localex_desktop.ui.locale import qt_date_format
from localex_desktop.ui.pages.listings.model import fill_category_combo, member_text
from localex_desktop.ui.pages.members.form_dialog import FormDialog
from localex_desktop.ui.pages.members.picker import MemberPicker
from localex_desktop.ui.widgets import hint_label, row_widget


def qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def pydate(d: QDate) -> date:
    return date(d.year(), d.month(), d.day())


class ExpiryEdit(QWidget):
    """A checkbox "Expires on" and a date; unchecked means the listing does not expire."""

    def __init__(self, text: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if text is None:
            text = translate("pages.listings.listing_dialog", "E&xpires on")
        self.check = QCheckBox(text)
        self.date_edit = QDateEdit(QDate.currentDate().addMonths(6))
        self.date_edit.setAccessibleName(text.replace("&", ""))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(qt_date_format())
        self.date_edit.setEnabled(False)
        self.check.toggled.connect(self.date_edit.setEnabled)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.check)
        row.addWidget(self.date_edit)
        row.addStretch(1)
        self.setFocusProxy(self.check)

    def value(self) -> date | None:
        return pydate(self.date_edit.date()) if self.check.isChecked() else None

    def set_value(self, value: date | None) -> None:
        self.check.setChecked(value is not None)
        if value is not None:
            self.date_edit.setDate(qdate(value))


def buddy_to(label: QWidget | None, field: QWidget) -> None:
    """Point a form label's mnemonic (and what a screen reader names) at ``field``."""
    assert isinstance(label, QLabel)
    label.setBuddy(field)
    accessibility.named_by(label, field)


def expiry_error(value: date | None) -> str | None:
    if value is not None and value < date.today():
        return translate(
            "pages.listings.listing_dialog",
            "The expiry date {date} is in the past; give today or later.",
        ).format(date=value.isoformat())
    return None


class ListingDialog(FormDialog[ListingInfo]):
    """``listing`` None: a new listing (for ``member`` if given); otherwise edit it."""

    def __init__(
        self,
        ctx: AppContext,
        currency: Currency,
        tree: list[CategoryInfo],
        *,
        listing: ListingInfo | None = None,
        member: MemberInfo | None = None,
        category_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        if listing is None:
            title, ok_text = (
                translate("pages.listings.listing_dialog", "New listing"),
                translate("pages.listings.listing_dialog", "&Add listing"),
            )
        else:
            title = translate("pages.listings.listing_dialog", "Edit listing {number}").format(
                number=listing.id
            )
            ok_text = translate("pages.listings.listing_dialog", "&Save")
        super().__init__(ctx, title, ok_text, parent)
        self.setMinimumWidth(560)
        self.listing = listing
        self.currency = currency
        self.member_picker = MemberPicker(ctx)
        self.kind_box = QComboBox()
        self.kind_box.addItem(
            translate("pages.listings.listing_dialog", "Offer — the member provides this"), "offer"
        )
        self.kind_box.addItem(
            translate("pages.listings.listing_dialog", "Want — the member is looking for this"),
            "want",
        )
        self.category_box = QComboBox()
        fill_category_combo(
            self.category_box,
            tree,
            none_text=translate("pages.listings.listing_dialog", "Choose a category…"),
            keep=listing.category_id if listing is not None else category_id,
        )
        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(listings.MAX_TITLE)
        self.title_edit.setPlaceholderText(
            translate("pages.listings.listing_dialog", "e.g. Sourdough bread, baked to order")
        )
        self.description_edit = QPlainTextEdit()
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setFixedHeight(self.fontMetrics().height() * 5 + 12)
        self.price_edit = QLineEdit()
        self.price_edit.setPlaceholderText(translate("pages.listings.listing_dialog", "no price"))
        self.price_edit.setMaximumWidth(140)
        self.price_edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.unit_edit = QLineEdit()
        self.unit_edit.setMaxLength(listings.MAX_UNIT)
        self.unit_edit.setPlaceholderText(
            translate("pages.listings.listing_dialog", "per hour, per loaf, each …")
        )
        per = QLabel(translate("pages.listings.listing_dialog", "U&nit:"))
        per.setBuddy(self.unit_edit)
        price_row = row_widget(
            self.price_edit,
            QLabel(currency.symbol),
            12,
            per,
            (self.unit_edit, 1),
            focus=self.price_edit,
        )
        self.expiry = ExpiryEdit()

        if listing is None:
            self.add_field(
                translate("pages.listings.listing_dialog", "&Member:"), self.member_picker, "member"
            )
        else:
            self.form.addRow(
                translate("pages.listings.listing_dialog", "Member:"),
                QLabel(member_text(listing.member_name, listing.member_id)),
            )
        self.add_field(translate("pages.listings.listing_dialog", "&Kind:"), self.kind_box, "kind")
        self.add_field(
            translate("pages.listings.listing_dialog", "&Category:"), self.category_box, "category"
        )
        self.add_field(
            translate("pages.listings.listing_dialog", "&Title:"), self.title_edit, "title"
        )
        self.add_field(
            translate("pages.listings.listing_dialog", "&Description:"),
            self.description_edit,
            "description",
        )
        self.add_field(translate("pages.listings.listing_dialog", "P&rice:"), price_row, "price")
        # the mnemonic must reach the input itself: the row around it cannot take focus
        buddy_to(self.form.labelForField(price_row), self.price_edit)
        self.form.addRow(
            "",
            hint_label(
                translate(
                    "pages.listings.listing_dialog", "Leave the price empty to agree it each time."
                )
            ),
        )
        self.add_field("", self.expiry, "expires_on")

        if listing is not None:
            self.kind_box.setCurrentIndex(max(0, self.kind_box.findData(listing.kind)))
            self.title_edit.setText(listing.title)
            self.description_edit.setPlainText(listing.description)
            if listing.price is not None:
                self.price_edit.setText(format_amount(listing.price, currency))
            self.unit_edit.setText(listing.unit)
            self.expiry.set_value(listing.expires_on)
            self.title_edit.setFocus()
        elif member is not None and member.status == "active":
            self.member_picker.set_member(member)
            self.kind_box.setFocus()
        else:
            self.member_picker.setFocus()

        self.member_picker.member_changed.connect(lambda _m: self.touch("member"))
        self.member_picker.textEdited.connect(lambda _t: self.touch("member"))
        self.kind_box.currentIndexChanged.connect(lambda _i: self.touch("kind"))
        self.category_box.currentIndexChanged.connect(lambda _i: self.touch("category"))
        self.title_edit.textEdited.connect(lambda _t: self.touch("title"))
        self.description_edit.textChanged.connect(lambda: self.touch("description"))
        self.price_edit.textEdited.connect(lambda _t: self.touch("price"))
        self.unit_edit.textEdited.connect(lambda _t: self.touch("price"))
        self.expiry.check.toggled.connect(lambda _b: self.touch("expires_on"))
        self.expiry.date_edit.dateChanged.connect(lambda _d: self.touch("expires_on"))
        self.revalidate()

    # -- reading the form ---------------------------------------------------------------

    def price(self) -> int | None:
        text = self.price_edit.text().strip()
        if not text:
            return None
        return parse_amount(text, self.currency, field="price", allow_zero=True)

    def field_errors(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        if self.listing is None and self.member_picker.member() is None:
            errors["member"] = self.member_picker.missing(
                translate("pages.listings.listing_dialog", "the member")
            )  # or why not (suspended)
        if self.category_box.currentData() is None:
            errors["category"] = translate("pages.listings.listing_dialog", "Choose a category.")
        title = " ".join(self.title_edit.text().split())
        if not title:
            errors["title"] = translate(
                "pages.listings.listing_dialog", "Give the listing a title."
            )
        description = self.description_edit.toPlainText().strip()
        if len(description) > listings.MAX_DESCRIPTION:
            errors["description"] = translate(
                "pages.listings.listing_dialog",
                "The description is longer than {most} characters ({length}).",
            ).format(most=listings.MAX_DESCRIPTION, length=len(description))
        try:
            self.price()
        except ValidationError as exc:
            errors["price"] = f"{exc.message} {exc.hint or ''}".strip()
        expiry = expiry_error(self.expiry.value())
        if expiry is not None:
            errors["expires_on"] = expiry
        return errors

    def work(self) -> Work[ListingInfo]:
        kind = str(self.kind_box.currentData())
        category_id = int(self.category_box.currentData())
        title = self.title_edit.text()
        description = self.description_edit.toPlainText()
        price, unit, expires_on = self.price(), self.unit_edit.text(), self.expiry.value()
        if self.listing is not None:
            seen, overwrite = self.listing, self.overwrite

            def change(session: Session, actor: Actor) -> ListingInfo:
                return listings.update(
                    session,
                    actor,
                    seen.id,
                    kind=kind,
                    category_id=category_id,
                    title=title,
                    description=description,
                    price=price,
                    unit=unit,
                    expires_on=expires_on,
                    seen=seen,
                    overwrite=overwrite,
                )

            return change
        member = self.member_picker.member()
        if member is None:
            raise ValidationError(
                translate("pages.listings.listing_dialog", "Choose the member."), field="member"
            )
        data = ListingInput(
            member.id, kind, category_id, title, description, price, unit, expires_on
        )

        def add(session: Session, actor: Actor) -> ListingInfo:
            return listings.add(session, actor, data)

        return add

    # -- another coordinator saved first ------------------------------------------------

    def describe_change(self, change: Change) -> str:
        def said(value: object) -> str:
            if change.field == "price":
                if value is None:
                    return translate("pages.listings.listing_dialog", "none")
                return format_amount(int(str(value)), self.currency)
            if change.field == "category_id":
                return self.category_box.itemText(self.category_box.findData(value)).strip()
            return (
                translate("pages.listings.listing_dialog", "none") if value is None else str(value)
            )

        if change.field in ("price", "category_id", "kind", "expires_on"):
            return translate(
                "pages.listings.listing_dialog", "{field}: was {before}, now {after}."
            ).format(
                field=change.label.capitalize(), before=said(change.seen), after=said(change.now)
            )
        return super().describe_change(change)

    def reload_record(self) -> None:
        assert self.listing is not None
        ident = self.listing.id

        def read(session: Session, actor: Actor) -> ListingInfo:
            return listings.get(session, actor, ident)

        self.ctx.query(read, self._show_reloaded, self._failed, owner=self)

    def _show_reloaded(self, fresh: ListingInfo) -> None:
        old = self.listing
        assert old is not None
        changed = []

        def price(x: ListingInfo) -> str:
            return "" if x.price is None else format_amount(x.price, self.currency)

        for label, edit, before, after in (
            (
                translate("pages.listings.listing_dialog", "the title"),
                self.title_edit,
                old.title,
                fresh.title,
            ),
            (
                translate("pages.listings.listing_dialog", "the price"),
                self.price_edit,
                price(old),
                price(fresh),
            ),
            (
                translate("pages.listings.listing_dialog", "the unit"),
                self.unit_edit,
                old.unit,
                fresh.unit,
            ),
        ):
            if before != after and edit.text() == before:
                edit.setText(after)
                changed.append(label)
        text = self.description_edit.toPlainText()
        if old.description != fresh.description and text == old.description:
            self.description_edit.setPlainText(fresh.description)
            changed.append(translate("pages.listings.listing_dialog", "the description"))
        for label, box, before_data, after_data in (
            (
                translate("pages.listings.listing_dialog", "the kind"),
                self.kind_box,
                old.kind,
                fresh.kind,
            ),
            (
                translate("pages.listings.listing_dialog", "the category"),
                self.category_box,
                old.category_id,
                fresh.category_id,
            ),
        ):
            if before_data != after_data and box.currentData() == before_data:
                box.setCurrentIndex(max(0, box.findData(after_data)))
                changed.append(label)
        if old.expires_on != fresh.expires_on and self.expiry.value() == old.expires_on:
            self.expiry.set_value(fresh.expires_on)
            changed.append(translate("pages.listings.listing_dialog", "the expiry date"))
        self.listing = fresh
        self.reloaded(changed)


class RenewDialog(FormDialog[ListingInfo]):
    """Put an expired listing back in the directory with a new expiry date (or none)."""

    def __init__(
        self, ctx: AppContext, listing: ListingInfo, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            ctx,
            translate("pages.listings.listing_dialog", "Renew listing {number}").format(
                number=listing.id
            ),
            translate("pages.listings.listing_dialog", "&Renew"),
            parent,
        )
        self.listing = listing
        self.expiry = ExpiryEdit(translate("pages.listings.listing_dialog", "&Expires on"))
        self.expiry.check.setChecked(True)
        summary = QLabel(  # rich text: the title and the name escaped as typed
            translate(
                "pages.listings.listing_dialog", "<b>{title}</b><br>{name} ({number})"
            ).format(
                title=escape(listing.title),
                name=escape(listing.member_name),
                number=listing.member_id,
            )
        )
        summary.setWordWrap(True)
        self.form.addRow(translate("pages.listings.listing_dialog", "Listing:"), summary)
        expired = listing.expires_on.isoformat() if listing.expires_on else "—"
        self.form.addRow(translate("pages.listings.listing_dialog", "Expired on:"), QLabel(expired))
        self.add_field("", self.expiry, "expires_on")
        self.form.addRow(
            "",
            hint_label(
                translate(
                    "pages.listings.listing_dialog",
                    "Untick the box for a listing that does not expire.",
                )
            ),
        )
        self.expiry.check.toggled.connect(lambda _b: self.touch("expires_on"))
        self.expiry.date_edit.dateChanged.connect(lambda _d: self.touch("expires_on"))
        self.expiry.setFocus()
        self.revalidate()

    def field_errors(self) -> dict[str, str]:
        error = expiry_error(self.expiry.value())
        return {"expires_on": error} if error else {}

    def work(self) -> Work[ListingInfo]:
        ident, expires_on = self.listing.id, self.expiry.value()

        def renew(session: Session, actor: Actor) -> ListingInfo:
            return listings.resume(session, actor, ident, expires_on=expires_on)

        return renew
