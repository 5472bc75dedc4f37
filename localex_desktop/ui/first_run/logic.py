"""The first-run wizard's state, navigation and validation, without Qt.

Kept apart from the widgets (as Electrum's ``wizard.py`` is) so every rule can be
tested headless; :mod:`.wizard` only draws it.
"""

from __future__ import annotations

import enum
from pathlib import Path
from typing import Literal

from localex_desktop.config import ConnectionProfile
from localex_desktop.db.connection import Target, normalise_url
from localex_desktop.domain.errors import LocalexError, ValidationError
from localex_desktop.services import operators
from localex_desktop.services.system import DatabaseState
from localex_desktop.ui.i18n import translate


class Step(enum.StrEnum):
    LOCATION = "location"
    ADMIN = "admin"


class FirstRunLogic:
    """Everything the wizard asks, and what it does with the answers."""

    def __init__(self, default_data_dir: Path, *, admin_only: bool = False) -> None:
        self.admin_only = admin_only
        self.mode: Literal["embedded", "server"] = "embedded"
        self.data_dir = str(default_data_dir)
        self.url = ""
        self.server_password = ""  # memory only: never written to a file
        self.username = ""
        self.display_name = ""
        self.password = ""
        self.repeat = ""
        self.state: DatabaseState | None = None  # known once the chosen database is opened

    # -- navigation ---------------------------------------------------------------

    def steps(self) -> list[Step]:
        return [Step.ADMIN] if self.admin_only else [Step.LOCATION, Step.ADMIN]

    def first_step(self) -> Step:
        return self.steps()[0]

    def next_step(self, current: Step) -> Step | None:
        """The page after ``current``; None means the wizard can finish there."""
        if current is Step.LOCATION:
            if self.state is not None and not self.state.needs_admin:
                return None  # operators exist: nothing to create, just remember the choice
            return Step.ADMIN
        return None

    def location_changed(self) -> None:
        """Forget what we learnt about the previously chosen database."""
        self.state = None

    def record_state(self, state: DatabaseState) -> None:
        self.state = state

    # -- page 1: where the data lives --------------------------------------------

    def target(self) -> Target:
        """The database chosen on page 1 (with the server password, in memory only)."""
        if self.mode == "embedded":
            text = self.data_dir.strip()
            if not text:
                raise ValidationError(
                    translate("first_run.logic", "Choose a folder for the data."),
                    field="data_dir",
                    hint=translate("first_run.logic", "Use Browse… to pick one."),
                )
            folder = Path(text).expanduser().resolve()
            if folder.exists() and not folder.is_dir():
                raise ValidationError(
                    translate("first_run.logic", "{folder} is a file, not a folder.").format(
                        folder=folder
                    ),
                    field="data_dir",
                    hint=translate("first_run.logic", "Choose a folder (a new empty one is fine)."),
                )
            return Target("embedded", data_dir=folder, source="first-run wizard")
        url = normalise_url(self.url)
        if self.server_password:
            url = url.set(password=self.server_password)
        return Target("server", url=url, source="first-run wizard")

    def location_error(self) -> str | None:
        try:
            self.target()
        except LocalexError as exc:
            return exc.message if not exc.hint else f"{exc.message} {exc.hint}"
        return None

    def profile(self) -> ConnectionProfile:
        """What is saved for the next start: never the password."""
        target = self.target()
        if target.mode == "embedded":
            return ConnectionProfile("embedded", data_dir=str(target.data_dir))
        assert target.url is not None
        # URL.set(password=None) keeps the password (None means "unchanged"), so replace it
        bare = target.url._replace(password=None)
        return ConnectionProfile("server", url=bare.render_as_string(hide_password=False))

    # -- page 2: the first administrator ------------------------------------------

    def admin_errors(self) -> dict[str, str]:
        """Problems with what was typed so far, by field; empty fields are not complained of."""
        errors: dict[str, str] = {}
        if self.username:
            try:
                operators.validate_username(self.username)
            except ValidationError as exc:
                errors["username"] = f"{exc.message} {exc.hint or ''}".strip()
        if self.password:
            try:
                operators.validate_password(self.password)
            except ValidationError as exc:
                errors["password"] = exc.message
        if self.repeat and self.repeat != self.password:
            errors["repeat"] = translate("first_run.logic", "The two passwords differ.")
        return errors

    def admin_complete(self) -> bool:
        return bool(self.username and self.password and self.repeat) and not self.admin_errors()

    def password_help(self) -> str:
        return translate(
            "first_run.logic", "At least %n character(s).", None, operators.MIN_PASSWORD_LENGTH
        )
