"""VHDX: fixed, dynamic and differencing disks read as qemu reads them; damage is a DiskError."""

from __future__ import annotations

import struct
import uuid
from pathlib import Path

import pytest
from fastcrc import crc32

from imageimporter.core.disk.model import ExtentKind
from imageimporter.core.disk.open import open_disk
from imageimporter.core.inspect.vhdx import (
    BAT_REGION,
    FILE_PARAMETERS,
    METADATA_REGION,
    PARENT_LOCATOR,
)
from tests.core.disk.qemu import (
    MIB,
    QEMU_IMG,
    assert_reads_as_qemu,
    convert,
    data_runs,
    fails_with_words,
    needs_qemu,
    open_read_map,
    qemu_bytes,
    qemu_io,
    run,
    runs,
)

pytestmark = needs_qemu

KIB = 1024
LOCATOR_TYPE = uuid.UUID("b04aefb7-d19e-4a81-b789-25b8e9445913")


@pytest.mark.parametrize("options", [(), ("-o", "block_size=1M"), ("-o", "subformat=fixed")])
def test_vhdx_reads_as_qemu(source: Path, tmp_path: Path, options: tuple[str, ...]) -> None:
    image = convert(source, tmp_path / "disk.vhdx", "vhdx", *options)
    extents = assert_reads_as_qemu(image, "vhdx", "vhdx")
    # qemu reports no map for VHDX; the BAT's must keep every written byte and skip what
    # qemu left out (it writes ZERO or NOT_PRESENT blocks where the source had none).
    data = data_runs(extents)
    block = MIB if "block_size=1M" in options else 8 * MIB
    assert sum(end - start for start, end in data) <= 12 * block
    assert any(extent.kind != ExtentKind.DATA for extent in extents)


def _fix_crc(data: bytearray, start: int, length: int) -> None:
    struct.pack_into("<I", data, start + 4, 0)
    struct.pack_into("<I", data, start + 4, crc32.iscsi(bytes(data[start : start + length])))


def _regions(data: bytes) -> dict[uuid.UUID, tuple[int, int]]:
    (count,) = struct.unpack_from("<I", data, 192 * KIB + 8)
    found = {}
    for index in range(count):
        entry = 192 * KIB + 16 + index * 32
        offset, length = struct.unpack_from("<QI", data, entry + 16)
        found[uuid.UUID(bytes_le=bytes(data[entry : entry + 16]))] = (offset, length)
    return found


def _data_write_guid(path: Path) -> uuid.UUID:
    data = path.read_bytes()
    headers = [data[offset : offset + 4096] for offset in (64 * KIB, 128 * KIB)]
    current = max(headers, key=lambda header: struct.unpack_from("<Q", header, 8)[0])
    return uuid.UUID(bytes_le=current[32:48])


def _locator(values: dict[str, str]) -> bytes:
    entries = b""
    strings = b""
    base = 20 + 12 * len(values)
    for key, value in values.items():
        key_raw, value_raw = key.encode("utf-16-le"), value.encode("utf-16-le")
        key_at = base + len(strings)
        strings += key_raw
        value_at = base + len(strings)
        strings += value_raw
        entries += struct.pack("<IIHH", key_at, value_at, len(key_raw), len(value_raw))
    return LOCATOR_TYPE.bytes_le + struct.pack("<HH", 0, len(values)) + entries + strings


def make_differencing(top: Path, parent: Path, values: dict[str, str]) -> None:
    """Turn the dynamic VHDX ``top`` (made by qemu, which cannot make differencing VHDX) into a
    differencing disk of ``parent``: the HasParent flag and a parent locator item."""
    data = bytearray(top.read_bytes())
    meta_at, meta_length = _regions(data)[METADATA_REGION]
    (count,) = struct.unpack_from("<H", data, meta_at + 10)
    free = 64 * KIB
    for index in range(count):
        entry = meta_at + 32 + index * 32
        item = uuid.UUID(bytes_le=bytes(data[entry : entry + 16]))
        offset, length = struct.unpack_from("<II", data, entry + 16)
        free = max(free, offset + length)
        if item == FILE_PARAMETERS:
            struct.pack_into("<I", data, meta_at + offset + 4, 2)  # HasParent
    locator = _locator(values)
    assert free + len(locator) <= meta_length
    data[meta_at + free : meta_at + free + len(locator)] = locator
    entry = meta_at + 32 + count * 32
    data[entry : entry + 32] = PARENT_LOCATOR.bytes_le + struct.pack(
        "<IIII", free, len(locator), 4 | 2, 0
    )
    struct.pack_into("<H", data, meta_at + 10, count + 1)
    # qemu marks blocks it never wrote ZERO; in a differencing disk that would hide the
    # parent. Hyper-V leaves them NOT_PRESENT.
    bat_at, bat_length = _regions(data)[BAT_REGION]
    for entry in range(bat_at, bat_at + bat_length, 8):
        if data[entry] & 7 == 2:
            struct.pack_into("<Q", data, entry, 0)
    top.write_bytes(bytes(data))


