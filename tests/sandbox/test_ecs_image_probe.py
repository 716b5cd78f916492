"""The header probe ImportImage uses to decide how an import ends."""

from __future__ import annotations

from pathlib import Path

from imageimporter.sandbox.image_probe import probe_bytes, probe_file
from tests.sandbox.test_rpc_helpers import MIB, qemu_image


def test_qemu_images_are_recognised(tmp_path):
    qcow2 = probe_file(qemu_image(tmp_path, "qcow2", "3G"))
    assert (qcow2.format, qcow2.virtual_size, qcow2.problem) == ("QCOW2", 3 << 30, None)
    vhd = probe_file(qemu_image(tmp_path, "vpc", "32M", "-o", "subformat=fixed"))
    assert (vhd.format, vhd.problem) == ("VHD", None)
    dynamic = probe_file(qemu_image(tmp_path, "vpc", "32M"))
    assert (dynamic.format, dynamic.problem) == ("VHD", None)
    assert probe_file(qemu_image(tmp_path, "vmdk", "32M")).format == "VMDK"
    assert probe_file(qemu_image(tmp_path, "vhdx", "32M")).format == "VHDX"


def test_broken_vhd_footer_and_size(tmp_path):
    path = qemu_image(tmp_path, "vpc", "32M", "-o", "subformat=fixed")
    data = bytearray(path.read_bytes())
    data[-512 + 70] ^= 0xFF  # inside the footer, outside the checksum field
    bad = tmp_path / "bad.vhd"
    bad.write_bytes(bytes(data))
    assert "checksum" in (probe_file(bad).problem or "")
    grown = tmp_path / "grown.vhd"
    grown.write_bytes(bytes(512) + path.read_bytes())
    assert "IncorrectSize" in (probe_file(grown).problem or "")


def test_raw_partition_tables_iso_and_archives():
    gpt = bytearray(MIB)
    gpt[512:520] = b"EFI PART"
    assert probe_bytes(bytes(gpt[:65536]), bytes(512), MIB).partition_table == "GPT"
    assert probe_bytes(bytes(MIB)[:65536], bytes(512), MIB).partition_table is None
    iso = bytearray(65536)
    iso[0x8001:0x8006] = b"CD001"
    assert probe_bytes(bytes(iso), b"", 65536).format == "ISO"
    assert probe_bytes(b"\xfd7zXZ\x00" + bytes(100), b"", 106).format == "XZ"


def test_qcow2_header_pointing_beyond_the_object(tmp_path):
    path: Path = qemu_image(tmp_path, "qcow2", "1G")
    head = path.read_bytes()[:65536]
    result = probe_bytes(head, b"", 1024)
    assert result.format == "QCOW2" and "truncated" in (result.problem or "")
