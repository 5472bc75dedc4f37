"""The import wizard: members, listings and opening balances from CSV or XLSX."""
