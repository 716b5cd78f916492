"""Mutated headers and tables of real VHD, VHDX, VMDK, VDI and Parallels images: opening,
reading and mapping them either works or fails with a DiskError, in bounded memory."""

from __future__ import annotations

import itertools
import struct
from collections.abc import Callable
from pathlib import Path

import pytest
from fastcrc import crc32
from hypothesis import given
from hypothesis import strategies as st

from imageimporter.core.disk.model import DiskError
from imageimporter.core.disk.open import open_disk
from imageimporter.core.inspect.vhd import vhd_checksum
from tests.core.disk.qemu import MIB, bounded_memory, convert, needs_qemu, source_raw
from tests.core.images import fuzz_settings

pytestmark = needs_qemu

KIB = 1024


def _fix_vhd(data: bytearray) -> None:
    """Recompute the footer and dynamic header checksums, so that mutations reach the tables."""
    for start in (0, len(data) - 512):
        if start >= 0 and data[start : start + 8] == b"conectix":
            struct.pack_into(">I", data, start + 64, 0)
            struct.pack_into(
                ">I", data, start + 64, vhd_checksum(bytes(data[start : start + 512]), 64)
            )
    if len(data) >= 1536 and data[512:520] == b"cxsparse":
        struct.pack_into(">I", data, 512 + 36, 0)
        struct.pack_into(">I", data, 512 + 36, vhd_checksum(bytes(data[512:1536]), 36))


def _fix_vhdx(data: bytearray) -> None:
    for start, length in (
        (64 * KIB, 4096),
        (128 * KIB, 4096),
        (192 * KIB, 64 * KIB),
        (256 * KIB, 64 * KIB),
    ):
        if len(data) >= start + length:
            struct.pack_into("<I", data, start + 4, 0)
            struct.pack_into(
                "<I", data, start + 4, crc32.iscsi(bytes(data[start : start + length]))
            )


def _no_fix(data: bytearray) -> None:
    del data


# name -> (qemu driver, options, file name, checksum fixer)
IMAGES: dict[str, tuple[str, tuple[str, ...], str, Callable[[bytearray], None]]] = {
    "vhd": ("vpc", (), "disk.vhd", _fix_vhd),
    "vhd-fixed": ("vpc", ("-o", "subformat=fixed"), "disk.vhd", _fix_vhd),
    "vhdx": ("vhdx", ("-o", "block_size=1M"), "disk.vhdx", _fix_vhdx),
    "vmdk": ("vmdk", (), "disk.vmdk", _no_fix),
    "vmdk-stream": ("vmdk", ("-o", "subformat=streamOptimized"), "disk.vmdk", _no_fix),
    "vdi": ("vdi", (), "disk.vdi", _no_fix),
    "parallels": ("parallels", (), "disk.hds", _no_fix),
}


@pytest.fixture(scope="module")
def images(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    folder = tmp_path_factory.mktemp("fuzz")
    source = source_raw(folder / "source.raw", 4 * MIB)
    built = {}
    for name, (driver, options, file_name, _fix) in IMAGES.items():
        built[name] = convert(source, folder / f"{name}-{file_name}", driver, *options).read_bytes()
    return built


def _offsets(size: int, tables_end: int) -> st.SearchStrategy[int]:
    # Headers in the first sectors, tables after them (VHDX: up to its BAT), footers at the end.
    return st.one_of(
        st.integers(0, min(size, 4096) - 1),
        st.integers(0, min(size, tables_end) - 1),
        st.integers(max(0, size - 2048), size - 1),
    )


def _exercise(path: Path) -> None:
    """What a converter does, bounded: open, read the start, the end and a few places between,
    walk the start of the map."""
    try:
        with open_disk(path) as disk:
            for offset in (0, disk.size // 3, max(0, disk.size - 3 * MIB)):
                disk.read(offset, 3 * MIB)
            for _extent in itertools.islice(disk.extents(), 20_000):
                pass
    except DiskError as error:
        assert error.message and error.action


@pytest.mark.parametrize("name", list(IMAGES))
@fuzz_settings(25)
@given(data=st.data())
def test_mutated_images_fail_only_with_words(
    images: dict[str, bytes], name: str, tmp_path: Path, data: st.DataObject
) -> None:
    image = bytearray(images[name])
    tables_end = 4 * MIB if name == "vhdx" else 256 * KIB
    mutations = data.draw(
        st.dictionaries(_offsets(len(image), tables_end), st.integers(0, 255), max_size=12)
    )
    if data.draw(st.booleans()):  # all-ones words make huge sizes and offsets
        start = data.draw(_offsets(len(image), tables_end))
        mutations.update(dict.fromkeys(range(start, min(start + 8, len(image))), 255))
    for position, value in mutations.items():
        image[position] = value
    if data.draw(st.booleans()):
        IMAGES[name][3](image)
    length = data.draw(st.one_of(st.just(len(image)), st.integers(0, len(image))))
    path = tmp_path / IMAGES[name][2]
    path.write_bytes(bytes(image[:length]))
    bounded_memory(lambda: _exercise(path))


_LINES = st.one_of(
    st.builds(
        "{} {} {}{}{}".format,
        st.sampled_from(["RW", "RDONLY", "NOACCESS", "XX"]),
        st.one_of(st.integers(0, 4096), st.integers(0, 1 << 62)),
        st.sampled_from(["FLAT", "SPARSE", "ZERO", "VMFS", "VMFSSPARSE", "SESPARSE", "X"]),
        st.sampled_from(
            [
                "",
                ' "a-flat.vmdk"',
                ' "b-s001.vmdk"',
                ' "many.vmdk"',
                ' "../a-flat.vmdk"',
                ' "/etc/passwd"',
                ' "gone.vmdk"',
                ' "sub\\x01dir"',
                ' "."',
            ]
        ),
        st.one_of(st.just(""), st.integers(0, 1 << 40).map(" {}".format)),
    ),
    st.sampled_from(
        [
            "parentCID=ffffffff",
            "parentCID=12345678",
            'parentFileNameHint="a.vmdk"',
            'parentFileNameHint="many.vmdk"',
            'parentFileNameHint="/dev/zero"',
            'createType="seSparse"',
            'createType="monolithicFlat"',
            "CID=zz",
            "# comment",
        ]
    ),
)


@pytest.fixture(scope="module")
def extent_files(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("descriptors")
    source = source_raw(folder / "source.raw", 4 * MIB)
    convert(source, folder / "a.vmdk", "vmdk", "-o", "subformat=monolithicFlat")
    convert(source, folder / "b.vmdk", "vmdk", "-o", "subformat=twoGbMaxExtentSparse")
    return folder


@fuzz_settings(60)
@given(lines=st.lists(_LINES, max_size=12))
def test_generated_descriptors_fail_only_with_words(extent_files: Path, lines: list[str]) -> None:
    descriptor = extent_files / "many.vmdk"
    descriptor.write_text("# Disk DescriptorFile\nversion=1\n" + "\n".join(lines) + "\n")
    bounded_memory(lambda: _exercise(descriptor))
