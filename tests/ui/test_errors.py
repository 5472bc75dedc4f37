"""What a person reads when work fails outside the operation layer (a modal task, the
backup on closing): the same words as everywhere, never "a fault in LocalEx Desktop"
for a database that stopped answering."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.exc import OperationalError

from localex_desktop.ui.errors import describe


def test_a_lost_database_is_described_not_called_a_fault(tmp_path: Path) -> None:
    engine = sa.create_engine(f"postgresql+psycopg://nobody@/x?host={tmp_path}/no-server")
    with pytest.raises(OperationalError) as caught:
        engine.connect()
    message, hint = describe(caught.value)
    assert "not answering" in message and "fault" not in message
    assert "try once more" in hint


@pytest.mark.allow_errors  # a bug is logged with its traceback: that is the point
def test_a_bug_is_still_called_a_bug() -> None:
    message, hint = describe(ZeroDivisionError("x"))
    assert "fault in LocalEx Desktop" in message and "log file" in hint
