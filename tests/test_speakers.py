"""Speakers as entities, on real SQLite: merge, rename, split, undo, and extraction
learning from a person's merge; the migration from the schema before speakers were."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlite_utils

from quoteapp.errors import InvalidEdit, UnknownSpeaker
from quoteapp.model import ExtractedQuote, Kind, Span, SpeakerKind, Status
from quoteapp.store import Store
from quoteapp.store.connection import APPLICATION_ID
from quoteapp.store.corpus import Filters
from quoteapp.store.migrations import MIGRATIONS, migrate


def _new_article(store: Store) -> int:
    """An article of its own (gold articles are never extracted)."""
    from quoteapp.model import Article

    article, _ = store.add_article(Article("Later", "l.txt", "Ukraine talks, Volker said.", "l1"))
    assert article.id is not None
    return article.id


def _speakers_by_quote(store: Store) -> dict[int, str | None]:
    return {q.id: q.speaker for q in store.quotes(include_deleted=True)}


def test_merge_moves_every_quote_and_name_and_undo_restores_each(web: Store) -> None:
    before = _speakers_by_quote(web)
    volker = web.speaker("Kurt Volker")
    moved = [i for i, name in before.items() if name == "Kurt Volker"]
    assert len(moved) == volker.quotes == 22

    edit = web.merge_speakers("Kurt Volker", "Mary Steenburgen", who="ana")

    after = _speakers_by_quote(web)
    assert all(after[i] == "Mary Steenburgen" for i in moved)
    assert {i: n for i, n in after.items() if i not in moved} == {
        i: n for i, n in before.items() if i not in moved
    }
    merged = web.speaker("Mary Steenburgen")
    assert merged.quotes == 23 + 22
    assert {"Kurt Volker", "Volker", "Steenburgen"} <= set(merged.aliases)
    assert "Kurt Volker" not in web.speakers()  # listed under the speaker it joined
    assert web.speaker("Volker").name == "Mary Steenburgen"  # an old alias finds it
    rows = web.corrections(edit_id=edit)
    assert len(rows) == 22 and {r.field for r in rows} == {"speaker"}  # one row per quote
    assert {r.who for r in rows} == {"ana"}

    undo = web.revert_edit(edit, who="ana")
    assert _speakers_by_quote(web) == before
    assert web.speaker("Kurt Volker").quotes == 22
    assert "Kurt Volker" not in web.speaker("Mary Steenburgen").aliases

    web.revert_edit(undo)  # redo
    assert _speakers_by_quote(web) == after


def test_a_merged_name_resolves_in_later_extraction_and_re_extraction_keeps_it(
    web: Store,
) -> None:
    web.merge_speakers("Volker", "Mary Steenburgen")
    article = _new_article(web)
    run = web.start_run("p", "1", "r")
    web.save_extraction(
        article, run, [ExtractedQuote((Span(0, 4),), Kind.DIRECT, speaker="Kurt Volker")]
    )
    (found,) = [q for q in web.quotes(article) if q.origin == "automatic"]
    assert found.speaker == "Mary Steenburgen"
    again = web.start_run("p", "1", "r")
    web.save_extraction(
        article, again, [ExtractedQuote((Span(0, 4),), Kind.DIRECT, speaker="Kurt Volker")]
    )
    assert [q.speaker for q in web.quotes(article) if q.origin == "automatic"] == [
        "Mary Steenburgen"
    ]


def test_rename_keeps_the_old_name_as_a_way_in_and_undo_forgets_it(web: Store) -> None:
    edit = web.rename_speaker("Kurt Volker", "Kurt D. Volker", who="ana")
    assert web.speaker("Kurt Volker").name == "Kurt D. Volker"
    assert all(q.speaker != "Kurt Volker" for q in web.quotes())
    assert "Kurt Volker" in web.speaker("Kurt D. Volker").aliases
    run = web.start_run("p", "1", "r")
    article = _new_article(web)
    web.save_extraction(
        article, run, [ExtractedQuote((Span(0, 4),), Kind.DIRECT, speaker="Kurt Volker")]
    )
    assert {q.speaker for q in web.quotes(article) if q.origin == "automatic"} == {"Kurt D. Volker"}
    web.revert_edit(edit)
    assert web.speaker("Kurt Volker").name == "Kurt Volker"
    with pytest.raises(UnknownSpeaker, match=r"no speaker called 'Kurt D\. Volker'"):
        web.speaker("Kurt D. Volker")


def test_rename_onto_another_speaker_says_merge_and_changes_nothing(web: Store) -> None:
    before = _speakers_by_quote(web)
    with pytest.raises(InvalidEdit, match="merge 'Kurt Volker' into it instead"):
        web.rename_speaker("Kurt Volker", "Mary Steenburgen")
    with pytest.raises(InvalidEdit, match="one speaker"):
        web.merge_speakers("Volker", "Kurt Volker")
    with pytest.raises(UnknownSpeaker):
        web.merge_speakers("Nobody At All", "Kurt Volker")
    assert _speakers_by_quote(web) == before


def test_split_moves_chosen_quotes_to_another_speaker_in_one_undoable_edit(web: Store) -> None:
    quotes = [q for q in web.quotes() if q.speaker == "Kurt Volker"][:3]
    edit = web.move_quotes([q.id for q in quotes], "Kurt Volker Jr.")
    assert {web.quote(q.id).speaker for q in quotes} == {"Kurt Volker Jr."}
    assert web.speaker("Kurt Volker").quotes == 19
    web.revert_edit(edit)
    assert {web.quote(q.id).speaker for q in quotes} == {"Kurt Volker"}


def test_kind_and_note_are_kept_audited_and_undone(web: Store) -> None:
    assert web.speaker("Kurt Volker").kind == SpeakerKind.PERSON
    edit = web.set_speaker_kind("Kurt Volker", "organisation", who="ana")
    web.set_speaker_note("Kurt Volker", "  US envoy to Ukraine ")
    speaker = web.speaker("Kurt Volker")
    assert (speaker.kind, speaker.note) == (SpeakerKind.ORGANISATION, "US envoy to Ukraine")
    assert [c.field for c in web.speaker_corrections(speaker.id)] == ["kind", "note"]
    web.revert_edit(edit)
    assert web.speaker("Kurt Volker").kind == SpeakerKind.PERSON
    with pytest.raises(InvalidEdit, match="choose person, organisation, unnamed"):
        web.set_speaker_kind("Kurt Volker", "robot")


def test_a_new_speakers_kind_is_guessed_from_its_name(store: Store) -> None:
    from quoteapp.model import Article

    article, _ = store.add_article(Article("T", "t.txt", "Some words here.", "h1"))
    assert article.id is not None
    for name in ("Vladimir Putin", "the Interior Ministry", "a senior official", "She"):
        store.add_quote(article.id, [Span(0, 4)], speaker=name)
    kinds = {s.name: s.kind for s in store.speaker_list()}
    assert kinds == {
        "Vladimir Putin": SpeakerKind.PERSON,
        "the Interior Ministry": SpeakerKind.UNNAMED,  # written as a description
        "a senior official": SpeakerKind.UNNAMED,
        "She": SpeakerKind.UNNAMED,  # a pronoun left as the speaker is nobody's name
    }
    store.add_quote(article.id, [Span(5, 10)], speaker="Interior Ministry")
    assert store.speaker("Interior Ministry").kind == SpeakerKind.ORGANISATION


def test_a_database_from_before_speaker_entities_keeps_every_quote_and_correction(
    tmp_path: Path,
) -> None:
    path = tmp_path / "v4.db"
    db = sqlite_utils.Database(path)
    migrate(db, APPLICATION_ID, MIGRATIONS[:4])
    db.execute(
        "INSERT INTO articles (title, source, added_at, text, content_hash)"
        " VALUES ('Strike talks', 's.txt', '2026-03-01T10:00:00', "
        "'The union said the strike would go on. \"We will not back down,\" said Ana Lima.', 'h')"
    )
    for name in ("Ana Lima", "the union", "Transport Ministry", "He"):
        db.execute("INSERT INTO speakers (name) VALUES (?)", [name])
    quotes = [
        (1, 0, 38, "[[0, 38]]", "indirect", 2, "rejected"),
        (2, 40, 63, "[[40, 63]]", "direct", 1, "accepted"),
        (3, 4, 9, "[[4, 9]]", "partial", 3, "pending"),
    ]
    for quote_id, start, end, parts, kind, speaker, status in quotes:
        db.execute(
            "INSERT INTO quotes (id, article_id, content_start, content_end, parts, kind,"
            " speaker_id, status, origin, updated_at) VALUES (?, 1, ?, ?, ?, ?, ?, ?,"
            " 'automatic', 'then')",
            [quote_id, start, end, parts, kind, speaker, status],
        )
    for edit_id, (quote_id, status) in enumerate(((1, "rejected"), (2, "accepted")), start=1):
        db.execute(
            "INSERT INTO corrections (edit_id, at, who, quote_id, field, old_value, new_value)"
            " VALUES (?, 'then', 'ana', ?, 'status', '\"pending\"', ?)",
            [edit_id, quote_id, f'"{status}"'],
        )
    db.close()

    with Store(path) as store:
        assert [(q.id, q.speaker, q.status) for q in store.quotes()] == [
            (1, "the union", Status.REJECTED),
            (3, "Transport Ministry", Status.PENDING),
            (2, "Ana Lima", Status.ACCEPTED),
        ]
        assert [(c.quote_id, c.new_value) for c in store.corrections()] == [
            (1, "rejected"),
            (2, "accepted"),
        ]
        assert {s.name: s.kind for s in store.speaker_list()} == {
            "Ana Lima": SpeakerKind.PERSON,
            "the union": SpeakerKind.UNNAMED,
            "Transport Ministry": SpeakerKind.ORGANISATION,
            "He": SpeakerKind.UNNAMED,  # a pronoun kept as the speaker
        }
        assert [h.quote.id for h in store.search("back down")] == [2]  # indexed on migration
        assert [h.quote.id for h in store.search("speaker:lima")] == [2]
        edit = store.merge_speakers("the union", "Ana Lima")
        store.revert_edit(edit)  # an undo after the migration works on the old edits' ids
        assert edit == 3
        assert store.quote(1).speaker == "the union"


def test_search_filters_by_speaker_alias_kind_status_and_confidence(web: Store) -> None:
    volker = web.search("", Filters(speaker="Volker"))
    assert len(volker) == 22 and {h.quote.speaker for h in volker} == {"Kurt Volker"}
    assert all(h.article_title for h in volker)
    direct = web.search("", Filters(speaker="Kurt Volker", kind="direct"))
    assert direct and all(h.quote.kind == Kind.DIRECT for h in direct)
    assert len(direct) < len(volker)
    assert web.search("", Filters(status="rejected")) == []
    assert web.search("", Filters(min_confidence=1.01)) == []
    with pytest.raises(UnknownSpeaker):
        web.search("", Filters(speaker="Nobody At All"))


def test_a_chain_of_merges_keeps_every_name_searchable_and_undoes_step_by_step(
    web: Store,
) -> None:
    volker = {q.id for q in web.quotes() if q.speaker == "Kurt Volker"}
    first = web.merge_speakers("Kurt Volker", "Kevin Mayer")
    second = web.merge_speakers("Kevin Mayer", "Mary Steenburgen")
    assert web.speaker("Kurt Volker").name == "Mary Steenburgen"
    assert volker <= {h.quote.id for h in web.search("speaker:volker")}
    assert {"Kurt Volker", "Kevin Mayer", "Volker", "Mayer"} <= set(
        web.speaker("Mary Steenburgen").aliases
    )
    web.revert_edit(second)
    assert web.speaker("Kurt Volker").name == "Kevin Mayer"
    web.revert_edit(first)
    assert web.speaker("Kurt Volker").quotes == 22
    assert {h.quote.id for h in web.search("speaker:volker")} == volker
