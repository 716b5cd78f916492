"""VHD: fixed, dynamic and differencing disks read as qemu reads them; damage is a DiskError."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest

from imageimporter.core.disk.model import ExtentKind
from imageimporter.core.disk.open import open_disk
from imageimporter.core.disk.tables import bit_run
from imageimporter.core.inspect.vhd import vhd_checksum
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
    runs,
)

pytestmark = needs_qemu


def test_dynamic_vhd_reads_and_maps_as_qemu(source: Path, tmp_path: Path) -> None:
    image = convert(source, tmp_path / "dynamic.vhd", "vpc")
    # The map comes from the BAT: the same blocks qemu sees allocated.
    assert_reads_and_maps_as_qemu(image, "vpc", "vhd")


def test_fixed_vhd_reads_as_qemu_and_maps_holes_as_zeros(source: Path, tmp_path: Path) -> None:
    image = convert(source, tmp_path / "fixed.vhd", "vpc", "-o", "subformat=fixed")
    extents = assert_reads_as_qemu(image, "vpc", "vhd")
    ours = data_runs(extents)
    assert covered(qemu_data_runs(image, "vpc", stored_zeros_as_data=False), ours)
    assert sum(end - start for start, end in ours) < 16 * MIB  # the file's holes are not data


def _patch_footers(path: Path, change: dict[int, bytes]) -> None:
    """Change fields of both footer copies of a sparse VHD and fix their checksums."""
    data = bytearray(path.read_bytes())
    for start in (0, len(data) - 512):
        for offset, value in change.items():
            data[start + offset : start + offset + len(value)] = value
        struct.pack_into(">I", data, start + 64, 0)
        struct.pack_into(">I", data, start + 64, vhd_checksum(bytes(data[start : start + 512]), 64))
    path.write_bytes(bytes(data))


def _make_differencing(top: Path, base: Path, locators: list[tuple[bytes, str]]) -> None:
    """Turn the dynamic VHD ``top`` (made by qemu) into a differencing disk of ``base``.

    qemu cannot make differencing VHDs; this sets what Hyper-V would: the disk type, the
    parent's unique id and name in the dynamic header, and parent locators whose data goes in
    the unused end of the BAT's sector.
    """
    base_footer = base.read_bytes()[-512:]
    _patch_footers(top, {60: struct.pack(">I", 4)})
    data = bytearray(top.read_bytes())
    (header_at,) = struct.unpack_from(">Q", data, 16)
    header = header_at
    (table_at,) = struct.unpack_from(">Q", data, header + 16)
    (entries,) = struct.unpack_from(">I", data, header + 28)
    free = table_at + entries * 4
    data[header + 40 : header + 56] = base_footer[68:84]
    data[header + 64 : header + 576] = bytes(512)
    name = base.name.encode("utf-16-be")
    data[header + 64 : header + 64 + len(name)] = name
    for index, (code, value) in enumerate(locators):
        encoded = value.encode("utf-8" if code.startswith(b"Mac") else "utf-16-le")
        assert free + len(encoded) <= table_at + 512 * (-(-entries * 4 // 512))
        data[free : free + len(encoded)] = encoded
        struct.pack_into(">4sIIIQ", data, header + 576 + index * 24, code, 1, len(encoded), 0, free)
        free += len(encoded)
    struct.pack_into(">I", data, header + 36, 0)
    struct.pack_into(">I", data, header + 36, vhd_checksum(bytes(data[header : header + 1024]), 36))
    top.write_bytes(bytes(data))


@pytest.fixture
def differencing(source: Path, tmp_path: Path) -> tuple[Path, Path, bytes]:
    """A differencing VHD over a dynamic one, and the bytes it must read as."""
    folder = tmp_path / "disks"
    folder.mkdir()
    base = convert(source, folder / "base.vhd", "vpc")
    top = folder / "top.vhd"
    run_size = str(len(qemu_bytes(base, "vpc")))
    run(QEMU_IMG, "create", "-q", "-f", "vpc", top, run_size)
    qemu_io(top, "vpc", "write -P 0xab 1M 64k", "write -P 0xcd 33M 512", "write -P 0x11 60M 2M")
    expected = bytearray(qemu_bytes(base, "vpc"))
    top_bytes = qemu_bytes(top, "vpc")
    # qemu allocates whole blocks (bitmaps all set): those blocks come from the top.
    for block_start in (0, 32 * MIB, 60 * MIB):
        expected[block_start : block_start + 2 * MIB] = top_bytes[
            block_start : block_start + 2 * MIB
        ]
    _make_differencing(top, base, [(b"W2ru", ".\\base.vhd"), (b"W2ku", "C:\\vms\\base.vhd")])
    return top, base, bytes(expected)


def test_differencing_vhd_reads_through_its_parent(differencing: tuple[Path, Path, bytes]) -> None:
    top, base, expected = differencing
    with open_disk(top) as disk:
        assert disk.format == "vhd"
        got = b"".join(disk.read(offset, 4 * MIB) for offset in range(0, disk.size, 4 * MIB))
        assert got == expected
        assert [stamp.path for stamp in disk.files()] == [str(top), str(base)]
        extents = list(disk.extents())
    # The top's blocks and, where it has none, the parent's map.
    with open_disk(base) as parent:
        parent_data = data_runs(parent.extents())
    top_blocks = [(0, 2 * MIB), (32 * MIB, 34 * MIB), (60 * MIB, 62 * MIB)]
    assert data_runs(extents) == runs(parent_data + top_blocks)
    for extent in extents:
        if extent.kind != ExtentKind.DATA:
            assert not any(expected[extent.offset : extent.end])


def test_cleared_bitmap_bits_read_the_parents_sectors(
    differencing: tuple[Path, Path, bytes],
) -> None:
    top, base, expected = differencing
    data = bytearray(top.read_bytes())
    (header_at,) = struct.unpack_from(">Q", data, 16)
    (table_at,) = struct.unpack_from(">Q", data, header_at + 16)
    (sector,) = struct.unpack_from(">I", data, table_at)  # block 0, written at 1 MiB
    bitmap_at = sector * 512
    # Clear sectors 2048..2055 (the first 4 KiB written at 1 MiB): the parent's bytes show.
    data[bitmap_at + 2048 // 8] = 0
    top.write_bytes(bytes(data))
    base_bytes = qemu_bytes(base, "vpc")
    with open_disk(top) as disk:
        assert disk.read(MIB, 4096) == base_bytes[MIB : MIB + 4096]
        assert disk.read(MIB + 4096, 4096) == expected[MIB + 4096 : MIB + 8192]
        assert (
            disk.read(0, 2 * MIB)
            == expected[:MIB] + base_bytes[MIB : MIB + 4096] + expected[MIB + 4096 : 2 * MIB]
        )


def test_parent_found_by_its_windows_path_when_the_relative_one_is_missing(
    differencing: tuple[Path, Path, bytes],
) -> None:
    top, _base, expected = differencing
    _make_differencing(
        top, top.parent / "base.vhd", [(b"W2ru", ".\\gone\\base.vhd"), (b"W2ku", "D:\\x\\base.vhd")]
    )
    with open_disk(top) as disk:
        assert disk.read(MIB, 65536) == expected[MIB : MIB + 65536]


def test_missing_parent_is_named(differencing: tuple[Path, Path, bytes]) -> None:
    top, base, _expected = differencing
    base.rename(base.with_name("elsewhere.vhd"))
    error = fails_with_words(lambda: open_read_map(top))
    assert "base.vhd" in error.message


def test_parent_with_another_unique_id_is_refused(
    differencing: tuple[Path, Path, bytes], source: Path
) -> None:
    top, base, _expected = differencing
    base.unlink()
    convert(source, base, "vpc")  # same content, a new unique id
    error = fails_with_words(lambda: open_read_map(top))
    assert "unique id" in error.message


def test_truncated_dynamic_vhd(source: Path, tmp_path: Path) -> None:
    image = convert(source, tmp_path / "cut.vhd", "vpc")
    with open(image, "r+b") as handle:
        handle.truncate(3 * MIB)  # the footer copy at the start still opens it
    error = fails_with_words(lambda: open_read_map(image))
    assert "beyond the end" in error.message


def test_bat_entry_past_the_end_of_file(source: Path, tmp_path: Path) -> None:
    image = convert(source, tmp_path / "bat.vhd", "vpc")
    data = bytearray(image.read_bytes())
    (header_at,) = struct.unpack_from(">Q", data, 16)
    (table_at,) = struct.unpack_from(">Q", data, header_at + 16)
    struct.pack_into(">I", data, table_at + 4, 0x7FFF_0000)
    image.write_bytes(bytes(data))
    error = fails_with_words(lambda: open_read_map(image))
    assert "Block 1" in error.message and str(image) in error.message


def test_damaged_footer_checksum(source: Path, tmp_path: Path) -> None:
    image = convert(source, tmp_path / "sum.vhd", "vpc", "-o", "subformat=fixed")
    data = bytearray(image.read_bytes())
    data[-512 + 48] ^= 0x40  # the size, without fixing the checksum
    image.write_bytes(bytes(data))
    error = fails_with_words(lambda: open_read_map(image))
    assert "checksum" in error.message


@pytest.mark.parametrize(
    ("bitmap", "first", "end", "msb_first", "expected"),
    [
        (b"\xff\xff", 0, 16, True, (True, 16)),
        (b"\x00\x00", 3, 16, True, (False, 16)),
        (b"\xf0\x00", 0, 16, True, (True, 4)),
        (b"\xf0\x00", 4, 16, True, (False, 16)),
        (b"\x0f\x00", 0, 16, False, (True, 4)),
        (b"\xff\x01", 0, 16, False, (True, 9)),
        (b"\xff\x80", 0, 16, True, (True, 9)),
        (b"\xff\xff", 2, 5, True, (True, 5)),
    ],
)
def test_bit_runs(
    bitmap: bytes, first: int, end: int, msb_first: bool, expected: tuple[bool, int]
) -> None:
    assert bit_run(bitmap, first, end, msb_first=msb_first) == expected


def test_damaged_last_footer_of_a_dynamic_vhd_falls_back_to_the_first(
    source: Path, tmp_path: Path
) -> None:
    image = convert(source, tmp_path / "tail.vhd", "vpc")
    expected = qemu_bytes(image, "vpc")
    data = bytearray(image.read_bytes())
    data[-512 + 40] ^= 0x40  # the original size, in the last footer only
    image.write_bytes(bytes(data))
    with open_disk(image) as disk:
        assert read_all(disk) == expected


def test_parent_found_by_a_macx_file_url(differencing: tuple[Path, Path, bytes]) -> None:
    top, base, expected = differencing
    moved = base.parent / "sub dir"
    moved.mkdir()
    base.rename(moved / "base.vhd")
    url = "file://" + str(moved / "base.vhd").replace(" ", "%20")
    _make_differencing(top, moved / "base.vhd", [(b"MacX", url)])
    with open_disk(top) as disk:
        assert disk.read(MIB, 65536) == expected[MIB : MIB + 65536]
        assert disk.files()[1].path == str(moved / "base.vhd")
