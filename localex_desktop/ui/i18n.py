"""The GUI in the coordinator's language, through Qt's translation system.

Every string a person sees in the GUI is written as ``translate("Context", "Text")``
(plurals: ``translate("Context", "%n member(s)", None, n)``; values by name:
``translate("Context", "{name} was enrolled.").format(name=...)``), so that
``make translations`` (scripts/translations.py) finds it and writes it into
``resources/translations/localex_<lang>.ts``. The context is the module's path below
``localex_desktop/ui`` (``"pages.members.page"``), so translators see the strings of one
window together. Words kept in module constants or class attributes are made at
import, before the language is installed: mark them with ``QT_TRANSLATE_NOOP(context,
text)`` and show them through :func:`translate_marked`. ``self.tr()`` is not used:
PySide6 looks it up under the class of the instance, which misses every string of a
base class.

The language is this computer's ``language`` setting (empty: the system's), read once
at start: a change takes effect when the program starts again, as in most desktop
programs, because widgets built before the change keep their words.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from localex_desktop.domain.roles import Role
from localex_desktop.domain.settings import LANGUAGE_CODES
from localex_desktop.paths import resources_dir

log = logging.getLogger(__name__)

#: the shipped languages, by the code of their ``.ts`` file, with their own names
LANGUAGES: dict[str, str] = {
    "en": "English",
    "de": "Deutsch",
    "es": "Español",
    "fr": "Français",
    "pt_BR": "Português (Brasil)",
}
assert tuple(LANGUAGES) == LANGUAGE_CODES, "domain.settings.LANGUAGE_CODES and LANGUAGES differ"

#: the translators installed by :func:`install` (kept alive: Qt does not own them)
_installed: list[QTranslator] = []


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the program's language (``%n`` replaced by ``n`` in a plural)."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def role_name(role: Role) -> str:
    """A role as the sentences say it ("you are a bookkeeper")."""
    return {
        Role.ADMIN: translate("i18n", "administrator"),
        Role.COORDINATOR: translate("i18n", "coordinator"),
        Role.BOOKKEEPER: translate("i18n", "bookkeeper"),
    }[role]


def translate_marked(context: str, text: str) -> str:
    """``text`` marked elsewhere with ``QT_TRANSLATE_NOOP(context, text)``, translated now.

    For words kept in constants (made at import, before the translator is installed):
    mark them where they are written, translate them where they are shown.
    """
    return QCoreApplication.translate(context, text)


def translations_dir() -> Path:
    return resources_dir() / "translations"


def language_for(setting: str | None, system: QLocale | None = None) -> str:
    """The shipped language to use: the setting's, else the system's, else English."""
    if setting in LANGUAGES:
        return setting
    name = (system or QLocale.system()).name()  # "de_DE", "pt_BR", "C"
    if name in LANGUAGES:
        return name
    base = name.split("_")[0]
    if base in LANGUAGES:
        return base
    if base == "pt":
        return "pt_BR"  # the one Portuguese shipped
    return "en"


def install(language: str, *, follow_locale: bool = False) -> bool:
    """Install the program's and Qt's own words for ``language``; False if none found.

    ``follow_locale``: the language was chosen in the settings, not taken from the
    system, so amounts and dates follow it too (a German coordinator on an English
    system writes 1.234,50). Qt's base translations give the standard dialogs' buttons
    (Cancel, Save, the file chooser) in the same language.
    """
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install() needs the QApplication")
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    if follow_locale and QLocale(language).language() != QLocale().language():
        QLocale.setDefault(QLocale(language))
    found = True
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates = [(f"localex_{language}", str(translations_dir()))]
    if language != "en":
        candidates.append((f"qtbase_{language}", qt_dir))
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
        else:
            found = False
            log.warning("no translation %s.qm in %s", name, folder)
    return found
