"""Figures for the QCOW2 stream (issue 10), all measured in one run, under /work/tmp-bench.

(a) bytes produced for a 16 GiB sparse RAW with 1 GiB of random data in scattered extents and
    512 MiB of written zeros, as a ratio to the 1 GiB of data;
(b) `imageimporter convert` of an 8 GiB RAW holding 2 GiB of data against
    `qemu-img convert -O qcow2`: wall time ratio and client CPU (user+sys) of both;
(c) peak RSS of `convert` of a 2 TiB sparse RAW (a VHDX once the readers' VHDX is merged).

Run: PYTHONPATH=$PWD python benchmarks/bench_convert.py [--dir /work/tmp-bench]
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

MIB = 1 << 20
GIB = 1 << 30


def make_raw(path: Path, size: int, data: int, zeros: int, seed: int) -> None:
    rng = random.Random(seed)
    piece = 4 * MIB
    slots = size // piece
    chosen = rng.sample(range(slots), (data + zeros) // piece)
    with open(path, "wb") as handle:
        handle.truncate(size)
        for index, slot in enumerate(chosen):
            handle.seek(slot * piece)
            handle.write(os.urandom(piece) if index * piece < data else bytes(piece))


def timed(cmd: list[str]) -> tuple[float, float, int]:
    """Wall seconds, child CPU seconds (user+sys) and peak RSS (KiB) of one command."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.monotonic()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    wall = time.monotonic() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, after.ru_maxrss


def convert_cmd(src: Path, dest: Path) -> list[str]:
    return [sys.executable, "-m", "imageimporter", "convert", "--force", str(src), str(dest)]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dir", default="/work/tmp-bench")
    folder = Path(parser.parse_args().dir)
    folder.mkdir(parents=True, exist_ok=True)
    rows: list[tuple[str, str]] = []
    try:
        src = folder / "a.raw"
        make_raw(src, 16 * GIB, 1 * GIB, 512 * MIB, seed=1)
        out = folder / "a.qcow2"
        timed(convert_cmd(src, out))
        rows.append(("(a) bytes / 1 GiB of data", f"{out.stat().st_size / GIB:.4f}"))
        src.unlink()
        out.unlink()

        src = folder / "b.raw"
        make_raw(src, 8 * GIB, 2 * GIB, 0, seed=2)
        subprocess.run(["cat", str(src)], check=True, stdout=subprocess.DEVNULL)  # warm cache
        q_wall, q_cpu, _ = timed(
            [
                "qemu-img",
                "convert",
                "-f",
                "raw",
                "-O",
                "qcow2",
                str(src),
                str(folder / "b-qemu.qcow2"),
            ]
        )
        c_wall, c_cpu, _ = timed(convert_cmd(src, folder / "b.qcow2"))
        rows.append(("(b) convert wall / qemu-img wall", f"{c_wall / q_wall:.2f}"))
        rows.append(("(b) qemu-img wall s, cpu s", f"{q_wall:.2f}, {q_cpu:.2f}"))
        rows.append(("(b) convert wall s, cpu s", f"{c_wall:.2f}, {c_cpu:.2f}"))
        for name in ("b.raw", "b-qemu.qcow2", "b.qcow2"):
            (folder / name).unlink()

        src = folder / "c.raw"
        make_raw(src, 2 << 40, 64 * MIB, 0, seed=3)
        _, _, rss = timed(convert_cmd(src, folder / "c.qcow2"))
        rows.append(("(c) peak RSS MiB, 2 TiB sparse RAW", f"{rss / 1024:.0f}"))
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    width = max(len(name) for name, _ in rows)
    for name, value in rows:
        print(f"{name:<{width}}  {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
