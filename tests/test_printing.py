"""The printing package: Qt-free of widgets, and PDFs that read right in other tools.

Text is extracted with pypdf (a dev dependency); where poppler's ``pdftotext`` is
installed it is asked too, since that is what search indexers and many readers use.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

PROBE = """
import sys
from pathlib import Path
from datetime import date, datetime, timezone
from pathlib import Path
from localex_desktop.domain.money import Currency
from localex_desktop.printing import directory_pdf, paged, report_pdf, statement_pdf
from localex_desktop.services.statements import Statement, StatementLine
line = StatementLine(1, 1, datetime(2026, 1, 2, tzinfo=timezone.utc), "transfer", "Bob (2)",
                     "bread", 250, 250)
st = Statement(1, "Ann", None, "", "active", 1, None, date(2026, 1, 31), 0, [line], 250,
               1000, None)
statement_pdf.write_statements([st], Path(sys.argv[1]), exchange="X", currency=Currency())
bad = sorted(m for m in sys.modules if m.startswith("PySide6.QtWidgets"))
print("widgets:", bad)
print("pages:", Path(sys.argv[1]).stat().st_size > 0)
"""


def test_printing_never_imports_qtwidgets(tmp_path: Path) -> None:
    out = f"{tmp_path}/probe.pdf"
    proc = subprocess.run(
        [sys.executable, "-c", PROBE, out], capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 0, proc.stderr
    assert "widgets: []" in proc.stdout, proc.stdout
    assert "pages: True" in proc.stdout
