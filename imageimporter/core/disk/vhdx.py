"""Microsoft VHDX: fixed, dynamic and differencing disks read as the guest sees them.

Facts from Microsoft's "VHDX Format Specification v1.00" (little-endian): two headers at 64 and
128 KiB (the valid one with the higher sequence number is current), two copies of the region
table at 192 and 256 KiB naming the Block Allocation Table and the metadata region, whose items
give the block size, the disk size, the sector size and, for a differencing disk, the parent
locator. Every structure with a checksum (CRC-32C) is checked.

The BAT interleaves payload entries with sector-bitmap entries: after every ``chunk_ratio``
payload entries comes the entry of the 1 MiB bitmap that says, sector by sector, which sectors
of a PARTIALLY_PRESENT block are in this file (the others are the parent's).
"""

from __future__ import annotations

import struct
import uuid
from array import array
from collections.abc import Iterator
from typing import Final

from fastcrc import crc32

from imageimporter.core.disk.facts import damaged
from imageimporter.core.disk.layered import (
    UNALLOCATED,
    ZERO,
    BlockMappedImage,
    Location,
    Stored,
)
from imageimporter.core.disk.model import DiskError, DiskImage, Extent, ExtentKind
from imageimporter.core.disk.open import Chain, LayerFile, shown
from imageimporter.core.disk.parents import open_recorded_parent, parent_file_name
from imageimporter.core.disk.tables import (
    EntryTable,
    LruCache,
    RunBuilder,
    check_virtual_size,
    check_within,
    sector_run,
)
from imageimporter.core.inspect.vhdx import (
    BAT_REGION,
    FILE_MAGIC,
    FILE_PARAMETERS,
    HEADER_OFFSETS,
    LOGICAL_SECTOR_SIZE,
    METADATA_REGION,
    PARENT_LOCATOR,
    REGION_TABLE_OFFSETS,
    VIRTUAL_DISK_SIZE,
)
from imageimporter.core.text import Text

FORMAT: Final = "VHDX"
MIB: Final = 1024 * 1024
_HEADER_SIZE: Final = 4096
_REGION_TABLE_SIZE: Final = 64 * 1024
_MAX_REGIONS: Final = 2047
_PAGE_83_DATA: Final = uuid.UUID("beca12ab-b2e6-4523-93ef-c309e000c746")
_PHYSICAL_SECTOR_SIZE: Final = uuid.UUID("cda348c7-445d-4471-9cc9-e9885251c556")
_KNOWN_ITEMS: Final = frozenset(
    {
        FILE_PARAMETERS,
        VIRTUAL_DISK_SIZE,
        _PAGE_83_DATA,
        LOGICAL_SECTOR_SIZE,
        _PHYSICAL_SECTOR_SIZE,
        PARENT_LOCATOR,
    }
)
_VHDX_PARENT_LOCATOR_TYPE: Final = uuid.UUID("b04aefb7-d19e-4a81-b789-25b8e9445913")
_MAX_METADATA_ITEMS: Final = 2047
_MAX_ITEM_SIZE: Final = 64 * 1024
_HAS_PARENT: Final = 2
_REQUIRED: Final = 4  # metadata entry flag IsRequired; region entry flag bit 0
# Payload block states (the low 3 bits of a BAT entry).
_NOT_PRESENT, _UNDEFINED, _ZERO, _UNMAPPED = 0, 1, 2, 3
_FULLY_PRESENT, _PARTIALLY_PRESENT = 6, 7
_EMPTY_KINDS: Final = {
    _NOT_PRESENT: ExtentKind.UNALLOCATED,
    # MS-VHDX 2.5.1.1 lets a reader return zeros for these (contents undefined, or trimmed by
    # the guest), also in a differencing disk: zeros, not the parent's older bytes.
    _UNDEFINED: ExtentKind.ZERO,
    _UNMAPPED: ExtentKind.ZERO,
    _ZERO: ExtentKind.ZERO,
}
_SECTOR_BITMAP_PRESENT: Final = 6
_KEPT_BITMAPS: Final = 16
# Parent locator keys naming the parent file, in the order they are tried.
_PARENT_PATH_KEYS: Final = ("relative_path", "absolute_win32_path")


def _crc_ok(structure: bytes) -> bool:
    (stored,) = struct.unpack_from("<I", structure, 4)
    return bool(crc32.iscsi(structure[:4] + bytes(4) + structure[8:]) == stored)


