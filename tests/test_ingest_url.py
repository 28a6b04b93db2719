"""URLs, served by a real http.server on 127.0.0.1."""

from __future__ import annotations

import http.server
import socket
import threading
from collections.abc import Iterator

import pytest

from quoteapp.errors import FetchError, SourceTooLarge, UnsupportedSource
from quoteapp.ingest import read_source

ARTICLE = (
    "<html><head><title>Peskov speaks</title></head><body><nav>Home | World</nav><article>"
    "<h1>Peskov speaks</h1>"
    "<p>“Russia and Turkey are cooperating very tightly,” Putin’s spokesman Dmitry Peskov "
    "said on Thursday ahead of the one-day working visit by Putin to Ankara.</p>"
    "<p>The two leaders discussed de-escalation zones in Syria and the purchase of S-400 "
    "air defence systems, officials from both countries said after the meeting.</p>"
    "</article></body></html>"
).encode()


class Handler(http.server.BaseHTTPRequestHandler):
    routes: dict[str, tuple[int, str, bytes, dict[str, str]]] = {
        "/article.html": (200, "text/html; charset=utf-8", ARTICLE, {}),
        "/notes.txt": (200, "text/plain; charset=utf-8", "“Plain,” she said.".encode(), {}),
        "/moved": (302, "text/html", b"", {"Location": "/article.html"}),
        "/loop": (302, "text/html", b"", {"Location": "/loop"}),
        "/to-ftp": (302, "text/html", b"", {"Location": "ftp://127.0.0.1/file"}),
        "/image.png": (200, "image/png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, {}),
        "/big.html": (200, "text/html", b"<p>" + b"x" * 5000 + b"</p>", {}),
    }

    def do_GET(self) -> None:
        code, content_type, body, headers = self.routes.get(
            self.path, (404, "text/html", b"<h1>Not Found</h1>", {})
        )
        self.send_response(code)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


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
