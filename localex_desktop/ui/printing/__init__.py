"""Printed output (statements, the directory) drawn with Qt: to PDF or to a printer.

The admin command imports these modules lazily, inside its handlers, so that
`localex` starts without Qt; they create an offscreen QGuiApplication when none runs.
"""
