"""Windows guests: NTFS made by mkfs.ntfs and filled through ntfs-3g, registry hives written by
hivexsh, the kernel a real PE file (pip's own Windows launchers)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pip
import pytest

from imageimporter.core.guest import (
    CheckStatus,
    GuestReport,
    import_fields_from_guest,
    inspect_guest,
)
from tests.core.guest.builders import RawFileDisk, make_disk, make_filesystem, make_hive

LAUNCHERS = Path(pip.__file__).parent / "_vendor" / "distlib"

pytestmark = [
    pytest.mark.skipif(
        os.geteuid() != 0 or not Path("/dev/fuse").exists() or not shutil.which("ntfs-3g"),
        reason="filling an NTFS image needs an ntfs-3g (FUSE) mount",
    ),
    pytest.mark.skipif(
        not shutil.which("hivexsh"), reason="hivexsh (libhivex-bin) is not installed"
    ),
    pytest.mark.skipif(not (LAUNCHERS / "w64.exe").exists(), reason="pip's launchers are missing"),
]

SERVER_2022 = {
    "ProductName": "string:Windows Server 2022 Datacenter",
    "EditionID": "string:ServerDatacenter",
    "CurrentMajorVersionNumber": "dword:0x0000000a",
    "CurrentMinorVersionNumber": "dword:0x00000000",
    "CurrentBuildNumber": "string:20348",
    "DisplayVersion": "string:21H2",
}


def windows_disk(
    tmp_path: Path,
    services: dict[str, int],
    *,
    product: dict[str, str] | None = None,
    kernel: str = "w64.exe",
    uefi: bool = False,
) -> GuestReport:
    tree = tmp_path / "c"
    config = tree / "Windows/System32/config"
    config.mkdir(parents=True)
    shutil.copy(LAUNCHERS / kernel, tree / "Windows/System32/ntoskrnl.exe")
    make_hive(
        config / "SOFTWARE", {"Microsoft\\Windows NT\\CurrentVersion": product or SERVER_2022}
    )
    system = {"Select": {"Current": "dword:0x00000001"}}
    for name, start in services.items():
        system[f"ControlSet001\\Services\\{name}"] = {
            "Start": f"dword:0x{start:08x}",
            "Type": "dword:0x1",
        }
    make_hive(config / "SYSTEM", system)
    partitions = [(make_filesystem(tmp_path / "c.img", tree, "ntfs"), "0700")]
    if uefi:
        esp = tmp_path / "esp"
        (esp / "EFI/Microsoft/Boot").mkdir(parents=True)
        (esp / "EFI/Microsoft/Boot/bootmgfw.efi").write_bytes((LAUNCHERS / kernel).read_bytes())
        partitions.insert(0, (make_filesystem(tmp_path / "esp.img", esp, "vfat", 34), "ef00"))
    disk = RawFileDisk(make_disk(tmp_path / "disk.raw", partitions, boot_code=not uefi))
    try:
        return inspect_guest(disk)
    finally:
        disk.close()


def status(report: GuestReport, check_id: str) -> CheckStatus:
    [check] = [c for c in report.checks if c.id == check_id]
    return check.status


def test_windows_server_2022_with_virtio_drivers(tmp_path: Path) -> None:
    report = windows_disk(tmp_path, {"viostor": 0, "netkvm": 3})
    assert report.os_type == "windows"
    assert report.distribution == "windows"
    assert report.product_name == "Windows Server 2022 Datacenter"
    assert report.version == "10.0.20348 (21H2)"
    assert report.platform == "Windows Server 2022"
    assert report.architecture == "x86_64"
    assert report.boot_mode == "BIOS"
    assert report.root_filesystem == "ntfs"
    assert status(report, "windows_virtio_storage") is CheckStatus.PASS
    assert status(report, "windows_virtio_network") is CheckStatus.PASS
    assert import_fields_from_guest(report) == {
        "Platform": "Windows Server 2022",
        "OSType": "windows",
        "Architecture": "x86_64",
        "BootMode": "BIOS",
    }


def test_virtio_storage_that_does_not_start_at_boot_fails_with_the_fix(tmp_path: Path) -> None:
    report = windows_disk(tmp_path, {"vioscsi": 3})
    [storage] = [c for c in report.checks if c.id == "windows_virtio_storage"]
    assert storage.status is CheckStatus.FAIL
    assert "vioscsi" in storage.message
    key = "HKLM\\SYSTEM\\CurrentControlSet\\Services\\vioscsi"
    assert storage.fix == f"reg add {key} /v Start /t REG_DWORD /d 0 /f"
    assert status(report, "windows_virtio_network") is CheckStatus.FAIL


def test_no_virtio_drivers_fail(tmp_path: Path) -> None:
    report = windows_disk(tmp_path, {"storahci": 0})
    assert status(report, "windows_virtio_storage") is CheckStatus.FAIL
    assert "virtio-win" in next(c.fix for c in report.checks if c.id == "windows_virtio_storage")


def test_arm64_uefi_client_windows(tmp_path: Path) -> None:
    product = {
        "ProductName": "string:Windows 10 Pro",
        "EditionID": "string:Professional",
        "CurrentVersion": "string:6.3",
        "CurrentBuild": "string:19045",
    }
    report = windows_disk(
        tmp_path, {"viostor": 0, "netkvm": 3}, product=product, kernel="w64-arm.exe", uefi=True
    )
    assert report.product_name == "Windows 10 Pro"
    assert report.version == "6.3.19045"
    assert report.platform is None  # ImportImage knows only Windows Server platforms
    assert (report.architecture, report.boot_mode) == ("arm64", "UEFI")
