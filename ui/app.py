"""`quoteapp-gui`: the review app, or `--screenshot` to render it to a PNG and exit."""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from importlib import resources
from pathlib import Path


def style_sheet() -> str:
    """The app's style sheet, shipped inside the `ui` package so a wheel carries it."""
    return (resources.files("ui") / "style.qss").read_text(encoding="utf-8")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="quoteapp-gui", description="Review quotes in news articles."
    )
    parser.add_argument("--db", help="database file (default: QUOTEAPP_DB, then the last one used)")
    parser.add_argument("--pipeline", help="spaCy pipeline for extraction")
    parser.add_argument(
        "--screenshot", metavar="OUT.png", help="render the window to OUT.png and exit"
    )
    parser.add_argument("--article", type=int, help="with --screenshot: the article to show")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    from quoteapp.log import start_logging

    start_logging("quoteapp-gui")
    if args.screenshot:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from ui.platform_check import missing_libraries, missing_message, will_use_xcb

    if will_use_xcb():
        missing = missing_libraries()
        if missing:
            print(missing_message(missing), file=sys.stderr)
            return 1
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtWidgets import QApplication, QMessageBox

    from quoteapp.databases import chosen_database, remember_used
    from quoteapp.errors import QuoteappError
    from quoteapp.nlp import DEFAULT_PIPELINE
    from quoteapp.store import Store
    from ui.main_window import MainWindow
    from ui.workspace import Workspace

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("quoteapp")
    app.setOrganizationName("quoteapp")
    app.setStyleSheet(style_sheet())
    settings = QSettings()
    path, _why = chosen_database(args.db)
    pipeline = args.pipeline or settings.value("pipeline") or DEFAULT_PIPELINE
    try:
        store = Store(Path(path))
    except QuoteappError as error:
        if args.screenshot:
            print(f"quoteapp-gui: {error}", file=sys.stderr)
        else:
            box = QMessageBox(QMessageBox.Icon.Critical, "quoteapp", str(error))
            box.setTextFormat(Qt.TextFormat.PlainText)  # a path or name, never markup
            box.exec()
        return 1
    reviewer = settings.value("reviewer")
    if not reviewer and not args.screenshot:
        reviewer = _first_reviewer(settings)
    window = MainWindow(
        Workspace(store, reviewer=reviewer and str(reviewer)),
        str(pipeline),
        settings,
        auto_extract=not args.screenshot,
    )
    if args.screenshot:
        return screenshot(app, window, Path(args.screenshot), args.article)
    remember_used(store.path)  # `quoteapp` without --db now uses this database too
    sys.excepthook = lambda *exc: _crash(window, exc)
    window.show()
    window.place()  # again, now that the window knows its screen and frame
    code = app.exec()
    store.close()
    return code


def _first_reviewer(settings) -> str | None:
    """Asked once, on the first start: the name each correction records (default: login)."""
    from quoteapp.store import default_user
    from ui.settings import prompt_reviewer

    name = prompt_reviewer(None, "Welcome to quoteapp", default_user()) or default_user()
    settings.setValue("reviewer", name)
    return name


def screenshot(app, window, out: Path, article_id: int | None) -> int:
    """Render the window at 1280x800 with the chosen (or the seed) article and its first quote."""
    workspace = window.workspace
    summaries = workspace.summaries()
    if article_id is None:
        seed = [s for s in summaries if "000_e67d1b9d590ba574" in s.source]
        article_id = (seed or summaries)[0].id if summaries else None
    window.resize(1280, 800)
    window.show()
    workspace.select_article(article_id)
    app.processEvents()
    window.show_current(scroll=True)
    app.processEvents()
    saved = window.grab().save(str(out))
    window.close()
    workspace.store.close()
    if not saved:
        print(
            f"quoteapp-gui: could not write {out}: check the folder exists and is writable",
            file=sys.stderr,
        )
        return 1
    return 0


def _crash(window, exc_info) -> None:
    import logging

    from ui.dialogs import show_crash

    details = "".join(traceback.format_exception(*exc_info))
    print(details, file=sys.stderr)
    logging.getLogger("quoteapp.gui").error("crash\n%s", details)
    show_crash(window, details)


if __name__ == "__main__":
    sys.exit(main())
