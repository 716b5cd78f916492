"""The sandbox's HTTP core against hostile clients, through raw sockets: body lengths it cannot
trust, silent clients, too many connections, bodies where none is expected."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from urllib.parse import urlsplit

import pytest

from imageimporter.sandbox import Sandbox, SandboxConfig

MIB = 1 << 20


def _connect(sandbox: Sandbox, timeout: float = 10.0) -> socket.socket:
    address = urlsplit(sandbox.endpoint)
    assert address.hostname is not None and address.port is not None
    return socket.create_connection((address.hostname, address.port), timeout=timeout)


def _answer(conn: socket.socket) -> bytes:
    """Everything the server sends until it closes the connection."""
    received = b""
    while chunk := conn.recv(65536):
        received += chunk
    return received


def _request(method: str, path: str, headers: dict[str, str], body: bytes = b"") -> bytes:
    lines = [f"{method} {path} HTTP/1.1", "Host: 127.0.0.1"]
    lines += [f"{name}: {value}" for name, value in headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


@pytest.mark.parametrize(
    "length",
    ["-1", "abc", "1e3", "+5", "5 6", "0x10", "9" * 30, str((1 << 40) + 1)],
)
@pytest.mark.parametrize("path", ["/some-bucket/key", "/?Action=DescribeRegions"])
def test_untrustworthy_content_length_is_400_and_closes(sandbox, length, path):
    with _connect(sandbox) as conn:
        conn.sendall(_request("PUT", path, {"Content-Length": length}) + b"x" * 4096)
        answer = _answer(conn)
    assert answer.startswith(b"HTTP/1.1 400 ")
    assert b"Connection: close" in answer
    assert sum(sandbox.stats.bytes_received.values()) == 0


@pytest.mark.parametrize(
    "headers",
    [
        {"Content-Length": "5", "Transfer-Encoding": "chunked"},
        {"Transfer-Encoding": "gzip"},
    ],
)
def test_ambiguous_body_framing_is_400(sandbox, headers):
    with _connect(sandbox) as conn:
        conn.sendall(_request("PUT", "/some-bucket/key", headers) + b"hello")
        assert _answer(conn).startswith(b"HTTP/1.1 400 ")


@pytest.mark.parametrize(
    ("path", "status"),
    # OSS refuses the unsigned request before reading the body; RPC reads the body first.
    [("/some-bucket/key", b"403"), ("/?Action=DescribeRegions", b"400")],
)
def test_malformed_chunk_size_is_answered_and_closes(sandbox, path, status):
    with _connect(sandbox) as conn:
        conn.sendall(_request("POST", path, {"Transfer-Encoding": "chunked"}))
        conn.sendall(b"zz\r\nhello\r\n0\r\n\r\n")
        answer = _answer(conn)
    assert answer.split(b" ", 2)[1] == status
    assert b"Connection: close" in answer


@pytest.mark.parametrize("path", ["/some-bucket/key", "/?Action=DescribeRegions"])
def test_large_unauthenticated_body_is_refused_without_reading_it(sandbox, path):
    declared = 1 << 30
    with _connect(sandbox) as conn:
        conn.sendall(_request("PUT", path, {"Content-Length": str(declared)}))
        conn.sendall(b"x" * MIB)  # only the beginning: the answer must not wait for the rest
        status_line = conn.recv(65536).split(b"\r\n", 1)[0]
        # The server closes: sending on fails (a reset or a broken pipe) well before the 1 GiB.
        sent = MIB
        with pytest.raises(OSError):
            while sent < declared:
                conn.sendall(b"x" * MIB)
                sent += MIB
    assert status_line.split(b" ")[1] in (b"403", b"413")
    assert sent < 64 * MIB
    assert sum(sandbox.stats.bytes_received.values()) < 2 * MIB


def test_get_with_a_body_length_that_never_comes_is_answered(sandbox):
    # The default socket timeout is a minute: an answer within the client's 10 s means the
    # server did not wait for the body.
    with _connect(sandbox) as conn:
        conn.sendall(_request("GET", "/some-bucket/key", {"Content-Length": "10"}))
        answer = _answer(conn)
    assert answer.startswith(b"HTTP/1.1 403 ")
    assert b"Connection: close" in answer


@pytest.fixture
def tight_sandbox(tmp_path) -> Iterator[Sandbox]:
    """A sandbox with a 0.5 s socket timeout that serves 3 connections at once."""
    config = SandboxConfig(data_dir=tmp_path / "tight", socket_timeout=0.5, max_connections=3)
    with Sandbox(config) as cloud:
        yield cloud


def test_silent_client_is_disconnected_after_the_socket_timeout(tight_sandbox):
    with _connect(tight_sandbox) as conn:
        conn.sendall(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n")  # headers never end
        assert _answer(conn) == b""


def test_idle_keep_alive_connection_is_closed_after_the_socket_timeout(tight_sandbox):
    with _connect(tight_sandbox) as conn:
        conn.sendall(_request("GET", "/", {}))
        answer = _answer(conn)  # the answer, then the close after 0.5 s of silence
    assert answer.startswith(b"HTTP/1.1 403 ")
    assert b"Connection: close" not in answer


def _slots_free(sandbox: Sandbox) -> Iterator[bytes]:
    """Answers to fresh requests, tried until one is served (bounded by the caller)."""
    while True:
        with _connect(sandbox) as conn:
            conn.sendall(_request("GET", "/", {"Connection": "close"}))
            yield _answer(conn)


def test_connections_beyond_the_cap_are_refused_at_once_without_threads(tight_sandbox):
    threads_before = threading.active_count()
    half_open = [_connect(tight_sandbox) for _ in range(3)]
    try:
        for conn in half_open:
            conn.sendall(b"PUT /b/k HTTP/1.1\r\n")
        with _connect(tight_sandbox, timeout=0.4) as extra:  # less than the socket timeout
            answer = _answer(extra)
        assert answer.startswith(b"HTTP/1.1 503 ")
        assert threading.active_count() <= threads_before + 3
    finally:
        for conn in half_open:
            conn.close()
    deadline = time.monotonic() + 10
    for answer in _slots_free(tight_sandbox):
        if not answer.startswith(b"HTTP/1.1 503 ") or time.monotonic() > deadline:
            break
    assert answer.startswith(b"HTTP/1.1 403 ")
