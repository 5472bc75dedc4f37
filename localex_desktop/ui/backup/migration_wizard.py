"""The migration wizard, and the downgrade of Administration.

When the program finds the database behind its schema, :class:`MigrationWizard` shows
the pending revisions, then runs :func:`services.migration_flow.run_migration` on a
worker: a backup first, the revisions with progress, the ledger verified, and on any
failure the backup put back, with a report of what happened. :class:`DowngradeDialog`
does the same towards an earlier revision, behind a typed confirmation; afterwards this
program cannot use the database and closes.
"""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from localex_desktop.db import migrate
from localex_desktop.db.connection import Database
from localex_desktop.domain.roles import Actor
from localex_desktop.services import migration_flow
from localex_desktop.services.backup import Progress
from localex_desktop.services.migration_flow import (
    STAGE_TITLES,
    MigrationOutcome,
    MigrationPlan,
    Stage,
    first_line,
)
from localex_desktop.ui.backup.others import OthersPanel
from localex_desktop.ui.backup.progress import ProgressPanel
from localex_desktop.ui.backup.steps import StepDialog
from localex_desktop.ui.errors import show_error
from localex_desktop.ui.i18n import translate, translate_marked
from localex_desktop.ui.tasks import TaskRunner
from localex_desktop.ui.widgets import ERROR_STYLE, MessageLabel

#: what the person types to confirm a downgrade (in English; :func:`downgrade_word` is
#: the word in the coordinator's language)
DOWNGRADE_WORD = str(QT_TRANSLATE_NOOP("backup.migration_wizard", "DOWNGRADE"))


def downgrade_word() -> str:
    return translate_marked("backup.migration_wizard", DOWNGRADE_WORD)


class StageList(QListWidget):
    """The steps with a mark each: waiting, running (▶), done (✓) or failed (✗)."""

    MARKS: ClassVar[dict[str, str]] = {"waiting": "○", "running": "▶", "done": "✓", "failed": "✗"}

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.states: dict[Stage, str] = {}
        self.setMaximumHeight(120)

    def set_stages(self, stages: list[Stage]) -> None:
        self.states = dict.fromkeys(stages, "waiting")
        self._draw()

    def enter(self, stage: Stage) -> None:
        if stage not in self.states:
            self.states[stage] = "waiting"
        for other, state in self.states.items():
            if other is stage:
                break
            if state in ("waiting", "running"):
                self.states[other] = "done"
        if self.states[stage] == "waiting":
            self.states[stage] = "running"
        self._draw()

    def finish(self, outcome: MigrationOutcome) -> None:
        for stage in list(self.states):
            if stage is outcome.failed_stage:
                self.states[stage] = "failed"
            elif stage is Stage.ROLLBACK:
                self.states[stage] = "done" if outcome.rolled_back else "failed"
            elif outcome.ok or self.states[stage] == "running":
                self.states[stage] = "done"
        self._draw()

    def _draw(self) -> None:
        self.clear()
        for stage, state in self.states.items():
            item = QListWidgetItem(f"{self.MARKS[state]}  {STAGE_TITLES.get(stage, stage.value)}")
            item.setData(Qt.ItemDataRole.UserRole, state)
            self.addItem(item)

    def state_of(self, stage: Stage) -> str | None:
        return self.states.get(stage)


