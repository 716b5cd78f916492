"""Which format a file is, from its own bytes (magic numbers), never from its name."""

from __future__ import annotations

import struct
from typing import Final

from imageimporter.core.inspect.foreign import UDIF_TRAILER_SIZE, is_udif_trailer, sniff_foreign
from imageimporter.core.inspect.other import (
    ISO_MAGIC,
    ISO_PVD_OFFSET,
    LUKS_MAGIC,
    PARALLELS_MAGICS,
    looks_like_parallels_descriptor,
)
from imageimporter.core.inspect.qcow import QCOW_MAGIC, QED_MAGIC
from imageimporter.core.inspect.source import HEAD_SIZE, ByteSource
from imageimporter.core.inspect.vdi import SIGNATURE as VDI_SIGNATURE
from imageimporter.core.inspect.vdi import SIGNATURE_OFFSET as VDI_SIGNATURE_OFFSET
from imageimporter.core.inspect.vhd import FOOTER_COOKIE, find_footer
from imageimporter.core.inspect.vhdx import FILE_MAGIC as VHDX_MAGIC
from imageimporter.core.inspect.vmdk import (
    ESX_EXTENT_MAGICS,
    SPARSE_MAGIC,
    looks_like_descriptor,
)

DISK_FORMATS: Final = frozenset(
    {"raw", "qcow2", "qcow", "qed", "vhd", "vhdx", "vmdk", "vdi", "parallels", "luks"}
)
# Disk images of formats recognised only to be named (foreign.py): neither ECS nor the app
# reads them.
FOREIGN_DISK_FORMATS: Final = frozenset({"ewf", "dmg", "asif"})
ARCHIVE_FORMATS: Final = frozenset({"gzip", "xz", "bzip2", "zstd", "zip", "tar", "ova"})

_GZIP_MAGIC: Final = b"\x1f\x8b\x08"
_XZ_MAGIC: Final = b"\xfd7zXZ\x00"
_ZSTD_MAGIC: Final = b"\x28\xb5\x2f\xfd"
_BZIP2_BLOCK_MAGICS: Final = (b"\x31\x41\x59\x26\x53\x59", b"\x17\x72\x45\x38\x50\x90")


def tar_header_checksum_ok(block: bytes) -> bool:
    if len(block) < 512:
        return False
    field = block[148:156].split(b"\0", 1)[0].strip()
    try:
        stored = int(field, 8)
    except ValueError:
        return False
    computed = sum(block[:148]) + 8 * 32 + sum(block[156:512])
    return stored == computed


def sniff_magic(head: bytes) -> str | None:
    """The format named by magic bytes at the start of ``head``, or None."""
    foreign = sniff_foreign(head)
    if foreign is not None:
        return foreign
    if looks_like_parallels_descriptor(head):
        return "parallels"
    if head.startswith(QCOW_MAGIC) and len(head) >= 8:
        (version,) = struct.unpack_from(">I", head, 4)
        return "qcow" if version == 1 else "qcow2"
    if head.startswith(QED_MAGIC):
        return "qed"
    if head.startswith(VHDX_MAGIC):
        return "vhdx"
    if head.startswith((SPARSE_MAGIC, *ESX_EXTENT_MAGICS)) or looks_like_descriptor(head):
        return "vmdk"
    if head.startswith(PARALLELS_MAGICS):
        return "parallels"
    if head.startswith(LUKS_MAGIC):
        return "luks"
    if len(head) >= VDI_SIGNATURE_OFFSET + 4 and (
        struct.unpack_from("<I", head, VDI_SIGNATURE_OFFSET)[0] == VDI_SIGNATURE
    ):
        return "vdi"
    if head.startswith(FOOTER_COOKIE):
        return "vhd"
    if head.startswith(_GZIP_MAGIC):
        return "gzip"
    if head.startswith(_XZ_MAGIC):
        return "xz"
    if (
        head.startswith(b"BZh")
        and len(head) >= 10
        and 0x31 <= head[3] <= 0x39
        and head[4:10] in _BZIP2_BLOCK_MAGICS
    ):
        return "bzip2"
    # pzstd starts with a skippable frame (magic 0x184D2A50 to 0x184D2A5F) holding sizes.
    if head.startswith(_ZSTD_MAGIC) or (head[1:4] == b"\x2a\x4d\x18" and head[0] & 0xF0 == 0x50):
        return "zstd"
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return "zip"
    if tar_header_checksum_ok(head[:512]) and head[0] != 0:
        return "tar"
    if len(head) >= ISO_PVD_OFFSET + 6 and head[ISO_PVD_OFFSET + 1 : ISO_PVD_OFFSET + 6] == (
        ISO_MAGIC
    ):
        return "iso9660"
    return None


