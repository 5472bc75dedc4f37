"""A line edit that finds a member by number or by part of their name, as one types.

The rules, because a wrong payee is the worst mistake a coordinator can make:

* a typed **number** means that member number, exactly — never a member whose phone
  or name happens to contain the digits;
* a **fuzzy** match (part of a name, an email, a phone) is only ever *offered* in the
  list that drops down below the field (arrow keys and Enter choose one), never taken by
  itself, even when it is the only one; the member's full name or "Name (number)" typed
  exactly is taken when it names one member;
* a member the field may not take (suspended or left, where only active members may
  trade) is shown with their state and why — "Member 3, Bram Stoker, is suspended" —
  never hidden and never replaced by another.

The search runs in the database (``services.members.search``) through ``ctx.query``
after a short pause in typing, and at once when the field is left. :meth:`problem`
says, in words fit for the form, why no member is chosen.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget
from sqlalchemy.orm import Session

from localex_desktop.domain.errors import NotFound
from localex_desktop.domain.roles import Actor
from localex_desktop.services import members
from localex_desktop.services.members import MemberInfo
from localex_desktop.ui.context import AppContext
from localex_desktop.ui.errors import describe
from localex_desktop.ui.i18n import translate
from localex_desktop.ui.widgets import single_shot


def member_state(status: str | None) -> str:
    """A member's status as a sentence says it ("suspended"), translated."""
    words = {
        "active": translate("pages.members.picker", "active"),
        "suspended": translate("pages.members.picker", "suspended"),
        "left": translate("pages.members.picker", "left"),
    }
    return words.get(status or "", status or "")


def member_label(member: MemberInfo) -> str:
    return f"{member.name} ({member.id})"


def member_number(text: str) -> int | None:
    """The member number ``text`` means ("3", "#3", " 3 "), or None if it is not one."""
    digits = text.strip().removeprefix("#").strip()
    if digits.isdigit() and len(digits) < 19:  # bigint: no 2**63 reaches the database
        return int(digits)
    return None


@dataclass(frozen=True)
class Found:
    """What a search brought back: the offers, and the member a typed number names."""

    matches: list[MemberInfo]
    numbered: MemberInfo | None


