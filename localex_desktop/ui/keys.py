"""Alt and a letter that is nobody's mnemonic does nothing, as in other desktop programs.

Qt hands an Alt+letter that matched no shortcut (a letter no label underlines, or the
mnemonic of a button that is disabled just now) to the focused field as typed text, so
Alt+P on a disabled "Post" adds a "p" to the memo. A filter on the application swallows
those (with a beep). Not on macOS, where Option+letter types accents and symbols; AltGr
(Windows: Ctrl+Alt; X11: a level shift, not Alt) passes untouched.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
)

_TEXT_FIELDS = (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox, QComboBox)
_OTHER = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.MetaModifier


class StrayAltLetters(QObject):
    """The application's filter (see the module docstring)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, _TEXT_FIELDS):
            return False
        assert isinstance(event, QKeyEvent)
        mods = event.modifiers()
        alt_only = bool(mods & Qt.KeyboardModifier.AltModifier) and not mods & _OTHER
        if alt_only and event.text().strip() and event.text().isprintable():
            QApplication.beep()
            return True
        return False


def install(app: QApplication) -> StrayAltLetters | None:
    """Swallow stray Alt+letters in ``app`` (nothing on macOS); keep the filter alive."""
    if sys.platform == "darwin":
        return None
    guard = StrayAltLetters(app)
    app.installEventFilter(guard)
    return guard


def standard_keys(key: QKeySequence.StandardKey, usual: str) -> list[QKeySequence]:
    """The platform's keys for ``key``, the one with Ctrl (or ⌘) first, so a menu shows
    "Ctrl+Q" rather than a keyboard's own Exit key; ``usual`` (Ctrl+Q, Ctrl+,) first where
    the platform has none with a modifier (Windows and GNOME have no Preferences key)."""
    bindings = QKeySequence.keyBindings(key)
    chorded = [k for k in bindings if _portable(k).startswith(("Ctrl+", "Meta+"))]
    first = chorded[:1] or [QKeySequence(usual)]
    return [*first, *(k for k in bindings if k not in first)]


def _portable(keys: QKeySequence) -> str:
    return keys.toString(QKeySequence.SequenceFormat.PortableText)
