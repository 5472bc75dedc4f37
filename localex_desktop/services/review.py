"""Review a backup offline: restore it into a private scratch cluster and open it read-only.

The bookkeeper's main way in. :func:`open_review` checks the file end to end (checksum or
authentication), starts a throw-away embedded cluster in a temporary folder (never the
person's data folder), loads the backup into it as data (our own schema, then only the
file's table rows: nothing of the file is run, see ``services.backup.load``), compares it
with the manifest,
migrates it to this program's schema if it is older and verifies the ledger. The result
is a :class:`ReviewSession` whose database refuses every change three ways:

* the actor is a bookkeeper named ``review`` (the services refuse anything but reading);
* the database is opened with ``read_only=True`` (every transaction is READ ONLY);
* the scratch database defaults to read-only transactions at the server, so even a
  connection that bypasses :meth:`Database.transaction` cannot write.

A write that reaches the server anyway comes back as a :class:`ReviewReadOnly` refusal
with words for people, not a database error. :meth:`ReviewSession.close` stops the
scratch cluster and removes its folder.

No Qt here: the desktop's review mode (``ui.review``) drives it from a worker.
"""

from __future__ import annotations

import contextlib
import logging
import shutil
import tempfile
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from localex_desktop.db import admin
from localex_desktop.db.connection import Database
from localex_desktop.db.embedded import EmbeddedServer, postgres_bin_dir
from localex_desktop.domain.backup_format import Manifest
from localex_desktop.domain.errors import Refused
from localex_desktop.domain.roles import Actor, Role
from localex_desktop.services import backup, verify
from localex_desktop.services.backup import common, databases, load, restore
from localex_desktop.services.backup import tools as pg_tools
from localex_desktop.services.backup import verify as verify_file
from localex_desktop.services.backup.common import ProgressFn

log = logging.getLogger(__name__)

#: the name of the actor every review session acts as
REVIEW_ACTOR_NAME = "review"
#: the database the backup is restored into, inside the scratch cluster
REVIEW_DATABASE = "localex_review"
#: PostgreSQL's "read-only SQL transaction" error
READ_ONLY_SQLSTATE = "25006"
READ_ONLY_MESSAGE = (
    "This is a backup opened for review: it is read-only and nothing can be changed."
)


class ReviewReadOnly(Refused):
    """A change was attempted on a backup under review."""


def review_actor() -> Actor:
    """A bookkeeper: may read, search, verify, export and print; may change nothing."""
    return Actor(name=REVIEW_ACTOR_NAME, role=Role.BOOKKEEPER)


def is_read_only_error(exc: BaseException) -> bool:
    return isinstance(exc, DBAPIError) and getattr(exc.orig, "sqlstate", "") == READ_ONLY_SQLSTATE


def _refusal() -> ReviewReadOnly:
    return ReviewReadOnly(
        READ_ONLY_MESSAGE,
        hint="To work with this data, restore the backup (Administration → Database).",
    )


@dataclass
class ReviewDatabase(Database):
    """A :class:`Database` on a backup under review; knows which file it came from."""

    source: Path | None = None
    manifest: Manifest | None = None
    problems: list[str] = field(default_factory=list)  # what did not verify, in words
    ledger_check: verify.VerifyReport | None = None  # the ledger verified when it opened

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """As :meth:`Database.transaction`, with a refused write explained for people."""
        try:
            with super().transaction() as session:
                yield session
        except DBAPIError as exc:
            if is_read_only_error(exc):
                raise _refusal() from exc
            raise


@dataclass
class ReviewSession:
    """An open backup under review; :meth:`close` removes the scratch cluster."""

    db: ReviewDatabase
    path: Path
    manifest: Manifest
    folder: Path
    differences: list[str] = field(default_factory=list)
    ledger: verify.VerifyReport | None = None
    migrated_from: str | None = None
    closed: bool = False

    @property
    def created_at(self) -> datetime:
        return self.manifest.created_at

    @property
    def actor(self) -> Actor:
        return review_actor()

    @property
    def verified(self) -> bool:
        return not self.differences and self.ledger is not None and self.ledger.ok

    def problems(self) -> list[str]:
        """What did not check out, in words (empty when the backup verified)."""
        found = list(self.differences)
        if self.ledger is not None and not self.ledger.ok:
            found += [p.message for p in self.ledger.problems]
        elif self.ledger is None and not found:
            found.append("The ledger was not checked.")
        return found

    def close(self) -> None:
        """Stop the scratch cluster and delete its folder (safe to call twice)."""
        if self.closed:
            return
        self.closed = True
        try:
            self.db.close()
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)
            log.info("closed the review of %s and removed %s", self.path, self.folder)


def _review_engine(url: URL) -> sa.Engine:
    return sa.create_engine(
        url,
        pool_pre_ping=True,
        pool_size=5,
        max_overflow=10,
        connect_args={
            "application_name": "localex-review",
            "connect_timeout": 10,
            "options": "-c default_transaction_read_only=on",
            **admin.password_args(url),
        },
    )


def open_review(
    path: Path,
    passphrase: str | None = None,
    *,
    progress: ProgressFn | None = None,
    cancel: threading.Event | None = None,
    scratch_parent: Path | None = None,
) -> ReviewSession:
    """Restore ``path`` into a private scratch cluster and open it read-only.

    Refuses (raises) a file that is not a backup, is damaged or truncated, needs a
    passphrase or was given the wrong one, or comes from a newer program. A backup whose
    data does not match its manifest or whose ledger does not verify still opens (that
    is what a review is for); :meth:`ReviewSession.problems` says what is wrong.
    """
    path = Path(path).expanduser().resolve()
    header, key = backup.open_backup(path, passphrase, progress=progress, cancel=cancel)
    manifest = header.manifest
    backup.check_schema_known(manifest)
    folder = Path(tempfile.mkdtemp(prefix="localex-review-", dir=scratch_parent))
    server: EmbeddedServer | None = None
    engine: sa.Engine | None = None
    try:
        common.say(progress, "restore", "Starting a private scratch database")
        server = EmbeddedServer.acquire(folder)
        admin_url = sa.make_url(server.url("postgres"))
        databases.create_database(admin_url, REVIEW_DATABASE)
        url = admin_url.set(database=REVIEW_DATABASE)
        bin_dir = postgres_bin_dir()
        tools = pg_tools.tools_in(bin_dir)
        if tools is None:
            raise common.BackupFailed(f"The built-in pg_restore in {bin_dir} does not work.")
        common.check_cancel(cancel)
        common.say(progress, "restore", f"Loading {path.name}")
        load.load_backup(tools, url, header, key, space=folder, progress=progress, cancel=cancel)
        differences, migrated_from, report = verify_file.check_restored(
            url, manifest, review_actor(), progress, cancel
        )
        # this computer's settings never come from the file (a pg_dump folder of its choosing)
        restore.forget_machine_settings(url)
        admin.set_option(url, REVIEW_DATABASE, "default_transaction_read_only", "on")
        engine = _review_engine(url)
        db = ReviewDatabase(
            engine,
            "review",
            url,
            data_dir=None,
            server=server,
            read_only=True,
            source=path,
            manifest=manifest,
        )
    except BaseException:
        if engine is not None:
            engine.dispose()
        if server is not None:
            server.release()
        shutil.rmtree(folder, ignore_errors=True)
        raise
    common.say(progress, "done", "The backup is open for review")
    session = ReviewSession(
        db=db,
        path=path,
        manifest=manifest,
        folder=folder,
        differences=differences,
        ledger=report,
        migrated_from=migrated_from,
    )
    db.problems = session.problems()
    db.ledger_check = report
    return session
