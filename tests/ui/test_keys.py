"""Alt and a letter that no label underlines types nothing into the field."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFormLayout, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from localex_desktop.ui import keys


@pytest.mark.skipif(sys.platform == "darwin", reason="Option+letter types text on macOS")
def test_a_stray_alt_letter_types_nothing(qtbot: QtBot) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    guard = keys.install(app)
    try:
        form = QWidget()
        qtbot.addWidget(form)
        layout = QFormLayout(form)
        memo = QLineEdit("Yearly fee")
        layout.addRow("&Memo:", memo)
        post = QPushButton("&Post")
        post.setEnabled(False)  # its mnemonic matches nothing now
        layout.addRow(post)
        form.show()
        qtbot.waitExposed(form)
        memo.setFocus()
        QTest.keyClick(memo, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
        QTest.keyClick(memo, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)
        assert memo.text() == "Yearly fee"
        QTest.keyClicks(memo, " 2026")  # ordinary typing is untouched
        assert memo.text() == "Yearly fee 2026"
    finally:
        app.removeEventFilter(guard)
