"""Questions about the whole database: full-text search over quotes, and the counts
behind the statistics view and `quoteapp stats`.

The search index (SQLite FTS5, table `quote_search`) is kept in step by the store:
every write that changes a quote's words, cue or speaker re-indexes that quote, and
a change to a speaker re-indexes its quotes, so search never needs a rebuild.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from quoteapp.errors import InvalidEdit
from quoteapp.model import Kind, Quote, SearchHit, Status
from quoteapp.store import rows

if TYPE_CHECKING:
    import sqlite_utils

    from quoteapp.store.rows import T

# Every name of a speaker, in SQL: its own and its aliases, those of the speakers merged
# into it (merges are kept one level deep), and the names a person taught it.
_ALIASES = (
    "(SELECT coalesce(group_concat(alias.value, ' '), '') FROM json_each({0}.aliases) AS alias)"
)
_SPEAKER_WORDS = f"""coalesce(speakers.name || ' ' || {_ALIASES.format("speakers")} || ' ' ||
      (SELECT coalesce(group_concat(merged.name || ' ' || {_ALIASES.format("merged")}, ' '), '')
       FROM speakers AS merged WHERE merged.merged_into = speakers.id) || ' ' ||
      (SELECT coalesce(group_concat(taught.name, ' '), '') FROM speaker_names AS taught
       WHERE taught.speaker_id = speakers.id OR taught.speaker_id IN
         (SELECT id FROM speakers AS merged WHERE merged.merged_into = speakers.id)), '')"""
_INDEX_ROWS = f"""
    INSERT INTO quote_search (rowid, quote, speaker, cue, title)
    SELECT quotes.id,
      (SELECT group_concat(substr(articles.text, json_extract(part.value, '$[0]') + 1,
         json_extract(part.value, '$[1]') - json_extract(part.value, '$[0]')), ' … ')
       FROM json_each(quotes.parts) AS part),
      {_SPEAKER_WORDS},
      CASE WHEN quotes.cue_start IS NULL THEN '' ELSE substr(articles.text,
        quotes.cue_start + 1, quotes.cue_end - quotes.cue_start) END,
      articles.title
    FROM quotes JOIN articles ON articles.id = quotes.article_id
      LEFT JOIN speakers ON speakers.id = quotes.speaker_id
    WHERE quotes.id IN (SELECT value FROM json_each(?))
