"""Overlays and backing chains written at random: every layer has data, zero clusters and
discards over its parent's data, parents of other sizes and formats. The reader must read
through the chain as qemu does, its map must never call a parent's data zero, and the stream
must be what qemu reads.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from imageimporter.core.disk.model import DiskError
from imageimporter.core.disk.open import open_disk
from tests.correctness.harness import (
    MIB,
    QEMU_IMG,
    QEMU_IO,
    apply_writes,
    assert_reader_matches_qemu,
    assert_stream_matches_qemu,
    needs_qemu,
    random_writes,
    run,
    seeded,
)

pytestmark = needs_qemu

ALL_KINDS = ("data", "data", "zero", "discard")
EXTENSION = {"vpc": "vhd", "parallels": "hds"}


def overlay_on(
    folder: Path,
    parent: Path,
    parent_driver: str,
    name: str,
    driver: str,
    *,
    size: int | None = None,
) -> Path:
    image = folder / name
    args: list[str | Path] = [QEMU_IMG, "create", "-q", "-f", driver]
    args += ["-b", parent.name, "-F", parent_driver, image]
    if size is not None:
        args.append(str(size))
    run(*args)
    return image


def write_randomly(image: Path, driver: str, size: int, rng: random.Random, count: int) -> None:
    apply_writes(image, driver, random_writes(rng, size, count, ALL_KINDS), rng)


@pytest.mark.parametrize("base_driver", ["raw", "qcow2", "vmdk", "vdi", "vhdx", "vpc", "qed"])
def test_qcow2_chain_of_depth_three_with_zeros_and_discards(
    tmp_path: Path, request: pytest.FixtureRequest, base_driver: str
) -> None:
    rng = seeded(request.node.name)
    size = 12 * MIB
    base = tmp_path / f"base.{EXTENSION.get(base_driver, base_driver)}"
    run(QEMU_IMG, "create", "-q", "-f", base_driver, base, str(size))
    write_randomly(base, base_driver, size, rng, 40)
    middle = overlay_on(tmp_path, base, base_driver, "middle.qcow2", "qcow2")
    write_randomly(middle, "qcow2", size, rng, 30)
    top = overlay_on(tmp_path, middle, "qcow2", "top.qcow2", "qcow2")
    write_randomly(top, "qcow2", size, rng, 30)
    # zeros and discards over data that only the base holds
    run(QEMU_IO, "-f", "qcow2", "-c", "write -q -z 100k 300k", "-c", "discard -q 2M 1M", top)
    expected = assert_reader_matches_qemu(top, "qcow2", rng)
    assert_stream_matches_qemu(top, "qcow2", tmp_path / "out.qcow2", rng, expected)


@pytest.mark.parametrize(
    ("parent_size", "child_size"),
    [
        (4 * MIB + 512, 12 * MIB),  # the child is larger: past the parent it reads zeros
        (12 * MIB, 4 * MIB + 512),  # the child is smaller: the parent's tail is not the disk
        (5 * MIB - 512, 5 * MIB),
    ],
    ids=["larger-child", "smaller-child", "parent-one-sector-short"],
)
@pytest.mark.parametrize("driver", ["qcow2", "qed", "qcow"])
def test_overlay_of_another_size_than_its_parent(
    tmp_path: Path, request: pytest.FixtureRequest, driver: str, parent_size: int, child_size: int
) -> None:
    rng = seeded(request.node.name)
    base = tmp_path / "base.qcow2"
    run(QEMU_IMG, "create", "-q", "-f", "qcow2", base, str(parent_size))
    apply_writes(base, "qcow2", random_writes(rng, parent_size, 30), rng)
    # data in the parent's very last bytes, which the child may or may not cover
    run(QEMU_IO, "-f", "qcow2", "-c", f"write -q -P 0x77 {parent_size - 512} 512", base)
    top = overlay_on(tmp_path, base, "qcow2", f"top.{driver}", driver, size=child_size)
    apply_writes(top, driver, random_writes(rng, child_size, 20, ("data",)), rng)
    expected = assert_reader_matches_qemu(top, driver, rng)
    assert len(expected) == child_size
    assert_stream_matches_qemu(top, driver, tmp_path / "out.qcow2", rng, expected)


def test_vmdk_delta_chain_of_depth_three(tmp_path: Path, request: pytest.FixtureRequest) -> None:
    rng = seeded(request.node.name)
    size = 10 * MIB
    base = tmp_path / "base.vmdk"
    run(QEMU_IMG, "create", "-q", "-f", "vmdk", base, str(size))
    apply_writes(base, "vmdk", random_writes(rng, size, 30), rng)
    middle = overlay_on(tmp_path, base, "vmdk", "middle.vmdk", "vmdk")
    apply_writes(middle, "vmdk", random_writes(rng, size, 30, ("data", "zero")), rng)
    top = overlay_on(tmp_path, middle, "vmdk", "top.vmdk", "vmdk")
    apply_writes(top, "vmdk", random_writes(rng, size, 30, ("data", "zero")), rng)
    expected = assert_reader_matches_qemu(top, "vmdk", rng)
    assert_stream_matches_qemu(top, "vmdk", tmp_path / "out.qcow2", rng, expected)


def test_overlay_on_a_raw_parent_of_a_size_not_a_multiple_of_512(
    tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    rng = seeded(request.node.name)
    base = tmp_path / "base.raw"
    base.write_bytes(rng.randbytes(2 * MIB + 100))
    top = overlay_on(tmp_path, base, "raw", "top.qcow2", "qcow2", size=4 * MIB)
    apply_writes(top, "qcow2", random_writes(rng, 4 * MIB, 10, ("data",)), rng)
    expected = assert_reader_matches_qemu(top, "qcow2", rng)
    assert_stream_matches_qemu(top, "qcow2", tmp_path / "out.qcow2", rng, expected)


def test_qcow2_with_internal_snapshots_reads_the_active_layer(
    tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    """After a snapshot, writes copy clusters (refcount 2): the active L1 is the disk, not the
    snapshot's."""
    rng = seeded(request.node.name)
    size = 8 * MIB
    image = tmp_path / "snap.qcow2"
    run(QEMU_IMG, "create", "-q", "-f", "qcow2", image, str(size))
    apply_writes(image, "qcow2", random_writes(rng, size, 30), rng)
    run(QEMU_IMG, "snapshot", "-c", "first", image)
    apply_writes(image, "qcow2", random_writes(rng, size, 30, ALL_KINDS), rng)
    run(QEMU_IMG, "snapshot", "-c", "second", image)
    apply_writes(image, "qcow2", random_writes(rng, size, 10, ALL_KINDS), rng)
    expected = assert_reader_matches_qemu(image, "qcow2", rng)
    assert_stream_matches_qemu(image, "qcow2", tmp_path / "out.qcow2", rng, expected)


