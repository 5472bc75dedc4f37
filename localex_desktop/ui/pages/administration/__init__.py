"""The Administration page: the database, the operators, the exchange's settings."""