"""
COLUMNS = ("quote", "speaker", "cue", "title")
_TOKEN = re.compile(r'"([^"]*)"|(\S+)')


def match_expression(query: str) -> str:
    """A person's search words as an FTS5 query: every word must occur (a word matches
    as a prefix, so `declin` finds `declined`), "a phrase" in quotes must occur as is,
    and `speaker:claure` looks in one column (quote, speaker, cue, title)."""
    terms = []
    for phrase, word in _TOKEN.findall(query):
        column = ""
        if word and ":" in word:
            head, _, rest = word.partition(":")
            if head.lower() in COLUMNS and rest:
                column, word = f"{head.lower()} : ", rest
        text = phrase or word
        tokens = re.findall(r"\w+", text)
        if not tokens:
            continue
        quoted = '"' + " ".join(tokens) + '"'
        terms.append(column + (quoted if phrase else quoted + "*"))
    return " AND ".join(terms)


@dataclass(frozen=True)
class Filters:
    """What a search keeps besides its words; None leaves a filter off."""

    speaker: str | None = None
    kind: Kind | str | None = None
    status: Status | str | None = None
    article_id: int | None = None
    added_from: str | None = None  # an ISO date: articles added on or after it
    added_to: str | None = None  # an ISO date: articles added on or before it
    min_confidence: float | None = None
    max_confidence: float | None = None


class CorpusQueries:
    """The store's methods over the whole corpus."""

    if TYPE_CHECKING:  # what `Store` provides
        db: sqlite_utils.Database

        def _query(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]: ...
        def _resolved(self, name: str) -> int | None: ...
        def _speaker_row(self, name: str) -> dict[str, Any]: ...
        def _good(self, what: str, convert: Any, found: list[dict[str, Any]]) -> list[T]: ...

    # Keeping the index in step

    def _index_quotes(self, quote_ids: Sequence[int]) -> None:
        """(Re-)index these quotes, inside the caller's write transaction."""
        if not quote_ids:
            return
        ids = json.dumps(list(quote_ids))
        self.db.execute(
            "DELETE FROM quote_search WHERE rowid IN (SELECT value FROM json_each(?))", [ids]
        )
        self.db.execute(_INDEX_ROWS, [ids])

    def _index_speaker(self, speaker_id: int) -> None:
        """Re-index every quote of a speaker whose names changed."""
        found = self._query("SELECT id FROM quotes WHERE speaker_id = ?", [speaker_id])
        self._index_quotes([r["id"] for r in found])

    def _unindex(self, quote_ids: Sequence[int]) -> None:
        if quote_ids:
            self.db.execute(
                "DELETE FROM quote_search WHERE rowid IN (SELECT value FROM json_each(?))",
                [json.dumps(list(quote_ids))],
            )

    # Searching

    def search(
        self, query: str = "", filters: Filters | None = None, limit: int = 500
    ) -> list[SearchHit]:
        """Quotes (not deleted) whose words, speaker, cue or article title hold every word
        of `query`, best match first; with no words, every quote the filters keep, in
        article order."""
        filters = filters or Filters()
        where: list[str] = ["quotes.deleted = 0"]
        params: list[Any] = []
        expression = match_expression(query)
        if query.strip() and not expression:
            raise InvalidEdit("search for words or numbers: the query has neither")
        if expression:
            where.append("quote_search MATCH ?")
            params.append(expression)
        if filters.speaker:
            where.append("quotes.speaker_id = ?")
            params.append(self._speaker_row(filters.speaker)["id"])
        if filters.kind:
            where.append("quotes.kind = ?")
            params.append(str(Kind(filters.kind)))
        if filters.status:
            where.append("quotes.status = ?")
            params.append(str(Status(filters.status)))
        if filters.article_id is not None:
            where.append("quotes.article_id = ?")
            params.append(filters.article_id)
        if filters.added_from:
            where.append("substr(articles.added_at, 1, 10) >= ?")
            params.append(filters.added_from[:10])
        if filters.added_to:
            where.append("substr(articles.added_at, 1, 10) <= ?")
            params.append(filters.added_to[:10])
        if filters.min_confidence is not None:
            where.append("quotes.confidence >= ?")
            params.append(filters.min_confidence)
        if filters.max_confidence is not None:
            where.append("quotes.confidence <= ?")
            params.append(filters.max_confidence)
        if expression:
            source = """FROM quote_search JOIN quotes ON quotes.id = quote_search.rowid"""
            snippet = "snippet(quote_search, 0, '[', ']', '…', 12) AS snippet"
            order = "ORDER BY quote_search.rank"
        else:
            source = "FROM quotes LEFT JOIN quote_search ON quote_search.rowid = quotes.id"
            snippet = "'' AS snippet"
            order = "ORDER BY quotes.article_id, quotes.content_start"
        found = self._query(
            f"""SELECT quotes.*, speakers.name AS speaker_name, articles.title AS article_title,
                  articles.added_at AS article_added_at, quote_search.quote AS words, {snippet}
                {source} JOIN articles ON articles.id = quotes.article_id
                LEFT JOIN speakers ON speakers.id = quotes.speaker_id
                WHERE {" AND ".join(where)} {order} LIMIT ?""",
            [*params, limit],
        )
        return self._good("quote", _hit_from_row, found)

    def quote_words(self, quote_ids: Sequence[int]) -> dict[int, str]:
        """The indexed words of these quotes (a moved span has new words)."""
        found = self._query(
            "SELECT rowid, quote FROM quote_search WHERE rowid IN (SELECT value FROM json_each(?))",
            [json.dumps(list(quote_ids))],
        )
        return {r["rowid"]: " ".join((r["quote"] or "").split()) for r in found}

    # Counting

    def statistics(self, top: int = 20) -> dict[str, list[tuple[str, int]]]:
        """Each table the statistics view charts, as (label, count) rows."""
        return {
            "quotes per speaker": self._pairs(
                """SELECT speakers.name, count(*) FROM quotes
                   JOIN speakers ON speakers.id = quotes.speaker_id
                   WHERE quotes.deleted = 0 AND quotes.status != 'rejected'
                   GROUP BY speakers.id ORDER BY count(*) DESC, speakers.name LIMIT ?""",
                [top],
            ),
            "quotes per article": self._pairs(
                """SELECT articles.title, count(quotes.id) FROM articles
                   LEFT JOIN quotes ON quotes.article_id = articles.id AND quotes.deleted = 0
                     AND quotes.status != 'rejected'
                   GROUP BY articles.id ORDER BY count(quotes.id) DESC, articles.id LIMIT ?""",
                [top],
            ),
            "quotes by kind": self._pairs(
                """SELECT kind, count(*) FROM quotes
                   WHERE deleted = 0 AND status != 'rejected' GROUP BY kind ORDER BY kind"""
            ),
            "quotes by status": self._pairs(
                """SELECT status, count(*) FROM quotes WHERE deleted = 0
                   GROUP BY status ORDER BY status"""
            ),
            "reviewed over time": self._cumulative(
                """SELECT day, count(*) FROM (
                     SELECT substr(min(at), 1, 10) AS day FROM corrections
                     WHERE field IN ('status', 'created') GROUP BY quote_id)
                   GROUP BY day ORDER BY day"""
            ),
            "speakers by kind": self._pairs(
                """SELECT speakers.kind, count(DISTINCT speakers.id) FROM speakers
                   JOIN quotes ON quotes.speaker_id = speakers.id AND quotes.deleted = 0
                   WHERE speakers.merged_into IS NULL GROUP BY speakers.kind
                   ORDER BY speakers.kind"""
            ),
        }

    def _pairs(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[str, int]]:
        return [
            (str(label), int(count)) for label, count in map(dict.values, self._query(sql, params))
        ]

    def _cumulative(self, sql: str) -> list[tuple[str, int]]:
        total, out = 0, []
        for label, count in self._pairs(sql):
            total += count
            out.append((label, total))
        return out


def _hit_from_row(row: dict[str, Any]) -> SearchHit:
    quote: Quote = rows.quote_from_row(row)
    return SearchHit(
        quote,
        row["article_title"],
        row["article_added_at"],
        row["snippet"] or "",
        " ".join((row["words"] or "").split()),
    )
