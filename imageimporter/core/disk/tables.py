"""What the block-mapped readers share: damage checks, and format tables read from the file.

A format's block table can be large (a 2 TiB VHD has a 4 MiB BAT, a 64 TiB VHDX a 512 MiB one)
and a hostile header can claim any size. Tables are therefore checked against the file once,
then read in pages of :data:`PAGE_BYTES` on demand (:class:`EntryTable`), or, for formats of
many small tables (QCOW2's L2 tables), a few whole tables are kept (:class:`TableCache`):
memory stays bounded whatever the header says, and a read of the first sectors of a huge disk
touches one page.
"""

from __future__ import annotations

import sys
import threading
from array import array
from collections import OrderedDict
from collections.abc import Callable, Iterator
from typing import Final, Generic, TypeVar

from imageimporter.core.disk.facts import damaged
from imageimporter.core.disk.model import MAX_VIRTUAL_SIZE, Extent, ExtentKind
from imageimporter.core.disk.open import LayerFile
from imageimporter.core.limits import TIB
from imageimporter.core.text import Text

PAGE_BYTES: Final = 64 * 1024
_KEPT_PAGES: Final = 16
_TYPECODES: Final = {4: "I", 8: "Q"}

T = TypeVar("T")


def check_virtual_size(file: LayerFile, fmt: str, size: int) -> int:
    if not 0 <= size <= MAX_VIRTUAL_SIZE:
        raise damaged(
            file,
            fmt,
            Text.of(
                "it claims a virtual size of {size} bytes, more than the {limit} TiB any "
                "reader accepts.",
                size=size,
                limit=MAX_VIRTUAL_SIZE // TIB,
            ),
        )
    return size


def check_within(file: LayerFile, fmt: str, offset: int, length: int, what: str) -> None:
    """A DiskError unless ``[offset, offset + length)`` lies inside ``file``."""
    if offset < 0 or length < 0 or offset + length > file.size:
        raise damaged(
            file,
            fmt,
            Text.of(
                "{what} at offset {offset} ({length} bytes) lies beyond the end of the file "
                "({size} bytes).",
                what=what,
                offset=offset,
                length=length,
                size=file.size,
            ),
        )


def read_table(
    file: LayerFile, offset: int, count: int, what: str, typecode: str = "Q", *, big_endian: bool
) -> array[int]:
    """``count`` unsigned entries (``typecode`` "Q" 64-bit, "I" 32-bit) at ``offset`` of
    ``file``, checked against the file: a DiskError naming ``what`` when it does not hold them."""
    table = array(typecode)
    table.frombytes(file.read_exact(offset, count * table.itemsize, what))
    if big_endian != (sys.byteorder == "big"):
        table.byteswap()
    return table


class LruCache(Generic[T]):
    """The last ``capacity`` things loaded by key (tables, pages of one, bitmaps), thread-safe.
    A load runs outside the lock: two threads may load one key at once, and get equal things."""

    def __init__(self, capacity: int, load: Callable[[int], T]) -> None:
        self._capacity = capacity
        self._load = load
        self._kept: OrderedDict[int, T] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: int) -> T:
        with self._lock:
            kept = self._kept.get(key)
            if kept is not None:
                self._kept.move_to_end(key)
                return kept
        loaded = self._load(key)
        with self._lock:
            self._kept[key] = loaded
            while len(self._kept) > self._capacity:
                self._kept.popitem(last=False)
        return loaded


class TableCache:
    """The last few tables of ``entries`` entries read from a file, by offset (thread-safe)."""

    def __init__(
        self,
        file: LayerFile,
        entries: int,
        capacity: int,
        what: str,
        typecode: str = "Q",
        *,
        big_endian: bool,
    ) -> None:
        def load(offset: int) -> array[int]:
            return read_table(file, offset, entries, what, typecode, big_endian=big_endian)

        self._tables = LruCache(capacity, load)

    def table(self, offset: int) -> array[int]:
        return self._tables.get(offset)


class EntryTable:
    """``count`` unsigned entries of ``entry_size`` bytes at ``offset`` of ``file``, read by
    page on demand. Thread-safe."""

    def __init__(
        self,
        file: LayerFile,
        fmt: str,
        offset: int,
        count: int,
        *,
        entry_size: int,
        big_endian: bool,
        what: str,
    ) -> None:
        check_within(file, fmt, offset, count * entry_size, what)
        self.count = count
        self._per_page = PAGE_BYTES // entry_size

        def load(number: int) -> array[int]:
            first = number * self._per_page
            return read_table(
                file,
                offset + first * entry_size,
                min(self._per_page, count - first),
                what,
                _TYPECODES[entry_size],
                big_endian=big_endian,
            )

        self._pages = LruCache(_KEPT_PAGES, load)

    def page(self, number: int) -> array[int]:
        """Entries ``[number * per_page, ...)`` of the table (the last page may be shorter)."""
        return self._pages.get(number)

    def __getitem__(self, index: int) -> int:
        if not 0 <= index < self.count:
            raise IndexError(index)
        number, inner = divmod(index, self._per_page)
        return self.page(number)[inner]

    def pages(self) -> Iterator[tuple[int, array[int]]]:
        """Every page with the index of its first entry, in order."""
        for number in range(-(-self.count // self._per_page)):
            yield number * self._per_page, self.page(number)


def bit_run(bitmap: bytes, first: int, end: int, *, msb_first: bool) -> tuple[bool, int]:
    """The value of bit ``first`` of ``bitmap`` and where the run of that value ends (at most
    ``end``). Whole bytes of one value are skipped at once: a full block's bitmap is 4,096 bits.
    ``msb_first``: bit 7 of byte 0 is bit 0 (VHD); otherwise bit 0 of byte 0 is (VHDX)."""

    def bit(index: int) -> bool:
        shift = 7 - (index & 7) if msb_first else index & 7
        return bool(bitmap[index >> 3] >> shift & 1)

    value = bit(first)
    full = 0xFF if value else 0x00
    position = first + 1
    while position < end:
        if position & 7 == 0 and position + 8 <= end and bitmap[position >> 3] == full:
            position += 8
        elif bit(position) == value:
            position += 1
        else:
            break
    return value, min(position, end)


def sector_run(
    bitmap: bytes, inner: int, limit: int, sector_size: int, *, msb_first: bool
) -> tuple[bool, int]:
    """Whether byte ``inner`` of a block is present by the block's sector ``bitmap``, and for
    how many bytes from it (at most ``limit``) that holds. ``msb_first`` as for :func:`bit_run`."""
    end_sector = -(-(inner + limit) // sector_size)
    present, last = bit_run(bitmap, inner // sector_size, end_sector, msb_first=msb_first)
    return present, min(limit, last * sector_size - inner)


class RunBuilder:
    """Joins consecutive pieces of one kind into extents, without an object per piece: a map
    of a 2 TiB disk of 1 MiB blocks is two million pieces."""

    def __init__(self) -> None:
        self._start = 0
        self._position = 0
        self._kind: ExtentKind | None = None

    def add(self, length: int, kind: ExtentKind) -> Extent | None:
        """Append ``length`` bytes of ``kind``; the extent this closes, if any."""
        if kind is self._kind:
            self._position += length
            return None
        done = self.finish()
        self._kind = kind
        self._start = self._position
        self._position += length
        return done

    def finish(self) -> Extent | None:
        """The extent still open (then none is)."""
        if self._kind is None or self._position == self._start:
            return None
        done = Extent(self._start, self._position - self._start, self._kind)
        self._start = self._position
        self._kind = None
        return done
