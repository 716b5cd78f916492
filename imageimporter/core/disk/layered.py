"""A base for block-mapped formats: the format says where a block lives, the base does the rest.

QCOW2, QCOW, QED, VHD, VHDX, VMDK, VDI and Parallels all split the guest disk in equal blocks
(clusters, grains) and keep a table of where each block is. A subclass of
:class:`BlockMappedImage` answers one question, :meth:`~BlockMappedImage.locate_block`: for block
``i``, is it :class:`Stored` at some offset of some file, :class:`Compressed` there, read as
zeros (:data:`ZERO`), or not in this layer (:data:`UNALLOCATED`)? The base turns that into guest
reads across blocks (one ``pread`` for blocks stored one after another, the parent for
unallocated blocks, zeros without one) and into the allocation map, with the unallocated parts
resolved through the parent's own map.

A format that maps parts of a block (VHD sector bitmaps) overrides :meth:`locate` instead; a
format that can skip empty table ranges quickly overrides :meth:`layer_runs`.
"""

from __future__ import annotations

import threading
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Final

from imageimporter.core.disk.model import (
    DiskError,
    DiskImage,
    Extent,
    ExtentKind,
    FileStamp,
    read_length,
)
from imageimporter.core.disk.open import LayerFile
from imageimporter.core.disk.tables import EntryTable, RunBuilder
from imageimporter.core.text import Text


@dataclass(frozen=True)
class Stored:
    """The bytes are in ``file`` from ``offset`` (for a block: where the block starts)."""

    file: LayerFile
    offset: int


@dataclass(frozen=True)
class Compressed:
    """The whole block is ``length`` compressed bytes in ``file`` at ``offset``; the subclass's
    :meth:`BlockMappedImage.inflate` turns them into the block."""

    file: LayerFile
    offset: int
    length: int


@dataclass(frozen=True)
class Zero:
    """The format says the bytes read as zeros (a zero flag, a discarded block)."""


@dataclass(frozen=True)
class Unallocated:
    """Not in this layer: read through the parent, zeros without one."""


ZERO: Final = Zero()
UNALLOCATED: Final = Unallocated()

Location = Stored | Compressed | Zero | Unallocated


def kind_of(location: Location) -> ExtentKind:
    if isinstance(location, Zero):
        return ExtentKind.ZERO
    if isinstance(location, Unallocated):
        return ExtentKind.UNALLOCATED
    return ExtentKind.DATA


def merge_extents(extents: Iterable[Extent]) -> Iterator[Extent]:
    """Adjacent extents of one kind as one; empty ones dropped."""
    pending: Extent | None = None
    for extent in extents:
        if extent.length <= 0:
            continue
        if pending is not None and pending.kind == extent.kind and pending.end == extent.offset:
            pending = Extent(pending.offset, pending.length + extent.length, pending.kind)
            continue
        if pending is not None:
            yield pending
        pending = extent
    if pending is not None:
        yield pending


def through_parent(own: Iterable[Extent], parent: DiskImage | None, size: int) -> Iterator[Extent]:
    """A layer's map with its UNALLOCATED parts replaced by what the parent's map says there.

    Past the parent's end (a parent smaller than the child) nothing is stored: UNALLOCATED.
    """
    if parent is None:
        yield from merge_extents(own)
        return
    parent_extents = parent.extents()
    current: Extent | None = next(parent_extents, None)

    def resolved() -> Iterator[Extent]:
        nonlocal current
        for extent in own:
            if extent.kind != ExtentKind.UNALLOCATED:
                yield extent
                continue
            position = extent.offset
            while position < extent.end:
                while current is not None and current.end <= position:
                    current = next(parent_extents, None)
                if current is None or current.offset > position:
                    # No parent extent here: past the parent's end.
                    stop = extent.end if current is None else min(extent.end, current.offset)
                    yield Extent(position, stop - position, ExtentKind.UNALLOCATED)
                    position = stop
                    continue
                stop = min(extent.end, current.end)
                yield Extent(position, stop - position, current.kind)
                position = stop

    yield from merge_extents(extent for extent in resolved() if extent.offset < size)


