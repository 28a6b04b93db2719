"""URLs, served by a real http.server on 127.0.0.1."""

from __future__ import annotations

import socket
import time

import pytest
from local_web import raw_server

from quoteapp.errors import FetchError, SourceTooLarge, UnsupportedSource
from quoteapp.ingest import MAX_BYTES, read_source, read_sources
from quoteapp.ingest.url import fetch


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
        ("/to-ftp", FetchError, "redirects to a ftp: address, which quoteapp does not follow"),
        ("/to-file", FetchError, "redirects to a file: address"),
        ("/to-data", FetchError, "redirects to a data: address"),
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


def test_a_server_that_drips_bytes_is_given_up_at_the_deadline() -> None:
    """One byte every 0.2 s keeps each read under its timeout; only the deadline stops it."""
    answer = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n" + b"X-Slow: " + b"a" * 200
    with raw_server(answer, drip=0.2) as base:
        started = time.monotonic()
        with pytest.raises(FetchError, match="took too long to download"):
            fetch(f"{base}/page", max_bytes=MAX_BYTES, timeout=1.0, deadline=1.5)
        assert time.monotonic() - started < 3.0


def test_a_silent_server_is_given_up_after_the_read_timeout() -> None:
    with (
        raw_server(b"", close=False) as base,
        pytest.raises(FetchError, match=r"did not answer within 0\.5 s"),
    ):
        fetch(f"{base}/page", max_bytes=MAX_BYTES, timeout=0.5, deadline=5)


@pytest.mark.parametrize(
    ("answer", "message"),
    [
        (b"NOT HTTP AT ALL\r\n\r\n", "broken HTTP answer (BadStatusLine)"),
        (
            b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nX: " + b"a" * 70000 + b"\r\n\r\n",
            "broken HTTP answer (LineTooLong)",
        ),
        (
            b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
            + b"".join(b"X-%d: 1\r\n" % i for i in range(120))
            + b"\r\n",
            "broken HTTP answer (HTTPException)",
        ),
        (
            b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n"
            b"zz\r\nbroken\r\n",
            "broken HTTP answer (IncompleteRead)",
        ),
        (
            b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 500\r\n\r\n<p>cut",
            "stopped after 6 of 500 bytes: the download was cut short",
        ),
    ],
)
def test_broken_http_answers_fail_in_one_line(answer: bytes, message: str) -> None:
    with raw_server(answer) as base, pytest.raises(FetchError) as failed:
        fetch(f"{base}/page", max_bytes=MAX_BYTES, timeout=2, deadline=5)
    assert message in str(failed.value)


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("http://[::1", "is not a valid address"),
        ("http://a b/", "is not a valid address"),
        ("http://host:99999/", "is not a valid address"),
    ],
)
def test_malformed_urls_fail_in_one_line(url: str, message: str) -> None:
    with pytest.raises(UnsupportedSource, match=message):
        read_source(url)


def test_a_url_with_credentials_is_refused_without_echoing_them(server: str) -> None:
    secret = server.replace("http://", "http://alice:Secr3t@") + "/article.html"
    with pytest.raises(UnsupportedSource) as refused:
        read_source(secret)
    assert "Secr3t" not in str(refused.value) and "alice" not in str(refused.value)
    assert "user name or password are refused" in str(refused.value)
    (skipped,) = read_sources([secret]).skipped
    assert "Secr3t" not in skipped.source + skipped.reason


def test_other_sources_still_load_when_one_url_is_broken(server: str) -> None:
    with raw_server(b"NOT HTTP\r\n\r\n") as broken:
        loaded = read_sources([f"{broken}/x", f"{server}/article.html"])
    assert [a.title for a in loaded.articles] == ["Peskov speaks"]
    assert len(loaded.skipped) == 1
