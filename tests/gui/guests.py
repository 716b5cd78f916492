"""Guest disks for the GUI tests: a real Ubuntu tree on ext4 in a GPT RAW disk, read by guest
inspection through the guest tests' RAW reader (until core.disk.open is built in)."""

from __future__ import annotations

import threading
from pathlib import Path

from imageimporter.gui.wizard import guest as guest_module
from tests.core.guest.builders import RawFileDisk, make_disk, make_filesystem, write_tree


def read_raw_guests(monkeypatch) -> list[threading.Thread]:
    """Guest inspection opens RAW files with RawFileDisk; returns the threads it ran on."""
    threads: list[threading.Thread] = []

    def open_raw(path):
        threads.append(threading.current_thread())
        return RawFileDisk(Path(path))

    monkeypatch.setattr(guest_module, "open_guest_disk", open_raw)
    return threads


def guest_disk(folder: Path, distro: str = "ubuntu-22.04", **tree) -> Path:
    root = write_tree(folder / "root", distro, **tree)
    image = make_filesystem(folder / "root.img", root, "ext4")
    return make_disk(folder / f"{distro}.raw", [(image, "8300")], bios_boot=True)
