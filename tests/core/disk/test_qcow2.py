"""QCOW2 read against qemu: guest bytes equal `qemu-img convert -O raw`, the map `qemu-img map`."""

from __future__ import annotations

import importlib
import subprocess
import tracemalloc
from pathlib import Path

import pytest

from imageimporter.core.disk.model import DiskError, ExtentKind
from imageimporter.core.disk.open import open_disk
from tests.core.disk.qemu import (
    MIB,
    disk_data_map,
    qemu_bytes,
    qemu_data_map,
    qemu_io,
    read_all,
    run,
    scattered_raw,
)


def check_against_qemu(path: Path, fmt: str, tmp: Path) -> None:
    expected = qemu_bytes(path, fmt)
    with open_disk(path) as disk:
        assert disk.format == fmt
        assert disk.size == len(expected)
        assert read_all(disk) == expected
        assert read_all(disk, 65536) == expected
        assert disk_data_map(disk) == qemu_data_map(path, fmt)
        extents = list(disk.extents())
        assert extents[0].offset == 0 and extents[-1].end == disk.size


@pytest.mark.parametrize(
    "options",
    [
        [],
        ["-o", "compat=0.10"],
        ["-c"],
        ["-c", "-o", "compression_type=zstd"],
        ["-o", "cluster_size=512"],
        ["-o", "cluster_size=2M"],
        ["-c", "-o", "cluster_size=4096,compat=0.10"],
    ],
    ids=["v3", "v2", "zlib", "zstd", "512b-clusters", "2m-clusters", "v2-zlib-4k"],
)
def test_qcow2_reads_as_qemu_does(tmp_path: Path, options: list[str]) -> None:
    raw = scattered_raw(tmp_path / "disk.raw")
    image = tmp_path / "disk.qcow2"
    run("qemu-img", "convert", "-f", "raw", "-O", "qcow2", *options, raw, image)
    check_against_qemu(image, "qcow2", tmp_path)


def test_overlays_read_through_their_backing_chain(tmp_path: Path) -> None:
    raw = scattered_raw(tmp_path / "base.raw")
    run("qemu-img", "convert", "-f", "raw", "-O", "qcow2", raw, tmp_path / "base.qcow2")
    (tmp_path / "layers").mkdir()
    middle = tmp_path / "layers" / "middle.qcow2"
    run("qemu-img", "create", "-q", "-f", "qcow2", "-b", "../base.qcow2", "-F", "qcow2", middle)
    qemu_io(middle, "qcow2", "write -P 0xab 1M 64k", "write -z 5M 128k", "write -P 0x11 15M 4k")
    top = tmp_path / "layers" / "top.qcow2"
    run("qemu-img", "create", "-q", "-f", "qcow2", "-b", "middle.qcow2", "-F", "qcow2", top, "20M")
    qemu_io(top, "qcow2", "write -P 0xcd 1M 4k", "write -z 0 64k", "write -P 0xee 19M 8k")
    check_against_qemu(top, "qcow2", tmp_path)
    with open_disk(top) as disk:
        assert [stamp.path for stamp in disk.files()] == [
            str(top),
            str(middle),
            str(tmp_path / "base.qcow2"),
        ]
        kinds = {e.kind for e in disk.extents()}
        assert ExtentKind.ZERO in kinds  # the zero clusters written with write -z
        assert ExtentKind.UNALLOCATED in kinds  # 16M..20M: past the parent, not written


def test_a_raw_backing_file(tmp_path: Path) -> None:
    raw = scattered_raw(tmp_path / "base.raw")
    top = tmp_path / "top.qcow2"
    run("qemu-img", "create", "-q", "-f", "qcow2", "-b", raw, "-F", "raw", top)
    qemu_io(top, "qcow2", "write -P 0xab 2M 64k")
    check_against_qemu(top, "qcow2", tmp_path)


def test_an_encrypted_qcow2_is_refused(tmp_path: Path) -> None:
    image = tmp_path / "secret.qcow2"
    run(
        "qemu-img", "create", "-q", "--object", "secret,id=s0,data=password", "-f", "qcow2",
        "-o", "encrypt.format=aes,encrypt.key-secret=s0", image, "4M",
    )  # fmt: skip
    with pytest.raises(DiskError, match="encrypted"):
        open_disk(image)


