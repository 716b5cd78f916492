"""QED as the guest sees it: a two-level table of little-endian cluster offsets.

Facts from QEMU's docs/interop/qed_spec.txt. The header is parsed by inspection
(:func:`imageimporter.core.inspect.qcow.parse_qed`). An L2 entry of 1 is a zero cluster.
"""

from __future__ import annotations

import struct
from array import array
from typing import Final

from imageimporter.core.disk.facts import damaged, header_facts
from imageimporter.core.disk.layered import (
    UNALLOCATED,
    ZERO,
    BlockMappedImage,
    Location,
    Stored,
)
from imageimporter.core.disk.model import MAX_VIRTUAL_SIZE, DiskImage
from imageimporter.core.disk.open import Chain, LayerFile
from imageimporter.core.disk.qcow2 import L2_CACHE_BYTES
from imageimporter.core.disk.tables import TableCache, read_table
from imageimporter.core.inspect.qcow import parse_qed
from imageimporter.core.text import Text

FORMAT: Final = "QED"
_ZERO_CLUSTER: Final = 1
# The backing file is raw: do not probe its format (QED_F_BACKING_FORMAT_NO_PROBE).
_FEATURE_BACKING_RAW: Final = 4
_TABLES: Final = struct.Struct("<IIIQQQQ")  # cluster_size .. l1_table_offset from byte 4
# The spec allows tables of up to 1 GiB (16 clusters of 64 MiB); qemu makes 256 KiB ones.
# Larger than this is refused rather than held in memory.
MAX_TABLE_BYTES: Final = 32 * 1024 * 1024


class QedImage(BlockMappedImage):
    def __init__(
        self,
        file: LayerFile,
        *,
        size: int,
        cluster_size: int,
        table_entries: int,
        l1: array[int],
        parent: DiskImage | None,
    ) -> None:
        super().__init__(
            format="qed", size=size, block_size=cluster_size, files=[file], parent=parent
        )
        self._file = file
        self._entries = table_entries
        self._l1 = l1
        self._l2 = TableCache(
            file,
            table_entries,
            max(2, L2_CACHE_BYTES // (table_entries * 8)),
            Text.of("An L2 table"),
            big_endian=False,
        )

    def _checked(self, offset: int, what: str) -> int:
        if offset % self.block_size or offset >= self._file.size:
            raise damaged(
                self._file,
                FORMAT,
                Text.of(
                    "{what} at offset {offset} is not a cluster of the file.",
                    what=what,
                    offset=offset,
                ),
            )
        return offset

    def locate_block(self, block: int) -> Location:
        l1_index, l2_index = divmod(block, self._entries)
        l2_offset = self._l1[l1_index]
        if not l2_offset:
            return UNALLOCATED
        table = self._l2.table(self._checked(l2_offset, Text.of("An L2 table")))
        entry = table[l2_index]
        if entry == 0:
            return UNALLOCATED
        if entry == _ZERO_CLUSTER:
            return ZERO
        return Stored(self._file, self._checked(entry, Text.of("A data cluster")))


def open_qed(top: LayerFile, chain: Chain) -> QedImage:
    facts = header_facts(top, FORMAT, parse_qed)
    cluster_size, table_size, _header, features, _compat, _autoclear, l1_offset = _TABLES.unpack(
        top.read_exact(4, _TABLES.size, Text.of("The header"))
    )
    size = facts.virtual_size or 0
    if table_size * cluster_size > MAX_TABLE_BYTES:
        raise damaged(
            top,
            FORMAT,
            Text.of(
                "its tables are {size} bytes each, more than this app reads ({limit}).",
                size=table_size * cluster_size,
                limit=MAX_TABLE_BYTES,
            ),
        )
    entries = table_size * cluster_size // 8
    if size > min(MAX_VIRTUAL_SIZE, entries * entries * cluster_size):
        raise damaged(top, FORMAT, Text.of("its virtual size ({size} bytes) is absurd.", size=size))
    if l1_offset % cluster_size:
        raise damaged(top, FORMAT, Text.of("its L1 table is not aligned to a cluster."))
    l1_needed = -(-size // (entries * cluster_size))
    l1 = read_table(top, l1_offset, l1_needed, Text.of("The L1 table"), big_endian=False)
    parent = None
    if facts.backing_file is not None:
        if facts.backing_file == "(unreadable name)":
            raise damaged(
                top, FORMAT, Text.of("the name of its backing file lies outside the file.")
            )
        hint = "raw" if features & _FEATURE_BACKING_RAW else None
        parent = chain.open_parent(top, facts.backing_file, hint)
    return QedImage(
        top, size=size, cluster_size=cluster_size, table_entries=entries, l1=l1, parent=parent
    )
