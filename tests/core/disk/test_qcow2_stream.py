"""The QCOW2 stream against qemu-img: check, compare, size, ranges out of order, determinism."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from imageimporter.core.disk.model import DiskError
from imageimporter.core.disk.open import open_disk
from imageimporter.core.disk.qcow2_stream import CLUSTER_SIZE, Qcow2Stream
from tests.core.disk.stream_helpers import qemu, scattered_raw, write_stream
from tests.core.images import MIB, needs_qemu


@needs_qemu
def test_raw_converts_to_a_valid_identical_qcow2_close_to_qemu_size(tmp_path: Path) -> None:
    source = scattered_raw(tmp_path / "disk.raw")
    stream = Qcow2Stream.scan(open_disk(source))
    try:
        out = write_stream(stream, tmp_path / "out.qcow2")
    finally:
        stream.close()
    check = qemu("check", "--output=json", out)
    assert check.returncode == 0, check.stdout + check.stderr
    assert '"leaks"' not in check.stdout and '"corruptions"' not in check.stdout
    compare = qemu("compare", "-f", "raw", "-F", "qcow2", source, out)
    assert compare.returncode == 0, compare.stdout + compare.stderr
    reference = tmp_path / "ref.qcow2"
    assert qemu("convert", "-f", "raw", "-O", "qcow2", source, reference).returncode == 0
    assert abs(out.stat().st_size - reference.stat().st_size) <= 0.02 * reference.stat().st_size


def test_ranges_out_of_order_equal_the_whole_stream_and_runs_are_identical(
    tmp_path: Path,
) -> None:
    source = scattered_raw(tmp_path / "disk.raw", 64 * MIB, seed=7)
    first = Qcow2Stream.scan(open_disk(source))
    second = Qcow2Stream.scan(open_disk(source))
    try:
        whole = first.read_at(0, first.size)
        assert second.read_at(0, second.size) == whole
        assert first.identity() == second.identity()
        rng = random.Random(3)
        for _ in range(50):
            offset = rng.randrange(0, first.size)
            length = rng.randrange(0, min(first.size - offset, 3 * CLUSTER_SIZE) + 1)
            assert first.read_at(offset, length) == whole[offset : offset + length]
    finally:
        first.close()
        second.close()


def test_two_tib_sparse_raw_needs_only_a_small_bitmap(tmp_path: Path) -> None:
    source = tmp_path / "big.raw"
    with open(source, "wb") as handle:
        handle.truncate(2 << 40)
        handle.seek(1 << 40)
        handle.write(b"x" * 100)
    stream = Qcow2Stream.scan(open_disk(source))
    try:
        assert len(stream.clusters.bitmap) == 4 * MIB
        assert stream.clusters.data_clusters == 1
        assert stream.layout.l2_tables == 1
        tail = stream.read_at(stream.size - CLUSTER_SIZE, CLUSTER_SIZE)
        assert tail.startswith(b"x" * 100)
    finally:
        stream.close()


def test_data_turned_to_zeros_after_the_scan_is_an_error(tmp_path: Path) -> None:
    source = tmp_path / "disk.raw"
    with open(source, "wb") as handle:
        handle.truncate(4 * MIB)
        handle.write(b"data")
    stream = Qcow2Stream.scan(open_disk(source))
    try:
        with open(source, "r+b") as handle:
            handle.write(bytes(4))
        with pytest.raises(DiskError, match="changed"):
            stream.read_at(stream.layout.data_start * CLUSTER_SIZE, 10)
    finally:
        stream.close()
