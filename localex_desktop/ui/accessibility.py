"""What the program does for people who use a screen reader, large text or high contrast.

* **Larger text**: this computer's ``text_scale`` setting (100, 125 or 150 % of the
  system's font size) scales the application font once at start
  (:func:`apply_text_scale`); View → Text size chooses it (:func:`add_text_size_menu`),
  and says it takes effect when the program starts again, like the language.
* **Colours that follow the palette**: errors, results and negative amounts are drawn
  in a red or green made dark enough on a light palette and light enough on a dark or
  high-contrast one to be read (:func:`tone_color`, WCAG's 4.5:1), never as the only
  sign: an error is also *said* to be one (:func:`announce_error`), a negative amount
  keeps its minus sign and is described as below zero (``models.columns``).
"""

from __future__ import annotations

import itertools
import logging
from typing import Literal

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QAction,
    QActionGroup,
    QColor,
    QFont,
    QGuiApplication,
    QPalette,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialogButtonBox,
    QLabel,
    QMenu,
    QWidget,
)

from localex_desktop.domain.errors import LocalexError
from localex_desktop.domain.settings import TEXT_SCALES
from localex_desktop.services import settings
from localex_desktop.ui import messages
from localex_desktop.ui.errors import show_error
from localex_desktop.ui.i18n import translate

log = logging.getLogger(__name__)

Tone = Literal["error", "ok", "negative", "muted"]

#: the hues, as on a light palette; :func:`tone_color` lightens them on a dark one
_HUES: dict[str, str] = {"error": "#b3261e", "ok": "#1f6f3c", "negative": "#b3261e"}
#: WCAG's least contrast for normal text
LEAST_CONTRAST = 4.5


# -- text size -----------------------------------------------------------------------


def text_scale() -> int:
    """This computer's text size in percent (100 when the settings file cannot be read)."""
    try:
        value = int(settings.this_computer("text_scale") or 100)
    except LocalexError as exc:
        log.warning("the text size setting could not be read: %s", exc)
        return 100
    return value if value in TEXT_SCALES else 100


def apply_text_scale(app: QApplication) -> None:
    """Scale the application font (the system's) by this computer's text size, before
    the first window is made: every widget, table row and metric follows it."""
    scale = text_scale()
    if scale == 100:
        return
    font = app.font()
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * scale / 100)
    elif font.pixelSize() > 0:
        font.setPixelSize(round(font.pixelSize() * scale / 100))
    app.setFont(font)


def add_text_size_menu(window: QWidget, menu: QMenu) -> QMenu:
    """View → Text size: 100 %, 125 %, 150 %, the current one checked."""
    sub = menu.addMenu(translate("accessibility", "&Text size"))
    group = QActionGroup(sub)
    current = text_scale()
    for percent in TEXT_SCALES:
        action = QAction(translate("accessibility", "{percent} %").format(percent=percent), sub)
        action.setCheckable(True)
        action.setChecked(percent == current)
        action.triggered.connect(lambda _checked=False, p=percent: _choose(window, p))
        group.addAction(action)
        sub.addAction(action)
    return sub


def _choose(window: QWidget, percent: int) -> None:
    try:
        settings.choose_text_scale(percent)
    except LocalexError as exc:
        show_error(window, exc)
        return
    messages.inform(
        window,
        translate(
            "accessibility",
            "The text will be shown at {percent} % when the program starts again.",
        ).format(percent=percent),
    )


def scaled_font(font: QFont, factor: float, *, bold: bool = False) -> QFont:
    """``font`` ``factor`` times as large (a heading), so that it grows with the text."""
    bigger = QFont(font)
    if bigger.pointSizeF() > 0:
        bigger.setPointSizeF(bigger.pointSizeF() * factor)
    elif bigger.pixelSize() > 0:
        bigger.setPixelSize(round(bigger.pixelSize() * factor))
    if bold:
        bigger.setWeight(QFont.Weight.DemiBold)
    return bigger


# -- colours that can be read --------------------------------------------------------


