"""Database administration: names quoted whatever they hold, never cut by the server."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import URL, make_url

from localex_desktop.db import admin
from localex_desktop.db.connection import Database, make_engine
from localex_desktop.db.embedded import EmbeddedServer
from localex_desktop.domain import backup_format as fmt
from localex_desktop.domain.errors import ValidationError
from localex_desktop.domain.roles import Actor
from localex_desktop.services import backup, settings

from .conftest import TEMPLATE
from .seed_ledger import seed_ledger

ODD = 'Our "North" = 50% ü; DROP'
LONG = "riverside_local_exchange_trading_system_2026_ü"  # 47 bytes: suffixes overflow


@pytest.fixture
def server_url(pg_server: EmbeddedServer) -> URL:
    return make_url(pg_server.url("postgres"))


@pytest.fixture
def cleanup(server_url: URL) -> Iterator[list[str]]:
    """Names whose databases (and their leftovers) are dropped after the test."""
    names: list[str] = []
    yield names
    for name in admin.list_databases(server_url):
        if any(name.startswith(n[:20]) for n in names):
            admin.drop_database(server_url, name)


def test_check_name_counts_bytes_not_characters() -> None:
    assert admin.check_name("a" * 63) == "a" * 63
    with pytest.raises(ValidationError, match="64 bytes long; PostgreSQL allows at most 63"):
        admin.check_name("a" * 64)
    with pytest.raises(ValidationError, match="at most 63"):
        admin.check_name("ü" * 32)  # 32 characters, 64 bytes
    with pytest.raises(ValidationError):
        admin.check_name("")


def test_fit_name_shortens_safely_and_keeps_long_names_apart() -> None:
    assert admin.fit_name("lets", "_restore_20260101120000") == "lets_restore_20260101120000"
    suffix = "_before_restore_20260101120000_2"
    one = admin.fit_name(LONG + "_one", suffix)
    two = admin.fit_name(LONG + "_two", suffix)
    for name in (one, two):
        assert len(name.encode()) <= admin.MAX_NAME_BYTES and name.endswith(suffix)
        name.encode().decode("utf-8")  # never cut inside a character
    assert one != two  # the same first 20 bytes, told apart by the hash of the whole
    stem = one.removesuffix(suffix)
    assert admin.stem_belongs_to(stem, LONG + "_one")
    assert not admin.stem_belongs_to(stem, LONG + "_two")
    multibyte = admin.fit_name("ü" * 31, suffix)  # 62 bytes of two-byte letters
    assert len(multibyte.encode()) <= 63 and multibyte.startswith("ü" * 10)


def test_odd_names_are_quoted_in_every_statement(server_url: URL, cleanup: list[str]) -> None:
    cleanup.append(ODD)
    renamed = ODD + " (old)"
    cleanup.append(renamed)
    assert not admin.database_exists(server_url, ODD)
    assert admin.ensure_database(server_url, ODD) is True
    assert admin.ensure_database(server_url, ODD) is False
    assert ODD in admin.list_databases(server_url)
    admin.set_option(server_url, ODD, "default_transaction_read_only", "on")
    engine = make_engine(server_url.set(database=ODD))
    try:
        with engine.connect() as conn:
            assert conn.execute(sa.text("SHOW default_transaction_read_only")).scalar() == "on"
    finally:
        engine.dispose()
    admin.rename_databases(server_url, [(ODD, renamed)])
    assert admin.database_exists(server_url, renamed)
    assert not admin.database_exists(server_url, ODD)
    admin.drop_database(server_url, renamed)
    assert not admin.database_exists(server_url, renamed)


def test_a_name_over_63_bytes_is_refused_before_the_server_cuts_it(
    server_url: URL, cleanup: list[str]
) -> None:
    name = "x" * 64
    cleanup.append(name)
    with pytest.raises(ValidationError, match="at most 63"):
        admin.create_database(server_url, name)
    with pytest.raises(ValidationError, match="at most 63"):
        admin.drop_database(server_url, name)
    assert "x" * 63 not in admin.list_databases(server_url)  # nothing was made under a cut name


@pytest.mark.parametrize("name", [ODD, LONG], ids=["odd-characters", "long"])
def test_backup_and_restore_of_a_database_with_an_awkward_name(
    name: str,
    server_url: URL,
    cleanup: list[str],
    admin_actor: Actor,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(fmt.crypto, "SCRYPT_N", 2**14)
    cleanup.append(name)
    admin.create_database(server_url, name, template=TEMPLATE)
    url = server_url.set(database=name)
    db = Database(make_engine(url), "embedded", url)
    try:
        seed_ledger(db, admin_actor)
        with db.transaction() as s:
            settings.put(s, admin_actor, "exchange_name", "Awkward names")
        with db.transaction() as s:
            backup.save_config(s, admin_actor, folder=tmp_path / "auto")
        made = backup.create_backup(db, admin_actor, out=tmp_path, passphrase="a long passphrase")
        assert backup.verify_backup(made.path, db=db, passphrase="a long passphrase").ok
        result = backup.restore_backup(db, admin_actor, made.path, passphrase="a long passphrase")
        assert result.database == name and result.ledger is not None and result.ledger.ok
        kept = result.previous_kept_as
        assert kept is not None and len(kept.encode()) <= 63
        assert kept in admin.list_databases(server_url)
        if name == LONG:
            assert not kept.startswith(name)  # shortened, with the hash of the whole name
        with db.transaction() as s:
            assert settings.get(s, "exchange_name") == "Awkward names"
        pruned = backup.prune_backups(tmp_path / "auto", backup.Retention(), db=db)
        assert pruned.databases_dropped == [kept]
        assert kept not in admin.list_databases(server_url)
    finally:
        db.close()


@pytest.fixture
def admin_actor(admin: Actor) -> Actor:
    return admin
