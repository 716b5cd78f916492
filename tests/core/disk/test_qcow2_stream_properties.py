"""Properties of the QCOW2 stream, for disks hypothesis makes up.

- any range read on its own equals that slice of the whole stream, two streams of one disk
  are identical, the data the scan hands a sink is the stream's data area, and the estimate
  from the allocation map bounds the layout from above;
- the whole stream, decoded by the small independent QCOW2 reader below, gives the disk's guest
  bytes back, with every host cluster referenced once and its refcount exactly 1;
- data that turns to zeros after the scan is an error when read, never other bytes;
- a source file changed after opening (bytes, size, replaced, removed) is reported by
  ``changed()``.
"""

from __future__ import annotations

import os
import random
import struct
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from imageimporter.core.disk.model import DiskError, Extent, ExtentKind, FileStamp
from imageimporter.core.disk.open import open_disk
from imageimporter.core.disk.qcow2_stream import (
    CLUSTER_SIZE,
    L2_ENTRIES,
    Qcow2Stream,
    estimate_layout,
)

MIB = 1 << 20
OFFSET_MASK = 0x00FF_FFFF_FFFF_FE00


class MemoryDisk:
    """A sparse disk in memory: clusters that were written, zeros elsewhere. ``DATA`` extents
    are the written byte ranges plus ``zero_data`` ranges (allocated, but reading zeros)."""

    format = "raw"
    sequential_only = False

    def __init__(
        self, size: int, writes: list[tuple[int, bytes]], zero_data: list[tuple[int, int]]
    ) -> None:
        self.size = size
        self.clusters: dict[int, bytearray] = {}
        ranges = []
        for offset, data in writes:
            kept = data[: size - offset]
            self.write(offset, kept)
            ranges.append((offset, offset + len(kept)))
        ranges += [(offset, min(size, offset + length)) for offset, length in zero_data]
        self._data_ranges = merge(r for r in ranges if r[0] < r[1])

    def write(self, offset: int, data: bytes) -> None:
        position = offset
        while position < offset + len(data):
            index, within = divmod(position, CLUSTER_SIZE)
            take = min(CLUSTER_SIZE - within, offset + len(data) - position)
            cluster = self.clusters.setdefault(index, bytearray(CLUSTER_SIZE))
            cluster[within : within + take] = data[position - offset : position - offset + take]
            position += take

    def read(self, offset: int, length: int) -> bytes:
        length = max(0, min(length, self.size - offset))
        out = bytearray()
        position = offset
        while position < offset + length:
            index, within = divmod(position, CLUSTER_SIZE)
            take = min(CLUSTER_SIZE - within, offset + length - position)
            cluster = self.clusters.get(index)
            out += cluster[within : within + take] if cluster else bytes(take)
            position += take
        return bytes(out)

    def extents(self) -> Iterator[Extent]:
        position = 0
        for start, end in self._data_ranges:
            if start > position:
                yield Extent(position, start - position, ExtentKind.ZERO)
            yield Extent(start, end - start, ExtentKind.DATA)
            position = end
        if position < self.size:
            yield Extent(position, self.size - position, ExtentKind.ZERO)

    def files(self) -> tuple[FileStamp, ...]:
        return ()

    def close(self) -> None:
        pass


