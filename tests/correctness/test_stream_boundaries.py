"""The QCOW2 stream at its edges: the last byte of a virtual size that is not a multiple of the
cluster size, data on both sides of L2-table and L1-cluster boundaries, and images whose host
clusters end just before, at and after a refcount block's reach.

The source is a synthetic disk whose every data cluster holds its own index, so a misplaced
cluster shows. qemu judges the metadata: ``qemu-img check`` of the stream's metadata (the data
area left sparse where it is too large to write) and ``qemu-img map`` of where each guest
cluster lies, which must be where the stream put that cluster's own bytes.
"""

from __future__ import annotations

import json
import random
import struct
import subprocess
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

from imageimporter.core.disk.model import Extent, ExtentKind, FileStamp
from imageimporter.core.disk.qcow2_stream import (
    CLUSTER_SIZE,
    L2_ENTRIES,
    REFCOUNTS_PER_BLOCK,
    ClusterMap,
    Qcow2Layout,
    Qcow2Stream,
)
from tests.correctness.harness import MIB, QEMU_IMG, QEMU_IO, needs_qemu, run, seeded

pytestmark = needs_qemu
GIB = 1024 * MIB
TIB = 1024 * GIB


class PatternDisk:
    """A disk whose data clusters each hold their index (8 bytes, repeated); zeros elsewhere."""

    format = "raw"
    sequential_only = False

    def __init__(self, size: int, data_clusters: Iterable[int]) -> None:
        self._size = size
        self.data = sorted(set(data_clusters))
        self._set = set(self.data)

    @property
    def size(self) -> int:
        return self._size

    def cluster_bytes(self, cluster: int) -> bytes:
        """What the stream must hold for ``cluster``: its pattern, zeros past the disk's end."""
        whole = struct.pack(">Q", cluster + 1) * (CLUSTER_SIZE // 8)
        inside = max(0, min(CLUSTER_SIZE, self._size - cluster * CLUSTER_SIZE))
        return whole[:inside] + bytes(CLUSTER_SIZE - inside)

    def read(self, offset: int, length: int) -> bytes:
        end = min(offset + length, self._size)
        out = bytearray()
        position = offset
        while position < end:
            cluster, within = divmod(position, CLUSTER_SIZE)
            take = min(CLUSTER_SIZE - within, end - position)
            if cluster in self._set:
                out += self.cluster_bytes(cluster)[within : within + take]
            else:
                out += bytes(take)
            position += take
        return bytes(out)

    def extents(self) -> Iterator[Extent]:
        position = 0
        for cluster in self.data:
            start = cluster * CLUSTER_SIZE
            if start > position:
                yield Extent(position, start - position, ExtentKind.ZERO)
            length = min(CLUSTER_SIZE, self._size - start)
            yield Extent(start, length, ExtentKind.DATA)
            position = start + length
        if position < self._size:
            yield Extent(position, self._size - position, ExtentKind.ZERO)

    def files(self) -> tuple[FileStamp, ...]:
        return ()

    def close(self) -> None:
        pass


def cluster_map(size: int, clusters: Iterable[int]) -> ClusterMap:
    count = -(-size // CLUSTER_SIZE)
    bitmap = bytearray(-(-count // L2_ENTRIES) * (L2_ENTRIES // 8))
    for cluster in clusters:
        bitmap[cluster >> 3] |= 1 << (cluster & 7)
    return ClusterMap(size, bitmap)


def write_stream(stream: Qcow2Stream, disk: PatternDisk, path: Path, with_data: bool) -> None:
    """The metadata, and the data clusters too when ``with_data``; the rest left sparse."""
    metadata = stream.layout.metadata_bytes
    with open(path, "wb") as handle:
        for offset in range(0, metadata, 4 * MIB):
            handle.write(stream.read_at(offset, min(4 * MIB, metadata - offset)))
        if with_data:
            for offset in range(metadata, stream.size, 4 * MIB):
                handle.write(stream.read_at(offset, min(4 * MIB, stream.size - offset)))
        handle.truncate(stream.size)


def qemu_map(path: Path) -> list[dict[str, int | bool]]:
    done = subprocess.run(
        [QEMU_IMG, "map", "--output=json", "-f", "qcow2", str(path)],
        capture_output=True,
        text=True,
        check=True,
    )
    entries: list[dict[str, int | bool]] = json.loads(done.stdout)
    return entries


def assert_clean(path: Path) -> None:
    check = subprocess.run(
        [QEMU_IMG, "check", "--output=json", "-f", "qcow2", str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert check.returncode == 0, check.stdout + check.stderr
    report = json.loads(check.stdout)
    assert report.get("corruptions", 0) == 0 and report.get("leaks", 0) == 0, report


def assert_qemu_finds_every_cluster(
    path: Path, stream: Qcow2Stream, disk: PatternDisk, rng: random.Random
) -> None:
    """qemu's guest-to-host map has exactly the data clusters, and each lies where the stream
    holds that cluster's own bytes (all of them checked for small maps, a sample otherwise)."""
    host_of: dict[int, int] = {}
    covered = 0
    for entry in qemu_map(path):
        start, length = int(entry["start"]), int(entry["length"])
        assert start == covered, f"qemu-img map has a gap at {covered}"
        covered = start + length
        if not entry["data"]:
            continue
        assert start % CLUSTER_SIZE == 0, entry
        for index in range(-(-length // CLUSTER_SIZE)):
            host_of[start // CLUSTER_SIZE + index] = int(entry["offset"]) + index * CLUSTER_SIZE
    assert covered == disk.size, (covered, disk.size)
    assert sorted(host_of) == disk.data, "qemu sees other data clusters than the disk has"
    sample = disk.data if len(disk.data) <= 3000 else [
        *disk.data[:50],
        *disk.data[-50:],
        *rng.sample(disk.data, 500),
        *(c for c in disk.data if c % L2_ENTRIES in (0, L2_ENTRIES - 1)),
    ]  # fmt: skip
    for cluster in sample:
        assert stream.read_at(host_of[cluster], CLUSTER_SIZE) == disk.cluster_bytes(cluster), (
            f"guest cluster {cluster} maps to host {host_of[cluster]}, which holds other bytes"
        )


def last_clusters(size: int) -> list[int]:
    last = (size - 1) // CLUSTER_SIZE
    return [0, last - 1, last] if last > 0 else [0]


SIZES = [
    MIB + 512,
    MIB + CLUSTER_SIZE - 512,
    512 * MIB - 512,
    512 * MIB,
    512 * MIB + 512,
    10 * GIB - 512,
    10 * GIB + 512,
    2 * TIB - 512,
]


@pytest.mark.parametrize("size", SIZES, ids=[str(s) for s in SIZES])
def test_data_in_the_last_byte_and_at_every_l2_boundary_reads_back_through_qemu(
    tmp_path: Path, request: pytest.FixtureRequest, size: int
) -> None:
    rng = seeded(request.node.name)
    last = (size - 1) // CLUSTER_SIZE
    boundaries = {
        c for t in range(1, last // L2_ENTRIES + 1) for c in (t * L2_ENTRIES - 1, t * L2_ENTRIES)
    }
    clusters = {*last_clusters(size), *(c for c in boundaries if c <= last)}
    clusters |= {rng.randrange(0, last + 1) for _ in range(20)}
    disk = PatternDisk(size, clusters)
    stream = Qcow2Stream.scan(disk)
    assert stream.clusters.data_clusters == len(disk.data)
    out = tmp_path / "out.qcow2"
    write_stream(stream, disk, out, with_data=True)
    assert_clean(out)
    assert_qemu_finds_every_cluster(out, stream, disk, rng)
    info = json.loads(run(QEMU_IMG, "info", "--output=json", "-f", "qcow2", out))
    assert info["virtual-size"] == size
    # the very last guest bytes, read by qemu itself
    tail = disk.read(size - 8, 8)
    run(QEMU_IO, "-f", "qcow2", "-c", f"read -q -P {tail[-1]} {size - 1} 1", out)
    dump = run(QEMU_IO, "-f", "qcow2", "-c", f"read -v {size - 8} 8", out)
    assert tail.hex(" ") in dump, dump


def _data_clusters_for_host_clusters(size: int, tables: int, host_clusters: int) -> int:
    """How many data clusters (spread over ``tables`` L2 tables) make the image end at
    ``host_clusters`` host clusters, or -1 when no count does exactly."""
    low, high = 0, host_clusters
    while low <= high:
        middle = (low + high) // 2
        total = Qcow2Layout.for_counts(size, tables, middle).host_clusters
        if total == host_clusters:
            return middle
        if total < host_clusters:
            low = middle + 1
        else:
            high = middle - 1
    return -1


@pytest.mark.parametrize("offset", [-1, 0, 1, 2])
def test_host_clusters_around_a_refcount_block_boundary_are_counted(
    tmp_path: Path, request: pytest.FixtureRequest, offset: int
) -> None:
    """Around 32,768 host clusters (one refcount block's reach) the refcount structures grow;
    ``qemu-img check`` of the metadata finds no unreferenced or uncounted cluster."""
    rng = seeded(request.node.name)
    size = 4 * GIB + 512
    tables = 9  # the last table holds only the final cluster
    target = REFCOUNTS_PER_BLOCK + offset
    count = _data_clusters_for_host_clusters(size, tables, target)
    if count < 0:
        # the refcount block the image needs is itself past the boundary: no image ends there
        count = _data_clusters_for_host_clusters(size, tables, target + 1)
    assert count > 0
    last = (size - 1) // CLUSTER_SIZE
    clusters = [*rng.sample(range(0, 8 * L2_ENTRIES), count - 1), last]
    disk = PatternDisk(size, clusters)
    stream = Qcow2Stream(disk, cluster_map(size, clusters))
    assert abs(stream.layout.host_clusters - target) <= 1
    out = tmp_path / "out.qcow2"
    write_stream(stream, disk, out, with_data=False)
    assert_clean(out)
    assert_qemu_finds_every_cluster(out, stream, disk, rng)


def test_virtual_size_past_one_l1_cluster(tmp_path: Path, request: pytest.FixtureRequest) -> None:
    """4 TiB needs 8,192 L1 entries, one cluster; a byte more needs a second L1 cluster."""
    rng = seeded(request.node.name)
    size = 4 * TIB + 512
    last = (size - 1) // CLUSTER_SIZE
    clusters = [0, L2_ENTRIES * 8191 - 1, L2_ENTRIES * 8191, last]
    disk = PatternDisk(size, clusters)
    stream = Qcow2Stream(disk, cluster_map(size, clusters))
    assert stream.layout.l1_clusters == 2
    out = tmp_path / "out.qcow2"
    write_stream(stream, disk, out, with_data=True)
    assert_clean(out)
    assert_qemu_finds_every_cluster(out, stream, disk, rng)