def test_qcow2_after_a_snapshot_is_applied_reads_the_snapshot(
    tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    rng = seeded(request.node.name)
    size = 8 * MIB
    image = tmp_path / "applied.qcow2"
    run(QEMU_IMG, "create", "-q", "-f", "qcow2", image, str(size))
    apply_writes(image, "qcow2", random_writes(rng, size, 30), rng)
    run(QEMU_IMG, "snapshot", "-c", "kept", image)
    apply_writes(image, "qcow2", random_writes(rng, size, 30, ALL_KINDS), rng)
    run(QEMU_IMG, "snapshot", "-a", "kept", image)
    expected = assert_reader_matches_qemu(image, "qcow2", rng)
    assert_stream_matches_qemu(image, "qcow2", tmp_path / "out.qcow2", rng, expected)


@pytest.mark.parametrize(
    "options",
    [
        ("-o", "data_file=data.raw"),
        ("-o", "data_file=data.raw,data_file_raw=on"),
        ("-o", "extended_l2=on"),
        ("-o", "extended_l2=on,cluster_size=2M"),
    ],
    ids=["data-file", "data-file-raw", "extended-l2", "extended-l2-2M"],
)
def test_qcow2_features_the_reader_cannot_read_are_refused_not_misread(
    tmp_path: Path, request: pytest.FixtureRequest, options: tuple[str, ...]
) -> None:
    """Reading such an image the plain way would give wrong bytes (data in another file,
    subclusters marked zero): it must be refused with words, or read exactly as qemu reads it."""
    rng = seeded(request.node.name)
    size = 6 * MIB
    image = tmp_path / "feature.qcow2"
    # qemu-img create finds a relative data file from the working directory: name it whole
    options = tuple(o.replace("data.raw", str(tmp_path / "data.raw")) for o in options)
    run(QEMU_IMG, "create", "-q", "-f", "qcow2", *options, image, str(size))
    apply_writes(image, "qcow2", random_writes(rng, size, 30, ALL_KINDS), rng)
    try:
        with open_disk(image):
            pass
    except DiskError as exc:
        assert exc.message
        return
    expected = assert_reader_matches_qemu(image, "qcow2", rng)
    assert_stream_matches_qemu(image, "qcow2", tmp_path / "out.qcow2", rng, expected)
