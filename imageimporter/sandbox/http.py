"""The request and response objects the sandbox's products see, and the product interface.

The HTTP server (``server.py``) parses a request into a ``SandboxRequest``, asks each product in
turn whether it ``matches``, names the API (for statistics and fault injection) and lets the
product answer with a ``SandboxResponse``. Bodies are streamed: a product reads the request body
through ``SandboxRequest.body`` and may answer with an iterator of chunks, so that a 50 GiB object
never needs memory in proportion to its size.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from email.message import Message
from typing import BinaryIO, Protocol
from urllib.parse import parse_qsl, unquote

CHUNK_SIZE = 1 << 20
# Far beyond the largest body any API takes (5 GiB): a longer Content-Length is an attack or a
# bug, answered 400 before anything is read. Between the two, each API answers for itself
# (OSS: EntityTooLarge).
MAX_CONTENT_LENGTH = 1 << 40
_DECIMAL = re.compile(r"[0-9]{1,19}")
_CHUNK_SIZE_LINE = re.compile(rb"([0-9A-Fa-f]{1,16})[ \t]*(;[^\r\n]*)?\r?\n")


class MalformedBody(ConnectionError):
    """The body does not follow its own framing (a bad chunk size): the connection must go."""


def parse_content_length(text: str) -> int | None:
    """The value of a Content-Length header; None when it is not a plain, sane length."""
    if not _DECIMAL.fullmatch(text):
        return None
    value = int(text)
    return value if value <= MAX_CONTENT_LENGTH else None


class Throttle:
    """A token bucket shared by every connection: the sandbox's bandwidth cap (bytes/second)."""

    def __init__(self, bytes_per_second: int | None = None) -> None:
        self._lock = threading.Lock()
        self._rate = bytes_per_second
        self._next_free = time.monotonic()

    @property
    def rate(self) -> int | None:
        return self._rate

    def set_rate(self, bytes_per_second: int | None) -> None:
        with self._lock:
            self._rate = bytes_per_second
            self._next_free = time.monotonic()

    def consume(self, size: int) -> None:
        with self._lock:
            rate = self._rate
            if not rate:
                return
            now = time.monotonic()
            start = max(now, self._next_free)
            self._next_free = start + size / rate
            wait = self._next_free - now
        if wait > 0:
            time.sleep(wait)


class BodyReader:
    """Reads a request body (Content-Length or chunked), applying the bandwidth cap and counting
    the bytes received."""

    def __init__(
        self,
        stream: BinaryIO,
        length: int | None,
        chunked: bool,
        throttle: Throttle,
    ) -> None:
        self._stream = stream
        self._remaining = length if not chunked else None
        self._chunked = chunked
        self._chunk_left = 0
        self._done = length == 0 and not chunked
        self._throttle = throttle
        self.bytes_read = 0
        self.declared_length = length

    @property
    def done(self) -> bool:
        return self._done

    def read(self, size: int = CHUNK_SIZE) -> bytes:
        """Up to ``size`` bytes; ``b""`` at the end of the body."""
        if self._done:
            return b""
        data = self._read_chunked(size) if self._chunked else self._read_plain(size)
        if data:
            self.bytes_read += len(data)
            self._throttle.consume(len(data))
        return data

    @property
    def remaining(self) -> int | None:
        """Bytes of a Content-Length body still unread; None for a chunked body."""
        return self._remaining

    def read_all(self, limit: int = 1 << 20) -> bytes:
        """The whole body, for small XML/form bodies. Larger than ``limit``: ValueError, raised
        from the declared length before anything is read when there is one."""
        if self.declared_length is not None and self.declared_length > limit:
            raise ValueError("request body too large")
        parts: list[bytes] = []
        total = 0
        while chunk := self.read():
            total += len(chunk)
            if total > limit:
                raise ValueError("request body too large")
            parts.append(chunk)
        return b"".join(parts)

    def iter_chunks(self, size: int = CHUNK_SIZE) -> Iterator[bytes]:
        while chunk := self.read(size):
            yield chunk

    def drain(self, limit: int | None = None) -> bool:
        """Read and discard the rest of the body, at most ``limit`` bytes; whether it ended."""
        discarded = 0
        while not self._done:
            if limit is not None and discarded >= limit:
                return False
            discarded += len(self.read(CHUNK_SIZE if limit is None else min(CHUNK_SIZE, limit)))
        return True

    def _read_plain(self, size: int) -> bytes:
        assert self._remaining is not None
        data = self._stream.read(min(size, self._remaining))
        if not data:
            raise ConnectionError("client closed the connection before the body ended")
        self._remaining -= len(data)
        if self._remaining == 0:
            self._done = True
        return data

    def _read_chunked(self, size: int) -> bytes:
        if self._chunk_left == 0:
            line = self._stream.readline(1024)
            if not line:
                raise ConnectionError("client closed the connection inside a chunked body")
            size_line = _CHUNK_SIZE_LINE.fullmatch(line)
            if size_line is None:
                raise MalformedBody("malformed chunk size line")
            self._chunk_left = int(size_line.group(1), 16)
            if self._chunk_left == 0:
                # Trailer section, ended by an empty line.
                while self._stream.readline(1024) not in (b"\r\n", b"\n", b""):
                    pass
                self._done = True
                return b""
        data = self._stream.read(min(size, self._chunk_left))
        if not data:
            raise ConnectionError("client closed the connection inside a chunked body")
        self._chunk_left -= len(data)
        if self._chunk_left == 0 and self._stream.readline(8) not in (b"\r\n", b"\n"):
            raise MalformedBody("a chunk is longer than its size line says")
        return data


