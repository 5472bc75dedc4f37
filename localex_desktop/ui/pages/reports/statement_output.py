"""What the statements dialog does once it knows who, when and where to: read the
statements (a read-only :data:`Work` for ``ctx.query``), draw them with
:mod:`printing.statement_pdf` under a progress window, and say what came of it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPagedPaintDevice
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget
from sqlalchemy.orm import Session

from localex_desktop.domain.money import Currency, format_amount
from localex_desktop.domain.roles import Actor
from localex_desktop.printing import statement_pdf
from localex_desktop.services import settings, statements
from localex_desktop.services.statements import Statement
from localex_desktop.services.work import Work
from localex_desktop.ui.i18n import translate
from localex_desktop.ui.locale import currency_of


@dataclass(frozen=True)
class StatementRun:
    statements: list[Statement]
    currency: Currency
    exchange: str


@dataclass(frozen=True)
class Outcome:
    written: list[Path]  # the PDF files (empty when printed)
    done: int  # statements drawn
    total: int
    cancelled: bool


def read_statements(ids: Sequence[int] | None, since: date, until: date) -> Work[StatementRun]:
    """The statements of ``ids`` (None: every active member) with the exchange's name and
    currency, read in one transaction."""

    def read(session: Session, actor: Actor) -> StatementRun:
        if ids is None:
            found = statements.statements_for_active(session, actor, since, until)
        else:
            found = statements.statements(session, actor, ids, since, until)
        exchange = str(settings.get(session, "exchange_name") or "")
        return StatementRun(found, currency_of(session), exchange)

    return read


class DrawingProgress:
    """A progress window while statements are drawn on the UI thread (fonts and the
    printer need it); its "Stop" takes effect between two members. None for one."""

    def __init__(self, parent: QWidget, sts: Sequence[Statement]) -> None:
        self.total = len(sts)
        self.dialog: QProgressDialog | None = None
        if self.total > 1:
            self.dialog = QProgressDialog(
                translate("pages.reports.statement_output", "Drawing the statements…"),
                translate("pages.reports.statement_output", "&Stop"),
                0,
                self.total,
                parent,
            )
            self.dialog.setWindowTitle(
                translate("pages.reports.statement_output", "Member statements")
            )
            self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
            self.dialog.setMinimumDuration(300)
            self.dialog.setValue(0)

    def step(self, n: int, st: Statement) -> bool:
        """Before statement ``n``: show it; False once the person pressed Stop."""
        if self.dialog is None:
            return True
        self.dialog.setLabelText(
            translate(
                "pages.reports.statement_output", "Statement {number} of {total}: {name}"
            ).format(number=n + 1, total=self.total, name=st.name)
        )
        self.dialog.setValue(n)
        QApplication.processEvents()
        return not self.dialog.wasCanceled()

    def __enter__(self) -> DrawingProgress:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.dialog is not None:
            self.dialog.reset()
            self.dialog.deleteLater()


def write_files(parent: QWidget, run: StatementRun, path: Path, *, combined: bool) -> Outcome:
    """One combined PDF at ``path``, or one per member into the folder ``path``."""
    with DrawingProgress(parent, run.statements) as progress:
        written = statement_pdf.write_statements(
            run.statements, path, exchange=run.exchange, currency=run.currency,
            combined=combined, progress=progress.step,
        )  # fmt: skip
    return Outcome(written.files, written.done, len(run.statements), written.stopped)


def paint_on(parent: QWidget, device: QPagedPaintDevice, run: StatementRun) -> Outcome:
    """Draw the statements on a printer (or any paged device)."""
    with DrawingProgress(parent, run.statements) as progress:
        done = statement_pdf.paint_statements(
            device, run.statements, exchange=run.exchange, currency=run.currency,
            progress=progress.step,
        )  # fmt: skip
    total = len(run.statements)
    return Outcome([], done, total, done < total)


def stopped_text(outcome: Outcome, path: Path | None) -> str:
    if outcome.written:
        return translate(
            "pages.reports.statement_output",
            "Stopped after {done} of {total} statements. The %n file(s) already written stay "
            "in {path}.",
            None,
            len(outcome.written),
        ).format(done=outcome.done, total=outcome.total, path=path)
    return translate(
        "pages.reports.statement_output",
        "Stopped after {done} of {total} statements. Nothing was kept.",
    ).format(done=outcome.done, total=outcome.total)


def done_text(
    outcome: Outcome, run: StatementRun, path: Path | None, *, printed: bool
) -> tuple[str, str]:
    """What was done, and where the files are."""
    if printed:
        return (
            translate(
                "pages.reports.statement_output",
                "Sent %n statement(s) to the printer.",
                None,
                outcome.done,
            ),
            "",
        )
    if len(outcome.written) == 1:
        st, file = run.statements[0], outcome.written[0]
        where = translate("pages.reports.statement_output", "The file is in {folder}.").format(
            folder=file.parent
        )
        if outcome.done == 1:
            closing = format_amount(st.closing_balance, run.currency, symbol=True)
            wrote = translate(
                "pages.reports.statement_output",
                "Wrote 1 statement ({name}, closing balance {balance}) to {file}.",
            ).format(name=st.name, balance=closing, file=file.name)
        else:
            wrote = translate(
                "pages.reports.statement_output",
                "Wrote %n statement(s) to {file}.",
                None,
                outcome.done,
            ).format(file=file.name)
        return wrote, where
    return (
        translate(
            "pages.reports.statement_output",
            "Wrote %n statement(s), one PDF per member.",
            None,
            len(outcome.written),
        ),
        translate("pages.reports.statement_output", "They are in {path}.").format(path=path),
    )
