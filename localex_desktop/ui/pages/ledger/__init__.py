"""The ledger: the journal of transactions, corrections, levies, batches and verification."""
