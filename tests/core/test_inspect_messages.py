"""Disk images of formats ECS cannot take, descriptors that point elsewhere, compressed fixed
VHDs: each said as what it is, with a hint whose command is run here where the tool is."""

from __future__ import annotations

import bz2
import gzip
import lzma
import shlex
import shutil
import struct
import subprocess

import pytest

from imageimporter.core.inspect import Verdict, inspect_path
from tests.core.images import (
    MIB,
    QEMU_IMG,
    needs_qemu,
    needs_sfdisk,
    qemu_convert,
    qemu_create,
    qemu_info,
    raw_mbr,
    run,
    udif,
)

pytestmark = [needs_qemu, needs_sfdisk]


def hint(report, code: str) -> str:
    (found,) = [h.message for h in report.hints if h.code == code]
    return found


def quoted_command(message: str) -> list[str]:
    """The words of the first command a hint quotes between backquotes."""
    return shlex.split(message.split("`")[1])


def codes(report) -> set[str]:
    return {p.code for p in report.problems}


@pytest.fixture
def disk(tmp_path):
    """A 4 MiB raw disk with an MBR and some data past its first MiB."""
    path = raw_mbr(tmp_path / "disk.img", 4 * MIB)
    with open(path, "r+b") as handle:
        handle.seek(2 * MIB)
        handle.write(b"data that must survive the conversion")
    return path


# -- compressed fixed VHD ----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("fmt", "compress"), [("gzip", gzip.compress), ("xz", lzma.compress), ("bzip2", bz2.compress)]
)
def test_compressed_fixed_vhd_is_named_as_such(tmp_path, disk, fmt, compress):
    fixed = qemu_convert(disk, tmp_path / "fixed.vhd", "vhd", "-o", "subformat=fixed")
    archive = tmp_path / "fixed.vhd.gz"
    archive.write_bytes(compress(fixed.read_bytes()))
    report = inspect_path(archive)
    assert (report.format, report.inner_format, report.inner_subformat) == (fmt, "vhd", "fixed")
    assert report.virtual_size == qemu_info(fixed, "vhd")["virtual-size"]
    assert report.verdict is Verdict.UNPACK
    assert "holding a fixed VHD" in report.problems[0].message
    raw = tmp_path / "disk.img.gz"
    raw.write_bytes(gzip.compress(disk.read_bytes()))
    assert (inspect_path(raw).inner_format, inspect_path(raw).inner_subformat) == ("raw", None)


# -- EWF (E01) ---------------------------------------------------------------------------------
def test_e01_evidence_file_and_its_export(tmp_path, disk):
    if shutil.which("ewfacquire") is None:
        pytest.skip("ewf-tools is not installed")
    subprocess.run(
        ["ewfacquire", "-u", "-q", "-t", str(tmp_path / "evidence"), str(disk)],
        check=True, capture_output=True, stdin=subprocess.DEVNULL, timeout=120,
    )  # fmt: skip
    evidence = tmp_path / "evidence.E01"
    report = inspect_path(evidence)
    assert (report.format, report.verdict) == ("ewf", Verdict.REJECT)
    assert "format_not_readable" in codes(report) and "unknown_format" not in codes(report)
    subprocess.run(quoted_command(hint(report, "convert")), check=True, capture_output=True,
                   stdin=subprocess.DEVNULL, timeout=120)  # fmt: skip
    assert (tmp_path / "evidence.raw").read_bytes() == disk.read_bytes()


# -- DMG (UDIF) --------------------------------------------------------------------------------
def test_dmg_is_a_disk_image_and_its_hint_converts_it(tmp_path, disk):
    dmg = tmp_path / "disk.dmg"
    dmg.write_bytes(udif(disk.read_bytes()))
    report = inspect_path(dmg)
    assert (report.format, report.verdict, report.virtual_size) == ("dmg", Verdict.REJECT, 4 * MIB)
    assert {"format_not_readable", "dmg_content"} <= codes(report)
    subprocess.run(quoted_command(hint(report, "convert")), check=True, capture_output=True,
                   timeout=120)  # fmt: skip
    converted = tmp_path / "disk.qcow2"
    run(QEMU_IMG, "compare", "-q", "-f", "raw", "-F", "qcow2", disk, converted)
    assert inspect_path(converted).verdict is Verdict.ACCEPT


