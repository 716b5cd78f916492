"""Compressed RAW disks read front to back, and disks inside tar archives read in place."""

from __future__ import annotations

import gzip
import io
import lzma
import subprocess
import tarfile
import zipfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from imageimporter.core.disk.model import DiskError, Extent, ExtentKind
from imageimporter.core.disk.open import Chain, open_disk
from imageimporter.core.disk.stream import xz_size, zstd_size
from tests.core.disk.qemu import (
    MIB,
    disk_data_map,
    qemu_bytes,
    qemu_data_map,
    read_all,
    run,
    scattered_raw,
)
from tests.core.images import fuzz_settings

COMPRESSORS = {
    "gzip": (["gzip", "-k", "-1"], ".gz"),
    "xz": (["xz", "-k", "-0"], ".xz"),
    "xz-blocks": (["xz", "-k", "-0", "--block-size=1MiB"], ".xz"),
    "bzip2": (["bzip2", "-k", "-1"], ".bz2"),
    "zstd": (["zstd", "-q", "-1"], ".zst"),
    "zstd-no-size": (["zstd", "-q", "-1", "--no-content-size"], ".zst"),
    "pzstd": (["pzstd", "-q", "-1", "-p", "2"], ".zst"),
}


def compress(path: Path, how: str) -> Path:
    command, suffix = COMPRESSORS[how]
    subprocess.run([*command, str(path)], check=True, capture_output=True)
    return path.with_name(path.name + suffix)


@pytest.mark.parametrize("how", list(COMPRESSORS))
def test_a_compressed_raw_reads_front_to_back(tmp_path: Path, how: str) -> None:
    raw = scattered_raw(tmp_path / "disk.img")
    expected = raw.read_bytes()
    packed = compress(raw, how)
    with open_disk(packed) as disk:
        assert disk.format == how.split("-", maxsplit=1)[0].replace("pzstd", "zstd")
        assert disk.sequential_only
        assert disk.size == len(expected)
        assert read_all(disk) == expected
        # Going back starts over; going forward skips.
        assert disk.read(5 * MIB, 1000) == expected[5 * MIB : 5 * MIB + 1000]
        assert disk.read(0, 512) == expected[:512]
        assert disk.read(disk.size - 100, 4096) == expected[-100:]
        assert list(disk.extents()) == [Extent(0, len(expected), ExtentKind.DATA)]
        (stamp,) = disk.files()
        assert stamp.path == str(packed)


def test_concatenated_gzip_members_and_a_size_past_4_gib_modulo(tmp_path: Path) -> None:
    # gzip's ISIZE is per member and modulo 2^32: the size is counted, not read from the trailer.
    first, second = b"\x01" * MIB, bytes(3 * MIB) + b"\x02" * 512
    packed = tmp_path / "disk.img.gz"
    packed.write_bytes(gzip.compress(first) + gzip.compress(second))
    with open_disk(packed) as disk:
        assert disk.size == len(first) + len(second)
        assert read_all(disk) == first + second


def test_a_compressed_qcow2_must_be_unpacked_first(tmp_path: Path) -> None:
    raw = scattered_raw(tmp_path / "disk.raw")
    run("qemu-img", "convert", "-f", "raw", "-O", "qcow2", raw, tmp_path / "disk.qcow2")
    packed = compress(tmp_path / "disk.qcow2", "xz")
    with pytest.raises(DiskError, match="holds a qcow2 disk") as caught:
        open_disk(packed)
    assert "Unpack it first" in caught.value.action


def test_a_compressed_fixed_vhd_must_be_unpacked_first(tmp_path: Path) -> None:
    raw = scattered_raw(tmp_path / "disk.raw", 4 * MIB)
    fixed = tmp_path / "fixed.vhd"
    run("qemu-img", "convert", "-f", "raw", "-O", "vpc", "-o", "subformat=fixed", raw, fixed)
    with pytest.raises(DiskError, match="holds a vhd disk"):
        open_disk(compress(fixed, "gzip"))


