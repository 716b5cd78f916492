"""A small, independent probe of a disk image file's header, for the sandbox's ImportImage.

It reads only the first and last bytes of a file and tells its format, its virtual disk size and,
if it can see one, why the image is broken (truncated, bad checksum, unsupported variant). The
sandbox fails an import task the way ECS does when the declared format does not match, the image
is corrupt, or the virtual size does not fit the declared disk size.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path

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


def probe_file(path: Path) -> ProbeResult:
    size = path.stat().st_size
    with path.open("rb") as handle:
        head = handle.read(64 * 1024)
        tail = b""
        if size >= SECTOR:
            handle.seek(size - SECTOR)
            tail = handle.read(SECTOR)
    return probe_bytes(head, tail, size)


def probe_bytes(head: bytes, tail: bytes, size: int) -> ProbeResult:
    """Probe from the first (up to 64 KiB) and last 512 bytes of an image of ``size`` bytes."""
    if head.startswith(QCOW2_MAGIC):
        return _probe_qcow2(head, size)
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


def _probe_qcow2(head: bytes, size: int) -> ProbeResult:
    if len(head) < 72:
        return ProbeResult("QCOW2", 0, size, problem="the QCOW2 header is truncated")
    (version,) = struct.unpack_from(">I", head, 4)
    backing_offset, _backing_size, cluster_bits, virtual_size = struct.unpack_from(">QIIQ", head, 8)
    crypt_method, l1_size, l1_offset, refcount_offset = struct.unpack_from(">IIQQ", head, 32)

    def broken(problem: str) -> ProbeResult:
        return ProbeResult("QCOW2", virtual_size, size, problem=problem)

    if version not in (2, 3):
        return broken(f"unsupported QCOW2 version {version}")
    if not 9 <= cluster_bits <= 21:
        return broken(f"invalid QCOW2 cluster size 2^{cluster_bits}")
    if crypt_method != 0:
        return broken("the QCOW2 image is encrypted")
    if backing_offset != 0:
        return broken("the QCOW2 image has a backing file")
    cluster = 1 << cluster_bits
    needed_l1 = -(-virtual_size // (cluster * (cluster // 8)))
    if l1_size < needed_l1:
        return broken("the QCOW2 L1 table is smaller than the virtual size needs")
    if l1_offset + 8 * l1_size > size or refcount_offset >= size:
        return broken("the QCOW2 image is truncated (its tables point beyond the end)")
    return ProbeResult("QCOW2", virtual_size, size)


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
