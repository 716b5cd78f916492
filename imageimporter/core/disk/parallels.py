"""Parallels: the ``.hds`` data file of a Parallels Desktop disk read as the guest sees it.

Facts from qemu's ``docs/interop/parallels.txt`` (little-endian): a 64-byte header, then the
Block Allocation Table of 32-bit entries, one per cluster of ``tracks`` sectors; zero means not
allocated. Images with the old magic ``WithoutFreeSpace`` count BAT offsets in sectors, those
with ``WithouFreSpacExt`` in clusters.
"""

from __future__ import annotations

import struct
from collections.abc import Iterator
from typing import Final

from imageimporter.core.disk.facts import damaged
from imageimporter.core.disk.layered import UNALLOCATED, BlockMappedImage, Location, Stored
from imageimporter.core.disk.model import DiskImage, Extent, ExtentKind
from imageimporter.core.disk.open import Chain, LayerFile
from imageimporter.core.disk.tables import (
    EntryTable,
    check_virtual_size,
    check_within,
)
from imageimporter.core.inspect.other import PARALLELS_MAGICS
from imageimporter.core.text import Text

FORMAT: Final = "Parallels"
SECTOR: Final = 512
_HEADER_SIZE: Final = 64
_VERSION: Final = 2
_MAX_CLUSTER_SECTORS: Final = 1 << 17  # 64 MiB


class ParallelsImage(BlockMappedImage):
    def __init__(
        self, file: LayerFile, *, size: int, cluster_size: int, bat: EntryTable, multiplier: int
    ) -> None:
        super().__init__(format="parallels", size=size, block_size=cluster_size, files=(file,))
        self._file = file
        self._bat = bat
        self._multiplier = multiplier

    def locate(self, offset: int) -> tuple[Location, int]:
        if offset // self.block_size >= self._bat.count:
            # Past a short BAT (a hostile header can make it tiny): nothing, to the end at once.
            return UNALLOCATED, self.size - offset
        return super().locate(offset)

    def locate_block(self, block: int) -> Location:
        entry = self._bat[block]
        if not entry:
            return UNALLOCATED
        start = entry * self._multiplier * SECTOR
        length = min(self.block_size, self.size - block * self.block_size)
        check_within(self._file, FORMAT, start, length, Text.of("Cluster {block}", block=block))
        return Stored(self._file, start)

    def layer_runs(self) -> Iterator[Extent]:
        end_sector = self._file.size // SECTOR

        def kind(block: int, entry: int, length: int) -> ExtentKind:
            if not entry:
                return ExtentKind.UNALLOCATED
            if entry * self._multiplier + length // SECTOR > end_sector:
                self.locate_block(block)  # says which cluster lies beyond the end
            return ExtentKind.DATA

        return self.table_runs(self._bat, 0, kind)


def open_parallels(top: LayerFile, chain: Chain) -> DiskImage:
    del chain  # Parallels disks read here have no parent
    head = top.pread(0, _HEADER_SIZE)
    if len(head) < _HEADER_SIZE:
        raise damaged(top, FORMAT, Text.of("its header is cut short."))
    magic = head[:16]
    if magic not in PARALLELS_MAGICS:
        raise damaged(top, FORMAT, Text.of("its signature is missing."))
    version, _heads, _cylinders, tracks, bat_entries, sectors = struct.unpack_from(
        "<IIIIIQ", head, 16
    )
    if version != _VERSION:
        raise damaged(top, FORMAT, Text.of("its version ({version}) is unknown.", version=version))
    if not 1 <= tracks <= _MAX_CLUSTER_SECTORS:
        raise damaged(top, FORMAT, Text.of("its cluster size is impossible."))
    old_style = magic == PARALLELS_MAGICS[0]
    if old_style:
        sectors &= 0xFFFF_FFFF  # the old format had 32 bits for it
    size = check_virtual_size(top, FORMAT, sectors * SECTOR)
    cluster_size = tracks * SECTOR
    entries = min(bat_entries, -(-size // cluster_size))
    bat = EntryTable(
        top,
        FORMAT,
        _HEADER_SIZE,
        entries,
        entry_size=4,
        big_endian=False,
        what=Text.of("The block allocation table"),
    )
    return ParallelsImage(
        top,
        size=size,
        cluster_size=cluster_size,
        bat=bat,
        multiplier=1 if old_style else tracks,
    )