def test_a_luks_disk_is_refused(tmp_path: Path) -> None:
    image = tmp_path / "secret.luks"
    command = [
        "qemu-img", "create", "-q", "--object", "secret,id=s0,data=password", "-f", "luks",
        "-o", "key-secret=s0,iter-time=100", str(image), "4M",
    ]  # fmt: skip
    # qemu times its key derivation by CPU time, which a busy machine can make it fail to measure.
    for _ in range(10):
        if subprocess.run(command, capture_output=True).returncode == 0:
            break
    else:
        pytest.fail("qemu-img could not make a LUKS image")
    with pytest.raises(DiskError, match="encrypted"):
        open_disk(image)


def test_an_external_data_file_is_refused(tmp_path: Path) -> None:
    image = tmp_path / "meta.qcow2"
    run(
        "qemu-img", "create", "-q", "-f", "qcow2",
        "-o", f"data_file={tmp_path / 'data.raw'}", image, "4M",
    )  # fmt: skip
    with pytest.raises(DiskError, match="external data file"):
        open_disk(image)


def test_extended_l2_is_refused(tmp_path: Path) -> None:
    image = tmp_path / "sub.qcow2"
    run("qemu-img", "create", "-q", "-f", "qcow2", "-o", "extended_l2=on", image, "4M")
    with pytest.raises(DiskError, match="subclusters"):
        open_disk(image)


@pytest.mark.parametrize(
    ("fmt", "options"),
    [("qcow", []), ("qed", []), ("qed", ["-o", "cluster_size=4096"])],
    ids=["qcow", "qed", "qed-4k"],
)
def test_qcow_v1_and_qed_read_as_qemu_does(tmp_path: Path, fmt: str, options: list[str]) -> None:
    raw = scattered_raw(tmp_path / "disk.raw")
    image = tmp_path / f"disk.{fmt}"
    run("qemu-img", "convert", "-f", "raw", "-O", fmt, *options, raw, image)
    check_against_qemu(image, fmt, tmp_path)


@pytest.mark.parametrize("fmt", ["qcow", "qed"])
def test_qcow_v1_and_qed_overlays(tmp_path: Path, fmt: str) -> None:
    raw = scattered_raw(tmp_path / "base.raw")
    run("qemu-img", "convert", "-f", "raw", "-O", "qcow2", raw, tmp_path / "base.qcow2")
    top = tmp_path / f"top.{fmt}"
    run("qemu-img", "create", "-q", "-f", fmt, "-b", "base.qcow2", "-F", "qcow2", top)
    qemu_io(top, fmt, "write -P 0xab 1M 64k", "write -P 0x11 6M 4k")
    if fmt == "qed":
        qemu_io(top, fmt, "write -z 9M 128k")
    check_against_qemu(top, fmt, tmp_path)


def test_qcow_v1_compressed_clusters(tmp_path: Path) -> None:
    # qemu-img convert -c cannot write QCOW v1 here; qemu-io writes compressed clusters.
    image = tmp_path / "disk.qcow"
    run("qemu-img", "create", "-q", "-f", "qcow", image, "4M")
    qemu_io(image, "qcow", "write -c -P 0x5a 0 4k", "write -P 0x21 4k 4k", "write -c -P 0x33 1M 4k")
    check_against_qemu(image, "qcow", tmp_path)


def test_a_2_tib_sparse_disk_is_mapped_in_little_memory(tmp_path: Path) -> None:
    image = tmp_path / "huge.qcow2"
    run("qemu-img", "create", "-q", "-f", "qcow2", image, "2T")
    qemu_io(image, "qcow2", "write -P 0x01 0 64k", "write -P 0x02 1T 4k", "write -z 1536G 1M")
    raw = tmp_path / "huge.raw"
    with open(raw, "wb") as handle:
        handle.truncate(2 * 1024**4)
        handle.seek(1024**4)
        handle.write(b"\x03" * 4096)
    # The RAW reader's zero buffer (16 MiB of untouched calloc'ed pages) is made at import.
    importlib.import_module("imageimporter.core.disk.raw")
    tracemalloc.start()
    try:
        with open_disk(image) as disk:
            assert disk.size == 2 * 1024**4
            qcow2_map = disk_data_map(disk)
            assert disk.read(1024**4, 4096) == b"\x02" * 4096
        with open_disk(raw) as disk:
            raw_kinds = [e.kind for e in disk.extents()]
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert qcow2_map == qemu_data_map(image, "qcow2")
    assert [data for _, _, data in qcow2_map] == [True, False, True, False]
    assert ExtentKind.DATA in raw_kinds and ExtentKind.ZERO in raw_kinds
    assert peak < 16 * MIB
