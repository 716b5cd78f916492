"""Where the root lives (MBR logical partitions, LVM2, a separate /boot, an ESP) and what a
damaged or hostile guest gives: "could not read" with the reason, never an exception."""

from __future__ import annotations

import json
import os
import random
import secrets
import shutil
from pathlib import Path

import pytest

from imageimporter.core.guest import CheckStatus, GuestReport, inspect_guest
from imageimporter.core.guest.initramfs import MAX_INITRAMFS_SIZE
from tests.core.guest.builders import (
    MIB,
    ROOT_UUID,
    RawFileDisk,
    make_disk,
    make_filesystem,
    run,
    run_or_skip,
    write_tree,
)

BOOT_UUID = "0b0b0b0b-1111-4222-8333-944445555666"


def inspect_file(path: Path) -> GuestReport:
    disk = RawFileDisk(path)
    try:
        return inspect_guest(disk)
    finally:
        disk.close()


def unreadable(report: GuestReport) -> list[str]:
    return [c.message for c in report.checks if c.id == "could_not_read"]


def test_root_on_a_logical_partition_of_an_mbr_disk(tmp_path: Path) -> None:
    root = make_filesystem(
        tmp_path / "root.img", write_tree(tmp_path / "root", "debian-12"), "ext4"
    )
    disk = tmp_path / "disk.raw"
    run("truncate", "-s", str(80 * MIB), disk)
    script = (
        "label: dos\nstart=2048, size=8192, type=83\nstart=12288, type=5\n"
        "start=14336, size=100352, type=83\n"
    )
    run("sfdisk", "-q", disk, input=script.encode())
    layout = json.loads(run("sfdisk", "--json", disk))["partitiontable"]["partitions"]
    logical = next(p for p in layout if p["node"].endswith("5"))
    run(
        "dd",
        f"if={root}",
        f"of={disk}",
        "bs=512",
        f"seek={logical['start']}",
        "conv=notrunc,sparse",
        "status=none",
    )
    with open(disk, "r+b") as file:
        file.write(b"\xeb\x63\x90" + b"\x90" * 100)  # boot code: a BIOS disk
    report = inspect_file(disk)
    assert (report.distribution, report.version, report.root_filesystem) == ("debian", "12", "ext4")
    assert report.root_volume == "partition 5"
    assert report.boot_mode == "BIOS"


def test_uefi_disk_with_esp_and_separate_boot(tmp_path: Path) -> None:
    tree = write_tree(
        tmp_path / "root",
        "rocky-9",
        fstab=f"UUID={ROOT_UUID} / xfs defaults 0 0\nUUID={BOOT_UUID} /boot ext4 defaults 1 2\n"
        "UUID=ABCD-1234 /boot/efi vfat umask=0077 0 2\n",
    )
    boot = tmp_path / "boot"
    shutil.move(tree / "boot", boot)  # /boot is its own filesystem, as Rocky installs it
    (tree / "boot").mkdir()
    esp = tmp_path / "esp"
    (esp / "EFI/rocky").mkdir(parents=True)
    (esp / "EFI/rocky/shimx64.efi").write_bytes(b"MZ" + bytes(100))
    (esp / "EFI/rocky/grub.cfg").write_text("configfile $prefix/grub.cfg\n")
    esp_image = make_filesystem(tmp_path / "esp.img", esp, "vfat", 34)
    run("mlabel", "-i", esp_image, "-N", "ABCD1234", "::")
    disk = make_disk(
        tmp_path / "disk.raw",
        [
            (esp_image, "ef00"),
            (make_filesystem(tmp_path / "boot.img", boot, "ext4", 32, uuid=BOOT_UUID), "8300"),
            (make_filesystem(tmp_path / "root.img", tree, "xfs"), "8300"),
        ],
    )
    report = inspect_file(disk)
    assert report.boot_mode == "UEFI"
    assert report.root_filesystem == "xfs"
    assert report.kernels == ("5.15.0-91-generic",)  # found on the /boot partition
    assert [c.status for c in report.checks if c.id == "virtio_drivers"] == [CheckStatus.PASS]
    assert [c.status for c in report.checks if c.id == "fstab_missing_disks"] == [CheckStatus.PASS]
    assert unreadable(report) == []


