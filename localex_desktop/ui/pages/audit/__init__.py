"""The Audit log page: who changed what and when, with the values before and after."""
