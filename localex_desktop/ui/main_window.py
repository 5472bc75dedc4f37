"""The main window: navigation on the left, the chosen page on the right.

Pages come from :func:`ui.pages.registry.registered_pages` and are built the first time
they are shown, so new views plug in without touching this module; the menu named after
the page shown holds that page's own actions (:mod:`ui.page_menu`). The window is the
context's :class:`ui.context.Shell`: pages ask it for what only the window can do.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QByteArray, QSize, Qt, QThreadPool, QUrl
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from localex_desktop import APP_NAME, __version__, paths
from localex_desktop.domain.roles import Actor, Permission, Role
from localex_desktop.services import settings
from localex_desktop.services.review import ReviewSession
from localex_desktop.services.work import SignedOut, check_operator
from localex_desktop.ui import messages
from localex_desktop.ui.accessibility import add_text_size_menu
from localex_desktop.ui.backup.actions import add_backup_actions
from localex_desktop.ui.backup.scheduler import BackupScheduler
from localex_desktop.ui.connection_status import ConnectionLabel
from localex_desktop.ui.context import AppContext
from localex_desktop.ui.fit import first_size
from localex_desktop.ui.help import GuideWindow, ShortcutsDialog, general_keys, menu_keys, page_keys
from localex_desktop.ui.i18n import translate, translate_marked
from localex_desktop.ui.icons import app_icon, standard
from localex_desktop.ui.keys import standard_keys
from localex_desktop.ui.language_menu import LanguageMenu
from localex_desktop.ui.live import TABLES, LiveUpdates, apply_refresh
from localex_desktop.ui.page_menu import PageMenu
from localex_desktop.ui.pages import PageSpec
from localex_desktop.ui.pages.administration.page import AdministrationPage
from localex_desktop.ui.pages.dashboard.backup_status import BackupStatusLabel
from localex_desktop.ui.pages.registry import registered_pages
from localex_desktop.ui.pages.reports.file_menu import add_file_actions
from localex_desktop.ui.review import (
    ReviewBanner,
    open_for_review,
    review_banner_text,
    review_context,
    review_title_suffix,
)
from localex_desktop.ui.sign_out import SignOutWatch
from localex_desktop.ui.tasks import TaskRunner

#: review windows opened from a running program, kept alive until they close
_OPEN: list[QWidget] = []

#: where the pages' titles are marked with QT_TRANSLATE_NOOP (the registry's table and
#: the Dashboard's own spec)
PAGE_TITLE_CONTEXTS = ("pages.registry", "pages.dashboard.page")


def page_title(spec: PageSpec) -> str:
    """The page's title in the program's language (marked where its spec is written;
    a title already translated there is shown as it is)."""
    for context in PAGE_TITLE_CONTEXTS:
        shown = translate_marked(context, spec.title)
        if shown != spec.title:
            return shown
    return spec.title


class MainWindow(QMainWindow):
    """Owns no data of its own: everything comes through the :class:`AppContext`."""

    def __init__(
        self, ctx: AppContext, pages: list[PageSpec] | None = None, *, auto_backup: bool = False
    ) -> None:
        super().__init__()
        self.ctx = ctx
        ctx.shell = self
        self.specs = [p for p in (pages or registered_pages()) if p.visible(ctx)]
        self._built: dict[str, QWidget] = {}
        self._guide: GuideWindow | None = None
        self.exchange_name = ""
        self.setWindowIcon(app_icon())
        self.setObjectName("MainWindow")
        self.setMinimumSize(720, 480)

        self.nav = QListWidget()
        self.nav.setAccessibleName(translate("main_window", "Pages"))
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setSpacing(2)
        self.nav.setMinimumWidth(170)
        self.nav.setMaximumWidth(260)
        self.stack = QStackedWidget()
        for spec in self.specs:
            title = page_title(spec)
            item = QListWidgetItem(standard(spec.icon), title)
            shortcut = QKeySequence(spec.shortcut).toString(QKeySequence.SequenceFormat.NativeText)
            item.setToolTip(
                translate("main_window", "{page} ({shortcut})").format(
                    page=title, shortcut=shortcut
                )
            )
            item.setSizeHint(QSize(0, 34))
            self.nav.addItem(item)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([190, 810])
        self.splitter.setChildrenCollapsible(False)
        # review mode: a banner across the top says it is a read-only copy of a backup
        self.review_banner: ReviewBanner | None = None
        if review_banner_text(ctx.db) is not None:
            self.review_banner = ReviewBanner(ctx.db)
            central = QWidget()
            column = QVBoxLayout(central)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(0)
            column.addWidget(self.review_banner)
            column.addWidget(self.splitter, 1)
            self.setCentralWidget(central)
        else:
            self.setCentralWidget(self.splitter)
        self.nav.currentRowChanged.connect(self._row_changed)

        self._build_menus()
        self._build_status_bar()
        self._update_title()
        ctx.events.settings_changed.connect(self.load_exchange_name)
        self._restore_state()
        self.load_exchange_name()
        # live updates: other coordinators' changes refresh the open pages in place
        self.live = LiveUpdates(ctx, lambda: [*self._built.values(), self.backup_label], self)
        # our own changes refresh the open pages at once; other sessions' by NOTIFY
        ctx.events.data_changed.connect(self.live.own_change)
        self.live.connection_changed.connect(self.connection_label.set_up)
        # another session restores or upgrades the database: back to the sign-in
        self.sign_out_watch = SignOutWatch(self, self.live, self.close)
        # the pooled connections go too, so the restoring session sees this window leave
        self.sign_out_watch.signed_out.connect(lambda _why: ctx.db.engine.dispose())
        self.live.start()
        # automatic backups (the program's own window only; never in review mode)
        self.backup_scheduler = BackupScheduler(ctx, self)
        self.backup_scheduler.backup_succeeded.connect(lambda _r: self.backup_label.reload())
        self.backup_scheduler.backup_failed.connect(lambda _m: self.backup_label.reload())
        if auto_backup:
            self.backup_scheduler.start()

    # -- pages ------------------------------------------------------------------------

    def page_keys(self) -> list[str]:
        return [spec.key for spec in self.specs]

    def show_page(self, key: str) -> QWidget:
        """Select the page in the navigation (building it if needed) and return it."""
        row = self.page_keys().index(key)
        self.nav.setCurrentRow(row)
        return self._page(row)

    def current_page(self) -> QWidget | None:
        return self.stack.currentWidget()

    def _page(self, row: int) -> QWidget:
        spec = self.specs[row]
        widget = self._built.get(spec.key)
        if widget is None:
            widget = spec.factory(self.ctx)
            self._built[spec.key] = widget
            self.stack.addWidget(widget)
        return widget

    def _row_changed(self, row: int) -> None:
        if row < 0:
            return
        page = self._page(row)
        self.stack.setCurrentWidget(page)
        self.page_actions[row].setChecked(True)
        self.page_menu.follow(page_title(self.specs[row]), page)

    def go_to_page(self, row: int) -> None:
        """A page key (Ctrl+1 … Ctrl+8): show the page and put the focus in it, so its own
        keys (Ctrl+N, Ctrl+F, Enter on a row) work at once."""
        self.nav.setCurrentRow(row)
        page = self._page(row)
        focus_search = getattr(page, "focus_search", None)
        if callable(focus_search):
            focus_search()
        else:
            page.focusNextChild()

    # -- menus and status bar ---------------------------------------------------------

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(translate("main_window", "&File"))
        self.backup_actions = add_backup_actions(self, file_menu, self.ctx)  # Back up now…
        self.file_actions = add_file_actions(self, file_menu, self.ctx)  # Import…, Print…
        self.settings_action = QAction(translate("main_window", "Se&ttings…"), self)
        preferences = QKeySequence.StandardKey.Preferences
        self.settings_action.setShortcuts(standard_keys(preferences, "Ctrl+,"))
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_action.setToolTip(
            translate("main_window", "The exchange's settings, on the Administration page")
        )
        self.settings_action.triggered.connect(self.show_settings)
        self.settings_action.setVisible("administration" in self.page_keys())
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        quit_action = QAction(translate("main_window", "&Quit"), self)
        quit_action.setShortcuts(standard_keys(QKeySequence.StandardKey.Quit, "Ctrl+Q"))
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        view_menu = bar.addMenu(translate("main_window", "&View"))
        group = QActionGroup(self)
        self.page_actions: list[QAction] = []
        for row, spec in enumerate(self.specs):
            action = QAction(standard(spec.icon), page_title(spec), self)
            action.setShortcut(QKeySequence(spec.shortcut))
            action.setCheckable(True)
            action.triggered.connect(lambda _checked=False, r=row: self.go_to_page(r))
            group.addAction(action)
            view_menu.addAction(action)
            self.page_actions.append(action)
        view_menu.addSeparator()
        self.text_size_menu = add_text_size_menu(self, view_menu)  # on the next start
        languages = LanguageMenu(self, view_menu)  # on the next start
        self.language_menu, self.language_actions = languages.menu, languages.actions

        help_menu = bar.addMenu(translate("main_window", "&Help"))
        self.page_menu = PageMenu(bar, help_menu.menuAction(), self)  # between View and Help
        guide = QAction(translate("main_window", "&User guide"), self)
        guide.setShortcuts(QKeySequence.StandardKey.HelpContents)
        if not guide.shortcuts():
            guide.setShortcut(QKeySequence("F1"))
        guide.triggered.connect(self.show_guide)
        keys = QAction(translate("main_window", "&Keyboard shortcuts"), self)
        keys.setShortcut(QKeySequence("Ctrl+/"))
        keys.triggered.connect(self.show_shortcuts)
        help_menu.addAction(guide)
        help_menu.addAction(keys)
        help_menu.addSeparator()
        self.guide_action, self.shortcuts_action = guide, keys
        about = QAction(translate("main_window", "&About {program}").format(program=APP_NAME), self)
        about.setMenuRole(QAction.MenuRole.AboutRole)
        about.triggered.connect(self.show_about)
        logs = QAction(translate("main_window", "Open &log folder"), self)
        logs.triggered.connect(self.open_log_folder)
        help_menu.addAction(about)
        help_menu.addAction(logs)
        self.quit_action, self.about_action, self.logs_action = quit_action, about, logs

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        self.busy_label = QLabel(translate("main_window", "Working…"))
        self.busy_label.setVisible(False)
        self.connection_label = ConnectionLabel(self.ctx, status)
        login = self.ctx.actor.login
        role = _role_word(self.ctx.actor.role)
        if login is not None and login.read_only:
            signed_in = translate(
                "main_window", "Signed in as {name} ({role}), read-only login {login}"
            ).format(name=self.ctx.display_name, role=role, login=login.login)
        else:
            signed_in = translate("main_window", "Signed in as {name} ({role})").format(
                name=self.ctx.display_name, role=role
            )
        self.operator_label = QLabel(signed_in)
        if login is not None and login.read_only:
            self.operator_label.setToolTip(login.refusal(Permission.MANAGE_MEMBERS) or "")
        self.backup_label = BackupStatusLabel(self.ctx)
        self.backup_label.setVisible(self.ctx.db.mode != "review")  # a copy is never backed up
        status.addWidget(self.busy_label)
        status.addPermanentWidget(self.backup_label)
        status.addPermanentWidget(self.connection_label)
        status.addPermanentWidget(self.operator_label)
        self.ctx.tasks.busy_changed.connect(self.busy_label.setVisible)

    def _update_title(self) -> None:
        suffix = review_title_suffix(self.ctx.db)
        if self.exchange_name:
            self.setWindowTitle(
                translate("main_window", "{program} — {exchange}{review}").format(
                    program=APP_NAME, exchange=self.exchange_name, review=suffix
                )
            )
        else:
            self.setWindowTitle(APP_NAME + suffix)  # the name, and the review words (translated)

    def database_replaced(self) -> None:
        """A restore renamed the database underneath: reconnect, refresh every view."""
        self.ctx.db.engine.dispose()
        self.live.stop()
        self.live.start()
        self.ctx.events.settings_changed.emit()
        self.ctx.events.operators_changed.emit()
        for page in self._built.values():
            apply_refresh(page, TABLES)
        self.backup_label.reload()
        # the restored data may not hold this window's operator: then back to the sign-in
        self.ctx.query(check_operator, None, self._operator_gone, owner=self)

    def _operator_gone(self, exc: BaseException) -> None:
        if isinstance(exc, SignedOut):
            self.sign_out_watch.sign_out(exc.message)

    def backup_made(self) -> None:
        self.backup_label.reload()

    def open_review(self, parent: QWidget | None) -> QWidget | None:
        session = open_for_review(parent, self.ctx.tasks)
        if session is None:
            return None
        return show_review_window(session, self.ctx.tasks)

    def load_exchange_name(self) -> None:
        def read(session: Session, _actor: Actor) -> str:
            return str(settings.get(session, "exchange_name") or "")

        def show(name: str) -> None:
            self.exchange_name = name
            self._update_title()

        self.ctx.query(read, show, owner=self)

    def show_about(self) -> None:
        messages.inform(
            self,
            translate("main_window", "{program} {version}").format(
                program=APP_NAME, version=__version__
            ),
            translate(
                "main_window",
                "For coordinators of local exchange trading systems, timebanks and "
                "mutual-credit communities.\n\n"
                "Connected to: {database}\n"
                "Log files: {logs}",
            ).format(database=self.ctx.db.display_url, logs=paths.log_dir()),
        )

    def show_guide(self) -> QWidget:
        """The shipped guides, in a window of their own that stays open beside this one."""
        window = self._guide
        if window is None or not shiboken6.isValid(window):
            window = self._guide = GuideWindow(self)
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def show_settings(self) -> None:
        """File → Settings (Preferences): the Settings tab of the Administration page."""
        page = self.show_page("administration")
        if isinstance(page, AdministrationPage):
            page.show_tab(page.settings_tab)

    def shortcut_rows(self) -> list[tuple[str, str, str]]:
        """Every key: the menus', each page's (built for it if not yet shown), the rest."""
        menus = self.menuBar().findChildren(QMenu)  # not the page menu: the pages' keys follow
        rows = menu_keys([m for m in menus if m is not self.page_menu.menu])
        for row, spec in enumerate(self.specs):
            where = translate("main_window", "{page} page").format(page=page_title(spec))
            rows += page_keys(where, self._page(row))
        return rows + general_keys()

    def show_shortcuts(self) -> None:
        ShortcutsDialog(self.shortcut_rows(), self).exec()

    def open_log_folder(self) -> None:
        folder = paths.log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
            messages.inform(
                self,
                translate("main_window", "The log folder could not be opened here."),
                str(folder),
            )

    # -- remembering the window -------------------------------------------------------

    def _restore_state(self) -> None:
        store = self.ctx.settings
        geometry = store.value("main_window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(first_size(self))
        state = store.value("main_window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        splitter = store.value("main_window/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        page = str(store.value("main_window/page", ""))
        keys = self.page_keys()
        if keys:
            self.nav.setCurrentRow(keys.index(page) if page in keys else 0)

    def save_state(self) -> None:
        store = self.ctx.settings
        store.setValue("main_window/geometry", self.saveGeometry())
        store.setValue("main_window/state", self.saveState())
        store.setValue("main_window/splitter", self.splitter.saveState())
        row = self.nav.currentRow()
        if 0 <= row < len(self.specs):
            store.setValue("main_window/page", self.specs[row].key)
        store.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Remember the window before it goes."""
        self.save_state()
        self.live.stop()
        self.backup_scheduler.stop()
        if self.ctx.shell is self:
            self.ctx.shell = None
        super().closeEvent(event)


def _role_word(role: Role) -> str:
    """The role in the status bar's short words ("admin", as the role is named)."""
    return {
        Role.ADMIN: translate("main_window", "admin"),
        Role.COORDINATOR: translate("main_window", "coordinator"),
        Role.BOOKKEEPER: translate("main_window", "bookkeeper"),
    }[role]


def show_review_window(session: ReviewSession, tasks: TaskRunner) -> MainWindow:
    """A main window on the backup; closing it removes the scratch cluster."""
    window = MainWindow(review_context(session, tasks))
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)

    def closed() -> None:
        if window in _OPEN:
            _OPEN.remove(window)
        QThreadPool.globalInstance().waitForDone(30_000)
        session.close()

    window.destroyed.connect(lambda *_: closed())
    _OPEN.append(window)
    window.show()
    return window
