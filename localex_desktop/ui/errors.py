"""How failures reach a person: a clear message for expected ones, the log for bugs.

Expected failures (:class:`LocalexError`) show their message and what to do next.
Anything else is a bug: the details go to the rotating log, and the person sees that
something went wrong and where the log is. Never a traceback.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from localex_desktop import APP_NAME, paths
from localex_desktop.domain.errors import DatabaseUnavailable, LocalexError
from localex_desktop.services.errors import translate as known_error
from localex_desktop.ui.i18n import translate
from localex_desktop.ui.messages import message_box, show_ok

log = logging.getLogger(__name__)


def log_file() -> Path:
    """The file the details went to (the rotating handler's, else the default place)."""
    for handler in logging.getLogger().handlers:
        if isinstance(handler, logging.handlers.RotatingFileHandler):
            return Path(handler.baseFilename)
    return paths.log_dir() / "localex-desktop.log"


#: how :func:`services.errors.translate` words a connection lost on the way
_NOT_ANSWERING = " is not answering"


def connection_lost(exc: BaseException) -> bool:
    """``exc`` is the server going away (stopped, restarted, the network gone), which the
    window recovers from by itself (:mod:`ui.connection_status`)."""
    exc = known_error(exc)
    return isinstance(exc, DatabaseUnavailable) and _NOT_ANSWERING in exc.message


def describe(exc: BaseException) -> tuple[str, str]:
    """The message and hint a person sees for ``exc``, inline or in a dialog.

    An unexpected exception is logged here with its traceback, so callers that show
    the words inline need not remember to. A lost connection is no fault: the window
    reconnects by itself and says so in the status bar.
    """
    exc = known_error(exc)  # for work that did not come through ctx.op / ctx.query
    if isinstance(exc, DatabaseUnavailable) and connection_lost(exc):
        where = exc.message.split(_NOT_ANSWERING)[0]
        return (
            translate("errors", "{where} is not answering; LocalEx will reconnect.").format(
                where=where
            ),
            translate(
                "errors",
                "Nothing is saved by halves meanwhile. The status bar says when it is connected "
                "again; try once more then. If it stays offline, check that the server is "
                "running.",
            ),
        )
    if isinstance(exc, LocalexError):
        return exc.message, exc.hint or ""
    log.error("unexpected error", exc_info=exc)
    return (
        translate(
            "errors",
            "Something went wrong. This is a fault in LocalEx Desktop, not something you did.",
        ),
        translate("errors", "The details were written to the log file:\n{file}").format(
            file=log_file()
        ),
    )


def show_error(parent: QWidget | None, exc: BaseException, *, title: str | None = None) -> None:
    """Show ``exc`` in a dialog; unexpected ones are logged with their traceback first."""
    exc = known_error(exc)
    expected = isinstance(exc, LocalexError)
    message, hint = describe(exc)
    icon = QMessageBox.Icon.Warning if expected else QMessageBox.Icon.Critical
    if not title:
        title = (
            APP_NAME
            if expected
            else translate("errors", "{program} — error").format(program=APP_NAME)
        )
    show_ok(message_box(parent, icon, title, message, hint))
