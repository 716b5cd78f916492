"""Real images made by qemu-img for the disk reader tests, and the ground truth from qemu
itself: the guest bytes and the allocation map."""

from __future__ import annotations

import itertools
import json
import os
import random
import shutil
import subprocess
import tracemalloc
from collections.abc import Callable, Iterable
from pathlib import Path

import pytest

from imageimporter.core.disk.model import MAX_DISK_READ, DiskError, DiskImage, Extent, ExtentKind
from imageimporter.core.disk.open import open_disk
from tests.core.images import MIB, QEMU_IMG

QEMU_IO = shutil.which("qemu-io") or "/usr/bin/qemu-io"
SOURCE_SIZE = 64 * MIB
# (offset, length) of random data in the source: aligned and unaligned, across block borders.
DATA_AT = [
    (0, 4096),
    (3 * MIB + 4096, 100_000),
    (10 * MIB - 512, 100_000),
    (17 * MIB + 12345, 70_000),
    (33 * MIB, 2 * MIB + 512),
    (SOURCE_SIZE - MIB // 2, MIB // 2),
]
WRITTEN_ZEROS = (40 * MIB, 4 * MIB)

needs_qemu = pytest.mark.skipif(
    not Path(QEMU_IMG).exists() or not Path(QEMU_IO).exists(), reason="qemu-img is not installed"
)


def run(*args: str | Path) -> str:
    done = subprocess.run([str(a) for a in args], check=True, capture_output=True, text=True)
    return done.stdout


def source_raw(path: Path, size: int = SOURCE_SIZE, seed: int = 1) -> Path:
    """A sparse RAW holding random data at :data:`DATA_AT` and written zeros."""
    generator = random.Random(seed)
    with open(path, "wb") as handle:
        handle.truncate(size)
        for offset, length in DATA_AT:
            if offset + length <= size:
                handle.seek(offset)
                handle.write(generator.randbytes(length))
        handle.seek(WRITTEN_ZEROS[0])
        handle.write(bytes(WRITTEN_ZEROS[1]))
    return path


def convert(source: Path, target: Path, driver: str, *options: str) -> Path:
    run(QEMU_IMG, "convert", "-f", "raw", "-O", driver, *options, source, target)
    return target


def qemu_io(path: Path, driver: str, *commands: str) -> None:
    args: list[str | Path] = [QEMU_IO, "-f", driver]
    for command in commands:
        args += ["-c", command]
    run(*args, path)


def qemu_bytes(path: Path, driver: str) -> bytes:
    """The guest bytes as qemu reads them."""
    out = path.with_name(path.name + ".qemu.raw")
    run(QEMU_IMG, "convert", "-f", driver, "-O", "raw", path, out)
    try:
        return out.read_bytes()
    finally:
        out.unlink()


def qemu_map(path: Path, driver: str) -> list[dict[str, int | bool]]:
    entries: list[dict[str, int | bool]] = json.loads(
        run(QEMU_IMG, "map", "--output=json", "-f", driver, path)
    )
    return entries


def runs(items: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted (start, end) ranges with touching ones joined."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(items):
        if end <= start:
            continue
        if out and out[-1][1] >= start:
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        else:
            out.append((start, end))
    return out


def data_runs(extents: Iterable[Extent]) -> list[tuple[int, int]]:
    return runs((e.offset, e.end) for e in extents if e.kind == ExtentKind.DATA)


def qemu_data_runs(
    path: Path, driver: str, *, stored_zeros_as_data: bool = True
) -> list[tuple[int, int]]:
    """Where qemu says data is; with ``stored_zeros_as_data=False`` only data that is not
    known to read as zeros (qemu marks holes of a fixed disk's file data+zero)."""
    return runs(
        (int(e["start"]), int(e["start"]) + int(e["length"]))
        for e in qemu_map(path, driver)
        if e["data"] and (stored_zeros_as_data or not e["zero"])
    )


def covered(inner: list[tuple[int, int]], outer: list[tuple[int, int]]) -> bool:
    """Whether every range of ``inner`` lies within ranges of ``outer``."""
    return runs(inner + outer) == runs(outer)


def read_all(disk: DiskImage, chunk: int = 3 * MIB + 4096 + 7) -> bytes:
    assert chunk <= MAX_DISK_READ
    return b"".join(disk.read(offset, chunk) for offset in range(0, disk.size, chunk))


def assert_reads_as_qemu(path: Path, driver: str, fmt: str) -> list[Extent]:
    """Open ``path`` with open_disk and compare it with qemu: size, every byte (in odd-sized
    reads and in reads at random odd offsets), and that nothing but DATA holds non-zero bytes.
    Returns the disk's allocation map."""
    expected = qemu_bytes(path, driver)
    with open_disk(path) as disk:
        assert disk.format == fmt
        assert disk.size == len(expected)
        assert read_all(disk) == expected
        generator = random.Random(7)
        for _ in range(50):
            offset = generator.randrange(disk.size)
            length = generator.randrange(1, 3 * MIB)
            assert disk.read(offset, length) == expected[offset : offset + length]
        extents = list(disk.extents())
        assert extents[0].offset == 0 and extents[-1].end == disk.size
        assert all(a.end == b.offset for a, b in itertools.pairwise(extents))
        for extent in extents:
            if extent.kind != ExtentKind.DATA:
                assert not any(expected[extent.offset : extent.end]), extent
        return extents


def assert_reads_and_maps_as_qemu(path: Path, driver: str, fmt: str) -> list[Extent]:
    """:func:`assert_reads_as_qemu`, and the map's DATA where qemu's map says data is."""
    extents = assert_reads_as_qemu(path, driver, fmt)
    assert data_runs(extents) == qemu_data_runs(path, driver)
    return extents


def fails_with_words(open_and_read: Callable[[], object]) -> DiskError:
    """Run ``open_and_read`` and return the DiskError it must raise (no other exception)."""
    with pytest.raises(DiskError) as caught:
        open_and_read()
    error = caught.value
    assert error.message and error.action
    return error


def open_read_map(path: Path) -> None:
    """Everything a converter does with a disk: open, read it all, walk its map."""
    with open_disk(path) as disk:
        read_all(disk, 4 * MIB)
        for _ in disk.extents():
            pass


def bounded_memory(function: Callable[[], object], limit: int = 64 * MIB) -> None:
    """Run ``function``; its peak Python allocation must stay under ``limit``."""
    tracemalloc.start()
    try:
        function()
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < limit, f"{peak} bytes allocated at the peak"


def scattered_raw(path: Path, size: int = 16 * MIB) -> Path:
    """A sparse RAW with random data in a few places, some of them unaligned."""
    with open(path, "wb") as handle:
        handle.truncate(size)
        for offset, length in [
            (0, 4096),
            (1 * MIB + 512, 300_000),
            (5 * MIB, MIB),
            (size - 70_000, 70_000),
        ]:
            handle.seek(offset)
            handle.write(os.urandom(length))
        handle.seek(9 * MIB)
        handle.write(b"\x5a" * (3 * MIB))  # compresses well
    return path


def qemu_data_map(path: Path, fmt: str) -> list[tuple[int, int, bool]]:
    """qemu-img map as (start, end, data) runs, adjacent runs of one kind merged."""
    entries = json.loads(run("qemu-img", "map", "--output=json", "-f", fmt, path))
    return merged((e["start"], e["start"] + e["length"], bool(e["data"])) for e in entries)


def disk_data_map(disk: DiskImage) -> list[tuple[int, int, bool]]:
    return merged((e.offset, e.end, e.kind == ExtentKind.DATA) for e in disk.extents())


def merged(runs: Iterable[tuple[int, int, bool]]) -> list[tuple[int, int, bool]]:
    out: list[tuple[int, int, bool]] = []
    for start, end, data in runs:
        if out and out[-1][1] == start and out[-1][2] == data:
            out[-1] = (out[-1][0], end, data)
        else:
            out.append((start, end, data))
    return out