def volume_boot_record(sector: bytes) -> str | None:
    """The file system (NTFS, exFAT, FAT12, FAT16, FAT32) whose boot sector ``sector`` is.

    A volume's boot sector ends in 55AA like an MBR, and its boot code fills the MBR's
    partition entries with nonsense, so it must be recognised before 55AA is read as a
    partition table (as libblkid does). FAT needs both its type string and a sane BIOS
    parameter block: an MBR's boot code may hold the string, never a valid block as well.
    """
    if len(sector) < 512 or sector[510:512] != b"\x55\xaa":
        return None
    if sector[3:11] == b"NTFS    ":
        return "NTFS"
    if sector[3:11] == b"EXFAT   ":
        return "exFAT"
    if sector[82:90] == b"FAT32   ":
        kind = "FAT32"
    elif sector[54:62] in (b"FAT12   ", b"FAT16   ", b"FAT     "):
        kind = sector[54:62].decode("ascii").rstrip()
    else:
        return None
    bytes_per_sector, sectors_per_cluster, reserved, fats = struct.unpack_from("<HBHB", sector, 11)
    if (
        sector[0] in (0xEB, 0xE9)
        and bytes_per_sector in (512, 1024, 2048, 4096)
        and sectors_per_cluster
        and not sectors_per_cluster & (sectors_per_cluster - 1)
        and reserved >= 1
        and fats in (1, 2)
    ):
        return kind
    return None


def describe_raw_content(head: bytes) -> str | None:
    """What a raw disk's first bytes hold, if they look like a disk at all."""
    if len(head) >= 1082 and head[1080:1082] == b"\x53\xef":
        return "ext2/3/4 file system"
    if head.startswith(b"XFSB"):
        return "XFS file system"
    volume = volume_boot_record(head)
    if volume is not None:
        return f"{volume} file system"
    if head[3:11] == b"NTFS    ":
        return "NTFS file system"
    if head[512:520] == b"LABELONE":
        return "LVM physical volume"
    if head[4086:4096] in (b"SWAPSPACE2", b"SWAP-SPACE"):
        return "swap area"
    if head.startswith(b"hsqs"):
        return "squashfs file system"
    if head[510:512] == b"\x55\xaa":
        return "boot sector"
    if head and not any(head):
        return "blank (all zeros)"
    return None


def detect_format(source: ByteSource) -> str:
    if source.size == 0:
        return "empty"
    head = source.read(0, HEAD_SIZE)
    found = sniff_magic(head)
    tail = b""
    if found in (None, "bzip2") and source.size >= UDIF_TRAILER_SIZE:
        # A DMG is named by its trailer; its data may start like anything (bzip2 chunks).
        tail = source.read(source.size - UDIF_TRAILER_SIZE, UDIF_TRAILER_SIZE)
        if is_udif_trailer(tail):
            return "dmg"
    if found is not None:
        return found
    # A fixed VHD has no magic at the start: its only footer is in the last sector.
    if find_footer(source, tail) is not None:
        return "vhd"
    if describe_raw_content(head) is not None:
        return "raw"
    return "unknown"
