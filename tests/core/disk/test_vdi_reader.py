"""VDI: dynamic and static disks read as qemu reads them; snapshots and damage are DiskErrors."""

from __future__ import annotations

import struct
from pathlib import Path

from imageimporter.core.disk.model import ExtentKind
from imageimporter.core.disk.open import open_disk
from tests.core.disk.qemu import (
    MIB,
    assert_reads_and_maps_as_qemu,
    assert_reads_as_qemu,
    convert,
    fails_with_words,
    needs_qemu,
    open_read_map,
)

pytestmark = needs_qemu


def _block_map_at(data: bytes) -> int:
    (offset,) = struct.unpack_from("<I", data, 0x154)
    return int(offset)


def test_dynamic_vdi_reads_and_maps_as_qemu(source: Path, tmp_path: Path) -> None:
    image = convert(source, tmp_path / "disk.vdi", "vdi")
    assert_reads_and_maps_as_qemu(image, "vdi", "vdi")


def test_static_vdi_reads_as_qemu(source: Path, tmp_path: Path) -> None:
    image = convert(source, tmp_path / "static.vdi", "vdi", "-o", "static=on")
    assert_reads_and_maps_as_qemu(image, "vdi", "vdi")


def test_zero_block_entry_reads_zeros_and_maps_zero(source: Path, tmp_path: Path) -> None:
    image = convert(source, tmp_path / "zero.vdi", "vdi")
    data = bytearray(image.read_bytes())
    struct.pack_into("<I", data, _block_map_at(data), 0xFFFF_FFFE)  # block 0: "zeros"
    image.write_bytes(bytes(data))
    extents = assert_reads_as_qemu(image, "vdi", "vdi")
    assert extents[0].kind == ExtentKind.ZERO and extents[0].end == MIB


def test_differencing_vdi_is_refused_with_what_to_do(source: Path, tmp_path: Path) -> None:
    image = convert(source, tmp_path / "snapshot.vdi", "vdi")
    data = bytearray(image.read_bytes())
    struct.pack_into("<I", data, 0x4C, 4)  # image type: differencing
    data[0x1A8:0x1B8] = bytes(range(1, 17))  # the parent's UUID
    image.write_bytes(bytes(data))
    error = fails_with_words(lambda: open_read_map(image))
    assert "snapshot" in error.message
    assert "clone the disk in VirtualBox first" in error.action


def test_block_map_entry_past_the_end_of_file(source: Path, tmp_path: Path) -> None:
    image = convert(source, tmp_path / "bat.vdi", "vdi")
    data = bytearray(image.read_bytes())
    struct.pack_into("<I", data, _block_map_at(data), 0x00FF_FFF0)
    image.write_bytes(bytes(data))
    error = fails_with_words(lambda: open_read_map(image))
    assert "Block 0" in error.message and "beyond the end" in error.message


def test_truncated_vdi(source: Path, tmp_path: Path) -> None:
    image = convert(source, tmp_path / "cut.vdi", "vdi")
    with open(image, "r+b") as handle:
        handle.truncate(2 * MIB)
    error = fails_with_words(lambda: open_read_map(image))
    assert str(image) in error.message


def test_header_cut_short(tmp_path: Path, source: Path) -> None:
    image = convert(source, tmp_path / "head.vdi", "vdi")
    image.write_bytes(image.read_bytes()[:0x100])
    error = fails_with_words(lambda: open_read_map(image))
    assert "cut short" in error.message


def test_files_lists_the_one_file(source: Path, tmp_path: Path) -> None:
    image = convert(source, tmp_path / "one.vdi", "vdi")
    with open_disk(image) as disk:
        (stamp,) = disk.files()
        assert stamp.path == str(image) and stamp.size == image.stat().st_size
