"""Where the review goes next: the quote table as shown (its sort and filter), then on
into the next article with unreviewed quotes, as a continuous stream.

J/K, U and the move after A, R or Delete all come through here, so the next key
always acts on the quote the reviewer sees selected.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSortFilterProxyModel

from ui.models import ID_ROLE

if TYPE_CHECKING:
    from ui.main_window import MainWindow


def shown_ids(proxy: QSortFilterProxyModel) -> list[int]:
    """The ids of a table's rows in the order they are shown."""
    return [proxy.index(row, 0).data(ID_ROLE) for row in range(proxy.rowCount())]


class Navigator:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.workspace = window.workspace

    def _shown(self) -> list[int]:
        return shown_ids(self.window.quote_proxy)

    def _pending(self) -> set[int]:
        return {q.id for q in self.window.quote_model.rows if q.status == "pending"}

    def step(self, offset: int) -> None:
        """J / K: the next or previous row of the table as shown; past the last row, the
        next article with unreviewed quotes."""
        shown = self._shown()
        current = self.workspace.quote_id
        index = shown.index(current) if current in shown else -1
        target = index + offset
        if 0 <= target < len(shown):
            self.workspace.select_quote(shown[target])
        elif offset > 0:
            self.next_article_to_review()
        else:
            self.window.say("This is the first quote of the article.")

    def next_unreviewed(self) -> None:
        """U, and the move after A or R: the next unreviewed quote after this one as shown,
        or the first unreviewed one of the next article that has any."""
        shown, pending = self._shown(), self._pending()
        current = self.workspace.quote_id
        index = shown.index(current) if current in shown else -1
        later = [i for i in shown[index + 1 :] if i in pending]
        if later:
            self.workspace.select_quote(later[0])
            return
        self.next_article_to_review()

    def after_delete(self, deleted: int) -> None:
        """The quote after the deleted one is current (the one before, if it was last)."""
        shown = self._shown()
        if deleted not in shown:
            return
        index = shown.index(deleted)
        rest = shown[index + 1 :] or shown[:index][-1:]
        self.workspace.select_quote(rest[0] if rest else None)

    def next_article_to_review(self) -> None:
        """The next article in the list as shown that has unreviewed quotes, looked for
        row by row from the current one (not by reading the whole list)."""
        window = self.window
        proxy = window.article_proxy
        model = window.article_model
        rows = model.rows
        source_row = {s.id: n for n, s in enumerate(rows)}
        current = self.workspace.article_id
        start = -1
        if current in source_row:
            start = proxy.mapFromSource(model.index(source_row[current], 0)).row()
        count = proxy.rowCount()
        for step in range(1, count + 1):
            row = (start + step) % count
            summary = rows[proxy.mapToSource(proxy.index(row, 0)).row()]
            if summary.id == current:
                break
            if summary.reviewed < summary.quotes and not summary.gold:
                self.workspace.select_article(summary.id)
                pending = self._pending()
                first = next((i for i in self._shown() if i in pending), None)
                if first is not None:
                    self.workspace.select_quote(first)
                window.say(
                    f"Article done. On to “{summary.title[:60]}”: "
                    f"{summary.quotes - summary.reviewed} unreviewed quote(s)."
                )
                return
        here = rows[source_row[current]] if current in source_row else None
        if here is not None and here.reviewed < here.quotes:
            window.say("No other article has unreviewed quotes; some are left in this one.")
        else:
            window.say("Every quote is reviewed.")
