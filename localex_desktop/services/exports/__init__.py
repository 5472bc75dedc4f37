"""Exports: members, listings, trades, transactions with entries, the audit log and the
reports, to CSV or XLSX; and the whole ledger as a Beancount journal.

* :mod:`.tables` builds each entity's table from its field list
  (:mod:`services.fields`), with the views' own filters, paging through the service;
* :mod:`.report_tables` turns the reports into tables;
* :mod:`.writers` writes tables as CSV or XLSX (exact amounts, text never a formula,
  totals left to the spreadsheet);
* :mod:`.beancount` writes the ledger as a Beancount journal.

Callers use this package: ``from localex_desktop.services import exports``.
"""

from localex_desktop.services.exports.beancount import (
    MEMBER_ROOT,
    SYSTEM_ROOT,
    BeancountSummary,
    beancount_account,
    beancount_commodity,
    beancount_text,
    export_beancount,
    write_beancount,
)
from localex_desktop.services.exports.report_tables import report_tables
from localex_desktop.services.exports.tables import (
    AUDIT_COLUMNS,
    AUDIT_HEADERS,
    EXPORTERS,
    LISTING_COLUMNS,
    LISTING_HEADERS,
    MEMBER_COLUMNS,
    MEMBER_HEADERS,
    PAGE,
    TRADE_COLUMNS,
    TRADE_HEADERS,
    TRANSACTION_HEADERS,
    AuditFilter,
    Cell,
    Table,
    audit_rows,
    audit_table,
    listings_table,
    members_table,
    trades_table,
    transactions_table,
)
from localex_desktop.services.exports.writers import (
    FORMATS,
    FORMULA_STARTS,
    cell_text,
    csv_text,
    format_of,
    write_csv,
    write_table,
    write_tables,
    write_xlsx,
)

__all__ = [
    "AUDIT_COLUMNS",
    "AUDIT_HEADERS",
    "EXPORTERS",
    "FORMATS",
    "FORMULA_STARTS",
    "LISTING_COLUMNS",
    "LISTING_HEADERS",
    "MEMBER_COLUMNS",
    "MEMBER_HEADERS",
    "MEMBER_ROOT",
    "PAGE",
    "SYSTEM_ROOT",
    "TRADE_COLUMNS",
    "TRADE_HEADERS",
    "TRANSACTION_HEADERS",
    "AuditFilter",
    "BeancountSummary",
    "Cell",
    "Table",
    "audit_rows",
    "audit_table",
    "beancount_account",
    "beancount_commodity",
    "beancount_text",
    "cell_text",
    "csv_text",
    "export_beancount",
    "format_of",
    "listings_table",
    "members_table",
    "report_tables",
    "trades_table",
    "transactions_table",
    "write_beancount",
    "write_csv",
    "write_table",
    "write_tables",
    "write_xlsx",
]
