"""RAW reading, the allocation map from SEEK_DATA/SEEK_HOLE, and how a chain opens files."""

from __future__ import annotations

import errno
import itertools
import os
import subprocess
from pathlib import Path

import pytest

from imageimporter.core.disk.model import DiskError, Extent, ExtentKind
from imageimporter.core.disk.open import Chain, open_disk, reader_for
from imageimporter.core.disk.raw import is_zero

MIB = 1024 * 1024


def dd(path: Path, offset: int, length: int, pattern: bytes = b"") -> bytes:
    """Write ``length`` bytes at ``offset`` with dd conv=notrunc; returns what was written."""
    data = (pattern or os.urandom(length))[:length]
    subprocess.run(
        ["dd", f"of={path}", "bs=4096", f"seek={offset // 4096}", "conv=notrunc", "status=none"],
        input=data,
        check=True,
    )
    return data


def holey_raw(path: Path) -> Path:
    """16 MiB with data at 1 MiB and 9 MiB, written zeros at 12 MiB, holes elsewhere."""
    subprocess.run(["truncate", "-s", str(16 * MIB), str(path)], check=True)
    dd(path, 1 * MIB, 256 * 1024)
    dd(path, 9 * MIB, 1 * MIB)
    dd(path, 12 * MIB, 512 * 1024, bytes(512 * 1024))
    return path


def seek_map(path: Path) -> list[tuple[int, int]]:
    """The data ranges as the kernel reports them, independently of the reader."""
    ranges = []
    with open(path, "rb") as handle:
        fd, size, position = handle.fileno(), os.fstat(handle.fileno()).st_size, 0
        while position < size:
            try:
                data = os.lseek(fd, position, os.SEEK_DATA)
            except OSError as exc:
                assert exc.errno == errno.ENXIO
                break
            hole = os.lseek(fd, data, os.SEEK_HOLE)
            ranges.append((data, hole))
            position = hole
    return ranges


def test_raw_reads_the_file_and_maps_holes_as_zero(tmp_path: Path) -> None:
    path = holey_raw(tmp_path / "disk.img")
    expected = path.read_bytes()
    with open_disk(path) as disk:
        assert disk.format == "raw"
        assert disk.size == 16 * MIB
        assert not disk.sequential_only
        assert b"".join(disk.read(o, 3 * MIB) for o in range(0, disk.size, 3 * MIB)) == expected
        assert disk.read(16 * MIB - 10, 100) == expected[-10:]
        assert disk.read(16 * MIB, 100) == b""
        extents = list(disk.extents())
    data = [(e.offset, e.end) for e in extents if e.kind == ExtentKind.DATA]
    assert data == seek_map(path)
    assert {e.kind for e in extents} <= {ExtentKind.DATA, ExtentKind.ZERO}
    assert extents[0].offset == 0 and extents[-1].end == 16 * MIB
    assert all(a.end == b.offset and a.kind != b.kind for a, b in itertools.pairwise(extents))
    if data != [(0, 16 * MIB)]:  # the file system has holes: the written data are DATA
        assert any(s <= 1 * MIB and e >= 1 * MIB + 256 * 1024 for s, e in data)
        assert any(s <= 9 * MIB and e >= 10 * MIB for s, e in data)


def test_raw_files_are_stamped(tmp_path: Path) -> None:
    path = holey_raw(tmp_path / "disk.img")
    info = path.stat()
    with open_disk(path) as disk:
        (stamp,) = disk.files()
    assert (stamp.path, stamp.size, stamp.mtime_ns, stamp.inode) == (
        str(path),
        info.st_size,
        info.st_mtime_ns,
        info.st_ino,
    )


def test_an_empty_file_is_an_empty_raw_disk(tmp_path: Path) -> None:
    path = tmp_path / "empty.img"
    path.write_bytes(b"")
    with open_disk(path) as disk:
        assert disk.size == 0
        assert list(disk.extents()) == []
        assert disk.read(0, 10) == b""


def test_a_fifo_is_refused_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.img"
    os.mkfifo(fifo)
    # Nobody writes to the FIFO: a blocking open would hang this test forever.
    with pytest.raises(DiskError, match="pipe"):
        open_disk(fifo)


@pytest.mark.parametrize(
    ("target", "words"),
    [("folder", "folder"), ("/dev/zero", "device"), ("missing.img", "no such file")],
)
def test_what_is_not_a_regular_file_is_refused(tmp_path: Path, target: str, words: str) -> None:
    (tmp_path / "folder").mkdir()
    path = target if target.startswith("/") else tmp_path / target
    with pytest.raises(DiskError, match=words) as caught:
        open_disk(path)
    assert caught.value.action