def _set_bat_entry(path: Path, index: int, value: int) -> None:
    data = bytearray(path.read_bytes())
    bat_at, _length = _regions(data)[BAT_REGION]
    struct.pack_into("<Q", data, bat_at + index * 8, value)
    path.write_bytes(bytes(data))


@pytest.fixture
def differencing(source: Path, tmp_path: Path) -> tuple[Path, Path, bytes, bytes]:
    """A differencing VHDX (1 MiB blocks) over a dynamic VHDX: top, parent, the bytes the top
    must read as, and the parent's bytes."""
    base = convert(source, tmp_path / "base.vhdx", "vhdx", "-o", "block_size=1M")
    top = tmp_path / "top.vhdx"
    run(QEMU_IMG, "create", "-q", "-f", "vhdx", "-o", "block_size=1M", top, "64M")
    qemu_io(top, "vhdx", "write -P 0xab 1M 64k", "write -P 0xcd 33M 512")
    base_bytes = qemu_bytes(base, "vhdx")
    top_bytes = qemu_bytes(top, "vhdx")
    expected = bytearray(base_bytes)
    for block_start in (1 * MIB, 33 * MIB):  # whole blocks are FULLY_PRESENT in the top
        expected[block_start : block_start + MIB] = top_bytes[block_start : block_start + MIB]
    make_differencing(
        top,
        base,
        {
            "parent_linkage": "{" + str(_data_write_guid(base)) + "}",
            "relative_path": ".\\base.vhdx",
            "absolute_win32_path": "C:\\VMs\\base.vhdx",
        },
    )
    return top, base, bytes(expected), base_bytes


def test_differencing_vhdx_reads_through_its_parent(
    differencing: tuple[Path, Path, bytes, bytes],
) -> None:
    top, base, expected, _base_bytes = differencing
    with open_disk(top) as disk:
        got = b"".join(disk.read(offset, 4 * MIB) for offset in range(0, disk.size, 4 * MIB))
        assert got == expected
        assert [stamp.path for stamp in disk.files()] == [str(top), str(base)]
        # Unallocated blocks of the top resolve to the parent's map: its data stays data.
        with open_disk(base) as parent:
            parent_data = data_runs(parent.extents())
        assert runs(data_runs(disk.extents()) + parent_data) == data_runs(disk.extents())


