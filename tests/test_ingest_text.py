"""Plain-text reading: encodings, stray bytes, binary and empty files, unchanged marks."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from quoteapp.errors import BinarySource, EmptySource, SourceNotFound, UnsupportedSource
from quoteapp.ingest import article_from_text, read_file, read_source
from quoteapp.ingest.text import decode_bytes, normalise_text

SAMPLE = "Putin‘s “deal” — Erdogan’s ‘reply’ and «non», café\n\nSecond paragraph."


@pytest.mark.parametrize(
    "data",
    [
        SAMPLE.encode("utf-8"),
        codecs.BOM_UTF8 + SAMPLE.encode("utf-8"),
        SAMPLE.encode("utf-16"),  # with BOM, little-endian here
        codecs.BOM_UTF16_BE + SAMPLE.encode("utf-16-be"),
    ],
    ids=["utf-8", "utf-8 BOM", "utf-16 BOM", "utf-16-be BOM"],
)
def test_unicode_encodings_decode_to_the_same_text(data: bytes) -> None:
    assert normalise_text(decode_bytes(data, "x")) == SAMPLE


def test_legacy_8bit_text_is_detected() -> None:
    text = (
        "The minister said the “reform” was a mistake, and the café owners agreed. "
        "“We will not accept this,” said the président of the association."
    )
    assert decode_bytes(text.encode("cp1252"), "x") == text


def test_a_stray_byte_does_not_cost_the_rest_of_the_text() -> None:
    data = "“Quoted,” he said — and then".encode() + b"\xff" + " more “text”.".encode()
    text = decode_bytes(data, "x")
    assert text.startswith("“Quoted,” he said — and then")
    assert text.endswith(" more “text”.")


def test_binary_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    with pytest.raises(BinarySource, match="binary"):
        read_file(path)


def test_empty_and_blank_files_are_refused(tmp_path: Path) -> None:
    empty, blank = tmp_path / "empty.txt", tmp_path / "blank.txt"
    empty.write_bytes(b"")
    blank.write_text(" \n\n \t\n")
    for path in (empty, blank):
        with pytest.raises(EmptySource):
            read_file(path)


def test_missing_and_unsupported_files_say_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(SourceNotFound, match="does not exist"):
        read_source(str(tmp_path / "nope.txt"))
    pdf = tmp_path / "paper.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    with pytest.raises(UnsupportedSource, match=r"\.txt, \.md and \.html"):
        read_file(pdf)


def test_seed_text_comes_through_unchanged(seed_text: str) -> None:
    article = read_file(Path(__file__).parent.parent / "seeds" / "000_e67d1b9d590ba574.txt")
    assert article.text == seed_text
    assert "Putin‘s comments" in article.text  # ‘ misused as an apostrophe stays as written
    assert article.text.count("“") == article.text.count("”") == 10
    assert "\xa0" in article.text
    assert article.title == "Putin Says Conditions Needed to End War in Syria Have Been Reached"
    assert len(article.content_hash) == 64


def test_line_endings_and_blank_lines_are_normalised() -> None:
    article = article_from_text("Title\r\n\r\n\r\n\r\nFirst “para”.  \r\nSecond.\r")
    assert article.text == "Title\n\nFirst “para”.\nSecond."
    assert article.source == "pasted text"


def test_same_text_gives_same_hash_whatever_the_encoding() -> None:
    one = article_from_text(decode_bytes(SAMPLE.encode("utf-16"), "a"))
    two = article_from_text(decode_bytes(SAMPLE.encode("utf-8"), "b"))
    assert one.content_hash == two.content_hash


# News sentences as saved by tools that write a legacy encoding (issue 18, part 7). Before,
# the French Latin-1 file came back "ŕ Genčve" and the Hebrew one as Cyrillic.
LEGACY = {
    "latin-1 French": (
        "L'accord a été signé à Genève, a déclaré le ministre. « Nous sommes très "
        "satisfaits », a-t-il ajouté.",
        "latin-1",
    ),
    "latin-1 Portuguese": (
        "O ministro disse que a situação não é boa, mas há esperança.",
        "latin-1",
    ),
    "cp1252 German": (
        "„Wir müssen handeln“, sagte die Ministerin in Köln. Die Straße bleibt gesperrt.",
        "cp1252",
    ),
    "iso-8859-2 Polish": (
        "Premier powiedział, że sytuacja gospodarcza się poprawiła. Żółć.",
        "iso-8859-2",
    ),
    "cp1250 Czech": ("Příliš žluťoučký kůň úpěl ďábelské ódy, řekl ministr.", "cp1250"),
    "cp1254 Turkish": (
        "Bakan, ekonominin güçlü olduğunu söyledi. Şirket büyüyor.",
        "cp1254",
    ),
    "cp1251 Russian": ("Президент заявил, что экономическая ситуация улучшилась.", "cp1251"),
    "koi8-r Russian": ("Президент заявил, что экономическая ситуация улучшилась.", "koi8_r"),
    "iso-8859-7 Greek": (
        "Ο πρωθυπουργός δήλωσε ότι η οικονομία βελτιώθηκε σημαντικά.",
        "iso-8859-7",
    ),
    "iso-8859-8 Hebrew": (
        "ראש הממשלה אמר כי המצב הביטחוני השתפר מאוד בשבוע האחרון.",
        "iso-8859-8",
    ),
}


@pytest.mark.parametrize("name", sorted(LEGACY))
def test_a_file_in_a_legacy_encoding_is_read_as_written(tmp_path: Path, name: str) -> None:
    text, encoding = LEGACY[name]
    path = tmp_path / "article.txt"
    path.write_bytes(text.encode(encoding))
    assert read_file(path).text == text


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_text(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(SAMPLE.encode(encoding))
    assert read_file(path).text == SAMPLE
