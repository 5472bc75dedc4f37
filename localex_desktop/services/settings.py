"""Reading and changing settings, whatever their scope, through their declarations.

Every key is declared once in :mod:`domain.settings` with its type, default and scope.
:func:`get` and :func:`put` take the key and go to the right store: the exchange's
``settings`` table (every coordinator sees the same) or this computer's
``settings.json`` (:mod:`config.machine`). A change is checked by the declaration and
audited either way, in the caller's transaction.

Settings that earlier versions kept in the database but that belong to one computer
(``backup_folder``, ``backup_pg_tools_dir``) are read from there while this computer's
file does not have them yet, and copied into the file by the first read made in a
writable transaction: nobody loses their folder, and from then on each computer keeps
its own. The database rows are left for the other computers to pick up.
"""

from __future__ import annotations

import logging
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import JSONB, insert
from sqlalchemy.orm import Session

from localex_desktop.config import machine
from localex_desktop.db.models import Setting as SettingRow
from localex_desktop.domain import text
from localex_desktop.domain.errors import Refused
from localex_desktop.domain.money import Currency
from localex_desktop.domain.roles import Actor, Permission
from localex_desktop.domain.settings import (
    SETTINGS,
    CurrencyInput,
    Scope,
    Setting,
    declared,
    validate_currency,
    validate_exchange_name,
)
from localex_desktop.services import audit, edits

log = logging.getLogger(__name__)

#: what a new exchange's database starts with
DEFAULTS: dict[str, Any] = {s.key: s.default for s in SETTINGS.values() if s.seeded}

__all__ = [
    "DEFAULTS",
    "CurrencyInput",
    "currency",
    "get",
    "put",
    "put_changes",
    "seed_defaults",
    "validate_currency",
    "validate_exchange_name",
]


def _stored(session: Session, key: str) -> Any:
    return session.scalar(sa.select(SettingRow.value).where(SettingRow.key == key))


def get(session: Session, key: str) -> Any:
    """The value of ``key`` as declared (its default when unset), from its scope's store."""
    setting = declared(key)
    if setting.scope is Scope.MACHINE:
        return _machine_value(session, setting)
    return setting.coerce(_stored(session, key))


def this_computer(key: str) -> Any:
    """A setting of this computer, read without a database (the GUI's language at start)."""
    return machine.get(key)


def choose_language(code: str) -> str:
    """Store this computer's GUI language ("" = the system's); returns what was stored.

    Not an exchange setting and not audited: it chooses how this computer's windows
    speak, for whoever signs in, and changes no data; so any operator may set it.
    """
    return str(machine.put("language", code) or "")


def choose_text_scale(percent: int) -> int:
    """Store the size of this computer's GUI text, in percent of the system's (100, 125,
    150); returns what was stored. Like the language, a choice of this computer's, for
    whoever signs in, that changes no data: any operator may set it."""
    return int(machine.put("text_scale", percent) or 100)


def put(session: Session, actor: Actor, key: str, value: Any) -> None:
    """Check ``value`` by the declaration, store it in its scope, and audit the change."""
    actor.require(Permission.MANAGE_SETTINGS)
    setting = declared(key)
    if setting.internal:
        raise KeyError(f"the setting {key!r} is written by the program, not changed by hand")
    if setting.scope is Scope.MACHINE:
        before = machine.values().get(key)
        clean = None if value is None else setting.check(value)
        _plain(key, clean)
        audit.record(session, actor, "update", "setting", key, before=before, after=clean)
        machine.put(key, clean)  # last: a refusal here rolls the audit row back
        return
    before = _stored(session, key)
    value = setting.check(value)
    _plain(key, value)
    if key == "currency":
        old = currency(session)
        if value["decimals"] != old.decimals and _ledger_has_entries(session):
            raise Refused(
                f"The ledger already holds amounts counted to {old.decimals} decimal places; "
                "changing the decimal places would change every amount.",
                hint="Keep the decimal places; the name and symbol can still change.",
            )
    _write(session, key, value)
    audit.record(session, actor, "update", "setting", key, before=before, after=value)


#: the settings form's keys as a person reads them
LABELS = {
    "exchange_name": "exchange name",
    "currency": "currency",
    "default_credit_limit": "default credit limit",
}


