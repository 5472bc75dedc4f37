import sqlalchemy as sa

from localex_desktop.db import migrate
from localex_desktop.db.connection import Database


def test_each_test_gets_a_migrated_database(db: Database) -> None:
    assert migrate.current_revision(db.engine) == migrate.head_revision()
    with db.transaction() as s:
        s.execute(sa.text("INSERT INTO settings(key, value) VALUES ('probe', '1')"))


def test_databases_are_isolated(db: Database) -> None:
    with db.transaction() as s:
        assert s.scalar(sa.text("SELECT count(*) FROM settings WHERE key = 'probe'")) == 0
