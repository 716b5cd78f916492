"""VHD, VHDX, VMDK, VDI and Parallels readers: the allocation map of a huge sparse disk, and
reading data, each against RAW measured in the same run.

    python benchmarks/bench_format_readers.py [--size-gib 2048] [--data-mib 256]

1. Map: qemu-img makes a disk of ``--size-gib`` (VHD: 2,000 GiB, its limit) in each format
   with 4 MiB written at two places; ``extents()`` is walked to the end. Wall and CPU time and
   the peak of Python allocations are reported, and the wall time as a ratio to the SEEK_DATA
   map of a RAW file of the same size.
2. Read: ``--data-mib`` of random data converted by qemu-img into each format, read front to
   back in 4 MiB reads; MiB/s, as a ratio to reading the RAW file the same way.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from imageimporter.core.disk.open import open_disk

MIB = 1024 * 1024
GIB = 1024 * MIB
FORMATS = [
    ("vhd", "vpc", ()),
    ("vhdx", "vhdx", ()),
    ("vmdk", "vmdk", ()),
    ("vmdk-stream", "vmdk", ("-o", "subformat=streamOptimized")),
    ("vdi", "vdi", ()),
    ("parallels", "parallels", ()),
]


def qemu(*args: str | Path) -> None:
    subprocess.run(["qemu-img", *map(str, args)], check=True, capture_output=True)


def walk_map(path: Path) -> int:
    with open_disk(path) as disk:
        return sum(1 for _ in disk.extents())


def measure_map(path: Path) -> tuple[float, float, int, int]:
    """(wall s, CPU s, peak bytes, extents) of walking the whole map; the peak of Python
    allocations from a second walk (tracing them slows Python down several times)."""
    wall, cpu = time.perf_counter(), time.process_time()
    count = walk_map(path)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    tracemalloc.start()
    walk_map(path)
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return wall, cpu, peak, count


def measure_read(path: Path) -> float:
    """Seconds to read the whole disk in 4 MiB reads."""
    started = time.perf_counter()
    with open_disk(path) as disk:
        for offset in range(0, disk.size, 4 * MIB):
            disk.read(offset, 4 * MIB)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size-gib", type=int, default=2048)
    parser.add_argument("--data-mib", type=int, default=256)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        raw = folder / "huge.raw"
        with open(raw, "wb") as handle:
            handle.truncate(args.size_gib * GIB)
            for offset in (GIB, args.size_gib * GIB * 3 // 4):
                handle.seek(offset)
                handle.write(os.urandom(4 * MIB))
        baseline = measure_map(raw)
        print(f"map of a {args.size_gib} GiB sparse disk (4 MiB written twice)")
        print(f"  raw          {baseline[0]:7.3f} s wall  {baseline[1]:7.3f} s CPU  1.00x")
        for name, driver, _options in FORMATS:
            if name == "vmdk-stream":
                continue  # made by conversion only; its map is measured in the read part
            size_gib = min(args.size_gib, 2000) if driver == "vpc" else args.size_gib
            image = folder / f"huge.{name}"
            qemu("create", "-q", "-f", driver, image, f"{size_gib}G")
            subprocess.run(
                ["qemu-io", "-f", driver, "-c", "write -P 1 1G 4M",
                 "-c", f"write -P 2 {size_gib * 3 // 4}G 4M", str(image)],
                check=True, capture_output=True,
            )  # fmt: skip
            wall, cpu, peak, count = measure_map(image)
            print(
                f"  {name:12} {wall:7.3f} s wall  {cpu:7.3f} s CPU  {wall / baseline[0]:6.1f}x"
                f"  peak {peak / MIB:5.1f} MiB  {count} extents"
            )
            image.unlink()
        raw.unlink()

        data = folder / "data.raw"
        data.write_bytes(os.urandom(args.data_mib * MIB))
        raw_seconds = measure_read(data)
        print(f"read of {args.data_mib} MiB of random data")
        print(f"  raw          {args.data_mib / raw_seconds:7.0f} MiB/s  1.00x")
        for name, driver, options in FORMATS:
            image = folder / f"data.{name}"
            qemu("convert", "-f", "raw", "-O", driver, *options, data, image)
            seconds = measure_read(image)
            print(
                f"  {name:12} {args.data_mib / seconds:7.0f} MiB/s  {raw_seconds / seconds:5.2f}x"
            )
            image.unlink()


if __name__ == "__main__":
    main()