class _FlowDialog(StepDialog):
    """Plan page → progress (stages, bar) → report; subclasses fill the plan page."""

    finished_flow = Signal(object)  # MigrationOutcome

    def __init__(
        self,
        title: str,
        db: Database,
        actor: Actor,
        tasks: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, parent)
        self.db = db
        self.actor = actor
        self.tasks = tasks
        self.plan: MigrationPlan | None = None
        self.outcome: MigrationOutcome | None = None
        self.setMinimumSize(620, 480)

        self.plan_page = QWidget()
        self.plan_layout = QVBoxLayout(self.plan_page)
        self.plan_layout.setContentsMargins(0, 0, 0, 0)
        self.add_page(self.plan_page)
        #: who else is connected: listed, and their disconnection agreed, before it runs
        self.others = OthersPanel("upgrade")
        self.others.changed.connect(self._others_changed)

        self.stage_list = StageList()
        self.progress = ProgressPanel()
        self.progress.bridge.progressed.connect(self._stage_progress)
        self.run_page = self.add_column_page(self.stage_list, (self.progress, 1))

        self.headline = MessageLabel()
        self.report_list = QListWidget()
        self.report_list.setAccessibleName(translate("backup.migration_wizard", "What happened"))
        self.report_stages = StageList()
        self.report_page = self.add_column_page(
            self.headline, self.report_stages, (self.report_list, 1)
        )

    def _stage_progress(self, progress: Progress) -> None:
        try:
            stage = Stage(progress.stage)
        except ValueError:
            return
        if stage is not Stage.DONE:
            self.stage_list.enter(stage)

    def run_plan(self) -> None:
        plan = self.plan
        assert plan is not None
        db, actor = self.db, self.actor
        takeover = self.others.takeover(actor.name)
        self.stage_list.set_stages(plan.stages)
        if plan.direction == "upgrade":
            title = translate("backup.migration_wizard", "Upgrade to schema {revision}")
        else:
            title = translate("backup.migration_wizard", "Downgrade to schema {revision}")
        self.progress.start(title.format(revision=plan.target))
        self.show_page(
            self.run_page,
            translate("backup.migration_wizard", "Please wait; do not switch the computer off."),
        )
        self.set_buttons(next_text=None, cancel_enabled=False)
        self.run_work(
            self.tasks,
            self.progress,
            lambda report, cancel: migration_flow.run_migration(
                db, actor, plan, progress=report, cancel=cancel, takeover=takeover
            ),
            self._done,
            self._failed,
        )

    def _done(self, outcome: MigrationOutcome) -> None:
        self.outcome = outcome
        self.stage_list.finish(outcome)
        self.report_stages.states = dict(self.stage_list.states)
        self.report_stages._draw()
        if outcome.ok:
            self.headline.show_ok(outcome.headline())
        else:
            self.headline.show_error(outcome.headline())
        self.report_list.clear()
        self.report_list.addItems(
            outcome.details() or [translate("backup.migration_wizard", "All steps completed.")]
        )
        self.show_page(self.report_page)
        self.set_buttons(next_text=self.result_button_text(outcome), cancel_enabled=False)
        self.cancel_button.setVisible(False)
        self.finished_flow.emit(outcome)

    def _failed(self, exc: BaseException) -> None:
        """Only what stops the flow before it starts (e.g. no permission) comes here."""
        show_error(self, exc)
        self.reject()

    def result_button_text(self, outcome: MigrationOutcome) -> str:
        return translate("backup.migration_wizard", "Close")

    def _others_changed(self) -> None:
        """Subclasses enable their start button when :attr:`others` is settled."""

    def go_next(self) -> None:
        if self.stack.currentWidget() is self.report_page:
            if self.outcome is not None and self.outcome.ok:
                self.accept()
            else:
                self.reject()
            return
        if not self.others.settled:
            return
        self.run_plan()


class MigrationWizard(_FlowDialog):
    """Bring an older database up to this program's schema, safely."""

    def __init__(
        self,
        db: Database,
        actor: Actor,
        tasks: TaskRunner,
        plan: MigrationPlan,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            translate("backup.migration_wizard", "Upgrade the database"), db, actor, tasks, parent
        )
        self.plan = plan
        if plan.current:
            intro_text = translate(
                "backup.migration_wizard",
                "The database is at schema {current}; this version of LocalEx Desktop needs "
                "{target}. These changes will be applied:",
            )
        else:
            intro_text = translate(
                "backup.migration_wizard",
                "The database is at schema (empty); this version of LocalEx Desktop needs "
                "{target}. These changes will be applied:",
            )
        intro = QLabel(intro_text.format(current=plan.current, target=plan.target))
        intro.setWordWrap(True)
        self.revision_list = QListWidget()
        self.revision_list.setAccessibleName(
            translate("backup.migration_wizard", "Changes to apply")
        )
        self.revision_list.addItems(plan.describe())
        steps = QLabel(
            translate(
                "backup.migration_wizard",
                "First a backup is written to {folder}. Then the changes are "
                "applied and the ledger is verified. If anything fails, the backup is put back "
                "and you are told what happened. Other computers that use this database need "
                "this version of the program afterwards.",
            ).format(folder=plan.backup_folder)
        )
        steps.setWordWrap(True)
        self.plan_layout.addWidget(intro)
        self.plan_layout.addWidget(self.revision_list, 1)
        self.plan_layout.addWidget(steps)
        self.plan_layout.addWidget(self.others)
        self.show_page(
            self.plan_page,
            translate(
                "backup.migration_wizard", "The database needs an upgrade before it can be opened."
            ),
        )
        self._others_changed()
        self.others.look(db, tasks)

    def _others_changed(self) -> None:
        self.set_buttons(
            next_text=translate("backup.migration_wizard", "Back up and upgrade"),
            cancel_text=translate("backup.migration_wizard", "Quit"),
            next_enabled=self.others.settled,
        )

    def result_button_text(self, outcome: MigrationOutcome) -> str:
        return (
            translate("backup.migration_wizard", "Continue")
            if outcome.ok
            else translate("backup.migration_wizard", "Close")
        )


