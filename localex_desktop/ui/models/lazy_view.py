"""The view side of :class:`LazyTableModel`: a table that keeps its place, and a busy bar.

:class:`LazyTableView` selects whole rows, sorts through the model (so in the
database), remembers its column widths in the window settings, and after
:meth:`LazyTableView.refresh` puts the selection and the top visible row back by key.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QItemSelectionModel,
    QObject,
    QSettings,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QProgressBar,
    QTableView,
    QWidget,
)

from localex_desktop.ui.i18n import translate
from localex_desktop.ui.models.columns import Column
from localex_desktop.ui.models.lazy_table import LazyTableModel
from localex_desktop.ui.widgets import single_shot


def read_only_rows(view: QTableView) -> None:
    """How every table of the program behaves: whole rows selected, nothing edited in
    place, alternating colours, no wrapping, Tab leaves the table, no row numbers, rows
    one line high."""
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setTabKeyNavigation(False)
    vertical = view.verticalHeader()
    vertical.setVisible(False)
    vertical.setDefaultSectionSize(view.fontMetrics().height() + 10)


class ColumnSizer(QObject):
    """Starting widths from the columns; the stretch column takes the room that is left.

    Unlike ``QHeaderView.Stretch``, the stretch column never shrinks below its own
    width (the table scrolls sideways instead), so names are not cut to "Al…". No
    column starts narrower than its title, and a column whose title changes (the
    currency arrives: "Balance after (h)") is widened if the new title would be cut.
    """

    def __init__(self, view: QTableView, columns: Sequence[Column[Any]]) -> None:
        super().__init__(view)
        self.view = view
        char = view.fontMetrics().averageCharWidth()
        self.widths = [col.width * char + 24 for col in columns]
        self.stretch = next((n for n, col in enumerate(columns) if col.stretch), -1)
        self._fitting = False
        self._titles: list[str] = []
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        for number, width in enumerate(self.widths):
            header.resizeSection(number, width)
        header.sectionResized.connect(self._resized)
        view.viewport().installEventFilter(self)
        model = view.model()  # the titles change when the currency's symbol arrives
        model.headerDataChanged.connect(lambda *_: self.fit_titles())
        model.modelReset.connect(self.fit_titles)
        self.fit_titles()

    def title_width(self, section: int) -> int:
        """The width the column's title needs, sort indicator and margins included."""
        return self.view.horizontalHeader().sectionSizeFromContents(section).width()

    def fit_titles(self) -> None:
        """Widen each column whose title changed and no longer fits, then fit."""
        header = self.view.horizontalHeader()
        model = self.view.model()
        horizontal = Qt.Orientation.Horizontal
        titles = [str(model.headerData(n, horizontal)) for n in range(header.count())]
        old, self._titles = self._titles, titles
        for number, title in enumerate(titles):
            if number < len(old) and old[number] == title:
                continue
            needed = self.title_width(number)
            if number < len(self.widths):
                self.widths[number] = max(self.widths[number], needed)
            if header.sectionSize(number) < needed:
                header.resizeSection(number, needed)
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def _resized(self, section: int, _old: int, _new: int) -> None:
        if section != self.stretch:
            self.fit()

    def fit(self) -> None:
        if self.stretch < 0 or self._fitting:
            return
        header = self.view.horizontalHeader()
        others = sum(
            header.sectionSize(n)
            for n in range(header.count())
            if n != self.stretch and not header.isSectionHidden(n)
        )
        room = self.view.viewport().width() - others
        self._fitting = True
        try:
            header.resizeSection(self.stretch, max(room, self.widths[self.stretch]))
        finally:
            self._fitting = False


