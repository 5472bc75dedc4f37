"""The Trades page: trades by status, recording them, and paper-slip batches."""