def test_partially_present_block_reads_sectors_from_both(
    differencing: tuple[Path, Path, bytes, bytes],
) -> None:
    top, _base, expected, base_bytes = differencing
    # Block 1 (at 1 MiB, 2048 sectors) partly present: only its first 8 sectors in the top.
    # The sector bitmap of chunk 0 goes in a new MiB at the end of the file.
    size = top.stat().st_size
    bitmap_at = -(-size // MIB) * MIB
    bitmap = bytearray(MIB)
    # Sectors 2048..2051 of the chunk = sectors 0..3 of block 1; bit 0 of a byte is its first
    # sector (MS-VHDX 2.4).
    bitmap[2048 // 8] = 0x0F
    with open(top, "r+b") as handle:
        handle.truncate(bitmap_at)
        handle.seek(bitmap_at)
        handle.write(bytes(bitmap))
    data = bytearray(top.read_bytes())
    bat_at, _length = _regions(data)[BAT_REGION]
    (entry,) = struct.unpack_from("<Q", data, bat_at + 8)
    top.write_bytes(bytes(data))
    _set_bat_entry(top, 1, entry & ~7 | 7)
    chunk_ratio = (1 << 23) * 512 // MIB
    _set_bat_entry(top, chunk_ratio, (bitmap_at // MIB) << 20 | 6)
    with open_disk(top) as disk:
        assert disk.read(MIB, 2048) == expected[MIB : MIB + 2048]
        assert disk.read(MIB + 2048, MIB - 2048) == base_bytes[MIB + 2048 : 2 * MIB]
        assert disk.read(MIB - 512, 4096) == (
            expected[MIB - 512 : MIB + 2048] + base_bytes[MIB + 2048 : MIB + 3584]
        )


def test_missing_parent_is_named(differencing: tuple[Path, Path, bytes, bytes]) -> None:
    top, base, _expected, _base_bytes = differencing
    base.rename(base.with_name("moved.vhdx"))
    error = fails_with_words(lambda: open_read_map(top))
    assert "base.vhdx" in error.message


def test_parent_with_another_data_write_guid_is_refused(
    differencing: tuple[Path, Path, bytes, bytes],
) -> None:
    top, base, _expected, _base_bytes = differencing
    qemu_io(base, "vhdx", "write -P 0x77 0 512")  # a write changes the data write GUID
    error = fails_with_words(lambda: open_read_map(top))
    assert "changed or replaced" in error.message


def test_log_to_replay_is_refused_with_what_to_do(source: Path, tmp_path: Path) -> None:
    image = convert(source, tmp_path / "log.vhdx", "vhdx")
    data = bytearray(image.read_bytes())
    for header in (64 * KIB, 128 * KIB):
        data[header + 48 : header + 64] = uuid.uuid4().bytes_le
        _fix_crc(data, header, 4096)
    image.write_bytes(bytes(data))
    error = fails_with_words(lambda: open_read_map(image))
    assert "Hyper-V" in error.action and "qemu-img check -r all" in error.action


def test_both_headers_damaged(source: Path, tmp_path: Path) -> None:
    image = convert(source, tmp_path / "head.vhdx", "vhdx")
    data = bytearray(image.read_bytes())
    for header in (64 * KIB, 128 * KIB):
        data[header + 100] ^= 1  # checksums no longer match
    image.write_bytes(bytes(data))
    error = fails_with_words(lambda: open_read_map(image))
    assert "headers" in error.message


def test_bat_entry_past_the_end_of_file(source: Path, tmp_path: Path) -> None:
    image = convert(source, tmp_path / "bat.vhdx", "vhdx")
    _set_bat_entry(image, 0, (1 << 30) << 20 | 6)
    error = fails_with_words(lambda: open_read_map(image))
    assert "beyond the end" in error.message


def test_truncated_vhdx(source: Path, tmp_path: Path) -> None:
    image = convert(source, tmp_path / "cut.vhdx", "vhdx")
    with open(image, "r+b") as handle:
        handle.truncate(image.stat().st_size - 3 * MIB)
    error = fails_with_words(lambda: open_read_map(image))
    assert str(image) in error.message


def test_partly_present_block_without_a_sector_bitmap(source: Path, tmp_path: Path) -> None:
    image = convert(source, tmp_path / "partial.vhdx", "vhdx")
    data = bytearray(image.read_bytes())
    bat_at, _length = _regions(data)[BAT_REGION]
    (entry,) = struct.unpack_from("<Q", data, bat_at)
    assert entry & 7 == 6
    image.write_bytes(bytes(data))
    _set_bat_entry(image, 0, entry & ~7 | 7)  # a dynamic disk has no bitmaps to say which
    error = fails_with_words(lambda: open_read_map(image))
    assert "no sector bitmap" in error.message


@pytest.mark.parametrize("state", [1, 3])  # UNDEFINED, UNMAPPED
def test_undefined_and_unmapped_blocks_of_a_differencing_disk_read_zeros(
    differencing: tuple[Path, Path, bytes, bytes], state: int
) -> None:
    top, _base, expected, _base_bytes = differencing
    _set_bat_entry(top, 3, state)  # block 3: the parent has data there
    assert any(expected[3 * MIB : 4 * MIB])
    with open_disk(top) as disk:
        assert disk.read(3 * MIB, MIB) == bytes(MIB)
        kinds = {e.kind for e in disk.extents() if e.offset < 4 * MIB and e.end > 3 * MIB}
        assert kinds == {ExtentKind.ZERO}
