"""The main window: article list, article text, quote table, evidence panel."""

from __future__ import annotations

import logging

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QSettings,
    QSortFilterProxyModel,
    Qt,
    QTimer,
)
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeyEvent,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QDockWidget,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from quoteapp.errors import QuoteappError
from quoteapp.model import Article, Kind, Quote
from ui.actions import ACTIONS, MENUS
from ui.article_view import ArticleView
from ui.detail_panel import DetailPanel
from ui.dialogs import ShortcutsDialog, show_crash
from ui.loading import Loader
from ui.models import ID_ROLE, SORT_ROLE, ArticleListModel, QuoteProxy, QuoteTableModel
from ui.navigation import Navigator, shown_ids
from ui.palette import legend_html
from ui.review import Reviewer
from ui.workspace import Workspace


def _table(model: QSortFilterProxyModel, name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setSortingEnabled(True)
    view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # reading order first
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(24)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
    return view


def _proxy(model: ArticleListModel | QuoteTableModel) -> QSortFilterProxyModel:
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    proxy.setFilterKeyColumn(-1)
    return proxy


log = logging.getLogger("quoteapp.gui")
WATCH_MS = 1000  # how often to look for other writers' changes


class MainWindow(QMainWindow):
    def __init__(
        self,
        workspace: Workspace,
        pipeline: str,
        settings: QSettings | None = None,
        auto_extract: bool = True,
    ) -> None:
        super().__init__()
        self.workspace = workspace
        self.settings = settings
        self.show_database_in_title()
        self.setAcceptDrops(True)
        self.kind_menu: QMenu | None = None  # kept alive while it is open
        self.evaluation_dialog: QDialog | None = None
        self.statistics_view: QDialog | None = None
        self.command_palette: QDialog | None = None
        self.load_report: QDialog | None = None
        self._build_views()
        self.reviewer = Reviewer(self)
        self.navigator = Navigator(self)
        workspace.pipeline = pipeline
        self.loader = Loader(self)
        self.actions_by_name: dict[str, QAction] = {}
        self._build_actions()
        self._build_status_bar()
        self._build_docks()
        workspace.message.connect(self.say)
        workspace.focus_review.connect(self.article_view.setFocus)
        workspace.changed.connect(self.refresh)
        workspace.quotes_edited.connect(self._quotes_edited)
        workspace.article_extracted.connect(self._article_extracted)
        workspace.current_changed.connect(self.show_current)
        self.refresh()
        summaries = workspace.summaries()
        if summaries and workspace.article_id is None:
            workspace.select_article(summaries[0].id)
        pending = workspace.store.articles_to_extract() if auto_extract else []
        if pending:
            self.loader.extract(pending)
        # the language model, loaded while the window opens: an article with no quotes is
        # checked for its language when shown, and that should not wait a second
        from quoteapp.ingest.language import load_identifier

        self.loader.background.run(load_identifier, self._language_ready, self.report)
        self.place()
        self._watch_other_writers()
        self.article_view.setFocus()  # the quote under review has the keyboard from the start

    # Building

    def _build_views(self) -> None:
        self.article_model = ArticleListModel()
        self.article_proxy = _proxy(self.article_model)
        self.article_table = _table(self.article_proxy, "articleTable")
        article_header = self.article_table.horizontalHeader()
        article_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 66), (2, 84)):
            article_header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.article_table.setColumnWidth(column, width)
        self.article_table.setColumnHidden(3, True)
        self.article_table.setWordWrap(False)
        self.article_filter = QLineEdit(placeholderText="Filter articles (Ctrl+F)")
        self.article_filter.setClearButtonEnabled(True)
        self.article_filter.textChanged.connect(self.article_proxy.setFilterFixedString)
        self.article_table.selectionModel().currentRowChanged.connect(self._article_clicked)

        self.quote_model = QuoteTableModel()
        self.quote_proxy = QuoteProxy()
        self.quote_proxy.setSourceModel(self.quote_model)
        self.quote_proxy.setSortRole(SORT_ROLE)
        self.quote_proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.quote_proxy.setFilterKeyColumn(-1)
        self.quote_table = _table(self.quote_proxy, "quoteTable")
        # several rows may be chosen: A or R then decides them all, after one confirmation
        self.quote_table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        header = self.quote_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # the quote's words get what is left: at 1280x800 about 340 px
        for column, width in ((1, 62), (2, 118), (3, 62), (4, 46), (5, 82)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.quote_table.setColumnWidth(column, width)
        self.quote_filter = QLineEdit(
            placeholderText="Filter quotes by text, speaker, kind or status"
        )
        self.quote_filter.setClearButtonEnabled(True)
        self.quote_filter.textChanged.connect(self.quote_proxy.setFilterFixedString)
        self.kind_filter = QComboBox()
        self.kind_filter.setObjectName("kindFilter")
        self.kind_filter.addItems(["all kinds", *(str(k) for k in Kind)])
        self.kind_filter.currentTextChanged.connect(
            lambda text: self.quote_proxy.set_kind(None if text == "all kinds" else text)
        )
        self.confidence_floor = QDoubleSpinBox()
        self.confidence_floor.setObjectName("confidenceFloor")
        self.confidence_floor.setRange(0.0, 1.0)
        self.confidence_floor.setSingleStep(0.05)
        self.confidence_floor.setPrefix("hide below ")
        self.confidence_floor.setToolTip("Hide quotes whose confidence is below this")
        self.confidence_floor.valueChanged.connect(self.quote_proxy.set_min_confidence)
        for box in (self.article_filter, self.quote_filter):
            box.installEventFilter(self)  # Escape and Return hand the keyboard back
        self.quote_table.selectionModel().currentRowChanged.connect(self._quote_clicked)

        self.article_view = ArticleView()
        self.article_view.setPlaceholderText(
            "No articles yet.\n\nAdd some: File > Open Files (Ctrl+O), Open Folder "
            "(Ctrl+Shift+O), Open URL (Ctrl+L), paste text (Ctrl+Shift+V), or drop files "
            "on this window. Quotes are found as soon as an article is added.\n\n"
            "F1 lists every key; Ctrl+Shift+P finds any action by name."
        )
        self.article_view.quote_clicked.connect(self.workspace.select_quote)
        self.detail = DetailPanel()

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(6, 6, 0, 6)
        left_layout.addWidget(self.article_filter)
        left_layout.addWidget(self.article_table)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        filters = QHBoxLayout()
        filters.addWidget(self.quote_filter, 1)
        filters.addWidget(self.kind_filter)
        filters.addWidget(self.confidence_floor)
        bottom_layout.addLayout(filters)
        bottom_layout.addWidget(self.quote_table)
        middle = QSplitter(Qt.Orientation.Vertical)
        middle.addWidget(self.article_view)
        middle.addWidget(bottom)
        middle.setSizes([470, 260])
        middle.setObjectName("middleSplitter")
        main = QSplitter(Qt.Orientation.Horizontal)
        main.setObjectName("mainSplitter")
        main.addWidget(left)
        main.addWidget(middle)
        main.addWidget(self.detail)
        main.setSizes([280, 740, 260])
        main.setStretchFactor(1, 1)
        self.setCentralWidget(main)
        self.splitters = (main, middle)

    def _watch_other_writers(self) -> None:
        """Poll SQLite's data_version (a counter other connections' commits move) once a
        second: another window's or process's edits show here without a restart."""
        self._seen_version = self.workspace.store.data_version()
        self.watch = QTimer(self)
        self.watch.setInterval(WATCH_MS)
        self.watch.timeout.connect(self._check_other_writers)
        self.watch.start()
        self.workspace.store_replaced.connect(
            lambda: setattr(self, "_seen_version", self.workspace.store.data_version())
        )

    def _check_other_writers(self) -> None:
        try:
            version = self.workspace.store.data_version()
        except QuoteappError:
            return  # locked this instant: look again at the next tick
        if version != self._seen_version:
            self._seen_version = version
            self.workspace.notify()

    def show_database_in_title(self) -> None:
        """The whole path: the CLI and the app must be seen to use the same file."""
        self.setWindowTitle(f"quoteapp — {self.workspace.path.name} ({self.workspace.path})")

    def _build_recent_menu(self, file_menu: QMenu) -> None:
        from ui.settings import recent_databases, switch_database

        menu = QMenu("Recent Data&bases", self)
        menu.setObjectName("recentMenu")

        def fill() -> None:
            menu.clear()
            for path in recent_databases(self):
                action = menu.addAction(path)
                action.triggered.connect(lambda _=False, p=path: switch_database(self, p))
            if menu.isEmpty():
                menu.addAction("(none yet)").setEnabled(False)

        menu.aboutToShow.connect(fill)
        quit_action = self.actions_by_name["quit"]
        file_menu.insertMenu(quit_action, menu)
        self.recent_menu = menu

    def _build_docks(self) -> None:
        """Corpus views below the review: search every quote, and a page per speaker."""
        from ui.search_pane import SearchPane
        from ui.speaker_page import SpeakerPage

        self.search_pane = SearchPane(self.workspace)
        self.speaker_page = SpeakerPage(self.workspace)
        self.docks: dict[str, QDockWidget] = {}
        for name, title, widget in (
            ("search", "Search all quotes", self.search_pane),
            ("speakers", "Speakers", self.speaker_page),
        ):
            dock = QDockWidget(title, self)
            dock.setObjectName(f"{name}Dock")
            dock.setWidget(widget)
            self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
            dock.hide()
            self.docks[name] = dock
        self.tabifyDockWidget(self.docks["search"], self.docks["speakers"])
        for table in self.hit_tables():
            table.opened.connect(self.workspace.open_quote)
            table.entered.connect(self._enter_quote)

    def hit_tables(self) -> list:
        return [self.search_pane.table, self.speaker_page.quotes]

    def _enter_quote(self, article_id: int, quote_id: int) -> None:
        self.workspace.open_quote(article_id, quote_id)
        self.article_view.setFocus()

    def _active_hits(self):
        return next((t for t in self.hit_tables() if t.hasFocus()), None)

    def advance_hits(self) -> bool:
        """After a decision made from a hit table, go to its next row (True: done)."""
        table = self._active_hits()
        if table is None:
            return False
        if not table.advance():
            self.say("That was the last quote in the list.")
        return True

    def _show_dock(self, name: str) -> None:
        dock = self.docks[name]
        dock.show()
        dock.raise_()

    def show_search(self) -> None:
        self._show_dock("search")
        self.search_pane.start()

    def show_speakers(self) -> None:
        quote = self.workspace.quote()
        self._show_dock("speakers")
        self.speaker_page.start(quote.speaker if quote else None)

    def show_statistics(self) -> None:
        from ui.statistics import StatisticsView

        view = StatisticsView(self, self.workspace.store.statistics())
        view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.statistics_view = view
        view.show()

    def open_menus(self) -> None:
        bar = self.menuBar()
        first = bar.actions()[0] if bar.actions() else None
        if first is not None:
            bar.setFocus()
            bar.setActiveAction(first)

    def show_palette(self) -> None:
        from ui.palette_dialog import CommandPalette

        palette = CommandPalette(self, [a for a in self.actions_by_name.values()])
        palette.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.command_palette = palette
        palette.open()

    def set_reviewer(self) -> None:
        from ui.settings import ask_reviewer

        ask_reviewer(self)

    def _build_actions(self) -> None:
        menus = {}
        for spec in ACTIONS:
            if spec.menu not in menus:
                menus[spec.menu] = self.menuBar().addMenu(MENUS[spec.menu])
            action = self._new_action(spec.name, spec.text)
            action.setObjectName(spec.name)
            action.setShortcuts([QKeySequence(s) for s in spec.shortcuts])
            action.setStatusTip(spec.help)
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            handler = self._handler(spec.handler)
            action.triggered.connect(lambda _=False, h=handler: h())
            menus[spec.menu].addAction(action)
            self.addAction(action)
            self.actions_by_name[spec.name] = action
        self._build_recent_menu(menus["File"])

    def _new_action(self, name: str, text: str) -> QAction:
        """Undo and Redo come from the undo stack (createUndoAction): greyed out when there
        is nothing to undo, their text naming what would be undone. Their trigger goes
        through the reviewer instead, which also shows and says what changed."""
        stack = self.workspace.undo_stack
        if name == "undo":
            action = stack.createUndoAction(self, text)
        elif name == "redo":
            action = stack.createRedoAction(self, text)
        else:
            return QAction(text, self)
        action.triggered.disconnect()  # the stack's own connection: ours says what it did
        return action

    def _handler(self, name: str):
        for owner in (self, self.reviewer, self.loader):
            if hasattr(owner, name):
                return getattr(owner, name)
        raise AttributeError(f"no handler {name} for an action")

    def _build_status_bar(self) -> None:
        self.progress_label = QLabel()
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(180)
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.clicked.connect(self.loader.cancel)
        self.reviewed_label = QLabel()
        legend = QLabel(legend_html())
        legend.setObjectName("legend")
        bar = self.statusBar()
        bar.addPermanentWidget(legend)
        bar.addPermanentWidget(self.progress_label)
        bar.addPermanentWidget(self.progress)
        bar.addPermanentWidget(self.cancel_button)
        bar.addPermanentWidget(self.reviewed_label)
        self.show_progress(None, None)

    # Showing

    def refresh(self) -> None:
        """The data changed: reload the lists and redraw the current article."""
        self.article_model.reload(self.workspace.summaries())
        self._reload_quotes()
        self.show_current(scroll=False)

    def _quotes_edited(self, edited: list[Quote]) -> None:
        """An edit: repaint the changed rows, the article's counts and its highlights."""
        workspace = self.workspace
        shown = {q.id: q for q in workspace.quotes()}
        changed = [shown[q.id] for q in edited if q.id in shown]
        gone = [q for q in edited if q.id not in shown and self.quote_model.row_of(q.id) >= 0]
        if gone or not self.quote_model.update_quotes(changed):
            self._reload_quotes()  # a deleted or restored quote: the rows themselves change
        if workspace.quote() is None:
            quotes = workspace.quotes()
            workspace.quote_id = quotes[0].id if quotes else None
        for article_id in {q.article_id for q in edited}:  # a search pass spans articles
            self.article_model.update_row(workspace.store.article_summary(article_id))
        self.show_current(scroll=False)

    def _article_extracted(self, article_id: int) -> None:
        self.article_model.update_row(self.workspace.store.article_summary(article_id))
        self._show_review_progress()

    def _reload_quotes(self) -> None:
        self.quote_model.reload(self.workspace.article(), self.workspace.quotes())

    def _show_review_progress(self) -> None:
        summaries = self.article_model.rows
        total = sum(s.quotes for s in summaries)
        reviewed = sum(s.reviewed for s in summaries)
        here = next((s for s in summaries if s.id == self.workspace.article_id), None)
        article_part = f"this article {here.reviewed}/{here.quotes} · " if here else ""
        self.reviewed_label.setText(f"Reviewed: {article_part}all {reviewed}/{total}")

    def show_current(self, scroll: bool = True) -> None:
        """Another article or quote is selected. Models reload only for another article:
        a selection change may come from inside a proxy's filtering, where a reset crashes."""
        workspace = self.workspace
        article = workspace.article()
        shown = self.quote_model.article
        if (shown.id if shown else None) != workspace.article_id:
            self._reload_quotes()
        quotes = self.quote_model.rows
        quote = workspace.quote()
        self.article_view.show_article(article.text if article else "")
        self.article_view.show_quotes(quotes, quote, scroll=scroll)
        history = workspace.store.corrections(quote_id=quote.id) if quote else []
        empty = self._why_no_quotes(article) if article and not quotes else "No quote selected"
        self.detail.show_quote(article, quote, history, empty)
        self._select_row(
            self.article_table, self.article_proxy, self.article_model.rows, workspace.article_id
        )
        self._select_row(
            self.quote_table, self.quote_proxy, self.quote_model.rows, workspace.quote_id
        )
        self._show_review_progress()

    def _language_ready(self, _: object) -> None:
        """The language model is in: an article shown without quotes may now say why."""
        if self.isVisible():  # not once the window has closed
            self.show_current(scroll=False)

    def _why_no_quotes(self, article: Article) -> str:
        """What a reviewer needs to know of an article with no quotes: not extracted yet,
        written in another language, or extracted and none found."""
        from quoteapp.ingest.language import identifier_loaded, other_language

        here = next((s for s in self.article_model.rows if s.id == article.id), None)
        if here is not None and here.gold:
            return "Gold data with no quotes marked"  # never extracted
        if here is not None and not here.extracted:
            return "Not extracted yet"
        if not identifier_loaded():
            return "No quotes found in this article"  # said again once the model is in
        language = other_language(article.text)
        if language is not None:
            return (
                f"No quotes: this article reads as {language}, and quoteapp looks for quotes "
                "in English text only"
            )
        return "No quotes found in this article"

    def _select_row(
        self, table: QTableView, proxy: QSortFilterProxyModel, rows: list, wanted: int | None
    ) -> None:
        row = next((i for i, r in enumerate(rows) if r.id == wanted), -1)
        selection = table.selectionModel()
        if row < 0:
            selection.clearSelection()
            return
        index = proxy.mapFromSource(proxy.sourceModel().index(row, 0))
        if index.isValid() and selection.currentIndex().row() != index.row():
            selection.blockSignals(True)
            selection.setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            selection.blockSignals(False)
            table.viewport().update()  # blocked signals also kept the view from repainting
            table.scrollTo(index)

    def _article_clicked(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.workspace.select_article(current.data(ID_ROLE))

    def _quote_clicked(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.workspace.select_quote(current.data(ID_ROLE))

    def say(self, message: str) -> None:
        self.statusBar().showMessage(message, 10_000)

    def report(self, message: str, is_bug: bool) -> None:
        """A user error goes to the status bar; a bug gets the crash dialog; both the log."""
        if is_bug:
            log.error("bug in a background task\n%s", message)
            show_crash(self, message)
        else:
            from ui.load_report import in_app_words

            log.warning("%s", message)
            self.say(in_app_words(message))

    def show_progress(self, done: int | None, total: int | None, what: str = "Extracting") -> None:
        busy = done is not None and total is not None
        for widget in (self.progress, self.cancel_button, self.progress_label):
            widget.setVisible(busy)
        if done is not None and total is not None:
            self.progress.setRange(0, max(1, total))
            self.progress.setValue(done)
            self.progress_label.setText(f"{what} {done}/{total}")

    # Navigation and small actions

    def next_quote(self) -> None:
        table = self._active_hits()
        if table is not None:
            table.advance()
        else:
            self.navigator.step(+1)

    def previous_quote(self) -> None:
        table = self._active_hits()
        if table is not None:
            row = table.currentIndex().row()
            if row > 0:
                table.setCurrentIndex(table.proxy.index(row - 1, 0))
        else:
            self.navigator.step(-1)

    def next_unreviewed(self) -> None:
        self.navigator.next_unreviewed()

    def shown_quotes(self) -> list:
        """The quotes of the table as shown (its filters and sort)."""
        by_id = {q.id: q for q in self.quote_model.rows}
        return [by_id[i] for i in shown_ids(self.quote_proxy) if i in by_id]

    def selected_quotes(self) -> list:
        rows = {self.quote_proxy.mapToSource(i).row() for i in self.quote_table.selectedIndexes()}
        return [
            self.quote_model.rows[r] for r in sorted(rows) if 0 <= r < len(self.quote_model.rows)
        ]

    def focus_review(self) -> None:
        self.article_view.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Escape or Return in a filter box gives the keyboard back to the review."""
        if (
            watched in (self.article_filter, self.quote_filter)
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.focus_review()
            return True
        return super().eventFilter(watched, event)

    def next_article(self) -> None:
        self._step_article(+1)

    def previous_article(self) -> None:
        self._step_article(-1)

    def _step_article(self, offset: int) -> None:
        proxy = self.article_proxy
        rows = [proxy.index(r, 0).data(ID_ROLE) for r in range(proxy.rowCount())]
        if not rows:
            return
        current = rows.index(self.workspace.article_id) if self.workspace.article_id in rows else -1
        self.workspace.select_article(rows[(current + offset) % len(rows)])

    def focus_filter(self) -> None:
        self.article_filter.setFocus()
        self.article_filter.selectAll()

    def show_shortcuts(self) -> None:
        dialog = ShortcutsDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def show_settings(self) -> None:
        from ui.settings import open_settings

        open_settings(self)

    def export(self) -> None:
        from ui.export_dialog import export_from_app

        export_from_app(self)

    def import_gold(self) -> None:
        from ui.evaluation import import_gold_in_app

        import_gold_in_app(self)

    def evaluate(self) -> None:
        from ui.evaluation import evaluate_in_app

        evaluate_in_app(self)

    def open_span(self, article_id: int, span) -> None:
        """Show an article with a span selected, and the quote there if there is one."""
        self.workspace.select_article(article_id)
        quote = next((q for q in self.workspace.quotes() if q.content.overlaps(span)), None)
        if quote is not None:
            self.workspace.select_quote(quote.id)
        self.article_view.select(span)
        self.article_view.ensureCursorVisible()
        self.raise_()

    def open_database(self) -> None:
        from ui.settings import choose_database

        choose_database(self, create=False)

    def new_database(self) -> None:
        from ui.settings import choose_database

        choose_database(self, create=True)

    # Drag and drop

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        sources = [
            u.toLocalFile() if u.isLocalFile() else u.toString() for u in event.mimeData().urls()
        ]
        if sources:
            self.loader.load(sources)
            event.acceptProposedAction()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.watch.stop()  # the store may be closed next
        self.save_layout()
        self.loader.stop()
        super().closeEvent(event)

    # Where the window was: its size, panes and place in the review

    def place(self) -> None:
        """Restore the last size, panes, article and quote, then make sure the window fits
        the screen it is on (a size saved on a larger screen, or at 100 % scaling on a
        screen now at 150 %, would open partly off-screen)."""
        settings = self.settings
        restored = False
        if isinstance(settings, QSettings):
            geometry = settings.value("window/geometry")
            restored = bool(geometry) and self.restoreGeometry(geometry)
            state = settings.value("window/state")
            if state:
                self.restoreState(state)
            for splitter in self.splitters:
                saved = settings.value(f"window/{splitter.objectName()}")
                if saved:
                    splitter.restoreState(saved)
            self._restore_place(settings)
        screen = (self.screen() or QApplication.primaryScreen()).availableGeometry()
        if not restored:
            self.resize(min(1360, int(screen.width() * 0.92)), min(860, int(screen.height() * 0.9)))
        frame = self.frameGeometry()
        width = min(frame.width(), screen.width())
        height = min(frame.height(), screen.height())
        if (width, height) != (frame.width(), frame.height()):
            self.resize(
                width - (frame.width() - self.width()), height - (frame.height() - self.height())
            )
        x = min(max(frame.x(), screen.x()), screen.right() - width + 1)
        y = min(max(frame.y(), screen.y()), screen.bottom() - height + 1)
        self.move(x, y)

    def _restore_place(self, settings: QSettings) -> None:
        key = f"place/{self.workspace.path}"
        saved = settings.value(key)
        if not isinstance(saved, str) or ":" not in saved:
            return
        article, _, quote = saved.partition(":")
        known = {s.id for s in self.article_model.rows}
        if article.isdigit() and int(article) in known:
            self.workspace.select_article(int(article))
            if quote.isdigit() and any(q.id == int(quote) for q in self.workspace.quotes()):
                self.workspace.select_quote(int(quote))

    def save_layout(self) -> None:
        settings = self.settings
        if not isinstance(settings, QSettings):
            return
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        for splitter in self.splitters:
            settings.setValue(f"window/{splitter.objectName()}", splitter.saveState())
        workspace = self.workspace
        if workspace.article_id is not None:
            settings.setValue(
                f"place/{workspace.path}", f"{workspace.article_id}:{workspace.quote_id or ''}"
            )
        settings.sync()
