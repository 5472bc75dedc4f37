"""Item models shared by the views: a lazy, database-backed table and a small list table."""
