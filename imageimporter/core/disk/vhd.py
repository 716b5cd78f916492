"""Microsoft VHD: fixed, dynamic and differencing disks read as the guest sees them.

Facts from Microsoft's "Virtual Hard Disk Image Format Specification" (big-endian): the footer
(``conectix``) ends every VHD and starts sparse ones; sparse disks map blocks (2 MiB usually)
through the Block Allocation Table named by the dynamic header (``cxsparse``). Each allocated
block starts with a sector bitmap: a clear bit means the sector is not in this file (zeros for
a dynamic disk, the parent's sector for a differencing one). A differencing disk names its
parent in up to eight parent locators and records the parent's unique id, which must match.
"""

from __future__ import annotations

import struct
import uuid
from collections.abc import Iterator
from typing import Final
from urllib.parse import unquote, urlparse

from imageimporter.core.disk.facts import damaged
from imageimporter.core.disk.layered import (
    UNALLOCATED,
    BlockMappedImage,
    Location,
    Stored,
    Unallocated,
)
from imageimporter.core.disk.model import DiskImage, Extent, ExtentKind
from imageimporter.core.disk.open import Chain, LayerFile
from imageimporter.core.disk.parents import open_recorded_parent, parent_file_name
from imageimporter.core.disk.raw import RawImage
from imageimporter.core.disk.tables import (
    EntryTable,
    LruCache,
    check_virtual_size,
    check_within,
    sector_run,
)
from imageimporter.core.inspect.vhd import (
    DYNAMIC_COOKIE,
    FOOTER_COOKIE,
    FOOTER_SIZE,
    vhd_checksum,
)
from imageimporter.core.text import Text

FORMAT: Final = "VHD"
SECTOR: Final = 512
_FIXED, _DYNAMIC, _DIFFERENCING = 2, 3, 4
_UNALLOCATED: Final = 0xFFFF_FFFF
_MAX_BLOCK_SIZE: Final = 256 * 1024 * 1024
# CHS geometry at its maximum says "the size did not fit": the footer's size is then the truth.
_MAX_GEOMETRY_SECTORS: Final = 65535 * 16 * 255
# Tools that size a disk by its CHS geometry, not by the footer's current size (as qemu reads).
_CHS_CREATORS: Final = (b"vpc ", b"qemu")
# Parent locator platform codes, in the order they are tried: relative names first. ("Mac "
# locators hold a Mac OS alias record, not a name; "MacX" a file URL.)
_LOCATOR_ORDER: Final = (b"W2ru", b"W2ku", b"MacX")
_KEPT_BITMAPS: Final = 64


def _read_footer(file: LayerFile) -> bytes:
    """The footer: at the end of every VHD; for a sparse disk whose last footer is missing or
    damaged, the copy at the start serves. A footer whose checksum fails is a DiskError."""
    candidates: list[bytes] = []
    if file.size >= FOOTER_SIZE:
        tail = file.pread(file.size - FOOTER_SIZE, FOOTER_SIZE)
        if tail.startswith(FOOTER_COOKIE):
            candidates.append(tail)
        elif tail[1:].startswith(FOOTER_COOKIE):  # old tools wrote 511 bytes
            candidates.append(tail[1:] + b"\0")
    head = file.pread(0, FOOTER_SIZE)
    if len(head) == FOOTER_SIZE and head.startswith(FOOTER_COOKIE):
        (disk_type,) = struct.unpack_from(">I", head, 60)
        if disk_type != _FIXED:
            candidates.append(head)
    if not candidates:
        raise damaged(file, FORMAT, Text.of("its footer cannot be found."))
    for footer in candidates:
        if vhd_checksum(footer, 64) == struct.unpack_from(">I", footer, 64)[0]:
            return footer
    raise damaged(file, FORMAT, Text.of("its footer's checksum does not match."))


def _virtual_size(footer: bytes) -> int:
    """The disk's size as qemu reads it: by CHS geometry for Virtual PC and old qemu images,
    by the footer's current size otherwise (Hyper-V, Disk2vhd, XenServer)."""
    (current_size,) = struct.unpack_from(">Q", footer, 48)
    cylinders, heads, sectors = struct.unpack_from(">HBB", footer, 56)
    chs_sectors = cylinders * heads * sectors
    if footer[28:32] in _CHS_CREATORS and chs_sectors != _MAX_GEOMETRY_SECTORS:
        return int(chs_sectors * SECTOR)
    return int(current_size)


class VhdFixedImage(RawImage):
    """A fixed VHD: the disk's bytes, then the footer."""

    def __init__(self, file: LayerFile, size: int, unique_id: uuid.UUID) -> None:
        super().__init__(file.window(0, size), "vhd")
        self._unique_id = unique_id

    def identity(self) -> uuid.UUID:
        return self._unique_id


