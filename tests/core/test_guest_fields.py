"""The ImportImage fields a request leaves out, answered by the system disk's guest."""

from __future__ import annotations

from pathlib import Path

import pytest

from imageimporter.cli import main
from imageimporter.core.guest import GuestReport
from imageimporter.core.guest_fields import complete_from_guest, fill_from_guest
from imageimporter.core.import_request import ImageRequest
from tests.core.guest.builders import make_disk, make_filesystem, write_tree

UBUNTU = GuestReport(
    os_type="linux",
    product_name="Ubuntu 22.04.4 LTS",
    architecture="x86_64",
    boot_mode="BIOS",
    platform="Ubuntu",
)
ALL = ("Platform", "OSType", "Architecture", "BootMode")


def request(**changes):
    base = {"system_disk": Path("/d/system.raw"), "bucket": "b", "region_id": "cn-hangzhou"}
    return ImageRequest(image_name="web", **{**base, **changes})


@pytest.mark.parametrize(
    ("unset", "guest", "expected", "sentence"),
    [
        ((), UBUNTU, ("Others Linux", "linux", "x86_64", None), ""),
        (
            ALL,
            UBUNTU,
            ("Ubuntu", "linux", "x86_64", "BIOS"),
            "From the guest (Ubuntu 22.04.4 LTS, x86_64, BIOS): Platform Ubuntu, OSType linux, "
            "Architecture x86_64, BootMode BIOS.",
        ),
        (
            ("Platform",),
            UBUNTU,
            ("Ubuntu", "linux", "x86_64", None),
            "From the guest (Ubuntu 22.04.4 LTS, x86_64, BIOS): Platform Ubuntu.",
        ),
        (
            ("Platform", "BootMode"),
            GuestReport(os_type="linux", architecture="arm64"),
            ("Others Linux", "linux", "x86_64", None),
            "Not found on the guest, so the defaults are used: Platform Others Linux, BootMode "
            "from the partition table.",
        ),
        (
            ("OSType",),
            None,
            ("Others Linux", "linux", "x86_64", None),
            "The guest could not be read (it is encrypted); the defaults are used: OSType linux.",
        ),
    ],
)
def test_unset_fields_come_from_the_guest(unset, guest, expected, sentence):
    filled, said = fill_from_guest(request(), unset, guest, "it is encrypted.")
    assert (filled.platform, filled.os_type, filled.architecture, filled.boot_mode) == expected
    assert said == sentence


def test_given_fields_are_kept():
    filled, _ = fill_from_guest(request(platform="CentOS"), ("OSType",), UBUNTU)
    assert filled.platform == "CentOS" and filled.os_type == "linux"


@pytest.fixture
def ubuntu_disk(tmp_path: Path) -> Path:
    tree = write_tree(tmp_path / "root", "ubuntu-22.04", cloud_init=False)
    image = make_filesystem(tmp_path / "root.img", tree, "ext4")
    return make_disk(tmp_path / "disk.raw", [(image, "8300")], bios_boot=True)


def test_a_real_disk_answers_and_nothing_is_read_when_all_is_given(ubuntu_disk: Path):
    filled, said = complete_from_guest(request(system_disk=ubuntu_disk), ALL)
    assert (filled.platform, filled.os_type, filled.boot_mode) == ("Ubuntu", "linux", "BIOS")
    assert said.startswith("From the guest (Ubuntu 22.04.4 LTS, x86_64, BIOS)")
    missing = request(system_disk=Path("/nonexistent/disk.raw"))
    assert complete_from_guest(missing, ()) == (missing, "")  # not opened at all


def test_cli_import_fills_and_prints_what_it_chose(ubuntu_disk: Path, capsys):
    base = ["import", "--system-disk", str(ubuntu_disk), "--bucket", "images", "--region",
            "cn-hangzhou", "--name", "web", "--print-aliyun-cli"]  # fmt: skip
    assert main(base) == 0
    out, err = capsys.readouterr()
    assert "--Platform=Ubuntu" in out and "--BootMode=BIOS" in out
    assert "From the guest (Ubuntu 22.04.4 LTS, x86_64, BIOS): Platform Ubuntu" in err
    assert main([*base, "--platform", "Others Linux", "--os-type", "linux"]) == 0
    out, err = capsys.readouterr()
    assert "--Platform=Others Linux" in out
    assert "Platform Ubuntu" not in err and "Architecture x86_64, BootMode BIOS." in err