@pytest.mark.parametrize(
    "how",
    [
        "xz",  # one block
        "xz-blocks",  # the footer is the last 1 MiB block's last sector
        "xz-split-footer",  # the last block holds only half the footer
        "zstd",
    ],
)
def test_a_fixed_vhd_is_found_where_the_size_comes_from_the_stream(
    tmp_path: Path, how: str
) -> None:
    # The size is read from the xz index or the zstd frame header, so nothing is counted: the
    # last blocks or frames alone are decompressed to find the footer.
    raw = scattered_raw(tmp_path / "disk.raw", 4 * MIB)
    fixed = tmp_path / "fixed.vhd"
    run("qemu-img", "convert", "-f", "raw", "-O", "vpc", "-o", "subformat=fixed", raw, fixed)
    if how == "xz-split-footer":
        # 4 MiB + 512 bytes in blocks of 1 MiB + 64 bytes: the last block is 256 bytes.
        subprocess.run(["xz", "-k", "-0", "--block-size=1048640", str(fixed)], check=True)
        packed = fixed.with_name("fixed.vhd.xz")
    else:
        packed = compress(fixed, how)
    chain = Chain()
    file = chain.open_top(packed)
    assert (xz_size(file) if how.startswith("xz") else zstd_size(file)) == fixed.stat().st_size
    chain.close()
    with pytest.raises(DiskError, match="holds a vhd disk"):
        open_disk(packed)


