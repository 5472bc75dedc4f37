"""The Settings tab: the exchange's name, its currency and the default credit limit.

Values come from and go to ``services.settings``; the currency is checked by
``settings.validate_currency`` and the limit by ``domain.money.parse_amount``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from localex_desktop.domain.errors import LocalexError, ValidationError
from localex_desktop.domain.money import Currency, format_amount, parse_amount
from localex_desktop.domain.roles import Actor, Permission
from localex_desktop.services import settings
from localex_desktop.services.edits import ChangedMeanwhile
from localex_desktop.ui import messages
from localex_desktop.ui.context import AppContext
from localex_desktop.ui.errors import describe, show_error
from localex_desktop.ui.i18n import role_name, translate
from localex_desktop.ui.locale import currency_of, localized
from localex_desktop.ui.widgets import MessageLabel, form_row, hint_label, message_row

MAX_EXCHANGE_NAME = 80


@dataclass(frozen=True)
class SettingsValues:
    exchange_name: str
    currency: dict[str, Any]
    default_credit_limit: int

    def as_items(self) -> dict[str, Any]:
        return {
            "exchange_name": self.exchange_name,
            "currency": self.currency,
            "default_credit_limit": self.default_credit_limit,
        }


def load_values(session: Session, _actor: Actor) -> SettingsValues:
    """The exchange's settings as the form shows them (run by ``ctx.query``)."""
    currency = currency_of(session)
    return SettingsValues(
        exchange_name=str(settings.get(session, "exchange_name") or ""),
        currency={
            "name": currency.name,
            "symbol": currency.symbol,
            "decimals": currency.decimals,
            **({"clock": True} if currency.clock else {}),
        },
        default_credit_limit=int(settings.get(session, "default_credit_limit") or 0),
    )


