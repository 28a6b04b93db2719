"""URLs, served by a real http.server on 127.0.0.1."""

from __future__ import annotations

import socket

import pytest

from quoteapp.errors import FetchError, SourceTooLarge, UnsupportedSource
from quoteapp.ingest import read_source


def test_page_is_read_with_its_title(server: str) -> None:
    (article,) = read_source(f"{server}/article.html").articles
    assert article.title == "Peskov speaks"
    assert "“Russia and Turkey are cooperating very tightly,” Putin’s spokesman" in article.text
    assert "Home | World" not in article.text
    assert article.source == f"{server}/article.html"


def test_plain_text_url_and_redirect_are_followed(server: str) -> None:
    (text,) = read_source(f"{server}/notes.txt").articles
    assert text.text == "“Plain,” she said."
    (moved,) = read_source(f"{server}/moved").articles
    assert moved.source == f"{server}/article.html"


@pytest.mark.parametrize(
    ("path", "error", "message"),
    [
        ("/missing", FetchError, "HTTP 404"),
        ("/image.png", FetchError, "image/png, not a web page"),
        ("/loop", FetchError, "redirects too often"),
        ("/to-ftp", UnsupportedSource, "only http:// and https://"),
    ],
)
def test_bad_urls_fail_with_a_clear_message(
    server: str, path: str, error: type, message: str
) -> None:
    with pytest.raises(error, match=message):
        read_source(f"{server}{path}")


def test_size_cap_is_enforced(server: str) -> None:
    with pytest.raises(SourceTooLarge):
        read_source(f"{server}/big.html", max_bytes=1000)


def test_unreachable_host_and_other_schemes() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(FetchError, match="connection refused"):
        read_source(f"http://127.0.0.1:{port}/article.html")
    with pytest.raises(UnsupportedSource):
        read_source("ftp://127.0.0.1/article.txt")
