"""The transfer policy on real images: as it is, converted while uploading, or refused."""

from __future__ import annotations

import lzma
import shutil
from pathlib import Path

import pytest

from imageimporter.core.disk.open import open_disk
from imageimporter.core.disk.qcow2_stream import CLUSTER_SIZE, Qcow2Layout, Qcow2Stream
from imageimporter.core.disk.transfer import (
    SendEstimate,
    TransferMode,
    estimate_send,
    plan_transfer,
)
from imageimporter.core.inspect.inspector import inspect_path
from tests.core.images import (
    GIB,
    MIB,
    QEMU_IMG,
    SFDISK,
    needs_qemu,
    needs_sfdisk,
    qemu_convert,
    qemu_info,
    run,
    sparse_file,
)

pytestmark = needs_sfdisk

# Bytes with no zero among them, so every cluster a write touches holds data.
PATTERN = bytes(range(1, 256)) * 4


def sparse_raw(path: Path, size: int, data: list[tuple[int, int]], zeros: int = 0) -> Path:
    """``size`` bytes with an MBR (so inspection sees a disk), ``PATTERN`` written at each
    (offset, length), and ``zeros`` written zero bytes at 32 MiB (allocated, no data)."""
    sparse_file(path, size)
    run(SFDISK, "-q", path, input=b"label: dos\n,8M,83,*\n")
    with open(path, "r+b") as handle:
        for offset, length in data:
            handle.seek(offset)
            handle.write((PATTERN * (length // len(PATTERN) + 1))[:length])
        if zeros:
            handle.seek(32 * MIB)
            handle.write(bytes(zeros))
    return path


def exact(path: Path) -> SendEstimate:
    stream = Qcow2Stream.scan(open_disk(path))
    try:
        return SendEstimate.of_stream(stream)
    finally:
        stream.close()


def quick(path: Path) -> SendEstimate:
    with open_disk(path) as disk:
        return estimate_send(disk)


# Three data runs, the first two unaligned (3 and 2 clusters touched), in two L2 tables.
DATA = [(1000, 2 * CLUSTER_SIZE), (5 * MIB + 10, 70_000), (600 * MIB, 4 * MIB)]
DATA_CLUSTERS = 3 + 2 + 64


def test_estimate_counts_data_extents_and_the_scan_drops_written_zeros(tmp_path: Path) -> None:
    source = sparse_raw(tmp_path / "disk.raw", GIB, DATA, zeros=8 * MIB)
    scanned = exact(source)
    assert (scanned.virtual_size, scanned.exact) == (GIB, True)
    assert scanned.qcow2_bytes == Qcow2Layout.for_counts(GIB, 2, DATA_CLUSTERS).size
    estimated = quick(source)
    assert (estimated.virtual_size, estimated.exact) == (GIB, False)
    # The written zeros are DATA in the allocation map: 128 more clusters, same two L2 tables.
    assert estimated.qcow2_bytes == Qcow2Layout.for_counts(GIB, 2, DATA_CLUSTERS + 128).size


def test_sparse_raw_goes_as_qcow2_with_both_sizes(tmp_path: Path) -> None:
    source = sparse_raw(tmp_path / "disk.raw", 40 * GIB, DATA)
    report = inspect_path(source)
    plan = plan_transfer(report, exact(source))
    assert plan.mode is TransferMode.CONVERT and plan.converted
    assert (plan.import_format, plan.disk_image_size_gib) == ("QCOW2", 40)
    assert plan.bytes_to_send == Qcow2Layout.for_counts(40 * GIB, 2, DATA_CLUSTERS).size
    assert plan.sizes == "40.0 GiB virtual, 4.69 MiB to send"
    assert "99 % fewer bytes" in plan.reason
    rough = plan_transfer(report, quick(source))
    assert rough.converted and rough.sizes.startswith("40.0 GiB virtual, about ")


def test_raw_full_of_data_goes_as_it_is(tmp_path: Path) -> None:
    source = sparse_raw(tmp_path / "disk.raw", 16 * MIB, [(512, 15 * MIB)])
    plan = plan_transfer(inspect_path(source), exact(source))
    assert plan.mode is TransferMode.AS_IS and not plan.converted
    assert (plan.import_format, plan.disk_image_size_gib) == ("RAW", 5)
    assert plan.bytes_to_send == 16 * MIB
    assert "less than 10 %" in plan.reason
    assert plan.sizes == "16.0 MiB virtual, 16.0 MiB to send"


def test_as_is_is_honoured_when_ecs_takes_the_file(tmp_path: Path) -> None:
    source = sparse_raw(tmp_path / "disk.raw", 40 * GIB, DATA)
    plan = plan_transfer(inspect_path(source), exact(source), as_is=True)
    assert plan.mode is TransferMode.AS_IS
    assert (plan.import_format, plan.bytes_to_send) == ("RAW", 40 * GIB)


def test_a_raw_without_an_estimate_goes_as_it_is(tmp_path: Path) -> None:
    """A RAW with no estimate (no reader opened it) still goes as it is: ECS takes it."""
    source = sparse_raw(tmp_path / "disk.raw", 40 * GIB, DATA)
    plan = plan_transfer(inspect_path(source), None)
    assert plan.mode is TransferMode.AS_IS and plan.import_format == "RAW"


@needs_qemu
@pytest.mark.parametrize(
    ("fmt", "options", "mode", "import_format"),
    [
        ("qcow2", (), TransferMode.AS_IS, "QCOW2"),
        ("vpc", (), TransferMode.AS_IS, "VHD"),  # dynamic VHD: already sparse
        ("vpc", ("-o", "subformat=fixed"), TransferMode.CONVERT, "QCOW2"),
        ("vmdk", (), TransferMode.CONVERT, "QCOW2"),
        ("vhdx", (), TransferMode.CONVERT, "QCOW2"),
    ],
)
def test_formats_made_by_qemu_img(
    tmp_path: Path, fmt: str, options: tuple[str, ...], mode: TransferMode, import_format: str
) -> None:
    raw = sparse_raw(tmp_path / "disk.raw", 64 * MIB, DATA[:2])
    image = qemu_convert(raw, tmp_path / f"disk.{fmt}", fmt, *options)
    plan = plan_transfer(inspect_path(image), exact(image))
    assert (plan.mode, plan.import_format, plan.disk_image_size_gib) == (mode, import_format, 5)
    assert plan.virtual_size == qemu_info(image, fmt)["virtual-size"]  # VHD rounds to CHS


@needs_qemu
def test_a_format_ecs_does_not_take(tmp_path: Path) -> None:
    raw = sparse_raw(tmp_path / "disk.raw", 64 * MIB, DATA[:2])
    report = inspect_path(qemu_convert(raw, tmp_path / "disk.vmdk", "vmdk"))
    plan = plan_transfer(report, exact(raw))
    assert plan.converted and "VMDK (VMware) disk" in plan.reason
    unreadable = plan_transfer(report, None)
    assert unreadable.mode is TransferMode.REFUSED and "cannot be read" in unreadable.reason
    assert unreadable.import_format is None and unreadable.sizes == ""
    unchanged = plan_transfer(report, exact(raw), as_is=True)
    assert unchanged.mode is TransferMode.REFUSED and "--as-is" in unchanged.reason


def test_a_compressed_raw_is_converted_with_its_size_from_the_reader(tmp_path: Path) -> None:
    raw = sparse_raw(tmp_path / "disk.raw", 64 * MIB, DATA[:2])
    packed = tmp_path / "disk.raw.xz"
    with open(raw, "rb") as source, lzma.open(packed, "wb") as target:
        shutil.copyfileobj(source, target)
    report = inspect_path(packed)
    assert report.virtual_size is None  # inspection does not decompress it
    plan = plan_transfer(report, exact(packed))
    assert (plan.mode, plan.virtual_size, plan.import_format) == (
        TransferMode.CONVERT,
        64 * MIB,
        "QCOW2",
    )
    assert plan.bytes_to_send == exact(raw).qcow2_bytes
    assert "xz file holding a raw disk" in plan.reason
    # Without an allocation map everything counts until read: the quick estimate is the disk.
    assert quick(packed).qcow2_bytes > 64 * MIB


@needs_qemu
def test_an_encrypted_disk_is_refused(tmp_path: Path) -> None:
    # qcow2's own AES: no key derivation, whose timing qemu-img measures and may fail on a
    # busy machine ("Unable to get accurate CPU usage").
    image = tmp_path / "encrypted.qcow2"
    run(
        QEMU_IMG, "create", "-q", "--object", "secret,id=sec0,data=passphrase", "-f", "qcow2",
        "-o", "encrypt.format=aes,encrypt.key-secret=sec0", image, "64M",
    )  # fmt: skip
    plan = plan_transfer(inspect_path(image), SendEstimate(64 * MIB, 10 * MIB, exact=False))
    assert plan.mode is TransferMode.REFUSED and "encrypted" in plan.reason


def test_not_a_disk_and_too_large_are_refused(tmp_path: Path) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("hello\n" * 1000)
    plan = plan_transfer(inspect_path(text), None)
    assert plan.mode is TransferMode.REFUSED and plan.reason
    huge = sparse_raw(tmp_path / "huge.raw", 2049 * GIB, DATA)
    plan = plan_transfer(inspect_path(huge), exact(huge))
    assert plan.mode is TransferMode.REFUSED and "2049 GiB" in plan.reason


def test_plan_json_keys(tmp_path: Path) -> None:
    source = sparse_raw(tmp_path / "disk.raw", 40 * GIB, DATA)
    plan = plan_transfer(inspect_path(source), exact(source))
    assert plan.to_json() == {
        "mode": "convert",
        "reason": plan.reason,
        "virtual_size": 40 * GIB,
        "bytes_to_send": plan.bytes_to_send,
        "exact": True,
        "import_format": "QCOW2",
        "disk_image_size_gib": 40,
    }
