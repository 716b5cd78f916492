"""A small, independent probe of a disk image file's header, for the sandbox's ImportImage.

It reads the first and last bytes of an object and tells its format, its virtual disk size and,
if it can see one, why the image is broken (truncated, bad checksum, unsupported variant). A
QCOW2 image has all its tables checked (``qcow2_check``), as the real importer's qemu would. The
sandbox fails an import task the way ECS does when the declared format does not match, the image
is corrupt, or the virtual size does not fit the declared disk size.
"""

from __future__ import annotations

import os
import struct
from dataclasses import dataclass
from pathlib import Path

from imageimporter.sandbox.contracts import ByteReader
from imageimporter.sandbox.qcow2_check import check_qcow2

SECTOR = 512
QCOW2_MAGIC = b"QFI\xfb"
VHD_COOKIE = b"conectix"
VHD_DISK_TYPES = {2: "fixed", 3: "dynamic", 4: "differencing"}
ISO_MAGIC_OFFSET = 0x8001
# Formats ECS imports; anything else detected is "not supported".
IMPORTABLE_FORMATS = ("RAW", "VHD", "QCOW2")
_ARCHIVE_MAGICS: tuple[tuple[bytes, str], ...] = (
    (b"\x1f\x8b", "GZIP"),
    (b"\xfd7zXZ\x00", "XZ"),
    (b"PK\x03\x04", "ZIP"),
    (b"BZh", "BZIP2"),
    (b"\x28\xb5\x2f\xfd", "ZSTD"),
    (b"7z\xbc\xaf\x27\x1c", "7Z"),
)


@dataclass(frozen=True)
class ProbeResult:
    format: str  # RAW, QCOW2, VHD, VMDK, VHDX, ISO, GZIP, XZ, ZIP, BZIP2, ZSTD, 7Z
    virtual_size: int  # bytes the disk holds (RAW: the file size)
    file_size: int
    # Why the image cannot be imported as it is (None: it looks sound).
    problem: str | None = None
    partition_table: str | None = None  # "MBR", "GPT" or None (RAW images only)

    @property
    def importable(self) -> bool:
        return self.format in IMPORTABLE_FORMATS and self.problem is None


class FileReader:
    """``ByteReader`` over a file."""

    def __init__(self, path: Path) -> None:
        self._handle = path.open("rb")
        self.size = os.fstat(self._handle.fileno()).st_size

    def read_at(self, offset: int, length: int) -> bytes:
        return os.pread(self._handle.fileno(), length, offset)

    def close(self) -> None:
        self._handle.close()

    def __enter__(self) -> FileReader:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class _HeadReader:
    """``ByteReader`` over the first bytes of an object of ``size`` bytes."""

    def __init__(self, head: bytes, size: int) -> None:
        self._head = head
        self.size = size

    def read_at(self, offset: int, length: int) -> bytes:
        return self._head[offset : min(offset + length, self.size)]


def probe_file(path: Path) -> ProbeResult:
    with FileReader(path) as reader:
        return probe_object(reader)


def probe_object(reader: ByteReader) -> ProbeResult:
    """Probe an object; a QCOW2 image has its tables checked as ``qemu-img check`` would."""
    size = reader.size
    head = reader.read_at(0, min(size, 64 * 1024))
    if head.startswith(QCOW2_MAGIC):
        return _probe_qcow2(reader)
    tail = reader.read_at(size - SECTOR, SECTOR) if size >= SECTOR else b""
    return probe_bytes(head, tail, size)


def probe_bytes(head: bytes, tail: bytes, size: int) -> ProbeResult:
    """Probe from the first (up to 64 KiB) and last 512 bytes of an image of ``size`` bytes."""
    if head.startswith(QCOW2_MAGIC):
        return _probe_qcow2(_HeadReader(head, size))
    if tail.startswith(VHD_COOKIE) or head.startswith(VHD_COOKIE):
        return _probe_vhd(head, tail, size)
    if head.startswith(b"KDMV") or head.startswith(b"# Disk DescriptorFile"):
        return ProbeResult("VMDK", size, size)
    if head.startswith(b"vhdxfile"):
        return ProbeResult("VHDX", size, size)
    for magic, name in _ARCHIVE_MAGICS:
        if head.startswith(magic):
            return ProbeResult(name, size, size, problem=f"the object is a {name} archive")
    if head[ISO_MAGIC_OFFSET : ISO_MAGIC_OFFSET + 5] == b"CD001":
        return ProbeResult("ISO", size, size)
    return ProbeResult("RAW", size, size, partition_table=_partition_table(head))


def _partition_table(head: bytes) -> str | None:
    if head[SECTOR : SECTOR + 8] == b"EFI PART":
        return "GPT"
    if head[510:512] == b"\x55\xaa":
        return "MBR"
    return None


def _probe_qcow2(reader: ByteReader) -> ProbeResult:
    report = check_qcow2(reader)
    return ProbeResult("QCOW2", report.virtual_size, reader.size, problem=report.problem)


def vhd_checksum(footer: bytes) -> int:
    """The ones' complement of the byte sum of a VHD footer, its checksum field counted as 0."""
    total = sum(footer[:64]) + sum(footer[68:SECTOR])
    return ~total & 0xFFFFFFFF


def _probe_vhd(head: bytes, tail: bytes, size: int) -> ProbeResult:
    footer = tail if tail.startswith(VHD_COOKIE) else head[:SECTOR]
    (current_size,) = struct.unpack_from(">Q", footer, 48)
    disk_type, checksum = struct.unpack_from(">II", footer, 60)

    def broken(problem: str) -> ProbeResult:
        return ProbeResult("VHD", current_size, size, problem=problem)

    if checksum != vhd_checksum(footer):
        return broken("the VHD footer checksum is wrong")
    kind = VHD_DISK_TYPES.get(disk_type)
    if kind is None:
        return broken(f"unknown VHD disk type {disk_type}")
    if kind == "differencing":
        return broken("differencing VHD images are not supported")
    if not tail.startswith(VHD_COOKIE):
        return broken("the VHD image is truncated (no footer at its end)")
    if kind == "fixed" and size != current_size + SECTOR:
        return broken("the fixed VHD's size does not match its footer (IncorrectSize)")
    return ProbeResult("VHD", current_size, size)
