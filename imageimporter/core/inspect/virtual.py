"""The disk as the guest sees it, whatever the container: read guest bytes by guest offset.

Each sparse format maps guest blocks to places in the file through its own tables (qcow2 L1/L2,
VHD BAT, VMDK grain directory, VDI block map, VHDX BAT). A :class:`BlockMappedDisk` only looks
up the blocks a read touches, so reading the first sectors of a 2 TiB image costs the same few
table entries as for a 5 GiB one.
"""

from __future__ import annotations

import struct
from abc import ABC, abstractmethod
from typing import Final, Protocol

from imageimporter.core.inspect.source import ByteSource

# A guest read larger than this is a bug in a caller, not something an image can ask for.
MAX_GUEST_READ: Final = 1024 * 1024


class DiskReadError(Exception):
    """A guest read cannot be served: a table points outside the file, or data is unreadable."""


class CannotReadHere(DiskReadError):
    """The data is valid but this inspector cannot decode it (e.g. zstd without a decoder)."""


class VirtualDisk(Protocol):
    @property
    def size(self) -> int: ...

    def read(self, offset: int, length: int) -> bytes:
        """``length`` guest bytes at ``offset`` (fewer past the end of the disk)."""
        ...


class RawDisk:
    """Guest bytes stored as they are, from ``start`` in a source (raw, fixed VHD, flat VMDK)."""

    def __init__(self, source: ByteSource, size: int, start: int = 0) -> None:
        self._source = source
        self._size = size
        self._start = start

    @property
    def size(self) -> int:
        return self._size

    def read(self, offset: int, length: int) -> bytes:
        if offset < 0 or length <= 0 or offset >= self._size:
            return b""
        length = min(length, self._size - offset, MAX_GUEST_READ)
        data = self._source.read(self._start + offset, length)
        # A file shorter than its disk (a fixed VHD cut short): the missing tail reads as zeros.
        return data + bytes(length - len(data))


class BlockMappedDisk(ABC):
    """A disk split in equal blocks, each either absent (zeros) or somewhere in the file."""

    def __init__(self, source: ByteSource, size: int, block_size: int) -> None:
        if block_size <= 0:
            raise DiskReadError("the block size is zero")
        self._source = source
        self._size = size
        self.block_size = block_size

    @property
    def size(self) -> int:
        return self._size

    def read(self, offset: int, length: int) -> bytes:
        if offset < 0 or length <= 0 or offset >= self._size:
            return b""
        length = min(length, self._size - offset, MAX_GUEST_READ)
        parts: list[bytes] = []
        while length > 0:
            block, inner = divmod(offset, self.block_size)
            count = min(length, self.block_size - inner)
            data = self.read_in_block(block, inner, count)
            if len(data) != count:
                raise DiskReadError(f"block {block} is cut short in the file")
            parts.append(data)
            offset += count
            length -= count
        return b"".join(parts)

    @abstractmethod
    def read_in_block(self, block: int, inner: int, length: int) -> bytes:
        """``length`` bytes at ``inner`` within guest block ``block`` (never crossing it)."""

    # Helpers for subclasses.
    def read_exact(self, offset: int, length: int, what: str) -> bytes:
        if offset < 0 or offset + length > self._source.size:
            raise DiskReadError(f"{what} at offset {offset} lies outside the file")
        data = self._source.read(offset, length)
        if len(data) != length:
            raise DiskReadError(f"{what} at offset {offset} is cut short")
        return data

    def table_entry(self, table_offset: int, index: int, fmt: str, what: str) -> int:
        entry_size = struct.calcsize(fmt)
        raw = self.read_exact(table_offset + index * entry_size, entry_size, what)
        value: int = struct.unpack(fmt, raw)[0]
        return value