# -- Apple ASIF --------------------------------------------------------------------------------
def test_asif_is_a_disk_image(tmp_path):
    header = bytearray(512)
    header[0:4] = b"shdw"
    struct.pack_into(">II", header, 4, 1, 512)
    struct.pack_into(">QQ", header, 0x30, 2 * 1024 * 1024, 2 * 1024 * 1024)
    struct.pack_into(">IH", header, 0x40, 1024 * 1024, 512)
    asif = tmp_path / "mac.asif"
    asif.write_bytes(bytes(header) + bytes(4096))
    report = inspect_path(asif)
    assert (report.format, report.verdict, report.virtual_size) == ("asif", Verdict.REJECT, 1 << 30)
    assert "diskutil image attach --noMount" in hint(report, "convert")


# -- VMware ESXi seSparse and vmfsSparse -------------------------------------------------------
@pytest.mark.parametrize("subformat", ["seSparse", "vmfsSparse"])
def test_esxi_snapshot_disks_are_named_not_unknown(tmp_path, subformat):
    if subformat == "seSparse":
        extent = struct.pack("<QQQ", 0xCAFEBABE, 0x200000001, 2 * 1024 * 1024)
    else:
        extent = b"COWD" + struct.pack("<III", 1, 3, 2 * 1024 * 1024)
    (tmp_path / "vm-000001-sesparse.vmdk").write_bytes(extent + bytes(4096))
    report = inspect_path(tmp_path / "vm-000001-sesparse.vmdk")
    assert (report.format, report.subformat, report.verdict) == ("vmdk", subformat, Verdict.REJECT)
    assert report.virtual_size == 1 << 30
    descriptor = tmp_path / "vm-000001.vmdk"
    descriptor.write_text(
        "# Disk DescriptorFile\nversion=1\nCID=fffffffe\nparentCID=fffffffe\n"
        f'createType="{subformat}"\nparentFileNameHint="vm.vmdk"\n'
        f'RW 2097152 {subformat.upper()} "vm-000001-sesparse.vmdk"\n'
    )
    report = inspect_path(descriptor)
    assert (report.subformat, report.verdict) == (subformat, Verdict.REJECT)
    assert "esx_vmdk" in codes(report)
    assert "vmkfstools -i vm-000001.vmdk" in hint(report, "convert")


# -- Parallels DiskDescriptor.xml --------------------------------------------------------------
def parallels_descriptor(images: list[str]) -> str:
    guids = [f"{{5fbaabe3-6958-40ff-92a7-860e329aab4{index}}}" for index in range(len(images))]
    storage = "".join(
        f"<Image><GUID>{guid}</GUID><Type>Compressed</Type><File>{name}</File></Image>"
        for guid, name in zip(guids, images, strict=True)
    )
    return (
        "<?xml version='1.0' encoding='UTF-8'?>\n<Parallels_disk_image Version=\"1.0\">\n"
        "<Disk_Parameters><Disk_size>131072</Disk_size></Disk_Parameters>\n"
        f"<StorageData><Storage><Start>0</Start><End>131072</End>{storage}</Storage>"
        f"</StorageData>\n<Snapshots><TopGUID>{guids[-1]}</TopGUID></Snapshots>\n"
        "</Parallels_disk_image>\n"
    )


def test_parallels_descriptor_points_to_its_hds(tmp_path):
    bundle = tmp_path / "vm.hdd"
    bundle.mkdir()
    hds = qemu_create(bundle / "harddisk.hdd.0.{5fbaabe3}.hds", "parallels", "64M")
    descriptor = bundle / "DiskDescriptor.xml"
    descriptor.write_text(parallels_descriptor([hds.name]))
    report = inspect_path(descriptor)
    assert (report.format, report.subformat) == ("parallels", "DiskDescriptor.xml")
    assert (report.verdict, report.virtual_size) == (Verdict.REJECT, 64 * MIB)
    assert "descriptor_only" in codes(report) and "unknown_format" not in codes(report)
    assert shlex.split(hint(report, "use_data_file").split(" instead")[0])[-1] == str(hds)
    assert inspect_path(hds).verdict is Verdict.CONVERT
    descriptor.write_text(parallels_descriptor([hds.name, "harddisk.hdd.0.{later}.hds"]))
    report = inspect_path(descriptor)
    assert "parallels_snapshots" in codes(report) and hint(report, "merge_snapshots")
    assert "{later}" in hint(report, "use_data_file")


def test_parallels_descriptor_naming_a_file_outside_is_refused(tmp_path):
    descriptor = tmp_path / "DiskDescriptor.xml"
    descriptor.write_text(parallels_descriptor(["../../etc/shadow"]))
    report = inspect_path(descriptor)
    assert "unsafe_extent" in codes(report) and report.verdict is Verdict.REJECT
    assert not any(h.code == "use_data_file" for h in report.hints)
