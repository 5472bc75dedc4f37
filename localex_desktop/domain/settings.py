"""Every setting the program keeps, declared once: its key, type, default and scope.

In the spirit of Picard's ``picard/config.py``, where each option is declared once with
its section, name and default: here :data:`SETTINGS` lists them all, in one place (not
filled by imports as a side effect), and every read and write goes through the
declaration. Two scopes:

* :attr:`Scope.EXCHANGE`: the exchange's policy, in the database's ``settings`` table,
  the same for every coordinator (the name, the currency, the retention of backups);
* :attr:`Scope.MACHINE`: this computer's, in the versioned ``settings.json`` of the
  config dir next to ``connection.json`` (folders that only exist on this computer).

A declaration's ``check`` validates and normalises a new value (raising
:class:`ValidationError` with words for the person); :meth:`Setting.coerce` turns a
stored value back into the declared type, falling back to the default for a value that
is missing or of the wrong type (a hand-edited file must not stop the program).

Pure Python: ``services.settings`` and ``config.machine`` do the storing.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from localex_desktop.domain.errors import ValidationError


class Scope(enum.Enum):
    EXCHANGE = "exchange"
    MACHINE = "machine"


def _same(value: Any) -> Any:
    return value


@dataclass(frozen=True)
class Setting:
    """One setting. ``type`` is the stored (JSON) value's Python type."""

    key: str
    type: type
    default: Any
    scope: Scope
    doc: str
    check: Callable[[Any], Any] = _same
    #: written by the program itself (the last backup), never by an operator's change
    internal: bool = False
    #: written into a new exchange's database when it is set up
    seeded: bool = False
    #: kept in the database by earlier versions: never read from there any more (a
    #: database row must not choose this computer's programs or folders); a restore
    #: drops such rows
    moved_from_exchange: bool = False

    def coerce(self, raw: Any) -> Any:
        """``raw`` as stored, if it has the declared type; else the default."""
        if raw is None:
            return self.default
        if self.type is float and isinstance(raw, int) and not isinstance(raw, bool):
            return float(raw)
        if isinstance(raw, bool) and self.type is not bool:
            return self.default
        return raw if isinstance(raw, self.type) else self.default


# -- checks ---------------------------------------------------------------------------


def validate_exchange_name(name: str) -> str:
    clean = " ".join(str(name).split())
    if not clean or len(clean) > 80:
        raise ValidationError(
            "The exchange name must be 1 to 80 characters.", field="exchange_name"
        )
    return clean


@dataclass(frozen=True)
class CurrencyInput:
    name: str
    symbol: str
    decimals: int
    #: a time currency: amounts shown and typed as hours:minutes ("1:30")
    clock: bool = False


def validate_currency(value: CurrencyInput) -> dict[str, Any]:
    name, symbol = value.name.strip(), value.symbol.strip()
    if not name or len(name) > 40:
        raise ValidationError(
            "The currency name must be 1 to 40 characters.", field="currency_name"
        )
    if not symbol or len(symbol) > 8:
        raise ValidationError(
            "The currency symbol must be 1 to 8 characters.", field="currency_symbol"
        )
    if value.decimals not in (0, 1, 2, 3):
        raise ValidationError("Decimal places must be 0, 1, 2 or 3.", field="currency_decimals")
    out: dict[str, Any] = {"name": name, "symbol": symbol, "decimals": value.decimals}
    if value.clock:
        out["clock"] = True
    return out


