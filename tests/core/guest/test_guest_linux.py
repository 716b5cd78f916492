"""Linux guests on disks made by the real tools: facts, and each readiness check passing and
failing."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from imageimporter.core.guest import (
    CheckStatus,
    GuestReport,
    import_fields_from_guest,
    inspect_guest,
)
from tests.core.guest.builders import (
    ROOT_UUID,
    VIRTIO,
    RawFileDisk,
    make_disk,
    make_filesystem,
    write_tree,
)

Inspect = Callable[..., GuestReport]


@pytest.fixture
def inspect(tmp_path: Path) -> Iterator[Inspect]:
    """Write a tree, make its filesystem and a GPT disk holding it, and inspect that disk."""
    disks: list[RawFileDisk] = []
    counter = iter(range(1000))

    def build(
        distro: str = "ubuntu-22.04", fs: str = "ext4", **tree_options: object
    ) -> GuestReport:
        work = tmp_path / f"guest{next(counter)}"
        root = write_tree(work / "root", distro, **tree_options)  # type: ignore[arg-type]
        image = make_filesystem(work / "root.img", root, fs)
        disk = RawFileDisk(make_disk(work / "disk.raw", [(image, "8300")], bios_boot=True))
        disks.append(disk)
        return inspect_guest(disk)

    yield build
    for disk in disks:
        disk.close()


def statuses(report: GuestReport, check_id: str) -> list[CheckStatus]:
    return [c.status for c in report.checks if c.id == check_id]


def check(report: GuestReport, check_id: str) -> str:
    return " ".join(f"{c.status}: {c.message} [{c.fix}]" for c in report.checks if c.id == check_id)


@pytest.mark.parametrize(
    ("distro", "fs", "expected"),
    [
        ("ubuntu-22.04", "ext4", ("ubuntu", "22.04", "Ubuntu", "Ubuntu 22.04.4 LTS")),
        ("debian-12", "ext4", ("debian", "12", "Debian", "Debian GNU/Linux 12 (bookworm)")),
        ("centos-7", "xfs", ("centos", "7", "CentOS", "CentOS Linux 7 (Core)")),
        ("rocky-9", "xfs", ("rocky", "9.3", "Rocky Linux", "Rocky Linux 9.3 (Blue Onyx)")),
        ("alinux-3", "ext4", ("alinux", "3", "Aliyun", "Alibaba Cloud Linux 3 (Soaring Falcon)")),
        ("opensuse-15.5", "xfs", ("opensuse-leap", "15.5", "OpenSUSE", "openSUSE Leap 15.5")),
        ("centos-6", "ext4", ("centos", "6.10", "CentOS", "CentOS release 6.10 (Final)")),
    ],
)
def test_distribution_facts(
    inspect: Inspect, distro: str, fs: str, expected: tuple[str, str, str, str]
) -> None:
    report = inspect(distro, fs)
    assert report.os_type == "linux"
    facts = (report.distribution, report.version, report.platform, report.product_name)
    assert facts == expected
    platform = expected[2]
    assert report.architecture == "x86_64"  # the host's /bin/dash, reached through /bin -> usr/bin
    assert report.boot_mode == "BIOS"  # GPT with a BIOS boot partition and no ESP
    assert report.root_filesystem == fs
    assert report.kernels == ("5.15.0-91-generic",)
    assert [c.to_json() for c in report.checks if c.status is not CheckStatus.PASS] == []
    assert import_fields_from_guest(report) == {
        "Platform": platform,
        "OSType": "linux",
        "Architecture": "x86_64",
        "BootMode": "BIOS",
        "Features.NvmeSupport": "supported",
    }


def test_json_has_exactly_the_issue_keys(inspect: Inspect) -> None:
    document = inspect().to_json()
    assert list(document) == [
        "os_type",
        "distribution",
        "version",
        "product_name",
        "architecture",
        "boot_mode",
        "platform",
        "root_filesystem",
        "kernels",
        "checks",
    ]
    assert set(document["checks"][0]) == {"id", "status", "message", "fix"}


@pytest.mark.parametrize("compressor", ["gzip", "xz", "zstd", "lz4", "none"])
def test_virtio_drivers_found_inside_each_kind_of_initramfs(
    inspect: Inspect, compressor: str
) -> None:
    kernels = {"6.1.0-18-amd64": {**dict.fromkeys(VIRTIO, "initramfs"), "initramfs": compressor}}
    report = inspect("debian-12", kernels=kernels)
    assert statuses(report, "virtio_drivers") == [CheckStatus.PASS], check(report, "virtio_drivers")


@pytest.mark.parametrize("compressor", ["gzip", "zstd"])
def test_virtio_module_left_out_of_the_initramfs_fails_with_the_rebuild_command(
    inspect: Inspect, compressor: str
) -> None:
    drivers = {"virtio_blk": "module", "virtio_pci": "initramfs", "virtio_net": "module"}
    report = inspect(
        "rocky-9", "xfs", kernels={"5.14.0-362.el9.x86_64": {**drivers, "initramfs": compressor}}
    )
    [virtio] = [c for c in report.checks if c.id == "virtio_drivers"]
    assert virtio.status is CheckStatus.FAIL
    assert "virtio_blk" in virtio.message and "virtio_pci" not in virtio.message
    assert virtio.fix.startswith('dracut -f --add-drivers "virtio_blk virtio_pci"')


def test_virtio_built_into_the_kernel_passes(inspect: Inspect) -> None:
    report = inspect(kernels={"6.5.0-1-generic": dict.fromkeys(VIRTIO, "builtin")})
    assert statuses(report, "virtio_drivers") == [CheckStatus.PASS]


def test_kernel_without_virtio_fails(inspect: Inspect) -> None:
    report = inspect(kernels={"4.4.0-custom": {"e1000": "module"}})
    assert statuses(report, "virtio_drivers") == [CheckStatus.FAIL]
    assert "virtio_blk, virtio_pci, virtio_net" in check(report, "virtio_drivers")


def test_each_kernel_is_checked(inspect: Inspect) -> None:
    kernels = {
        "5.15.0-91-generic": dict.fromkeys(VIRTIO, "initramfs"),
        "5.15.0-92-generic": {
            "virtio_blk": "module",
            "virtio_pci": "module",
            "virtio_net": "module",
        },
    }
    report = inspect(kernels=kernels)
    assert report.kernels == ("5.15.0-91-generic", "5.15.0-92-generic")
    assert statuses(report, "virtio_drivers") == [CheckStatus.PASS, CheckStatus.FAIL]
    assert "update-initramfs -u -k 5.15.0-92-generic" in check(report, "virtio_drivers")


def test_nvme_in_the_initramfs_offers_nvme_support(inspect: Inspect) -> None:
    kernels = {"5.15.0-91-generic": {**dict.fromkeys(VIRTIO, "initramfs"), "nvme": "initramfs"}}
    report = inspect(kernels=kernels)
    assert statuses(report, "nvme_driver") == [CheckStatus.PASS]
    assert import_fields_from_guest(report)["Features.NvmeSupport"] == "supported"


def test_nvme_only_as_a_module_warns(inspect: Inspect) -> None:
    kernels = {"5.15.0-91-generic": {**dict.fromkeys(VIRTIO, "initramfs"), "nvme": "module"}}
    report = inspect(kernels=kernels)
    assert statuses(report, "nvme_driver") == [CheckStatus.WARN]
    assert "Features.NvmeSupport" not in import_fields_from_guest(report)


def test_fstab_by_kernel_name_fails(inspect: Inspect) -> None:
    report = inspect(fstab="/dev/sda1 / ext4 defaults 0 1\n/dev/sdb1 /data xfs defaults 0 2\n")
    assert statuses(report, "fstab_device_names") == [CheckStatus.FAIL]
    assert "/dev/sda1, /dev/sdb1" in check(report, "fstab_device_names")


def test_fstab_disk_that_is_not_there_fails_unless_nofail(inspect: Inspect) -> None:
    missing = "UUID=11111111-2222-3333-4444-555555555555 /data xfs defaults"
    report = inspect(fstab=f"UUID={ROOT_UUID} / ext4 defaults 0 1\n{missing} 0 2\n")
    assert statuses(report, "fstab_missing_disks") == [CheckStatus.FAIL]
    assert "/data" in check(report, "fstab_missing_disks")
    report = inspect(fstab=f"UUID={ROOT_UUID} / ext4 defaults 0 1\n{missing},nofail 0 2\n")
    assert statuses(report, "fstab_missing_disks") == [CheckStatus.PASS]


def test_grub_root_by_kernel_name_fails(inspect: Inspect) -> None:
    report = inspect(grub_root="/dev/sda1")
    assert statuses(report, "bootloader_root") == [CheckStatus.FAIL]
    assert "root=/dev/sda1" in check(report, "bootloader_root")


def test_no_cloud_init_warns_with_the_install_command(inspect: Inspect) -> None:
    report = inspect("centos-7", "xfs", cloud_init=False)
    assert statuses(report, "cloud_init") == [CheckStatus.WARN]
    assert "yum install -y cloud-init" in check(report, "cloud_init")


def test_alibaba_cloud_agent_counts(inspect: Inspect) -> None:
    report = inspect(cloud_init=False, extra={"usr/sbin/aliyun-service": "#!/bin/sh\n"})
    assert statuses(report, "cloud_init") == [CheckStatus.PASS]


@pytest.mark.parametrize(
    ("path", "text"),
    [
        (
            "etc/udev/rules.d/70-persistent-net.rules",
            'SUBSYSTEM=="net", ACTION=="add", ATTR{address}=="52:54:00:12:34:56", NAME="eth0"\n',
        ),
        ("etc/sysconfig/network-scripts/ifcfg-eth0", "DEVICE=eth0\nHWADDR=52:54:00:12:34:56\n"),
        (
            "etc/netplan/50-cloud-init.yaml",
            "network:\n  ethernets:\n    eth0:\n      match:\n"
            "        macaddress: 52:54:00:12:34:56\n",
        ),
    ],
)
def test_network_tied_to_a_mac_warns(inspect: Inspect, path: str, text: str) -> None:
    report = inspect(extra={path: text})
    assert statuses(report, "network_mac_binding") == [CheckStatus.WARN]
    assert "/" + path in check(report, "network_mac_binding")


@pytest.mark.parametrize(
    ("path", "text"),
    [
        (
            "etc/sysconfig/network-scripts/ifcfg-eth0",
            "DEVICE=eth0\nBOOTPROTO=static\nIPADDR=10.0.0.5\n",
        ),
        ("etc/network/interfaces", "auto lo\niface lo inet loopback\niface eth0 inet static\n"),
        ("etc/netplan/01-netcfg.yaml", "network:\n  ethernets:\n    eth0:\n      dhcp4: false\n"),
    ],
)
def test_static_address_warns(inspect: Inspect, path: str, text: str) -> None:
    report = inspect(extra={path: text})
    assert statuses(report, "network_dhcp") == [CheckStatus.WARN]
    assert "/" + path in check(report, "network_dhcp")


def test_dhcp_configuration_passes(inspect: Inspect) -> None:
    report = inspect(
        extra={"etc/network/interfaces": "auto lo\niface lo inet loopback\niface eth0 inet dhcp\n"}
    )
    assert statuses(report, "network_dhcp") == [CheckStatus.PASS]


def test_hardware_clock_in_local_time_warns(inspect: Inspect) -> None:
    report = inspect(extra={"etc/adjtime": "0.0 0 0.0\n0\nLOCAL\n"})
    [rtc] = [c for c in report.checks if c.id == "rtc_utc"]
    assert (rtc.status, rtc.fix) == (CheckStatus.WARN, "timedatectl set-local-rtc 0")
    report = inspect(extra={"etc/adjtime": "0.0 0 0.0\n0\nUTC\n"})
    assert statuses(report, "rtc_utc") == [CheckStatus.PASS]


@pytest.mark.parametrize("fs", ["ext2", "ext3"])
def test_older_ext_filesystems(inspect: Inspect, fs: str) -> None:
    report = inspect("centos-6", fs, fstab=f"UUID={ROOT_UUID} / {fs} defaults 1 1\n")
    assert (report.distribution, report.root_filesystem) == ("centos", fs)
    assert statuses(report, "fstab_missing_disks") == [CheckStatus.PASS]
