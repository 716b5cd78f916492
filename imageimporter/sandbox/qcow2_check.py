"""What ``qemu-img check`` checks of a QCOW2 image, for the sandbox's ImportImage.

The real importer converts what it is given with qemu; an image whose tables are broken fails
there. The sandbox does the same checks so that a faulty writer cannot pass the tests: the header
(version, cluster size, features it cannot import: a backing file, encryption, an external data
file, a corrupt mark), every table against the object's size (L1, L2, refcount table
and blocks, snapshots, persistent bitmaps), clusters used by two structures, and the stored
refcount of every host cluster against the references actually found (a stored refcount below
them is a corruption, above them a leak), and the COPIED flags of the active tables.

Time and memory follow the object's size, not the virtual size: only allocated tables are read,
each distinct L2 table once (however many snapshots share it), and the references are counted in
one byte per host cluster (with a small overflow map for clusters shared more than 254 times).
"""

from __future__ import annotations

import struct
import sys
from array import array
from dataclasses import dataclass
from typing import Final

from imageimporter.sandbox.contracts import ByteReader

MAGIC: Final = b"QFI\xfb"
V2_HEADER_LENGTH: Final = 72
V3_HEADER_LENGTH: Final = 104
# qemu's own limits (block/qcow2.h): tables larger than these are refused when opening.
MAX_L1_BYTES: Final = 32 << 20
MAX_REFTABLE_BYTES: Final = 8 << 20
MAX_SNAPSHOTS: Final = 65536
MAX_BITMAPS: Final = 65535
MAX_BITMAP_DIRECTORY_BYTES: Final = 64 << 20
MAX_BITMAP_TABLE_ENTRIES: Final = 1 << 27  # qemu's BME_MAX_TABLE_SIZE
# One byte per host cluster is counted: objects with more clusters are not checked (256 MiB).
MAX_HOST_CLUSTERS: Final = 1 << 28

INCOMPAT_DIRTY: Final = 1 << 0
INCOMPAT_CORRUPT: Final = 1 << 1
INCOMPAT_DATA_FILE: Final = 1 << 2
INCOMPAT_COMPRESSION: Final = 1 << 3
INCOMPAT_EXTL2: Final = 1 << 4
AUTOCLEAR_BITMAPS: Final = 1 << 0
COMPRESSION_TYPES: Final = {0: "zlib", 1: "zstd"}

EXT_END: Final = 0
EXT_BITMAPS: Final = 0x23852875
EXT_DATA_FILE: Final = 0x44415441

COPIED: Final = 1 << 63
COMPRESSED: Final = 1 << 62
ZERO: Final = 1
OFFSET_MASK: Final = 0x00FF_FFFF_FFFF_FE00  # bits 9-55: a host offset in L1/L2 entries
L1_RESERVED: Final = 0x7F00_0000_0000_01FF
L2_RESERVED: Final = 0x3F00_0000_0000_01FE
REFTABLE_RESERVED: Final = 0x1FF
BITMAP_TABLE_RESERVED: Final = 0xFF00_0000_0000_01FE

# What a host cluster is used for, gathered while the tables are walked.
_META: Final = 1  # header, L1, refcount table and blocks, snapshot table, bitmap tables
_L2: Final = 2
_DATA: Final = 4
_ACTIVE_COPIED: Final = 8  # referenced by the active tables with the COPIED flag
_ACTIVE_SHARED: Final = 16  # referenced by the active tables without it


@dataclass(frozen=True)
class Qcow2Report:
    version: int
    virtual_size: int
    cluster_size: int
    problem: str | None  # None: what qemu-img check finds nothing wrong with


class _Broken(Exception):
    """The image cannot be imported; the message says why."""


@dataclass(frozen=True)
class _Header:
    version: int
    cluster_bits: int
    virtual_size: int
    l1_size: int
    l1_offset: int
    reftable_offset: int
    reftable_clusters: int
    snapshot_count: int
    snapshots_offset: int
    refcount_order: int
    extended_l2: bool
    bitmaps_extension: bytes | None


