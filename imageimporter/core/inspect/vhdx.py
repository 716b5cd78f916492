"""Microsoft VHDX: little-endian structures at fixed places in the first MiB.

Facts from Microsoft's "VHDX Format Specification v1.00": file identifier ``vhdxfile`` at 0, two
headers (``head``) at 64 and 128 KiB (the higher sequence number wins), two region tables
(``regi``) at 192 and 256 KiB naming the Block Allocation Table and the metadata region, whose
items give the block size, the virtual disk size, the sector size and the parent locator.
"""

from __future__ import annotations

import struct
import uuid
from typing import Final

from imageimporter.core.inspect.model import ContainerFacts, Problem
from imageimporter.core.inspect.source import ByteSource
from imageimporter.core.inspect.virtual import BlockMappedDisk, DiskReadError
from imageimporter.core.text import Text

FILE_MAGIC: Final = b"vhdxfile"
HEADER_OFFSETS: Final = (64 * 1024, 128 * 1024)
REGION_TABLE_OFFSETS: Final = (192 * 1024, 256 * 1024)
BAT_REGION: Final = uuid.UUID("2dc27766-f623-4200-9d64-115e9bfd4a08")
METADATA_REGION: Final = uuid.UUID("8b7ca206-4790-4b9a-b8fe-575f050f886e")
FILE_PARAMETERS: Final = uuid.UUID("caa16737-fa36-4d43-b3b6-33f0aa44e76b")
VIRTUAL_DISK_SIZE: Final = uuid.UUID("2fa54224-cd1b-4876-b211-5dbed83bf4b8")
LOGICAL_SECTOR_SIZE: Final = uuid.UUID("8141bf1d-a96f-4709-ba47-f233a8faab5f")
PARENT_LOCATOR: Final = uuid.UUID("a8d35f2d-b30b-454d-abf7-d3d84834ab0c")
_LEAVE_BLOCKS_ALLOCATED: Final = 1
_HAS_PARENT: Final = 2
_MAX_METADATA_ENTRIES: Final = 2047
_MIB: Final = 1024 * 1024
# The log: 4 KiB sectors, each entry starting with a 64-byte header ("loge").
_LOG_SECTOR: Final = 4096
_LOG_ENTRY_HEADER: Final = 64
_MAX_LOG_SCANNED: Final = 4 * _MIB
# BAT entry states (low 3 bits).
_PAYLOAD_FULLY_PRESENT: Final = 6
_PAYLOAD_PARTIALLY_PRESENT: Final = 7


def _corrupt(facts: ContainerFacts, message: str) -> ContainerFacts:
    facts.problems.append(Problem("corrupt_header", message))
    return facts


def parse_vhdx(source: ByteSource) -> ContainerFacts:
    facts = ContainerFacts(format="vhdx")
    best: tuple[int, bytes] | None = None
    for offset in HEADER_OFFSETS:
        header = source.read(offset, 80)
        if len(header) == 80 and header.startswith(b"head"):
            (sequence,) = struct.unpack_from("<Q", header, 8)
            if best is None or sequence > best[0]:
                best = (sequence, header)
    if best is None:
        if source.size < 320 * 1024:
            facts.problems.append(
                Problem(
                    "truncated_header",
                    Text.of("The VHDX headers are missing: the file is truncated."),
                )
            )
            return facts
        return _corrupt(facts, Text.of("Neither VHDX header is valid."))
    header = best[1]
    facts.version = struct.unpack_from("<H", header, 66)[0]
    if _log_needs_replay(source, header):
        facts.problems.append(
            Problem(
                "log_not_replayed",
                Text.of(
                    "The VHDX was not closed cleanly: its log holds changes not yet written "
                    "into the disk, so read as it is the disk would miss them.",
                ),
            )
        )
    regions: dict[uuid.UUID, tuple[int, int]] = {}
    for offset in REGION_TABLE_OFFSETS:
        table = source.read(offset, 64 * 1024)
        if len(table) >= 16 and table.startswith(b"regi"):
            (count,) = struct.unpack_from("<I", table, 8)
            for index in range(min(count, 2047)):
                entry = table[16 + index * 32 : 48 + index * 32]
                if len(entry) < 32:
                    break
                file_offset, length = struct.unpack_from("<QI", entry, 16)
                regions[uuid.UUID(bytes_le=entry[:16])] = (file_offset, length)
            break
    if BAT_REGION not in regions or METADATA_REGION not in regions:
        return _corrupt(facts, Text.of("The VHDX region table is missing or damaged."))
    meta_offset, meta_length = regions[METADATA_REGION]
    items = _metadata_items(source, meta_offset, meta_length)
    if items is None:
        return _corrupt(facts, Text.of("The VHDX metadata table is missing or damaged."))
    params = items.get(FILE_PARAMETERS, b"")
    size_raw = items.get(VIRTUAL_DISK_SIZE, b"")
    sector_raw = items.get(LOGICAL_SECTOR_SIZE, b"")
    if len(params) < 8 or len(size_raw) < 8 or len(sector_raw) < 4:
        return _corrupt(facts, Text.of("The VHDX metadata lacks the block size or the disk size."))
    block_size, param_flags = struct.unpack_from("<II", params)
    (virtual_size,) = struct.unpack_from("<Q", size_raw)
    (sector_size,) = struct.unpack_from("<I", sector_raw)
    facts.virtual_size = virtual_size
    facts.cluster_size = block_size
    if param_flags & _HAS_PARENT:
        facts.subformat = "differencing"
        facts.backing_file = _parent_path(items.get(PARENT_LOCATOR, b"")) or "(parent not named)"
    elif param_flags & _LEAVE_BLOCKS_ALLOCATED:
        facts.subformat = "fixed"
    else:
        facts.subformat = "dynamic"
    valid = (
        _MIB <= block_size <= 256 * _MIB
        and not block_size & (block_size - 1)
        and sector_size in (512, 4096)
    )
    if not valid:
        return _corrupt(facts, Text.of("The VHDX block size or sector size is invalid."))
    bat_offset, _bat_length = regions[BAT_REGION]
    facts.disk = VhdxDisk(source, virtual_size, block_size, sector_size, bat_offset)
    return facts


