"""Printed output (statements, the directory, reports) drawn with Qt: to PDF or a printer.

Used alike by the admin command and the desktop program, so it needs QtGui (and
QtCore) only, never QtWidgets: the command prints without loading widgets, and
``tests/test_printing.py`` proves it. The admin command imports these modules inside
its handlers, so that `localex` starts without Qt; they create an offscreen
QGuiApplication when none runs.
"""
