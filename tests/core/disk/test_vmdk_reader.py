"""VMDK: every subformat qemu makes, multi-extent descriptors and delta links, read as qemu
reads them; hostile descriptors and damaged tables are DiskErrors."""

from __future__ import annotations

import os
import struct
import tarfile
from pathlib import Path

import pytest

from imageimporter.core.disk.model import ExtentKind
from imageimporter.core.disk.open import open_disk
from tests.core.disk.qemu import (
    MIB,
    QEMU_IMG,
    assert_reads_and_maps_as_qemu,
    assert_reads_as_qemu,
    convert,
    covered,
    data_runs,
    fails_with_words,
    needs_qemu,
    open_read_map,
    qemu_bytes,
    qemu_data_runs,
    qemu_io,
    read_all,
    run,
)

pytestmark = needs_qemu

GIB = 1024 * MIB


@pytest.mark.parametrize(
    "subformat", ["monolithicSparse", "streamOptimized", "twoGbMaxExtentSparse"]
)
def test_sparse_vmdk_reads_and_maps_as_qemu(source: Path, tmp_path: Path, subformat: str) -> None:
    image = convert(source, tmp_path / "disk.vmdk", "vmdk", "-o", f"subformat={subformat}")
    assert_reads_and_maps_as_qemu(image, "vmdk", "vmdk")


@pytest.mark.parametrize("subformat", ["monolithicFlat", "twoGbMaxExtentFlat"])
def test_flat_vmdk_reads_as_qemu_and_maps_holes_as_zeros(
    source: Path, tmp_path: Path, subformat: str
) -> None:
    image = convert(source, tmp_path / "disk.vmdk", "vmdk", "-o", f"subformat={subformat}")
    extents = assert_reads_as_qemu(image, "vmdk", "vmdk")
    ours = data_runs(extents)
    assert covered(qemu_data_runs(image, "vmdk", stored_zeros_as_data=False), ours)
    assert sum(end - start for start, end in ours) < 16 * MIB
    with open_disk(image) as disk:
        assert len(disk.files()) == 2  # the descriptor and its flat extent


def test_split_sparse_vmdk_over_two_extents(tmp_path: Path) -> None:
    raw = tmp_path / "big.raw"
    with open(raw, "wb") as handle:
        handle.truncate(2 * GIB + 64 * MIB)
        for offset in (0, 2 * GIB - 3, 2 * GIB + 64 * MIB - 4096):
            handle.seek(offset)
            handle.write(os.urandom(4096 if offset % 4096 == 0 else 5))
    image = convert(raw, tmp_path / "big.vmdk", "vmdk", "-o", "subformat=twoGbMaxExtentSparse")
    with open_disk(image) as disk, open(raw, "rb") as expected:
        assert disk.size == 2 * GIB + 64 * MIB
        assert len(disk.files()) == 3
        for offset in (0, 2 * GIB - 3 - 70_000, 2 * GIB + 64 * MIB - 1_000_000):
            expected.seek(offset)
            assert disk.read(offset, 1_000_000) == expected.read(1_000_000)
        assert data_runs(disk.extents()) == qemu_data_runs(image, "vmdk")


def test_descriptor_with_flat_zero_and_sparse_extents(source: Path, tmp_path: Path) -> None:
    flat = convert(source, tmp_path / "a.vmdk", "vmdk", "-o", "subformat=monolithicFlat")
    sparse = convert(source, tmp_path / "b.vmdk", "vmdk", "-o", "subformat=twoGbMaxExtentSparse")
    descriptor = tmp_path / "mixed.vmdk"
    descriptor.write_text(
        "# Disk DescriptorFile\nversion=1\nCID=12345678\nparentCID=ffffffff\n"
        'createType="twoGbMaxExtentSparse"\n\n# Extent description\n'
        'RW 8192 FLAT "a-flat.vmdk" 2048\n'
        "RW 4096 ZERO\n"
        'RW 131072 SPARSE "b-s001.vmdk"\n'
    )
    # qemu skips ZERO extents (it wants a file name on every extent line), so the expected
    # bytes are put together from what qemu reads of each extent.
    expected = qemu_bytes(flat, "vmdk")[MIB : 5 * MIB] + bytes(2 * MIB) + qemu_bytes(sparse, "vmdk")
    with open_disk(descriptor) as disk:
        assert disk.size == len(expected)
        assert read_all(disk) == expected
        extents = list(disk.extents())
        assert [stamp.path for stamp in disk.files()] == [
            str(descriptor),
            str(tmp_path / "a-flat.vmdk"),
            str(tmp_path / "b-s001.vmdk"),
        ]
    zero = [extent for extent in extents if extent.kind == ExtentKind.ZERO]
    assert any(extent.offset <= 4 * MIB and extent.end >= 6 * MIB for extent in zero)
    sparse_part = [
        (start - 6 * MIB, end - 6 * MIB) for start, end in data_runs(extents) if start >= 6 * MIB
    ]
    assert sparse_part == qemu_data_runs(sparse, "vmdk")


