"""Parallels: images read as qemu reads them (both magics); damage is a DiskError."""

from __future__ import annotations

import struct
from pathlib import Path

from tests.core.disk.qemu import (
    assert_reads_and_maps_as_qemu,
    convert,
    fails_with_words,
    needs_qemu,
    open_read_map,
)

pytestmark = needs_qemu


def _header(data: bytes) -> tuple[int, int]:
    """(tracks, BAT entries) from the header."""
    tracks, entries = struct.unpack_from("<II", data, 28)
    return tracks, entries


def test_parallels_reads_and_maps_as_qemu(source: Path, tmp_path: Path) -> None:
    image = convert(source, tmp_path / "disk.hds", "parallels")
    assert image.read_bytes()[:16] == b"WithouFreSpacExt"
    assert_reads_and_maps_as_qemu(image, "parallels", "parallels")


def test_old_magic_counts_offsets_in_sectors(source: Path, tmp_path: Path) -> None:
    image = convert(source, tmp_path / "old.hds", "parallels")
    data = bytearray(image.read_bytes())
    tracks, entries = _header(data)
    data[:16] = b"WithoutFreeSpace"
    for index in range(entries):
        (entry,) = struct.unpack_from("<I", data, 64 + index * 4)
        struct.pack_into("<I", data, 64 + index * 4, entry * tracks)
    image.write_bytes(bytes(data))
    assert_reads_and_maps_as_qemu(image, "parallels", "parallels")


def test_bat_entry_past_the_end_of_file(source: Path, tmp_path: Path) -> None:
    image = convert(source, tmp_path / "bat.hds", "parallels")
    data = bytearray(image.read_bytes())
    struct.pack_into("<I", data, 64, 0x0FFF_FFFF)
    image.write_bytes(bytes(data))
    error = fails_with_words(lambda: open_read_map(image))
    assert "Cluster 0" in error.message and "beyond the end" in error.message


def test_bat_beyond_the_file(source: Path, tmp_path: Path) -> None:
    image = convert(source, tmp_path / "short.hds", "parallels")
    image.write_bytes(image.read_bytes()[:80])
    error = fails_with_words(lambda: open_read_map(image))
    assert "block allocation table" in error.message


def test_impossible_cluster_size(source: Path, tmp_path: Path) -> None:
    image = convert(source, tmp_path / "tracks.hds", "parallels")
    data = bytearray(image.read_bytes())
    struct.pack_into("<I", data, 28, 0)
    image.write_bytes(bytes(data))
    error = fails_with_words(lambda: open_read_map(image))
    assert "cluster size" in error.message
