"""A dialog with a form, red messages next to bad fields, and one service call on OK.

Subclasses describe the form and two things: :meth:`FormDialog.field_errors`, checked
as the person types (OK stays disabled while anything is wrong), and
:meth:`FormDialog.work`, the service work that ``ctx.op`` runs on a worker in one
transaction. A refusal from the service is shown inline (next to its field when the
service names one) and nothing is written.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QTextEdit,
    QWidget,
)

from localex_desktop.domain.errors import LocalexError, ValidationError
from localex_desktop.services.edits import Change, ChangedMeanwhile
from localex_desktop.services.work import Work
from localex_desktop.ui import accessibility, messages
from localex_desktop.ui.context import AppContext
from localex_desktop.ui.errors import show_error
from localex_desktop.ui.fit import fit_to_contents
from localex_desktop.ui.i18n import translate
from localex_desktop.ui.widgets import FormFrame

T = TypeVar("T")


def checked(errors: dict[str, str], field: str, parse: Callable[[], T]) -> T | None:
    """What ``parse()`` returns; None when it refuses, with its words in ``errors[field]``
    (for :meth:`FormDialog.field_errors`)."""
    try:
        return parse()
    except ValidationError as exc:
        errors[field] = str(exc).strip()
        return None


def typed_values(dialog: QWidget) -> list[object]:
    """What the person can change in ``dialog``, in widget order: compared before closing
    to tell whether anything was typed (any dialog, without each listing its fields)."""
    values: list[object] = []
    for widget in dialog.findChildren(QWidget):
        if isinstance(widget, QLineEdit | QAbstractSpinBox):
            values.append(widget.text())
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            values.append(widget.toPlainText())
        elif isinstance(widget, QComboBox):
            values.append(widget.currentIndex())
        elif isinstance(widget, QAbstractButton) and widget.isCheckable():
            values.append(widget.isChecked())
    return values


def edit_or_new(noun: str, ident: int | None, add_text: str) -> tuple[str, str]:
    """The title and OK text of a dialog that edits ``noun`` number ``ident`` (None: adds
    a new one, with ``add_text`` on its OK button).

    ``noun`` and ``add_text`` are to be translated by the caller; better still, a dialog
    writes its two titles whole (as ``MemberDialog`` does): word order and the noun's
    gender differ between languages."""
    if ident is None:
        return translate("pages.members.form_dialog", "New {noun}").format(noun=noun), add_text
    return translate("pages.members.form_dialog", "Edit {noun} {id}").format(
        noun=noun, id=ident
    ), translate("pages.members.form_dialog", "&Save")


class FormDialog(FormFrame, Generic[T]):
    """Enter confirms (when OK is enabled), Esc cancels; labels carry mnemonics."""

    def __init__(
        self, ctx: AppContext, title: str, ok_text: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(title, ok_text, 480, parent)
        self.ctx = ctx
        self.result_value: T | None = None
        self.ok_button.setDefault(True)
        self._error_labels: dict[str, QLabel] = {}
        self._touched: set[str] = set()
        self._show_all = False
        self._busy = False
        self._shown_values: list[object] | None = None
        #: the person chose "Save anyway" over another coordinator's change
        self.overwrite = False

    def run(self) -> T | None:
        """Open it modally: what its OK made, or None when it was cancelled."""
        return self.result_value if self.exec() else None

    # -- building the form ------------------------------------------------------------

    def add_field(self, label: str, widget: QWidget, field: str | None = None) -> None:
        """A row ``label: widget``; with ``field``, a red line under it for its error."""
        self.form.addRow(label, widget)
        if field is None:
            return
        error = QLabel()
        error.setStyleSheet(accessibility.tone_style("error", self))
        error.setWordWrap(True)
        # the whole width of the field column, so a long message wraps there and not
        # into a narrow strip (a wrapped label's own size hint is narrow)
        error.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        error.setObjectName(f"error_{field}")
        self.form.addRow("", error)
        self.form.setRowVisible(error, False)
        self._error_labels[field] = error

    def touch(self, field: str) -> None:
        """The person edited ``field``: its error may show from now on."""
        self._touched.add(field)
        self.revalidate()

    def error_text(self, field: str) -> str:
        """The message shown next to ``field`` ("" when none)."""
        label = self._error_labels.get(field)
        return label.text() if label is not None and self.form.isRowVisible(label) else ""

    # -- checking -----------------------------------------------------------------------

    def field_errors(self) -> dict[str, str]:
        """Field -> message for everything wrong now (empty: the form is fine)."""
        return {}

    def ready(self) -> bool:
        """Anything else OK waits for (e.g. a preview); errors are checked separately."""
        return True

    def work(self) -> Work[T]:
        """The change OK makes: ``fn(session, actor)``, built from the form's values."""
        raise NotImplementedError

    def revalidate(self) -> dict[str, str]:
        errors = self.field_errors()
        for field, label in self._error_labels.items():
            text = errors.get(field, "")
            visible = bool(text) and (self._show_all or field in self._touched)
            if (text if visible else "") != label.text():  # said once, not at every key
                accessibility.say_error(label, text if visible else "")
            label.setText(text if visible else "")
            self.form.setRowVisible(label, visible)
        self.ok_button.setEnabled(not errors and self.ready() and not self._busy)
        return errors

    def submit(self) -> None:
        self._show_all = True
        if self.revalidate() or not self.ready() or self._busy:
            return
        try:
            work = self.work()
        except LocalexError as exc:
            self._show_refusal(exc)
            return
        self.message.clear_message()
        self._busy = True
        self.ok_button.setEnabled(False)
        self.ctx.op(work, self._done, self._failed, owner=self)

    def _done(self, value: T) -> None:
        self._busy = False
        self.result_value = value
        self.accepted_value(value)
        self.accept()

    def accepted_value(self, value: T) -> None:
        """Hook: the service call succeeded (before the dialog closes)."""

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        self.revalidate()
        if isinstance(exc, ChangedMeanwhile):
            self._changed_meanwhile(exc)
        elif isinstance(exc, LocalexError):
            self._show_refusal(exc)
        else:
            show_error(self, exc)

    # -- someone else saved first (services.edits) -------------------------------------

    def describe_change(self, change: Change) -> str:
        """One line for a field changed meanwhile; dialogs with amounts format them."""
        return translate("pages.members.form_dialog", "{label}: was {seen}, now {now}.").format(
            label=change.label.capitalize(), seen=_said(change.seen), now=_said(change.now)
        )

    def reload_record(self) -> None:
        """Read the record again: fields the person left show the stored values, their own
        edits stay. Dialogs that pass ``seen`` to their service implement it."""
        raise NotImplementedError

    def _changed_meanwhile(self, exc: ChangedMeanwhile) -> None:
        lines = "\n".join(self.describe_change(c) for c in exc.changes)
        answer = messages.choose(
            self,
            exc.message,
            f"{lines}\n\n{exc.hint}",
            translate("pages.members.form_dialog", "&Reload"),
            translate("pages.members.form_dialog", "Save &anyway"),
        )
        if answer == 1:
            self.reload_record()
        elif answer == 2:
            self.overwrite = True
            self.submit()
        else:
            self._show_refusal(exc)

    def reloaded(self, changed: list[str]) -> None:
        """Say what :meth:`reload_record` brought in (``changed``: the fields' names)."""
        self.overwrite = False
        ok = self.ok_button.text().replace("&", "")
        if changed:
            self.message.show_ok(
                translate(
                    "pages.members.form_dialog",
                    "Reloaded: {fields} show(s|) what was saved meanwhile; your own changes "
                    "are kept. Press {ok} to save them.",
                    None,
                    len(changed),
                ).format(fields=and_list(changed), ok=ok)
            )
        else:
            self.message.show_ok(
                translate(
                    "pages.members.form_dialog",
                    "Reloaded; your own changes are kept. Press {ok} to save them.",
                ).format(ok=ok)
            )
        self.revalidate()

    def showEvent(self, event: QShowEvent) -> None:
        # messages and word-wrapped texts keep the dialog tall enough (ui.fit): without
        # it the buttons end up over the notes when errors appear
        fit_to_contents(self)
        super().showEvent(event)
        if self._shown_values is None:
            self._shown_values = typed_values(self)

    def typed_something(self) -> bool:
        """The person changed a field since the dialog opened (and it was not saved)."""
        shown = self._shown_values
        return self.result_value is None and shown is not None and typed_values(self) != shown

    def reject(self) -> None:
        """Escape, Cancel or the window's ✕: what was typed and not saved is asked about."""
        if self.typed_something() and not messages.ask(
            self,
            translate("pages.members.form_dialog", "Discard what you typed?"),
            translate(
                "pages.members.form_dialog", "Nothing was saved; closing forgets the changes."
            ),
            yes=translate("pages.members.form_dialog", "Discard"),
            no=translate("pages.members.form_dialog", "Keep editing"),
        ):
            return
        super().reject()

    def _show_refusal(self, exc: LocalexError) -> None:
        field = exc.field if isinstance(exc, ValidationError) else None
        label = self._error_labels.get(field or "")
        if label is not None:
            label.setText(str(exc).strip())
            accessibility.say_error(label, label.text())
            self.form.setRowVisible(label, True)
            self.message.clear_message()
        else:
            self.message.show_refusal(exc)


def and_list(items: list[str]) -> str:
    """ "a", "a and b", "a and b and c": translated items joined in the program's language."""
    text = items[0] if items else ""
    for item in items[1:]:
        text = translate("pages.members.form_dialog", "{earlier} and {last}").format(
            earlier=text, last=item
        )
    return text


def _said(value: object) -> str:
    if value is None or value == "":
        return translate("pages.members.form_dialog", "empty")
    if isinstance(value, bool):
        return (
            translate("pages.members.form_dialog", "yes")
            if value
            else translate("pages.members.form_dialog", "no")
        )
    return repr(value) if isinstance(value, str) else str(value)