def put_changes(
    session: Session,
    actor: Actor,
    changes: dict[str, Any],
    *,
    seen: dict[str, Any],
    overwrite: bool = False,
) -> None:
    """The settings form's save: ``changes`` made over the values it showed (``seen``).

    A key another coordinator changed meanwhile to something else is refused with
    :class:`edits.ChangedMeanwhile` (who and what) unless ``overwrite``; keys nobody
    else touched are written as :func:`put` writes them, in this one transaction.
    """
    actor.require(Permission.MANAGE_SETTINGS)
    session.execute(  # one form's save at a time: the second waits, then sees the first
        sa.select(SettingRow.key).where(SettingRow.key.in_(list(changes))).with_for_update()
    )
    current = {key: get(session, key) for key in changes}
    clashes = [
        edits.Change(key, LABELS.get(key, key), seen.get(key), current[key])
        for key, value in changes.items()
        if current[key] != seen.get(key) and current[key] != value
    ]
    if clashes and not overwrite:
        authors: list[str] = []
        for change in clashes:
            for name in edits.authors_since(session, "setting", change.field, change.seen):
                if name not in authors:
                    authors.append(name)
        raise edits.ChangedMeanwhile(
            "the settings", clashes, authors, since="this page showed them"
        )
    for key, value in changes.items():
        put(session, actor, key, value)


def _plain(key: str, value: Any) -> None:
    """Refuse control and direction characters in a setting's text (nested ones too)."""
    if isinstance(value, str):
        text.check(value, f"the setting {key}", field=key)
    elif isinstance(value, dict):
        for part, inner in value.items():
            _plain(f"{key}.{part}", inner)
    elif isinstance(value, list):
        for inner in value:
            _plain(key, inner)


def _write(session: Session, key: str, value: Any) -> None:
    """Store an exchange setting as it is (the program's own records use this directly;
    those go through ``localex_note()``, revision 0007, which any operator's login may
    call, where the other settings are the administrators')."""
    if key in _NOTES and _has_note(session):
        session.execute(_NOTE, {"key": key, "value": value})
        return
    stmt = insert(SettingRow).values(key=key, value=value)
    stmt = stmt.on_conflict_do_update(
        index_elements=[SettingRow.key], set_={"value": value, "updated_at": sa.func.now()}
    )
    session.execute(stmt)


_NOTES = ("last_verification", "last_backup")
_NOTE = sa.text("SELECT localex_note(:key, :value)").bindparams(sa.bindparam("value", type_=JSONB))


def _has_note(session: Session) -> bool:
    """Whether the database has localex_note(), asked once per pooled connection."""
    info = session.connection().info
    if "localex_note" not in info:
        found = session.scalar(sa.text("SELECT to_regproc('public.localex_note') IS NOT NULL"))
        info["localex_note"] = bool(found)
    return bool(info["localex_note"])


def _machine_value(session: Session, setting: Setting) -> Any:
    """This computer's value, or the default.

    Earlier versions kept ``backup_folder`` and ``backup_pg_tools_dir`` in the database
    and this read copied them here. No more: a row anyone with a database login may
    write must never choose the programs this computer runs (pg_dump from a planted
    folder) nor where its backups go (a public share). A row left there is named in
    the log once, and the setting is made again on this computer.
    """
    if machine.has(setting.key) or not setting.moved_from_exchange:
        return machine.get(setting.key)
    if setting.key not in _LEGACY_NOTED:
        _LEGACY_NOTED.add(setting.key)
        has_table = session.scalar(sa.text("SELECT to_regclass('public.settings') IS NOT NULL"))
        if has_table and _stored(session, setting.key) is not None:
            log.warning(
                "the database holds a %s row (kept there by an earlier version, or written "
                "by someone); this computer does not take it: set it in Administration → "
                "Settings if it is needed here",
                setting.key,
            )
    return setting.default


#: the legacy rows already named in the log by this process
_LEGACY_NOTED: set[str] = set()


def seed_defaults(session: Session, overrides: dict[str, Any] | None = None) -> None:
    """Write the defaults that are missing; never overwrite what is there."""
    values = {**DEFAULTS, **(overrides or {})}
    for key, value in values.items():
        session.execute(insert(SettingRow).values(key=key, value=value).on_conflict_do_nothing())


def currency(session: Session) -> Currency:
    raw = get(session, "currency") or {}
    return Currency(
        name=str(raw.get("name", "Credits")),
        symbol=str(raw.get("symbol", "Cr")),
        decimals=int(raw.get("decimals", 2)),
        clock=raw.get("clock") is True,
    )


def _ledger_has_entries(session: Session) -> bool:
    exists = session.scalar(
        sa.text("SELECT to_regclass('entries') IS NOT NULL")
    ) and session.scalar(sa.text("SELECT EXISTS (SELECT 1 FROM entries)"))
    return bool(exists)
