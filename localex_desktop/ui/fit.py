"""Keep a dialog tall enough for its word-wrapped text, whatever appears in it later;
the main window's first size fitted to the screen (:func:`first_size`).

Qt gives a window the minimum size of its layout, but that minimum ignores
height-for-width: a word-wrapped label counts as one line. When an error message of
two lines appears in a shown dialog, the dialog does not grow, and the layout squeezes
the message into one line or draws the rows below over each other (a table over the
buttons). :func:`fit_to_contents` fixes both for one window:

* word-wrapped labels take the whole width their layout offers (a form gives a
  ``Preferred`` label only its size hint, a narrow column of three-word lines);
* whenever the window's layout changes or its width does, its minimum height becomes
  what the layout needs at that width, and the window grows to it if it is smaller.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


def widen_wrapped_labels(root: QWidget) -> None:
    """Let every word-wrapped label under ``root`` take the width its layout offers."""
    for label in root.findChildren(QLabel):
        if label.wordWrap():
            policy = label.sizePolicy()
            policy.setHorizontalPolicy(QSizePolicy.Policy.Expanding)
            label.setSizePolicy(policy)


class _Fitter(QObject):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self._fitting = False
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        window = getattr(self, "window", None)  # None while the wrapper is torn down
        if (
            window is not None
            and watched is window
            and kind
            in (
                QEvent.Type.LayoutRequest,
                QEvent.Type.Resize,
                QEvent.Type.Show,
            )
        ):
            self.fit()
        return False

    def fit(self) -> None:
        layout = self.window.layout()
        if layout is None or self._fitting:
            return
        self._fitting = True
        try:
            layout.activate()
            width = self.window.width()
            needed = layout.totalMinimumSize().height()
            if layout.hasHeightForWidth():
                needed = max(needed, layout.totalHeightForWidth(width))
            if self.window.minimumHeight() != needed:
                self.window.setMinimumHeight(needed)
            if self.window.height() < needed:
                self.window.resize(width, needed)
        finally:
            self._fitting = False


def fit_to_contents(window: QWidget) -> None:
    """Call once the window's widgets exist (labels added later: call widen again).

    Calling it again for the same window only widens the labels again.
    """
    widen_wrapped_labels(window)
    if not any(isinstance(child, _Fitter) for child in window.children()):
        _Fitter(window)


# -- the main window's first size ---------------------------------------------------

#: the smallest first window: every page is laid out for it (tests/ui/test_layout.py)
FIRST_MIN = QSize(1000, 660)
#: the share of the screen's free area a first window takes
FIRST_SHARE = 0.8


def first_size(window: QWidget) -> QSize:
    """About 80% of the screen the window opens on, never below 1000×660 (nor above the
    screen): a large screen shows more rows and columns from the first start."""
    screen = window.screen()
    return FIRST_MIN if screen is None else fitted_size(screen.availableGeometry().size())


def fitted_size(free: QSize) -> QSize:
    """The first window's size on a screen whose free area is ``free``."""
    width = min(max(int(free.width() * FIRST_SHARE), FIRST_MIN.width()), free.width())
    height = min(max(int(free.height() * FIRST_SHARE), FIRST_MIN.height()), free.height())
    return QSize(width, height)