def _log_needs_replay(source: ByteSource, header: bytes) -> bool:
    """Whether the log holds an entry of this file's log (as qemu and Hyper-V replay it).

    A non-zero log GUID alone is not enough: a log without a valid entry for that GUID is
    empty, and qemu opens such a file as it is.
    """
    log_guid = header[48:64]
    if not any(log_guid):
        return False
    (log_length,) = struct.unpack_from("<I", header, 68)
    (log_offset,) = struct.unpack_from("<Q", header, 72)
    if log_length > _MAX_LOG_SCANNED:
        return True  # too big to look through: assume the worst
    log = b"".join(
        source.read(log_offset + start, min(_MIB, log_length - start))
        for start in range(0, log_length, _MIB)
    )
    for sector in range(0, len(log) - _LOG_ENTRY_HEADER + 1, _LOG_SECTOR):
        entry = log[sector : sector + _LOG_ENTRY_HEADER]
        (sequence,) = struct.unpack_from("<Q", entry, 16)
        if entry.startswith(b"loge") and entry[32:48] == log_guid and sequence:
            return True
    return False


def _metadata_items(source: ByteSource, offset: int, length: int) -> dict[uuid.UUID, bytes] | None:
    table = source.read(offset, min(length, 64 * 1024))
    if len(table) < 32 or not table.startswith(b"metadata"):
        return None
    (count,) = struct.unpack_from("<H", table, 10)
    items: dict[uuid.UUID, bytes] = {}
    for index in range(min(count, _MAX_METADATA_ENTRIES)):
        entry = table[32 + index * 32 : 64 + index * 32]
        if len(entry) < 32:
            break
        item_offset, item_length = struct.unpack_from("<II", entry, 16)
        if item_length > 64 * 1024:
            continue
        items[uuid.UUID(bytes_le=entry[:16])] = source.read(offset + item_offset, item_length)
    return items


def _parent_path(locator: bytes) -> str | None:
    """The parent's relative or absolute path from a VHDX parent locator's key/value pairs."""
    if len(locator) < 20:
        return None
    (count,) = struct.unpack_from("<H", locator, 18)
    values: dict[str, str] = {}
    for index in range(min(count, 64)):
        entry = locator[20 + index * 12 : 32 + index * 12]
        if len(entry) < 12:
            break
        key_offset, value_offset, key_length, value_length = struct.unpack("<IIHH", entry)
        key = locator[key_offset : key_offset + key_length].decode("utf-16-le", errors="replace")
        value = locator[value_offset : value_offset + value_length]
        values[key] = value.decode("utf-16-le", errors="replace")
    for key in ("relative_path", "absolute_win32_path", "volume_path"):
        if values.get(key):
            return values[key]
    return None


class VhdxDisk(BlockMappedDisk):
    def __init__(
        self, source: ByteSource, size: int, block_size: int, sector_size: int, bat_offset: int
    ) -> None:
        super().__init__(source, size, block_size)
        # A sector-bitmap entry follows every ``chunk_ratio`` payload entries in the BAT.
        self._chunk_ratio = (1 << 23) * sector_size // block_size
        self._bat_offset = bat_offset

    def read_in_block(self, block: int, inner: int, length: int) -> bytes:
        index = block + block // self._chunk_ratio
        entry = self.table_entry(self._bat_offset, index, "<Q", "a block table entry")
        state = entry & 7
        if state not in (_PAYLOAD_FULLY_PRESENT, _PAYLOAD_PARTIALLY_PRESENT):
            return bytes(length)  # not present, zero, unmapped or undefined
        host = (entry >> 20) * _MIB
        if not host:
            raise DiskReadError("a present block has no place in the file")
        return self.read_exact(host + inner, length, "a data block")
