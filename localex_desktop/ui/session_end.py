"""End the program the normal way when told to by a signal or the desktop session.

SIGTERM (a log-out, ``kill``, systemd) and SIGHUP (a closed terminal) would otherwise end
the interpreter at once: no window closes, the embedded server keeps this process in its
user list and runs on until a later command notices. Python runs a signal handler only
when the interpreter gets control, which Qt's event loop does not give it, so the signal
is noticed through :func:`signal.set_wakeup_fd` and a :class:`QSocketNotifier`; the
windows are then closed and the event loops left as with File → Quit, and start-up
(:func:`requested`) stops before opening the next window. The session manager's
``commitDataRequest`` leads to the same.
"""

from __future__ import annotations

import logging
import signal
import socket
from typing import ClassVar

from PySide6.QtCore import QSocketNotifier
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

_SIGNALS = tuple(
    sig for sig in (getattr(signal, "SIGTERM", None), getattr(signal, "SIGHUP", None)) if sig
)


class _State:
    requested: ClassVar[bool] = False
    #: the socket pair and the notifier, kept as long as the program runs
    keep: ClassVar[list[object]] = []


def requested() -> bool:
    """True once the program was told to end (start-up opens no further window)."""
    return _State.requested


def install(app: QApplication) -> None:
    """Turn SIGTERM/SIGHUP and the end of the desktop session into a normal close."""
    app.commitDataRequest.connect(lambda _manager: _end(app, "the desktop session is ending"))
    if not hasattr(socket, "socketpair") or not _SIGNALS:
        return
    reader, writer = socket.socketpair()
    reader.setblocking(False)
    writer.setblocking(False)
    try:
        signal.set_wakeup_fd(writer.fileno(), warn_on_full_buffer=False)
    except ValueError:  # not the main thread (an embedding host): leave signals alone
        reader.close()
        writer.close()
        return
    for sig in _SIGNALS:
        signal.signal(sig, _note)
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, app)
    notifier.activated.connect(lambda *_: _woken(app, reader))
    _State.keep = [reader, writer, notifier]


def _note(signum: int, _frame: object) -> None:
    """The Python-level handler: the wakeup byte already told Qt; nothing more here."""


def _woken(app: QApplication, reader: socket.socket) -> None:
    try:
        data = reader.recv(64)
    except (BlockingIOError, InterruptedError):
        return
    names = sorted({signal.Signals(b).name for b in data if b in _SIGNALS})
    if names:
        _end(app, f"told to end ({', '.join(names)})")


def _end(app: QApplication, why: str) -> None:
    if _State.requested:
        return
    _State.requested = True
    log.info("closing: %s", why)
    app.closeAllWindows()
    app.quit()
