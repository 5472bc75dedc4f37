"""The test harness itself: a database per test, throw-away clusters, no test switches."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest
import sqlalchemy as sa

from localex_desktop.db import migrate
from localex_desktop.db.connection import Database
from localex_desktop.db.embedded import EmbeddedServer

from .logfail import ErrorRecorder, unexpected


def test_each_test_gets_a_migrated_database(db: Database) -> None:
    assert migrate.current_revision(db.engine) == migrate.head_revision()
    with db.transaction() as s:
        s.execute(sa.text("INSERT INTO settings(key, value) VALUES ('probe', '1')"))


def test_databases_are_isolated(db: Database) -> None:
    with db.transaction() as s:
        assert s.scalar(sa.text("SELECT count(*) FROM settings WHERE key = 'probe'")) == 0


def test_the_session_cluster_is_throw_away_by_its_own_config(
    db: Database, pg_server: EmbeddedServer
) -> None:
    with db.transaction() as s:
        assert s.scalar(sa.text("SHOW fsync")) == "off"
        assert s.scalar(sa.text("SHOW synchronous_commit")) == "off"
    # in the cluster's config, so any process that starts it runs it the same way
    assert "fsync = off" in (pg_server.pgdata / "postgresql.conf").read_text()


def test_the_program_reads_no_test_switch_from_the_environment(tmp_path: Path) -> None:
    code = (
        "from localex_desktop.db import embedded\n"
        "from localex_desktop.services import operators\n"
        "print(embedded.NEW_CLUSTERS.durable, operators.hash_password('x')[:7])\n"
    )
    env = dict(os.environ, LOCALEX_UNSAFE_NO_FSYNC="1", LOCALEX_BCRYPT_ROUNDS="4")
    env["LOCALEX_CONFIG_DIR"] = str(tmp_path / "config")
    env["LOCALEX_LOG_DIR"] = str(tmp_path / "logs")
    proc = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60
    )
    assert proc.stdout.split() == ["True", "$2b$12$"], proc.stderr


@pytest.mark.allow_errors("the guard's own test")
def test_an_error_the_program_logs_is_seen_and_only_allowed_when_marked(
    fail_on_logged_errors: ErrorRecorder, request: pytest.FixtureRequest
) -> None:
    logging.getLogger("localex_desktop.services.demo").error("the guard's own test")
    logging.getLogger("elsewhere").error("not the program's")
    assert fail_on_logged_errors.texts() == [
        "localex_desktop.services.demo ERROR: the guard's own test"
    ]
    assert unexpected(request.node, fail_on_logged_errors.texts()) == []
    assert unexpected(request.node, ["localex_desktop.db ERROR: another"]) == [
        "localex_desktop.db ERROR: another"
    ]
