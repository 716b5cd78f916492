"""Where the filesystems of a disk are: partitions (MBR with logical partitions, GPT), LVM2
logical volumes, or the whole disk; and what each one holds, from its magic numbers."""

from __future__ import annotations

import struct
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from typing import Final

from imageimporter.core.guest.blocks import GuestReadError, Region, Window
from imageimporter.core.guest.lvm import logical_volumes
from imageimporter.core.inspect.partitions import read_partition_table
from imageimporter.core.inspect.virtual import DiskReadError
from imageimporter.core.text import Text

_EXTENDED_TYPES: Final = frozenset({0x05, 0x0F, 0x85})
# A chain of extended boot records longer than this is a loop or garbage.
_MAX_LOGICAL: Final = 128


class Content(StrEnum):
    EXT = "ext"
    XFS = "xfs"
    BTRFS = "btrfs"
    NTFS = "ntfs"
    FAT = "fat"
    LVM2 = "lvm2"
    SWAP = "swap"
    LUKS = "luks"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class Volume:
    """One place that may hold a filesystem: ``name`` is ``"partition 2"``, ``"vg0/root"``..."""

    name: str
    region: Region
    content: Content
    partition_type: str = ""  # the MBR type byte or GPT type GUID, for partitions


def find_volumes(disk: Region) -> tuple[list[Volume], list[str]]:
    """Every volume of the disk (logical volumes instead of their physical volume), and the
    reasons parts of it could not be read."""
    problems: list[str] = []
    volumes: list[Volume] = []
    for name, region, kind in _partitions(disk, problems):
        content = detect_content(region)
        volumes.append(Volume(name, region, content, kind))
    lvm = [v for v in volumes if v.content is Content.LVM2]
    if lvm:
        lvs, lvm_problems = logical_volumes([v.region for v in lvm])
        problems.extend(lvm_problems)
        for lv_name, region in lvs:
            volumes.append(Volume(lv_name, region, detect_content(region)))
    return volumes, problems


def _partitions(disk: Region, problems: list[str]) -> Iterator[tuple[str, Region, str]]:
    try:
        table = read_partition_table(disk)
    except (DiskReadError, GuestReadError) as exc:
        problems.append(Text.of("the partition table: {reason}", reason=str(exc)))
        table = None
    if table is None or not table.partitions:
        yield Text.of("the whole disk"), disk, ""
        return
    for partition in table.partitions:
        size = max(0, min(partition.size, disk.size - partition.start))
        number = int(partition.type, 16) if table.kind == "mbr" else -1
        if number in _EXTENDED_TYPES:
            yield from _logical(disk, partition.start, problems)
            continue
        name = Text.of("partition {number}", number=partition.number)
        yield name, Window(disk, partition.start, size), partition.type


def _logical(
    disk: Region, extended_start: int, problems: list[str]
) -> Iterator[tuple[str, Region, str]]:
    """The logical partitions of an extended one: a chain of boot records, each naming one
    partition (relative to itself) and the next record (relative to the extended partition)."""
    seen: set[int] = set()
    record = extended_start
    for number in range(5, 5 + _MAX_LOGICAL):
        if record in seen or record >= disk.size:
            problems.append(Text.of("the chain of logical partitions loops or leaves the disk"))
            return
        seen.add(record)
        try:
            sector = disk.read(record, 512)
        except GuestReadError as exc:
            problems.append(exc.reason)
            return
        if len(sector) < 512 or sector[510:512] != b"\x55\xaa":
            return
        first, second = sector[446:462], sector[462:478]
        kind = first[4]
        start, count = struct.unpack_from("<II", first, 8)
        if kind and count:
            offset = record + start * 512
            size = max(0, min(count * 512, disk.size - offset))
            yield (
                Text.of("partition {number}", number=number),
                Window(disk, offset, size),
                f"0x{kind:02x}",
            )
        next_start = struct.unpack_from("<I", second, 8)[0]
        if second[4] not in _EXTENDED_TYPES or not next_start:
            return
        record = extended_start + next_start * 512
    problems.append(Text.of("the chain of logical partitions loops or leaves the disk"))


def detect_content(region: Region) -> Content:
    """What a volume holds, from the magic numbers in its first 68 KiB."""
    try:
        head = region.read(0, 0x10048)
    except GuestReadError:
        return Content.UNKNOWN
    if head[0x438:0x43A] == b"\x53\xef":
        return Content.EXT
    if head[:4] == b"XFSB":
        return Content.XFS
    if head[0x10040:0x10048] == b"_BHRfS_M":
        return Content.BTRFS
    if head[3:11] == b"NTFS    ":
        return Content.NTFS
    if head[:6] == b"LUKS\xba\xbe":
        return Content.LUKS
    if any(head[i * 512 : i * 512 + 8] == b"LABELONE" for i in range(4)):
        return Content.LVM2
    if head[4086:4096] in (b"SWAPSPACE2", b"SWAP-SPACE"):
        return Content.SWAP
    if head[510:512] == b"\x55\xaa" and (head[0x36:0x39] == b"FAT" or head[0x52:0x57] == b"FAT32"):
        return Content.FAT
    return Content.UNKNOWN


def volume_names(volume: Volume) -> frozenset[str]:
    """How fstab and ``root=`` may name this volume: ``UUID=...``, ``LABEL=...`` and, for a
    logical volume, its ``/dev/mapper`` and ``/dev/VG/LV`` paths (all lowercase UUIDs)."""
    names: set[str] = set()
    if "/" in volume.name:
        vg, lv = volume.name.split("/", 1)
        names.add(f"/dev/{vg}/{lv}")
        names.add(f"/dev/mapper/{vg.replace('-', '--')}-{lv.replace('-', '--')}")
    try:
        head = volume.region.read(0, 0x10200)
    except GuestReadError:
        return frozenset(names)
    uuid, label = _identity(head, volume.content)
    if uuid:
        names.add(f"UUID={uuid}")
    if label:
        names.add(f"LABEL={label}")
    return frozenset(names)


def _guid(raw: bytes) -> str:
    text = raw.hex()
    return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:32]}"


def _text(raw: bytes) -> str:
    return raw.split(b"\0", 1)[0].decode("utf-8", errors="replace").strip()


def _identity(head: bytes, content: Content) -> tuple[str, str]:
    if content is Content.EXT:
        return _guid(head[0x468:0x478]), _text(head[0x478:0x488])
    if content is Content.XFS:
        return _guid(head[32:48]), _text(head[108:120])
    if content is Content.BTRFS:
        return _guid(head[0x10020:0x10030]), _text(head[0x1012B:0x1022B])
    if content is Content.SWAP:
        return _guid(head[1036:1052]), _text(head[1052:1068])
    if content is Content.NTFS:
        return head[0x48:0x50][::-1].hex().upper(), ""
    if content is Content.FAT:
        fat32 = head[0x52:0x57] == b"FAT32"
        serial = head[0x43:0x47] if fat32 else head[0x27:0x2B]
        label = head[0x47:0x52] if fat32 else head[0x2B:0x36]
        value = serial[::-1].hex().upper()
        name = _text(label)
        return f"{value[:4]}-{value[4:]}", "" if name == "NO NAME" else name
    return "", ""
