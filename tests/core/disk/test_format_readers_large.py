"""Huge sparse disks (2 TiB virtual, a few MiB of data): the map comes from the tables a page at
a time, and holds the data written and little else (qemu's own map of some of these takes
minutes or aborts, so the written ranges are the reference)."""

from __future__ import annotations

from pathlib import Path

import pytest

from imageimporter.core.disk.model import ExtentKind
from imageimporter.core.disk.open import open_disk
from tests.core.disk.qemu import (
    MIB,
    QEMU_IMG,
    bounded_memory,
    covered,
    data_runs,
    needs_qemu,
    qemu_io,
    run,
)

pytestmark = needs_qemu

GIB = 1024 * MIB


@pytest.mark.parametrize(
    ("driver", "size", "options"),
    [
        ("vpc", "2000G", ()),
        ("vhdx", "2T", ("-o", "block_size=1M")),
        ("vmdk", "2T", ()),
        ("vdi", "2T", ()),
        ("parallels", "2T", ()),
    ],
)
def test_huge_sparse_disk_maps_to_its_data(
    tmp_path: Path, driver: str, size: str, options: tuple[str, ...]
) -> None:
    image = tmp_path / f"huge.{driver}"
    run(QEMU_IMG, "create", "-q", "-f", driver, *options, image, size)
    qemu_io(image, driver, "write -P 0x61 1G 1M", "write -P 0x62 1500G 3M")

    def map_and_read() -> None:
        with open_disk(image) as disk:
            extents = list(disk.extents())
            assert disk.read(GIB - 1, 2) == b"\0a"
            assert disk.read(1500 * GIB + 3 * MIB - 1, 2) == b"b\0"
        assert len(extents) <= 5
        data = data_runs(extents)
        written = [(GIB, GIB + MIB), (1500 * GIB, 1500 * GIB + 3 * MIB)]
        assert covered(written, data)
        assert sum(end - start for start, end in data) <= 8 * MIB
        assert all(extent.kind != ExtentKind.DATA or extent.length < 8 * MIB for extent in extents)

    bounded_memory(map_and_read, 48 * MIB)