def check_qcow2(reader: ByteReader) -> Qcow2Report:
    """Check the QCOW2 image ``reader`` holds; never raises for a bad image."""
    head = reader.read_at(0, min(reader.size, V3_HEADER_LENGTH))
    version = struct.unpack_from(">I", head, 4)[0] if len(head) >= 8 else 0
    virtual_size = struct.unpack_from(">Q", head, 24)[0] if len(head) >= 32 else 0
    cluster_bits = struct.unpack_from(">I", head, 20)[0] if len(head) >= 24 else 0
    cluster_size = 1 << cluster_bits if 9 <= cluster_bits <= 21 else 0
    try:
        _Checker(reader).run()
    except _Broken as broken:
        return Qcow2Report(version, virtual_size, cluster_size, str(broken))
    return Qcow2Report(version, virtual_size, cluster_size, None)


def _entries(data: bytes) -> list[int]:
    """Big-endian 64-bit table entries."""
    words = array("Q")
    words.frombytes(data[: len(data) // 8 * 8])
    if sys.byteorder == "little":
        words.byteswap()
    return words.tolist()


def _refcounts(block: bytes, order: int, count: int) -> list[int]:
    """The first ``count`` refcounts of a refcount block, each ``2**order`` bits, big-endian."""
    bits = 1 << order
    block = block[: -(-count * bits // 8)]
    if order >= 3:
        values = array({8: "B", 16: "H", 32: "I", 64: "Q"}[bits])
        values.frombytes(block)
        if bits > 8 and sys.byteorder == "little":
            values.byteswap()
        return values.tolist()
    per_byte = 8 // bits
    mask = (1 << bits) - 1
    # Sub-byte refcounts: the lowest bits of a byte hold the first entry.
    decoded = [(byte >> (i * bits)) & mask for byte in block for i in range(per_byte)]
    return decoded[:count]


class _Checker:
    def __init__(self, reader: ByteReader) -> None:
        self.reader = reader
        self.file_size = reader.size
        self.cluster_bits = 16
        self.cluster_size = 1 << 16
        self.host_clusters = 0
        self.counts = bytearray()
        self.overflow: dict[int, int] = {}
        self.uses = bytearray()

    # -- reading -------------------------------------------------------------------------------
    def read(self, offset: int, length: int, what: str) -> bytes:
        if offset < 0 or offset + length > self.file_size:
            raise _Broken(
                f"the QCOW2 {what} at offset {offset} ({length} bytes) lies beyond the end of the "
                f"image ({self.file_size} bytes): the image is truncated or its tables are broken"
            )
        data = self.reader.read_at(offset, length)
        if len(data) != length:
            raise _Broken(f"the QCOW2 image ended while its {what} was read")
        return data

    # -- the check -----------------------------------------------------------------------------
    def run(self) -> None:
        header = self.header()
        self.host_clusters = -(-self.file_size // self.cluster_size)
        if self.host_clusters > MAX_HOST_CLUSTERS:
            raise _Broken(
                f"the QCOW2 image has {self.host_clusters} clusters, more than the sandbox checks"
            )
        self.counts = bytearray(self.host_clusters)
        self.uses = bytearray(self.host_clusters)
        self.reference(0, self.cluster_size, _META, "header")
        reftable = self.refcount_table(header)
        l2_tables: dict[int, int] = {}  # L2 table offset -> references from L1 tables
        active = self.l1_table(header.l1_offset, header.l1_size, "L1 table", l2_tables)
        self.snapshots(header, l2_tables)
        if header.bitmaps_extension is not None:
            self.bitmaps(header.bitmaps_extension)
        for offset in sorted(l2_tables):
            self.l2_table(header, offset, l2_tables[offset], offset in active)
        self.compare_refcounts(header, reftable)

    def header(self) -> _Header:
        if self.file_size < V2_HEADER_LENGTH:
            raise _Broken("the QCOW2 header is truncated")
        head = self.read(0, V2_HEADER_LENGTH, "header")
        if head[:4] != MAGIC:
            raise _Broken("the object is not a QCOW2 image (wrong magic)")
        (version,) = struct.unpack_from(">I", head, 4)
        backing_offset, backing_size, cluster_bits, virtual_size = struct.unpack_from(
            ">QIIQ", head, 8
        )
        crypt_method, l1_size, l1_offset, reftable_offset = struct.unpack_from(">IIQQ", head, 32)
        reftable_clusters, snapshot_count, snapshots_offset = struct.unpack_from(">IIQ", head, 56)
        if version not in (2, 3):
            raise _Broken(f"unsupported QCOW2 version {version}")
        if not 9 <= cluster_bits <= 21:
            raise _Broken(f"invalid QCOW2 cluster size 2^{cluster_bits}")
        self.cluster_bits = cluster_bits
        self.cluster_size = cluster = 1 << cluster_bits
        incompatible = autoclear = 0
        refcount_order = 4
        header_length = V2_HEADER_LENGTH
        compression_type = 0
        if version == 3:
            v3 = self.read(V2_HEADER_LENGTH, V3_HEADER_LENGTH - V2_HEADER_LENGTH, "header")
            incompatible, _compatible, autoclear, refcount_order, header_length = (
                struct.unpack_from(">QQQII", v3)
            )
            if header_length < V3_HEADER_LENGTH or header_length % 8 or header_length > cluster:
                raise _Broken(f"invalid QCOW2 header length {header_length}")
            if header_length > V3_HEADER_LENGTH:
                compression_type = self.read(V3_HEADER_LENGTH, 1, "header")[0]
        if refcount_order > 6:
            raise _Broken(f"invalid QCOW2 refcount width 2^{refcount_order} bits")
        if crypt_method != 0:
            raise _Broken("the QCOW2 image is encrypted")
        if backing_offset != 0 and backing_size != 0:  # qemu ignores an empty name
            raise _Broken("the QCOW2 image has a backing file")
        self.incompatible_features(incompatible, compression_type)
        extensions = self.extensions(header_length)
        extended_l2 = bool(incompatible & INCOMPAT_EXTL2)
        if cluster_bits < 14 and extended_l2:
            raise _Broken("extended L2 entries need clusters of at least 16 KiB")
        entry_size = 16 if extended_l2 else 8
        guest_per_l2 = (cluster // entry_size) * cluster
        needed_l1 = -(-virtual_size // guest_per_l2)
        if l1_size < needed_l1:
            raise _Broken("the QCOW2 L1 table is smaller than the virtual size needs")
        if l1_size * 8 > MAX_L1_BYTES:
            raise _Broken(f"the QCOW2 L1 table is too large ({l1_size} entries)")
        if reftable_clusters == 0 or reftable_clusters * cluster > MAX_REFTABLE_BYTES:
            raise _Broken(f"invalid QCOW2 refcount table size ({reftable_clusters} clusters)")
        if snapshot_count > MAX_SNAPSHOTS:
            raise _Broken(f"the QCOW2 image claims {snapshot_count} snapshots")
        for name, offset in (
            ("L1 table", l1_offset),
            ("refcount table", reftable_offset),
            ("snapshot table", snapshots_offset if snapshot_count else 0),
        ):
            if offset % cluster:
                raise _Broken(f"the QCOW2 {name} offset {offset} is not cluster aligned")
        bitmaps = extensions.get(EXT_BITMAPS) if autoclear & AUTOCLEAR_BITMAPS else None
        return _Header(
            version=version,
            cluster_bits=cluster_bits,
            virtual_size=virtual_size,
            l1_size=l1_size,
            l1_offset=l1_offset,
            reftable_offset=reftable_offset,
            reftable_clusters=reftable_clusters,
            snapshot_count=snapshot_count,
            snapshots_offset=snapshots_offset,
            refcount_order=refcount_order,
            extended_l2=extended_l2,
            bitmaps_extension=bitmaps,
        )

    @staticmethod
    def incompatible_features(features: int, compression_type: int) -> None:
        # A dirty image (lazy refcounts, not closed cleanly) is read as qemu reads it: its
        # refcounts are checked below like any other's. A corrupt mark is qemu's own verdict.
        if features & INCOMPAT_CORRUPT:
            raise _Broken("the QCOW2 image is marked corrupt by qemu")
        if features & INCOMPAT_DATA_FILE:
            raise _Broken("the QCOW2 image keeps its data in an external data file")
        if bool(features & INCOMPAT_COMPRESSION) != (compression_type != 0):
            raise _Broken("the QCOW2 compression type disagrees with its feature bits")
        if compression_type not in COMPRESSION_TYPES:
            raise _Broken(f"unknown QCOW2 compression type {compression_type}")
        unknown = features & ~(
            INCOMPAT_DIRTY
            | INCOMPAT_CORRUPT
            | INCOMPAT_DATA_FILE
            | INCOMPAT_COMPRESSION
            | INCOMPAT_EXTL2
        )
        if unknown:
            raise _Broken(f"the QCOW2 image uses unknown incompatible features ({unknown:#x})")

    def extensions(self, header_length: int) -> dict[int, bytes]:
        """The header extensions (type -> data) between the header and the first cluster's end."""
        end = min(self.cluster_size, self.file_size)
        area = self.read(header_length, max(0, end - header_length), "header extensions")
        found: dict[int, bytes] = {}
        position = 0
        while position + 8 <= len(area):
            kind, length = struct.unpack_from(">II", area, position)
            if kind == EXT_END:
                return found
            start = position + 8
            if start + length > len(area):
                raise _Broken("a QCOW2 header extension runs past the first cluster")
            found[kind] = area[start : start + length]
            if kind == EXT_DATA_FILE:
                raise _Broken("the QCOW2 image keeps its data in an external data file")
            position = start + (length + 7) // 8 * 8
        raise _Broken("the QCOW2 header extensions have no end marker")

    # -- references ----------------------------------------------------------------------------
    def reference(self, offset: int, length: int, use: int, what: str, times: int = 1) -> None:
        """Count ``times`` references to the host clusters of ``length`` bytes at ``offset``."""
        first = offset >> self.cluster_bits
        last = (offset + max(length, 1) - 1) >> self.cluster_bits
        if last >= self.host_clusters:
            raise _Broken(
                f"the QCOW2 {what} (at offset {offset}) lies beyond the end of the image "
                f"({self.file_size} bytes): the image is truncated or its tables are broken"
            )
        counts, uses = self.counts, self.uses
        for cluster in range(first, last + 1):
            previous = uses[cluster]
            kinds = previous & (_META | _L2 | _DATA)
            if use != _DATA and kinds and not (use == _L2 == kinds):
                raise _Broken(
                    f"the QCOW2 {what} at offset {cluster << self.cluster_bits} overlaps other "
                    "metadata of the image"
                )
            if use == _DATA and previous & (_META | _L2):
                raise _Broken(
                    f"guest data at offset {cluster << self.cluster_bits} overlaps the QCOW2 "
                    "image's own tables"
                )
            uses[cluster] = previous | use
            total = counts[cluster] + times
            if total >= 255 or cluster in self.overflow:
                self.overflow[cluster] = self.overflow.get(cluster, counts[cluster]) + times
                counts[cluster] = 255
            else:
                counts[cluster] = total

    def mark(self, offset: int, flag: int) -> None:
        self.uses[offset >> self.cluster_bits] |= flag

    def count(self, cluster: int) -> int:
        return self.overflow.get(cluster, self.counts[cluster])

    # -- tables --------------------------------------------------------------------------------
    def refcount_table(self, header: _Header) -> list[int]:
        length = header.reftable_clusters * self.cluster_size
        self.reference(header.reftable_offset, length, _META, "refcount table")
        table = _entries(self.read(header.reftable_offset, length, "refcount table"))
        for index, entry in enumerate(table):
            if entry & REFTABLE_RESERVED:
                raise _Broken(f"QCOW2 refcount table entry {index} has reserved bits set")
            if entry:
                if entry % self.cluster_size:
                    raise _Broken(f"QCOW2 refcount block {index} is not cluster aligned")
                self.reference(entry, self.cluster_size, _META, f"refcount block {index}")
        return table

    def l1_table(self, offset: int, size: int, what: str, l2_tables: dict[int, int]) -> set[int]:
        """Count an L1 table and the L2 tables it names; the offsets of those L2 tables."""
        if size == 0:
            return set()
        self.reference(offset, size * 8, _META, what)
        named: set[int] = set()
        active = what == "L1 table"
        for index, entry in enumerate(_entries(self.read(offset, size * 8, what))):
            if not entry:
                continue
            if entry & L1_RESERVED:
                raise _Broken(f"QCOW2 {what} entry {index} has reserved bits set")
            l2_offset = entry & OFFSET_MASK
            if not l2_offset:
                continue
            if l2_offset % self.cluster_size:
                raise _Broken(f"QCOW2 {what} entry {index} names an unaligned L2 table")
            self.reference(l2_offset, self.cluster_size, _L2, f"L2 table of {what} entry {index}")
            l2_tables[l2_offset] = l2_tables.get(l2_offset, 0) + 1
            named.add(l2_offset)
            if active:
                self.mark(l2_offset, _ACTIVE_COPIED if entry & COPIED else _ACTIVE_SHARED)
        return named

    def snapshots(self, header: _Header, l2_tables: dict[int, int]) -> None:
        position = header.snapshots_offset
        for number in range(header.snapshot_count):
            fixed = self.read(position, 40, "snapshot table")
            l1_offset, l1_size, id_size, name_size = struct.unpack_from(">QIHH", fixed)
            (extra_size,) = struct.unpack_from(">I", fixed, 36)
            entry_size = 40 + extra_size + id_size + name_size
            position += (entry_size + 7) // 8 * 8
            what = f"L1 table of snapshot {number + 1}"
            if l1_offset % self.cluster_size:
                raise _Broken(f"the QCOW2 {what} is not cluster aligned")
            if l1_size * 8 > MAX_L1_BYTES:
                raise _Broken(f"the QCOW2 {what} is too large ({l1_size} entries)")
            self.l1_table(l1_offset, l1_size, what, l2_tables)
        if header.snapshot_count:
            table_size = position - header.snapshots_offset
            self.reference(header.snapshots_offset, table_size, _META, "snapshot table")

    def bitmaps(self, extension: bytes) -> None:
        if len(extension) < 24:
            raise _Broken("the QCOW2 bitmaps extension is truncated")
        count, _reserved, directory_size, directory_offset = struct.unpack_from(">IIQQ", extension)
        if count == 0:
            return
        if count > MAX_BITMAPS or directory_size > MAX_BITMAP_DIRECTORY_BYTES:
            raise _Broken("the QCOW2 bitmap directory is too large")
        if directory_offset % self.cluster_size:
            raise _Broken("the QCOW2 bitmap directory is not cluster aligned")
        directory = self.read(directory_offset, directory_size, "bitmap directory")
        self.reference(directory_offset, directory_size, _META, "bitmap directory")
        position = 0
        for number in range(count):
            if position + 24 > len(directory):
                raise _Broken("the QCOW2 bitmap directory is truncated")
            table_offset, table_size = struct.unpack_from(">QI", directory, position)
            name_size, extra_size = struct.unpack_from(">HI", directory, position + 18)
            position += (24 + extra_size + name_size + 7) // 8 * 8
            what = f"table of bitmap {number + 1}"
            if table_offset % self.cluster_size or table_size > MAX_BITMAP_TABLE_ENTRIES:
                raise _Broken(f"the QCOW2 {what} is misplaced or too large")
            if not table_size:
                continue
            self.reference(table_offset, table_size * 8, _META, what)
            for index, entry in enumerate(_entries(self.read(table_offset, table_size * 8, what))):
                if entry & BITMAP_TABLE_RESERVED:
                    raise _Broken(f"QCOW2 {what} entry {index} has reserved bits set")
                data = entry & OFFSET_MASK
                if data:
                    if data % self.cluster_size:
                        raise _Broken(f"QCOW2 {what} entry {index} is not cluster aligned")
                    self.reference(data, self.cluster_size, _META, f"data of {what}")

    def l2_table(self, header: _Header, offset: int, times: int, active: bool) -> None:
        entries = _entries(self.read(offset, self.cluster_size, "L2 table"))
        if header.extended_l2:
            entries = entries[::2]  # the other words are subcluster bitmaps
        cluster_bits = self.cluster_bits
        csize_shift = 62 - (cluster_bits - 8)
        csize_mask = (1 << (cluster_bits - 8)) - 1
        coffset_mask = (1 << csize_shift) - 1
        reference = self.reference
        for index, entry in enumerate(entries):
            if not entry:
                continue
            where = f"data cluster of entry {index} of the L2 table at offset {offset}"
            if entry & COMPRESSED:
                if entry & COPIED:
                    raise _Broken(f"the QCOW2 compressed {where} has the COPIED flag")
                host = entry & coffset_mask
                sectors = ((entry >> csize_shift) & csize_mask) + 1
                reference(host & ~511, sectors * 512, _DATA, where, times)
                continue
            if entry & L2_RESERVED:
                raise _Broken(f"the QCOW2 {where} has reserved bits set")
            if entry & ZERO and (header.version == 2 or header.extended_l2):
                raise _Broken(f"the QCOW2 {where} has the zero flag, which this image cannot have")
            host = entry & OFFSET_MASK
            if not host:
                continue
            if host % self.cluster_size:
                raise _Broken(f"the QCOW2 {where} points to an unaligned host cluster")
            reference(host, self.cluster_size, _DATA, where, times)
            if active:
                self.mark(host, _ACTIVE_COPIED if entry & COPIED else _ACTIVE_SHARED)

    # -- refcounts -----------------------------------------------------------------------------
    def compare_refcounts(self, header: _Header, reftable: list[int]) -> None:
        per_block = (self.cluster_size * 8) >> header.refcount_order
        corruptions: list[int] = []
        leaks: list[int] = []
        wrong_copied: list[int] = []
        for block_index in range(-(-self.host_clusters // per_block)):
            first = block_index * per_block
            end = min(first + per_block, self.host_clusters)
            block_offset = reftable[block_index] if block_index < len(reftable) else 0
            if block_offset:
                stored = _refcounts(
                    self.read(block_offset, self.cluster_size, "refcount block"),
                    header.refcount_order,
                    end - first,
                )
            else:
                stored = [0] * (end - first)
            computed = list(self.counts[first:end])
            uses = self.uses[first:end]
            for position, (have, counted, use) in enumerate(
                zip(stored, computed, uses, strict=False)
            ):
                found = self.count(first + position) if counted == 255 else counted
                if have < found:
                    corruptions.append(first + position)
                elif have > found:
                    leaks.append(first + position)
                if (use & _ACTIVE_COPIED and have != 1) or (use & _ACTIVE_SHARED and have == 1):
                    wrong_copied.append(first + position)
        if corruptions:
            raise _Broken(
                f"{len(corruptions)} QCOW2 clusters have a refcount below their references "
                f"(first at offset {corruptions[0] << self.cluster_bits}): corrupt refcounts"
            )
        if wrong_copied:
            raise _Broken(
                f"{len(wrong_copied)} QCOW2 table entries have a wrong COPIED flag (first for "
                f"offset {wrong_copied[0] << self.cluster_bits})"
            )
        if leaks:
            raise _Broken(
                f"{len(leaks)} QCOW2 clusters are leaked (first at offset "
                f"{leaks[0] << self.cluster_bits}): their refcount is above their references"
            )
