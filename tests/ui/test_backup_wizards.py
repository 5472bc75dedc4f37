"""Back up, restore and verify dialogs driven through their widgets; automatic backups."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa
from PySide6.QtWidgets import QMainWindow

from localex_desktop.db import migrate
from localex_desktop.db.connection import Database
from localex_desktop.db.embedded import EmbeddedServer
from localex_desktop.domain import backup_format as fmt
from localex_desktop.domain.roles import Actor
from localex_desktop.services import backup, ledger
from localex_desktop.ui.backup.backup_dialog import BackupDialog
from localex_desktop.ui.backup.logic import (
    RestoreLogic,
    RestoreStep,
    Strength,
    passphrase_strength,
)
from localex_desktop.ui.backup.restore_wizard import RestoreWizard
from localex_desktop.ui.backup.scheduler import BackupScheduler, backup_on_close
from localex_desktop.ui.backup.verify_dialog import VerifyBackupDialog
from localex_desktop.ui.context import AppContext
from localex_desktop.ui.main_window import MainWindow
from localex_desktop.ui.pages.administration.page import AdministrationPage
from localex_desktop.ui.pages.dashboard.backup_status import backup_text
from localex_desktop.ui.tasks import TaskRunner

from ..conftest import drop_leftovers
from ..seed_ledger import seed_ledger
from .conftest import Boxes

PASS = "correct horse battery"


pytestmark = pytest.mark.usefixtures("fast_scrypt")


@pytest.fixture
def ctx(admin_ctx: AppContext, tmp_path: Path, pg_server: EmbeddedServer) -> Iterator[AppContext]:
    """An administrator on a database with a ledger; automatic backups go to tmp/auto."""
    seed_ledger(admin_ctx.db, admin_ctx.actor)
    with admin_ctx.db.transaction() as s:
        backup.save_config(s, admin_ctx.actor, folder=tmp_path / "auto")
    yield admin_ctx
    name = str(admin_ctx.db.url.database)
    drop_leftovers(pg_server, name)


def transactions(db: Database) -> int:
    with db.engine.connect() as conn:
        return int(conn.execute(sa.text("SELECT count(*) FROM transactions")).scalar_one())


def one_transfer(db: Database, actor: Actor) -> None:
    with db.transaction() as s:
        ids = list(s.execute(sa.text("SELECT id FROM members ORDER BY id LIMIT 2")).scalars())
        ledger.transfer(s, actor, ids[0], ids[1], 123, "after the backup")


# -- logic --------------------------------------------------------------------------------


def test_passphrase_strength_hints() -> None:
    assert passphrase_strength("")[0] is Strength.TOO_SHORT
    assert passphrase_strength("abc")[1] == "Too short: 3 of at least 8 characters."
    assert passphrase_strength("aaaaaaaa")[0] is Strength.WEAK
    assert passphrase_strength("correct horse battery staple")[0] is Strength.STRONG


# -- back up now --------------------------------------------------------------------------


def test_backup_dialog_checks_the_passphrase_then_writes_a_file_that_verifies(
    ctx: AppContext, tmp_path: Path, qtbot: object
) -> None:
    dialog = BackupDialog(ctx)
    assert dialog.folder_edit.text() == str(tmp_path / "auto")  # from the settings
    target = tmp_path / "usb"
    dialog.folder_edit.setText(str(target))
    dialog.encrypt_box.setChecked(True)
    dialog.passphrase_edit.setText("short")
    assert not dialog.next_button.isEnabled()
    # said once, under the field, not again on the message line
    assert dialog.strength_label.text() == "Too short: 5 of at least 8 characters."
    assert dialog.message.text() == ""
    dialog.passphrase_edit.setText(PASS)
    dialog.repeat_edit.setText(PASS + "x")
    assert dialog.message.text() == "The two passphrases differ."
    assert not dialog.next_button.isEnabled()
    dialog.repeat_edit.setText(PASS)
    assert dialog.next_button.isEnabled() and dialog.next_button.text() == "Back up"
    assert dialog.strength_label.text() == "Strong."

    dialog.next_button.click()
    result = dialog.result_value
    assert result is not None and result.path.parent == target and result.path.exists()
    assert dialog.stack.currentWidget() is dialog.result_page
    shown = [
        dialog.result_form.itemAt(i).widget().text()  # type: ignore[union-attr]
        for i in range(dialog.result_form.count())
    ]
    assert str(result.path) in shown
    digest = next(t for t in shown if t.replace(" ", "") == result.sha256)  # in groups of 16
    assert [len(g) for g in digest.split()] == [16, 16, 16, 16]
    assert "done" in dialog.progress.stages
    assert fmt.read_header(result.path).encrypted
    checked = backup.verify_backup(result.path, db=ctx.db, passphrase=PASS)
    assert checked.ok


@pytest.mark.allow_errors("backup failed")
def test_backup_dialog_shows_a_failure_and_stays_open(
    ctx: AppContext, tmp_path: Path, boxes: Boxes
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    dialog = BackupDialog(ctx)
    dialog.folder_edit.setText(str(blocker / "sub"))
    dialog.next_button.click()
    assert dialog.result_value is None
    assert dialog.stack.currentWidget() is dialog.form_page
    assert "cannot be created" in dialog.message.text()
    assert "cannot be created" in boxes.last.text


# -- restore ------------------------------------------------------------------------------


def test_restore_wizard_replaces_the_data_and_keeps_a_safety_backup(
    ctx: AppContext, tmp_path: Path
) -> None:
    made = backup.create_backup(ctx.db, ctx.actor, out=tmp_path)
    count = transactions(ctx.db)
    one_transfer(ctx.db, ctx.actor)
    assert transactions(ctx.db) == count + 1

    wizard = RestoreWizard(ctx)
    restored: list[object] = []
    wizard.restored.connect(restored.append)
    assert not wizard.next_button.isEnabled()
    wizard.path_edit.setText(str(made.path))
    wizard.next_button.click()
    assert wizard.step is RestoreStep.CONFIRM  # not encrypted: no passphrase page
    labels = [
        wizard.manifest_form.itemAt(i).widget().text()  # type: ignore[union-attr]
        for i in range(wizard.manifest_form.count())
    ]
    assert "Schema revision:" in labels and "Ledger:" in labels
    assert f"{count} transactions" in " ".join(labels)
    assert str(tmp_path / "auto") in wizard.safety_label.text()
    assert wizard.next_button.text() == "Restore" and not wizard.next_button.isEnabled()
    wizard.confirm_box.setChecked(True)
    wizard.next_button.click()

    assert wizard.step is RestoreStep.RESULT
    assert wizard.result_message.text() == "The backup was restored and verified."
    assert restored and wizard.result_value is not None
    assert transactions(ctx.db) == count
    safety = wizard.result_value.safety_backup
    assert safety is not None and safety.parent == tmp_path / "auto" and safety.exists()
    assert "switch" in wizard.progress.stages
    # the status bar says the data's last backup is the one just restored, not just an age
    text, _warn = backup_text(backup.backup_health(ctx.db))
    assert text.endswith("(the one just restored)")


def test_restore_wizard_asks_for_the_passphrase_and_refuses_a_wrong_one(
    ctx: AppContext, tmp_path: Path
) -> None:
    made = backup.create_backup(ctx.db, ctx.actor, out=tmp_path, passphrase=PASS)
    wizard = RestoreWizard(ctx)
    wizard.path_edit.setText(str(made.path))
    wizard.next_button.click()
    assert wizard.step is RestoreStep.PASSPHRASE
    wizard.passphrase_edit.setText("wrong passphrase")
    wizard.next_button.click()
    assert wizard.step is RestoreStep.PASSPHRASE
    assert "That passphrase does not open" in wizard.passphrase_message.text()
    wizard.passphrase_edit.setText(PASS)
    wizard.next_button.click()
    assert wizard.step is RestoreStep.CONFIRM
    wizard.back_button.click()
    assert wizard.step is RestoreStep.PASSPHRASE


def test_restore_wizard_refuses_foreign_damaged_and_newer_files(
    ctx: AppContext, tmp_path: Path
) -> None:
    text = tmp_path / "notes.localex"
    text.write_text("just some notes\n")
    wizard = RestoreWizard(ctx)
    wizard.path_edit.setText(str(text))
    wizard.next_button.click()
    assert wizard.step is RestoreStep.FILE
    assert "is not a LocalEx backup: it is a text file" in wizard.file_message.text()

    made = backup.create_backup(ctx.db, ctx.actor, out=tmp_path / "cut")
    data = made.path.read_bytes()
    made.path.write_bytes(data[: len(data) - 100])
    wizard.path_edit.setText(str(made.path))
    wizard.next_button.click()
    assert "is incomplete" in wizard.file_message.text()

    with ctx.db.engine.begin() as conn:
        conn.execute(sa.text("UPDATE alembic_version SET version_num = '0099'"))
    newer = backup.create_backup(ctx.db, ctx.actor, out=tmp_path / "newer")
    with ctx.db.engine.begin() as conn:
        conn.execute(
            sa.text(f"UPDATE alembic_version SET version_num = '{migrate.head_revision()}'")
        )
    wizard.path_edit.setText(str(newer.path))
    wizard.next_button.click()
    assert wizard.step is RestoreStep.FILE
    assert "schema revision 0099" in wizard.file_message.text()
    assert "Install LocalEx Desktop" in wizard.file_message.text()


@pytest.mark.allow_errors("damaged")
def test_a_damaged_file_is_refused_when_chosen_not_at_the_last_click(
    ctx: AppContext, tmp_path: Path
) -> None:
    """Defect 4: one flipped byte showed as healthy, and Restore was offered."""
    for passphrase in (None, PASS):
        made = backup.create_backup(
            ctx.db, ctx.actor, out=tmp_path / str(bool(passphrase)), passphrase=passphrase
        )
        data = bytearray(made.path.read_bytes())
        data[-200] ^= 0xFF  # one damaged byte in the dump
        made.path.write_bytes(bytes(data))
        wizard = RestoreWizard(ctx)
        wizard.path_edit.setText(str(made.path))
        wizard.next_button.click()
        if passphrase is not None:
            assert wizard.step is RestoreStep.PASSPHRASE
            wizard.passphrase_edit.setText(passphrase)
            wizard.next_button.click()
            assert wizard.step is RestoreStep.PASSPHRASE
            shown = wizard.passphrase_message.text()
        else:
            assert wizard.step is RestoreStep.FILE
            shown = wizard.file_message.text()
        assert "damaged" in shown and "Use another copy" in shown
        assert wizard.step is not RestoreStep.CONFIRM  # Restore never offered


def test_restore_logic_skips_the_passphrase_of_a_plain_file(tmp_path: Path) -> None:
    logic = RestoreLogic(tmp_path)
    assert not logic.choose("")
    assert logic.error == "Choose a backup file."
    assert logic.next_step(RestoreStep.FILE) is RestoreStep.CONFIRM  # nothing chosen: plain


# -- verify -------------------------------------------------------------------------------


def test_verify_dialog_says_ok_or_what_is_wrong(ctx: AppContext, tmp_path: Path) -> None:
    made = backup.create_backup(ctx.db, ctx.actor, out=tmp_path, passphrase=PASS)
    dialog = VerifyBackupDialog(ctx)
    dialog.path_edit.setText(str(made.path))
    assert dialog.encrypted and not dialog.passphrase_edit.isHidden()
    assert not dialog.next_button.isEnabled()
    dialog.passphrase_edit.setText(PASS)
    dialog.next_button.click()
    assert dialog.result_value is not None and dialog.result_value.ok
    assert dialog.result_message.text().startswith("OK: the backup of ")

    plain = backup.create_backup(ctx.db, ctx.actor, out=tmp_path / "plain")
    data = bytearray(plain.path.read_bytes())
    data[-200] ^= 0xFF  # one damaged byte in the dump
    plain.path.write_bytes(bytes(data))
    dialog.back_button.click()
    dialog.path_edit.setText(str(plain.path))
    assert not dialog.encrypted
    dialog.next_button.click()
    assert dialog.result_message.text().startswith("The backup does not verify: ")
    assert "damaged" in dialog.result_message.text()


# -- automatic backups --------------------------------------------------------------------


def test_scheduler_backs_up_when_due_and_not_again_until_the_interval(
    ctx: AppContext, tmp_path: Path
) -> None:
    window = QMainWindow()
    scheduler = BackupScheduler(ctx, window)
    made: list[backup.BackupResult] = []
    scheduler.backup_succeeded.connect(made.append)
    scheduler.start()
    assert scheduler.active
    scheduler.check_now()
    assert len(made) == 1 and made[0].path.parent == tmp_path / "auto"
    assert made[0].path.name.endswith("-auto.localex")
    assert "Automatic backup written" in window.statusBar().currentMessage()
    decisions: list[backup.ScheduleDecision] = []
    scheduler.checked.connect(decisions.append)
    scheduler.check_now()
    assert len(made) == 1 and decisions and not decisions[0].due
    scheduler.clock = lambda: datetime.now(UTC) + timedelta(hours=25)
    scheduler.check_now()
    assert len(made) == 2
    scheduler.stop()
    assert not scheduler.active


@pytest.mark.allow_errors("backup failed")
def test_scheduler_reports_a_failure_visibly(ctx: AppContext, tmp_path: Path, boxes: Boxes) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with ctx.db.transaction() as s:
        backup.save_config(s, ctx.actor, folder=blocker)
    window = QMainWindow()
    scheduler = BackupScheduler(ctx, window)
    failed: list[str] = []
    scheduler.backup_failed.connect(failed.append)
    scheduler.check_now()
    assert failed and failed[0].startswith("The automatic backup failed: ")
    assert window.statusBar().currentMessage() == failed[0]
    assert "cannot be created" in boxes.last.text  # the dialog
    health = backup.backup_health(ctx.db)
    assert health.last_attempt_ok is False
    assert not backup.backup_on_schedule(ctx.db).due  # waits an hour before trying again


def test_scheduler_never_runs_on_a_read_only_database(ctx: AppContext) -> None:
    ctx.db.read_only = True
    try:
        scheduler = BackupScheduler(ctx, None)
        scheduler.start()
        assert not scheduler.active
    finally:
        ctx.db.read_only = False


@pytest.mark.allow_errors("backup failed", "backup on closing failed")
def test_backup_on_close_writes_a_file_or_reports_why_not(
    ctx: AppContext, tmp_path: Path, boxes: Boxes
) -> None:
    tasks = TaskRunner(inline=True)
    assert backup_on_close(ctx, tasks)
    files = list((tmp_path / "auto").glob("*-on-close.localex"))
    assert len(files) == 1
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with ctx.db.transaction() as s:
        backup.save_config(s, ctx.actor, folder=blocker)
    assert not backup_on_close(ctx, tasks)
    assert "cannot be created" in boxes.last.text


# -- where the actions live ---------------------------------------------------------------


def test_file_menu_and_database_page_offer_the_actions(
    ctx: AppContext, tmp_path: Path, isolated_config: Path
) -> None:
    window = MainWindow(ctx)
    try:
        assert set(window.backup_actions) == {"backup", "restore", "verify", "review"}
        assert all(a.isEnabled() for a in window.backup_actions.values())
        assert not window.backup_scheduler.active  # only the program's own window starts it
        page = window.show_page("administration")
        assert isinstance(page, AdministrationPage)
        panel = page.database_tab.backup_panel
        assert panel.folder_edit.text() == str(tmp_path / "auto")
        assert panel.daily_spin.value() == 7 and panel.restore_button.isEnabled()
        panel.folder_edit.setText(str(tmp_path / "elsewhere"))
        panel.daily_spin.setValue(3)
        panel.save_button.click()
        assert panel.message.text() == "Backup settings saved."
        config = backup.load_config(ctx.db)
        assert config.folder == tmp_path / "elsewhere" and config.retention.daily == 3
        # the folder is this computer's; the retention the exchange's
        saved = json.loads((isolated_config / "settings.json").read_text())
        assert saved["settings"]["backup_folder"] == str(tmp_path / "elsewhere")
        with ctx.db.transaction() as s:
            rows = dict(s.execute(sa.text("SELECT key, value FROM settings")).tuples().all())
        assert "backup_folder" not in rows and rows["backup_retention"]["daily"] == 3
        window.database_replaced()  # reconnects and refreshes without complaint
    finally:
        window.close()


def test_a_coordinator_may_back_up_but_not_restore(
    make_ctx: object, db: Database, coordinator: Actor
) -> None:
    from collections.abc import Callable

    assert callable(make_ctx)
    build: Callable[[Actor], AppContext] = make_ctx  # type: ignore[assignment]
    window = MainWindow(build(coordinator))
    try:
        assert window.backup_actions["backup"].isEnabled()
        assert not window.backup_actions["restore"].isEnabled()
        assert "coordinator" in window.backup_actions["restore"].toolTip()
    finally:
        window.close()
