"""What the VHD, VHDX, VMDK, VDI and Parallels readers share: damage words and paged tables.

A format's block table can be large (a 2 TiB VHD has a 4 MiB BAT, a 64 TiB VHDX a 512 MiB one)
and a hostile header can claim any size. Tables are therefore checked against the file once,
then read in pages of :data:`PAGE_BYTES` on demand, and only a few pages are kept: memory stays
bounded whatever the header says, and a read of the first sectors of a huge disk touches one
page.
"""

from __future__ import annotations

import sys
import threading
from array import array
from collections import OrderedDict
from collections.abc import Iterator
from typing import Final

from imageimporter.core.disk.model import DiskError, Extent, ExtentKind
from imageimporter.core.disk.open import LayerFile, shown
from imageimporter.core.limits import TIB
from imageimporter.core.text import Text

# The largest virtual disk any reader accepts: VHDX's own limit, 32 times ECS's.
MAX_VIRTUAL_SIZE: Final = 64 * TIB
PAGE_BYTES: Final = 64 * 1024
_KEPT_PAGES: Final = 16
_TYPECODES: Final = {4: "I", 8: "Q"}


def damaged(file: LayerFile, fmt: str, problem: str) -> DiskError:
    """The error for a file whose structures make no sense; ``problem`` says which."""
    return DiskError(
        Text.of(
            "{path} is a damaged {fmt} image: {problem}",
            path=shown(file.path),
            fmt=fmt,
            problem=problem,
        ),
        Text.of("Use a complete, undamaged copy of the disk image."),
    )


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
        self._file = file
        self._offset = offset
        self.count = count
        self._entry_size = entry_size
        self._typecode = _TYPECODES[entry_size]
        self._swap = big_endian != (sys.byteorder == "big")
        self._what = what
        self._per_page = PAGE_BYTES // entry_size
        self._pages: OrderedDict[int, array[int]] = OrderedDict()
        self._lock = threading.Lock()

    def page(self, number: int) -> array[int]:
        """Entries ``[number * per_page, ...)`` of the table (the last page may be shorter)."""
        with self._lock:
            page = self._pages.get(number)
            if page is not None:
                self._pages.move_to_end(number)
                return page
        first = number * self._per_page
        count = min(self._per_page, self.count - first)
        raw = self._file.read_exact(
            self._offset + first * self._entry_size, count * self._entry_size, self._what
        )
        page = array(self._typecode)
        page.frombytes(raw)
        if self._swap:
            page.byteswap()
        with self._lock:
            self._pages[number] = page
            while len(self._pages) > _KEPT_PAGES:
                self._pages.popitem(last=False)
        return page

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
