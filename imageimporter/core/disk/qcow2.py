"""QCOW2 (v2 and v3) as the guest sees it: L1/L2 tables, zero clusters, compressed clusters.

Facts from QEMU's docs/interop/qcow2.txt. The header is parsed by inspection
(:func:`imageimporter.core.inspect.qcow.parse_qcow2`); this module walks the tables. The L1
table is read once (its size is bounded by qemu's own limit and by the file); L2 tables are read
on demand and kept in a small LRU. Every table and cluster is checked against the file before it
is read, so a damaged image is a :class:`DiskError`, never a huge allocation.

Not read (refused with words): encrypted images (AES or LUKS), an external data file, extended
L2 entries (subclusters), and unknown incompatible features.
"""

from __future__ import annotations

import io
import re
import struct
import sys
import zlib
from array import array
from collections.abc import Iterator
from typing import Final

from imageimporter.core.disk.facts import damaged, header_facts
from imageimporter.core.disk.layered import (
    UNALLOCATED,
    ZERO,
    BlockMappedImage,
    Compressed,
    Location,
    Stored,
    merge_extents,
)
from imageimporter.core.disk.model import (
    MAX_VIRTUAL_SIZE,
    DiskError,
    DiskImage,
    Extent,
    ExtentKind,
)
from imageimporter.core.disk.open import Chain, LayerFile
from imageimporter.core.disk.tables import TableCache, read_table
from imageimporter.core.inspect.qcow import parse_qcow2
from imageimporter.core.text import Text

FORMAT: Final = "QCOW2"
# Bounds that no real image comes near; a header beyond them is damaged or hostile.
MAX_L1_BYTES: Final = 32 * 1024 * 1024  # qemu's QCOW_MAX_L1_SIZE
# The L2 cache holds this many bytes of tables at most (and at least two tables).
L2_CACHE_BYTES: Final = 8 * 1024 * 1024

OFFSET_MASK: Final = 0x00FF_FFFF_FFFF_FE00
COMPRESSED_FLAG: Final = 1 << 62
ZERO_FLAG: Final = 1
_L1_OFFSET_FIELD: Final = struct.Struct(">IQ")  # l1_size, l1_table_offset at byte 36

# Incompatible features that change how data is found; reading past them would be wrong.
_REFUSED_FEATURES: Final = {
    "external_data_file": Text.of("its data is in an external data file."),
    "extended_l2": Text.of("it uses extended L2 entries (subclusters)."),
}
# Features that do not change how data is found.
_HARMLESS_FEATURES: Final = frozenset({"dirty", "corrupt", "compression_type"})


