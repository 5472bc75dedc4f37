"""A line edit that finds a member by part of their name or by number, as one types.

The search runs in the database (``services.members.search``) on the task runner after
a short pause in typing; the matches drop down below the field (arrow keys and Enter
choose one). A member is chosen when one is picked from the list, when the text is
their number or their exact name, or when only one member matches.
"""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from localex_desktop.domain.errors import NotFound
from localex_desktop.services import members
from localex_desktop.services.members import MemberInfo
from localex_desktop.ui.context import AppContext
from localex_desktop.ui.errors import describe


def member_label(member: MemberInfo) -> str:
    return f"{member.name} ({member.id})"


class MemberPicker(QLineEdit):
    """Chooses one member; :meth:`member` is None until one is chosen."""

    #: the chosen member changed (a MemberInfo, or None)
    member_changed = Signal(object)
    #: a search finished (tests and dialogs wait for it); the argument is the match count
    searched = Signal(int)

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
        self._generation = 0
        self.setPlaceholderText("Name or number")
        self.setClearButtonEnabled(True)
        self._list = QStringListModel(self)
        self._completer = QCompleter(self._list, self)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setWidget(self)
        self._completer.activated.connect(self._chosen_text)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(debounce_ms)
        self._timer.timeout.connect(self.search_now)
        self.textEdited.connect(self._edited)
        self.editingFinished.connect(self._finished)

    # -- the chosen member ------------------------------------------------------------

    def member(self) -> MemberInfo | None:
        return self._member

    def set_member(self, member: MemberInfo | None) -> None:
        self._timer.stop()
        self._generation += 1
        self.setText("" if member is None else member_label(member))
        self._set(member)

    def matches(self) -> list[MemberInfo]:
        return list(self._matches)

    def _set(self, member: MemberInfo | None) -> None:
        changed = (member is None) != (self._member is None) or (
            member is not None and self._member is not None and member != self._member
        )
        self._member = member
        self.setToolTip("" if member is None else f"Member {member.id}: {member.name}")
        if changed:
            self.member_changed.emit(member)

    # -- searching --------------------------------------------------------------------

    def _edited(self, _text: str) -> None:
        if self._member is not None:
            self._set(None)
        self._timer.start()

    def search_now(self) -> None:
        """Search for the current text at once (the typing pause does this by itself)."""
        self._timer.stop()
        self._generation += 1
        generation = self._generation
        text = self.text().strip()
        if not text:
            self._matches = []
            self._list.setStringList([])
            self.searched.emit(0)
            return
        db, actor, status, limit = self.ctx.db, self.ctx.actor, self.status, self.limit

        def find() -> list[MemberInfo]:
            with db.transaction() as session:
                found = members.search(session, actor, text, status=status, limit=limit)
                if text.isdigit() and len(text) < 19 and all(m.id != int(text) for m in found):
                    try:
                        exact = members.get(session, actor, int(text))
                    except NotFound:
                        return found
                    if status is None or exact.status == status:
                        found = [exact, *found]
                return found

        def show(found: list[MemberInfo]) -> None:
            if generation != self._generation:
                return
            self._matches = found
            self._list.setStringList([member_label(m) for m in found])
            chosen = self._resolve(text, found)
            if chosen is not None:
                self._set(chosen)
            elif found and self.hasFocus():
                self._completer.complete()
            self.searched.emit(len(found))

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self.setToolTip(describe(exc)[0])
                self.searched.emit(0)

        self.ctx.tasks.run(find, show, failed, owner=self)

    @staticmethod
    def _resolve(text: str, found: list[MemberInfo]) -> MemberInfo | None:
        lowered = text.casefold()
        for m in found:
            if (text.isdigit() and m.id == int(text)) or lowered in (
                m.name.casefold(),
                member_label(m).casefold(),
            ):
                return m
        return found[0] if len(found) == 1 else None

    def _chosen_text(self, text: str) -> None:
        for m in self._matches:
            if member_label(m) == text:
                self.set_member(m)
                return

    def _finished(self) -> None:
        """Leaving the field shows the chosen member's full label."""
        if self._member is not None and self.text() != member_label(self._member):
            self.setText(member_label(self._member))
