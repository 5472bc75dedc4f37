"""Exports: members, listings, trades, transactions with entries, the audit log and the
reports, to CSV or XLSX; and the whole ledger as Beancount and hledger journals.

* :mod:`.tables` builds each entity's table from its field list
  (:mod:`services.fields`), with the views' own filters, paging through the service;
* :mod:`.report_tables` turns the reports into tables;
* :mod:`.writers` writes tables as CSV or XLSX (exact amounts, text never a formula,
  totals left to the spreadsheet);
* :mod:`.beancount` writes the ledger as a Beancount journal, :mod:`.hledger` as an
  hledger/Ledger journal (the same account names).

Callers use this package: ``from localex_desktop.services import exports``.
"""

from localex_desktop.services.exports.beancount import (
    EXPENSE_ROOT,
    MEMBER_ROOT,
    SYSTEM_ROOT,
    BeancountSummary,
    beancount_account,
    beancount_commodity,
    beancount_text,
    export_beancount,
    write_beancount,
)
from localex_desktop.services.exports.hledger import (
    JournalSummary,
    export_hledger,
    hledger_text,
    write_hledger,
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
    DIALECTS,
    FORMATS,
    FORMULA_STARTS,
    PLAIN_CSV,
    CsvDialect,
    cell_text,
    csv_text,
    dialect_for,
    environment_decimal,
    format_of,
    locale_dialect,
    write_csv,
    write_table,
    write_tables,
    write_xlsx,
)

__all__ = [
    "AUDIT_COLUMNS",
    "AUDIT_HEADERS",
    "DIALECTS",
    "EXPENSE_ROOT",
    "EXPORTERS",
    "FORMATS",
    "FORMULA_STARTS",
    "LISTING_COLUMNS",
    "LISTING_HEADERS",
    "MEMBER_COLUMNS",
    "MEMBER_HEADERS",
    "MEMBER_ROOT",
    "PAGE",
    "PLAIN_CSV",
    "SYSTEM_ROOT",
    "TRADE_COLUMNS",
    "TRADE_HEADERS",
    "TRANSACTION_HEADERS",
    "AuditFilter",
    "BeancountSummary",
    "Cell",
    "CsvDialect",
    "JournalSummary",
    "Table",
    "audit_rows",
    "audit_table",
    "beancount_account",
    "beancount_commodity",
    "beancount_text",
    "cell_text",
    "csv_text",
    "dialect_for",
    "environment_decimal",
    "export_beancount",
    "export_hledger",
    "format_of",
    "hledger_text",
    "listings_table",
    "locale_dialect",
    "members_table",
    "report_tables",
    "trades_table",
    "transactions_table",
    "write_beancount",
    "write_csv",
    "write_hledger",
    "write_table",
    "write_tables",
    "write_xlsx",
]
