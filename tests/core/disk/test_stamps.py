"""files(): the stamps of every file a disk reads, and a changed parent seen through them."""

from __future__ import annotations

import os
from pathlib import Path

from imageimporter.core.disk.model import FileStamp
from imageimporter.core.disk.open import changed_files, open_disk
from tests.core.disk.qemu import qemu_io, run, scattered_raw


def chain_of_three(folder: Path) -> tuple[Path, Path, Path]:
    base = scattered_raw(folder / "base.raw")
    middle, top = folder / "middle.qcow2", folder / "top.qcow2"
    run("qemu-img", "create", "-q", "-f", "qcow2", "-b", "base.raw", "-F", "raw", middle)
    run("qemu-img", "create", "-q", "-f", "qcow2", "-b", "middle.qcow2", "-F", "qcow2", top)
    qemu_io(top, "qcow2", "write -P 0xab 0 64k")
    return top, middle, base


def test_every_file_of_the_chain_is_stamped(tmp_path: Path) -> None:
    top, middle, base = chain_of_three(tmp_path)
    with open_disk(top) as disk:
        stamps = disk.files()
    assert [stamp.path for stamp in stamps] == [str(top), str(middle), str(base)]
    for stamp in stamps:
        info = os.stat(stamp.path)
        assert stamp == FileStamp(stamp.path, info.st_size, info.st_mtime_ns, info.st_ino)
        assert FileStamp.from_json(stamp.to_json()) == stamp
    assert changed_files(stamps) == []


def test_a_changed_parent_is_visible_through_the_stamps(tmp_path: Path) -> None:
    top, middle, base = chain_of_three(tmp_path)
    with open_disk(top) as disk:
        before = disk.files()
    # The parent is written in place, and its modification time set back (as cp -p or
    # rsync -t would leave it): its size still tells.
    qemu_io(middle, "qcow2", "write -P 0x11 1M 4k")
    os.utime(middle, ns=(before[1].mtime_ns, before[1].mtime_ns))
    assert changed_files(before) == [str(middle)]
    with open_disk(top) as disk:
        after = disk.files()
    assert before[0] == after[0] and before[2] == after[2]
    assert before[1] != after[1]
    assert after[1].size != before[1].size and after[1].mtime_ns == before[1].mtime_ns
    # A parent replaced by another file under the same name.
    replacement = tmp_path / "other.raw"
    replacement.write_bytes(base.read_bytes())
    os.replace(replacement, base)
    assert changed_files(after) == [str(base)]
    base.unlink()
    assert changed_files(after) == [str(base)]
