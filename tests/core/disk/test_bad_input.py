"""Damaged and hostile QCOW2/QCOW/QED files and chains: a DiskError with words, never a hang,
another exception or an unbounded allocation."""

from __future__ import annotations

import os
import struct
import tracemalloc
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from imageimporter.core.disk.model import MAX_DISK_READ, DiskError
from imageimporter.core.disk.open import MAX_CHAIN_DEPTH, open_disk
from tests.core.disk.qemu import MIB, qemu_io, run
from tests.core.images import fuzz_settings


def overlay(path: Path, backing: str, backing_format: str = "qcow2", size: str = "4M") -> Path:
    """A qcow2 naming ``backing`` without qemu opening it (-u), so any name can be written."""
    run("qemu-img", "create", "-q", "-f", "qcow2", "-u", "-b", backing, "-F", backing_format,
        path, size)  # fmt: skip
    return path


def small_image(path: Path, fmt: str) -> Path:
    run("qemu-img", "create", "-q", "-f", fmt, path, "4M")
    qemu_io(path, fmt, "write -P 0x61 0 64k", "write -P 0x62 1M 4k", "write -P 0x63 3M 128k")
    return path


def patch(path: Path, offset: int, data: bytes) -> None:
    with open(path, "r+b") as handle:
        handle.seek(offset)
        handle.write(data)


def read_everything(path: Path) -> None:
    with open_disk(path) as disk:
        for offset in range(0, min(disk.size, 64 * MIB), MIB):
            disk.read(offset, MIB)
        for _ in disk.extents():
            pass


def test_a_loop_in_the_backing_chain_is_refused(tmp_path: Path) -> None:
    overlay(tmp_path / "a.qcow2", "b.qcow2")
    overlay(tmp_path / "b.qcow2", "a.qcow2")
    with pytest.raises(DiskError, match="loops"):
        open_disk(tmp_path / "a.qcow2")


def test_an_image_that_is_its_own_backing_file_is_refused(tmp_path: Path) -> None:
    overlay(tmp_path / "self.qcow2", "./self.qcow2")
    with pytest.raises(DiskError, match="loops"):
        open_disk(tmp_path / "self.qcow2")


@pytest.mark.parametrize(("kind", "words"), [("folder", "folder"), ("fifo", "pipe"),
                                             ("/dev/zero", "device")])  # fmt: skip
def test_a_backing_file_that_is_not_a_regular_file(tmp_path: Path, kind: str, words: str) -> None:
    if kind == "folder":
        (tmp_path / "base").mkdir()
    elif kind == "fifo":
        os.mkfifo(tmp_path / "base")
    name = kind if kind.startswith("/") else "base"
    overlay(tmp_path / "top.qcow2", name, "raw")
    with pytest.raises(DiskError, match=words) as caught:
        open_disk(tmp_path / "top.qcow2")
    assert "backing file" in caught.value.message


def test_a_missing_parent_is_named(tmp_path: Path) -> None:
    overlay(tmp_path / "top.qcow2", "gone-base.qcow2")
    with pytest.raises(DiskError, match=r"gone-base\.qcow2") as caught:
        open_disk(tmp_path / "top.qcow2")
    assert "no such file" in caught.value.message


def test_a_chain_deeper_than_the_limit_is_refused(tmp_path: Path) -> None:
    run("qemu-img", "create", "-q", "-f", "qcow2", tmp_path / "layer0.qcow2", "4M")
    for index in range(1, MAX_CHAIN_DEPTH + 2):
        overlay(tmp_path / f"layer{index}.qcow2", f"layer{index - 1}.qcow2")
    with open_disk(tmp_path / f"layer{MAX_CHAIN_DEPTH}.qcow2") as disk:  # exactly the limit
        assert len(disk.files()) == MAX_CHAIN_DEPTH + 1
    with pytest.raises(DiskError, match="deep"):
        open_disk(tmp_path / f"layer{MAX_CHAIN_DEPTH + 1}.qcow2")


def test_a_backing_file_of_another_format_than_recorded(tmp_path: Path) -> None:
    run("qemu-img", "create", "-q", "-f", "qcow2", tmp_path / "base.qcow2", "4M")
    overlay(tmp_path / "top.qcow2", "base.qcow2", "raw")
    # qemu would read the qcow2 file as raw bytes: the guest would see the parent's metadata.
    with pytest.raises(DiskError, match="raw disk, but that file is a qcow2 disk"):
        open_disk(tmp_path / "top.qcow2")