def _luminance(color: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(color.redF())
        + 0.7152 * channel(color.greenF())
        + 0.0722 * channel(color.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    """WCAG's contrast ratio of two colours (1 to 21)."""
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def high_contrast() -> bool:
    """The system asks for high contrast (Qt 6.10 reads it from the desktop)."""
    hints = QGuiApplication.styleHints()
    face = getattr(hints, "accessibility", None)  # Qt 6.10
    if face is None:
        return False
    return bool(face().contrastPreference() == Qt.ContrastPreference.HighContrast)


def readable(color: QColor, background: QColor) -> QColor:
    """``color``'s hue, darkened or lightened until it can be read on ``background``
    (WCAG's 4.5:1; 7:1 when the system asks for high contrast)."""
    dark_background = _luminance(background) < 0.3
    least = 7.0 if high_contrast() else LEAST_CONTRAST
    found = QColor(color)
    for _ in range(40):
        if contrast(found, background) >= least:
            return found
        found = found.lighter(112) if dark_background else found.darker(112)
    # a hue cannot reach it (a mid-grey background): the palette's own text colour
    return QColor("#ffffff" if dark_background else "#000000")


def tone_color(tone: Tone, palette: QPalette | None = None) -> QColor:
    """The colour of an error, a good result or a negative amount on ``palette``."""
    palette = palette or QApplication.palette()
    window = palette.color(QPalette.ColorRole.Window)
    if tone == "muted":  # the text's colour a third of the way to the background
        text = palette.color(QPalette.ColorRole.WindowText)
        mixed = QColor.fromRgbF(
            text.redF() + (window.redF() - text.redF()) / 3,
            text.greenF() + (window.greenF() - text.greenF()) / 3,
            text.blueF() + (window.blueF() - text.blueF()) / 3,
        )
        return readable(mixed, window)
    return readable(QColor(_HUES[tone]), window)


def tone_style(tone: Tone, widget: QWidget | None = None) -> str:
    """A style sheet for a label in ``tone`` on the widget's (or the program's) palette;
    errors are also bold, so that they differ from a result by more than their colour."""
    palette = widget.palette() if widget is not None else None
    weight = " font-weight: 600;" if tone == "error" else ""
    return f"color: {tone_color(tone, palette).name()};{weight}"


# -- errors a screen reader says -----------------------------------------------------


def error_name(message: str) -> str:
    return translate("accessibility", "Error: {message}").format(message=message)


def announce_error(label: QLabel, message: str) -> None:
    """``label`` shows ``message`` as an error: a screen reader calls it one, and is told
    at once (an alert), not only when the person happens to reach the label."""
    label.setAccessibleName(error_name(message))
    label.setAccessibleDescription(translate("accessibility", "Error"))
    if QAccessible.isActive():
        QAccessible.updateAccessibility(QAccessibleEvent(label, QAccessible.Event.Alert))


def say_error(label: QLabel, message: str) -> None:
    """``label`` now shows ``message`` as an error (announced), or no error ("")."""
    if message:
        announce_error(label, message)
    else:
        clear_error(label)


def clear_error(label: QLabel) -> None:
    """``label`` no longer shows an error: its name is its text again."""
    label.setAccessibleName("")
    label.setAccessibleDescription("")


def negative_description() -> str:
    """What a screen reader adds after a negative amount (its colour is not seen)."""
    return translate("accessibility", "below zero")


def named_by(label: QLabel | QWidget | None, field: QWidget) -> None:
    """``label`` names ``field`` for a screen reader too. Qt reads a label out only for the
    buddy beside it (the same parent); a field inside a row widget needs its own name."""
    if not isinstance(label, QLabel):
        return
    label.setBuddy(field)
    if not field.accessibleName() and field.parentWidget() is not label.parentWidget():
        field.setAccessibleName(
            label.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        )


def buttons_as_shown(box: QDialogButtonBox) -> list[QWidget]:
    """A button box's buttons left to right, as the platform's button order lays them out
    (Tab should follow that order, not the order they were added in)."""
    layout = box.layout()
    if layout is None:
        return list(box.buttons())
    found: list[QWidget] = []
    for n in range(layout.count()):
        item = layout.itemAt(n)
        widget = item.widget() if item is not None else None
        if isinstance(widget, QAbstractButton):
            found.append(widget)
    return found


def tab_as_shown(box: QDialogButtonBox) -> None:
    """Tab through a button box's buttons left to right, as they are shown: Qt keeps the
    order they were made in (Close, then the "Save as PDF…" laid out to its left)."""
    shown = buttons_as_shown(box)
    for first, second in itertools.pairwise(shown):
        QWidget.setTabOrder(first, second)
