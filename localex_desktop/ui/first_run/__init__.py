"""The first-run wizard: where the data lives, and the first administrator."""