def test_btrfs_root_made_by_mkfs_rootdir(tmp_path: Path) -> None:
    tree = write_tree(tmp_path / "root", "opensuse-15.5")
    disk = make_disk(
        tmp_path / "disk.raw", [(make_filesystem(tmp_path / "root.img", tree, "btrfs"), "8300")]
    )
    report = inspect_file(disk)
    assert (report.distribution, report.root_filesystem) == ("opensuse-leap", "btrfs")
    assert report.kernels == ("5.15.0-91-generic",)
    assert [c.status for c in report.checks if c.id == "virtio_drivers"] == [CheckStatus.PASS]
    assert unreadable(report) == []


def _mount_possible() -> bool:
    return os.geteuid() == 0 and shutil.which("btrfs") is not None


@pytest.mark.skipif(
    not _mount_possible(), reason="making Btrfs subvolumes needs a loop mount (root)"
)
def test_btrfs_like_opensuse_default_subvolume_and_zstd(tmp_path: Path) -> None:
    """openSUSE's layout: the root is the default subvolume @/.snapshots/1/snapshot, /var is a
    subvolume of its own, files are compressed with zstd."""
    tree = write_tree(tmp_path / "root", "opensuse-15.5", extra={"var/lib/marker": "x\n"})
    image = tmp_path / "root.img"
    run("truncate", "-s", str(160 * MIB), image)
    run("mkfs.btrfs", "-q", "-f", "-U", ROOT_UUID, image)
    mount = tmp_path / "mnt"
    mount.mkdir()
    run_or_skip("mount", "-o", "loop,compress-force=zstd", image, mount)
    try:
        run("btrfs", "-q", "subvolume", "create", mount / "@")
        (mount / "@/.snapshots/1").mkdir(parents=True)
        snapshot = mount / "@/.snapshots/1/snapshot"
        run("btrfs", "-q", "subvolume", "create", snapshot)
        run("btrfs", "-q", "subvolume", "create", snapshot / "var")
        shutil.copytree(tree, snapshot, symlinks=True, dirs_exist_ok=True)
        subvolume_id = run("btrfs", "inspect-internal", "rootid", snapshot).decode().strip()
        run("btrfs", "subvolume", "set-default", subvolume_id, mount)
    finally:
        run("umount", mount)
    report = inspect_file(make_disk(tmp_path / "disk.raw", [(image, "8300")]))
    assert (report.distribution, report.version, report.root_filesystem) == (
        "opensuse-leap",
        "15.5",
        "btrfs",
    )
    assert [c.status for c in report.checks if c.id == "virtio_drivers"] == [CheckStatus.PASS]
    assert unreadable(report) == []


def _lvm_possible() -> bool:
    return (
        os.geteuid() == 0
        and shutil.which("losetup") is not None
        and shutil.which("vgcfgrestore") is not None
    )