def _current_header(file: LayerFile) -> bytes:
    best: tuple[int, bytes] | None = None
    for offset in HEADER_OFFSETS:
        header = file.pread(offset, _HEADER_SIZE)
        if len(header) == _HEADER_SIZE and header.startswith(b"head") and _crc_ok(header):
            (sequence,) = struct.unpack_from("<Q", header, 8)
            if best is None or sequence > best[0]:
                best = (sequence, header)
    if best is None:
        raise damaged(file, FORMAT, Text.of("neither of its two headers is valid."))
    header = best[1]
    (version,) = struct.unpack_from("<H", header, 66)
    if version != 1:
        raise damaged(file, FORMAT, Text.of("its version ({version}) is unknown.", version=version))
    if any(header[48:64]):
        raise DiskError(
            Text.of(
                "The VHDX {path} has a log that was not replayed (it was not closed cleanly): "
                "its blocks cannot be trusted until the log is applied.",
                path=shown(file.path),
            ),
            Text.of(
                "Open it in Hyper-V once (attach and detach it), or run qemu-img check -r all "
                "on it, then try again."
            ),
        )
    return header


def _regions(file: LayerFile) -> dict[uuid.UUID, tuple[int, int]]:
    for offset in REGION_TABLE_OFFSETS:
        table = file.pread(offset, _REGION_TABLE_SIZE)
        if len(table) != _REGION_TABLE_SIZE or not table.startswith(b"regi"):
            continue
        if not _crc_ok(table):
            continue
        (count,) = struct.unpack_from("<I", table, 8)
        if count > _MAX_REGIONS:
            continue
        regions: dict[uuid.UUID, tuple[int, int]] = {}
        for index in range(count):
            entry = 16 + index * 32
            region = uuid.UUID(bytes_le=table[entry : entry + 16])
            region_offset, length, flags = struct.unpack_from("<QII", table, entry + 16)
            if region not in (BAT_REGION, METADATA_REGION) and flags & 1:
                raise damaged(
                    file,
                    FORMAT,
                    Text.of("it requires a region ({region}) no reader knows.", region=region),
                )
            check_within(file, FORMAT, region_offset, length, Text.of("A region"))
            regions[region] = (region_offset, length)
        if BAT_REGION in regions and METADATA_REGION in regions:
            return regions
    raise damaged(file, FORMAT, Text.of("its region table is missing or damaged."))


def _metadata(file: LayerFile, offset: int, length: int) -> dict[uuid.UUID, bytes]:
    table = file.pread(offset, min(length, 64 * 1024))
    if len(table) < 32 or not table.startswith(b"metadata"):
        raise damaged(file, FORMAT, Text.of("its metadata table is missing."))
    (count,) = struct.unpack_from("<H", table, 10)
    if count > _MAX_METADATA_ITEMS or 32 + count * 32 > len(table):
        raise damaged(file, FORMAT, Text.of("its metadata table is damaged."))
    items: dict[uuid.UUID, bytes] = {}
    for index in range(count):
        entry = 32 + index * 32
        item = uuid.UUID(bytes_le=table[entry : entry + 16])
        item_offset, item_length, flags = struct.unpack_from("<III", table, entry + 16)
        if item not in _KNOWN_ITEMS:
            if flags & _REQUIRED:
                raise damaged(
                    file,
                    FORMAT,
                    Text.of("it requires a metadata item ({item}) no reader knows.", item=item),
                )
            continue
        if item_length > _MAX_ITEM_SIZE or item_offset + item_length > length:
            raise damaged(file, FORMAT, Text.of("a metadata item lies outside its region."))
        items[item] = file.read_exact(offset + item_offset, item_length, Text.of("A metadata item"))
    return items


def _item(file: LayerFile, items: dict[uuid.UUID, bytes], item: uuid.UUID, fmt: str) -> int:
    data = items.get(item, b"")
    if len(data) < struct.calcsize(fmt):
        raise damaged(file, FORMAT, Text.of("its metadata lacks the block size or the disk size."))
    value: int = struct.unpack_from(fmt, data)[0]
    return value


def _parent_locator(file: LayerFile, locator: bytes) -> dict[str, str]:
    if len(locator) < 20 or uuid.UUID(bytes_le=locator[:16]) != _VHDX_PARENT_LOCATOR_TYPE:
        raise damaged(file, FORMAT, Text.of("its parent locator is missing or of an unknown kind."))
    (count,) = struct.unpack_from("<H", locator, 18)
    if 20 + count * 12 > len(locator):
        raise damaged(file, FORMAT, Text.of("its parent locator is damaged."))
    values: dict[str, str] = {}
    for index in range(count):
        key_offset, value_offset, key_length, value_length = struct.unpack_from(
            "<IIHH", locator, 20 + index * 12
        )
        key = locator[key_offset : key_offset + key_length].decode("utf-16-le", errors="replace")
        value = locator[value_offset : value_offset + value_length]
        values[key] = value.decode("utf-16-le", errors="replace")
    return values


