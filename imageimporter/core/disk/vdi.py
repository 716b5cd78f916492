"""VirtualBox VDI: dynamic and fixed disks read as the guest sees them.

Facts from VirtualBox's ``VDICore.h`` (little-endian): a header at 0x40 and a block map of 32-bit
block numbers, one per guest block; ``0xFFFFFFFF`` means not allocated, ``0xFFFFFFFE`` zeros.
Block ``n`` of the file is at ``offset_data + n * (block_size + block_extra)``, its guest bytes
after ``block_extra`` bytes of per-block data. Differencing VDIs name their parent only by UUID
(VirtualBox's media registry knows the file), so they are refused with words.
"""

from __future__ import annotations

import struct
from collections.abc import Iterator
from typing import Final

from imageimporter.core.disk.facts import damaged
from imageimporter.core.disk.layered import UNALLOCATED, ZERO, BlockMappedImage, Location, Stored
from imageimporter.core.disk.model import DiskError, DiskImage, Extent, ExtentKind
from imageimporter.core.disk.open import Chain, LayerFile, shown
from imageimporter.core.disk.tables import (
    EntryTable,
    check_virtual_size,
    check_within,
)
from imageimporter.core.inspect.vdi import IMAGE_TYPES, SIGNATURE, SIGNATURE_OFFSET
from imageimporter.core.text import Text

FORMAT: Final = "VDI"
_HEADER_SIZE: Final = 0x200
_UNALLOCATED: Final = 0xFFFF_FFFF
_ZERO: Final = 0xFFFF_FFFE
_MAX_BLOCK_SIZE: Final = 256 * 1024 * 1024


class VdiImage(BlockMappedImage):
    def __init__(
        self,
        file: LayerFile,
        *,
        size: int,
        block_size: int,
        block_extra: int,
        offset_data: int,
        block_map: EntryTable,
    ) -> None:
        super().__init__(format="vdi", size=size, block_size=block_size, files=(file,))
        self._file = file
        self._block_extra = block_extra
        self._offset_data = offset_data
        self._map = block_map

    def locate_block(self, block: int) -> Location:
        number = self._map[block]
        if number == _UNALLOCATED:
            return UNALLOCATED
        if number == _ZERO:
            return ZERO
        start = self._offset_data + number * (self.block_size + self._block_extra)
        start += self._block_extra
        length = min(self.block_size, self.size - block * self.block_size)
        check_within(self._file, FORMAT, start, length, Text.of("Block {block}", block=block))
        return Stored(self._file, start)

    def layer_runs(self) -> Iterator[Extent]:
        end_of_data = self._file.size - self._offset_data - self._block_extra
        stride = self.block_size + self._block_extra

        def kind(block: int, number: int, length: int) -> ExtentKind:
            if number == _UNALLOCATED:
                return ExtentKind.UNALLOCATED
            if number == _ZERO:
                return ExtentKind.ZERO
            if number * stride + length > end_of_data:
                self.locate_block(block)  # says which block lies beyond the end
            return ExtentKind.DATA

        return self.table_runs(self._map, _UNALLOCATED, kind)


def open_vdi(top: LayerFile, chain: Chain) -> DiskImage:
    del chain  # a VDI that could have a parent is refused
    head = top.pread(0, _HEADER_SIZE)
    if len(head) < 0x1C8:
        raise damaged(top, FORMAT, Text.of("its header is cut short."))
    signature, version = struct.unpack_from("<II", head, SIGNATURE_OFFSET)
    if signature != SIGNATURE:
        raise damaged(top, FORMAT, Text.of("its signature is missing."))
    if version >> 16 != 1:
        raise damaged(
            top,
            FORMAT,
            Text.of("its version ({version}) is not one that can be read.", version=version >> 16),
        )
    (image_type,) = struct.unpack_from("<I", head, 0x4C)
    kind = IMAGE_TYPES.get(image_type)
    if kind is None:
        raise damaged(
            top,
            FORMAT,
            Text.of("its image type ({image_type}) is not one that exists.", image_type=image_type),
        )
    if kind in ("differencing", "undo"):
        raise DiskError(
            Text.of(
                "{path} is a VirtualBox snapshot (a differencing VDI): it holds only the changes "
                "since the snapshot, and names its parent only inside VirtualBox.",
                path=shown(top.path),
            ),
            Text.of(
                "VirtualBox snapshots: clone the disk in VirtualBox first (VBoxManage "
                "clonemedium disk SNAPSHOT.vdi full.vdi), then import the clone."
            ),
        )
    offset_blocks, offset_data = struct.unpack_from("<II", head, 0x154)
    disk_size, block_size, block_extra, blocks = struct.unpack_from("<QIII", head, 0x170)
    size = check_virtual_size(top, FORMAT, disk_size)
    if not 512 <= block_size <= _MAX_BLOCK_SIZE or block_size & (block_size - 1):
        raise damaged(
            top,
            FORMAT,
            Text.of("its block size ({block_size}) is impossible.", block_size=block_size),
        )
    if block_extra >= block_size:
        raise damaged(top, FORMAT, Text.of("its per-block data is larger than a block."))
    needed = -(-size // block_size)
    if blocks < needed:
        raise damaged(
            top,
            FORMAT,
            Text.of(
                "its block map has {entries} entries, too few for a disk of {size} bytes.",
                entries=blocks,
                size=size,
            ),
        )
    block_map = EntryTable(
        top,
        FORMAT,
        offset_blocks,
        needed,
        entry_size=4,
        big_endian=False,
        what=Text.of("The block map"),
    )
    return VdiImage(
        top,
        size=size,
        block_size=block_size,
        block_extra=block_extra,
        offset_data=offset_data,
        block_map=block_map,
    )
