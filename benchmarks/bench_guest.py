"""Guest inspection figures: time and bytes read to inspect the guest of a 40 GiB disk.

    python benchmarks/bench_guest.py [--runs 5] [--size-gib 40]

The disk is sparse RAW: GPT with a BIOS boot partition, a 100 MiB ESP (mkfs.vfat, mcopy) and an
ext4 root filling the rest (mkfs.ext4 -d) holding an Ubuntu 22.04 tree with two kernels, each
with a 16 MiB zstd initramfs (early microcode in front) and full module lists. Goals: under 1 s
and under 64 MiB read. Baseline, measured in the same run: reading the same files with pyfsext
alone (open the volume, read each file whole), without finding partitions, resolving links or
checking anything; virt-inspector does not run here (no libguestfs appliance).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from imageimporter.core.guest import GuestReport, inspect_guest
from tests.core.guest.builders import (
    MIB,
    ROOT_UUID,
    VIRTIO,
    RawFileDisk,
    make_filesystem,
    make_initramfs,
    run,
    write_tree,
)

KERNELS = ("5.15.0-91-generic", "5.15.0-92-generic")
ESP_MIB = 100


def build(work: Path, size_gib: int) -> tuple[Path, int]:
    """The disk, and the byte offset of its root partition."""
    drivers = dict.fromkeys((*VIRTIO, "nvme"), "initramfs")
    tree = write_tree(work / "root", "ubuntu-22.04", kernels=dict.fromkeys(KERNELS, drivers))
    rng = random.Random(0)
    for version in KERNELS:
        modules = tree / "usr/lib/modules" / version
        # A real modules.dep lists about 6000 modules.
        lines = [
            f"kernel/drivers/misc/module{i}.ko.zst: kernel/lib/dep{i % 50}.ko.zst\n"
            for i in range(6000)
        ]
        with open(modules / "modules.dep", "a") as dep:
            dep.writelines(lines)
        # 16 MiB of module-like content (half random, half zeros) compressed like Ubuntu's.
        files = {
            f"usr/lib/modules/{version}/kernel/drivers/misc/blob{i}.ko": rng.randbytes(2048)
            + bytes(2048)
            for i in range(4096)
        }
        files.update(
            {f"usr/lib/modules/{version}/kernel/drivers/block/{d}.ko": b"\x7fELF" for d in drivers}
        )
        make_initramfs(tree / "boot" / f"initrd.img-{version}", files, "zstd", microcode=True)
    esp = work / "esp"
    (esp / "EFI/ubuntu").mkdir(parents=True)
    (esp / "EFI/ubuntu/grubx64.efi").write_bytes(b"MZ" + bytes(4096))
    esp_image = make_filesystem(work / "esp.img", esp, "vfat", ESP_MIB)
    disk = work / "disk.raw"
    run("truncate", "-s", f"{size_gib}G", disk)
    esp_start, root_start = 2 * MIB, (2 + ESP_MIB) * MIB
    end_sector = (size_gib * 1024 * MIB - MIB) // 512 - 1
    run(
        "sgdisk",
        "-n", f"1:{MIB // 512}:{esp_start // 512 - 1}", "-t", "1:ef02",
        "-n", f"2:{esp_start // 512}:{root_start // 512 - 1}", "-t", "2:ef00",
        "-n", f"3:{root_start // 512}:{end_sector}", "-t", "3:8300",
        disk,
    )  # fmt: skip
    run(
        "dd",
        f"if={esp_image}",
        f"of={disk}",
        "bs=1M",
        f"seek={esp_start // MIB}",
        "conv=notrunc",
        "status=none",
    )
    blocks = ((end_sector + 1) * 512 - root_start) // 4096
    run(
        "mkfs.ext4", "-q", "-F", "-b", "4096", "-J", "size=64", "-U", ROOT_UUID,
        "-E", f"offset={root_start},lazy_itable_init=1,lazy_journal_init=1,nodiscard",
        "-d", tree, disk, str(blocks),
    )  # fmt: skip
    return disk, root_start


def inspect_once(path: Path) -> tuple[float, int, GuestReport]:
    disk = RawFileDisk(path)
    try:
        start = time.perf_counter()
        report = inspect_guest(disk)
        return time.perf_counter() - start, disk.bytes_read, report
    finally:
        disk.close()


BASELINE_FILES = (
    "/usr/lib/os-release",
    "/etc/fstab",
    "/boot/grub/grub.cfg",
    "/etc/cloud/cloud.cfg",
    "/usr/bin/dash",
    *(f"/usr/lib/modules/{k}/modules.{n}" for k in KERNELS for n in ("builtin", "dep")),
    *(f"/boot/initrd.img-{k}" for k in KERNELS),
)


def baseline_once(path: Path, root_start: int) -> float:
    """The same files read whole with pyfsext on the root partition, nothing else."""
    import pyfsext

    with open(path, "rb") as file:
        start = time.perf_counter()
        window = _Window(file, root_start, os.path.getsize(path) - root_start)
        volume = pyfsext.volume()
        volume.open_file_object(window)
        for name in BASELINE_FILES:
            entry = volume.get_file_entry_by_path(name)
            entry.read_buffer_at_offset(entry.size, 0)
        return time.perf_counter() - start


class _Window:
    def __init__(self, file: object, start: int, size: int) -> None:
        self._file, self._start, self._size, self._position = file, start, size, 0

    def read(self, size: int = -1) -> bytes:
        size = self._size - self._position if size < 0 else min(size, self._size - self._position)
        data = os.pread(self._file.fileno(), size, self._start + self._position)  # type: ignore[attr-defined]
        self._position += len(data)
        return data

    def seek(self, offset: int, whence: int = 0) -> int:
        self._position = (0, self._position, self._size)[whence] + offset
        return self._position

    def tell(self) -> int:
        return self._position

    def get_size(self) -> int:
        return self._size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--size-gib", type=int, default=40)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-guest-") as folder:
        disk, root_start = build(Path(folder), args.size_gib)
        inspect_once(disk)  # warm the page cache for both sides alike
        baseline_once(disk, root_start)
        runs = [inspect_once(disk) for _ in range(args.runs)]
        baselines = [baseline_once(disk, root_start) for _ in range(args.runs)]
        seconds = statistics.median(r[0] for r in runs)
        read = runs[0][1]
        base = statistics.median(baselines)
        report = runs[0][2]
        allocated = os.stat(disk).st_blocks * 512 / MIB
        checks = [(c.id, c.status.value) for c in report.checks]
        time_goal = "met" if seconds < 1 else "MISSED"
        read_goal = "met" if read < 64 * MIB else "MISSED"
        print(f"disk: {args.size_gib} GiB sparse RAW, {allocated:.0f} MiB allocated")
        print(f"guest: {report.summary}; checks: {checks}")
        median = f"{seconds * 1000:.0f} ms (median of {args.runs})"
        print(f"inspect_guest: {median}, {read / MIB:.1f} MiB read")
        print(f"baseline (pyfsext reads the same files): {base * 1000:.0f} ms")
        print(f"ratio inspect/baseline: {seconds / base:.2f}")
        print(f"goals: under 1 s: {time_goal}; under 64 MiB read: {read_goal}")


if __name__ == "__main__":
    main()
