"""Ground truth from qemu for the reader tests: the guest bytes and the allocation map."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections.abc import Iterable
from pathlib import Path

from imageimporter.core.disk.model import MAX_DISK_READ, DiskImage, ExtentKind

QEMU_IO = shutil.which("qemu-io") or "/usr/bin/qemu-io"
MIB = 1024 * 1024


def run(*args: str | Path) -> str:
    result = subprocess.run([str(a) for a in args], check=True, capture_output=True, text=True)
    return result.stdout


def qemu_io(path: Path, fmt: str, *commands: str) -> None:
    args: list[str | Path] = [QEMU_IO, "-f", fmt]
    for command in commands:
        args += ["-c", command]
    run(*args, path)


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


def qemu_raw_bytes(path: Path, fmt: str, tmp: Path) -> bytes:
    out = tmp / f"{path.name}.expected.raw"
    run("qemu-img", "convert", "-f", fmt, "-O", "raw", path, out)
    data = out.read_bytes()
    out.unlink()
    return data


def read_all(disk: DiskImage, chunk: int = 3 * MIB + 4096 + 7) -> bytes:
    assert chunk <= MAX_DISK_READ
    return b"".join(disk.read(offset, chunk) for offset in range(0, disk.size, chunk))


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
