"""Inspection of real images made with qemu-img, checked against qemu-img info."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from imageimporter.cli import main
from imageimporter.core.inspect import Verdict, inspect_path
from imageimporter.core.inspect.source import MAX_READS
from imageimporter.core.printable import printable
from tests.core.images import (
    GIB,
    MIB,
    QEMU_IMG,
    needs_qemu,
    needs_sfdisk,
    needs_sgdisk,
    qemu_convert,
    qemu_create,
    qemu_create_luks,
    qemu_info,
    raw_gpt_bios,
    raw_gpt_uefi,
    raw_mbr,
    run,
)

pytestmark = [needs_qemu, needs_sfdisk, needs_sgdisk]


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("images")


@pytest.fixture(scope="module")
def gpt_uefi(workdir: Path) -> Path:
    return raw_gpt_uefi(workdir / "gpt-uefi.img")


@pytest.fixture(scope="module")
def gpt_bios(workdir: Path) -> Path:
    return raw_gpt_bios(workdir / "gpt-bios.img")


@pytest.fixture(scope="module")
def mbr(workdir: Path) -> Path:
    return raw_mbr(workdir / "mbr.img")


def _check_against_qemu(path: Path, report_format: str, qemu_format: str | None = None) -> None:
    info = qemu_info(path, qemu_format)
    report = inspect_path(path)
    assert report.format == report_format
    assert report.virtual_size == info["virtual-size"]
    assert report.encrypted == bool(info.get("encrypted", False))
    assert report.backing_file == info.get("backing-filename")
    if "cluster-size" in info and report_format in ("qcow2", "qed", "vhdx", "vdi"):
        assert report.cluster_size == info["cluster-size"]
    assert report.reads <= 16 and report.bytes_read < 1024 * 1024


# (our format, subformat, qemu-img convert options, qemu-img info -f, import format)
CONVERSIONS = [
    ("qcow2", None, ("-o", "compat=1.1"), None, "QCOW2"),
    ("qcow2", None, ("-o", "compat=0.10"), None, "QCOW2"),
    ("vhd", "dynamic", (), "vpc", "VHD"),
    ("vhd", "fixed", ("-o", "subformat=fixed"), "vpc", "VHD"),
    ("vhdx", "dynamic", (), None, None),
    ("vhdx", "fixed", ("-o", "subformat=fixed"), None, None),
    ("vmdk", "monolithicSparse", (), None, None),
    ("vmdk", "streamOptimized", ("-o", "subformat=streamOptimized"), None, None),
    ("vdi", "dynamic", (), None, None),
    ("vdi", "fixed", ("-o", "static=on"), None, None),
    ("qed", None, (), None, None),
    ("parallels", None, (), None, None),
    ("qcow", None, (), None, None),
]


@pytest.mark.parametrize(
    "case", CONVERSIONS, ids=[f"{c[0]}-{c[1] or '-'}-{'-'.join(c[2])}" for c in CONVERSIONS]
)
def test_gpt_uefi_disk_in_every_container(workdir, gpt_uefi, case):
    fmt, subformat, options, qemu_format, import_format = case
    target = workdir / f"uefi-{fmt}-{subformat}-{len(options)}{options[-1:] or ''}.img"
    target = Path(str(target).replace("=", "_").replace("(", "").replace(")", "").replace("'", ""))
    qemu_convert(gpt_uefi, target, fmt, *options)
    _check_against_qemu(target, fmt, qemu_format)
    report = inspect_path(target)
    assert report.subformat == subformat
    assert report.partition_table == "gpt"
    assert report.boot_mode == "UEFI"
    assert [p.name for p in report.partitions] == ["", ""] or len(report.partitions) == 2
    assert report.import_format == import_format
    assert report.verdict is (Verdict.ACCEPT if import_format else Verdict.CONVERT)
    assert report.min_disk_image_size_gib == 5
    assert report.fits_system_disk and report.fits_data_disk
    if report.verdict is Verdict.CONVERT:
        assert "The app converts it to QCOW2 while uploading" in report.hints[-1].message
        assert not any("qemu-img" in h.message for h in report.hints)
    assert any("UEFI" in h.message for h in report.hints)


@pytest.mark.parametrize("fmt", ["raw", "qcow2", "vhd", "vmdk", "vdi", "vhdx"])
def test_mbr_disk_boots_bios(workdir, mbr, fmt):
    target = mbr if fmt == "raw" else qemu_convert(mbr, workdir / f"mbr.{fmt}", fmt)
    report = inspect_path(target)
    assert report.format == fmt
    assert report.partition_table == "mbr"
    assert report.boot_mode == "BIOS"
    assert report.partitions[0].type == "0x83"
    assert report.virtual_size == qemu_info(target, "vpc" if fmt == "vhd" else None)["virtual-size"]


def test_gpt_with_bios_boot_partition_boots_bios(gpt_bios):
    report = inspect_path(gpt_bios)
    assert (report.format, report.partition_table, report.boot_mode) == ("raw", "gpt", "BIOS")
    assert report.verdict is Verdict.ACCEPT and report.import_format == "RAW"
    assert len(report.partitions) == 3


def test_raw_accept_and_figures(gpt_uefi):
    report = inspect_path(gpt_uefi)
    assert report.format == "raw" and report.virtual_size == 64 * MIB
    assert report.import_format == "RAW" and report.verdict is Verdict.ACCEPT
    assert report.problems == ()
    # The head is read once and kept; the tail once for a VHD footer.
    assert report.reads <= 3


def test_compressed_qcow2_is_read_through_its_clusters(workdir, gpt_uefi):
    target = qemu_convert(gpt_uefi, workdir / "compressed.qcow2", "qcow2", "-c")
    report = inspect_path(target)
    assert report.compressed and report.compression_type == "zlib"
    assert report.partition_table == "gpt" and report.boot_mode == "UEFI"
    assert report.verdict is Verdict.ACCEPT


def test_zstd_qcow2_needs_conversion(workdir, gpt_uefi):
    target = qemu_convert(
        gpt_uefi, workdir / "zstd.qcow2", "qcow2", "-c", "-o", "compression_type=zstd"
    )
    report = inspect_path(target)
    assert report.compression_type == "zstd" and report.compressed
    assert "compression_type" in report.incompatible_features
    assert report.verdict is Verdict.CONVERT
    codes = {p.code for p in report.problems}
    assert "zstd_compression" in codes
    assert qemu_info(target)["format-specific"]["data"]["compression-type"] == "zstd"


def test_snapshots_are_counted(workdir):
    target = qemu_create(workdir / "snap.qcow2", "qcow2", "1G")
    run(QEMU_IMG, "snapshot", "-c", "first", target)
    run(QEMU_IMG, "snapshot", "-c", "second", target)
    report = inspect_path(target)
    assert report.snapshots == 2
    assert any(h.code == "snapshots" for h in report.hints)
    assert report.verdict is Verdict.ACCEPT


def test_backing_file_present_then_missing(workdir):
    base = qemu_create(workdir / "base.qcow2", "qcow2", "10G")
    overlay = workdir / "overlay.qcow2"
    run(QEMU_IMG, "create", "-q", "-f", "qcow2", "-b", base.name, "-F", "qcow2", overlay)
    _check_against_qemu(overlay, "qcow2")
    report = inspect_path(overlay)
    assert report.backing_file == "base.qcow2"
    assert report.verdict is Verdict.CONVERT
    assert "backing_file" in {p.code for p in report.problems}
    (hint,) = [h for h in report.hints if h.code == "convert"]
    assert "The app reads it together with 'base.qcow2'" in hint.message
    base.unlink()
    report = inspect_path(overlay)
    assert report.verdict is Verdict.REJECT
    assert "missing_backing_file" in {p.code for p in report.problems}


def test_vmdk_delta_names_its_parent(workdir):
    parent = qemu_create(workdir / "parent.vmdk", "vmdk", "2G")
    delta = workdir / "delta.vmdk"
    run(QEMU_IMG, "create", "-q", "-f", "vmdk", "-b", parent.name, "-F", "vmdk", delta)
    report = inspect_path(delta)
    assert report.backing_file == "parent.vmdk"
    assert report.backing_file == qemu_info(delta)["backing-filename"]
    assert report.verdict is Verdict.CONVERT


def test_vmdk_monolithic_flat_points_at_its_raw_extent(workdir, gpt_uefi):
    descriptor = qemu_convert(
        gpt_uefi, workdir / "flat.vmdk", "vmdk", "-o", "subformat=monolithicFlat"
    )
    report = inspect_path(descriptor)
    assert report.format == "vmdk" and report.subformat == "monolithicFlat"
    assert report.data_file == "flat-flat.vmdk"
    assert report.virtual_size == qemu_info(descriptor)["virtual-size"]
    assert report.partition_table == "gpt" and report.boot_mode == "UEFI"
    assert any(h.code == "import_extent" for h in report.hints)
    extent = inspect_path(workdir / "flat-flat.vmdk")
    assert extent.format == "raw" and extent.verdict is Verdict.ACCEPT


def test_encrypted_qcow2_and_luks(workdir):
    qcow2 = qemu_create_luks(workdir / "encrypted.qcow2", "qcow2", "1G")
    report = inspect_path(qcow2)
    assert report.encrypted and report.verdict is Verdict.CONVERT
    assert report.virtual_size == GIB
    assert "encrypted" in {p.code for p in report.problems}
    assert report.partition_table is None
    luks = qemu_create_luks(workdir / "disk.luks", "luks", "1G")
    report = inspect_path(luks)
    assert (report.format, report.encrypted, report.verdict) == ("luks", True, Verdict.CONVERT)
    assert report.virtual_size == GIB


@pytest.mark.parametrize(
    "case",
    [
        (3 * GIB, 5, True, True, Verdict.ACCEPT),
        (5 * GIB + 512, 6, True, True, Verdict.ACCEPT),
        (600 * GIB, 600, True, True, Verdict.ACCEPT),
        (2048 * GIB, 2048, True, True, Verdict.ACCEPT),
        (2048 * GIB + 512, 2049, False, False, Verdict.CONVERT),
    ],
)
def test_sizes_against_import_ranges(workdir, case):
    size, gib, system, data, verdict = case
    target = qemu_create(workdir / f"size-{size}.qcow2", "qcow2", str(size))
    report = inspect_path(target)
    assert report.virtual_size == size
    assert report.min_disk_image_size_gib == gib
    assert (report.fits_system_disk, report.fits_data_disk) == (system, data)
    assert report.verdict is verdict
    assert report.bytes_read < 256 * 1024


def test_fixed_vhd_that_qemu_probes_as_raw(workdir, mbr):
    target = qemu_convert(mbr, workdir / "fixed.vhd", "vhd", "-o", "subformat=fixed")
    # qemu-img, guessing, sees a raw disk; the footer at the end says otherwise.
    assert qemu_info(target)["format"] == "raw"
    report = inspect_path(target)
    assert (report.format, report.subformat, report.import_format) == ("vhd", "fixed", "VHD")
    assert report.virtual_size == os.path.getsize(target) - 512


def test_truncated_images_are_reported_not_raised(workdir, gpt_uefi):
    qcow2 = qemu_convert(gpt_uefi, workdir / "cut.qcow2", "qcow2")
    head = workdir / "head-only.qcow2"
    head.write_bytes(qcow2.read_bytes()[:50])
    report = inspect_path(head)
    assert report.format == "qcow2" and report.verdict is Verdict.REJECT
    assert "truncated_header" in {p.code for p in report.problems}

    raw = workdir / "cut.img"
    raw.write_bytes(gpt_uefi.read_bytes()[: 4 * MIB])
    report = inspect_path(raw)
    assert report.format == "raw" and report.verdict is Verdict.REJECT
    assert "partition_beyond_end" in {p.code for p in report.problems}

    vhd = qemu_convert(gpt_uefi, workdir / "cut-src.vhd", "vhd")
    cut_vhd = workdir / "cut.vhd"
    cut_vhd.write_bytes(vhd.read_bytes()[:-512])
    report = inspect_path(cut_vhd)
    assert report.format == "vhd" and report.verdict is Verdict.REJECT
    assert "missing_footer" in {p.code for p in report.problems}

    stream = qemu_convert(
        gpt_uefi, workdir / "cut-src.vmdk", "vmdk", "-o", "subformat=streamOptimized"
    )
    cut_stream = workdir / "cut.vmdk"
    for length in (100, 1024, 4096, len(stream.read_bytes()) // 3):
        cut_stream.write_bytes(stream.read_bytes()[:length])
        report = inspect_path(cut_stream)
        assert report.format == "vmdk" and report.verdict in (Verdict.REJECT, Verdict.CONVERT)
        if length < 512:
            assert "truncated_header" in {p.code for p in report.problems}


def test_corrupt_l1_pointer_is_a_problem(workdir, gpt_uefi):
    qcow2 = qemu_convert(gpt_uefi, workdir / "bad-l1.qcow2", "qcow2")
    data = bytearray(qcow2.read_bytes())
    data[40:48] = (1 << 50).to_bytes(8, "big")  # L1 table far beyond the end
    bad = workdir / "bad-l1b.qcow2"
    bad.write_bytes(bytes(data))
    report = inspect_path(bad)
    assert report.verdict is Verdict.REJECT
    assert report.reads <= MAX_READS


@pytest.mark.parametrize("extent", ["/etc/passwd", "../outside.img", "/dev/zero", "link.img"])
def test_vmdk_extent_outside_its_folder_is_refused(workdir, gpt_uefi, extent):
    folder = workdir / f"desc-{abs(hash(extent))}"
    folder.mkdir()
    descriptor = qemu_convert(
        gpt_uefi, folder / "flat.vmdk", "vmdk", "-o", "subformat=monolithicFlat"
    )
    (workdir / "outside.img").write_bytes(b"\0" * 512)
    (folder / "link.img").symlink_to(workdir / "outside.img")
    text = descriptor.read_text().replace('"flat-flat.vmdk"', f'"{extent}"')
    descriptor.write_text(text)
    report = inspect_path(descriptor)
    assert "unsafe_extent" in {p.code for p in report.problems}
    assert report.verdict is Verdict.REJECT
    assert not any(h.code == "import_extent" for h in report.hints)


def test_vmdk_extent_that_is_a_fifo_does_not_hang(workdir, gpt_uefi):
    folder = workdir / "fifo-extent"
    folder.mkdir()
    descriptor = qemu_convert(
        gpt_uefi, folder / "flat.vmdk", "vmdk", "-o", "subformat=monolithicFlat"
    )
    (folder / "flat-flat.vmdk").unlink()
    os.mkfifo(folder / "flat-flat.vmdk")
    report = subprocess.run(
        [sys.executable, "-m", "imageimporter", "inspect", "--json", str(descriptor)],
        capture_output=True, text=True, timeout=30, check=False,
    )  # fmt: skip
    assert "missing_extent" in report.stdout


def test_fifo_given_directly_is_refused_without_hanging(workdir):
    fifo = workdir / "disk.img.fifo"
    os.mkfifo(fifo)
    result = subprocess.run(
        [sys.executable, "-m", "imageimporter", "inspect", str(fifo)],
        capture_output=True, text=True, timeout=30, check=False,
    )  # fmt: skip
    assert result.returncode != 0
    assert "not a regular file" in result.stdout + result.stderr


def test_control_characters_in_names_are_escaped_in_plain_output(workdir, capsys):
    name = "evil\x1b[31mred\nverdict: ACCEPT"
    image = workdir / "escape.qcow2"
    run(QEMU_IMG, "create", "-q", "-f", "qcow2", "-u", "-b", name, "-F", "raw", image, "1G")
    assert main(["inspect", str(image)]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\nverdict: ACCEPT" not in out
    assert "evil\\x1b[31mred\\nverdict: ACCEPT" in out
    assert main(["inspect", "--json", str(image)]) == 0
    assert json.loads(capsys.readouterr().out)["backing_file"] == name


def test_printable_escapes_only_non_printables():
    assert printable("disk é.vmdk") == "disk é.vmdk"
    assert printable("a\tb\x00c\u200e") == "a\\tb\\x00c\\u200e"
