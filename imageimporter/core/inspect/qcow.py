"""QEMU's own formats: QCOW2 (v2, v3), legacy QCOW (v1) and QED.

Facts from docs/interop/qcow2.txt and the QED specification in QEMU's repository: big-endian
headers, a two-level table (L1 then L2) mapping guest clusters to host clusters.
"""

from __future__ import annotations

import struct
import zlib
from typing import Final

from imageimporter.core.inspect.model import ContainerFacts, Problem, Severity
from imageimporter.core.inspect.source import ByteSource
from imageimporter.core.inspect.virtual import BlockMappedDisk, CannotReadHere, DiskReadError
from imageimporter.core.text import Text

QCOW_MAGIC: Final = b"QFI\xfb"
QED_MAGIC: Final = b"QED\x00"

_QCOW2_V2_HEADER_LENGTH: Final = 72
_QCOW2_OFFSET_MASK: Final = 0x00FF_FFFF_FFFF_FE00
_QCOW2_COMPRESSED: Final = 1 << 62
_QCOW2_ZERO: Final = 1

# Incompatible feature bits (qcow2.txt, "incompatible_features").
QCOW2_INCOMPATIBLE_FEATURES: Final = {
    0: "dirty",
    1: "corrupt",
    2: "external_data_file",
    3: "compression_type",
    4: "extended_l2",
}
_EXT_END: Final = 0x00000000
_EXT_BACKING_FORMAT: Final = 0xE2792ACA
_EXT_DATA_FILE: Final = 0x44415441
_MAX_HEADER_EXTENSIONS: Final = 64
# The compressed-cluster check looks at this many L2 tables, this much of each: qemu-img
# convert -c compresses every cluster, so the first table tells.
_COMPRESSION_SCAN_L2_TABLES: Final = 2
_COMPRESSION_SCAN_BYTES: Final = 64 * 1024
_COMPRESSION_SCAN_L1_ENTRIES: Final = 4096


def _truncated(facts: ContainerFacts, what: str) -> ContainerFacts:
    facts.problems.append(
        Problem(
            "truncated_header",
            Text.of(
                "The {what} header is cut short: the file is truncated or damaged.",
                what=what,
            ),
        )
    )
    return facts


def _read_name(source: ByteSource, offset: int, size: int) -> str | None:
    """A file name stored in the image (backing file, data file); None if it is out of bounds."""
    if size <= 0 or size > 4096 or offset <= 0 or offset + size > source.size:
        return None
    raw = source.read(offset, size)
    if len(raw) != size:
        return None
    return raw.decode("utf-8", errors="replace")


