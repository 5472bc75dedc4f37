"""Backups in the desktop program: back up, restore, verify, automatic backups."""
