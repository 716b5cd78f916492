"""``imageimporter inspect`` shows the guest: the JSON ``guest`` object and a few plain lines."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from imageimporter.cli import main
from tests.core.guest.builders import make_disk, make_filesystem, write_tree

# The disk readers (open_disk) come from the readers branch; until it is merged there is
# nothing to open a path with.
pytest.importorskip("imageimporter.core.disk.open")


@pytest.fixture
def disk(tmp_path: Path) -> Path:
    tree = write_tree(tmp_path / "root", "ubuntu-22.04", cloud_init=False)
    image = make_filesystem(tmp_path / "root.img", tree, "ext4")
    return make_disk(tmp_path / "disk.raw", [(image, "8300")], bios_boot=True)


def test_inspect_json_has_the_guest(disk: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["inspect", "--json", str(disk)]) == 0
    guest = json.loads(capsys.readouterr().out)["guest"]
    assert guest["os_type"] == "linux"
    assert (guest["distribution"], guest["version"], guest["platform"]) == (
        "ubuntu",
        "22.04",
        "Ubuntu",
    )
    assert (guest["architecture"], guest["boot_mode"], guest["root_filesystem"]) == (
        "x86_64",
        "BIOS",
        "ext4",
    )
    assert guest["kernels"] == ["5.15.0-91-generic"]
    cloud_init = next(c for c in guest["checks"] if c["id"] == "cloud_init")
    assert (cloud_init["status"], cloud_init["fix"]) == ("warn", "apt-get install -y cloud-init")


def test_inspect_plain_shows_the_guest_and_its_warnings(
    disk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["inspect", str(disk)]) == 0
    out = capsys.readouterr().out
    assert "guest:           Ubuntu 22.04.4 LTS, x86_64, BIOS" in out
    assert "import as:       Platform Ubuntu, OSType linux, root ext4 on partition 2" in out
    assert "fix:           apt-get install -y cloud-init" in out


def test_a_file_that_is_not_a_disk_has_no_guest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("not a disk\n" * 100)
    main(["inspect", "--json", str(path)])
    assert json.loads(capsys.readouterr().out)["guest"] is None
