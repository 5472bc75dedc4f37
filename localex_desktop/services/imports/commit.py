"""Check a file (writing nothing), or write it: all rows or none, in the caller's transaction.

:func:`commit` checks again first (the data may have changed since the preview) and
refuses while any row has an error; every write then happens in the one transaction
the caller opened, so a failure half-way leaves nothing behind.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from localex_desktop.domain.errors import ValidationError
from localex_desktop.domain.roles import Actor, Permission
from localex_desktop.services import audit
from localex_desktop.services.imports.check_balances import BalancesImporter
from localex_desktop.services.imports.check_listings import ListingsImporter
from localex_desktop.services.imports.check_members import MembersImporter
from localex_desktop.services.imports.checking import (
    Check,
    Importer,
    ImportRequest,
    date_question,
    scan_file_dates,
    unmapped_warning,
)
from localex_desktop.services.imports.fields import check_mapping
from localex_desktop.services.imports.results import (
    ImportRefused,
    ImportResult,
    Kind,
    Preview,
)

IMPORTERS: dict[Kind, Importer] = {
    Kind.MEMBERS: MembersImporter(),
    Kind.LISTINGS: ListingsImporter(),
    Kind.BALANCES: BalancesImporter(),
}


def _run(check: Check) -> Check:
    """Every row of ``check``'s file checked (its mapping and dates first)."""
    kind, source, mapping = check.kind, check.source, check.mapping
    problems = check_mapping(kind, source.headers, mapping)
    if problems:
        raise ValidationError(" ".join(problems), hint="Change the column mapping.")
    if check.options.dates is None:
        scan, _header = scan_file_dates(kind, source, mapping)
        question = date_question(kind, source, mapping)
        if question is not None:
            raise ValidationError(
                question, hint="Say in which order the file's dates are written, and check again."
            )
        check.dates = scan.order
    check.preview.dates = check.dates
    warning = unmapped_warning(kind, source, mapping)
    if warning is not None:
        check.preview.warnings.append(warning)
    IMPORTERS[kind].check(check)
    check.errors.sort(key=lambda e: e.line)
    return check


def preview(session: Session, actor: Actor, request: ImportRequest) -> Preview:
    """Check every row against the rules and the database; writes nothing."""
    actor.require(Permission.READ)
    return _run(Check(session, actor, request)).preview


def commit(session: Session, actor: Actor, request: ImportRequest) -> ImportResult:
    """Check again, then write every new row in the caller's transaction.

    Raises :class:`ImportRefused` when any row has an error."""
    kind, source = request.kind, request.source
    importer = IMPORTERS[kind]
    actor.require(importer.needs)
    check = _run(Check(session, actor, request))
    checked = check.preview
    if not checked.ok:
        raise ImportRefused(checked)
    written = importer.write(check)
    audit.record(
        session,
        actor,
        "import",
        kind.value,
        None,
        after={
            "file": source.name,
            "created": len(checked.to_create),
            "duplicates": len(checked.duplicates),
            "skipped": len(checked.skipped),
            "transaction": written.transaction_id,
        },
    )
    return ImportResult(
        kind,
        len(checked.to_create),
        len(checked.duplicates),
        len(checked.skipped),
        written.ids,
        written.transaction_id,
    )
