"""Restoring and upgrading while others work (issue 15, problem 4).

Two real sessions on one database: the one that restores (or upgrades) and another one
signed in elsewhere, named the way a signed-in window names itself. The other is listed,
asked through NOTIFY to close, disconnected, and learns afterwards by the database's
mark who replaced the data; an operator missing from the restored data cannot act.
On the embedded test cluster (a superuser may end any session), on the `shared_server`
(a login that may not end the others' sessions is refused before anything changes), and
through the admin command on one data folder shared by two processes.
"""

from __future__ import annotations

import contextlib
import json
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from localex_desktop.db import admin as db_admin
from localex_desktop.db import presence
from localex_desktop.db.connection import Database, make_engine
from localex_desktop.db.embedded import EmbeddedServer
from localex_desktop.db.listen import ChangeListener
from localex_desktop.domain.errors import Refused
from localex_desktop.domain.roles import Actor, Role
from localex_desktop.services import backup, members, migration_flow, operators
from localex_desktop.services.work import SignedOut, run_change

from .cli_helpers import run_cli, run_json
from .server_cluster import MIGRATOR, SharedServer
from .waiting import wait_for


class Other:
    """Another desktop's session: its own engine, named as a signed-in window, a held
    connection, and the listener a window runs."""

    def __init__(self, url: sa.URL, operator: str = "ann", host: str = "desk-2") -> None:
        self.db = Database(make_engine(url), "server", url)
        presence.announce(self.db, operator, host)
        self.held = self.db.engine.connect()
        self.held.execute(sa.text("SELECT 1"))
        self.held.commit()
        self.controls: list[dict[str, object]] = []
        self.marks: list[presence.Mark] = []
        self.listener = ChangeListener(
            self.db,
            lambda _table: None,
            lambda _up: None,
            on_control=lambda payload: self.controls.append(json.loads(payload)),
            on_mark=self.marks.append,
        )
        self.listener.start()
        wait_for(lambda: len(self.marks) == 1, "the other window saw the data it signed in to")

    def alive(self) -> bool:
        try:
            self.held.execute(sa.text("SELECT 1"))
            self.held.commit()
        except DBAPIError:
            return False
        return True

    def replaced(self) -> str | None:
        return self.marks[-1].replaced_since(self.marks[0]) if len(self.marks) > 1 else None

    def close(self) -> None:
        self.listener.stop()
        with contextlib.suppress(DBAPIError):
            self.held.close()
        self.db.engine.dispose()


@pytest.fixture
def other(seeded: Database) -> Iterator[Other]:
    session = Other(seeded.url)
    yield session
    session.close()


def _databases(db: Database) -> set[str]:
    return set(db_admin.list_databases(db.url))


def test_others_are_listed_and_a_restore_without_consent_changes_nothing(
    seeded: Database, admin: Actor, other: Other
) -> None:
    made = backup.create_backup(seeded, admin)
    found = backup.connected_others(seeded)
    assert [(s.operator, s.host) for s in found] == [("ann", "desk-2")]
    assert found[0].since is not None and found[0].may_end  # a superuser may end any
    sentence = backup.others_sentence(found)
    assert sentence.startswith("1 other is connected: ann at desk-2 since ")
    before = _databases(seeded)
    with pytest.raises(Refused) as refused:
        backup.restore_backup(seeded, admin, made.path, safety_backup=False)
    assert str(refused.value).startswith("1 other is connected: ann at desk-2 since ")
    assert "nothing was changed" in str(refused.value)
    assert "--disconnect-others" in (refused.value.hint or "")
    assert _databases(seeded) == before
    assert other.alive() and other.controls == []


