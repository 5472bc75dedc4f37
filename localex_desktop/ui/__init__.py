"""The PySide6 desktop layer: windows, dialogs, item models and background tasks.

Thin over :mod:`localex_desktop.services`; nothing here builds SQL.
"""