def test_a_truncated_stream(tmp_path: Path) -> None:
    packed = compress(scattered_raw(tmp_path / "disk.img"), "gzip")
    data = packed.read_bytes()
    packed.write_bytes(data[: len(data) // 2])
    with pytest.raises(DiskError, match="does not decompress"), open_disk(packed) as disk:
        read_all(disk)


def test_a_truncated_xz_falls_back_to_counting_and_says_what_is_wrong(tmp_path: Path) -> None:
    packed = compress(scattered_raw(tmp_path / "disk.img"), "xz")
    data = packed.read_bytes()
    packed.write_bytes(data[:-30])  # the index and footer are gone
    with pytest.raises(DiskError, match=r"xz data of .* does not decompress"):
        open_disk(packed)


def make_tar(path: Path, members: dict[str, Path | bytes], compression: str = "") -> Path:
    with tarfile.open(path, f"w:{compression}", format=tarfile.GNU_FORMAT) as archive:
        for name, content in members.items():
            if isinstance(content, Path):
                archive.add(content, arcname=name)
            else:
                info = tarfile.TarInfo(name)
                info.size = len(content)
                archive.addfile(info, io.BytesIO(content))
    return path


OVF = b'<?xml version="1.0"?>\n<Envelope xmlns="http://schemas.dmtf.org/ovf/envelope/1"/>\n'


def test_a_qcow2_inside_an_ova_reads_in_place(tmp_path: Path) -> None:
    raw = scattered_raw(tmp_path / "disk.raw")
    image = tmp_path / "disk.qcow2"
    run("qemu-img", "convert", "-f", "raw", "-O", "qcow2", "-c", raw, image)
    ova = make_tar(tmp_path / "vm.ova", {"vm.ovf": OVF, "disk1.qcow2": image})
    with open_disk(ova) as disk:
        assert disk.format == "qcow2"
        assert not disk.sequential_only
        assert read_all(disk) == qemu_bytes(image, "qcow2")
        assert disk_data_map(disk) == qemu_data_map(image, "qcow2")
        (stamp,) = disk.files()
        assert stamp.path == str(ova)


def test_a_raw_disk_inside_a_tar_and_a_tar_gz(tmp_path: Path) -> None:
    raw = scattered_raw(tmp_path / "disk.raw")
    expected = raw.read_bytes()
    members: dict[str, Path | bytes] = {"README": b"hello\n", "disk.img": raw}
    plain = make_tar(tmp_path / "disk.tar", members)
    packed = make_tar(tmp_path / "disk.tar.gz", members, "gz")
    with open_disk(plain) as disk:
        assert (disk.format, disk.size, disk.sequential_only) == ("raw", len(expected), False)
        assert read_all(disk) == expected
    with open_disk(packed) as disk:
        assert (disk.format, disk.size, disk.sequential_only) == ("gzip", len(expected), True)
        assert read_all(disk) == expected


def test_a_tar_with_two_disks_or_none(tmp_path: Path) -> None:
    raw = scattered_raw(tmp_path / "disk.raw", 2 * MIB)
    two = make_tar(tmp_path / "two.tar", {"a.img": raw, "b.img": raw})
    with pytest.raises(DiskError, match="holds 2 disk images"):
        open_disk(two)
    none = make_tar(tmp_path / "none.tar", {"notes.txt": b"x" * 1000})
    with pytest.raises(DiskError, match="holds no disk image"):
        open_disk(none)


def test_a_qcow2_inside_a_tar_gz_must_be_unpacked_first(tmp_path: Path) -> None:
    run("qemu-img", "create", "-q", "-f", "qcow2", tmp_path / "disk.qcow2", "4M")
    packed = make_tar(tmp_path / "vm.tar.gz", {"disk.qcow2": tmp_path / "disk.qcow2"}, "gz")
    with pytest.raises(DiskError, match="holds a qcow2 disk"):
        open_disk(packed)


def test_a_zip_must_be_unpacked_first(tmp_path: Path) -> None:
    with zipfile.ZipFile(tmp_path / "disk.zip", "w") as archive:
        archive.writestr("disk.img", b"\0" * 4096)
    with pytest.raises(DiskError, match="cannot be read in place"):
        open_disk(tmp_path / "disk.zip")


@pytest.mark.parametrize(
    ("how", "known"),
    [
        ("xz", True),
        ("xz-blocks", True),
        ("zstd", True),
        ("pzstd", False),
        ("zstd-no-size", False),
    ],  # pzstd frames record no size
)
def test_sizes_read_from_the_stream_without_decompressing(
    tmp_path: Path, how: str, known: bool
) -> None:
    raw = scattered_raw(tmp_path / "disk.img")
    packed = compress(raw, how)
    chain = Chain()
    file = chain.open_top(packed)
    size = xz_size(file) if how.startswith("xz") else zstd_size(file)
    assert size == (raw.stat().st_size if known else None)
    chain.close()


def test_concatenated_xz_streams_with_padding(tmp_path: Path) -> None:
    parts = [b"\x07" * 3 * MIB, bytes(MIB) + b"\x09" * 4096]
    packed = tmp_path / "disk.img.xz"
    packed.write_bytes(lzma.compress(parts[0]) + bytes(8) + lzma.compress(parts[1]) + bytes(4))
    chain = Chain()
    assert xz_size(chain.open_top(packed)) == len(parts[0]) + len(parts[1])
    chain.close()
    with open_disk(packed) as disk:
        assert read_all(disk) == parts[0] + parts[1]


FUZZ_KINDS = ("gzip", "xz", "zstd", "bzip2", "tar", "tar.gz")


@pytest.fixture(scope="module")
def fuzz_archives(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    folder = tmp_path_factory.mktemp("fuzz-archives")
    found: dict[str, bytes] = {}
    for kind in FUZZ_KINDS:
        raw = scattered_raw(folder / f"{kind}.img", 2 * MIB)
        if kind == "tar":
            found[kind] = make_tar(
                folder / "disk.tar", {"a.ovf": OVF, "disk.img": raw}
            ).read_bytes()
        elif kind == "tar.gz":
            found[kind] = make_tar(folder / "disk.tgz", {"disk.img": raw}, "gz").read_bytes()
        else:
            found[kind] = compress(raw, kind).read_bytes()
    return found


@fuzz_settings(100)
@given(
    kind=st.sampled_from(FUZZ_KINDS),
    changes=st.lists(
        st.tuples(
            st.one_of(st.integers(0, 1023), st.integers(-64, -1), st.integers(0, 2**20)),
            st.binary(min_size=1, max_size=8),
        ),
        min_size=1,
        max_size=4,
    ),
    cut=st.one_of(st.none(), st.integers(1, 2**20)),
)
def test_mutated_archives_raise_only_disk_errors(
    tmp_path: Path,
    fuzz_archives: dict[str, bytes],
    kind: str,
    changes: list[tuple[int, bytes]],
    cut: int | None,
) -> None:
    data = bytearray(fuzz_archives[kind])
    for offset, value in changes:
        start = offset % len(data)
        data[start : start + len(value)] = value
    image = tmp_path / "mutated"
    image.write_bytes(bytes(data[:cut]))
    try:
        with open_disk(image) as disk:
            for offset in range(0, min(disk.size, 4 * MIB), MIB):
                assert len(disk.read(offset, MIB)) == min(MIB, disk.size - offset)
            list(disk.extents())
    except DiskError as exc:
        assert exc.message