@pytest.mark.parametrize("keep", [20, 71, 200, 65536 + 100])
def test_truncated_qcow2(tmp_path: Path, keep: int) -> None:
    image = small_image(tmp_path / "disk.qcow2", "qcow2")
    os.truncate(image, keep)
    with pytest.raises(DiskError):
        read_everything(image)


def test_a_data_cluster_past_the_end_of_the_file(tmp_path: Path) -> None:
    image = small_image(tmp_path / "disk.qcow2", "qcow2")
    os.truncate(image, image.stat().st_size - 4096)  # the last data cluster is cut short
    with pytest.raises(DiskError, match="beyond the end of the file"):
        read_everything(image)


def test_an_l1_entry_pointing_past_the_end(tmp_path: Path) -> None:
    image = small_image(tmp_path / "disk.qcow2", "qcow2")
    (l1_offset,) = struct.unpack(">Q", image.read_bytes()[40:48])
    patch(image, l1_offset, struct.pack(">Q", 1 << 40))
    with pytest.raises(DiskError, match="L2 table"):
        read_everything(image)


@pytest.mark.parametrize(
    ("offset", "value", "words"),
    [
        (36, struct.pack(">I", 0xFFFF_FFFF), "table"),  # l1_size
        (36, struct.pack(">I", 0), "L1 table"),
        (24, struct.pack(">Q", 1 << 62), "virtual size"),
        (24, struct.pack(">Q", 60 * 1024**4), "table"),  # big but allowed: the L1 is not there
        (20, struct.pack(">I", 30), "cluster size|2\\^30"),
        (40, struct.pack(">Q", 12345), "table"),  # l1_table_offset
    ],
)
def test_absurd_qcow2_header_fields(tmp_path: Path, offset: int, value: bytes, words: str) -> None:
    image = small_image(tmp_path / "disk.qcow2", "qcow2")
    patch(image, offset, value)
    with pytest.raises(DiskError, match=words):
        read_everything(image)


def test_absurd_qed_tables(tmp_path: Path) -> None:
    image = small_image(tmp_path / "disk.qed", "qed")
    patch(image, 4, struct.pack("<II", 64 * MIB, 16))  # 1 GiB tables
    with pytest.raises(DiskError, match="tables are 1073741824 bytes each"):
        read_everything(image)


FUZZ_FORMATS = ("qcow2", "qed", "qcow")


@pytest.fixture(scope="module")
def fuzz_images(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    folder = tmp_path_factory.mktemp("fuzz")
    return {fmt: small_image(folder / f"disk.{fmt}", fmt).read_bytes() for fmt in FUZZ_FORMATS}


@fuzz_settings(150)
@given(
    fmt=st.sampled_from(FUZZ_FORMATS),
    changes=st.lists(
        st.tuples(
            # Mostly the header and the first tables, sometimes anywhere in the metadata.
            st.one_of(st.integers(0, 511), st.integers(0, 0x40000)),
            st.binary(min_size=1, max_size=8),
        ),
        min_size=1,
        max_size=6,
    ),
)
def test_mutated_tables_raise_only_disk_errors(
    tmp_path: Path, fuzz_images: dict[str, bytes], fmt: str, changes: list[tuple[int, bytes]]
) -> None:
    data = bytearray(fuzz_images[fmt])
    for offset, value in changes:
        data[offset : offset + len(value)] = value
    image = tmp_path / f"mutated.{fmt}"
    image.write_bytes(bytes(data))
    tracemalloc.start()
    try:
        with open_disk(image) as disk:
            # A read budget: the first 8 MiB and the last sector, then the whole map (whose
            # cost is bounded by the size of the file, not by the virtual size it claims).
            for offset in range(0, min(disk.size, 8 * MIB), 2 * MIB):
                assert len(disk.read(offset, 2 * MIB)) == min(2 * MIB, disk.size - offset)
            if disk.size:
                disk.read(disk.size - 1, MAX_DISK_READ)
            first = last = None
            for extent in disk.extents():
                first = first or extent
                last = extent
            assert first is None or (
                first.offset == 0 and last is not None and last.end == disk.size
            )
    except DiskError as exc:
        assert exc.message
    finally:
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    # Whatever the tables claim: a few reads, an L1 no larger than the file, a few L2 tables.
    assert peak < 32 * MIB