def _parent_names(values: dict[str, str]) -> list[str]:
    names: list[str] = []
    for key in _PARENT_PATH_KEYS:
        name = values.get(key, "")
        if name:
            names.append(parent_file_name(name, absolute=key == "absolute_win32_path"))
    return names


def _guid(text: str) -> uuid.UUID | None:
    try:
        return uuid.UUID(text.strip().strip("{}"))
    except ValueError:
        return None


def _open_parent(child: LayerFile, chain: Chain, values: dict[str, str]) -> DiskImage:
    linkage = {_guid(values.get(key, "")) for key in ("parent_linkage", "parent_linkage2")}
    return open_recorded_parent(
        child,
        chain,
        FORMAT,
        names=_parent_names(values),
        identities={guid for guid in linkage if guid is not None},
        identity_name=Text.of("data write GUID"),
    )


class VhdxImage(BlockMappedImage):
    def __init__(
        self,
        file: LayerFile,
        *,
        size: int,
        block_size: int,
        sector_size: int,
        bat: EntryTable,
        data_write_guid: uuid.UUID,
        parent: DiskImage | None,
    ) -> None:
        super().__init__(
            format="vhdx", size=size, block_size=block_size, files=(file,), parent=parent
        )
        self._data_write_guid = data_write_guid
        self._file = file
        self._bat = bat
        self._sector_size = sector_size
        self._chunk_ratio = (1 << 23) * sector_size // block_size
        self._bitmaps = LruCache(_KEPT_BITMAPS, self._load_bitmap)

    def _entry(self, index: int) -> tuple[int, int]:
        entry = self._bat[index]
        return entry & 7, (entry >> 20) * MIB

    def identity(self) -> uuid.UUID:
        return self._data_write_guid

    def locate_block(self, block: int) -> Location:
        state, host = self._entry(block + block // self._chunk_ratio)
        if state == _NOT_PRESENT:
            return UNALLOCATED
        if state in (_ZERO, _UNDEFINED, _UNMAPPED):
            return ZERO
        if state not in (_FULLY_PRESENT, _PARTIALLY_PRESENT):
            raise damaged(
                self._file,
                FORMAT,
                Text.of("block {block} has an unknown state ({state}).", block=block, state=state),
            )
        if not host:
            raise damaged(
                self._file,
                FORMAT,
                Text.of("block {block} is present but has no place in the file.", block=block),
            )
        check_within(
            self._file,
            FORMAT,
            host,
            min(self.block_size, self.size - block * self.block_size),
            Text.of("Block {block}", block=block),
        )
        return Stored(self._file, host)

    def locate(self, offset: int) -> tuple[Location, int]:
        block, inner = divmod(offset, self.block_size)
        run_limit = min(self.block_size - inner, self.size - offset)
        location = self.locate_block(block)
        if not isinstance(location, Stored):
            return location, run_limit
        state, _host = self._entry(block + block // self._chunk_ratio)
        if state == _FULLY_PRESENT:
            return Stored(self._file, location.offset + inner), run_limit
        bitmap = self._bitmaps.get(block)
        present, run = sector_run(bitmap, inner, run_limit, self._sector_size, msb_first=False)
        if not present:
            return UNALLOCATED, run
        return Stored(self._file, location.offset + inner), run

    def _first_block(self, index: int) -> int:
        """The payload block of BAT entry ``index``, or the next one after a bitmap entry."""
        chunk, within = divmod(index, self._chunk_ratio + 1)
        return chunk * self._chunk_ratio + min(within, self._chunk_ratio)

    def _uniform_payload(self, first: int, page: array[int]) -> int | None:
        """The entry every payload entry of ``page`` holds when they are all one without data
        (the sector-bitmap entries among them may differ); None otherwise."""
        stride = self._chunk_ratio + 1
        bitmap_entries = range(self._chunk_ratio - first % stride, len(page), stride)
        reference = 1 if bitmap_entries.start == 0 and len(page) > 1 else 0
        value = page[reference]
        if value & 7 not in _EMPTY_KINDS:
            return None
        others = sum(1 for index in bitmap_entries if page[index] != value)
        return value if page.count(value) + others == len(page) else None

    def layer_runs(self) -> Iterator[Extent]:
        # From the BAT a page at a time: a page of one entry with no data is one step.
        builder = RunBuilder()
        block_size, size = self.block_size, self.size
        blocks = -(-size // block_size)
        for first, page in self._bat.pages():
            low = self._first_block(first)
            high = min(self._first_block(first + len(page)), blocks)
            if high <= low:
                continue
            uniform = self._uniform_payload(first, page)
            if uniform is not None:
                length = min(high * block_size, size) - low * block_size
                if done := builder.add(length, _EMPTY_KINDS[uniform & 7]):
                    yield done
                continue
            for block in range(low, high):
                offset = block * block_size
                end = min(offset + block_size, size)
                state = page[block + block // self._chunk_ratio - first] & 7
                if state in _EMPTY_KINDS:
                    if done := builder.add(end - offset, _EMPTY_KINDS[state]):
                        yield done
                    continue
                yield from self.located_runs(builder, offset, end)
        if done := builder.finish():
            yield done

    def _load_bitmap(self, block: int) -> bytes:
        """The bits of ``block``'s sectors in its chunk's sector bitmap."""
        chunk, within = divmod(block, self._chunk_ratio)
        index = chunk * (self._chunk_ratio + 1) + self._chunk_ratio
        state, host = self._entry(index) if index < self._bat.count else (_NOT_PRESENT, 0)
        if state != _SECTOR_BITMAP_PRESENT or not host:
            raise damaged(
                self._file,
                FORMAT,
                Text.of("block {block} is partly present but has no sector bitmap.", block=block),
            )
        length = self.block_size // self._sector_size // 8
        return self._file.read_exact(host + within * length, length, Text.of("A sector bitmap"))


def open_vhdx(top: LayerFile, chain: Chain) -> DiskImage:
    if top.pread(0, 8) != FILE_MAGIC:
        raise damaged(top, FORMAT, Text.of("its file identifier is missing."))
    header = _current_header(top)
    data_write_guid = uuid.UUID(bytes_le=header[32:48])
    regions = _regions(top)
    items = _metadata(top, *regions[METADATA_REGION])
    block_size = _item(top, items, FILE_PARAMETERS, "<I")
    flags = _item(top, items, FILE_PARAMETERS, "<4xI")
    size = check_virtual_size(top, FORMAT, _item(top, items, VIRTUAL_DISK_SIZE, "<Q"))
    sector_size = _item(top, items, LOGICAL_SECTOR_SIZE, "<I")
    if not MIB <= block_size <= 256 * MIB or block_size & (block_size - 1):
        raise damaged(
            top,
            FORMAT,
            Text.of("its block size ({block_size}) is impossible.", block_size=block_size),
        )
    if sector_size not in (512, 4096):
        raise damaged(
            top,
            FORMAT,
            Text.of("its sector size ({sector_size}) is impossible.", sector_size=sector_size),
        )
    chunk_ratio = (1 << 23) * sector_size // block_size
    blocks = -(-size // block_size)
    has_parent = bool(flags & _HAS_PARENT)
    # The BAT must reach the last payload entry; a differencing disk's also the last chunk's
    # bitmap entry (the specification's count allows the payload entries of the last chunk
    # that lie past the disk to be left out). Entries the region holds beyond the whole last
    # chunk are never needed.
    whole_chunks = -(-blocks // chunk_ratio) * (chunk_ratio + 1)
    if has_parent:
        needed = whole_chunks - (chunk_ratio * -(-blocks // chunk_ratio) - blocks) % chunk_ratio
    else:
        needed = blocks + max(0, blocks - 1) // chunk_ratio
    bat_offset, bat_length = regions[BAT_REGION]
    entries = min(bat_length // 8, whole_chunks)
    if entries < needed:
        raise damaged(
            top,
            FORMAT,
            Text.of("its block table is too small for a disk of {size} bytes.", size=size),
        )
    bat = EntryTable(
        top,
        FORMAT,
        bat_offset,
        entries,
        entry_size=8,
        big_endian=False,
        what=Text.of("The block allocation table"),
    )
    parent = None
    if has_parent:
        values = _parent_locator(top, items.get(PARENT_LOCATOR, b""))
        parent = _open_parent(top, chain, values)
    return VhdxImage(
        top,
        size=size,
        block_size=block_size,
        sector_size=sector_size,
        bat=bat,
        data_write_guid=data_write_guid,
        parent=parent,
    )
