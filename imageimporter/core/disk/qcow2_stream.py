"""A disk as a QCOW2 v3 image that is generated, not written: any byte range on demand.

The output is a pure function of the source's guest bytes and the fixed settings below, laid out
the conventional way with the metadata first::

    header | refcount table | refcount blocks | L1 table | L2 tables with data | data clusters

Data clusters come in guest order and only for guest clusters that hold a non-zero byte; the
others stay unallocated and read as zeros (there is no backing file). Every host cluster has
refcount 1, so L1 and L2 entries carry the COPIED flag as qemu writes them.

A scan pass first reads the source once and records which guest clusters hold data in a bitmap
(one bit per 64 KiB cluster: 4 MiB for 2 TiB), plus per-L2-table prefix counts. From those any
output offset maps to its piece: metadata clusters are generated from the bitmap, data clusters
are read from the source. So parts can be produced in any order and in parallel, and a resume
skips confirmed parts without producing what came before them.

Sequential-only sources (``.xz``, a disk inside a ``.tar``) are decompressed once by the scan and
then read again front to back while the stream is produced in order; a resume of such a source
re-reads it from the start up to the first missing part.

A writer of a whole file needs no second read: the scan hands the data area to a ``sink`` as it
finds it, and :func:`estimate_layout` (the allocation map alone) bounds where that area starts
(``imageimporter convert`` writes it there, then moves it down if the metadata came out smaller).
The image's size is the disk's rounded up to whole 512-byte sectors, as qemu sees disks.
"""

from __future__ import annotations

import bisect
import hashlib
import os
import struct
import threading
from array import array
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, Final

from imageimporter.core.disk.model import MAX_DISK_READ, DiskError, DiskImage, ExtentKind, FileStamp
from imageimporter.core.text import Text
from imageimporter.core.upload_source import status_change_time

CLUSTER_BITS: Final = 16
SECTOR_SIZE: Final = 512
CLUSTER_SIZE: Final = 1 << CLUSTER_BITS
REFCOUNT_ORDER: Final = 4  # 16-bit refcounts, qemu's default
QCOW2_VERSION: Final = 3
HEADER_LENGTH: Final = 112  # v3 header with the compression type byte (0: zlib, unused here)
# The identity changes when the layout rules below change, so an old checkpoint never mixes
# parts of two layouts in one object.
LAYOUT_REVISION: Final = 2  # 2: the size in the header is rounded up to whole sectors

L2_ENTRIES: Final = CLUSTER_SIZE // 8  # guest clusters covered by one L2 table (512 MiB)
REFCOUNTS_PER_BLOCK: Final = CLUSTER_SIZE * 8 // (1 << REFCOUNT_ORDER)  # host clusters per block
COPIED: Final = 1 << 63
_TABLE_BYTES: Final = L2_ENTRIES // 8  # bitmap bytes per L2 table
_WORDS_PER_TABLE: Final = _TABLE_BYTES // 8
_ZERO_CLUSTER: Final = bytes(CLUSTER_SIZE)
# Source reads of the scan and of runs of data clusters: large enough for speed, bounded memory.
READ_CHUNK: Final = 4 * 1024 * 1024
assert READ_CHUNK <= MAX_DISK_READ and READ_CHUNK % CLUSTER_SIZE == 0
# The longest source read for a range of the data area (the caller asked for that many bytes).
MAX_RUN: Final = MAX_DISK_READ
_ZERO_CHUNK: Final = bytes(READ_CHUNK)

ScanProgress = Callable[[int, int], None]
DataSink = Callable[[bytes], object]
_ZERO_HEAD: Final = bytes(64)