class Qcow2Image(BlockMappedImage):
    def __init__(
        self,
        file: LayerFile,
        *,
        size: int,
        cluster_bits: int,
        l1: array[int],
        zero_flag: bool,
        zstd: bool,
        parent: DiskImage | None,
    ) -> None:
        cluster_size = 1 << cluster_bits
        super().__init__(
            format="qcow2", size=size, block_size=cluster_size, files=[file], parent=parent
        )
        self._file = file
        self._cluster_bits = cluster_bits
        self._l1 = l1
        self._l2_entries = cluster_size // 8
        self._zero_flag = zero_flag
        self._zstd = zstd
        self._l2 = TableCache(
            file,
            self._l2_entries,
            max(2, L2_CACHE_BYTES // cluster_size),
            Text.of("An L2 table"),
            big_endian=True,
        )
        # Compressed cluster descriptor: host offset in the low bits, extra sectors above.
        self._offset_bits = 62 - (cluster_bits - 8)

    def _l2_table(self, l1_index: int) -> array[int] | None:
        l2_offset = self._l1[l1_index] & OFFSET_MASK
        if not l2_offset:
            return None
        if l2_offset % self.block_size:
            raise damaged(
                self._file,
                FORMAT,
                Text.of(
                    "an L2 table at offset {offset} is not aligned to a cluster.", offset=l2_offset
                ),
            )
        return self._l2.table(l2_offset)

    def locate_block(self, block: int) -> Location:
        l1_index, l2_index = divmod(block, self._l2_entries)
        table = self._l2_table(l1_index)
        if table is None:
            return UNALLOCATED
        return self._location(table[l2_index])

    def _location(self, entry: int) -> Location:
        if entry & COMPRESSED_FLAG:
            host = entry & ((1 << self._offset_bits) - 1)
            sectors = ((entry >> self._offset_bits) & ((1 << (self._cluster_bits - 8)) - 1)) + 1
            if host >= self._file.size:
                raise damaged(
                    self._file,
                    FORMAT,
                    Text.of(
                        "a compressed cluster at offset {offset} lies beyond the end of the file.",
                        offset=host,
                    ),
                )
            # The sector count is an upper bound: the last cluster may end before the file does.
            length = min(sectors * 512 - (host & 511), self._file.size - host)
            return Compressed(self._file, host, length)
        if self._zero_flag and entry & ZERO_FLAG:
            return ZERO
        host = entry & OFFSET_MASK
        if not host:
            return UNALLOCATED
        if host % self.block_size:
            raise damaged(
                self._file,
                FORMAT,
                Text.of(
                    "a data cluster at offset {offset} is not aligned to a cluster.", offset=host
                ),
            )
        return Stored(self._file, host)

    def inflate(self, data: bytes, location: Compressed) -> bytes:
        if self._zstd:
            return inflate_zstd(data, self.block_size, self._file)
        return inflate_deflate(data, self.block_size, self._file)

    def layer_runs(self) -> Iterator[Extent]:
        """Whole L2 ranges at once for empty L1 entries, and each table classified with byte
        operations in C (:func:`entry_kinds`): a 2 TiB disk is mapped in a fraction of a
        second, and a hostile L1 pointing many times at one table costs little per entry.

        Entries are only classified here; one that points somewhere impossible is reported
        by :meth:`read` when its bytes are needed.
        """
        per_table = self._l2_entries * self.block_size

        def runs() -> Iterator[Extent]:
            for l1_index in range(len(self._l1)):
                start = l1_index * per_table
                if start >= self.size:
                    return
                table = self._l2_table(l1_index)
                if table is None:
                    yield Extent(start, min(per_table, self.size - start), ExtentKind.UNALLOCATED)
                    continue
                count = min(self._l2_entries, -(-(self.size - start) // self.block_size))
                kinds = entry_kinds(table, count, zero_flag=self._zero_flag)
                for match in _KIND_RUNS.finditer(kinds):
                    offset = start + match.start() * self.block_size
                    end = min(self.size, start + match.end() * self.block_size)
                    yield Extent(offset, end - offset, _KIND_OF_LETTER[match.group()[0]])

        return merge_extents(runs())


_KIND_RUNS: Final = re.compile(rb"U+|Z+|D+")
_KIND_OF_LETTER: Final = {
    ord("U"): ExtentKind.UNALLOCATED,
    ord("Z"): ExtentKind.ZERO,
    ord("D"): ExtentKind.DATA,
}
_BIT6: Final = bytes(value >> 6 & 1 for value in range(256))
_BIT0: Final = bytes(value & 1 for value in range(256))
_NONZERO: Final = bytes(min(value, 1) for value in range(256))
_HIGH7: Final = bytes(value & 0xFE for value in range(256))
# Per entry code: compressed << 2 | zero flag << 1 | has an offset.
_LETTER_OF_CODE: Final = b"UDZZDDDD" + bytes(248)


def entry_kinds(table: array[int], count: int, *, zero_flag: bool) -> bytes:
    """One letter per L2 entry of the first ``count``: ``D`` data (stored or compressed),
    ``Z`` zero cluster, ``U`` unallocated, computed on whole columns of bytes at once."""
    raw = table[:count].tobytes()
    little = sys.byteorder == "little"

    def column(big_endian_index: int) -> bytes:
        """Byte ``big_endian_index`` (0 = most significant) of every entry."""
        return raw[(7 - big_endian_index if little else big_endian_index) :: 8]

    compressed = int.from_bytes(column(0).translate(_BIT6), "big")
    zero = int.from_bytes(column(7).translate(_BIT0), "big") if zero_flag else 0
    offset_bits = int.from_bytes(column(6).translate(_HIGH7), "big")
    for index in range(1, 6):
        offset_bits |= int.from_bytes(column(index), "big")
    has_offset = int.from_bytes(offset_bits.to_bytes(count, "big").translate(_NONZERO), "big")
    # Each byte holds 0 or 1, so shifting the whole number moves no bit into the next byte.
    code = compressed << 2 | zero << 1 | has_offset
    return code.to_bytes(count, "big").translate(_LETTER_OF_CODE)


def inflate_deflate(data: bytes, cluster_size: int, file: LayerFile) -> bytes:
    """A zlib (raw deflate) compressed cluster, never more than ``cluster_size`` bytes."""
    try:
        return zlib.decompressobj(-15).decompress(data, cluster_size)
    except zlib.error as exc:
        raise damaged(
            file,
            FORMAT,
            Text.of("a compressed cluster does not decompress ({reason}).", reason=str(exc)),
        ) from exc


def inflate_zstd(data: bytes, cluster_size: int, file: LayerFile) -> bytes:
    """A zstd compressed cluster, never more than ``cluster_size`` bytes (whatever the frame
    claims: it is read as a stream and cut)."""
    import zstandard

    try:
        reader = zstandard.ZstdDecompressor().stream_reader(
            io.BytesIO(data), read_across_frames=True
        )
        parts: list[bytes] = []
        remaining = cluster_size
        while remaining:
            chunk = reader.read(remaining)
            if not chunk:
                break
            parts.append(chunk)
            remaining -= len(chunk)
        return b"".join(parts)
    except zstandard.ZstdError as exc:
        raise damaged(
            file,
            FORMAT,
            Text.of("a compressed cluster does not decompress ({reason}).", reason=str(exc)),
        ) from exc


def open_qcow2(top: LayerFile, chain: Chain) -> Qcow2Image:
    facts = header_facts(top, FORMAT, parse_qcow2)
    assert facts.cluster_size is not None and facts.virtual_size is not None
    if facts.encrypted:
        raise DiskError(
            Text.of("{path} is an encrypted QCOW2 disk, which cannot be imported.", path=top.path),
            Text.of("Decrypt it first (qemu-img convert with its key) and import the result."),
        )
    for feature in facts.incompatible_features:
        if feature in _REFUSED_FEATURES:
            raise DiskError(
                Text.of(
                    "{path} cannot be read: {reason}",
                    path=top.path,
                    reason=_REFUSED_FEATURES[feature],
                ),
                Text.of("Convert it to a plain QCOW2 with qemu-img convert first."),
            )
        if feature not in _HARMLESS_FEATURES:
            raise DiskError(
                Text.of(
                    "{path} uses the QCOW2 feature {feature}, which cannot be read here.",
                    path=top.path,
                    feature=feature,
                ),
                Text.of("Convert it to a plain QCOW2 with qemu-img convert first."),
            )
    if facts.compression_type not in ("zlib", "zstd"):
        raise damaged(
            top,
            FORMAT,
            Text.of("its compression type is unknown ({kind}).", kind=str(facts.compression_type)),
        )
    size = facts.virtual_size
    cluster_size = facts.cluster_size
    cluster_bits = cluster_size.bit_length() - 1
    if size > MAX_VIRTUAL_SIZE:
        raise damaged(top, FORMAT, Text.of("its virtual size ({size} bytes) is absurd.", size=size))
    l1_size, l1_offset = _L1_OFFSET_FIELD.unpack(top.read_exact(36, 12, Text.of("The header")))
    per_l1_entry = cluster_size * (cluster_size // 8)
    needed = -(-size // per_l1_entry)
    if l1_size < needed or needed * 8 > MAX_L1_BYTES:
        raise damaged(
            top,
            FORMAT,
            Text.of(
                "its L1 table has {entries} entries where {needed} are needed.",
                entries=l1_size,
                needed=needed,
            ),
        )
    if needed and l1_offset % cluster_size:
        raise damaged(top, FORMAT, Text.of("its L1 table is not aligned to a cluster."))
    l1 = read_table(top, l1_offset, needed, Text.of("The L1 table"), big_endian=True)
    parent = None
    if facts.backing_file is not None:
        if facts.backing_file == "(unreadable name)":
            raise damaged(
                top, FORMAT, Text.of("the name of its backing file lies outside the file.")
            )
        parent = chain.open_parent(top, facts.backing_file, facts.backing_format)
    return Qcow2Image(
        top,
        size=size,
        cluster_bits=cluster_bits,
        l1=l1,
        zero_flag=facts.version == 3,
        zstd=facts.compression_type == "zstd",
        parent=parent,
    )