@pytest.fixture
def delta(source: Path, tmp_path: Path) -> tuple[Path, Path]:
    base = convert(source, tmp_path / "base.vmdk", "vmdk")
    top = tmp_path / "delta.vmdk"
    run(QEMU_IMG, "create", "-q", "-f", "vmdk", "-b", "base.vmdk", "-F", "vmdk", top)
    qemu_io(top, "vmdk", "write -P 0xab 1M 64k", "write -P 0xcd 33M 512", "write -z 0 4096")
    return top, base


def test_delta_vmdk_reads_through_its_parent(delta: tuple[Path, Path]) -> None:
    top, base = delta
    extents = assert_reads_as_qemu(top, "vmdk", "vmdk")
    assert data_runs(extents) == qemu_data_runs(top, "vmdk")
    with open_disk(top) as disk:
        assert [stamp.path for stamp in disk.files()] == [str(top), str(base)]


def test_missing_parent_is_named(delta: tuple[Path, Path]) -> None:
    top, base = delta
    base.unlink()
    error = fails_with_words(lambda: open_read_map(top))
    assert "base.vmdk" in error.message


def test_parent_written_after_the_delta_was_made_is_refused(delta: tuple[Path, Path]) -> None:
    top, base = delta
    qemu_io(base, "vmdk", "write -P 0x55 0 512")  # qemu gives the parent a new CID
    error = fails_with_words(lambda: open_read_map(top))
    assert "content id" in error.message


def _flat_descriptor(tmp_path: Path, extent_name: str) -> Path:
    descriptor = tmp_path / "disk.vmdk"
    descriptor.write_text(
        "# Disk DescriptorFile\nversion=1\nCID=fffffffe\nparentCID=ffffffff\n"
        f'createType="monolithicFlat"\n\nRW 2048 FLAT "{extent_name}" 0\n'
    )
    return descriptor


@pytest.mark.parametrize("name", ["../outside.raw", "/etc/passwd", "sub/../../outside.raw"])
def test_extent_outside_the_descriptors_folder_is_refused(tmp_path: Path, name: str) -> None:
    folder = tmp_path / "vm"
    folder.mkdir()
    (tmp_path / "outside.raw").write_bytes(b"secret" * 200_000)
    descriptor = _flat_descriptor(folder, name)
    error = fails_with_words(lambda: open_read_map(descriptor))
    assert "outside the descriptor's folder" in error.message


def test_extent_that_is_a_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe-flat.vmdk")
    descriptor = _flat_descriptor(tmp_path, "pipe-flat.vmdk")
    error = fails_with_words(lambda: open_read_map(descriptor))
    assert "pipe" in error.message


def test_missing_extent_is_named(tmp_path: Path) -> None:
    descriptor = _flat_descriptor(tmp_path, "gone-flat.vmdk")
    error = fails_with_words(lambda: open_read_map(descriptor))
    assert "gone-flat.vmdk" in error.message


def test_flat_extent_shorter_than_its_descriptor_says(tmp_path: Path) -> None:
    (tmp_path / "short-flat.vmdk").write_bytes(bytes(512 * 100))
    descriptor = _flat_descriptor(tmp_path, "short-flat.vmdk")
    error = fails_with_words(lambda: open_read_map(descriptor))
    assert "beyond the end" in error.message


@pytest.mark.parametrize(
    ("create_type", "extent", "words"),
    [
        ("seSparse", 'RW 2048 SESPARSE "x-sesparse.vmdk"', "seSparse"),
        ("vmfsSparse", 'RW 2048 VMFSSPARSE "x-delta.vmdk"', "vmfsSparse"),
        ("vmfsRDM", 'RW 2048 VMFSRDM "x-rdm.vmdk"', "vmfsRDM"),
        ("monolithicFlat", 'RW 2048 VMFSSPARSE "x-delta.vmdk"', "VMFSSPARSE"),
    ],
)
def test_esxi_only_kinds_are_refused_with_words(
    tmp_path: Path, create_type: str, extent: str, words: str
) -> None:
    descriptor = tmp_path / "x.vmdk"
    descriptor.write_text(
        f'# Disk DescriptorFile\nversion=1\nCID=1\nparentCID=ffffffff\ncreateType="{create_type}"\n'
        f"{extent}\n"
    )
    error = fails_with_words(lambda: open_read_map(descriptor))
    assert words in error.message and "vSphere" in error.action


