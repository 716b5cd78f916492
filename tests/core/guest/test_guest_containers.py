"""The same guest inside RAW, QCOW2, VHDX and VMDK (qemu-img convert) reads the same, through
the disk readers' open_disk."""

from __future__ import annotations

from pathlib import Path

import pytest

from imageimporter.core.guest import inspect_guest
from tests.core.guest.builders import make_disk, make_filesystem, run, write_tree

# open_disk comes from the readers branch; until it is merged there is nothing to test here.
disk_open = pytest.importorskip("imageimporter.core.disk.open")


@pytest.fixture(scope="module")
def raw(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("containers")
    tree = write_tree(work / "root", "rocky-9", grub_root="/dev/sda2")
    return make_disk(
        work / "disk.raw",
        [(make_filesystem(work / "root.img", tree, "xfs"), "8300")],
        bios_boot=True,
    )


@pytest.mark.parametrize("fmt", ["qcow2", "vhdx", "vmdk"])
def test_guest_reads_the_same_in_every_container(raw: Path, fmt: str) -> None:
    converted = raw.with_suffix(f".{fmt}")
    run("qemu-img", "convert", "-f", "raw", "-O", fmt, raw, converted)
    documents = []
    for path in (raw, converted):
        disk = disk_open.open_disk(str(path))
        try:
            documents.append(inspect_guest(disk).to_json())
        finally:
            disk.close()
    assert documents[0] == documents[1]
    assert (documents[1]["distribution"], documents[1]["root_filesystem"]) == ("rocky", "xfs")
    assert any(
        c["id"] == "bootloader_root" and c["status"] == "fail" for c in documents[1]["checks"]
    )