class BusyBar(QProgressBar):
    """A thin indeterminate bar, visible while the model fetches."""

    def __init__(self, model: LazyTableModel[Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(0, 0)
        self.setTextVisible(False)
        self.setFixedHeight(4)
        self.setAccessibleName(translate("models.lazy_view", "Loading"))
        self.setVisible(model.loading)
        model.loading_changed.connect(self.setVisible)


class LazyTableView(QTableView):
    """A read-only, row-selecting table over a lazy model."""

    #: the key of the selected row changed (None: nothing selected)
    current_changed = Signal(object)

    def __init__(
        self,
        model: LazyTableModel[Any],
        *,
        settings: QSettings | None = None,
        settings_key: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.lazy = model
        self._settings = settings
        self._settings_key = settings_key
        self._restore: tuple[Hashable | None, Hashable | None] | None = None
        self._last_key: Hashable | None = None
        self.setModel(model)
        read_only_rows(self)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        horizontal = self.horizontalHeader()
        horizontal.setHighlightSections(False)
        horizontal.setSectionsMovable(False)
        horizontal.setMinimumSectionSize(48)
        self.sizer = ColumnSizer(self, model.columns)
        self._restore_widths()
        sortable = any(col.sort_key for col in model.columns)
        if sortable:
            horizontal.setSortIndicator(
                model.sort_column(),
                Qt.SortOrder.DescendingOrder
                if model.query.descending
                else Qt.SortOrder.AscendingOrder,
            )
            self.setSortingEnabled(True)
        horizontal.sectionResized.connect(self._schedule_save)
        self._save_timer = single_shot(self, 400, self.save_widths)
        model.reset_done.connect(self._after_reset)
        self.selectionModel().currentRowChanged.connect(self._row_changed)
        self.selectionModel().selectionChanged.connect(self._selection_changed)

    # -- keys ------------------------------------------------------------------------

    def selected_row(self) -> int | None:
        rows = self.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def selected_key(self) -> Hashable | None:
        row = self.selected_row()
        return None if row is None else self.lazy.key(row)

    def select_key(self, key: Hashable, *, top: bool = False) -> bool:
        row = self.lazy.row_of(key)
        if row is None:
            return False
        self.select_row(row, top=top)
        return True

    def select_row(self, row: int, *, top: bool = False) -> None:
        index = self.lazy.index(row, 0)
        self.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        hint = (
            QAbstractItemView.ScrollHint.PositionAtTop
            if top
            else QAbstractItemView.ScrollHint.EnsureVisible
        )
        self.scrollTo(index, hint)

    def top_key(self) -> Hashable | None:
        row = self.rowAt(0)
        return None if row < 0 else self.lazy.key(row)

    # -- refreshing in place ---------------------------------------------------------

    def refresh(self) -> None:
        """Fetch again, then put the selection and the top row back where they were."""
        bottom = self.rowAt(self.viewport().height() - 1)
        if bottom < 0:
            bottom = self.lazy.loaded_count() - 1
        selected = self.selected_row()
        keep = max(bottom, selected if selected is not None else -1) + 1
        self._restore = (self.top_key(), self.selected_key())
        self.lazy.refresh(keep)

    def _after_reset(self) -> None:
        restore, self._restore = self._restore, None
        if restore is None:
            self._emit_current()
            return
        top, selected = restore
        if top is not None:
            row = self.lazy.row_of(top)
            if row is not None:
                self.scrollTo(self.lazy.index(row, 0), QAbstractItemView.ScrollHint.PositionAtTop)
        if selected is not None and self.lazy.row_of(selected) is not None:
            row = self.lazy.row_of(selected)
            assert row is not None
            self.selectionModel().setCurrentIndex(
                self.lazy.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        self._emit_current()

    def _row_changed(self, *_args: object) -> None:
        self._emit_current()

    def _selection_changed(self, *_args: object) -> None:
        self._emit_current()

    def _emit_current(self) -> None:
        key = self.selected_key()
        if key != self._last_key:
            self._last_key = key
            self.current_changed.emit(key)

    # -- remembering column widths ---------------------------------------------------

    def _schedule_save(self, *_args: object) -> None:
        if self._settings is not None and self._settings_key:
            self._save_timer.start()

    def save_widths(self) -> None:
        if self._settings is None or not self._settings_key:
            return
        header = self.horizontalHeader()
        widths = [header.sectionSize(i) for i in range(header.count())]
        self._settings.setValue(f"{self._settings_key}/widths", " ".join(map(str, widths)))

    def _restore_widths(self) -> None:
        if self._settings is None or not self._settings_key:
            return
        raw = self._settings.value(f"{self._settings_key}/widths")
        if isinstance(raw, QByteArray):
            raw = bytes(raw.data()).decode()
        if isinstance(raw, list):
            raw = " ".join(str(w) for w in raw)
        if not isinstance(raw, str) or not raw:
            return
        try:
            widths = [int(w) for w in raw.split()]
        except ValueError:
            return
        header = self.horizontalHeader()
        if len(widths) != header.count():
            return
        for number, width in enumerate(widths):
            if number != self.sizer.stretch:
                least = max(header.minimumSectionSize(), self.sizer.title_width(number))
                header.resizeSection(number, max(width, least))
        self.sizer.fit()
