"""A disk that is one volume (a file system's boot sector at sector 0, no partition table)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from imageimporter.core.inspect import Verdict, inspect_path
from imageimporter.core.inspect.detect import volume_boot_record
from imageimporter.core.inspect.model import Severity
from tests.core.images import MIB, needs_qemu, needs_sfdisk, qemu_convert, raw_mbr, run, sparse_file

# mkfs command for each file system, formatting a whole raw file (no partition table).
MKFS = {
    "NTFS": ("mkfs.ntfs", "-F", "-Q", "-q"),
    "FAT12": ("mkfs.vfat", "-F", "12"),
    "FAT16": ("mkfs.vfat", "-F", "16"),
    "FAT32": ("mkfs.vfat", "-F", "32"),
    "exFAT": ("mkfs.exfat",),
}
# Windows' NTFS boot code ends with its messages, in the bytes an MBR keeps its partition
# entries in: read as an MBR they are three partitions far beyond the end of the disk.
WINDOWS_VBR_TAIL = (
    b"\r\nA disk read error occurred\0\r\nBOOTMGR is compressed\0"
    b"\r\nPress Ctrl+Alt+Del to restart\r\n\0\0\0\0\x8c\xa9\xbe\xd6\0\0"
)


def make_volume(path: Path, filesystem: str) -> Path:
    tool, *options = MKFS[filesystem]
    found = shutil.which(tool) or shutil.which(tool, path="/usr/sbin:/sbin")
    if found is None:
        pytest.skip(f"{tool} is not installed")
    sparse_file(path, 64 * MIB)
    run(found, *options, path)
    return path


@pytest.mark.parametrize("filesystem", list(MKFS))
def test_volume_without_partition_table_is_a_data_disk(tmp_path, filesystem):
    volume = make_volume(tmp_path / "volume.img", filesystem)
    report = inspect_path(volume)
    assert (report.format, report.partition_table, report.boot_mode) == ("raw", None, None)
    assert report.content == f"{filesystem} file system"
    assert report.verdict is Verdict.ACCEPT
    (problem,) = report.problems
    assert (problem.code, problem.severity) == ("no_partition_table", Severity.WARNING)
    assert filesystem in problem.message and "system disk" in problem.message
    assert "whole_disk" in {h.code for h in report.hints}


def test_windows_volume_boot_code_is_not_read_as_partitions(tmp_path):
    volume = make_volume(tmp_path / "windows_volume.img", "NTFS")
    with open(volume, "r+b") as handle:
        handle.seek(510 - len(WINDOWS_VBR_TAIL))
        handle.write(WINDOWS_VBR_TAIL)
    report = inspect_path(volume)
    assert report.partition_table is None and report.partitions == ()
    assert [p.code for p in report.problems] == ["no_partition_table"]
    assert report.verdict is Verdict.ACCEPT


@needs_qemu
def test_volume_inside_a_container_is_recognised(tmp_path):
    volume = make_volume(tmp_path / "volume.img", "NTFS")
    vhdx = qemu_convert(volume, tmp_path / "volume.vhdx", "vhdx")
    report = inspect_path(vhdx)
    assert (report.format, report.partition_table, report.content) == (
        "vhdx",
        None,
        "NTFS file system",
    )
    assert "no_partition_table" in {p.code for p in report.problems}


@needs_sfdisk
def test_mbr_with_a_jump_at_its_start_stays_a_partition_table(tmp_path):
    # GRUB's MBR starts with a jump, like a boot sector; without a sane BIOS parameter block
    # and a file system's name it is still a partition table.
    disk = raw_mbr(tmp_path / "mbr.img", 8 * MIB)
    with open(disk, "r+b") as handle:
        handle.write(b"\xeb\x63\x90")
        handle.seek(82)
        handle.write(b"FAT32   ")
    assert volume_boot_record(disk.read_bytes()[:512]) is None
    report = inspect_path(disk)
    assert (report.partition_table, len(report.partitions)) == ("mbr", 1)
    assert "no_partition_table" not in {p.code for p in report.problems}