def _ceil_div(a: int, b: int) -> int:
    return -(-a // b)


def _is_zero(data: bytes) -> bool:
    """All zero bytes, at memcmp speed (against a preallocated buffer for the usual lengths)."""
    if len(data) == READ_CHUNK:
        return data == _ZERO_CHUNK
    if len(data) == CLUSTER_SIZE:
        return data == _ZERO_CLUSTER
    return data == bytes(len(data))


class ClusterMap:
    """Which guest clusters hold non-zero data: a bitmap with per-L2-table prefix counts.

    Bit ``g`` (byte ``g >> 3``, bit ``g & 7``) is set when guest cluster ``g`` holds data.
    ``rank`` and ``select`` between guest clusters and data ordinals cost one bisect and a walk
    of at most one table's 1 KiB of bitmap.
    """

    def __init__(self, virtual_size: int, bitmap: bytearray) -> None:
        self.virtual_size = virtual_size
        self.cluster_count = _ceil_div(virtual_size, CLUSTER_SIZE)
        self.table_count = _ceil_div(self.cluster_count, L2_ENTRIES)
        if len(bitmap) != self.table_count * _TABLE_BYTES:
            raise ValueError("the bitmap does not match the virtual size")
        self.bitmap = bytes(bitmap)
        # data_before[t]: data clusters in tables < t; l2_before[t]: tables with data < t.
        self.data_before = array("q", [0])
        self.l2_before = array("q", [0])
        self.tables_with_data = array("q")
        for table in range(self.table_count):
            count = self._table_int(table).bit_count()
            self.data_before.append(self.data_before[-1] + count)
            self.l2_before.append(self.l2_before[-1] + (1 if count else 0))
            if count:
                self.tables_with_data.append(table)

    @property
    def data_clusters(self) -> int:
        return self.data_before[-1]

    def _table_int(self, table: int) -> int:
        start = table * _TABLE_BYTES
        return int.from_bytes(self.bitmap[start : start + _TABLE_BYTES], "little")

    def has_data(self, cluster: int) -> bool:
        return bool(self.bitmap[cluster >> 3] >> (cluster & 7) & 1)

    def rank(self, cluster: int) -> int:
        """How many data clusters come before guest cluster ``cluster``."""
        table, within = divmod(cluster, L2_ENTRIES)
        below = self._table_int(table) & ((1 << within) - 1)
        return self.data_before[table] + below.bit_count()

    def select(self, ordinal: int) -> int:
        """The guest cluster of the ``ordinal``-th data cluster (0-based)."""
        if not 0 <= ordinal < self.data_clusters:
            raise IndexError(ordinal)
        table = bisect.bisect_right(self.data_before, ordinal) - 1
        remaining = ordinal - self.data_before[table]
        base = table * _TABLE_BYTES
        for word_index in range(_WORDS_PER_TABLE):
            start = base + word_index * 8
            word = int.from_bytes(self.bitmap[start : start + 8], "little")
            count = word.bit_count()
            if remaining < count:
                for _ in range(remaining):
                    word &= word - 1
                bit = (word & -word).bit_length() - 1
                return table * L2_ENTRIES + word_index * 64 + bit
            remaining -= count
        raise AssertionError("prefix counts disagree with the bitmap")

    def clusters_from(self, cluster: int) -> Iterator[int]:
        """Data clusters at or after guest cluster ``cluster``, in increasing order."""
        first_table = cluster // L2_ENTRIES
        for table in range(first_table, self.table_count):
            if self.data_before[table + 1] == self.data_before[table]:
                continue
            base = table * _TABLE_BYTES
            for word_index in range(_WORDS_PER_TABLE):
                start = base + word_index * 8
                word = int.from_bytes(self.bitmap[start : start + 8], "little")
                first = table * L2_ENTRIES + word_index * 64
                if first + 64 <= cluster:
                    continue
                if first < cluster:
                    word &= ~((1 << (cluster - first)) - 1)
                while word:
                    low = word & -word
                    yield first + low.bit_length() - 1
                    word ^= low

    def table_clusters(self, table: int) -> Iterator[int]:
        """The data clusters of L2 table ``table``, in increasing order."""
        end = (table + 1) * L2_ENTRIES
        for cluster in self.clusters_from(table * L2_ENTRIES):
            if cluster >= end:
                return
            yield cluster

    def digest(self) -> str:
        return hashlib.sha256(self.bitmap).hexdigest()


def scan_clusters(
    disk: DiskImage, progress: ScanProgress | None = None, sink: DataSink | None = None
) -> ClusterMap:
    """Read the disk's data once and record which 64 KiB clusters hold a non-zero byte.

    Only ``DATA`` extents are read (in chunks of :data:`READ_CHUNK`, in increasing offsets so a
    sequential-only source is decompressed once). ``progress(scanned, total)`` follows the guest
    offset; it may raise to stop the scan. ``sink``, when given, receives the data clusters'
    bytes in guest order, whole clusters (the last one padded with zeros): exactly the stream's
    data area, so a writer can lay it down during the scan.
    """
    size = disk.size
    cluster_count = _ceil_div(size, CLUSTER_SIZE)
    bitmap = bytearray(_ceil_div(cluster_count, L2_ENTRIES) * _TABLE_BYTES)
    next_cluster = 0  # clusters before this one are already scanned
    for extent in disk.extents():
        if extent.kind is not ExtentKind.DATA or extent.length == 0:
            continue
        first = max(extent.offset // CLUSTER_SIZE, next_cluster)
        end_cluster = _ceil_div(extent.end, CLUSTER_SIZE)
        offset = first * CLUSTER_SIZE
        end = min(end_cluster * CLUSTER_SIZE, size)
        while offset < end:
            chunk = disk.read(offset, min(READ_CHUNK, end - offset))
            if not chunk:
                raise DiskError(
                    Text.of(
                        "The disk ended at {offset} bytes, before its virtual size of "
                        "{size} bytes.",
                        offset=offset,
                        size=size,
                    )
                )
            if not _is_zero(chunk):
                _mark_data(chunk, offset // CLUSTER_SIZE, bitmap, sink)
            offset += len(chunk)
            if progress is not None:
                progress(offset, size)
        next_cluster = end_cluster
    if progress is not None:
        progress(size, size)
    return ClusterMap(size, bitmap)


def _mark_data(chunk: bytes, cluster: int, bitmap: bytearray, sink: DataSink | None) -> None:
    """Set the bits of the chunk's non-zero clusters (the chunk starts at guest cluster
    ``cluster``) and hand runs of them to ``sink``."""
    run_start: int | None = None
    for start in range(0, len(chunk), CLUSTER_SIZE):
        # A data cluster nearly always shows a non-zero byte in its first bytes: only the
        # others are compared whole (a copy and a memcmp of 64 KiB).
        head = chunk[start : start + len(_ZERO_HEAD)]
        if head == _ZERO_HEAD[: len(head)] and _is_zero(chunk[start : start + CLUSTER_SIZE]):
            if sink is not None and run_start is not None:
                _emit(sink, chunk, run_start, start)
            run_start = None
            continue
        index = cluster + start // CLUSTER_SIZE
        bitmap[index >> 3] |= 1 << (index & 7)
        if run_start is None:
            run_start = start
    if sink is not None and run_start is not None:
        _emit(sink, chunk, run_start, len(chunk))


def _emit(sink: DataSink, chunk: bytes, start: int, end: int) -> None:
    piece = chunk if (start, end) == (0, len(chunk)) else chunk[start:end]
    if len(piece) % CLUSTER_SIZE:  # the disk ends inside this cluster: the image pads it
        piece += bytes(CLUSTER_SIZE - len(piece) % CLUSTER_SIZE)
    sink(piece)


@dataclass(frozen=True)
class Qcow2Layout:
    """Where each part of the image lies, in host clusters, for a given cluster map."""

    virtual_size: int
    l1_entries: int
    l2_tables: int
    data_clusters: int
    refcount_table_clusters: int
    refcount_blocks: int

    @classmethod
    def for_map(cls, clusters: ClusterMap) -> Qcow2Layout:
        return cls.for_counts(
            clusters.virtual_size, len(clusters.tables_with_data), clusters.data_clusters
        )

    @classmethod
    def for_counts(cls, virtual_size: int, l2_tables: int, data_clusters: int) -> Qcow2Layout:
        """The layout of an image of a disk of ``virtual_size`` bytes with this many L2 tables
        and data clusters (what an estimate from an allocation map knows without reading data).

        The image's size is rounded up to whole 512-byte sectors, as qemu (and so qemu-img
        convert) sees every disk: a qcow2 size that is not would lose the last partial sector,
        since qemu reads qcow2 sizes in whole sectors. The padding reads as zeros."""
        virtual_size = _ceil_div(virtual_size, SECTOR_SIZE) * SECTOR_SIZE
        l1_entries = _ceil_div(_ceil_div(virtual_size, CLUSTER_SIZE), L2_ENTRIES)
        fixed = 1 + _ceil_div(l1_entries * 8, CLUSTER_SIZE) + l2_tables + data_clusters
        table, blocks = 1, 1
        # The refcount structures count themselves too: grow them until they cover everything.
        while True:
            total = fixed + table + blocks
            need_blocks = _ceil_div(total, REFCOUNTS_PER_BLOCK)
            need_table = _ceil_div(need_blocks * 8, CLUSTER_SIZE)
            if (need_blocks, need_table) == (blocks, table):
                break
            blocks, table = max(blocks, need_blocks), max(table, need_table)
        return cls(virtual_size, l1_entries, l2_tables, data_clusters, table, blocks)

    @property
    def l1_clusters(self) -> int:
        return _ceil_div(self.l1_entries * 8, CLUSTER_SIZE)

    @property
    def refcount_table_start(self) -> int:
        return 1

    @property
    def refcount_blocks_start(self) -> int:
        return self.refcount_table_start + self.refcount_table_clusters

    @property
    def l1_start(self) -> int:
        return self.refcount_blocks_start + self.refcount_blocks

    @property
    def l2_start(self) -> int:
        return self.l1_start + self.l1_clusters

    @property
    def data_start(self) -> int:
        return self.l2_start + self.l2_tables

    @property
    def host_clusters(self) -> int:
        return self.data_start + self.data_clusters

    @property
    def size(self) -> int:
        return self.host_clusters * CLUSTER_SIZE

    @property
    def metadata_bytes(self) -> int:
        return self.data_start * CLUSTER_SIZE


def estimate_layout(disk: DiskImage) -> Qcow2Layout:
    """The layout if every cluster touched by a ``DATA`` extent held data: an upper bound of
    the scan's (equal when no whole cluster of DATA reads as zeros), from the allocation map
    alone, without reading data. Memory: one entry per L2 table with data (4,096 for 2 TiB)."""
    data_clusters = 0
    tables: set[int] = set()
    counted_end = 0  # data clusters below this one are counted already
    for extent in disk.extents():
        if extent.kind is not ExtentKind.DATA or extent.length <= 0:
            continue
        first = max(extent.offset // CLUSTER_SIZE, counted_end)
        end = _ceil_div(extent.end, CLUSTER_SIZE)
        if first >= end:
            continue
        data_clusters += end - first
        tables.update(range(first // L2_ENTRIES, (end - 1) // L2_ENTRIES + 1))
        counted_end = end
    return Qcow2Layout.for_counts(disk.size, len(tables), data_clusters)


def _stamp_now(path: str) -> FileStamp | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return FileStamp(path, info.st_size, info.st_mtime_ns, info.st_ino)


def _status_time(path: str) -> int | None:
    """The file's ctime, or None when it cannot be read (``changed`` says that first)."""
    try:
        return status_change_time(path)
    except OSError:
        return None


class Qcow2Stream:
    """A disk as a QCOW2 v3 image produced range by range; an ``UploadSource``.

    Owns the disk: ``close()`` closes it. Use :meth:`scan` to build one.
    """

    def __init__(self, disk: DiskImage, clusters: ClusterMap, name: str = "") -> None:
        if clusters.virtual_size != disk.size:
            raise ValueError("the cluster map is not this disk's")
        self._disk = disk
        self._clusters = clusters
        self._layout = Qcow2Layout.for_map(clusters)
        self._stamps = disk.files()
        # Size and mtime miss a write whose mtime was set back (cp -p, rsync -t, touch -r); the
        # status change time moves on every write. Compared during this run only: it is not part
        # of the identity, since a resume re-reads the parts it did not send itself.
        self._status_times = {stamp.path: _status_time(stamp.path) for stamp in self._stamps}
        self._name = name or (os.path.basename(self._stamps[0].path) if self._stamps else "disk")
        self._header = self._make_header()
        # A sequential-only source must be read in increasing offsets: one reader at a time.
        self._sequential_lock = threading.Lock() if disk.sequential_only else None

    @classmethod
    def scan(
        cls, disk: DiskImage, progress: ScanProgress | None = None, sink: DataSink | None = None
    ) -> Qcow2Stream:
        """Scan ``disk`` (see :func:`scan_clusters`, also for ``sink``) into its stream."""
        return cls(disk, scan_clusters(disk, progress, sink))

    # -- UploadSource ----------------------------------------------------------------------
    @property
    def name(self) -> str:
        return f"{self._name} (as QCOW2)"

    @property
    def size(self) -> int:
        return self._layout.size

    @property
    def sequential_only(self) -> bool:
        return self._disk.sequential_only

    @property
    def layout(self) -> Qcow2Layout:
        return self._layout

    @property
    def clusters(self) -> ClusterMap:
        return self._clusters

    @property
    def source_format(self) -> str:
        return self._disk.format

    @property
    def data_bytes(self) -> int:
        """The non-zero guest data carried, in whole clusters (the last one counted in full)."""
        return self._clusters.data_clusters * CLUSTER_SIZE

    def identity(self) -> dict[str, Any]:
        return {
            "kind": "qcow2-stream",
            "format_version": QCOW2_VERSION,
            "layout_revision": LAYOUT_REVISION,
            "cluster_size": CLUSTER_SIZE,
            "refcount_order": REFCOUNT_ORDER,
            "source_format": self._disk.format,
            "virtual_size": self._disk.size,
            "files": [stamp.to_json() for stamp in self._stamps],
            "bitmap_sha256": self._clusters.digest(),
        }

    def changed(self) -> str | None:
        for stamp in self._stamps:
            now = _stamp_now(stamp.path)
            if now is None:
                return Text.of("{path} can no longer be read.", path=stamp.path)
            if now != stamp:
                return Text.of(
                    "{path} changed since it was opened (size or modification time).",
                    path=stamp.path,
                )
            if _status_time(stamp.path) != self._status_times[stamp.path]:
                return Text.of(
                    "{path} was written to since it was opened (its status change time moved).",
                    path=stamp.path,
                )
        return None

    def close(self) -> None:
        self._disk.close()

    def read_at(self, offset: int, length: int) -> bytes:
        pieces = self.pieces(offset, length)
        return pieces[0] if len(pieces) == 1 else b"".join(pieces)

    def pieces(self, offset: int, length: int) -> list[bytes]:
        """The bytes of ``read_at(offset, length)`` as consecutive pieces, not joined: a
        consumer that writes them out saves a copy (pieces of data are up to MAX_RUN)."""
        if offset < 0 or length < 0 or offset + length > self.size:
            raise ValueError(f"range {offset}+{length} is outside the stream of {self.size} bytes")
        pieces: list[bytes] = []
        end = offset + length
        position = offset
        while position < end:
            cluster, within = divmod(position, CLUSTER_SIZE)
            if cluster >= self._layout.data_start:
                piece = self._data(position, end - position)
            else:
                take = min(CLUSTER_SIZE - within, end - position)
                piece = self._metadata_cluster(cluster)[within : within + take]
            pieces.append(piece)
            position += len(piece)
        return pieces

    # -- metadata --------------------------------------------------------------------------
    def _make_header(self) -> bytes:
        layout = self._layout
        header = struct.pack(
            ">4sIQIIQIIQQIIQQQQII",
            b"QFI\xfb",
            QCOW2_VERSION,
            0,  # backing_file_offset
            0,  # backing_file_size
            CLUSTER_BITS,
            layout.virtual_size,
            0,  # crypt_method
            layout.l1_entries,
            layout.l1_start * CLUSTER_SIZE,
            layout.refcount_table_start * CLUSTER_SIZE,
            layout.refcount_table_clusters,
            0,  # nb_snapshots
            0,  # snapshots_offset
            0,  # incompatible_features
            0,  # compatible_features
            0,  # autoclear_features
            REFCOUNT_ORDER,
            HEADER_LENGTH,
        )
        # compression_type 0 and padding to 112 bytes, then the end-of-extensions marker (zeros).
        return header.ljust(CLUSTER_SIZE, b"\0")

    def _metadata_cluster(self, cluster: int) -> bytes:
        layout = self._layout
        if cluster == 0:
            return self._header
        if cluster < layout.refcount_blocks_start:
            return self._refcount_table_cluster(cluster - layout.refcount_table_start)
        if cluster < layout.l1_start:
            return self._refcount_block(cluster - layout.refcount_blocks_start)
        if cluster < layout.l2_start:
            return self._l1_cluster(cluster - layout.l1_start)
        return self._l2_table(self._clusters.tables_with_data[cluster - layout.l2_start])

    def _refcount_table_cluster(self, index: int) -> bytes:
        first = index * L2_ENTRIES
        last = min(first + L2_ENTRIES, self._layout.refcount_blocks)
        start = self._layout.refcount_blocks_start
        entries = [(start + block) * CLUSTER_SIZE for block in range(first, last)]
        return struct.pack(f">{len(entries)}Q", *entries).ljust(CLUSTER_SIZE, b"\0")

    def _refcount_block(self, index: int) -> bytes:
        first = index * REFCOUNTS_PER_BLOCK
        used = max(0, min(REFCOUNTS_PER_BLOCK, self._layout.host_clusters - first))
        return (b"\0\1" * used).ljust(CLUSTER_SIZE, b"\0")

    def _l1_cluster(self, index: int) -> bytes:
        first = index * L2_ENTRIES
        last = min(first + L2_ENTRIES, self._layout.l1_entries)
        clusters = self._clusters
        l2_start = self._layout.l2_start
        entries = [
            (l2_start + clusters.l2_before[table]) * CLUSTER_SIZE | COPIED
            if clusters.l2_before[table + 1] != clusters.l2_before[table]
            else 0
            for table in range(first, last)
        ]
        return struct.pack(f">{len(entries)}Q", *entries).ljust(CLUSTER_SIZE, b"\0")

    def _l2_table(self, table: int) -> bytes:
        entries = [0] * L2_ENTRIES
        first_guest = table * L2_ENTRIES
        host = self._layout.data_start + self._clusters.data_before[table]
        for cluster in self._clusters.table_clusters(table):
            entries[cluster - first_guest] = host * CLUSTER_SIZE | COPIED
            host += 1
        return struct.pack(f">{L2_ENTRIES}Q", *entries)

    # -- data ------------------------------------------------------------------------------
    def _data(self, position: int, length: int) -> bytes:
        """Bytes of the data area from host ``position``: a run of guest-contiguous clusters
        is read from the source at once, up to the length asked for (at most
        :data:`MAX_RUN` bytes), so a range over contiguous data is one piece, never joined."""
        ordinal, within = divmod(position - self._layout.data_start * CLUSTER_SIZE, CLUSTER_SIZE)
        wanted = min(_ceil_div(within + length, CLUSTER_SIZE), MAX_RUN // CLUSTER_SIZE)
        first = self._clusters.select(ordinal)
        count = 1
        for cluster in self._clusters.clusters_from(first + 1):
            if count == wanted or cluster != first + count:
                break
            count += 1
        raw = self._read_guest(first * CLUSTER_SIZE, count * CLUSTER_SIZE)
        if len(raw) < count * CLUSTER_SIZE:
            raw += bytes(count * CLUSTER_SIZE - len(raw))  # the last cluster ends past the disk
        for index in range(count):
            start = index * CLUSTER_SIZE
            head = raw[start : start + len(_ZERO_HEAD)]  # a data cluster shows itself early
            if head == _ZERO_HEAD and _is_zero(raw[start : start + CLUSTER_SIZE]):
                raise DiskError(
                    Text.of(
                        "The source disk changed while it was being converted: guest bytes at "
                        "{offset} held data when it was scanned and are zeros now.",
                        offset=(first + index) * CLUSTER_SIZE,
                    ),
                    Text.of("Leave the disk unchanged (stop the virtual machine) and start again."),
                )
        return raw[within : within + length]

    def _read_guest(self, offset: int, length: int) -> bytes:
        size = self._disk.size
        length = min(length, size - offset)
        if self._sequential_lock is None:
            return self._disk.read(offset, length)
        with self._sequential_lock:
            return self._disk.read(offset, length)


def open_qcow2_stream(path: str, progress: ScanProgress | None = None) -> Qcow2Stream:
    """Open ``path`` with the disk readers and scan it into a stream (closes the disk on error)."""
    from imageimporter.core.disk.open import open_disk

    disk = open_disk(path)
    try:
        return Qcow2Stream.scan(disk, progress)
    except BaseException:
        disk.close()
        raise