@pytest.mark.skipif(not _lvm_possible(), reason="LVM tools on a loop device need root")
def test_root_on_a_linear_logical_volume_in_two_segments(tmp_path: Path) -> None:
    """pvcreate/vgcreate make the PV and VG; the LVs are added with vgcfgrestore (lvcreate needs
    device-mapper in the kernel, which containers often lack). The root LV's second half lies
    before its first half on the PV."""
    pv = tmp_path / "pv.img"
    run("truncate", "-s", str(64 * MIB), pv)
    vg = f"guest{secrets.token_hex(4)}"
    config = "--config=activation{udev_sync=0 udev_rules=0} devices{obtain_device_list_from_udev=0}"
    loop = run_or_skip("losetup", "-f", "--show", pv).decode().strip()
    try:
        run_or_skip("pvcreate", "-q", config, loop)
        run_or_skip("vgcreate", "-q", config, vg, loop)
        backup = tmp_path / "vg.txt"
        run("vgcfgbackup", "-q", config, "-f", backup, vg)
        text = backup.read_text()
        end = text.index("\n}\n", text.index("physical_volumes"))
        backup.write_text(text[:end] + _LOGICAL_VOLUMES + text[end:])
        run("vgcfgrestore", "-q", config, "-f", backup, vg)
        ranges = run("lvs", config, "--noheadings", "-o", "lv_name,seg_pe_ranges", vg).decode()
        pe_start = int(
            run("pvs", config, "--noheadings", "--units", "b", "-o", "pe_start", loop)
            .decode()
            .strip()[:-1]
        )
        run("vgchange", "-q", config, "-an", vg)
    finally:
        run("losetup", "-d", loop)
    tree = write_tree(
        tmp_path / "root",
        "centos-7",
        fstab=f"/dev/mapper/{vg}-root / ext4 defaults 0 0\n",
        grub_root=f"/dev/mapper/{vg}-root",
    )
    root = make_filesystem(tmp_path / "root.img", tree, "ext4", 40)
    extent = 4 * MIB
    lv_offset = 0
    for line in ranges.splitlines():
        name, pv_range = line.split()
        if name != "root":
            continue
        first, last = (int(x) for x in pv_range.split(":")[1].split("-"))
        count = last - first + 1
        run(
            "dd",
            f"if={root}",
            f"of={pv}",
            "bs=1M",
            f"skip={lv_offset // MIB}",
            f"seek={(pe_start + first * extent) // MIB}",
            f"count={count * extent // MIB}",
            "conv=notrunc",
            "status=none",
        )
        lv_offset += count * extent
    report = inspect_file(make_disk(tmp_path / "disk.raw", [(pv, "8e00")]))
    assert (report.distribution, report.root_volume) == ("centos", f"{vg}/root"), unreadable(report)
    assert [
        c.status for c in report.checks if c.id in ("fstab_device_names", "bootloader_root")
    ] == [CheckStatus.PASS, CheckStatus.PASS]


_LOGICAL_VOLUMES = """
\tlogical_volumes {
\t\tswap {
\t\t\tid = "aaaaaa-bbbb-cccc-dddd-eeee-ffff-000001"
\t\t\tstatus = ["READ", "WRITE", "VISIBLE"]
\t\t\tsegment_count = 1
\t\t\tsegment1 {
\t\t\t\tstart_extent = 0
\t\t\t\textent_count = 2
\t\t\t\ttype = "striped"
\t\t\t\tstripe_count = 1
\t\t\t\tstripes = ["pv0", 0]
\t\t\t}
\t\t}
\t\troot {
\t\t\tid = "aaaaaa-bbbb-cccc-dddd-eeee-ffff-000002"
\t\t\tstatus = ["READ", "WRITE", "VISIBLE"]
\t\t\tsegment_count = 2
\t\t\tsegment1 {
\t\t\t\tstart_extent = 0
\t\t\t\textent_count = 5
\t\t\t\ttype = "striped"
\t\t\t\tstripe_count = 1
\t\t\t\tstripes = ["pv0", 8]
\t\t\t}
\t\t\tsegment2 {
\t\t\t\tstart_extent = 5
\t\t\t\textent_count = 5
\t\t\t\ttype = "striped"
\t\t\t\tstripe_count = 1
\t\t\t\tstripes = ["pv0", 2]
\t\t\t}
\t\t}
\t}
"""


def _guest_with_links(
    tmp_path: Path, fs: str, links: dict[str, str], removed: tuple[str, ...] = ()
) -> GuestReport:
    """An Ubuntu guest where each of ``links`` is made a symlink to its value."""
    tree = write_tree(tmp_path / "root", "ubuntu-22.04")
    for path in (*removed, *links):
        (tree / path).unlink(missing_ok=True)
    for path, target in links.items():
        os.symlink(target, tree / path)
    disk = make_disk(
        tmp_path / "disk.raw", [(make_filesystem(tmp_path / "root.img", tree, fs), "8300")]
    )
    return inspect_file(disk)


