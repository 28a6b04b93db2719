"""Search over every quote (SQLite FTS5) stays in step with each write; the counts
behind the statistics view agree with the quotes themselves."""

from __future__ import annotations

from collections import Counter

import pytest

from quoteapp.errors import InvalidEdit
from quoteapp.model import Article, ExtractedQuote, Kind, Span
from quoteapp.store import Store
from quoteapp.store.corpus import match_expression


def _ids(store: Store, query: str) -> set[int]:
    return {h.quote.id for h in store.search(query)}


def test_a_word_of_the_text_finds_the_quote_as_a_prefix_and_marks_it(web: Store) -> None:
    quote = next(q for q in web.quotes() if q.speaker == "Kurt Volker")
    text = quote.text(web.article(quote.article_id).text)
    word = max(text.split(), key=len).strip(".,;:!?\"'“”‘’")
    hits = web.search(word[:-1])  # a prefix finds the whole word
    assert quote.id in {h.quote.id for h in hits}
    hit = next(h for h in hits if h.quote.id == quote.id)
    assert "[" in hit.snippet and hit.article_title == web.article(quote.article_id).title


def test_a_speakers_alias_and_a_phrase_find_their_quotes(web: Store) -> None:
    volker = {q.id for q in web.quotes() if q.speaker == "Kurt Volker"}
    assert _ids(web, "speaker:Volker") == volker  # "Volker" is an alias, not the name
    phrase = next(
        h for h in web.search("") if len(h.quote.text(web.article(h.quote.article_id).text)) > 40
    )
    words = phrase.quote.text(web.article(phrase.quote.article_id).text).split()[:3]
    assert phrase.quote.id in _ids(web, '"' + " ".join(words) + '"')


def test_the_index_follows_edits_deletes_renames_and_re_extraction(web: Store) -> None:
    article = web.articles()[0].id
    text = web.article(article).text
    quote = web.quotes(article)[0]
    web.rename_speaker(quote.speaker or "", "Zebulon Quixote")
    assert quote.id in _ids(web, "zebulon")
    web.edit_quote(quote.id, parts=[Span(0, 0 + len(text.split()[0]))])
    first_word = text.split()[0].strip('.,"“')
    assert quote.id in _ids(web, f"quote:{first_word}")
    web.delete_quote(quote.id)
    assert quote.id not in _ids(web, "zebulon")

    fresh, _ = web.add_article(Article("New", "n.txt", "Fine words, said Xq Yz.", "n1"))
    assert fresh.id is not None
    found = [ExtractedQuote((Span(0, 10),), Kind.DIRECT, speaker="Xq Yz")]
    web.save_extraction(fresh.id, web.start_run("p", "1", "r"), found)
    (automatic,) = web.quotes(fresh.id)
    assert _ids(web, "Xq") == {automatic.id}
    web.save_extraction(fresh.id, web.start_run("p", "1", "r"), [])  # replaced by nothing
    assert _ids(web, "Xq") == set()
    assert web.db.execute("SELECT count(*) FROM quote_search").fetchone()[0] == len(
        web.quotes(include_deleted=True)
    )


def test_queries_people_type_never_break_the_search(web: Store) -> None:
    for query in ('"unclosed', "AND OR NOT", "speaker:", "a*b(c)", "title:Trump -x", "NEAR(x y)"):
        web.search(query)  # no FTS5 syntax error reaches the person
    assert match_expression("declin speaker:claure") == '"declin"* AND speaker : "claure"*'
    with pytest.raises(InvalidEdit, match="words or numbers"):
        web.search("?!")


def test_statistics_count_what_the_quotes_say(web: Store) -> None:
    quotes = [q for q in web.quotes() if q.status != "rejected"]
    stats = web.statistics(top=5)
    assert dict(stats["quotes by kind"]) == dict(Counter(str(q.kind) for q in quotes))
    top = Counter(q.speaker for q in quotes if q.speaker).most_common(5)
    assert [count for _, count in stats["quotes per speaker"]] == [c for _, c in top]
    assert stats["quotes per speaker"][0] == ("Mary Steenburgen", 23)
    progress = stats["reviewed over time"]
    assert progress[-1][1] == len(web.quotes())  # every imported quote counts as reviewed
    assert sum(count for _, count in stats["speakers by kind"]) == len(web.speaker_list(1))
