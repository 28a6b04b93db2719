"""Pages served by a real http.server on 127.0.0.1, for URL tests."""

from __future__ import annotations

import http.server
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

ARTICLE = (
    "<html><head><title>Peskov speaks</title>"
    '<meta name="author" content="By Ayla Jean Yackley"></head>'
    "<body><nav>Home | World</nav><article>"
    "<h1>Peskov speaks</h1>"
    "<p>“Russia and Turkey are cooperating very tightly,” Putin’s spokesman Dmitry Peskov "
    "said on Thursday ahead of the one-day working visit by Putin to Ankara.</p>"
    "<p>The two leaders discussed de-escalation zones in Syria and the purchase of S-400 "
    "air defence systems, officials from both countries said after the meeting.</p>"
    "</article></body></html>"
).encode()


ROUTES: dict[str, tuple[int, str, bytes, dict[str, str]]] = {
    "/article.html": (200, "text/html; charset=utf-8", ARTICLE, {}),
    "/notes.txt": (200, "text/plain; charset=utf-8", "“Plain,” she said.".encode(), {}),
    "/moved": (302, "text/html", b"", {"Location": "/article.html"}),
    "/loop": (302, "text/html", b"", {"Location": "/loop"}),
    "/to-ftp": (302, "text/html", b"", {"Location": "ftp://127.0.0.1/file"}),
    "/to-file": (302, "text/html", b"", {"Location": "file:///etc/passwd"}),
    "/to-data": (301, "text/html", b"", {"Location": "data:text/html,<p>hi</p>"}),
    "/image.png": (200, "image/png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, {}),
    "/big.html": (200, "text/html", b"<p>" + b"x" * 5000 + b"</p>", {}),
}


class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        code, content_type, body, headers = ROUTES.get(
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


@contextmanager
def serving() -> Iterator[str]:
    """A real HTTP server on 127.0.0.1 for as long as the block runs; yields its base URL."""
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@contextmanager
def raw_server(answer: bytes, drip: float = 0.0, close: bool = True) -> Iterator[str]:
    """A bare TCP server on 127.0.0.1 that reads a request and sends `answer` as it is
    (a byte every `drip` seconds if set): for broken and hostile HTTP."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    stop = threading.Event()

    def serve() -> None:
        listener.settimeout(0.2)
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except OSError:
                continue
            with conn:
                try:
                    conn.recv(65536)
                    if drip:
                        for byte in answer:
                            if stop.is_set():
                                break
                            conn.sendall(bytes([byte]))
                            time.sleep(drip)
                    else:
                        conn.sendall(answer)
                    if not close:
                        stop.wait()
                except OSError:
                    pass

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    stop.set()
    thread.join(5)
    listener.close()