def parse_qcow2(source: ByteSource) -> ContainerFacts:
    facts = ContainerFacts(format="qcow2")
    head = source.read(0, 4096)
    if len(head) < _QCOW2_V2_HEADER_LENGTH:
        return _truncated(facts, "QCOW2")
    (
        version,
        backing_offset,
        backing_size,
        cluster_bits,
        virtual_size,
        crypt_method,
        l1_size,
        l1_offset,
        _refcount_table_offset,
        _refcount_clusters,
        nb_snapshots,
        _snapshots_offset,
    ) = struct.unpack_from(">IQIIQIIQQIIQ", head, 4)
    facts.version = version
    if version not in (2, 3):
        facts.problems.append(
            Problem(
                "unsupported_version",
                Text.of(
                    "This QCOW2 file says it is version {version}; only versions 2 and 3 exist.",
                    version=version,
                ),
            )
        )
        return facts
    if not 9 <= cluster_bits <= 21:
        facts.problems.append(
            Problem(
                "corrupt_header",
                Text.of(
                    "The QCOW2 cluster size (2^{cluster_bits}) is invalid.",
                    cluster_bits=cluster_bits,
                ),
            )
        )
        return facts
    cluster_size = 1 << cluster_bits
    facts.cluster_size = cluster_size
    facts.virtual_size = virtual_size
    facts.snapshots = nb_snapshots
    facts.encrypted = crypt_method != 0
    header_length = _QCOW2_V2_HEADER_LENGTH
    incompatible = 0
    extended_l2 = False
    if version == 3:
        if len(head) < 104:
            return _truncated(facts, "QCOW2")
        incompatible, _compatible, _autoclear, _refcount_order, header_length = struct.unpack_from(
            ">QQQII", head, 72
        )
        if header_length < 104 or header_length > min(cluster_size, len(head)):
            facts.problems.append(
                Problem("corrupt_header", Text.of("The QCOW2 header length field is invalid."))
            )
            return facts
        if header_length > 104:
            facts.compression_type = {0: "zlib", 1: "zstd"}.get(head[104], f"unknown({head[104]})")
        else:
            facts.compression_type = "zlib"
        names = [
            QCOW2_INCOMPATIBLE_FEATURES.get(bit, f"bit{bit}")
            for bit in range(64)
            if incompatible >> bit & 1
        ]
        facts.incompatible_features = tuple(names)
        extended_l2 = bool(incompatible & (1 << 4))
    else:
        facts.compression_type = "zlib"

    # Header extensions: 8-byte aligned records after the header, ended by type 0.
    position = header_length
    for _ in range(_MAX_HEADER_EXTENSIONS):
        if position + 8 > min(cluster_size, len(head)):
            break
        ext_type, ext_length = struct.unpack_from(">II", head, position)
        if ext_type == _EXT_END:
            break
        data = head[position + 8 : position + 8 + ext_length]
        if ext_type == _EXT_BACKING_FORMAT:
            facts.backing_format = data.decode("utf-8", errors="replace")
        elif ext_type == _EXT_DATA_FILE:
            facts.external_data_file = data.decode("utf-8", errors="replace")
        position += 8 + (ext_length + 7) // 8 * 8

    if backing_offset:
        name = _read_name(source, backing_offset, backing_size)
        if name is None:
            facts.problems.append(
                Problem(
                    "corrupt_header",
                    Text.of(
                        "The QCOW2 header names a backing file, but the name lies outside the file."
                    ),
                )
            )
        facts.backing_file = name if name is not None else "(unreadable name)"

    if "external_data_file" in facts.incompatible_features and facts.external_data_file is None:
        facts.external_data_file = "(name not recorded)"

    l1_bytes = l1_size * 8
    if l1_size and (l1_offset % cluster_size or l1_offset + l1_bytes > source.size):
        facts.problems.append(
            Problem(
                "truncated_image",
                Text.of(
                    "The QCOW2 cluster table lies beyond the end of the file: the file is "
                    "truncated or damaged.",
                ),
            )
        )
        return facts

    entry_size = 16 if extended_l2 else 8
    unknown_incompatible = [n for n in facts.incompatible_features if n.startswith("bit")]
    if facts.encrypted:
        facts.disk_unreadable_reason = "the disk is encrypted"
    elif facts.external_data_file is not None:
        facts.disk_unreadable_reason = "the data is in an external data file"
    elif unknown_incompatible:
        facts.disk_unreadable_reason = "the image uses features this inspector does not know"
    else:
        facts.disk = Qcow2Disk(
            source,
            virtual_size,
            cluster_bits,
            l1_offset,
            l1_size,
            zero_flag=version == 3,
            entry_size=entry_size,
            zstd=facts.compression_type == "zstd",
        )
    facts.compressed = facts.compression_type == "zstd" or _has_compressed_clusters(
        source, l1_offset, l1_size, cluster_size, entry_size
    )
    return facts


