"""BlockMappedImage: reads across blocks, the parent for unallocated blocks, maps through it."""

from __future__ import annotations

import os
import zlib
from pathlib import Path

from imageimporter.core.disk.layered import (
    UNALLOCATED,
    ZERO,
    BlockMappedImage,
    Compressed,
    Location,
    Stored,
)
from imageimporter.core.disk.model import DiskImage, Extent, ExtentKind
from imageimporter.core.disk.open import Chain, LayerFile

BLOCK = 4096


class TableImage(BlockMappedImage):
    """A made-up format: a Python list says where each block is."""

    def __init__(self, file: LayerFile, table: list[Location], parent: DiskImage | None) -> None:
        super().__init__(
            format="table", size=len(table) * BLOCK, block_size=BLOCK, files=[file], parent=parent
        )
        self.table = table

    def locate_block(self, block: int) -> Location:
        return self.table[block]

    def inflate(self, data: bytes, location: Compressed) -> bytes:
        return zlib.decompress(data)


def test_reads_and_maps_through_the_parent(tmp_path: Path) -> None:
    parent_bytes = os.urandom(7 * BLOCK)
    (tmp_path / "parent.img").write_bytes(parent_bytes)
    stored = os.urandom(3 * BLOCK)
    packed = zlib.compress(b"\x07" * BLOCK)
    (tmp_path / "child.bin").write_bytes(stored + packed)
    chain = Chain()
    parent_file = chain.open_top(tmp_path / "parent.img")
    parent = chain.dispatch(parent_file, "raw")
    child_file = chain.open_file(parent_file, "child.bin", "test")
    table: list[Location] = [
        Stored(child_file, 0),  # two blocks stored one after the other
        Stored(child_file, BLOCK),
        UNALLOCATED,
        ZERO,
        Compressed(child_file, 3 * BLOCK, len(packed)),
        Stored(child_file, 2 * BLOCK),
        UNALLOCATED,
        UNALLOCATED,  # past the parent's end: zeros
    ]
    image = TableImage(child_file, table, parent)
    expected = (
        stored[: 2 * BLOCK]
        + parent_bytes[2 * BLOCK : 3 * BLOCK]
        + bytes(BLOCK)
        + b"\x07" * BLOCK
        + stored[2 * BLOCK :]
        + parent_bytes[6 * BLOCK :]
        + bytes(BLOCK)
    )
    assert image.size == len(expected)
    assert image.read(0, image.size) == expected
    for offset, length in [(100, 5000), (BLOCK * 4 + 7, 9), (BLOCK * 5 - 1, 2 * BLOCK + 3)]:
        assert image.read(offset, length) == expected[offset : offset + length]
    assert image.read(image.size - 1, 10) == expected[-1:]
    assert list(image.extents()) == [
        Extent(0, 3 * BLOCK, ExtentKind.DATA),
        Extent(3 * BLOCK, BLOCK, ExtentKind.ZERO),
        Extent(4 * BLOCK, 3 * BLOCK, ExtentKind.DATA),  # the 7th block is the parent's data
        Extent(7 * BLOCK, BLOCK, ExtentKind.UNALLOCATED),
    ]
    assert [stamp.path for stamp in image.files()] == [
        str(tmp_path / "child.bin"),
        str(tmp_path / "parent.img"),
    ]
    chain.close()


def test_without_a_parent_unallocated_reads_zeros(tmp_path: Path) -> None:
    (tmp_path / "child.bin").write_bytes(b"\x01" * BLOCK)
    chain = Chain()
    file = chain.open_top(tmp_path / "child.bin")
    image = TableImage(file, [UNALLOCATED, Stored(file, 0), UNALLOCATED], None)
    assert image.read(0, 3 * BLOCK) == bytes(BLOCK) + b"\x01" * BLOCK + bytes(BLOCK)
    assert [e.kind for e in image.extents()] == [
        ExtentKind.UNALLOCATED,
        ExtentKind.DATA,
        ExtentKind.UNALLOCATED,
    ]
    chain.close()