class BlockMappedImage(ABC):
    """A disk split in equal blocks, each stored, compressed, zero or left to the parent.

    Subclasses call ``super().__init__`` with their facts and implement :meth:`locate_block`
    (and :meth:`inflate` if blocks can be compressed). Reads are thread-safe as long as
    ``locate_block`` is (the base keeps only the last inflated block, under a lock).
    """

    def __init__(
        self,
        *,
        format: str,
        size: int,
        block_size: int,
        files: Sequence[LayerFile],
        parent: DiskImage | None = None,
    ) -> None:
        if block_size <= 0:
            raise DiskError(
                Text.of("The {fmt} block size is zero: the image is damaged.", fmt=format)
            )
        self._format = format
        self._size = size
        self.block_size = block_size
        self._files = tuple(files)
        self.parent = parent
        self._inflated_lock = threading.Lock()
        self._inflated: tuple[Compressed, bytes] | None = None

    @property
    def format(self) -> str:
        return self._format

    @property
    def size(self) -> int:
        return self._size

    @property
    def sequential_only(self) -> bool:
        return self.parent.sequential_only if self.parent is not None else False

    # What a subclass says.
    @abstractmethod
    def locate_block(self, block: int) -> Location:
        """Where guest block ``block`` lives. For :class:`Stored`, the offset of the block's
        first byte; a DiskError when the tables are damaged."""

    def inflate(self, data: bytes, location: Compressed) -> bytes:
        """The block's guest bytes from its compressed bytes (formats with compression)."""
        raise DiskError(
            Text.of(
                "The {fmt} image has a compressed block, which it cannot have.", fmt=self.format
            )
        )

    def locate(self, offset: int) -> tuple[Location, int]:
        """Where guest byte ``offset`` lives, and for how many bytes from it that holds.

        A :class:`Stored` answer points at ``offset`` itself; a :class:`Compressed` one at the
        whole block. The run never leaves the block or the disk.
        """
        block, inner = divmod(offset, self.block_size)
        location = self.locate_block(block)
        if isinstance(location, Stored) and inner:
            location = Stored(location.file, location.offset + inner)
        return location, min(self.block_size - inner, self._size - offset)

    def layer_runs(self) -> Iterator[Extent]:
        """This layer's own map (UNALLOCATED not resolved), sorted, covering the disk.

        The default asks :meth:`locate` block by block; formats whose tables tell about many
        blocks at once (an empty L1 entry) override it to be fast on huge sparse disks.
        """
        offset = 0
        while offset < self._size:
            location, run = self.locate(offset)
            yield Extent(offset, run, kind_of(location))
            offset += run

    def table_runs(
        self, table: EntryTable, empty: int, kind: Callable[[int, int, int], ExtentKind | None]
    ) -> Iterator[Extent]:
        """A :meth:`layer_runs` from a table of one entry a block, read a page at a time: a page
        all ``empty`` is one UNALLOCATED step (fast on huge sparse disks); otherwise
        ``kind(block, entry, length)`` is each block's kind, None to ask :meth:`locate` for the
        runs inside the block. Blocks past the end of the table are UNALLOCATED."""
        builder = RunBuilder()
        block_size, size = self.block_size, self._size
        for first, page in table.pages():
            if page.count(empty) == len(page):
                length = min(len(page) * block_size, size - first * block_size)
                if done := builder.add(length, ExtentKind.UNALLOCATED):
                    yield done
                continue
            for block, entry in enumerate(page, first):
                offset = block * block_size
                end = min(offset + block_size, size)
                block_kind = kind(block, entry, end - offset)
                if block_kind is not None:
                    if done := builder.add(end - offset, block_kind):
                        yield done
                    continue
                yield from self.located_runs(builder, offset, end)
        rest = size - table.count * block_size
        if rest > 0 and (done := builder.add(rest, ExtentKind.UNALLOCATED)):
            yield done
        if done := builder.finish():
            yield done

    def located_runs(self, builder: RunBuilder, offset: int, end: int) -> Iterator[Extent]:
        """Guest bytes ``[offset, end)`` as :meth:`locate` finds them, added to ``builder``;
        the extents that closes (for a :meth:`layer_runs` that reads a block's own map)."""
        while offset < end:
            location, run = self.locate(offset)
            if done := builder.add(run, kind_of(location)):
                yield done
            offset += run

    # What the base does.
    def read(self, offset: int, length: int) -> bytes:
        length = read_length(offset, length, self._size)
        parts: list[bytes] = []
        # Pieces stored one after another in one file are read with one pread; pieces left to
        # the parent one after another with one parent read.
        pending_file: LayerFile | None = None
        pending_start = pending_length = 0
        pending_parent: int | None = None
        pending_parent_length = 0

        def flush() -> None:
            nonlocal pending_file, pending_parent
            if pending_file is not None:
                parts.append(
                    pending_file.read_exact(pending_start, pending_length, Text.of("Data"))
                )
                pending_file = None
            if pending_parent is not None:
                parts.append(self._read_parent(pending_parent, pending_parent_length))
                pending_parent = None

        position = offset
        end = offset + length
        while position < end:
            location, run = self.locate(position)
            if run <= 0:
                raise DiskError(Text.of("The {fmt} tables are damaged.", fmt=self.format))
            run = min(run, end - position)
            if isinstance(location, Stored):
                if pending_file is not None and (
                    pending_file is location.file
                    and pending_start + pending_length == location.offset
                ):
                    pending_length += run
                else:
                    flush()
                    pending_file, pending_start, pending_length = (
                        location.file,
                        location.offset,
                        run,
                    )
            elif isinstance(location, Unallocated) and self.parent is not None:
                if (
                    pending_parent is not None
                    and pending_parent + pending_parent_length == position
                ):
                    pending_parent_length += run
                else:
                    flush()
                    pending_parent, pending_parent_length = position, run
            else:
                flush()
                if isinstance(location, Compressed):
                    inner = position % self.block_size
                    parts.append(self._block_of(location)[inner : inner + run])
                else:
                    parts.append(bytes(run))
            position += run
        flush()
        return parts[0] if len(parts) == 1 else b"".join(parts)

    def _read_parent(self, offset: int, length: int) -> bytes:
        assert self.parent is not None
        data = self.parent.read(offset, length) if offset < self.parent.size else b""
        # A parent smaller than its child: the rest reads as zeros (as qemu does).
        return data + bytes(length - len(data)) if len(data) < length else data

    def _block_of(self, location: Compressed) -> bytes:
        with self._inflated_lock:
            if self._inflated is not None and self._inflated[0] == location:
                return self._inflated[1]
        data = location.file.read_exact(
            location.offset, location.length, Text.of("A compressed block")
        )
        block = self.inflate(data, location)
        if len(block) != self.block_size:
            raise DiskError(
                Text.of(
                    "A compressed block of {path} at offset {offset} does not inflate to a "
                    "whole block: the image is damaged.",
                    path=location.file.path,
                    offset=location.offset,
                )
            )
        with self._inflated_lock:
            self._inflated = (location, block)
        return block

    def extents(self) -> Iterator[Extent]:
        return through_parent(self.layer_runs(), self.parent, self._size)

    def files(self) -> tuple[FileStamp, ...]:
        own = tuple(file.stamp for file in self._files)
        return own + (self.parent.files() if self.parent is not None else ())

    def close(self) -> None:
        """Release the parent; the files themselves belong to the chain that opened them."""
        if self.parent is not None:
            self.parent.close()
