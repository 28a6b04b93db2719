"""Fetch a web page safely: http(s) only, a timeout, few redirects, a size cap."""

from __future__ import annotations

import re
import socket
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from email.message import Message

from quoteapp.errors import FetchError, SourceTooLarge, UnsupportedSource

TIMEOUT_SECONDS = 20.0
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
    scheme = urllib.parse.urlsplit(url).scheme.lower()
    if scheme not in ("http", "https"):
        raise UnsupportedSource(f"{url}: only http:// and https:// addresses can be loaded")


class _RedirectLimit(urllib.request.HTTPRedirectHandler):
    max_redirections = MAX_REDIRECTS

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        check_url(newurl)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def fetch(url: str, max_bytes: int, timeout: float = TIMEOUT_SECONDS) -> Fetched:
    """Download `url`, refusing anything that is not a readable page of a sane size."""
    check_url(url)
    opener = urllib.request.build_opener(_RedirectLimit())
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with opener.open(request, timeout=timeout) as response:
            reader, charset = _readable_type(url, response.headers)
            _check_declared_size(url, response.headers, max_bytes)
            body = response.read(max_bytes + 1)
            final_url = response.geturl()
    except urllib.error.HTTPError as error:
        raise FetchError(_http_error_message(url, error)) from None
    except urllib.error.URLError as error:
        raise FetchError(
            f"could not reach {url} ({_reason(error.reason)}): check the address"
        ) from None
    except TimeoutError:
        raise FetchError(f"{url} did not answer within {timeout:g} s: try again later") from None
    except (ConnectionError, OSError) as error:
        raise FetchError(f"could not read {url} ({_reason(error)}): try again later") from None
    if len(body) > max_bytes:
        raise SourceTooLarge(_too_large(url, max_bytes))
    return Fetched(url=final_url, body=body, reader=reader, charset=charset)


def _readable_type(url: str, headers: Message) -> tuple[str, str | None]:
    content_type = headers.get_content_type()
    if content_type not in READABLE_TYPES:
        raise FetchError(
            f"{url} is {content_type}, not a web page or text: give the address of an article"
        )
    return READABLE_TYPES[content_type], headers.get_content_charset()


def _check_declared_size(url: str, headers: Message, max_bytes: int) -> None:
    length = headers.get("Content-Length")
    if length and length.isdigit() and int(length) > max_bytes:
        raise SourceTooLarge(_too_large(url, max_bytes))


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
