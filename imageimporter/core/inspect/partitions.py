"""Partition tables inside a disk (MBR, GPT) and the boot mode they suggest."""

from __future__ import annotations

import struct
import uuid
from typing import Final

from imageimporter.core.inspect.detect import volume_boot_record
from imageimporter.core.inspect.model import Partition, PartitionTable, Problem
from imageimporter.core.inspect.virtual import VirtualDisk
from imageimporter.core.limits import BOOT_MODE_BIOS, BOOT_MODE_UEFI
from imageimporter.core.text import Text

EFI_SYSTEM_PARTITION: Final = uuid.UUID("c12a7328-f81f-11d2-ba4b-00a0c93ec93b")
BIOS_BOOT_PARTITION: Final = uuid.UUID("21686148-6449-6e6f-744e-656564454649")
_MBR_GPT_PROTECTIVE: Final = 0xEE
_MBR_EFI_SYSTEM: Final = 0xEF
_GPT_SIGNATURE: Final = b"EFI PART"
# Sanity bounds on a GPT header's entry array (the standard one is 128 entries of 128 bytes).
_MAX_GPT_ENTRIES: Final = 1024
_MAX_GPT_ARRAY: Final = 256 * 1024
# What the first guest read covers: MBR, GPT header and entries for 512 and 4096-byte sectors.
FIRST_READ: Final = 64 * 1024


def read_partition_table(disk: VirtualDisk) -> PartitionTable | None:
    """The disk's partition table, or None when it has none (a volume's boot sector is not
    one). May raise DiskReadError."""
    head = disk.read(0, min(FIRST_READ, disk.size))
    if len(head) < 512 or head[510:512] != b"\x55\xaa" or volume_boot_record(head) is not None:
        return None
    mbr = _mbr_partitions(head)
    if any(p.type == f"0x{_MBR_GPT_PROTECTIVE:02x}" for p in mbr):
        for sector_size in (512, 4096):
            table = _gpt(disk, head, sector_size)
            if table is not None:
                return table
    problems: list[Problem] = []
    for partition in mbr:
        if partition.start + partition.size > disk.size and partition.type != "0xee":
            problems.append(_beyond_end(partition.number, disk.size))
            break
    return PartitionTable(
        kind="mbr",
        partitions=tuple(mbr),
        has_efi_system_partition=any(p.type == f"0x{_MBR_EFI_SYSTEM:02x}" for p in mbr),
        has_bios_boot_partition=False,
        problems=tuple(problems),
    )


def boot_mode(table: PartitionTable | None) -> str | None:
    """GPT with an EFI System Partition and no BIOS boot partition boots UEFI; others BIOS."""
    if table is None:
        return None
    if table.kind == "gpt" and table.has_efi_system_partition and not table.has_bios_boot_partition:
        return BOOT_MODE_UEFI
    return BOOT_MODE_BIOS


def _beyond_end(number: int, disk_size: int) -> Problem:
    return Problem(
        "partition_beyond_end",
        Text.of(
            "Partition {number} ends after the end of the disk ({disk_size} bytes): the disk is "
            "truncated, or its size was changed without its partitions.",
            number=number,
            disk_size=disk_size,
        ),
    )


def _mbr_partitions(sector: bytes) -> list[Partition]:
    partitions = []
    for index in range(4):
        entry = sector[446 + index * 16 : 462 + index * 16]
        kind = entry[4]
        start, count = struct.unpack_from("<II", entry, 8)
        if kind and count:
            partitions.append(Partition(index + 1, f"0x{kind:02x}", start * 512, count * 512))
    return partitions


def _gpt(disk: VirtualDisk, head: bytes, sector_size: int) -> PartitionTable | None:
    header = head[sector_size : sector_size + 92]
    if len(header) < 92 or not header.startswith(_GPT_SIGNATURE):
        return None
    (_my_lba, alternate_lba, _first, last_usable) = struct.unpack_from("<QQQQ", header, 24)
    entries_lba, count, entry_size = struct.unpack_from("<QII", header, 72)
    problems: list[Problem] = []
    if not 128 <= entry_size <= 1024 or entry_size % 8 or count > _MAX_GPT_ENTRIES:
        problems.append(Problem("corrupt_partition_table", Text.of("The GPT header is damaged.")))
        return PartitionTable("gpt", (), False, False, sector_size, tuple(problems))
    array_length = min(count * entry_size, _MAX_GPT_ARRAY)
    start = entries_lba * sector_size
    if start + array_length <= len(head):
        array = head[start : start + array_length]
    else:
        array = disk.read(start, array_length)
    partitions: list[Partition] = []
    for index in range(len(array) // entry_size):
        entry = array[index * entry_size : (index + 1) * entry_size]
        type_guid = uuid.UUID(bytes_le=entry[:16])
        if not type_guid.int:
            continue
        first_lba, last_lba = struct.unpack_from("<QQ", entry, 32)
        name = entry[56:128].decode("utf-16-le", errors="replace").split("\0", 1)[0]
        size = max(0, last_lba - first_lba + 1) * sector_size
        partitions.append(Partition(index + 1, str(type_guid), first_lba * sector_size, size, name))
    disk_sectors = disk.size // sector_size
    beyond = [p for p in partitions if p.start + p.size > disk.size]
    if beyond:
        problems.append(_beyond_end(beyond[0].number, disk.size))
    elif alternate_lba >= disk_sectors or last_usable >= disk_sectors:
        problems.append(
            Problem(
                "gpt_beyond_end",
                Text.of(
                    "The GPT says the disk is larger than it is: the disk is truncated, or was "
                    "shrunk without its partition table.",
                ),
            )
        )
    types = {uuid.UUID(p.type) for p in partitions}
    return PartitionTable(
        kind="gpt",
        partitions=tuple(partitions),
        has_efi_system_partition=EFI_SYSTEM_PARTITION in types,
        has_bios_boot_partition=BIOS_BOOT_PARTITION in types,
        sector_size=sector_size,
        problems=tuple(problems),
    )
