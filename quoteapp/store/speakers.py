"""Speakers as entities: resolving a name to one, and a person's merges, renames and notes.

A speaker merged into another keeps its row, pointing at the one it joined, so
that undo can restore it and a later article that writes that name resolves to
the right speaker. Each change is an edit with audit rows, undone like any
other (`PersonEdits.revert_edit`).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Any

from quoteapp.errors import InvalidEdit, StaleEdit, UnknownSpeaker
from quoteapp.ingest.article import now
from quoteapp.model import Quote, Speaker, SpeakerCorrection, SpeakerKind
from quoteapp.store.values import audit_row, default_user

if TYPE_CHECKING:
    import sqlite_utils

# words that mark a name as an organisation's, for a new speaker's first kind
_ORGANISATION_WORDS = frozenset(
    [
        "ministry",
        "department",
        "company",
        "inc",
        "inc.",
        "corp",
        "corp.",
        "ltd",
        "party",
        "police",
        "agency",
        "council",
        "committee",
        "association",
        "university",
        "court",
        "office",
        "bank",
        "group",
        "commission",
        "union",
        "institute",
        "foundation",
        "government",
        "administration",
        "board",
        "service",
        "authority",
        "times",
        "news",
        "post",
        "reuters",
        "press",
    ]
)
# a pronoun or relative word left as the speaker (gold data keeps them): nobody's name
_PRONOUNS = frozenset(
    ["he", "she", "they", "we", "i", "you", "it", "who", "which", "that", "his", "her", "their"]
)
_UNNAMED_OPENINGS = frozenset(["a", "an", "the", "one", "two", "several", "some"])


def guess_kind(name: str) -> SpeakerKind:
    """A first guess at what a new speaker is; a person corrects it on the speaker page."""
    words = name.split()
    if not words or words[0][:1].islower() or words[0].lower() in _UNNAMED_OPENINGS:
        return SpeakerKind.UNNAMED
    if len(words) == 1 and words[0].lower() in _PRONOUNS:
        return SpeakerKind.UNNAMED
    if any(w.lower() in _ORGANISATION_WORDS for w in words):
        return SpeakerKind.ORGANISATION
    return SpeakerKind.PERSON


def clean(name: str | None) -> str:
    return " ".join((name or "").split())


def _family_sql(where: str) -> str:
    """Every speaker row merged (directly or through others) into the speakers `where` picks."""
    return f"""WITH RECURSIVE family(id, root) AS (
          SELECT id, id FROM speakers WHERE {where}
          UNION SELECT speakers.id, family.root FROM speakers
            JOIN family ON speakers.merged_into = family.id)"""


class SpeakerEdits:
    """The store's methods for speakers."""

    if TYPE_CHECKING:  # what `Store` provides
        db: sqlite_utils.Database

        def _write(self) -> AbstractContextManager[None]: ...
        def _query(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]: ...
        def _next_edit_id(self) -> int: ...
        def _index_speaker(self, speaker_id: int) -> None: ...
        def _move_quotes(
            self, quotes: Sequence[Quote], name: str | None, who: str, edit_id: int, stamp: str
        ) -> None: ...
        def quote(self, quote_id: int) -> Quote: ...

    # Resolving names

    def _resolved(self, name: str) -> int | None:
        """The speaker a name means now: its own row (followed through merges), or the
        speaker a person taught that name to; None for a name never seen."""
        found = self._query("SELECT id FROM speakers WHERE name = ?", [name])
        if not found:
            found = self._query("SELECT speaker_id AS id FROM speaker_names WHERE name = ?", [name])
        if not found:
            return None
        return self._resolved_id(int(found[0]["id"]))

    def _resolved_id(self, speaker_id: int) -> int:
        """The speaker a row stands for now: itself, or the one it was merged into."""
        for _ in range(1000):  # a merge never makes a cycle; the bound only guards a bad file
            row = self._query("SELECT merged_into FROM speakers WHERE id = ?", [speaker_id])
            if not row or row[0]["merged_into"] is None:
                break
            speaker_id = int(row[0]["merged_into"])
        return speaker_id

    def canonical(self, name: str | None) -> str | None:
        """The name a quote said to be by `name` is shown under (merges and renames followed)."""
        name = clean(name)
        if not name:
            return None
        speaker_id = self._resolved(name)
        if speaker_id is None:
            return name
        return str(self._query("SELECT name FROM speakers WHERE id = ?", [speaker_id])[0]["name"])

    def _speaker_id(self, name: str | None, aliases: Sequence[str] = ()) -> int | None:
        """The id of the speaker `name` means, created or given new aliases as needed."""
        name = clean(name)
        if not name:
            return None
        speaker_id = self._resolved(name)
        if speaker_id is None:
            cursor = self.db.execute(
                "INSERT INTO speakers (name, aliases, kind) VALUES (?, ?, ?)",
                [name, json.dumps(sorted(set(aliases) - {name})), str(guess_kind(name))],
            )
            if cursor.lastrowid is None:
                raise RuntimeError("an INSERT made no row")
            return cursor.lastrowid
        row = self._query("SELECT name, aliases FROM speakers WHERE id = ?", [speaker_id])[0]
        known = set(json.loads(row["aliases"]))
        new = (set(aliases) | {name}) - known - {row["name"]}
        if new:
            self.db.execute(
                "UPDATE speakers SET aliases = ? WHERE id = ?",
                [json.dumps(sorted(known | new)), speaker_id],
            )
            self._index_speaker(speaker_id)  # the new alias finds its quotes in search
        return speaker_id

    def _speaker_row(self, name: str) -> dict[str, Any]:
        """The speaker a person means by `name`: its name, a name it was merged or renamed
        from, or else an alias only one speaker has ("Volker")."""
        speaker_id = self._resolved(clean(name))
        if speaker_id is None:
            having = self._query(
                """SELECT DISTINCT speakers.id FROM speakers, json_each(speakers.aliases) AS alias
                   WHERE alias.value = ?""",
                [clean(name)],
            )
            owners = {self._resolved_id(int(r["id"])) for r in having}
            if len(owners) > 1:
                raise UnknownSpeaker(
                    f"{clean(name)!r} is an alias of {len(owners)} speakers: give the full name"
                )
            speaker_id = owners.pop() if owners else None
        if speaker_id is None:
            raise UnknownSpeaker(
                f"there is no speaker called {clean(name)!r}: run 'quoteapp speakers' to list them"
            )
        return self._query("SELECT * FROM speakers WHERE id = ?", [speaker_id])[0]

    # Reading

    def speaker_names(self, speaker_id: int) -> tuple[str, ...]:
        """Every name that means this speaker, its canonical name first."""
        rows = self._query(
            f"""{_family_sql("id = ?")}
                SELECT speakers.id, name, aliases FROM speakers JOIN family USING (id)""",
            [speaker_id],
        )
        taught = self._query(
            f"""{_family_sql("id = ?")}
                SELECT name FROM speaker_names WHERE speaker_id IN (SELECT id FROM family)""",
            [speaker_id],
        )
        first = [r["name"] for r in rows if r["id"] == speaker_id]
        names = {r["name"] for r in rows} | {r["name"] for r in taught}
        for row in rows:
            names |= set(json.loads(row["aliases"]))
        return (*first, *sorted(names - set(first)))

    def speaker_list(self, min_quotes: int = 0, name: str | None = None) -> list[Speaker]:
        """Speakers (merged-away ones left out), most quoted first."""
        where = "speakers.merged_into IS NULL"
        params: list[Any] = []
        if name is not None:
            where += " AND speakers.id = ?"
            params.append(int(self._speaker_row(name)["id"]))
        found = self._query(
            f"""SELECT speakers.id, speakers.name, speakers.kind, speakers.note,
                  count(quotes.id) AS quotes,
                  count(CASE WHEN quotes.status = 'accepted' THEN 1 END) AS accepted,
                  count(CASE WHEN quotes.status = 'rejected' THEN 1 END) AS rejected,
                  count(DISTINCT quotes.article_id) AS articles
                FROM speakers LEFT JOIN quotes
                  ON quotes.speaker_id = speakers.id AND quotes.deleted = 0
                WHERE {where}
                GROUP BY speakers.id HAVING count(quotes.id) >= ?
                ORDER BY count(quotes.id) DESC, speakers.name""",
            [*params, min_quotes],
        )
        # one speaker (its page): its own names; a list: everyone's, read in two queries
        names = (
            {r["id"]: set(self.speaker_names(r["id"])) for r in found}
            if name is not None
            else self._all_names()
        )
        return [
            Speaker(
                id=r["id"],
                name=r["name"],
                kind=SpeakerKind(r["kind"]),
                aliases=tuple(sorted(names.get(r["id"], set()) - {r["name"]})),
                note=r["note"],
                quotes=r["quotes"],
                accepted=r["accepted"],
                rejected=r["rejected"],
                articles=r["articles"],
            )
            for r in found
        ]

    def _all_names(self) -> dict[int, set[str]]:
        """Every speaker's names (its own, its aliases, those of speakers merged into it and
        those a person taught), in two queries instead of a few per speaker."""
        rows = self._query("SELECT id, name, aliases, merged_into FROM speakers")
        into = {r["id"]: r["merged_into"] for r in rows}

        def root(speaker_id: int) -> int:
            for _ in range(1000):
                parent = into.get(speaker_id)
                if parent is None:
                    break
                speaker_id = parent
            return speaker_id

        names: dict[int, set[str]] = {}
        for row in rows:
            names.setdefault(root(row["id"]), set()).update(
                [row["name"], *json.loads(row["aliases"])]
            )
        for row in self._query("SELECT name, speaker_id FROM speaker_names"):
            names.setdefault(root(row["speaker_id"]), set()).add(row["name"])
        return names

    def speaker(self, name: str) -> Speaker:
        """The speaker `name` means (a merged or old name gives the speaker it is now)."""
        return self.speaker_list(name=name)[0]

    def speakers(self) -> dict[str, list[str]]:
        """Every speaker's canonical name with its aliases (merged names included)."""
        found = self._query("SELECT id, name FROM speakers WHERE merged_into IS NULL ORDER BY name")
        names = self._all_names()
        return {r["name"]: sorted(names.get(r["id"], set()) - {r["name"]}) for r in found}

    def speaker_corrections(
        self, speaker_id: int | None = None, edit_id: int | None = None
    ) -> list[SpeakerCorrection]:
        where, params = [], []
        if speaker_id is not None:
            where.append("speaker_id = ?")
            params.append(speaker_id)
        if edit_id is not None:
            where.append("edit_id = ?")
            params.append(edit_id)
        clause = f" WHERE {' AND '.join(where)}" if where else ""
        return [
            SpeakerCorrection(
                id=r["id"],
                edit_id=r["edit_id"],
                at=r["at"],
                who=r["who"],
                speaker_id=r["speaker_id"],
                field=r["field"],
                old_value=None if r["old_value"] is None else json.loads(r["old_value"]),
                new_value=None if r["new_value"] is None else json.loads(r["new_value"]),
                reverts=r["reverts"],
            )
            for r in self._query(f"SELECT * FROM speaker_corrections{clause} ORDER BY id", params)
        ]

    # A person's changes

    def merge_speakers(self, source: str, target: str, who: str | None = None) -> int:
        """`source`'s quotes and names move to `target`, which keeps its name; one edit."""
        who = who or default_user()
        stamp = now()
        with self._write():
            moving, staying = self._speaker_row(source), self._speaker_row(target)
            if moving["id"] == staying["id"]:
                raise InvalidEdit(f"{moving['name']!r} and {staying['name']!r} are one speaker")
            edit_id = self._next_edit_id()
            quotes = self._quotes_of(moving["id"])
            # speakers merged into `moving` earlier now point at `staying` too: merges stay
            # one level deep, which is what the search index reads
            for row in self._query("SELECT id FROM speakers WHERE merged_into = ?", [moving["id"]]):
                self._change_speaker(edit_id, stamp, who, row["id"], "merged_into", staying["id"])
            self._change_speaker(edit_id, stamp, who, moving["id"], "merged_into", staying["id"])
            self._move_quotes(quotes, staying["name"], who, edit_id, stamp)
            self._index_speaker(staying["id"])
        return edit_id

    def rename_speaker(self, name: str, new_name: str, who: str | None = None) -> int:
        """Give a speaker another canonical name; the old one still finds it."""
        who = who or default_user()
        new_name = clean(new_name)
        if not new_name:
            raise InvalidEdit("a speaker's name cannot be empty")
        stamp = now()
        with self._write():
            row = self._speaker_row(name)
            other = self._resolved(new_name)
            if other is not None and other != row["id"]:
                raise InvalidEdit(
                    f"{new_name!r} is already a speaker: merge {row['name']!r} into it instead"
                )
            if new_name == row["name"]:
                raise InvalidEdit(f"the speaker is already called {new_name!r}")
            edit_id = self._next_edit_id()
            taught = self._query("SELECT name FROM speaker_names WHERE name = ?", [new_name])
            if taught:  # renaming back to a name it had: that name is its own again
                self._teach(edit_id, stamp, who, row["id"], None, new_name)
            self._change_speaker(edit_id, stamp, who, row["id"], "name", new_name)
            self._teach(edit_id, stamp, who, row["id"], row["name"], None)
            self._index_speaker(row["id"])
        return edit_id

    def set_speaker_kind(self, name: str, kind: SpeakerKind | str, who: str | None = None) -> int:
        try:
            kind = SpeakerKind(kind)
        except ValueError:
            choices = ", ".join(str(k) for k in SpeakerKind)
            raise InvalidEdit(f"{kind!r} is not a speaker kind: choose {choices}") from None
        return self._speaker_edit(name, "kind", str(kind), who)

    def set_speaker_note(self, name: str, note: str, who: str | None = None) -> int:
        return self._speaker_edit(name, "note", note.strip(), who)

    def move_quotes(
        self, quote_ids: Sequence[int], name: str | None, who: str | None = None
    ) -> int:
        """Split quotes off to another speaker (made if new); one edit for all of them."""
        who = who or default_user()
        stamp = now()
        with self._write():
            quotes = [self.quote(i) for i in quote_ids]
            edit_id = self._next_edit_id()
            self._move_quotes(quotes, name, who, edit_id, stamp)
        return edit_id

    def _speaker_edit(self, name: str, field: str, value: str, who: str | None) -> int:
        stamp = now()
        with self._write():
            row = self._speaker_row(name)
            edit_id = self._next_edit_id()
            self._change_speaker(edit_id, stamp, who or default_user(), row["id"], field, value)
        return edit_id

    def _quotes_of(self, speaker_id: int) -> list[Quote]:
        ids = self._query("SELECT id FROM quotes WHERE speaker_id = ? ORDER BY id", [speaker_id])
        return [self.quote(r["id"]) for r in ids]

    def _change_speaker(
        self,
        edit_id: int,
        stamp: str,
        who: str,
        speaker_id: int,
        field: str,
        new: object,
        reverts: int | None = None,
    ) -> None:
        """Set one field of a speaker row and record the old and new value."""
        if field not in ("merged_into", "name", "kind", "note"):
            raise InvalidEdit(f"speakers have no field {field}")
        current = self._query(f"SELECT {field} FROM speakers WHERE id = ?", [speaker_id])[0][field]
        self.db.execute(f"UPDATE speakers SET {field} = ? WHERE id = ?", [new, speaker_id])
        self._record_speaker(edit_id, stamp, who, speaker_id, field, current, new, reverts)

    def _teach(
        self,
        edit_id: int,
        stamp: str,
        who: str,
        speaker_id: int,
        learned: str | None,
        forgotten: str | None,
        reverts: int | None = None,
    ) -> None:
        """Teach a name that means this speaker (an old name after a rename), or forget one;
        recorded as a `learned` correction from the forgotten name to the learned one."""
        if forgotten is not None:
            self.db.execute("DELETE FROM speaker_names WHERE name = ?", [forgotten])
        if learned is not None:
            self.db.execute(
                "INSERT OR REPLACE INTO speaker_names (name, speaker_id) VALUES (?, ?)",
                [learned, speaker_id],
            )
        self._record_speaker(
            edit_id, stamp, who, speaker_id, "learned", forgotten, learned, reverts
        )

    def _record_speaker(
        self,
        edit_id: int,
        at: str,
        who: str,
        speaker_id: int,
        field: str,
        old: object,
        new: object,
        reverts: int | None,
    ) -> None:
        audit_row(
            self.db, "speaker_corrections", "speaker_id", speaker_id,
            edit_id, at, who, field, old, new, reverts,
        )  # fmt: skip

    def _revert_speaker(
        self, correction: SpeakerCorrection, edit_id: int, stamp: str, who: str
    ) -> None:
        """Put back what one speaker correction changed, as part of an undo edit."""
        speaker_id, reverts = correction.speaker_id, correction.edit_id
        if correction.field == "learned":  # forget what it learned, learn what it forgot
            learned, forgotten = correction.old_value, correction.new_value
            self._teach(
                edit_id,
                stamp,
                who,
                speaker_id,
                None if learned is None else str(learned),
                None if forgotten is None else str(forgotten),
                reverts,
            )
        else:
            field = correction.field
            now_value = self._query(f"SELECT {field} FROM speakers WHERE id = ?", [speaker_id])
            if now_value[0][field] != correction.new_value:
                raise StaleEdit(
                    f"speaker {speaker_id} was changed elsewhere since (its {field} is now "
                    f"{now_value[0][field]!r}): undo cannot restore it"
                )
            self._change_speaker(
                edit_id, stamp, who, speaker_id, field, correction.old_value, reverts
            )
            if field == "merged_into":  # the speakers it left and rejoined change names
                for other in (correction.old_value, correction.new_value):
                    if isinstance(other, int):
                        self._index_speaker(other)
        self._index_speaker(speaker_id)