def test_chain_resolves_names_next_to_the_child(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    holey_raw(tmp_path / "sub" / "base.img")
    holey_raw(tmp_path / "child.img")
    chain = Chain()
    top = chain.open_top(tmp_path / "child.img")
    parent = chain.open_parent(top, "sub/base.img", "raw")
    assert parent.files()[0].path == str(tmp_path / "sub" / "base.img")
    absolute = chain.open_file(top, str(tmp_path / "sub" / "base.img"), "backing file")
    assert absolute.size == 16 * MIB
    chain.close()
    with pytest.raises(OSError):
        os.fstat(top.fd)
    chain.close()  # twice is harmless


def test_a_parent_loop_is_refused(tmp_path: Path) -> None:
    holey_raw(tmp_path / "a.img")
    os.link(tmp_path / "a.img", tmp_path / "b.img")  # another name, the same file
    chain = Chain()
    top = chain.open_top(tmp_path / "a.img")
    with pytest.raises(DiskError, match="loops"):
        chain.open_parent(top, "b.img")
    chain.close()


def test_a_parent_of_another_format_than_recorded_is_refused(tmp_path: Path) -> None:
    holey_raw(tmp_path / "a.img")
    holey_raw(tmp_path / "b.img")
    chain = Chain()
    top = chain.open_top(tmp_path / "a.img")
    with pytest.raises(DiskError, match="qcow2"):
        chain.open_parent(top, "b.img", "qcow2")
    chain.close()


def test_a_missing_parent_is_named(tmp_path: Path) -> None:
    holey_raw(tmp_path / "a.img")
    chain = Chain()
    top = chain.open_top(tmp_path / "a.img")
    with pytest.raises(DiskError, match=r"gone\\x0a\.img"):
        chain.open_parent(top, "gone\n.img")
    chain.close()


@pytest.mark.parametrize(
    "name", ["/etc/passwd", "../outside.img", "sub/../../outside.img", "/dev/vda", ""]
)
def test_vmdk_extents_outside_the_folder_are_refused(tmp_path: Path, name: str) -> None:
    folder = tmp_path / "vm"
    folder.mkdir()
    holey_raw(tmp_path / "outside.img")
    (folder / "disk.vmdk").write_text("# Disk DescriptorFile\n")
    chain = Chain()
    descriptor = chain.open_top(folder / "disk.vmdk")
    with pytest.raises(DiskError, match="outside the descriptor's folder"):
        chain.open_extent_file(descriptor, name)
    chain.close()


def test_vmdk_extents_linking_out_of_the_folder_are_refused(tmp_path: Path) -> None:
    folder = tmp_path / "vm"
    folder.mkdir()
    holey_raw(tmp_path / "secret.img")
    (folder / "disk-flat.vmdk").symlink_to(tmp_path / "secret.img")
    (folder / "disk.vmdk").write_text("# Disk DescriptorFile\n")
    chain = Chain()
    descriptor = chain.open_top(folder / "disk.vmdk")
    with pytest.raises(DiskError, match="outside the descriptor's folder"):
        chain.open_extent_file(descriptor, "disk-flat.vmdk")
    chain.close()


def test_vmdk_extents_inside_the_folder_open(tmp_path: Path) -> None:
    folder = tmp_path / "vm"
    (folder / "flat").mkdir(parents=True)
    holey_raw(folder / "flat" / "disk-flat.vmdk")
    (folder / "disk.vmdk").write_text("# Disk DescriptorFile\n")
    chain = Chain()
    descriptor = chain.open_top(folder / "disk.vmdk")
    extent = chain.open_extent_file(descriptor, "flat/./disk-flat.vmdk")
    assert extent.size == 16 * MIB
    chain.close()


def test_formats_without_a_reader_say_so() -> None:
    with pytest.raises(DiskError, match="not virtual disks"):
        reader_for("iso9660")


def test_is_zero() -> None:
    assert is_zero(b"")
    assert is_zero(bytes(1))
    assert is_zero(bytes(16 * MIB))
    assert is_zero(bytearray(17 * MIB + 3))
    assert is_zero(memoryview(bytes(4096)))
    for size, where in [(1, 0), (4096, 4095), (16 * MIB, 8 * MIB), (33 * MIB, 33 * MIB - 1)]:
        buf = bytearray(size)
        buf[where] = 1
        assert not is_zero(buf)
        assert not is_zero(bytes(buf))


def test_extent_end() -> None:
    assert Extent(5, 10, ExtentKind.DATA).end == 15
