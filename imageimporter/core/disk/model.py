"""The one interface every virtual-disk reader offers, and the upload source it feeds.

A :class:`DiskImage` is the disk as the guest sees it, whatever the container: its virtual
size, guest bytes by guest offset, and an allocation map read from the container's own tables
(for RAW, from SEEK_DATA/SEEK_HOLE). Conversion (the QCOW2 stream), guest inspection and the
upload all read disks through it and nothing else.

Everything here is Qt-free and SDK-free. Errors are :class:`DiskError` values with words for
people; a damaged or hostile file is a ``DiskError``, never another exception, a hang or an
unbounded allocation.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Final, Protocol

from imageimporter.core.errors import AppError

# A guest read larger than this is a bug in a caller, not something an image can ask for.
MAX_DISK_READ: Final = 16 * 1024 * 1024
# The largest virtual disk any reader accepts: VHDX's own limit, 32 times ECS's. A header
# claiming more is damaged or hostile.
MAX_VIRTUAL_SIZE: Final = 64 * 1024**4


class DiskError(AppError):
    """A disk cannot be opened or read: damaged tables, a missing parent, an encrypted disk."""


class ExtentKind(StrEnum):
    DATA = "data"  # stored in some file of the chain (may still hold zeros)
    ZERO = "zero"  # the container says these bytes read as zeros (a zero flag, a hole)
    UNALLOCATED = "unallocated"  # not in this layer: read through the parent, zeros without one


@dataclass(frozen=True)
class Extent:
    """``length`` guest bytes from ``offset``, all of one kind."""

    offset: int
    length: int
    kind: ExtentKind

    @property
    def end(self) -> int:
        return self.offset + self.length


@dataclass(frozen=True)
class FileStamp:
    """Who a file of a disk's chain is: compared before and after use to notice a change."""

    path: str
    size: int
    mtime_ns: int
    inode: int

    def to_json(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "size": self.size,
            "mtime_ns": self.mtime_ns,
            "inode": self.inode,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> FileStamp:
        return cls(str(data["path"]), int(data["size"]), int(data["mtime_ns"]), int(data["inode"]))


def read_length(offset: int, length: int, size: int) -> int:
    """How many bytes a :meth:`DiskImage.read` of ``length`` at ``offset`` of a disk of
    ``size`` bytes returns; ValueError for a read no caller may ask for (a bug, not an image)."""
    if offset < 0 or length < 0:
        raise ValueError(f"a read at {offset} of {length} bytes")
    if length > MAX_DISK_READ:
        raise ValueError(f"a read of {length} bytes is more than {MAX_DISK_READ}")
    return max(0, min(length, size - offset))


class DiskImage(Protocol):
    """A virtual disk opened for reading. Thread-safe reads; ``close()`` when done."""

    @property
    def format(self) -> str:
        """The container format of the top layer (``raw``, ``qcow2``, ``vmdk``, ...)."""
        ...

    @property
    def size(self) -> int:
        """The virtual size in bytes."""
        ...

    @property
    def sequential_only(self) -> bool:
        """True for sources that can only be read front to back (``.xz``, ``.tar.gz``): reads
        must then come in increasing offsets, and a read behind the last one starts over."""
        ...

    def read(self, offset: int, length: int) -> bytes:
        """Exactly ``min(length, size - offset)`` guest bytes at ``offset`` (at most
        :data:`MAX_DISK_READ`); zeros where nothing is stored; ``DiskError`` when the
        container cannot deliver them."""
        ...

    def extents(self) -> Iterator[Extent]:
        """The allocation map of the whole chain, sorted, covering ``[0, size)`` exactly once,
        adjacent extents of one kind merged. ``UNALLOCATED`` only where no layer has data."""
        ...

    def files(self) -> tuple[FileStamp, ...]:
        """Every file this disk reads (the top file first, then extents and parents)."""
        ...

    def close(self) -> None: ...