@pytest.mark.parametrize("fs", ["ext4", "xfs"])
def test_os_release_symlink_loop(tmp_path: Path, fs: str) -> None:
    links = {"etc/os-release": "os-release.d", "etc/os-release.d": "os-release"}
    report = _guest_with_links(tmp_path, fs, links, removed=("usr/lib/os-release",))
    assert "Could not read /etc/os-release: its links loop (more than 40 hops)." in unreadable(
        report
    )
    assert report.distribution == "debian"  # /etc/debian_version was still read


def test_os_release_pointing_outside_the_root(tmp_path: Path) -> None:
    report = _guest_with_links(tmp_path, "ext4", {"etc/os-release": "../../../../etc/passwd"})
    assert "Could not read /etc/os-release: a link points outside the guest's root." in unreadable(
        report
    )
    assert report.version == "22.04"  # from /usr/lib/os-release, the documented fallback


def test_huge_initramfs_is_not_read(tmp_path: Path) -> None:
    tree = write_tree(tmp_path / "root", "ubuntu-22.04")
    initrd = tree / "boot/initrd.img-5.15.0-91-generic"
    with open(initrd, "r+b") as file:
        file.truncate(MAX_INITRAMFS_SIZE + MIB)  # sparse: mkfs.ext4 -d keeps the hole
    image = make_filesystem(tmp_path / "root.img", tree, "ext4", 400)
    disk = RawFileDisk(make_disk(tmp_path / "disk.raw", [(image, "8300")]))
    try:
        report = inspect_guest(disk)
    finally:
        disk.close()
    assert (
        "Could not read /boot/initrd.img-5.15.0-91-generic: it is larger than 256 MiB."
        in unreadable(report)
    )
    assert [c.status for c in report.checks if c.id == "virtio_drivers"] == [CheckStatus.WARN]
    assert disk.bytes_read < 16 * MIB


def test_garbage_initramfs(tmp_path: Path) -> None:
    tree = write_tree(tmp_path / "root", "ubuntu-22.04")
    (tree / "boot/initrd.img-5.15.0-91-generic").write_bytes(
        b"\x1f\x8b" + random.Random(1).randbytes(4096)
    )
    image = make_filesystem(tmp_path / "root.img", tree, "ext4")
    report = inspect_file(make_disk(tmp_path / "disk.raw", [(image, "8300")]))
    assert (
        "Could not read /boot/initrd.img-5.15.0-91-generic: its compressed data is damaged."
        in unreadable(report)
    )


@pytest.mark.parametrize("seed", range(12))
def test_damaged_filesystem_metadata_never_raises(tmp_path: Path, seed: int) -> None:
    """Random bytes over the ext4 metadata (superblock, group descriptors, inode tables)."""
    tree = write_tree(tmp_path / "root", "ubuntu-22.04")
    image = make_filesystem(tmp_path / "root.img", tree, "ext4")
    disk_path = make_disk(tmp_path / "disk.raw", [(image, "8300")])
    rng = random.Random(seed)
    with open(disk_path, "r+b") as disk:
        for _ in range(40):
            disk.seek(MIB + rng.randrange(0, 2 * MIB))
            disk.write(rng.randbytes(rng.choice((1, 8, 64))))
    report = inspect_file(disk_path)
    assert isinstance(report, GuestReport)
    json.dumps(report.to_json())


def test_random_disk_has_no_guest(tmp_path: Path) -> None:
    path = tmp_path / "noise.raw"
    path.write_bytes(random.Random(7).randbytes(4 * MIB))
    report = inspect_file(path)
    assert report.os_type is None
    assert [c.id for c in report.checks] == ["guest_os"]
