"""Fetch a web page safely: http(s) only, no credentials, a timeout for each read and a
deadline for the whole fetch, few redirects, a size cap, and every failure in one line."""

from __future__ import annotations

import functools
import http.client
import io
import re
import socket
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from email.message import Message
from typing import Any

from quoteapp.errors import FetchError, SourceTooLarge, UnsupportedSource

TIMEOUT_SECONDS = 20.0  # for one read: a silent server
DEADLINE_SECONDS = 30.0  # for the whole fetch: a server that sends a byte a second
MAX_REDIRECTS = 5
USER_AGENT = "quoteapp/0.1 (+article reader)"
READABLE_TYPES = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "text/plain": "text",
    "text/markdown": "markdown",
}


@dataclass(frozen=True)
class Fetched:
    url: str
    body: bytes
    reader: str
    charset: str | None


_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


def is_url(source: str) -> bool:
    """Anything with a scheme is meant as an address, even one we refuse."""
    return bool(_SCHEME.match(source))


def check_url(url: str) -> None:
    """Refuse, in one line, what is not a plain http(s) address (never echoing a password)."""
    try:
        parts = urllib.parse.urlsplit(url)
        parts.port  # noqa: B018 - a bad port raises here
    except ValueError as error:
        raise UnsupportedSource(f"{shown(url)} is not a valid address ({error})") from None
    if parts.scheme.lower() not in ("http", "https"):
        raise UnsupportedSource(f"{shown(url)}: only http:// and https:// addresses can be loaded")
    if "@" in parts.netloc:
        raise UnsupportedSource(
            f"{shown(url)}: addresses with a user name or password are refused; "
            "download the page yourself and add the file"
        )
    if not parts.hostname or any(c.isspace() for c in url):
        raise UnsupportedSource(f"{shown(url)} is not a valid address: check it")


def shown(url: str) -> str:
    """The address as it may be shown: without any user name or password."""
    try:
        parts = urllib.parse.urlsplit(url)
    except ValueError:
        return url.split("@")[-1] if "@" in url else url
    if "@" not in parts.netloc:
        return url
    return urllib.parse.urlunsplit(parts._replace(netloc=parts.netloc.rsplit("@", 1)[1]))


class _Redirects(urllib.request.HTTPRedirectHandler):
    """Follows at most MAX_REDIRECTS, and only to http(s) addresses, named if refused."""

    max_redirections = MAX_REDIRECTS

    def http_error_302(self, req, fp, code, msg, headers):
        target = headers.get("location") or headers.get("uri")
        if target:
            scheme = urllib.parse.urlsplit(urllib.parse.urljoin(req.full_url, target)).scheme
            if scheme.lower() not in ("http", "https"):
                raise FetchError(
                    f"{shown(req.full_url)} redirects to a {scheme}: address, which quoteapp "
                    "does not follow: give the article's http(s) address"
                )
        return super().http_error_302(req, fp, code, msg, headers)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        check_url(newurl)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


class _DeadlineSocket:
    """A connected socket whose every read waits at most what is left of the deadline
    (and at most the per-read timeout), so no drip of bytes outlasts the deadline."""

    def __init__(self, sock: socket.socket, deadline: float, per_read: float) -> None:
        self._sock, self._deadline, self._per_read = sock, deadline, per_read

    def recv_into(self, buffer: Any, nbytes: int = 0) -> int:
        left = self._deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError("the deadline for the whole download passed")
        self._sock.settimeout(min(self._per_read, left))
        return self._sock.recv_into(buffer, nbytes)

    def makefile(self, mode: str = "rb", *args: Any, **kwargs: Any) -> io.BufferedReader:
        # as socket.makefile does: the socket stays open while the response reads it
        self._sock._io_refs += 1  # type: ignore[attr-defined]
        return io.BufferedReader(socket.SocketIO(self, "rb"))  # type: ignore[arg-type]

    def _decref_socketios(self) -> None:
        self._sock._decref_socketios()  # type: ignore[attr-defined]

    def __getattr__(self, name: str) -> Any:  # sendall, close, fileno, settimeout ...
        return getattr(self._sock, name)