def test_restore_asks_the_others_to_close_disconnects_them_and_leaves_its_mark(
    seeded: Database, admin: Actor, other: Other
) -> None:
    made = backup.create_backup(seeded, admin)
    lines: list[str] = []
    backup.restore_backup(
        seeded,
        admin,
        made.path,
        safety_backup=False,
        takeover=backup.Takeover(disconnect=True, by="admin", grace_seconds=0.5),
        progress=lambda p: lines.append(p.message),
    )
    assert other.controls == [{"event": "closing", "kind": "restore", "by": "admin", "seconds": 1}]
    assert any("Asked them to close" in line for line in lines)
    assert not other.alive()  # the held connection was ended
    wait_for(lambda: other.replaced() == "restored", "the other window saw the restore")
    message = other.marks[-1].message("restored")
    assert message.startswith("The database was restored by admin at ")
    assert message.endswith(" — sign in again.")
    # the restoring program's own window is not told: it reconnects by itself
    assert other.marks[-1].replaced_since(other.marks[0], presence.instance(seeded)) is None


def test_an_operator_missing_from_the_restored_data_cannot_act(
    seeded: Database, admin: Actor
) -> None:
    made = backup.create_backup(seeded, admin)
    with seeded.transaction() as s:
        newbie = operators.create(s, admin, "newbie", "newbie-pw-12", Role.COORDINATOR)
    actor = newbie.actor()
    add = lambda s, a: members.create(s, a, members.MemberInput(name="Made by newbie"))  # noqa: E731
    run_change(seeded, actor, add)  # acts before the restore
    backup.restore_backup(seeded, admin, made.path, safety_backup=False)
    count = sa.text("SELECT count(*) FROM members")
    with seeded.transaction() as s:
        before = s.scalar(count)
    with pytest.raises(SignedOut) as gone:
        run_change(seeded, actor, add)
    assert gone.value.message == (
        "Your operator account newbie is not in the restored data; sign in again."
    )
    with seeded.transaction() as s:
        assert s.scalar(count) == before


def test_an_inactive_operator_cannot_act(seeded: Database, admin: Actor) -> None:
    with seeded.transaction() as s:
        op = operators.create(s, admin, "leaver", "leaver-pw-12", Role.COORDINATOR)
        s.execute(sa.text("UPDATE operators SET active = false WHERE id = :id"), {"id": op.id})
    with pytest.raises(SignedOut, match="Your operator account leaver is no longer active"):
        run_change(seeded, op.actor(), lambda s, a: members.create(s, a, members.MemberInput("X")))


def test_an_upgrade_with_others_asks_them_and_marks_the_database_upgraded(
    seeded: Database, admin: Actor, other: Other
) -> None:
    plan = migration_flow.plan_upgrade(seeded)
    with pytest.raises(Refused, match="1 other is connected: ann at desk-2"):
        migration_flow.run_migration(seeded, admin, plan)
    out = migration_flow.run_migration(
        seeded, admin, plan, takeover=backup.Takeover(True, "admin", grace_seconds=0)
    )
    assert out.ok, out.error
    assert other.controls and other.controls[0]["kind"] == "upgrade"
    assert not other.alive()
    wait_for(lambda: other.replaced() == "upgraded", "the other window saw the upgrade")
    assert other.marks[-1].message("upgraded").startswith("The database was upgraded by admin")


# -- on a shared server: a login that may not end the others' sessions ------------------


@pytest.fixture
def shared_exchange(shared_server: SharedServer) -> Iterator[str]:
    yield shared_server.fresh_exchange()


def test_on_a_server_a_login_without_the_right_is_refused_before_any_change(
    shared_server: SharedServer, shared_exchange: str, seeded: Database, admin: Actor
) -> None:
    made = backup.create_backup(seeded, admin)  # any good backup file will do
    restorer = shared_server.database_for(MIGRATOR, shared_exchange)
    ann = Other(shared_server.url("alice", shared_exchange))
    try:
        found = backup.connected_others(restorer)
        assert [(s.operator, s.login, s.may_end) for s in found] == [("ann", "alice", False)]
        before = _databases(restorer)
        takeover = backup.Takeover(disconnect=True, by="admin", grace_seconds=0)
        with pytest.raises(Refused) as refused:
            backup.restore_backup(restorer, admin, made.path, takeover=takeover)
        assert str(refused.value).startswith(
            f"The server does not let {MIGRATOR} disconnect ann at desk-2 since "
        )
        assert refused.value.message.endswith("nothing was changed.")
        assert f'GRANT pg_signal_backend TO "{MIGRATOR}";' in (refused.value.hint or "")
        with pytest.raises(Refused, match=f"does not let {MIGRATOR} disconnect ann"):
            plan = migration_flow.plan_upgrade(restorer)
            migration_flow.run_migration(restorer, admin, plan, takeover=takeover)
        assert _databases(restorer) == before
        assert ann.alive() and ann.controls == []
        # the other's own login may end it (a member of its role): listed as allowed
        same = shared_server.database_for("alice", shared_exchange)
        seen = {s.login: s.may_end for s in backup.connected_others(same)}
        same.engine.dispose()
        assert seen == {"alice": True, MIGRATOR: False}
    finally:
        ann.close()
        restorer.engine.dispose()


