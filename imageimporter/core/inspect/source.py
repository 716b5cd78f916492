"""The only way the inspector touches a file: bounded, counted, positional reads.

Every read goes through :class:`FileSource`, which clamps it to the file, counts it and refuses
to go past a budget. A corrupt header that points the parser at a loop or at terabytes of
tables therefore ends in :class:`ReadBudgetExceeded` (reported as a problem), never in a long
run, and the figures in the report (``reads``, ``bytes_read``) are exact.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Final, Protocol

# Enough for every format's headers and the tables one partition-table lookup walks; far more
# than a healthy image needs (typically 3 to 12 reads, under 200 KiB).
MAX_READS: Final = 256
MAX_BYTES: Final = 8 * 1024 * 1024
# Largest single read a parser may ask for; tables bigger than this are read piecewise.
MAX_READ_LENGTH: Final = 1024 * 1024
# The first bytes of the file are read once and kept: every format's magic lives there.
HEAD_SIZE: Final = 64 * 1024


def pread_all(fd: int, offset: int, length: int) -> bytes:
    """Up to ``length`` bytes at ``offset`` of ``fd``, however many ``os.pread`` calls that
    takes: fewer only where the file ends (it may shrink while it is read). OSError as raised."""
    chunks: list[bytes] = []
    while length > 0:
        chunk = os.pread(fd, length, offset)
        if not chunk:
            break
        chunks.append(chunk)
        offset += len(chunk)
        length -= len(chunk)
    return chunks[0] if len(chunks) == 1 else b"".join(chunks)


class ReadBudgetExceeded(Exception):
    """The image asked for more reads than a sane image of any format needs."""


class ByteSource(Protocol):
    """Bytes addressed by offset: a file, a slice of a file, or bytes in memory."""

    @property
    def size(self) -> int: ...

    def read(self, offset: int, length: int) -> bytes:
        """Up to ``length`` bytes at ``offset``; fewer (or none) past the end, never an error."""
        ...


@dataclass
class ReadStats:
    """What the inspection cost, and what it may still spend."""

    reads: int = 0
    bytes_read: int = 0
    max_reads: int = MAX_READS
    max_bytes: int = MAX_BYTES

    def charge(self, length: int) -> None:
        if self.reads + 1 > self.max_reads or self.bytes_read + length > self.max_bytes:
            raise ReadBudgetExceeded(
                f"more than {self.max_reads} reads or {self.max_bytes} bytes needed"
            )
        self.reads += 1
        self.bytes_read += length


class FileSource:
    """An open file read with ``os.pread``; keeps the first :data:`HEAD_SIZE` bytes."""

    def __init__(self, fd: int, size: int, stats: ReadStats) -> None:
        self._fd = fd
        self._size = size
        self.stats = stats
        self._head: bytes | None = None

    @property
    def size(self) -> int:
        return self._size

    def read(self, offset: int, length: int) -> bytes:
        if offset < 0 or length <= 0 or offset >= self._size:
            return b""
        length = min(length, self._size - offset, MAX_READ_LENGTH)
        head = self._head
        if head is not None and offset + length <= len(head):
            return head[offset : offset + length]
        if offset == 0 and head is None and length <= HEAD_SIZE:
            # Whatever the first request, read the whole head once: the next parsers need it.
            self._head = self._pread(0, min(HEAD_SIZE, self._size))
            return self._head[:length]
        return self._pread(offset, length)

    def _pread(self, offset: int, length: int) -> bytes:
        self.stats.charge(length)
        return pread_all(self._fd, offset, length)


class MemorySource:
    """Bytes already in memory (a decompressed prefix, a test fixture)."""

    def __init__(self, data: bytes, size: int | None = None) -> None:
        self._data = data
        self._size = len(data) if size is None else size

    @property
    def size(self) -> int:
        return self._size

    def read(self, offset: int, length: int) -> bytes:
        if offset < 0 or length <= 0:
            return b""
        return self._data[offset : offset + length]


class SliceSource:
    """A window of another source (a tar member, an extent at an offset)."""

    def __init__(self, base: ByteSource, start: int, size: int) -> None:
        self._base = base
        self._start = start
        self._size = max(0, min(size, base.size - start))

    @property
    def size(self) -> int:
        return self._size

    def read(self, offset: int, length: int) -> bytes:
        if offset < 0 or length <= 0 or offset >= self._size:
            return b""
        return self._base.read(self._start + offset, min(length, self._size - offset))
