"""Signals one view sends for the others (shared through :attr:`AppContext.events`)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class ContextEvents(QObject):
    """Changes one view makes that others show (e.g. the exchange name in the title)."""

    settings_changed = Signal()
    operators_changed = Signal()
    #: a change made through :meth:`AppContext.op` wrote these tables (a ChangeSet)
    data_changed = Signal(object)
    #: another session's change wrote these tables (a frozenset; live updates): for
    #: views that are not pages, such as the categories dialog
    changed_elsewhere = Signal(object)
    #: a change of ours posted up to this transaction id (the live poll need not refresh)
    ledger_head_seen = Signal(int)
