"""Legacy QCOW (version 1) as the guest sees it: L1/L2 tables and zlib compressed clusters.

Facts from QEMU's block/qcow.c. The header is parsed by inspection
(:func:`imageimporter.core.inspect.qcow.parse_qcow1`). Encrypted images are refused.
"""

from __future__ import annotations

import struct
import zlib
from array import array
from typing import Final

from imageimporter.core.disk.facts import damaged, header_facts
from imageimporter.core.disk.layered import (
    UNALLOCATED,
    BlockMappedImage,
    Compressed,
    Location,
    Stored,
)
from imageimporter.core.disk.model import MAX_VIRTUAL_SIZE, DiskError, DiskImage
from imageimporter.core.disk.open import Chain, LayerFile
from imageimporter.core.disk.qcow2 import L2_CACHE_BYTES, MAX_L1_BYTES
from imageimporter.core.disk.tables import TableCache, read_table
from imageimporter.core.inspect.qcow import parse_qcow1
from imageimporter.core.text import Text

FORMAT: Final = "QCOW"
_COMPRESSED_FLAG: Final = 1 << 63
_GEOMETRY: Final = struct.Struct(">QBB")  # size, cluster_bits, l2_bits at byte 24
_L1_OFFSET: Final = struct.Struct(">Q")  # l1_table_offset at byte 40


class QcowImage(BlockMappedImage):
    def __init__(
        self,
        file: LayerFile,
        *,
        size: int,
        cluster_bits: int,
        l2_bits: int,
        l1: array[int],
        parent: DiskImage | None,
    ) -> None:
        super().__init__(
            format="qcow", size=size, block_size=1 << cluster_bits, files=[file], parent=parent
        )
        self._file = file
        self._cluster_bits = cluster_bits
        self._l2_bits = l2_bits
        self._l1 = l1
        self._l2 = TableCache(
            file,
            1 << l2_bits,
            max(2, L2_CACHE_BYTES // (8 << l2_bits)),
            Text.of("An L2 table"),
            big_endian=True,
        )

    def locate_block(self, block: int) -> Location:
        l2_offset = self._l1[block >> self._l2_bits]
        if not l2_offset:
            return UNALLOCATED
        entry = self._l2.table(l2_offset)[block & ((1 << self._l2_bits) - 1)]
        if entry & _COMPRESSED_FLAG:
            offset_bits = 63 - self._cluster_bits
            host = entry & ((1 << offset_bits) - 1)
            length = (entry >> offset_bits) & (self.block_size - 1)
            return Compressed(self._file, host, length)
        if not entry:
            return UNALLOCATED
        if entry % self.block_size:
            raise damaged(
                self._file,
                FORMAT,
                Text.of(
                    "a data cluster at offset {offset} is not aligned to a cluster.", offset=entry
                ),
            )
        return Stored(self._file, entry)

    def inflate(self, data: bytes, location: Compressed) -> bytes:
        try:
            return zlib.decompressobj(-15).decompress(data, self.block_size)
        except zlib.error as exc:
            raise damaged(
                self._file,
                FORMAT,
                Text.of("a compressed cluster does not decompress ({reason}).", reason=str(exc)),
            ) from exc


def open_qcow(top: LayerFile, chain: Chain) -> QcowImage:
    facts = header_facts(top, FORMAT, parse_qcow1)
    if facts.encrypted:
        raise DiskError(
            Text.of("{path} is an encrypted QCOW disk, which cannot be imported.", path=top.path),
            Text.of("Decrypt it first (qemu-img convert with its key) and import the result."),
        )
    size, cluster_bits, l2_bits = _GEOMETRY.unpack(top.read_exact(24, 10, Text.of("The header")))
    (l1_offset,) = _L1_OFFSET.unpack(top.read_exact(40, 8, Text.of("The header")))
    if size > MAX_VIRTUAL_SIZE:
        raise damaged(top, FORMAT, Text.of("its virtual size ({size} bytes) is absurd.", size=size))
    l1_entries = -(-size // (1 << (cluster_bits + l2_bits)))
    if l1_entries * 8 > MAX_L1_BYTES:
        raise damaged(
            top,
            FORMAT,
            Text.of("its L1 table would be {entries} entries long.", entries=l1_entries),
        )
    l1 = read_table(top, l1_offset, l1_entries, Text.of("The L1 table"), big_endian=True)
    parent = None
    if facts.backing_file is not None:
        if facts.backing_file == "(unreadable)":
            raise damaged(
                top, FORMAT, Text.of("the name of its backing file lies outside the file.")
            )
        parent = chain.open_parent(top, facts.backing_file)
    return QcowImage(
        top, size=size, cluster_bits=cluster_bits, l2_bits=l2_bits, l1=l1, parent=parent
    )