class MemberPicker(QLineEdit):
    """Chooses one member; :meth:`member` is None until one is chosen."""

    #: the chosen member changed (a MemberInfo, or None)
    member_changed = Signal(object)
    #: a search finished (tests and dialogs wait for it); the argument is the match count
    searched = Signal(int)
    #: :meth:`problem` changed (dialogs show it next to the field)
    problem_changed = Signal(str)

    def __init__(
        self,
        ctx: AppContext,
        *,
        status: str | None = "active",
        limit: int = 15,
        debounce_ms: int = 150,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.status = status
        self.limit = limit
        self._member: MemberInfo | None = None
        self._matches: list[MemberInfo] = []
        self._problem = ""
        self._generation = 0
        self._pending = False
        self.setPlaceholderText(translate("pages.members.picker", "Member number or name"))
        self.setClearButtonEnabled(True)
        self._list = QStringListModel(self)
        self._completer = QCompleter(self._list, self)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setWidget(self)
        self._completer.activated.connect(self._chosen_text)
        self._timer = single_shot(self, debounce_ms, self.search_now)
        self.textEdited.connect(self._edited)
        self.editingFinished.connect(self._finished)

    # -- the chosen member ------------------------------------------------------------

    def member(self) -> MemberInfo | None:
        return self._member

    def problem(self) -> str:
        """Why no member is chosen for the text typed ("" when one is, or nothing typed)."""
        return self._problem

    def missing(self, who: str = "", *, sentence: str = "") -> str:
        """The form's message while no member is chosen: why, or what to type.

        ``sentence``: the whole message, translated ("Choose who pays: type a member
        number, …"), as translators need it. ``who`` (translated) completes the general
        "Choose {who}: …" instead, for callers that give only the phrase."""
        if problem := self.problem():
            return problem
        if sentence:
            return sentence
        return translate(
            "pages.members.picker",
            "Choose {who}: type a member number, or part of a name and pick from the list.",
        ).format(who=who)

    def busy(self) -> bool:
        """True while the typed text has not been looked up yet."""
        return self._pending

    def set_member(self, member: MemberInfo | None) -> None:
        self._timer.stop()
        self._generation += 1
        self._pending = False
        self.setText("" if member is None else member_label(member))
        self._set(member)
        self._set_problem("")

    def matches(self) -> list[MemberInfo]:
        return list(self._matches)

    def allows(self, member: MemberInfo) -> bool:
        return self.status is None or member.status == self.status

    def refusal(self, member: MemberInfo) -> str:
        """Why this field cannot take ``member`` (for a member it does not allow)."""
        if member.status == "suspended":
            text = translate(
                "pages.members.picker",
                "Member {id}, {name}, is suspended: they cannot pay or be paid until they are "
                "reactivated.",
            )
        elif member.status == "left":
            text = translate(
                "pages.members.picker",
                "Member {id}, {name}, has left the exchange: reactivate them first if they "
                "are back.",
            )
        else:
            text = translate(
                "pages.members.picker",
                "Member {id}, {name}, is {status}: only {wanted} members can be chosen here.",
            )
        return text.format(
            id=member.id,
            name=member.name,
            status=member_state(member.status),
            wanted=member_state(self.status),
        )

    def _set(self, member: MemberInfo | None) -> None:
        changed = member != self._member
        self._member = member
        self.setToolTip(
            ""
            if member is None
            else translate("pages.members.picker", "Member {id}: {name}").format(
                id=member.id, name=member.name
            )
        )
        if changed:
            self.member_changed.emit(member)

    def _set_problem(self, text: str) -> None:
        if text != self._problem:
            self._problem = text
            self.problem_changed.emit(text)

    # -- searching --------------------------------------------------------------------

    def _edited(self, _text: str) -> None:
        if self._member is not None:
            self._set(None)
        self._pending = bool(self.text().strip())
        self._set_problem("")
        self._timer.start()

    def search_now(self) -> None:
        """Search for the current text at once (the typing pause does this by itself)."""
        self._timer.stop()
        self._generation += 1
        generation = self._generation
        text = self.text().strip()
        if not text:
            self._pending = False
            self._matches = []
            self._list.setStringList([])
            self._set_problem("")
            self.searched.emit(0)
            return
        number, limit = member_number(text), self.limit
        self._pending = True

        def find(session: Session, actor: Actor) -> Found:
            numbered = None
            if number is not None:
                try:
                    numbered = members.get(session, actor, number)
                except NotFound:
                    numbered = None
            found = members.search(session, actor, text, limit=limit)
            return Found([m for m in found if m.id != number], numbered)

        def show(found: Found) -> None:
            if generation != self._generation:
                return
            self._pending = False
            self._show(text, number, found)

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self._pending = False
                self._set_problem(describe(exc)[0])
                self.searched.emit(0)

        self.ctx.query(find, show, failed, owner=self)

    def _show(self, text: str, number: int | None, found: Found) -> None:
        offers = ([found.numbered] if found.numbered else []) + found.matches
        self._matches = offers
        self._list.setStringList([self._offer_text(m) for m in offers])
        chosen: MemberInfo | None = None
        problem = ""
        if number is not None:
            if found.numbered is None:
                problem = translate("pages.members.picker", "There is no member {number}.").format(
                    number=number
                )
            elif self.allows(found.numbered):
                chosen = found.numbered
            else:
                problem = self.refusal(found.numbered)
        else:
            exact = self._exact(text, found.matches)
            if exact is not None and self.allows(exact):
                chosen = exact
            elif exact is not None:
                problem = self.refusal(exact)
            elif found.matches:
                problem = translate(
                    "pages.members.picker",
                    "Choose one of the members offered below, or type a member number.",
                )
            else:
                problem = translate("pages.members.picker", "No member matches “{text}”.").format(
                    text=text
                )
        if chosen is not None:
            self._set(chosen)
            if not self.hasFocus():  # looked up on leaving the field: show who it is
                self.setText(member_label(chosen))
        elif offers and self.hasFocus() and not (number is not None and found.numbered):
            self._completer.complete()
        self._set_problem(problem)
        self.searched.emit(len(offers))

    @staticmethod
    def _exact(text: str, found: list[MemberInfo]) -> MemberInfo | None:
        """The one member whose full name or label is ``text`` (case aside), else None."""
        lowered = text.casefold()
        same = [m for m in found if lowered in (m.name.casefold(), member_label(m).casefold())]
        return same[0] if len(same) == 1 else None

    def _offer_text(self, member: MemberInfo) -> str:
        label = member_label(member)
        if self.allows(member):
            return label
        return translate("pages.members.picker", "{member} — {status}").format(
            member=label, status=member_state(member.status)
        )

    def _chosen_text(self, text: str) -> None:
        for m in self._matches:
            if self._offer_text(m) == text:
                if self.allows(m):
                    self.set_member(m)
                else:
                    self.setText(member_label(m))
                    self._set(None)
                    self._set_problem(self.refusal(m))
                return

    def _finished(self) -> None:
        """Leaving the field looks the text up now, or shows the chosen member's label."""
        if self._member is not None:
            if self.text() != member_label(self._member):
                self.setText(member_label(self._member))
        elif self.text().strip() and (self._pending or self._timer.isActive()):
            self.search_now()


def two_members(
    errors: dict[str, str],
    first: tuple[str, MemberPicker, str],
    second: tuple[str, MemberPicker, str],
    same: str,
) -> tuple[MemberInfo | None, MemberInfo | None]:
    """The members of the two sides of a payment, each given as ``(field, picker,
    missing)`` (``missing``: the whole translated message while no member is chosen, see
    :meth:`MemberPicker.missing`): one not chosen, or the second the same as the first
    (``same`` says so), goes into ``errors``."""
    (first_field, first_picker, first_missing), (second_field, second_picker, second_missing) = (
        first,
        second,
    )
    a, b = first_picker.member(), second_picker.member()
    if a is None:
        errors[first_field] = first_picker.missing(sentence=first_missing)
    if b is None:
        errors[second_field] = second_picker.missing(sentence=second_missing)
    if a is not None and b is not None and a.id == b.id:
        errors[second_field] = same
    return a, b
