"""Names in ASCII for Beancount accounts and file names: transliterated, never cut."""

from __future__ import annotations

import pytest

from localex_desktop.domain.latin import to_ascii
from localex_desktop.printing.statement_pdf import slug
from localex_desktop.services.exports.beancount import beancount_account


@pytest.mark.parametrize(
    ("name", "ascii"),
    [
        ("Łukasz Żółć", "Lukasz Zolc"),
        ("Ørsted Ærø", "Orsted AEro"),
        ("Straße", "Strasse"),
        ("Zoë Ñúñez", "Zoe Nunez"),
        ("Иван Щукин", "Ivan Shchukin"),
        ("Ξανθή Παπαδοπούλου", "Xanthi Papadopoulou"),
        ("Đorđe Þór", "Dorde Thor"),
        ("李小龙", ""),  # no romanisation here: the account keeps its number alone
    ],
)
def test_names_are_written_out(name: str, ascii: str) -> None:
    assert to_ascii(name) == ascii


def test_beancount_accounts_and_statement_files_keep_the_whole_name() -> None:
    assert beancount_account(12, None, "Łukasz Nowak") == "Assets:Members:0012-Lukasz-Nowak"
    assert beancount_account(7, None, "Ольга") == "Assets:Members:0007-Olga"
    assert beancount_account(8, None, "李小龙") == "Assets:Members:0008"
    assert slug("Łukasz Ørsted") == "lukasz-orsted"
