"""Live updates for a read-only login (issue 15, found by the outside tryout): the
window's listener polled the sequence's last value, which a login with SELECT only may
not read, so a bookkeeper's window showed "not answering, reconnecting" all day while
the server logged a permission error every second."""

from __future__ import annotations

import threading

import pytest

from localex_desktop.db.listen import ChangeListener
from localex_desktop.services import members, operators, posting
from localex_desktop.services.members import MemberInput

from .server_cluster import OPERATORS, SharedServer
from .waiting import wait_for


@pytest.mark.parametrize("login", ["reader", "bert"])
def test_a_read_only_window_stays_connected_and_sees_postings(
    shared_server: SharedServer, login: str
) -> None:
    name = shared_server.fresh_exchange()
    coordinator = shared_server.database_for("alice", name)
    keeper = shared_server.database_for(login, name)
    states: list[bool] = []
    changes: list[str] = []
    seen = threading.Event()

    def changed(table: str) -> None:
        changes.append(table)
        if table in ("transactions", "entries", "accounts"):
            seen.set()

    listener = ChangeListener(keeper, changed, states.append)
    try:
        actor = operators.authenticate(coordinator, "ann", OPERATORS["ann"][0]).actor()
        listener.start()
        wait_for(lambda: states == [True], "the listener connected")
        with coordinator.transaction() as s:
            a = members.create(s, actor, MemberInput("Ada")).id
            b = members.create(s, actor, MemberInput("Bo")).id
            posting.transfer(s, actor, a, b, 500, "bread")
        assert seen.wait(15), changes
        assert states == [True]  # never "lost the connection"
    finally:
        listener.stop(wait=5)
        coordinator.close()
        keeper.close()