def _with_deadline(base: type[http.client.HTTPConnection]) -> type[http.client.HTTPConnection]:
    class Connection(base):  # type: ignore[valid-type, misc]
        def __init__(self, *args: Any, deadline: float, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._deadline = deadline

        def connect(self) -> None:
            super().connect()
            per_read = self.timeout if isinstance(self.timeout, int | float) else TIMEOUT_SECONDS
            self.sock = _DeadlineSocket(self.sock, self._deadline, per_read)  # type: ignore

    return Connection


_HTTP = _with_deadline(http.client.HTTPConnection)
_HTTPS = _with_deadline(http.client.HTTPSConnection)


class _DeadlineHTTP(urllib.request.HTTPHandler):
    def __init__(self, deadline: float) -> None:
        super().__init__()
        self._deadline = deadline

    def http_open(self, req):
        return self.do_open(functools.partial(_HTTP, deadline=self._deadline), req)


class _DeadlineHTTPS(urllib.request.HTTPSHandler):
    def __init__(self, deadline: float) -> None:
        super().__init__()
        self._deadline = deadline

    def https_open(self, req):
        return self.do_open(
            functools.partial(_HTTPS, deadline=self._deadline),
            req,
            context=self._context,
        )


def fetch(
    url: str, max_bytes: int, timeout: float = TIMEOUT_SECONDS, deadline: float = DEADLINE_SECONDS
) -> Fetched:
    """Download `url`, refusing anything that is not a readable page of a sane size,
    within `timeout` for each read and `deadline` for everything."""
    check_url(url)
    until = time.monotonic() + deadline
    opener = urllib.request.build_opener(_Redirects(), _DeadlineHTTP(until), _DeadlineHTTPS(until))
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    name = shown(url)
    try:
        with opener.open(request, timeout=timeout) as response:
            reader, charset = _readable_type(name, response.headers)
            declared = _check_declared_size(name, response.headers, max_bytes)
            body = response.read(max_bytes + 1)
            final_url = response.geturl()
    except urllib.error.HTTPError as error:
        raise FetchError(_http_error_message(name, error)) from None
    except urllib.error.URLError as error:
        if isinstance(error.reason, TimeoutError | socket.timeout):
            raise _late(name, timeout, until) from None
        raise FetchError(
            f"could not reach {name} ({_reason(error.reason)}): check the address"
        ) from None
    except TimeoutError:
        raise _late(name, timeout, until) from None
    except http.client.HTTPException as error:  # a broken answer: status line, headers, chunks
        raise FetchError(
            f"{name} sent a broken HTTP answer ({type(error).__name__}): try again later"
        ) from None
    except ValueError as error:  # an address http.client refuses
        raise FetchError(f"{name} is not a valid address ({error}): check it") from None
    except (ConnectionError, OSError) as error:
        raise FetchError(f"could not read {name} ({_reason(error)}): try again later") from None
    if len(body) > max_bytes:
        raise SourceTooLarge(_too_large(name, max_bytes))
    if declared is not None and len(body) < declared:
        raise FetchError(
            f"{name} stopped after {len(body)} of {declared} bytes: the download was cut short, "
            "try again"
        )
    return Fetched(url=final_url, body=body, reader=reader, charset=charset)


def _late(name: str, timeout: float, until: float) -> FetchError:
    if time.monotonic() >= until - 0.05:
        return FetchError(f"{name} took too long to download: try again later")
    return FetchError(f"{name} did not answer within {timeout:g} s: try again later")


def _readable_type(url: str, headers: Message) -> tuple[str, str | None]:
    content_type = headers.get_content_type()
    if content_type not in READABLE_TYPES:
        raise FetchError(
            f"{url} is {content_type}, not a web page or text: give the address of an article"
        )
    return READABLE_TYPES[content_type], headers.get_content_charset()


def _check_declared_size(url: str, headers: Message, max_bytes: int) -> int | None:
    """The length the server declared, if any; a page declared too large is refused."""
    length = headers.get("Content-Length")
    if not (length and length.isdigit()):
        return None
    if int(length) > max_bytes:
        raise SourceTooLarge(_too_large(url, max_bytes))
    return int(length)


def _too_large(url: str, max_bytes: int) -> str:
    return f"{url} is larger than {max_bytes // 2**20} MiB: that is not a news article"


def _http_error_message(url: str, error: urllib.error.HTTPError) -> str:
    if 300 <= error.code < 400:
        return f"{url} redirects too often (more than {MAX_REDIRECTS} times): check the address"
    return f"{url} answered HTTP {error.code} {error.reason}: check the address"


def _reason(reason: object) -> str:
    if isinstance(reason, ConnectionRefusedError):
        return "connection refused"
    if isinstance(reason, socket.gaierror):
        return "no such host"
    if isinstance(reason, TimeoutError | socket.timeout):
        return "timed out"
    return str(reason) or type(reason).__name__