def test_stream_optimized_without_its_end(source: Path, tmp_path: Path) -> None:
    image = convert(source, tmp_path / "s.vmdk", "vmdk", "-o", "subformat=streamOptimized")
    with open(image, "r+b") as handle:
        handle.truncate(image.stat().st_size - 1536)  # footer and end-of-stream marker lost
    error = fails_with_words(lambda: open_read_map(image))
    assert str(image) in error.message


def test_damaged_compressed_grain(source: Path, tmp_path: Path) -> None:
    image = convert(source, tmp_path / "s.vmdk", "vmdk", "-o", "subformat=streamOptimized")
    with open_disk(image) as disk:
        first = next(e for e in disk.extents() if e.kind == ExtentKind.DATA)
    data = bytearray(image.read_bytes())
    marker = data.index(struct.pack("<Q", first.offset // 512), 65536)  # first grain's marker
    data[marker + 14 : marker + 40] = bytes(26)
    image.write_bytes(bytes(data))
    error = fails_with_words(lambda: open_read_map(image))
    assert "inflate" in error.message


def test_grain_table_past_the_end_of_file(source: Path, tmp_path: Path) -> None:
    image = convert(source, tmp_path / "gt.vmdk", "vmdk")
    data = bytearray(image.read_bytes())
    (gd_offset,) = struct.unpack_from("<Q", data, 56)
    struct.pack_into("<I", data, gd_offset * 512, 0x7FFF_FFF0)
    image.write_bytes(bytes(data))
    error = fails_with_words(lambda: open_read_map(image))
    assert "grain table" in error.message


def test_parent_named_by_the_top_is_read_relative_to_it(
    delta: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    top, _base = delta
    elsewhere = top.parent / "other"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)  # the working directory plays no part
    with open_disk(top) as disk:
        assert disk.read(MIB, 4) == b"\xab" * 4
    assert qemu_bytes(top, "vmdk")[MIB : MIB + 4] == b"\xab" * 4


def test_one_file_named_by_many_extents_is_opened_once(source: Path, tmp_path: Path) -> None:
    flat = convert(source, tmp_path / "a.vmdk", "vmdk", "-o", "subformat=monolithicFlat")
    expected = qemu_bytes(flat, "vmdk")
    lines = "".join(f'RW 2048 FLAT "a-flat.vmdk" {index * 2048}\n' for index in range(64))
    descriptor = tmp_path / "many.vmdk"
    descriptor.write_text(
        "# Disk DescriptorFile\nversion=1\nCID=1\nparentCID=ffffffff\n"
        f'createType="monolithicFlat"\n{lines}'
    )
    with open_disk(descriptor) as disk:
        assert [stamp.path for stamp in disk.files()] == [
            str(descriptor),
            str(tmp_path / "a-flat.vmdk"),
        ]
        assert read_all(disk) == expected


def _delta_naming(tmp_path: Path, hint: str) -> Path:
    """A delta descriptor (its data in a flat extent) whose parent hint is ``hint``."""
    (tmp_path / "delta-flat.vmdk").write_bytes(bytes(MIB))
    top = tmp_path / "delta.vmdk"
    top.write_text(
        "# Disk DescriptorFile\nversion=1\nCID=1\nparentCID=12345678\n"
        f'createType="monolithicFlat"\nparentFileNameHint="{hint}"\n'
        'RW 2048 FLAT "delta-flat.vmdk" 0\n'
    )
    return top


def test_delta_naming_itself_is_a_loop(tmp_path: Path) -> None:
    top = _delta_naming(tmp_path, "delta.vmdk")
    error = fails_with_words(lambda: open_read_map(top))
    assert "loops" in error.message


def test_delta_whose_parent_is_a_folder(tmp_path: Path) -> None:
    (tmp_path / "base.vmdk").mkdir()
    top = _delta_naming(tmp_path, "base.vmdk")
    error = fails_with_words(lambda: open_read_map(top))
    assert "folder" in error.message and "base.vmdk" in error.message


def test_stream_optimized_disk_inside_an_ova(source: Path, tmp_path: Path) -> None:
    image = convert(source, tmp_path / "disk1.vmdk", "vmdk", "-o", "subformat=streamOptimized")
    (tmp_path / "vm.ovf").write_text("<Envelope/>")
    ova = tmp_path / "vm.ova"
    with tarfile.open(ova, "w", format=tarfile.USTAR_FORMAT) as archive:
        archive.add(tmp_path / "vm.ovf", "vm.ovf")
        archive.add(image, "disk1.vmdk")
    expected = qemu_bytes(image, "vmdk")
    with open_disk(ova) as disk:
        assert disk.format == "vmdk"
        assert read_all(disk) == expected
        assert data_runs(disk.extents()) == qemu_data_runs(image, "vmdk")