def _check_currency(value: Any) -> dict[str, Any]:
    try:
        given = CurrencyInput(
            str(value["name"]),
            str(value["symbol"]),
            int(value["decimals"]),
            value.get("clock") is True,
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise ValidationError(
            "A currency needs a name, a symbol and decimal places.", field="currency"
        ) from exc
    return validate_currency(given)


def _check_limit(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValidationError(
            "The default credit limit must be a whole number of minor units, 0 or more.",
            field="default_credit_limit",
        )
    return value


def _check_retention(value: Any) -> dict[str, int]:
    out: dict[str, int] = {}
    for name in ("daily", "weekly", "monthly"):
        count = value.get(name) if isinstance(value, dict) else None
        if isinstance(count, bool) or not isinstance(count, int) or not 0 <= count <= 1000:
            raise ValidationError(f"Keep {name}: 0 to 1000 backups.", field="retention")
        out[name] = count
    return out


def _check_hours(key: str) -> Callable[[Any], float]:
    def check(value: Any) -> float:
        try:
            hours = float(value)
        except (TypeError, ValueError):
            hours = -1.0
        if not 0.25 <= hours <= 24 * 366:
            raise ValidationError("Hours must be between 0.25 and 8784.", field=key)
        return hours

    return check


def _check_linger(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 1440:
        raise ValidationError(
            "Minutes the built-in server stays up: a whole number from 0 to 1440.",
            field="server_linger_minutes",
        )
    return value


#: the languages the GUI ships (``resources/translations/localex_<code>.ts``)
LANGUAGE_CODES: tuple[str, ...] = ("en", "de", "es", "fr", "pt_BR")


def _check_language(value: Any) -> str:
    text = str(value or "").strip()
    if text not in ("", *LANGUAGE_CODES):
        raise ValidationError(
            f"The language must be one of {', '.join(LANGUAGE_CODES)}, or empty for the system's.",
            field="language",
        )
    return text


#: the sizes of the program's text on this computer, in percent of the system's
TEXT_SCALES: tuple[int, ...] = (100, 125, 150)


def _check_text_scale(value: Any) -> int:
    if isinstance(value, bool) or value not in TEXT_SCALES:
        raise ValidationError(
            "The text size must be 100, 125 or 150 (percent of the system's).",
            field="text_scale",
        )
    return int(value)


def _check_folder(value: Any) -> str:
    text = str(value or "").strip()
    if not text or not Path(text).expanduser().is_absolute():
        raise ValidationError("The backup folder must be a full path.", field="folder")
    return text


def _check_optional_folder(value: Any) -> str | None:
    text = str(value or "").strip()
    return text or None


# -- the declarations -------------------------------------------------------------------

SETTINGS: dict[str, Setting] = {
    s.key: s
    for s in (
        Setting(
            "exchange_name",
            str,
            "Our Exchange",
            Scope.EXCHANGE,
            "The exchange's name, on statements, the directory and the window title.",
            check=validate_exchange_name,
            seeded=True,
        ),
        Setting(
            "currency",
            dict,
            {"name": "Credits", "symbol": "Cr", "decimals": 2},
            Scope.EXCHANGE,
            "The currency's name, symbol and decimal places (fixed once the ledger has entries),"
            " and whether amounts are shown and typed as hours:minutes (a time currency).",
            check=_check_currency,
            seeded=True,
        ),
        Setting(
            "default_credit_limit",
            int,
            50000,  # minor units: 500.00
            Scope.EXCHANGE,
            "How far below zero a new member's account may go, in minor units.",
            check=_check_limit,
            seeded=True,
        ),
        Setting(
            "backup_retention",
            dict,
            {"daily": 7, "weekly": 4, "monthly": 12},
            Scope.EXCHANGE,
            "How many backups `backups prune` keeps: the newest of each day, week, month.",
            check=_check_retention,
        ),
        Setting(
            "backup_max_age_hours",
            float,
            48.0,
            Scope.EXCHANGE,
            "Warn when the last good backup is older than this.",
            check=_check_hours("backup_max_age_hours"),
        ),
        Setting(
            "backup_interval_hours",
            float,
            24.0,
            Scope.EXCHANGE,
            "How often the desktop program makes an automatic backup.",
            check=_check_hours("backup_interval_hours"),
        ),
        Setting(
            "last_backup",
            dict,
            None,
            Scope.EXCHANGE,
            "The last backup attempt and the last good backup (written by the program).",
            internal=True,
        ),
        Setting(
            "last_verification",
            dict,
            None,
            Scope.EXCHANGE,
            "The last ledger verification (written by the program).",
            internal=True,
        ),
        Setting(
            "backup_folder",
            str,
            None,  # <data folder>/backups
            Scope.MACHINE,
            "Where backups of this computer go (default: <data folder>/backups).",
            check=_check_folder,
            moved_from_exchange=True,
        ),
        Setting(
            "backup_pg_tools_dir",
            str,
            None,
            Scope.MACHINE,
            "The bin folder of PostgreSQL's pg_dump and pg_restore on this computer.",
            check=_check_optional_folder,
            moved_from_exchange=True,
        ),
        Setting(
            "server_linger_minutes",
            int,
            5,
            Scope.MACHINE,
            "Minutes the built-in server stays up after the last program leaves, so the "
            "next command starts at once (0: stop at once).",
            check=_check_linger,
        ),
        Setting(
            "language",
            str,
            "",
            Scope.MACHINE,
            "The language of the program's windows on this computer (empty: the system's);"
            " it takes effect when the program starts again.",
            check=_check_language,
        ),
        Setting(
            "text_scale",
            int,
            100,
            Scope.MACHINE,
            "The size of the text in the program's windows on this computer, in percent of"
            " the system's font size (100, 125 or 150); it takes effect when the program"
            " starts again.",
            check=_check_text_scale,
        ),
    )
}


def declared(key: str, scope: Scope | None = None) -> Setting:
    """The declaration of ``key`` (of ``scope``, if given); a bug for an unknown key."""
    try:
        setting = SETTINGS[key]
    except KeyError:
        raise KeyError(f"the setting {key!r} is not declared in domain.settings") from None
    if scope is not None and setting.scope is not scope:
        raise KeyError(f"the setting {key!r} is kept per {setting.scope.value}, not {scope.value}")
    return setting