class VhdSparseImage(BlockMappedImage):
    """A dynamic or differencing VHD: blocks through the BAT, sectors through each bitmap."""

    def __init__(
        self,
        file: LayerFile,
        *,
        size: int,
        block_size: int,
        table: EntryTable,
        unique_id: uuid.UUID,
        parent: DiskImage | None,
    ) -> None:
        super().__init__(
            format="vhd", size=size, block_size=block_size, files=(file,), parent=parent
        )
        self._unique_id = unique_id
        self._file = file
        self._table = table
        # The bitmap: one bit per sector, padded to whole sectors.
        self._bitmap_size = -(-(block_size // SECTOR) // (8 * SECTOR)) * SECTOR
        self._bitmaps = LruCache(_KEPT_BITMAPS, self._load_bitmap)

    def identity(self) -> uuid.UUID:
        return self._unique_id

    def locate_block(self, block: int) -> Location:
        sector = self._table[block] if block < self._table.count else _UNALLOCATED
        if sector == _UNALLOCATED:
            return UNALLOCATED
        start = sector * SECTOR
        check_within(
            self._file,
            FORMAT,
            start,
            self._bitmap_size + min(self.block_size, self.size - block * self.block_size),
            Text.of("Block {block}", block=block),
        )
        return Stored(self._file, start)

    def locate(self, offset: int) -> tuple[Location, int]:
        block, inner = divmod(offset, self.block_size)
        run_limit = min(self.block_size - inner, self.size - offset)
        location = self.locate_block(block)
        if isinstance(location, Unallocated):
            return location, run_limit
        assert isinstance(location, Stored)
        bitmap = self._bitmaps.get(block)
        present, run = sector_run(bitmap, inner, run_limit, SECTOR, msb_first=True)
        if not present:
            return UNALLOCATED, run
        return Stored(self._file, location.offset + self._bitmap_size + inner), run

    def layer_runs(self) -> Iterator[Extent]:
        # Allocated blocks through their sector bitmaps.
        return self.table_runs(
            self._table,
            _UNALLOCATED,
            lambda _block, sector, _length: (
                ExtentKind.UNALLOCATED if sector == _UNALLOCATED else None
            ),
        )

    def _load_bitmap(self, block: int) -> bytes:
        start = self._table[block] * SECTOR  # where locate_block found the block
        return self._file.read_exact(start, self._bitmap_size, Text.of("A sector bitmap"))
        bitmap = self._file.read_exact(start, self._bitmap_size, Text.of("A sector bitmap"))
        with self._bitmaps_lock:
            self._bitmaps[block] = bitmap
            while len(self._bitmaps) > _KEPT_BITMAPS:
                self._bitmaps.popitem(last=False)
        return bitmap


def _locators(file: LayerFile, header: bytes) -> list[str]:
    """The parent's names from the parent locators, relative ones first, then the name in the
    header (which VHD tools also write) as a last resort next to the child."""
    found: dict[bytes, str] = {}
    for index in range(8):
        code, _space, length, _reserved, offset = struct.unpack_from(
            ">4sIIIQ", header, 576 + index * 24
        )
        if code not in _LOCATOR_ORDER or code in found or not 0 < length <= 64 * 1024:
            continue
        check_within(file, FORMAT, offset, length, Text.of("A parent locator"))
        data = file.pread(offset, length)
        name = _locator_name(code, data)
        if name:
            found[code] = name
    names = [found[code] for code in _LOCATOR_ORDER if code in found]
    header_name = header[64:576].decode("utf-16-be", errors="replace").split("\0", 1)[0]
    if header_name:
        names.append(header_name)
    return names


def _locator_name(code: bytes, data: bytes) -> str:
    if code in (b"W2ru", b"W2ku"):
        name = data.decode("utf-16-le", errors="replace").split("\0", 1)[0]
        return parent_file_name(name, absolute=code == b"W2ku")
    text = data.decode("utf-8", errors="replace").split("\0", 1)[0]
    if text.startswith("file://"):
        return unquote(urlparse(text).path)
    return text


def _open_parent(child: LayerFile, chain: Chain, header: bytes) -> DiskImage:
    return open_recorded_parent(
        child,
        chain,
        FORMAT,
        names=_locators(child, header),
        identities={uuid.UUID(bytes=header[40:56])},
        identity_name=Text.of("unique id"),
    )


def open_vhd(top: LayerFile, chain: Chain) -> DiskImage:
    footer = _read_footer(top)
    (data_offset,) = struct.unpack_from(">Q", footer, 16)
    (disk_type,) = struct.unpack_from(">I", footer, 60)
    size = check_virtual_size(top, FORMAT, _virtual_size(footer))
    unique_id = uuid.UUID(bytes=footer[68:84])
    if disk_type == _FIXED:
        check_within(top, FORMAT, 0, size + FOOTER_SIZE, Text.of("The disk's data"))
        return VhdFixedImage(top, size, unique_id)
    if disk_type not in (_DYNAMIC, _DIFFERENCING):
        raise damaged(
            top,
            FORMAT,
            Text.of("its disk type ({disk_type}) is not one that exists.", disk_type=disk_type),
        )
    check_within(top, FORMAT, data_offset, 1024, Text.of("The dynamic disk header"))
    header = top.read_exact(data_offset, 1024, Text.of("The dynamic disk header"))
    if not header.startswith(DYNAMIC_COOKIE):
        raise damaged(top, FORMAT, Text.of("its dynamic disk header is missing."))
    table_offset, _version, max_entries, block_size, header_checksum = struct.unpack_from(
        ">QIIII", header, 16
    )
    if vhd_checksum(header, 36) != header_checksum:
        raise damaged(top, FORMAT, Text.of("its dynamic disk header's checksum does not match."))
    if not SECTOR <= block_size <= _MAX_BLOCK_SIZE or block_size & (block_size - 1):
        raise damaged(
            top,
            FORMAT,
            Text.of("its block size ({block_size}) is impossible.", block_size=block_size),
        )
    blocks = -(-size // block_size)
    if max_entries < blocks:
        raise damaged(
            top,
            FORMAT,
            Text.of(
                "its block table has {entries} entries, too few for a disk of {size} bytes.",
                entries=max_entries,
                size=size,
            ),
        )
    table = EntryTable(
        top,
        FORMAT,
        table_offset,
        blocks,
        entry_size=4,
        big_endian=True,
        what=Text.of("The block allocation table"),
    )
    parent = _open_parent(top, chain, header) if disk_type == _DIFFERENCING else None
    return VhdSparseImage(
        top, size=size, block_size=block_size, table=table, unique_id=unique_id, parent=parent
    )
