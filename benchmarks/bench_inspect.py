"""Inspection speed and cost on large sparse images, against ``qemu-img info`` in the same run.

    /tmp/venv/bin/python benchmarks/bench_inspect.py [--keep DIR] [--runs N]

Builds sparse images (a GPT disk with an EFI System Partition, up to 2 TiB virtual) in a
temporary folder with sgdisk and qemu-img, then prints, per file: the median wall time of an
in-process ``inspect_path`` call, the reads and bytes it needed, and the median wall time of one
``qemu-img info --output=json`` subprocess call. Goal: under 5 ms and under 1 MiB per file.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from imageimporter.core.inspect import inspect_path

GIB = 1024**3
TIB = 1024**4
QEMU_IMG = shutil.which("qemu-img") or "/usr/bin/qemu-img"
SGDISK = shutil.which("sgdisk") or "/usr/sbin/sgdisk"

# (label, our format, qemu driver, virtual size, qemu-img convert options)
IMAGES = [
    ("raw 5 GiB", "raw", "raw", 5 * GIB, ()),
    ("raw 2 TiB", "raw", "raw", 2 * TIB, ()),
    ("qcow2 5 GiB", "qcow2", "qcow2", 5 * GIB, ()),
    ("qcow2 2 TiB", "qcow2", "qcow2", 2 * TIB, ()),
    ("qcow2 2 TiB compressed", "qcow2", "qcow2", 2 * TIB, ("-c",)),
    ("vhd dynamic 2040 GiB", "vhd", "vpc", 2040 * GIB, ()),
    ("vhdx 2 TiB", "vhdx", "vhdx", 2 * TIB, ()),
    ("vmdk sparse 2 TiB", "vmdk", "vmdk", 2 * TIB, ()),
    ("vmdk stream 2 TiB", "vmdk", "vmdk", 2 * TIB, ("-o", "subformat=streamOptimized")),
    ("vdi 2 TiB", "vdi", "vdi", 2 * TIB, ()),
    ("qed 2 TiB", "qed", "qed", 2 * TIB, ()),
]


def build(folder: Path) -> list[tuple[str, Path, str]]:
    sources: dict[int, Path] = {}
    built = []
    for label, _fmt, driver, size, options in IMAGES:
        if size not in sources:
            raw = folder / f"gpt-{size}.raw"
            with open(raw, "wb") as handle:
                handle.truncate(size)
            subprocess.run(
                [SGDISK, "-n", "1:2048:+100M", "-t", "1:EF00", "-n", "2:0:0", "-t", "2:8300",
                 str(raw)],
                check=True, capture_output=True,
            )  # fmt: skip
            sources[size] = raw
        if driver == "raw":
            built.append((label, sources[size], driver))
            continue
        target = folder / (label.replace(" ", "-") + "." + driver)
        subprocess.run(
            [QEMU_IMG, "convert", "-f", "raw", "-O", driver, *options, str(sources[size]),
             str(target)],
            check=True, capture_output=True,
        )  # fmt: skip
        built.append((label, target, driver))
    return built


def measure(path: Path, driver: str, runs: int) -> tuple[float, float, int, int, str]:
    inspect_path(path)  # warm the page cache and imports, as a GUI would be warm
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        report = inspect_path(path)
        times.append(time.perf_counter() - started)
    qemu_times = []
    for _ in range(max(3, runs // 5)):
        started = time.perf_counter()
        subprocess.run(
            [QEMU_IMG, "info", "--output=json", "-f", driver, str(path)],
            check=True, capture_output=True,
        )  # fmt: skip
        qemu_times.append(time.perf_counter() - started)
    summary = f"{report.format}/{report.partition_table}/{report.boot_mode}/{report.verdict}"
    return (
        statistics.median(times) * 1000,
        statistics.median(qemu_times) * 1000,
        report.reads,
        report.bytes_read,
        summary,
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", type=Path, help="build the images here and keep them")
    parser.add_argument("--runs", type=int, default=50)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-inspect-") as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        images = build(folder)
        header = (
            f"{'image':<24} {'file size':>12} {'inspect ms':>10} {'reads':>5} "
            f"{'bytes read':>10} {'qemu-img ms':>11}  result"
        )
        print(header)
        print("-" * len(header))
        worst_ms = 0.0
        worst_bytes = 0
        for label, path, driver in images:
            ms, qemu_ms, reads, read_bytes, summary = measure(path, driver, args.runs)
            worst_ms = max(worst_ms, ms)
            worst_bytes = max(worst_bytes, read_bytes)
            print(
                f"{label:<24} {path.stat().st_size:>12} {ms:>10.2f} {reads:>5} "
                f"{read_bytes:>10} {qemu_ms:>11.2f}  {summary}"
            )
        print(f"\nworst: {worst_ms:.2f} ms, {worst_bytes} bytes read (goal: < 5 ms, < 1 MiB)")
        return 0 if worst_ms < 5 and worst_bytes < 1024 * 1024 else 1


if __name__ == "__main__":
    sys.exit(main())
