"""Every writable format, written through qemu-io at random unaligned offsets: the reader gives
qemu's bytes for random ranges, its map never calls data zero, and the QCOW2 stream of it is
clean and identical for qemu-img.

The writes go through the format's own driver, so clusters are allocated in write order (host
order differs from guest order), partly written clusters and blocks keep zeros around the data,
``write -z`` sets zero flags where the format has them and ``discard`` frees what it can.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from imageimporter.core.disk.open import open_disk
from tests.correctness.harness import (
    KIB,
    MIB,
    QEMU_IMG,
    apply_writes,
    assert_map_honest,
    assert_reader_matches_qemu,
    assert_reads_equal,
    assert_stream_matches_qemu,
    needs_qemu,
    qemu_raw,
    random_writes,
    run,
    seeded,
)

pytestmark = needs_qemu

ALL_KINDS = ("data", "data", "zero", "discard")

# (id, qemu driver, qemu-img create options, virtual size, write kinds)
CASES: list[tuple[str, str, tuple[str, ...], int, tuple[str, ...]]] = [
    ("qcow2", "qcow2", (), 12 * MIB + 512, ALL_KINDS),
    ("qcow2-512-clusters", "qcow2", ("-o", "cluster_size=512"), 3 * MIB + 1024, ALL_KINDS),
    ("qcow2-2M-clusters", "qcow2", ("-o", "cluster_size=2M"), 9 * MIB - 512, ALL_KINDS),
    ("qcow2-v2", "qcow2", ("-o", "compat=0.10"), 10 * MIB, ALL_KINDS),
    ("qcow2-refcount1", "qcow2", ("-o", "refcount_bits=1"), 8 * MIB, ALL_KINDS),
    ("qcow2-refcount64", "qcow2", ("-o", "refcount_bits=64"), 8 * MIB, ALL_KINDS),
    ("qcow2-lazy", "qcow2", ("-o", "lazy_refcounts=on"), 8 * MIB, ALL_KINDS),
    ("qcow2-prealloc-metadata", "qcow2", ("-o", "preallocation=metadata"), 6 * MIB, ALL_KINDS),
    ("qcow2-prealloc-falloc", "qcow2", ("-o", "preallocation=falloc"), 6 * MIB, ALL_KINDS),
    ("qcow", "qcow", (), 10 * MIB + 512, ("data",)),
    ("qed", "qed", (), 10 * MIB + 512, ("data", "data", "zero")),
    ("qed-small-clusters", "qed", ("-o", "cluster_size=4096"), 6 * MIB, ("data", "zero")),
    ("vhd-dynamic", "vpc", (), 10 * MIB, ("data", "data", "zero")),
    ("vhd-dynamic-force-size", "vpc", ("-o", "force_size=on"), 9 * MIB + 512, ("data",)),
    ("vhd-fixed", "vpc", ("-o", "subformat=fixed"), 10 * MIB, ("data", "zero")),
    ("vhdx-dynamic", "vhdx", (), 12 * MIB + 512, ALL_KINDS),
    ("vhdx-1M-blocks", "vhdx", ("-o", "block_size=1M"), 7 * MIB, ALL_KINDS),
    ("vhdx-fixed", "vhdx", ("-o", "subformat=fixed"), 6 * MIB, ("data", "zero")),
    (
        "vhdx-no-zero-state",
        "vhdx",
        ("-o", "block_state_zero=off"),
        6 * MIB,
        ("data", "zero", "discard"),
    ),
    ("vmdk-monolithicSparse", "vmdk", (), 10 * MIB + 512, ("data", "data", "zero")),
    (
        "vmdk-twoGbMaxExtentSparse",
        "vmdk",
        ("-o", "subformat=twoGbMaxExtentSparse"),
        8 * MIB,
        ("data", "zero"),
    ),
    ("vmdk-monolithicFlat", "vmdk", ("-o", "subformat=monolithicFlat"), 8 * MIB, ("data",)),
    ("vmdk-zeroed-grain", "vmdk", ("-o", "zeroed_grain=on"), 8 * MIB, ("data", "zero")),
    ("vdi-dynamic", "vdi", (), 10 * MIB + 512, ALL_KINDS),
    ("vdi-static", "vdi", ("-o", "static=on"), 6 * MIB, ("data", "zero")),
    ("parallels", "parallels", (), 10 * MIB + 512, ALL_KINDS),
    ("parallels-64k-clusters", "parallels", ("-o", "cluster_size=64k"), 6 * MIB, ALL_KINDS),
]

EXTENSION = {"vpc": "vhd", "parallels": "hds"}


@pytest.mark.parametrize("case", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_random_writes_read_back_and_convert_as_qemu_reads_them(
    tmp_path: Path,
    request: pytest.FixtureRequest,
    case: tuple[str, tuple[str, ...], int, tuple[str, ...]],
) -> None:
    driver, options, size, kinds = case
    rng = seeded(request.node.name)
    image = tmp_path / f"disk.{EXTENSION.get(driver, driver)}"
    run(QEMU_IMG, "create", "-q", "-f", driver, *options, image, str(size))
    apply_writes(image, driver, random_writes(rng, size, 40, kinds), rng)
    expected = assert_reader_matches_qemu(image, driver, rng)
    assert any(expected), "the writes left no data: the test would prove nothing"
    assert_stream_matches_qemu(image, driver, tmp_path / "out.qcow2", rng, expected)


def _random_raw(path: Path, size: int, rng_name: str) -> Path:
    rng = seeded(rng_name)
    with open(path, "wb") as handle:
        handle.truncate(size)
        for _ in range(30):
            length = rng.randrange(1, 300 * KIB)
            handle.seek(rng.randrange(0, size - length))
            handle.write(rng.randbytes(length))
        handle.seek(size - 1)
        handle.write(b"\x01")
    return path


ConvertedCase = tuple[str, str, tuple[str, ...], int, Callable[[Path], None] | None]
ODD_SIZE = 16 * MIB + 3 * 512


def _overwrite_compressed(image: Path) -> None:
    # Overwrite parts of compressed clusters (reallocated uncompressed) and write new ones
    # compressed: a mix of compressed and plain clusters, host order scrambled.
    rng = seeded(f"overwrite {image.name}")  # the same writes every run
    apply_writes(image, "qcow2", random_writes(rng, 16 * MIB, 25, ("data", "zero")), rng)
    # qemu writes a compressed cluster only where none is allocated ("write failed: Input/output
    # error" otherwise), and the random writes may have allocated these: discard them first.
    run(
        "qemu-io", "-f", "qcow2",
        "-c", "discard -q 2M 64k",
        "-c", "write -q -c -P 0x3c 2M 64k",
        "-c", "discard -q 15M 64k",
        "-c", "write -q -c -P 0xc3 15M 64k",
        image,
    )  # fmt: skip


def _compress_qcow_clusters(image: Path) -> None:
    # qemu-img cannot convert to a compressed qcow v1, but qemu-io writes whole 4 KiB clusters
    # compressed: over data, over holes and the last whole cluster.
    run(
        "qemu-io", "-f", "qcow",
        "-c", "write -q -c -P 0x3c 0 4k",
        "-c", "write -q -c -P 0x00 8k 4k",
        "-c", "write -q -c -P 0x7e 5M 4k",
        "-c", "write -q -c -P 0xe7 16380k 4k",
        image,
    )  # fmt: skip


# Images that qemu-io cannot write at random (streamOptimized) or that start compressed:
# converted from a RAW with random data at random unaligned offsets, size not cluster-aligned.
CONVERTED: list[ConvertedCase] = [
    ("qcow2-zlib", "qcow2", ("-c",), ODD_SIZE, _overwrite_compressed),
    ("qcow2-zstd", "qcow2", ("-c", "-o", "compression_type=zstd"), ODD_SIZE, _overwrite_compressed),
    ("qcow2-v2-zlib", "qcow2", ("-c", "-o", "compat=0.10"), ODD_SIZE, None),
    ("qcow-zlib", "qcow", (), ODD_SIZE, _compress_qcow_clusters),
    ("vmdk-streamOptimized", "vmdk", ("-o", "subformat=streamOptimized"), ODD_SIZE, None),
    ("vmdk-twoGbMaxExtentFlat", "vmdk", ("-o", "subformat=twoGbMaxExtentFlat"), ODD_SIZE, None),
    ("raw", "raw", (), ODD_SIZE, None),
]


@pytest.mark.parametrize("case", [c[1:] for c in CONVERTED], ids=[c[0] for c in CONVERTED])
def test_converted_random_raw_reads_back_and_converts_as_qemu_reads_it(
    tmp_path: Path,
    request: pytest.FixtureRequest,
    case: tuple[str, tuple[str, ...], int, Callable[[Path], None] | None],
) -> None:
    driver, options, size, after = case
    rng = seeded(request.node.name)
    raw = _random_raw(tmp_path / "source.raw", size, request.node.name)
    image = tmp_path / f"disk.{driver}"
    run(QEMU_IMG, "convert", "-f", "raw", "-O", driver, *options, raw, image)
    if after is not None:
        after(image)
    expected = assert_reader_matches_qemu(image, driver, rng)
    assert_stream_matches_qemu(image, driver, tmp_path / "out.qcow2", rng, expected)


ODD_RAW_SIZES = [MIB + 100, 3 * MIB - 1, 65_537, 511]


def _odd_raw(path: Path, size: int) -> bytes:
    content = bytes(size - 3) + b"\x01\x02\x03"
    path.write_bytes(content)
    return content


@pytest.mark.parametrize("size", ODD_RAW_SIZES)
def test_raw_of_a_size_not_a_multiple_of_512_reads_to_its_last_byte(
    tmp_path: Path, request: pytest.FixtureRequest, size: int
) -> None:
    rng = seeded(request.node.name)
    content = _odd_raw(tmp_path / "odd.raw", size)
    with open_disk(tmp_path / "odd.raw") as disk:
        assert_reads_equal(disk, content, rng)
        assert_map_honest(disk, content)


@pytest.mark.parametrize("size", ODD_RAW_SIZES)
def test_stream_of_a_raw_not_a_multiple_of_512_keeps_its_last_bytes(
    tmp_path: Path, request: pytest.FixtureRequest, size: int
) -> None:
    """qemu reads such a file as if padded with zeros to 512 bytes (``qemu-img convert -O
    qcow2`` rounds the size up); the stream must carry the last bytes so that qemu sees them."""
    rng = seeded(request.node.name)
    content = _odd_raw(tmp_path / "odd.raw", size)
    padded = qemu_raw(tmp_path / "odd.raw", "raw")
    assert padded == content + bytes(len(padded) - size)
    assert_stream_matches_qemu(tmp_path / "odd.raw", "raw", tmp_path / "out.qcow2", rng, padded)
