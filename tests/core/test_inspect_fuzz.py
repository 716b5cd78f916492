"""Mutated and cut-short headers of real images: no exception escapes, reads stay bounded."""

from __future__ import annotations

import gzip
import time
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from imageimporter.core.inspect import ReadStats, inspect_source
from imageimporter.core.inspect.source import MAX_BYTES, MAX_READ_LENGTH, MAX_READS
from tests.core.images import (
    MIB,
    fuzz_settings,
    needs_qemu,
    needs_sgdisk,
    qemu_convert,
    raw_gpt_uefi,
    udif,
)

pytestmark = [needs_qemu, needs_sgdisk]

FORMATS = [
    ("raw", ()),
    ("qcow2", ()),
    ("qcow2", ("-c",)),
    ("vhd", ()),
    ("vhd", ("-o", "subformat=fixed")),
    ("vhdx", ()),
    ("vmdk", ()),
    ("vmdk", ("-o", "subformat=streamOptimized")),
    ("vdi", ()),
    ("qed", ()),
    ("parallels", ()),
    ("qcow", ()),
]


class MutatedSource:
    """An image in memory with some bytes changed and maybe cut short; counts every read."""

    def __init__(self, data: bytes, mutations: dict[int, int], length: int, stats: ReadStats):
        self._data = data
        self._mutations = mutations
        self._size = length
        self.stats = stats

    @property
    def size(self) -> int:
        return self._size

    def read(self, offset: int, length: int) -> bytes:
        assert length >= 0
        if offset < 0 or length == 0 or offset >= self._size:
            return b""
        assert length <= MAX_READ_LENGTH * 8, "a parser asked for an unbounded read"
        length = min(length, self._size - offset, MAX_READ_LENGTH)
        self.stats.charge(length)
        chunk = bytearray(self._data[offset : offset + length])
        for position, value in self._mutations.items():
            if offset <= position < offset + length:
                chunk[position - offset] = value
        return bytes(chunk)


@pytest.fixture(scope="module")
def images(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    folder = tmp_path_factory.mktemp("fuzz")
    raw = raw_gpt_uefi(folder / "disk.raw", 16 * MIB)
    built = {}
    for fmt, options in FORMATS:
        name = f"{fmt}{''.join(options)}"
        path = raw if fmt == "raw" else qemu_convert(raw, folder / name, fmt, *options)
        built[name] = Path(path).read_bytes()
    # Files recognised by their headers or trailers, crafted or compressed on top of qemu's.
    fixed = qemu_convert(raw, folder / "fixed.vhd", "vhd", "-o", "subformat=fixed")
    built["vhd.gz"] = gzip.compress(fixed.read_bytes(), compresslevel=1)
    built["dmg"] = udif(raw.read_bytes())
    qemu_convert(raw, folder / "split.vmdk", "vmdk", "-o", "subformat=twoGbMaxExtentSparse")
    built["vmdk-extent"] = (folder / "split-s001.vmdk").read_bytes()
    return built


def _interesting_offsets(size: int) -> st.SearchStrategy[int]:
    # Headers live in the first 320 KiB (VHDX's region tables end there) and the last sectors
    # (VHD footer, VMDK footer, zip directory).
    return st.one_of(
        st.integers(0, min(size, 4096) - 1),
        st.integers(0, min(size, 320 * 1024) - 1),
        st.integers(max(0, size - 2048), size - 1),
    )


@pytest.mark.parametrize(
    "name",
    [f"{fmt}{''.join(options)}" for fmt, options in FORMATS] + ["vhd.gz", "dmg", "vmdk-extent"],
)
@fuzz_settings(40)
@given(data=st.data())
def test_mutated_images_never_raise(images, name, tmp_path, data):
    image = images[name]
    mutations = data.draw(
        st.dictionaries(_interesting_offsets(len(image)), st.integers(0, 255), max_size=12)
    )
    # Flip in interesting values too: all-ones words make huge sizes and offsets.
    if data.draw(st.booleans()):
        start = data.draw(_interesting_offsets(len(image)))
        mutations.update({start + i: 0xFF for i in range(8)})
    length = data.draw(st.one_of(st.just(len(image)), st.integers(0, len(image))))
    stats = ReadStats()
    source = MutatedSource(image, mutations, length, stats)
    started = time.perf_counter()
    report = inspect_source(source, str(tmp_path / "image"), stats)
    elapsed = time.perf_counter() - started
    assert report.verdict.value in ("accept", "convert", "unpack", "reject")
    assert stats.reads <= MAX_READS and stats.bytes_read <= MAX_BYTES
    assert elapsed < 2.0
    report.to_json()  # every value serialisable
