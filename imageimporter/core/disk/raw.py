"""RAW disks: the file is the disk; the file system's holes are its zero ranges.

The allocation map comes from ``SEEK_DATA``/``SEEK_HOLE``: data ranges are DATA (they may still
hold zeros: :func:`is_zero` tells, at memcmp speed), holes are ZERO. Where the file system or the
platform cannot tell, the whole file is DATA.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Iterator
from typing import Final

from imageimporter.core.disk.model import (
    MAX_DISK_READ,
    DiskError,
    Extent,
    ExtentKind,
    FileStamp,
    read_length,
)
from imageimporter.core.disk.open import Chain, LayerFile
from imageimporter.core.text import Text

# Compared against with one memcmp. bytes(n) is calloc'ed: untouched zero pages cost no memory.
_ZEROS: Final = bytes(MAX_DISK_READ)


def is_zero(buf: bytes | bytearray | memoryview) -> bool:
    """Whether every byte of ``buf`` is zero, compared in C (no per-byte Python)."""
    if isinstance(buf, memoryview):
        buf = bytes(buf)  # memoryview comparison goes item by item; bytes compare with memcmp
    size = len(buf)
    if size == len(_ZEROS):
        return buf == _ZEROS
    if size < len(_ZEROS):
        return buf == _ZEROS[:size]
    return all(
        buf[start : start + len(_ZEROS)] == _ZEROS[: min(len(_ZEROS), size - start)]
        for start in range(0, size, len(_ZEROS))
    )


class RawImage:
    """A file (or a window of one) read as the disk itself."""

    def __init__(self, file: LayerFile, format: str = "raw") -> None:
        self._file = file
        self._format = format

    @property
    def format(self) -> str:
        return self._format

    @property
    def size(self) -> int:
        return self._file.size

    @property
    def sequential_only(self) -> bool:
        return False

    def read(self, offset: int, length: int) -> bytes:
        length = read_length(offset, length, self.size)
        if length == 0:
            return b""
        return self._file.read_exact(offset, length, Text.of("Data"))

    def extents(self) -> Iterator[Extent]:
        runs = _seek_runs(self._file)
        if runs is None:
            if self.size:
                yield Extent(0, self.size, ExtentKind.DATA)
            return
        yield from runs

    def files(self) -> tuple[FileStamp, ...]:
        return (self._file.stamp,)

    def close(self) -> None:
        """Nothing to release: the chain owns the file."""


def _seek(fd: int, offset: int, whence: int) -> int | None:
    """``lseek``; None past the last data (ENXIO)."""
    try:
        return os.lseek(fd, offset, whence)
    except OSError as exc:
        if exc.errno == errno.ENXIO:
            return None
        raise


def _seek_runs(file: LayerFile) -> Iterator[Extent] | None:
    """DATA and ZERO runs of ``file`` from SEEK_DATA/SEEK_HOLE; None where they do not work."""
    seek_data = getattr(os, "SEEK_DATA", None)
    seek_hole = getattr(os, "SEEK_HOLE", None)
    if seek_data is None or seek_hole is None:
        return None
    start, size = file.start, file.size
    try:
        # A probe: some file systems (and platforms) refuse these whence values.
        _seek(file.fd, start, seek_data)
    except OSError as exc:
        if exc.errno in (errno.EINVAL, errno.EOPNOTSUPP, errno.ENOTSUP):
            return None
        raise _unreadable(file, exc) from exc

    def runs() -> Iterator[Extent]:
        position = 0
        while position < size:
            try:
                data = _seek(file.fd, start + position, seek_data)
                data_at = size if data is None else min(size, max(position, data - start))
                if data_at > position:
                    yield Extent(position, data_at - position, ExtentKind.ZERO)
                if data_at >= size:
                    return
                hole = _seek(file.fd, start + data_at, seek_hole)
            except OSError as exc:
                raise _unreadable(file, exc) from exc
            hole_at = size if hole is None else min(size, max(data_at, hole - start))
            if hole_at <= data_at:  # the file changed under us; take the rest as data
                hole_at = size
            yield Extent(data_at, hole_at - data_at, ExtentKind.DATA)
            position = hole_at

    return runs()


def _unreadable(file: LayerFile, exc: OSError) -> DiskError:
    return DiskError(
        Text.of("Cannot read {path}: {reason}.", path=file.path, reason=exc.strerror),
        Text.of("Check that the disk holding it is still attached and readable."),
    )


def open_raw(top: LayerFile, chain: Chain) -> RawImage:
    """The reader of RAW disks (``chain`` is not needed: a RAW disk has no parent)."""
    del chain
    return RawImage(top)
