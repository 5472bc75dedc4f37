"""Going back to the sign-in when another session restores or upgrades the database.

:class:`SignOutWatch` listens to the window's :class:`ui.live.LiveUpdates`:

* a request to close (another session is about to restore or upgrade) shows a notice
  that counts down — "ann is restoring the database; your saved work is kept. LocalEx
  will sign you out in 30 s." — with *Sign out now*, and signs out at zero;
* a database that is no longer the one the window signed in to (the mark differs)
  signs out at once with "The database was restored by ann at 09:20 — sign in again.".

Signing out closes the window's open dialogs and the window, with the sentence kept in
:attr:`SignOutWatch.reason`; ``app.run_gui`` shows it and opens the sign-in again.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from localex_desktop.ui.i18n import translate
from localex_desktop.ui.live import LiveUpdates
from localex_desktop.ui.messages import widen


def _sentences(kind: str, by: str) -> tuple[str, str]:
    """What the notice says while it counts down, and the sentence for the sign-in."""
    if kind == "upgrade":
        if by:
            return (
                translate("sign_out", "{who} is upgrading the database; your saved work is kept."),
                translate(
                    "sign_out", "{who} is upgrading the database — sign in again when it is done."
                ),
            )
        return (
            translate("sign_out", "Someone is upgrading the database; your saved work is kept."),
            translate(
                "sign_out", "Someone is upgrading the database — sign in again when it is done."
            ),
        )
    if by:
        return (
            translate("sign_out", "{who} is restoring the database; your saved work is kept."),
            translate(
                "sign_out", "{who} is restoring the database — sign in again when it is done."
            ),
        )
    return (
        translate("sign_out", "Someone is restoring the database; your saved work is kept."),
        translate("sign_out", "Someone is restoring the database — sign in again when it is done."),
    )


class SignOutWatch(QObject):
    """Signs the window out when its data is about to be, or was, replaced."""

    #: the window signed out: the sentence for the sign-in
    signed_out = Signal(str)

    def __init__(self, window: QWidget, live: LiveUpdates, close: Callable[[], object]) -> None:
        super().__init__(window)
        self.window = window
        self.close_window = close
        self.reason: str | None = None
        self.notice: QMessageBox | None = None
        self._left = 0
        self._text = ""
        self._after = ""
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tick)
        live.closing_asked.connect(self.closing_asked)
        live.database_replaced.connect(self.sign_out)

    def closing_asked(self, kind: str, by: str, seconds: int) -> None:
        """Show the countdown; sign out when it ends (or at once with no time given)."""
        if self.reason is not None:
            return
        text, after = _sentences(kind, by)
        self._text, self._after = text.format(who=by), after.format(who=by)
        self._left = seconds
        if seconds <= 0:
            self.sign_out(self._after)
            return
        if self.notice is None:
            box = QMessageBox(
                QMessageBox.Icon.Information,
                translate("sign_out", "Signing out"),
                "",
                parent=self.window,
            )
            box.setObjectName("sign_out_notice")
            now = box.addButton(
                translate("sign_out", "Sign out now"), QMessageBox.ButtonRole.AcceptRole
            )
            now.clicked.connect(lambda: self.sign_out(self._after))
            box.setModal(False)
            widen(box)  # as wide as every other box: the countdown reads in two lines
            self.notice = box
        self._show_left()
        self.notice.show()
        # in front, and the taskbar entry flashing: the window may be behind another
        # program's (the tryout's restoring window covered it and the notice went unseen)
        self.notice.raise_()
        self.notice.activateWindow()
        QApplication.alert(self.window)
        self._timer.start()

    def _show_left(self) -> None:
        if self.notice is not None:
            self.notice.setText(
                translate(
                    "sign_out",
                    "{notice} LocalEx will sign you out in {seconds} s — finish or "
                    "cancel what you are editing.",
                ).format(notice=self._text, seconds=self._left)
            )

    def _tick(self) -> None:
        self._left -= 1
        if self._left <= 0:
            self.sign_out(self._after)
            return
        self._show_left()

    def sign_out(self, reason: str) -> None:
        """Close the window's dialogs and the window; ``reason`` goes to the sign-in."""
        if self.reason is not None:
            return
        self.reason = reason
        self._timer.stop()
        for dialog in self.window.findChildren(QDialog):
            if dialog.isVisible():
                dialog.reject()
        self.signed_out.emit(reason)
        self.close_window()
