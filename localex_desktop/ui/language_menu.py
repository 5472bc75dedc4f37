"""View → Language: this computer's language for the program's windows, from the next start.

The choice is stored by ``services.settings.choose_language`` (this computer's setting,
not the exchange's) and read by ``app._install_language`` at start; the open windows
keep their words, so the notice says it will speak the language when it starts again —
in that language, looked up in its own .qm file without installing it.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, QTranslator
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from localex_desktop import APP_NAME
from localex_desktop.domain.errors import LocalexError
from localex_desktop.services import settings
from localex_desktop.ui import i18n, messages
from localex_desktop.ui.errors import show_error
from localex_desktop.ui.i18n import translate, translate_marked

log = logging.getLogger(__name__)


class LanguageMenu:
    """The submenu, its exclusive actions by language code ("" for the system's)."""

    def __init__(self, window: QWidget, view_menu: QMenu) -> None:
        self.window = window
        self.menu = view_menu.addMenu(translate("language_menu", "&Language"))
        self.menu.setObjectName("language_menu")
        group = QActionGroup(self.menu)
        group.setExclusive(True)
        chosen = chosen_language()
        choices = [("", translate("language_menu", "&System language")), *language_entries()]
        self.actions: dict[str, QAction] = {}
        for code, text in choices:
            action = QAction(text, self.menu)
            action.setCheckable(True)
            action.setData(code)
            action.setChecked(code == chosen)
            action.triggered.connect(lambda _checked=False, c=code: self.choose(c))
            group.addAction(action)
            self.menu.addAction(action)
            self.actions[code] = action
        if chosen not in self.actions:  # a code no longer shipped: the system's
            self.actions[""].setChecked(True)

    def choose(self, code: str) -> None:
        """Keep ``code`` ("" for the system's) as this computer's language and say that
        the program speaks it from its next start (in that language, where it can)."""
        before = chosen_language()
        try:
            stored = settings.choose_language(code)
        except LocalexError as exc:
            show_error(self.window, exc)
            (self.actions.get(before) or self.actions[""]).setChecked(True)
            return
        now = self.actions.get(stored)
        if now is not None:
            now.setChecked(True)
        if stored == before:
            return
        text, detail = _notice(i18n.language_for(stored))
        messages.inform(self.window, text, detail)


def chosen_language() -> str:
    """This computer's language setting ("" for the system's, also when unreadable)."""
    try:
        return str(settings.this_computer("language") or "")
    except LocalexError as exc:  # an unreadable settings file: the system's language
        log.warning("the language setting could not be read: %s", exc)
        return ""


def language_entries() -> list[tuple[str, str]]:
    """(code, menu text) of each shipped language: its own name, in any language, with a
    mnemonic no earlier entry uses (S is "System language")."""
    taken = {"s"}
    return [(code, _with_mnemonic(name, taken)) for code, name in i18n.LANGUAGES.items()]


def _with_mnemonic(name: str, taken: set[str]) -> str:
    """``name`` with ``&`` before its first letter no earlier entry uses (``taken``)."""
    for number, char in enumerate(name):
        if char.isalpha() and char.lower() not in taken:
            taken.add(char.lower())
            return f"{name[:number]}&{name[number:]}"
    return name


def _notice(language: str) -> tuple[str, str]:
    """The notice that the program speaks ``language`` from its next start: in that
    language when its words are shipped, else in the one spoken now."""
    text = str(
        QT_TRANSLATE_NOOP(
            "language_menu", "{program} will speak this language when it starts again."
        )
    )
    detail = str(
        QT_TRANSLATE_NOOP(
            "language_menu",
            "The windows open now keep their words until you quit and start again.",
        )
    )
    translator = QTranslator()
    if translator.load(f"localex_{language}", str(i18n.translations_dir())):
        # looked up in the new language's file alone (not installed: the open windows
        # keep their words); the words are extracted from the marks above
        in_new = translator.translate  # (not a translate() call for the extractor)
        new_text, new_detail = in_new("language_menu", text), in_new("language_menu", detail)
        if new_text and new_detail:
            return new_text.format(program=APP_NAME), new_detail
    shown = translate_marked("language_menu", text).format(program=APP_NAME)
    return shown, translate_marked("language_menu", detail)
