"""Guest disks for the GUI tests: a real Ubuntu tree on ext4 in a GPT RAW disk (made by the
guest tests' builders with mkfs.ext4 -d and sgdisk)."""

from __future__ import annotations

import threading
from pathlib import Path

from imageimporter.gui.wizard import guest as guest_module
from tests.core.guest.builders import make_disk, make_filesystem, write_tree


def record_guest_threads(monkeypatch) -> list[threading.Thread]:
    """Guest inspection as it is (through core.disk.open_disk), recording the threads it
    ran on."""
    threads: list[threading.Thread] = []
    real = guest_module.open_guest_disk

    def recorded(path):
        threads.append(threading.current_thread())
        return real(path)

    monkeypatch.setattr(guest_module, "open_guest_disk", recorded)
    return threads


def guest_disk(folder: Path, distro: str = "ubuntu-22.04", **tree) -> Path:
    root = write_tree(folder / "root", distro, **tree)
    image = make_filesystem(folder / "root.img", root, "ext4")
    return make_disk(folder / f"{distro}.raw", [(image, "8300")], bios_boot=True)
