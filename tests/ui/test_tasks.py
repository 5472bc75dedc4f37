"""The background-task helper: results and errors come back on the UI thread."""

from __future__ import annotations

import logging
import threading

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from localex_desktop.domain.errors import NotFound
from localex_desktop.ui.errors import show_error
from localex_desktop.ui.tasks import Reporter, TaskRunner

from ..waiting import DEADLINE_MS
from .conftest import Boxes


def test_inline_runner_delivers_result_at_once() -> None:
    runner = TaskRunner(inline=True)
    got: list[int] = []
    busy: list[bool] = []
    runner.busy_changed.connect(busy.append)
    runner.run(lambda: 6 * 7, got.append)
    assert got == [42]
    assert busy == [True, False]
    assert not runner.busy


def test_inline_runner_delivers_errors_to_the_callback() -> None:
    runner = TaskRunner(inline=True)
    errors: list[BaseException] = []

    def boom() -> int:
        raise NotFound("There is no such thing.")

    runner.run(boom, lambda _r: pytest.fail("no result expected"), errors.append)
    assert isinstance(errors[0], NotFound)


def test_unhandled_expected_error_becomes_a_message_box(boxes: Boxes) -> None:
    def boom() -> None:
        raise NotFound("There is no operator 'zed'.", hint="Check the spelling.")

    TaskRunner(inline=True).run(boom)
    assert boxes.last.text == "There is no operator 'zed'."
    assert boxes.last.informative == "Check the spelling."


def test_worker_thread_result_arrives_on_the_ui_thread(qtbot: QtBot) -> None:
    runner = TaskRunner()
    ui_thread = threading.get_ident()
    seen: dict[str, int] = {}

    def work() -> int:
        seen["worker"] = threading.get_ident()
        return 1

    def done(_result: int) -> None:
        seen["callback"] = threading.get_ident()

    with qtbot.waitSignal(
        runner.busy_changed, check_params_cb=lambda b: b is False, timeout=DEADLINE_MS
    ):
        runner.run(work, done)
    assert seen["worker"] != ui_thread
    assert seen["callback"] == ui_thread


def test_run_modal_returns_and_reports_progress(qtbot: QtBot) -> None:
    def work(report: Reporter) -> str:
        report("step one")
        return "done"

    assert TaskRunner().run_modal(work, parent=None, label="Working") == "done"


def test_run_modal_raises_the_task_error() -> None:
    def work(_report: Reporter) -> None:
        raise NotFound("gone")

    with pytest.raises(NotFound):
        TaskRunner(inline=True).run_modal(work, parent=None, label="Working")


@pytest.mark.allow_errors("ZeroDivisionError", "Something went wrong")
def test_unexpected_error_is_logged_not_shown_as_traceback(
    boxes: Boxes, caplog: pytest.LogCaptureFixture
) -> None:
    def bug() -> None:
        raise ZeroDivisionError("oops")

    with caplog.at_level(logging.ERROR):
        TaskRunner(inline=True).run(bug)
    assert "Something went wrong" in boxes.last.text
    assert "log file" in boxes.last.informative
    assert "ZeroDivisionError" not in boxes.last.text + boxes.last.informative
    assert any(r.exc_info and r.exc_info[0] is ZeroDivisionError for r in caplog.records)


@pytest.mark.allow_errors("a bug", "Something went wrong")
def test_an_error_dialog_is_recorded_for_the_guard(boxes: Boxes) -> None:
    """The guard of tests/ui/conftest.py fails a test on such a box unless allowed."""
    show_error(None, RuntimeError("a bug"))
    assert boxes.last.icon == QMessageBox.Icon.Critical
    show_error(None, NotFound("There is no member 7."))
    assert boxes.last.icon == QMessageBox.Icon.Warning  # expected: no error dialog