class DowngradeDialog(_FlowDialog):
    """Undo revisions down to an earlier one (with a backup first); the program then closes."""

    def __init__(
        self,
        db: Database,
        actor: Actor,
        tasks: TaskRunner,
        targets: list[migrate.Revision],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            translate("backup.migration_wizard", "Downgrade the database"), db, actor, tasks, parent
        )
        self.targets = targets
        self.target_box = QComboBox()
        for rev in targets:
            self.target_box.addItem(f"{rev.revision}: {first_line(rev.message)}", rev)
        self.undone_list = QListWidget()
        self.undone_list.setAccessibleName(translate("backup.migration_wizard", "Changes to undo"))
        warning = QLabel(
            translate(
                "backup.migration_wizard",
                "A downgrade undoes schema changes and can remove data that only the newer "
                "schema holds. Afterwards this version of LocalEx Desktop cannot open the "
                "database: it closes, and you open the database with the older version.",
            )
        )
        warning.setWordWrap(True)
        warning.setStyleSheet(ERROR_STYLE)
        self.confirm_edit = QLineEdit()
        self.confirm_edit.setPlaceholderText(downgrade_word())
        self.message = MessageLabel()
        form = QFormLayout()
        form.addRow(translate("backup.migration_wizard", "Down to revision:"), self.target_box)
        form.addRow(
            translate(
                "backup.migration_wizard",
                "Type DOWNGRADE to confirm:",
                "DOWNGRADE: the same word as its own translation, which is what is typed",
            ),
            self.confirm_edit,
        )
        self.plan_layout.addWidget(warning)
        self.plan_layout.addLayout(form)
        self.plan_layout.addWidget(
            QLabel(translate("backup.migration_wizard", "These changes will be undone:"))
        )
        self.plan_layout.addWidget(self.undone_list, 1)
        self.plan_layout.addWidget(self.message)
        self.plan_layout.addWidget(self.others)
        self.target_box.currentIndexChanged.connect(lambda _i: self.load_plan())
        self.confirm_edit.textChanged.connect(lambda _t: self._update())
        self.show_page(
            self.plan_page, translate("backup.migration_wizard", "A backup is written first.")
        )
        self.load_plan()
        self.others.look(db, tasks)

    def _others_changed(self) -> None:
        self._update()

    def load_plan(self) -> None:
        rev = self.target_box.currentData()
        if not isinstance(rev, migrate.Revision):
            self.plan = None
            self._update()
            return
        db = self.db
        self.tasks.run(
            lambda: migration_flow.plan_downgrade(db, rev.revision),
            self._plan_loaded,
            self._plan_failed,
            owner=self,
        )

    def _plan_loaded(self, plan: MigrationPlan) -> None:
        self.plan = plan
        self.undone_list.clear()
        self.undone_list.addItems(plan.describe())
        self.message.clear_message()
        self._update()

    def _plan_failed(self, exc: BaseException) -> None:
        self.plan = None
        self.message.show_error(str(exc))
        self._update()

    def confirmed(self) -> bool:
        return self.confirm_edit.text().strip() == downgrade_word()

    def _update(self) -> None:
        self.set_buttons(
            next_text=translate("backup.migration_wizard", "Back up and downgrade"),
            next_enabled=self.plan is not None and self.confirmed() and self.others.settled,
        )

    def go_next(self) -> None:
        if self.stack.currentWidget() is self.plan_page and not (
            self.plan is not None and self.confirmed()
        ):
            return
        super().go_next()

    def result_button_text(self, outcome: MigrationOutcome) -> str:
        if outcome.ok:
            return translate("backup.migration_wizard", "Close the program")
        return translate("backup.migration_wizard", "Close")


def run_migration_wizard(
    parent: QWidget | None, db: Database, actor: Actor, tasks: TaskRunner
) -> bool:
    """At start-up: True when the schema is up to date afterwards (go on), else False."""
    try:
        plan = tasks.run_modal(
            lambda _r: migration_flow.plan_upgrade(db),
            parent=parent,
            label=translate("backup.migration_wizard", "Reading the schema…"),
        )
    except Exception as exc:
        show_error(parent, exc)
        return False
    if not plan.revisions:
        return True
    wizard = MigrationWizard(db, actor, tasks, plan, parent)
    wizard.exec()
    return wizard.outcome is not None and wizard.outcome.ok
