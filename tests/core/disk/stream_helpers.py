"""Shared by the conversion tests: a stand-in RAW DiskImage, sparse images, qemu-img runs."""

from __future__ import annotations

import os
import random
import subprocess
from collections.abc import Iterator
from pathlib import Path

from imageimporter.core.disk.model import Extent, ExtentKind, FileStamp
from imageimporter.core.disk.qcow2_stream import Qcow2Stream
from tests.core.images import MIB, QEMU_IMG

SEEK_DATA = getattr(os, "SEEK_DATA", 3)
SEEK_HOLE = getattr(os, "SEEK_HOLE", 4)


class RawFile:
    """A minimal RAW DiskImage (SEEK_DATA/SEEK_HOLE) until the readers' open_disk is merged."""

    def __init__(self, path: Path) -> None:
        self._path = str(path)
        self._fd = os.open(path, os.O_RDONLY)
        info = os.fstat(self._fd)
        self._stamp = FileStamp(self._path, info.st_size, info.st_mtime_ns, info.st_ino)

    format = "raw"
    sequential_only = False

    @property
    def size(self) -> int:
        return self._stamp.size

    def read(self, offset: int, length: int) -> bytes:
        return os.pread(self._fd, min(length, self.size - offset), offset)

    def extents(self) -> Iterator[Extent]:
        offset = 0
        while offset < self.size:
            try:
                data = os.lseek(self._fd, offset, SEEK_DATA)
            except OSError:
                data = self.size
            if data > offset:
                yield Extent(offset, data - offset, ExtentKind.ZERO)
            if data >= self.size:
                return
            hole = os.lseek(self._fd, data, SEEK_HOLE)
            yield Extent(data, hole - data, ExtentKind.DATA)
            offset = hole

    def files(self) -> tuple[FileStamp, ...]:
        return (self._stamp,)

    def close(self) -> None:
        os.close(self._fd)


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
