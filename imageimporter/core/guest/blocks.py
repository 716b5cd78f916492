"""Byte ranges inside a disk (a partition, a logical volume) and a file object over one.

Filesystem readers see a partition as a file of its own: :class:`RegionFile` turns a
:class:`Region` into the ``read``/``seek``/``tell`` object the libyal readers open. Every guest
byte goes through :class:`GuestDisk`, which turns disk failures into :class:`GuestReadError`.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final, Protocol

from imageimporter.core.disk.model import MAX_DISK_READ, DiskError, DiskImage
from imageimporter.core.text import Text

# A single read a filesystem reader may ask for; libyal reads a block or a cluster at a time.
_MAX_REGION_READ: Final = 64 * 1024 * 1024


class GuestReadError(Exception):
    """Part of the guest cannot be read; ``reason`` says why, in words for people."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class Region(Protocol):
    """Bytes addressed from 0: a whole disk, a partition, a logical volume."""

    @property
    def size(self) -> int: ...

    def read(self, offset: int, length: int) -> bytes: ...


class GuestDisk:
    """A :class:`DiskImage` read in pieces the disk accepts, its errors as GuestReadError."""

    def __init__(self, disk: DiskImage) -> None:
        self._disk = disk

    @property
    def size(self) -> int:
        return self._disk.size

    def read(self, offset: int, length: int) -> bytes:
        if offset < 0 or length <= 0 or offset >= self._disk.size:
            return b""
        length = min(length, self._disk.size - offset)
        parts = []
        try:
            while length > 0:
                step = min(length, MAX_DISK_READ)
                data = self._disk.read(offset, step)
                if not data:
                    break
                parts.append(data)
                offset += len(data)
                length -= len(data)
        except DiskError as exc:
            raise GuestReadError(exc.message) from exc
        return b"".join(parts)


@dataclass(frozen=True)
class Window:
    """``size`` bytes of ``base`` from ``start`` (a partition of a disk)."""

    base: Region
    start: int
    size: int

    def read(self, offset: int, length: int) -> bytes:
        if offset < 0 or length <= 0 or offset >= self.size:
            return b""
        return self.base.read(self.start + offset, min(length, self.size - offset))


@dataclass(frozen=True)
class Segment:
    """``length`` bytes of a mapped region at ``offset`` come from ``base`` at ``base_offset``."""

    offset: int
    length: int
    base: Region
    base_offset: int


class MappedRegion:
    """A region stitched from segments of others (a linear logical volume); gaps read as zeros."""

    def __init__(self, size: int, segments: Sequence[Segment]) -> None:
        self._size = size
        self._segments = sorted(segments, key=lambda s: s.offset)

    @property
    def size(self) -> int:
        return self._size

    def read(self, offset: int, length: int) -> bytes:
        if offset < 0 or length <= 0 or offset >= self._size:
            return b""
        end = min(offset + length, self._size)
        out = bytearray(end - offset)
        for segment in self._segments:
            lo = max(offset, segment.offset)
            hi = min(end, segment.offset + segment.length)
            if lo < hi:
                data = segment.base.read(segment.base_offset + lo - segment.offset, hi - lo)
                out[lo - offset : lo - offset + len(data)] = data
        return bytes(out)


class RegionFile:
    """A read-only, seekable file object over a region, for readers that want one."""

    def __init__(self, region: Region) -> None:
        self._region = region
        self._position = 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def get_size(self) -> int:
        return self._region.size

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._position, io.SEEK_END: self._region.size}
        position = base[whence] + offset
        if position < 0:
            raise OSError(Text.of("A seek before the start of the volume."))
        self._position = position
        return position

    def tell(self) -> int:
        return self._position

    def read(self, size: int = -1) -> bytes:
        if size < 0:
            size = self._region.size - self._position
        size = min(size, _MAX_REGION_READ)
        try:
            data = self._region.read(self._position, size)
        except GuestReadError as exc:
            raise OSError(exc.reason) from exc
        self._position += len(data)
        return data