def header_text(value: str) -> str:
    """A header value as the client meant it: the HTTP server decodes header bytes as Latin-1,
    clients (oss2) send UTF-8 and sign the UTF-8 text."""
    raw = value.encode("latin-1", errors="replace")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return value


def header_wire(value: str) -> str:
    """A text to send as a header value: its UTF-8 bytes, as the HTTP server writes Latin-1."""
    return value.encode("utf-8").decode("latin-1")


@dataclass
class SandboxRequest:
    method: str
    path: str  # percent-encoded path, as sent
    query_string: str  # raw query string, as sent (without "?")
    headers: Message
    body: BodyReader
    client_address: str = "127.0.0.1"
    # The fault rule kinds that fired for this request and that the product must apply itself
    # (``corrupt``: flip a byte of the stored data).
    faults: set[str] = field(default_factory=set)

    @property
    def unquoted_path(self) -> str:
        return unquote(self.path)

    def query_items(self) -> list[tuple[str, str]]:
        return parse_qsl(self.query_string, keep_blank_values=True)

    def query(self) -> dict[str, str]:
        return dict(self.query_items())

    def header(self, name: str, default: str | None = None) -> str | None:
        value = self.headers.get(name)
        return default if value is None else str(value)


@dataclass
class SandboxResponse:
    status: int
    headers: list[tuple[str, str]] = field(default_factory=list)
    body: bytes | Iterable[bytes] = b""
    # Required when ``body`` is an iterable: the number of bytes it yields.
    content_length: int | None = None

    def header(self, name: str) -> str | None:
        lowered = name.lower()
        return next((v for k, v in self.headers if k.lower() == lowered), None)


class Product(Protocol):
    """One cloud product served by the sandbox (OSS, or the RPC products ECS, RAM and STS)."""

    name: str

    def matches(self, request: SandboxRequest) -> bool:
        """Whether this product serves the request (decided from headers and query only)."""
        ...

    def api_name(self, request: SandboxRequest) -> str:
        """The API the request calls, prefixed with the product, e.g. ``oss:UploadPart``."""
        ...

    def handle(self, request: SandboxRequest) -> SandboxResponse: ...

    def error_response(
        self, request: SandboxRequest, status: int, code: str, message: str
    ) -> SandboxResponse:
        """An error in this product's own wire format (XML for OSS, JSON for RPC)."""
        ...

    def close(self) -> None:
        """Persist state and stop background work; called once when the sandbox stops."""
        ...
