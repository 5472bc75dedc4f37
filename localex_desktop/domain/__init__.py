"""Pure rules of the exchange: no Qt, no SQL."""
