"""Reads from several threads at once (the upload reads parts in parallel) give the same bytes
as qemu: the readers' table, bitmap and inflated-grain caches are shared safely."""

from __future__ import annotations

import random
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from imageimporter.core.disk.open import open_disk
from tests.core.disk.qemu import MIB, convert, needs_qemu, qemu_bytes, source_raw

pytestmark = needs_qemu


@pytest.mark.parametrize(
    ("driver", "options", "name"),
    [
        ("vpc", (), "disk.vhd"),
        ("vhdx", ("-o", "block_size=1M"), "disk.vhdx"),
        ("vmdk", ("-o", "subformat=streamOptimized"), "disk.vmdk"),
        ("vdi", (), "disk.vdi"),
        ("parallels", (), "disk.hds"),
    ],
)
def test_parallel_reads_match_qemu(
    tmp_path: Path, driver: str, options: tuple[str, ...], name: str
) -> None:
    source = source_raw(tmp_path / "source.raw")
    image = convert(source, tmp_path / name, driver, *options)
    expected = qemu_bytes(image, driver)
    generator = random.Random(3)
    requests = [
        (generator.randrange(len(expected)), generator.randrange(1, 2 * MIB)) for _ in range(400)
    ]
    with open_disk(image) as disk, ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(lambda request: disk.read(*request), requests))
    for (offset, length), got in zip(requests, results, strict=True):
        assert got == expected[offset : offset + length]