def _has_compressed_clusters(
    source: ByteSource, l1_offset: int, l1_size: int, cluster_size: int, entry_size: int
) -> bool:
    """Whether the first allocated L2 tables hold compressed clusters (a bounded sample)."""
    count = min(l1_size, _COMPRESSION_SCAN_L1_ENTRIES)
    l1 = source.read(l1_offset, count * 8)
    tables = 0
    for (entry,) in struct.iter_unpack(">Q", l1[: len(l1) // 8 * 8]):
        l2_offset = entry & _QCOW2_OFFSET_MASK
        if not l2_offset:
            continue
        l2 = source.read(l2_offset, min(cluster_size, _COMPRESSION_SCAN_BYTES))
        # Bit 62 of a big-endian entry is bit 6 of its first byte; test them all at C speed.
        flags = l2[0 : len(l2) // entry_size * entry_size : entry_size].translate(_BIT62_TABLE)
        if flags.count(0) != len(flags):
            return True
        tables += 1
        if tables >= _COMPRESSION_SCAN_L2_TABLES:
            break
    return False


_BIT62_TABLE: Final = bytes(value & 0x40 for value in range(256))


class Qcow2Disk(BlockMappedDisk):
    def __init__(
        self,
        source: ByteSource,
        size: int,
        cluster_bits: int,
        l1_offset: int,
        l1_size: int,
        *,
        zero_flag: bool,
        entry_size: int,
        zstd: bool,
    ) -> None:
        super().__init__(source, size, 1 << cluster_bits)
        self._cluster_bits = cluster_bits
        self._l1_offset = l1_offset
        self._l1_size = l1_size
        self._zero_flag = zero_flag
        self._entry_size = entry_size
        self._l2_entries = (1 << cluster_bits) // entry_size
        self._zstd = zstd

    def read_in_block(self, block: int, inner: int, length: int) -> bytes:
        l1_index, l2_index = divmod(block, self._l2_entries)
        if l1_index >= self._l1_size:
            return bytes(length)
        l1_entry = self.table_entry(self._l1_offset, l1_index, ">Q", "an L1 entry")
        l2_offset = l1_entry & _QCOW2_OFFSET_MASK
        if not l2_offset:
            return bytes(length)
        if l2_offset % self.block_size:
            raise DiskReadError("an L2 table is not aligned to a cluster")
        raw = self.read_exact(
            l2_offset + l2_index * self._entry_size, self._entry_size, "an L2 entry"
        )
        (entry,) = struct.unpack_from(">Q", raw)
        if entry & _QCOW2_COMPRESSED:
            return self._read_compressed(entry)[inner : inner + length]
        if self._entry_size == 16:
            (bitmap,) = struct.unpack_from(">Q", raw, 8)
            sub = inner // (self.block_size // 32)
            if not bitmap >> sub & 1 or bitmap >> (32 + sub) & 1:
                # Unallocated or zero subcluster (reads never cross one for our sector reads).
                return bytes(length)
        elif self._zero_flag and entry & _QCOW2_ZERO:
            return bytes(length)
        host = entry & _QCOW2_OFFSET_MASK
        if not host:
            return bytes(length)
        if host % self.block_size:
            raise DiskReadError("a data cluster is not aligned to a cluster")
        return self.read_exact(host + inner, length, "a data cluster")

    def _read_compressed(self, entry: int) -> bytes:
        if self._zstd:
            raise CannotReadHere("the cluster is compressed with zstd, which cannot be read here")
        offset_bits = 62 - (self._cluster_bits - 8)
        host = entry & ((1 << offset_bits) - 1)
        sectors = ((entry >> offset_bits) & ((1 << (self._cluster_bits - 8)) - 1)) + 1
        compressed_size = sectors * 512 - (host & 511)
        available = max(0, min(compressed_size, self._source.size - host))
        data = self.read_exact(host, available, "a compressed cluster")
        try:
            out = zlib.decompressobj(-15).decompress(data, self.block_size)
        except zlib.error as exc:
            raise DiskReadError(f"a compressed cluster does not decompress: {exc}") from exc
        return out + bytes(self.block_size - len(out))


def parse_qcow1(source: ByteSource) -> ContainerFacts:
    facts = ContainerFacts(format="qcow", version=1)
    head = source.read(0, 48)
    if len(head) < 48:
        return _truncated(facts, "QCOW")
    backing_offset, backing_size, _mtime, size, cluster_bits, l2_bits, _pad, crypt, l1_offset = (
        struct.unpack_from(">QIIQBBHIQ", head, 8)
    )
    facts.virtual_size = size
    facts.encrypted = crypt != 0
    if not 9 <= cluster_bits <= 16 or not 6 <= l2_bits <= 16:
        facts.problems.append(
            Problem("corrupt_header", Text.of("The QCOW cluster sizes are invalid."))
        )
        return facts
    facts.cluster_size = 1 << cluster_bits
    if backing_offset:
        facts.backing_file = _read_name(source, backing_offset, backing_size) or "(unreadable)"
    if facts.encrypted:
        facts.disk_unreadable_reason = "the disk is encrypted"
    else:
        facts.disk = QcowV1Disk(source, size, cluster_bits, l2_bits, l1_offset)
    return facts


class QcowV1Disk(BlockMappedDisk):
    def __init__(
        self, source: ByteSource, size: int, cluster_bits: int, l2_bits: int, l1_offset: int
    ) -> None:
        super().__init__(source, size, 1 << cluster_bits)
        self._l2_bits = l2_bits
        self._l1_offset = l1_offset
        self._l1_size = -(-size // (1 << (cluster_bits + l2_bits)))

    def read_in_block(self, block: int, inner: int, length: int) -> bytes:
        l1_index = block >> self._l2_bits
        if l1_index >= self._l1_size:
            return bytes(length)
        l2_offset = self.table_entry(self._l1_offset, l1_index, ">Q", "an L1 entry")
        if not l2_offset:
            return bytes(length)
        entry = self.table_entry(l2_offset, block & ((1 << self._l2_bits) - 1), ">Q", "an L2 entry")
        if entry >> 63:
            raise CannotReadHere("the cluster is compressed (QCOW v1), which is not read here")
        if not entry:
            return bytes(length)
        return self.read_exact(entry + inner, length, "a data cluster")


_QED_FEATURE_BACKING: Final = 1
_QED_FEATURE_NEED_CHECK: Final = 2


def parse_qed(source: ByteSource) -> ContainerFacts:
    facts = ContainerFacts(format="qed")
    head = source.read(0, 64)
    if len(head) < 64:
        return _truncated(facts, "QED")
    (
        cluster_size,
        table_size,
        _header_size,
        features,
        _compat,
        _autoclear,
        l1_offset,
        image_size,
        backing_offset,
        backing_size,
    ) = struct.unpack_from("<IIIQQQQQII", head, 4)
    facts.virtual_size = image_size
    valid_cluster = 4096 <= cluster_size <= 64 * 1024 * 1024 and not cluster_size & (
        cluster_size - 1
    )
    if not valid_cluster or not 1 <= table_size <= 16:
        facts.problems.append(
            Problem("corrupt_header", Text.of("The QED cluster or table size is invalid."))
        )
        return facts
    facts.cluster_size = cluster_size
    if features & _QED_FEATURE_BACKING:
        name = _read_name(source, backing_offset, backing_size)
        facts.backing_file = name if name is not None else "(unreadable name)"
    if features & _QED_FEATURE_NEED_CHECK:
        facts.problems.append(
            Problem(
                "needs_check",
                Text.of("The QED image was not closed cleanly and must be checked before use."),
                Severity.NEEDS_CONVERSION,
            )
        )
    facts.disk = QedDisk(source, image_size, cluster_size, table_size, l1_offset)
    return facts


class QedDisk(BlockMappedDisk):
    def __init__(
        self, source: ByteSource, size: int, cluster_size: int, table_size: int, l1_offset: int
    ) -> None:
        super().__init__(source, size, cluster_size)
        self._entries = table_size * cluster_size // 8
        self._l1_offset = l1_offset

    def read_in_block(self, block: int, inner: int, length: int) -> bytes:
        l1_index, l2_index = divmod(block, self._entries)
        if l1_index >= self._entries:
            return bytes(length)
        l2_offset = self.table_entry(self._l1_offset, l1_index, "<Q", "an L1 entry")
        if not l2_offset:
            return bytes(length)
        entry = self.table_entry(l2_offset, l2_index, "<Q", "an L2 entry")
        if entry <= 1:  # 0: not allocated, 1: zero cluster
            return bytes(length)
        return self.read_exact(entry + inner, length, "a data cluster")
