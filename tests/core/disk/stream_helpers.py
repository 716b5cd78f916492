"""Shared by the conversion tests: sparse RAW images and qemu-img runs."""

from __future__ import annotations

import random
import subprocess
from pathlib import Path

from imageimporter.core.disk.qcow2_stream import Qcow2Stream
from tests.core.images import MIB, QEMU_IMG


def scattered_raw(path: Path, size: int = 256 * MIB, seed: int = 1) -> Path:
    """Sparse RAW: random data at scattered unaligned offsets, and written zeros."""
    rng = random.Random(seed)
    with open(path, "wb") as handle:
        handle.truncate(size)
        for _ in range(40):
            handle.seek(rng.randrange(0, size - MIB))
            handle.write(rng.randbytes(rng.randrange(1, 300_000)))
        handle.seek(100 * MIB)
        handle.write(bytes(8 * MIB))  # written zeros: allocated in the file, no data
    return path


def write_stream(stream: Qcow2Stream, out: Path) -> Path:
    with open(out, "wb") as handle:
        for offset in range(0, stream.size, 3 * MIB):
            handle.write(stream.read_at(offset, min(3 * MIB, stream.size - offset)))
    return out


def qemu(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([QEMU_IMG, *map(str, args)], capture_output=True, text=True)