def merge(ranges: Iterator[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(ranges):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


@st.composite
def disks(draw: st.DrawFn) -> MemoryDisk:
    # Up to three L2 tables (512 MiB each), sizes not a multiple of the cluster size included.
    size = draw(st.integers(1, 3 * L2_ENTRIES * CLUSTER_SIZE))
    rng = random.Random(draw(st.integers(0, 2**32)))
    writes = [
        (draw(st.integers(0, size - 1)), rng.randbytes(draw(st.integers(1, 3 * CLUSTER_SIZE))))
        for _ in range(draw(st.integers(0, 12)))
    ]
    # A piece of written zeros, as a file system allocates them.
    writes += [
        (draw(st.integers(0, size - 1)), bytes(draw(st.integers(1, 2 * CLUSTER_SIZE))))
        for _ in range(draw(st.integers(0, 2)))
    ]
    zero_data = [
        (draw(st.integers(0, size - 1)), draw(st.integers(1, 4 * CLUSTER_SIZE)))
        for _ in range(draw(st.integers(0, 3)))
    ]
    return MemoryDisk(size, writes, zero_data)


def decode(image: bytes) -> dict[int, bytes]:
    """Guest cluster -> its 64 KiB, read from the image's L1/L2 tables; asserts the refcounts."""
    (magic, version, _, _, cluster_bits, size, _, l1_size, l1_offset, rt_offset, rt_clusters) = (
        struct.unpack_from(">4sIQIIQIIQQI", image)
    )
    assert (magic, version, cluster_bits) == (b"QFI\xfb", 3, 16)
    assert len(image) % CLUSTER_SIZE == 0
    host_clusters = len(image) // CLUSTER_SIZE
    references = [0] * host_clusters

    def use(offset: int, clusters: int = 1) -> None:
        assert offset % CLUSTER_SIZE == 0 and offset + clusters * CLUSTER_SIZE <= len(image)
        for index in range(offset // CLUSTER_SIZE, offset // CLUSTER_SIZE + clusters):
            references[index] += 1

    use(0)
    use(rt_offset, rt_clusters)
    use(l1_offset, -(-l1_size * 8 // CLUSTER_SIZE))
    assert l1_size == -(-size // (CLUSTER_SIZE * L2_ENTRIES))
    guest: dict[int, bytes] = {}
    for table, l1_entry in enumerate(struct.unpack_from(f">{l1_size}Q", image, l1_offset)):
        if not l1_entry:
            continue
        assert l1_entry & (1 << 63)  # COPIED: refcount 1
        l2_offset = l1_entry & OFFSET_MASK
        use(l2_offset)
        for index, l2_entry in enumerate(struct.unpack_from(f">{L2_ENTRIES}Q", image, l2_offset)):
            if not l2_entry:
                continue
            assert l2_entry & (1 << 63) and not l2_entry & 1  # COPIED, not a zero cluster
            host = l2_entry & OFFSET_MASK
            use(host)
            guest[table * L2_ENTRIES + index] = image[host : host + CLUSTER_SIZE]
    rt_entries = struct.unpack_from(f">{rt_clusters * CLUSTER_SIZE // 8}Q", image, rt_offset)
    refcounts = []
    for block_offset in rt_entries:
        if block_offset:
            use(block_offset)
            refcounts += struct.unpack_from(f">{CLUSTER_SIZE // 2}H", image, block_offset)
    assert references == [1] * host_clusters
    assert refcounts[:host_clusters] == references
    assert not any(refcounts[host_clusters:])
    return guest


@settings(max_examples=40, deadline=None)
@given(disk=disks(), data=st.data())
def test_ranges_equal_the_whole_stream_which_decodes_to_the_disk(
    disk: MemoryDisk, data: st.DataObject
) -> None:
    written: list[bytes] = []
    stream = Qcow2Stream.scan(disk, sink=written.append)
    whole = stream.read_at(0, stream.size)
    assert Qcow2Stream.scan(disk).read_at(0, stream.size) == whole
    # What the scan hands its sink is the data area, as convert lays it down in one pass.
    assert b"".join(written) == whole[stream.layout.metadata_bytes :]
    # The allocation map's estimate bounds the scan's layout from above.
    estimate = estimate_layout(disk)
    assert estimate.virtual_size == stream.layout.virtual_size
    assert estimate.data_clusters >= stream.layout.data_clusters
    assert estimate.metadata_bytes >= stream.layout.metadata_bytes
    assert estimate.size >= stream.size
    for _ in range(8):
        offset = data.draw(st.integers(0, stream.size))
        length = data.draw(st.integers(0, min(stream.size - offset, 5 * CLUSTER_SIZE)))
        assert stream.read_at(offset, length) == whole[offset : offset + length]
    guest = decode(whole)
    with_data = {index for index, cluster in disk.clusters.items() if any(cluster)}
    assert set(guest) == with_data
    for index in with_data:
        expected = bytes(disk.clusters[index])
        if (index + 1) * CLUSTER_SIZE > disk.size:  # the tail past the disk reads as zeros
            expected = expected[: disk.size - index * CLUSTER_SIZE].ljust(CLUSTER_SIZE, b"\0")
        assert guest[index] == expected


@settings(max_examples=30, deadline=None)
@given(disk=disks(), data=st.data())
def test_data_that_became_zeros_is_an_error_not_other_bytes(
    disk: MemoryDisk, data: st.DataObject
) -> None:
    stream = Qcow2Stream.scan(disk)
    ordered = sorted(index for index, cluster in disk.clusters.items() if any(cluster))
    if not ordered:
        return
    ordinal = data.draw(st.integers(0, len(ordered) - 1))
    disk.clusters[ordered[ordinal]] = bytearray(CLUSTER_SIZE)
    host = (stream.layout.data_start + ordinal) * CLUSTER_SIZE
    with pytest.raises(DiskError, match="changed"):
        stream.read_at(host + data.draw(st.integers(0, CLUSTER_SIZE - 1)), 1)
    # The metadata does not depend on the source's bytes: still there.
    assert stream.read_at(0, 4) == b"QFI\xfb"


def await_clock_past(folder: Path, mtime_ns: int) -> None:
    """Until a file written now gets a later mtime than ``mtime_ns`` (the file system's clock
    ticks coarser than nanoseconds: a change within one tick keeps size and mtime)."""
    probe = folder / "probe"
    for _ in range(1_000_000):
        probe.write_bytes(b"")
        if probe.stat().st_mtime_ns > mtime_ns:
            return
    raise AssertionError("the file system's clock did not move")


CHANGES = ["flip a byte", "grow", "shrink", "replace", "remove"]


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(change=st.sampled_from(CHANGES), where=st.integers(0, MIB - 1), seed=st.integers(0, 99))
def test_a_changed_source_file_is_reported(
    tmp_path: Path, change: str, where: int, seed: int
) -> None:
    folder = tmp_path / f"{change}-{where}-{seed}"
    folder.mkdir()
    source = folder / "disk.raw"
    source.write_bytes(random.Random(seed).randbytes(MIB))
    stream = Qcow2Stream.scan(open_disk(source))
    try:
        assert stream.changed() is None
        await_clock_past(folder, source.stat().st_mtime_ns)
        if change == "flip a byte":
            with open(source, "r+b") as handle:
                handle.seek(where)
                byte = handle.read(1)
                handle.seek(where)
                handle.write(bytes([byte[0] ^ 0xFF]))
        elif change in ("grow", "shrink"):
            os.truncate(source, MIB + 512 if change == "grow" else where)
        elif change == "replace":
            copy = folder / "copy.raw"
            copy.write_bytes(source.read_bytes())
            os.replace(copy, source)
        else:
            source.unlink()
        message = stream.changed()
        assert message is not None and str(source) in message
    finally:
        stream.close()
