"""Who else is connected, shown before a restore or an upgrade, and the consent to go on.

:class:`OthersPanel` looks the others up off the UI thread
(:func:`services.backup.connected_others`), says "2 others are connected: ann at desk-2
since 09:14, …" and, when there are others, asks for "Ask them to close, and disconnect
them after 30 s" to be ticked. A login that may not disconnect them is told so in a
sentence with the GRANT to ask for, and the dialog cannot go on (nothing is changed).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QVBoxLayout, QWidget

from localex_desktop.db.connection import Database
from localex_desktop.domain.errors import Refused
from localex_desktop.services import backup
from localex_desktop.services.backup.restore_others import check_takeover
from localex_desktop.ui.errors import describe
from localex_desktop.ui.i18n import translate
from localex_desktop.ui.tasks import TaskRunner
from localex_desktop.ui.widgets import MessageLabel


class OthersPanel(QWidget):
    """The others on the database and, if any, the box that agrees to disconnect them."""

    #: the lookup finished or the box was ticked: whether the dialog may go on changed
    changed = Signal()

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.message = MessageLabel()
        self.message.setObjectName("others_message")
        self.box = QCheckBox(
            translate(
                "backup.others", "Ask them to close, and disconnect them after {seconds} s"
            ).format(seconds=backup.GRACE_SECONDS)
        )
        self.box.setObjectName("others_box")
        self.box.toggled.connect(lambda _c: self.changed.emit())
        self.box.setVisible(False)
        #: the others (None until looked up) and whether this login may not end them
        self.others: list[backup.ConnectedSession] | None = None
        self.blocked = False
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.message)
        column.addWidget(self.box)

    def look(self, db: Database, tasks: TaskRunner) -> None:
        """Look the others up again (each time the dialog reaches its confirm page)."""
        self.others = None
        self.box.setChecked(False)
        self.box.setVisible(False)
        self.message.show_ok(
            translate("backup.others", "Looking for others connected to the database…")
        )
        tasks.run(
            lambda: backup.connected_others(db),
            lambda found: self._found(db, found),
            self._failed,
            owner=self,
        )

    def _found(self, db: Database, others: list[backup.ConnectedSession]) -> None:
        self.others = others
        self.blocked = False
        sentence = others_sentence(others)
        if not others:
            self.message.show_ok(sentence)
        else:
            try:
                check_takeover(db, others, self.kind, backup.Takeover(disconnect=True))
            except Refused as exc:
                self.blocked = True
                self.message.show_error(f"{sentence} {exc.message}", exc.hint or "")
            else:
                if self.kind == "upgrade":
                    what = translate(
                        "backup.others",
                        "{others} The upgrade changes the database under them: their windows "
                        "are asked to close and go back to the sign-in.",
                    )
                else:
                    what = translate(
                        "backup.others",
                        "{others} The restore replaces the data under them: their windows are "
                        "asked to close and go back to the sign-in.",
                    )
                self.message.show_ok(what.format(others=sentence))
                self.box.setVisible(True)
        self.changed.emit()

    def _failed(self, exc: BaseException) -> None:
        self.blocked = True
        self.message.show_error(*describe(exc))
        self.changed.emit()

    @property
    def settled(self) -> bool:
        """Whether the dialog may go on: nobody else, or agreed to disconnect them."""
        if self.others is None or self.blocked:
            return False
        return not self.others or self.box.isChecked()

    def takeover(self, by: str) -> backup.Takeover:
        return backup.Takeover(disconnect=self.box.isChecked(), by=by)


def others_sentence(others: Sequence[backup.ConnectedSession]) -> str:
    """ "2 others are connected: ann at desk-2 since 09:14, …" in the coordinator's language
    (:func:`services.backup.others_sentence` says it in English for the command line)."""
    if not others:
        return translate("backup.others", "Nobody else is connected.")
    who = ", ".join(s.describe() for s in others)
    return translate(
        "backup.others", "%n other(s) (is|are) connected: {who}.", None, len(others)
    ).format(who=who)