class SettingsTab(QWidget):
    """Editable by administrators; everyone else sees the values with a reason why not."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.can_edit = ctx.can(Permission.MANAGE_SETTINGS)
        self.values: SettingsValues | None = None
        self.overwrite = False  # "Save anyway" over another administrator's change
        self._shown_texts: list[str] = []  # the fields as last loaded

        self.exchange_edit = QLineEdit()
        self.exchange_edit.setMaxLength(MAX_EXCHANGE_NAME)
        self.currency_name_edit = QLineEdit()
        self.currency_name_edit.setMaxLength(40)
        self.currency_symbol_edit = QLineEdit()
        self.currency_symbol_edit.setMaxLength(8)
        self.currency_symbol_edit.setMaximumWidth(120)
        self.decimals_box = QSpinBox()
        self.decimals_box.setRange(0, 3)
        self.decimals_box.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.decimals_box.setMaximumWidth(120)
        self.decimals_box.setToolTip(
            translate(
                "pages.administration.settings_tab",
                "Decide this before recording trades: amounts are stored in the smallest unit.",
            )
        )
        self.clock_box = QCheckBox(
            translate(
                "pages.administration.settings_tab",
                "Show and type amounts as &hours:minutes (1:30)",
            )
        )
        self.clock_box.setToolTip(
            translate(
                "pages.administration.settings_tab",
                "For a timebank: 1:30 is one and a half hours. With 2 decimal places minutes "
                "go in steps of 3; amounts can still be typed as decimals (1.5).",
            )
        )
        self.limit_edit = QLineEdit()
        self.limit_edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.limit_edit.setMaximumWidth(160)
        self.limit_unit = QLabel()
        limit_row = QHBoxLayout()
        limit_row.addWidget(self.limit_edit)
        limit_row.addWidget(self.limit_unit)
        limit_row.addStretch(1)

        exchange = QGroupBox(translate("pages.administration.settings_tab", "Exchange"))
        exchange_form = QFormLayout(exchange)
        exchange_form.addRow(
            translate("pages.administration.settings_tab", "E&xchange name:"), self.exchange_edit
        )
        currency = QGroupBox(translate("pages.administration.settings_tab", "Currency"))
        currency_form = QFormLayout(currency)
        currency_form.addRow(
            translate("pages.administration.settings_tab", "&Currency name:"),
            self.currency_name_edit,
        )
        currency_form.addRow(
            translate("pages.administration.settings_tab", "S&ymbol:"), self.currency_symbol_edit
        )
        currency_form.addRow(
            translate("pages.administration.settings_tab", "&Decimal places:"), self.decimals_box
        )
        currency_form.addRow("", self.clock_box)
        accounts = QGroupBox(translate("pages.administration.settings_tab", "New accounts"))
        accounts_form = QFormLayout(accounts)
        form_row(
            accounts_form,
            translate("pages.administration.settings_tab", "Default credit &limit:"),
            limit_row,
            self.limit_edit,
        )
        accounts_form.addRow(
            "",
            hint_label(
                translate(
                    "pages.administration.settings_tab",
                    "How far below zero a new member's account may go. Existing accounts "
                    "keep their limits.",
                )
            ),
        )

        self.save_button = QPushButton(translate("pages.administration.settings_tab", "&Save"))
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(translate("pages.administration.settings_tab", "&Revert"))
        self.revert_button.setToolTip(
            translate("pages.administration.settings_tab", "Show the saved values again")
        )
        self.revert_button.clicked.connect(self.reload)
        self.message = MessageLabel()
        buttons = message_row(self.message, self.revert_button, self.save_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(12)
        for box in (exchange, currency, accounts):
            layout.addWidget(box)
        layout.addStretch(1)
        layout.addLayout(buttons)

        self._decimals = self.decimals_box.value()
        self.decimals_box.valueChanged.connect(self._show_unit)
        self.decimals_box.valueChanged.connect(self._decimals_changed)
        self.currency_symbol_edit.textChanged.connect(self._show_unit)
        for edit in (self.exchange_edit, self.currency_name_edit, self.currency_symbol_edit):
            edit.textEdited.connect(self.message.clear_message)
        self.limit_edit.textEdited.connect(self.message.clear_message)
        self.decimals_box.valueChanged.connect(self.message.clear_message)
        self.clock_box.toggled.connect(self.message.clear_message)
        self._apply_permissions()
        self.reload()

    def _editors(self) -> list[QWidget]:
        return [
            self.exchange_edit,
            self.currency_name_edit,
            self.currency_symbol_edit,
            self.decimals_box,
            self.clock_box,
            self.limit_edit,
        ]

    def _apply_permissions(self) -> None:
        if self.can_edit:
            self.save_button.setToolTip(
                translate(
                    "pages.administration.settings_tab", "Save the changes for every coordinator"
                )
            )
            return
        why = self.ctx.login_refusal(Permission.MANAGE_SETTINGS) or translate(
            "pages.administration.settings_tab",
            "Only an administrator can change the settings; you are signed in as {role}.",
        ).format(role=role_name(self.ctx.actor.role))
        for widget in self._editors():
            if isinstance(widget, QLineEdit):
                widget.setReadOnly(True)
            elif isinstance(widget, QSpinBox):
                widget.setReadOnly(True)
                widget.setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons)
            elif isinstance(widget, QCheckBox):
                widget.setEnabled(False)
            widget.setToolTip(why)
        for button in (self.save_button, self.revert_button):
            button.setEnabled(False)
            button.setToolTip(why)

    def _show_unit(self) -> None:
        self.limit_unit.setText(self.currency_symbol_edit.text().strip())

    def _decimals_changed(self, decimals: int) -> None:
        """Write the limit with the new number of decimal places (500.00 becomes 500 at 0
        places, and back), so a limit that was right stays right; one that no longer fits
        (12.50 at 0 places) is left as typed, for the message on Save to name."""
        old, self._decimals = localized(Currency(decimals=self._decimals)), decimals
        try:
            minor = parse_amount(self.limit_edit.text(), old, allow_zero=True)
        except ValidationError:
            return
        scale_up, scale_down = (
            10 ** max(decimals - old.decimals, 0),
            10 ** max(old.decimals - decimals, 0),
        )
        if minor % scale_down == 0:
            new = localized(Currency(decimals=decimals))
            self.limit_edit.setText(format_amount(minor * scale_up // scale_down, new))

    def reload(self, *, keep_typed: bool = False) -> None:
        """Show the saved values; with ``keep_typed`` the fields the person changed keep
        what they typed (after another administrator's save, "Reload")."""
        self.save_button.setEnabled(False)
        typed, shown = self._texts(), self._shown_texts

        def show(values: SettingsValues) -> None:
            self._show(values)
            if keep_typed:
                self._put_texts(typed, [t != s for t, s in zip(typed, shown, strict=True)])
                self.message.show_ok(
                    translate(
                        "pages.administration.settings_tab",
                        "Reloaded: the saved settings show, with your own changes kept. "
                        "Press Save to save them.",
                    )
                )

        self.ctx.query(load_values, show, self._load_failed, owner=self)

    def _load_failed(self, exc: BaseException) -> None:
        self.message.show_error(*describe(exc))

    def _show(self, values: SettingsValues) -> None:
        self.values = values
        currency = localized(Currency(**values.currency))
        self.exchange_edit.setText(values.exchange_name)
        self.currency_name_edit.setText(currency.name)
        self.currency_symbol_edit.setText(currency.symbol)
        self._decimals = currency.decimals
        self.decimals_box.blockSignals(True)
        self.decimals_box.setValue(currency.decimals)
        self.decimals_box.blockSignals(False)
        self.clock_box.setChecked(currency.clock)
        self.limit_edit.setText(format_amount(values.default_credit_limit, currency))
        self._show_unit()
        self._shown_texts = self._texts()
        self.save_button.setEnabled(self.can_edit)

    def read_form(self) -> SettingsValues:
        """The values typed, checked; raises ValidationError naming the field."""
        name = self.exchange_edit.text().strip()
        if not name:
            raise ValidationError(
                translate("pages.administration.settings_tab", "The exchange name is empty."),
                field="exchange_name",
            )
        currency = settings.validate_currency(
            settings.CurrencyInput(
                self.currency_name_edit.text(),
                self.currency_symbol_edit.text(),
                self.decimals_box.value(),
                self.clock_box.isChecked(),
            )
        )
        limit = parse_amount(
            self.limit_edit.text(),
            localized(Currency(**currency)),
            field="default credit limit",
            allow_zero=True,
        )
        return SettingsValues(name, currency, limit)

    def save(self) -> None:
        """Write only what changed, in one transaction, and tell the other views."""
        try:
            new = self.read_form()
        except LocalexError as exc:
            self.message.show_refusal(exc)
            return
        old = self.values.as_items() if self.values is not None else {}
        changes = {k: v for k, v in new.as_items().items() if old.get(k) != v}
        if not changes:
            self.message.show_ok(
                translate(
                    "pages.administration.settings_tab",
                    "Nothing to save: the settings are unchanged.",
                )
            )
            return

        overwrite, self.overwrite = self.overwrite, False

        def write(session: Session, actor: Actor) -> SettingsValues:
            settings.put_changes(session, actor, changes, seen=old, overwrite=overwrite)
            return new

        def done(values: SettingsValues) -> None:
            self._show(values)
            self.message.show_ok(translate("pages.administration.settings_tab", "Settings saved."))
            self.ctx.events.settings_changed.emit()

        def failed(exc: BaseException) -> None:
            self.save_button.setEnabled(self.can_edit)
            if isinstance(exc, ChangedMeanwhile):
                self._changed_meanwhile(exc)
            elif isinstance(exc, LocalexError):
                self.message.show_refusal(exc)
            else:
                show_error(self, exc)

        self.save_button.setEnabled(False)
        self.ctx.op(write, done, failed, owner=self)

    # -- another administrator saved first (services.edits) ----------------------------

    def _changed_meanwhile(self, exc: ChangedMeanwhile) -> None:
        answer = messages.choose(
            self,
            exc.message,
            exc.hint or "",
            translate("pages.administration.settings_tab", "&Reload"),
            translate("pages.administration.settings_tab", "Save &anyway"),
        )
        if answer == 1:
            self.reload(keep_typed=True)
        elif answer == 2:
            self.overwrite = True
            self.save()
        else:
            self.message.show_refusal(exc)

    def _texts(self) -> list[str]:
        return [
            self.exchange_edit.text(),
            self.currency_name_edit.text(),
            self.currency_symbol_edit.text(),
            str(self.decimals_box.value()),
            self.limit_edit.text(),
            str(self.clock_box.isChecked()),
        ]

    def _put_texts(self, texts: list[str], only: list[bool]) -> None:
        edits = [self.exchange_edit, self.currency_name_edit, self.currency_symbol_edit]
        for edit, text, put in zip(edits, texts, only, strict=False):
            if put:
                edit.setText(text)
        if only[3]:
            self.decimals_box.setValue(int(texts[3]))
        if only[4]:
            self.limit_edit.setText(texts[4])
        if len(only) > 5 and only[5]:
            self.clock_box.setChecked(texts[5] == "True")