# -- the admin command, two processes on one data folder ---------------------------------


@pytest.fixture
def data_folder(cli_env: dict[str, str]) -> Iterator[Path]:
    base = Path(tempfile.mkdtemp(prefix="localex-others-"))
    base.chmod(0o755)
    folder = base / "data"
    proc = run_cli("--data-dir", str(folder), "init", env=cli_env)
    assert proc.returncode == 0, proc.stderr
    server = EmbeddedServer.acquire(folder)
    try:
        yield folder
    finally:
        server.release()
        shutil.rmtree(base, ignore_errors=True)


def _lx(folder: Path, env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return run_cli("--data-dir", str(folder), *args, env=env)


def test_cli_restore_lists_the_others_and_needs_disconnect_others(
    data_folder: Path, cli_env: dict[str, str], tmp_path: Path
) -> None:
    made = run_json("--data-dir", str(data_folder), "backup", "--out", str(tmp_path), env=cli_env)
    path = made["path"]
    server = EmbeddedServer.acquire(data_folder)
    ann = Other(make_url(server.url()))
    try:
        refused = _lx(data_folder, cli_env, "restore", path, "--yes")
        assert refused.returncode == 1
        assert "1 other is connected: ann at desk-2 since " in refused.stderr
        assert "--disconnect-others" in refused.stderr
        assert "Traceback" not in refused.stderr
        assert ann.alive()
        done = _lx(
            data_folder, cli_env, "restore", path, "--yes", "--disconnect-others", "--wait", "0.5"
        )
        assert done.returncode == 0, done.stderr
        assert not ann.alive()
        wait_for(lambda: ann.replaced() == "restored", "the other process saw the restore")
        assert ann.marks[-1].message("restored").startswith("The database was restored by cli:")
    finally:
        ann.close()
        server.release()


def test_cli_wait_must_not_be_negative(data_folder: Path, cli_env: dict[str, str]) -> None:
    proc = _lx(data_folder, cli_env, "migrate", "upgrade", "--wait", "-1")
    assert proc.returncode == 2
    assert "'-1' is not a number of seconds (0 or more)" in proc.stderr


def test_a_window_name_always_fits_and_reads_back() -> None:
    """Long, non-ASCII or separator-holding names still fit PostgreSQL's 63 bytes."""
    when = datetime(2026, 12, 2, 9, 14, tzinfo=UTC)
    for operator, host in [("ann", "desk-2"), ("ÅsaÖstergård" * 3, "b|a|d" * 9), ("", "")]:
        name = presence.application_name(operator, host, when)
        assert len(name.encode("utf-8")) <= 63
        op, got_host, since = presence.parse_application(name)
        assert since == when
        assert operator.startswith(op or "") and host.startswith(got_host or "")
    assert presence.parse_application("psql") == (None, None, None)
    psql = presence.Session((1,), "reader", "psql", None, None, None, True)
    assert psql.describe() == "psql (login reader)"
    bare = presence.Session((2,), "alice", "localex", None, None, None, True)
    assert bare.describe() == "LocalEx, not signed in (login alice)"


def test_names_beyond_ascii_survive_the_server(seeded: Database) -> None:
    """PostgreSQL keeps only printable ASCII in application_name; the name reads back."""
    other = Other(seeded.url, "Åsa Öst", "bureau-é")
    try:
        found = backup.connected_others(seeded)
        assert [(s.operator, s.host) for s in found] == [("Åsa Öst", "bureau-é")]
    finally:
        other.close()
