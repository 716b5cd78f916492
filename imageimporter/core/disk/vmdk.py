"""VMware VMDK: sparse, streamOptimized, flat, split and multi-extent disks, and delta links.

Facts from VMware's "Virtual Disk Format 5.0". A disk is a text descriptor listing extents, in
guest order: FLAT/VMFS extents hold the bytes as they are (from an offset of their file), ZERO
extents read as zeros, SPARSE extents are hosted sparse files (``KDMV``) that map grains through
a grain directory of grain tables. A monolithicSparse or streamOptimized file is one sparse
extent carrying its descriptor inside. streamOptimized grains are zlib-compressed behind a
12-byte marker, and the grain directory may only be known from the footer, 1 KiB before the end.

A delta disk names its parent (``parentFileNameHint``) and the parent's content id
(``parentCID``): a parent whose CID differs was written after the delta was made, and is refused.
Extent files are opened only inside the descriptor's folder (:meth:`Chain.open_extent_file`).
"""

from __future__ import annotations

import bisect
import re
import struct
import sys
import zlib
from array import array
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Final

from imageimporter.core.disk.facts import damaged
from imageimporter.core.disk.layered import (
    UNALLOCATED,
    ZERO,
    BlockMappedImage,
    Compressed,
    Location,
    Stored,
)
from imageimporter.core.disk.model import DiskError, DiskImage, Extent, ExtentKind
from imageimporter.core.disk.open import Chain, LayerFile, identity_of, shown
from imageimporter.core.disk.raw import RawImage
from imageimporter.core.disk.tables import (
    EntryTable,
    LruCache,
    RunBuilder,
    check_virtual_size,
    check_within,
)
from imageimporter.core.inspect.vmdk import SPARSE_MAGIC
from imageimporter.core.text import Text

FORMAT: Final = "VMDK"
SECTOR: Final = 512
_HEADER_FORMAT: Final = "<4sIIQQQQIQQQB4sH"
_GD_AT_END: Final = 0xFFFF_FFFF_FFFF_FFFF
_FLAG_ZERO_GRAIN: Final = 1 << 2
_FLAG_COMPRESSED: Final = 1 << 16
_FLAG_MARKERS: Final = 1 << 17
_COMPRESS_DEFLATE: Final = 1
_MAX_GRAIN_SECTORS: Final = 1 << 16
_MAX_GTES: Final = 1 << 16
_MAX_DESCRIPTOR: Final = 1024 * 1024
_MARKER_SIZE: Final = 12
_NO_PARENT: Final = 0xFFFF_FFFF
_KEPT_GRAIN_TABLES: Final = 64
_GROUP_BYTES: Final = 1024 * 1024
_EXTENT_LINE: Final = re.compile(
    r'(RW|RDONLY|NOACCESS)\s+(\d+)\s+([A-Za-z]+)(?:\s+"([^"]*)"(?:\s+(\d+))?)?\s*'
)
# Types of disks made for ESXi storage or raw devices: nothing here can read them.
_REFUSED_TYPES: Final = {
    "sesparse": "seSparse",
    "vmfssparse": "vmfsSparse",
    "vmfsraw": "vmfsRaw",
    "vmfsrdm": "vmfsRDM",
    "vmfsrawdevicemap": "vmfsRawDeviceMap",
    "vmfspassthroughrawdevicemap": "vmfsPassthroughRawDeviceMap",
    "fulldevice": "fullDevice",
    "partitioneddevice": "partitionedDevice",
}


def _refused(file: LayerFile, kind: str) -> DiskError:
    return DiskError(
        Text.of(
            "{path} is a VMware {kind} disk, a kind made for ESXi storage or raw devices that "
            "cannot be read here.",
            path=shown(file.path),
            kind=kind,
        ),
        Text.of(
            "Export the virtual machine from vSphere (as OVF/OVA, which makes streamOptimized "
            "disks) or clone the disk with vmkfstools -d thin to a monolithicSparse one."
        ),
    )


@dataclass(frozen=True)
class Descriptor:
    create_type: str
    cid: int | None
    parent_cid: int | None
    parent_hint: str | None
    extents: tuple[tuple[int, str, str, int], ...]  # sectors, type, file name, offset (sectors)


def _hex_value(value: str | None) -> int | None:
    if value is None:
        return None
    try:
        return int(value, 16)
    except ValueError:
        return None


def parse_descriptor(text: str) -> Descriptor:
    values: dict[str, str] = {}
    extents: list[tuple[int, str, str, int]] = []
    for raw_line in text.splitlines():
        line = raw_line.strip()
        if not line or line.startswith("#"):
            continue
        match = _EXTENT_LINE.fullmatch(line)
        if match:
            _access, sectors, kind, name, offset = match.groups()
            extents.append((int(sectors), kind.upper(), name or "", int(offset or 0)))
            continue
        key, equals, value = line.partition("=")
        if equals:
            values[key.strip().lower()] = value.strip().strip('"')
    return Descriptor(
        create_type=values.get("createtype", ""),
        cid=_hex_value(values.get("cid")),
        parent_cid=_hex_value(values.get("parentcid")),
        parent_hint=values.get("parentfilenamehint") or None,
        extents=tuple(extents),
    )


class SparseExtent:
    """One hosted sparse extent file: its header and its grain directory and tables."""

    def __init__(self, file: LayerFile) -> None:
        self.file = file
        header = file.read_exact(0, SECTOR, Text.of("The VMDK sparse header"))
        fields = struct.unpack_from(_HEADER_FORMAT, header)
        if fields[0] != SPARSE_MAGIC:
            raise damaged(file, FORMAT, Text.of("its sparse extent header is missing."))
        if fields[9] == _GD_AT_END:
            # Written in one pass (streamOptimized): the real header is the footer.
            footer_at = file.size - 2 * SECTOR
            check_within(file, FORMAT, footer_at, SECTOR, Text.of("The footer"))
            fields = struct.unpack_from(
                _HEADER_FORMAT, file.read_exact(footer_at, SECTOR, Text.of("The footer"))
            )
            if fields[0] != SPARSE_MAGIC or fields[9] == _GD_AT_END:
                raise damaged(
                    file,
                    FORMAT,
                    Text.of(
                        "its grain directory is at the end of the file, and the end is missing."
                    ),
                )
        (_magic, version, flags, capacity, grain_sectors, desc_offset, desc_sectors) = fields[:7]
        gtes_per_gt, rgd_offset, gd_offset, _overhead, _unclean, _check, compress = fields[7:]
        # Sector 0 is the header: a writer that kept only the redundant directory says so.
        gd_offset = gd_offset or rgd_offset
        if not gd_offset:
            raise damaged(file, FORMAT, Text.of("its grain directory is missing."))
        if not 1 <= version <= 3:
            raise damaged(
                file, FORMAT, Text.of("its version ({version}) is unknown.", version=version)
            )
        if not 1 <= grain_sectors <= _MAX_GRAIN_SECTORS or grain_sectors & (grain_sectors - 1):
            raise damaged(file, FORMAT, Text.of("its grain size is impossible."))
        if not 1 <= gtes_per_gt <= _MAX_GTES:
            raise damaged(file, FORMAT, Text.of("its grain tables have an impossible size."))
        self.compressed = bool(flags & _FLAG_COMPRESSED) or compress != 0
        if self.compressed and (compress != _COMPRESS_DEFLATE or not flags & _FLAG_MARKERS):
            raise damaged(
                file, FORMAT, Text.of("its grains are compressed in a way no reader knows.")
            )
        self.size = check_virtual_size(file, FORMAT, capacity * SECTOR)
        self.grain_size = grain_sectors * SECTOR
        self.zero_grains = bool(flags & _FLAG_ZERO_GRAIN)
        self.descriptor_at = (desc_offset * SECTOR, desc_sectors * SECTOR)
        self._gtes_per_gt = gtes_per_gt
        grains = -(-self.size // self.grain_size)
        self._directory = EntryTable(
            file,
            FORMAT,
            gd_offset * SECTOR,
            -(-grains // gtes_per_gt),
            entry_size=4,
            big_endian=False,
            what=Text.of("The grain directory"),
        )
        self._tables = LruCache(_KEPT_GRAIN_TABLES, self._load_grain_table)

    def embedded_descriptor(self) -> str:
        offset, length = self.descriptor_at
        if not offset or not length:
            return ""
        length = min(length, _MAX_DESCRIPTOR)
        check_within(self.file, FORMAT, offset, length, Text.of("The embedded descriptor"))
        raw = self.file.read_exact(offset, length, Text.of("The embedded descriptor"))
        return raw.split(b"\0", 1)[0].decode("utf-8", errors="replace")

    def _load_grain_table(self, number: int) -> EntryTable:
        return EntryTable(
            self.file,
            FORMAT,
            self._directory[number] * SECTOR,
            self._gtes_per_gt,
            entry_size=4,
            big_endian=False,
            what=Text.of("A grain table"),
        )

    def grain_entry(self, grain: int) -> int:
        number, index = divmod(grain, self._gtes_per_gt)
        if not self._directory[number]:
            return 0
        return self._tables.get(number)[index]

    def locate_grain(self, grain: int, inner: int) -> Location:
        """Where byte ``inner`` of grain ``grain`` is (for Compressed: the whole grain)."""
        entry = self.grain_entry(grain)
        if entry == 0:
            return UNALLOCATED
        if entry == 1 and self.zero_grains:
            return ZERO
        start = entry * SECTOR
        if not self.compressed:
            length = min(self.grain_size, self.size - grain * self.grain_size)
            check_within(self.file, FORMAT, start, length, Text.of("Grain {grain}", grain=grain))
            return Stored(self.file, start + inner)
        marker = self.file.read_exact(start, _MARKER_SIZE, Text.of("A grain marker"))
        _lba, length = struct.unpack("<QI", marker)
        if not 0 < length <= 2 * self.grain_size + 4096:
            raise damaged(
                self.file,
                FORMAT,
                Text.of("compressed grain {grain} claims an impossible size.", grain=grain),
            )
        check_within(
            self.file,
            FORMAT,
            start + _MARKER_SIZE,
            length,
            Text.of("Grain {grain}", grain=grain),
        )
        return Compressed(self.file, start + _MARKER_SIZE, length)

    def runs(self, length: int, builder: RunBuilder) -> Iterator[Extent]:
        """The map of the extent's first ``length`` bytes, fed to ``builder`` (which knows
        where in the guest disk the extent starts); yields the extents that closes.

        Grain tables stored one after another (as every writer stores them) are read together,
        up to :data:`_GROUP_BYTES` at a time: a 2 TiB extent has 65,536 of them.
        """
        grain_size = self.grain_size
        span = self._gtes_per_gt * grain_size
        table_bytes = self._gtes_per_gt * 4
        table_sectors = -(-table_bytes // SECTOR)
        empty = bytes(table_bytes)
        tables = -(-length // span)
        number = 0
        while number < tables:
            sector = self._directory[number]
            if not sector:
                table_end = min((number + 1) * span, length)
                if done := builder.add(table_end - number * span, ExtentKind.UNALLOCATED):
                    yield done
                number += 1
                continue
            count = 1
            while (
                number + count < tables
                and (count + 1) * table_sectors * SECTOR <= _GROUP_BYTES
                and self._directory[number + count] == sector + count * table_sectors
            ):
                count += 1
            stride = table_sectors * SECTOR
            check_within(
                self.file, FORMAT, sector * SECTOR, count * stride, Text.of("A grain table")
            )
            raw = self.file.read_exact(sector * SECTOR, count * stride, Text.of("A grain table"))
            for index in range(count):
                table_start = (number + index) * span
                table_end = min(table_start + span, length)
                chunk = raw[index * stride : index * stride + table_bytes]
                if chunk == empty:
                    if done := builder.add(table_end - table_start, ExtentKind.UNALLOCATED):
                        yield done
                    continue
                entries = array("I")
                entries.frombytes(chunk)
                if sys.byteorder == "big":
                    entries.byteswap()
                yield from self._table_runs(table_start, table_end, entries, builder)
            number += count

    def _table_runs(
        self, table_start: int, table_end: int, entries: array[int], builder: RunBuilder
    ) -> Iterator[Extent]:
        grain_size = self.grain_size
        end_of_file = self.file.size
        first_grain = table_start // grain_size
        for grain, entry in enumerate(entries, first_grain):
            offset = grain * grain_size
            if offset >= table_end:
                break
            run = min(grain_size, table_end - offset)
            if entry == 0:
                kind = ExtentKind.UNALLOCATED
            elif entry == 1 and self.zero_grains:
                kind = ExtentKind.ZERO
            else:
                stored = _MARKER_SIZE if self.compressed else run
                if entry * SECTOR + stored > end_of_file:
                    self.locate_grain(grain, 0)  # says which grain lies beyond the end
                kind = ExtentKind.DATA
            if done := builder.add(run, kind):
                yield done


@dataclass(frozen=True)
class _Piece:
    """One extent of the descriptor, placed in the guest disk."""

    start: int
    length: int
    kind: str  # "flat", "zero" or "sparse"
    file: LayerFile | None = None
    file_offset: int = 0
    sparse: SparseExtent | None = None

    @property
    def end(self) -> int:
        return self.start + self.length


class VmdkImage(BlockMappedImage):
    def __init__(
        self,
        top: LayerFile,
        pieces: list[_Piece],
        files: list[LayerFile],
        *,
        cid: int | None,
        parent: DiskImage | None,
    ) -> None:
        size = pieces[-1].end if pieces else 0
        grain_sizes = {piece.sparse.grain_size for piece in pieces if piece.sparse is not None}
        block_size = max(grain_sizes, default=64 * 1024)
        for piece in pieces:
            if (
                piece.sparse is not None
                and piece.sparse.compressed
                and (piece.sparse.grain_size != block_size or piece.start % block_size)
            ):
                raise damaged(
                    top, FORMAT, Text.of("its compressed extents do not line up with its grains.")
                )
        super().__init__(
            format="vmdk", size=size, block_size=block_size, files=files, parent=parent
        )
        self._cid = cid
        self._pieces = pieces
        self._starts = [piece.start for piece in pieces]

    def identity(self) -> int | None:
        return self._cid

    def locate_block(self, block: int) -> Location:
        return self.locate(block * self.block_size)[0]

    def locate(self, offset: int) -> tuple[Location, int]:
        piece = self._pieces[bisect.bisect_right(self._starts, offset) - 1]
        within = offset - piece.start
        if piece.kind == "zero":
            return ZERO, piece.end - offset
        if piece.kind == "flat":
            assert piece.file is not None
            return Stored(piece.file, piece.file_offset + within), piece.end - offset
        sparse = piece.sparse
        assert sparse is not None
        grain, inner = divmod(within, sparse.grain_size)
        run = min(sparse.grain_size - inner, piece.end - offset)
        return sparse.locate_grain(grain, inner), run

    def inflate(self, data: bytes, location: Compressed) -> bytes:
        inflater = zlib.decompressobj()
        try:
            grain = inflater.decompress(data, self.block_size)
        except zlib.error as exc:
            raise damaged(
                location.file,
                FORMAT,
                Text.of(
                    "the compressed grain at offset {offset} does not inflate ({reason}).",
                    offset=location.offset,
                    reason=str(exc),
                ),
            ) from exc
        return grain + bytes(self.block_size - len(grain))

    def layer_runs(self) -> Iterator[Extent]:
        builder = RunBuilder()
        for piece in self._pieces:
            if piece.kind == "zero":
                if done := builder.add(piece.length, ExtentKind.ZERO):
                    yield done
            elif piece.kind == "flat":
                assert piece.file is not None
                window = RawImage(piece.file.window(piece.file_offset, piece.length))
                for run in window.extents():
                    if done := builder.add(run.length, run.kind):
                        yield done
            else:
                assert piece.sparse is not None
                yield from piece.sparse.runs(piece.length, builder)
        if done := builder.finish():
            yield done


def _pieces_of(
    top: LayerFile, chain: Chain, descriptor: Descriptor
) -> tuple[list[_Piece], list[LayerFile]]:
    pieces: list[_Piece] = []
    files: list[LayerFile] = [top]
    # A file named by several extent lines is opened once (a hostile descriptor could name
    # one file thousands of times).
    opened: dict[str, LayerFile] = {}

    def extent_file(name: str) -> LayerFile:
        if name not in opened:
            opened[name] = chain.open_extent_file(top, name)
            files.append(opened[name])
        return opened[name]

    start = 0
    for sectors, kind, name, offset in descriptor.extents:
        length = sectors * SECTOR
        if not length:
            continue
        if kind == "ZERO":
            pieces.append(_Piece(start, length, "zero"))
        elif kind in ("FLAT", "VMFS"):
            file = extent_file(name)
            file_offset = offset * SECTOR
            check_within(
                file, FORMAT, file_offset, length, Text.of("The extent {name}", name=shown(name))
            )
            pieces.append(_Piece(start, length, "flat", file, file_offset))
        elif kind == "SPARSE":
            file = extent_file(name)
            sparse = SparseExtent(file)
            if sparse.size < length:
                raise damaged(
                    file,
                    FORMAT,
                    Text.of(
                        "the extent is smaller than the {length} bytes its descriptor says.",
                        length=length,
                    ),
                )
            pieces.append(_Piece(start, length, "sparse", file, sparse=sparse))
        elif kind in ("VMFSSPARSE", "SESPARSE", "VMFSRAW", "VMFSRDM"):
            raise _refused(top, kind)
        else:
            raise damaged(
                top, FORMAT, Text.of("its extent type {kind} is unknown.", kind=shown(kind))
            )
        start += length
        check_virtual_size(top, FORMAT, start)
    if not pieces:
        raise damaged(top, FORMAT, Text.of("its descriptor lists no extents (data files)."))
    return pieces, files


def _open_parent(top: LayerFile, chain: Chain, descriptor: Descriptor) -> DiskImage | None:
    if descriptor.parent_cid in (None, _NO_PARENT):
        return None
    if not descriptor.parent_hint:
        raise damaged(top, FORMAT, Text.of("it is a delta disk that does not name its parent."))
    parent = chain.open_parent(top, descriptor.parent_hint, "vmdk")
    parent_cid = identity_of(parent, "vmdk")
    if parent_cid is not None and parent_cid != descriptor.parent_cid:
        raise DiskError(
            Text.of(
                "The parent {name} of the VMDK delta disk {path} was changed after the delta was "
                "made (its content id differs): reading them together would give wrong data.",
                name=shown(descriptor.parent_hint),
                path=shown(top.path),
            ),
            Text.of("Use the parent disk as it was when the snapshot was taken."),
        )
    return parent


def open_vmdk(top: LayerFile, chain: Chain) -> DiskImage:
    if top.pread(0, 4) == SPARSE_MAGIC:
        sparse = SparseExtent(top)
        descriptor = parse_descriptor(sparse.embedded_descriptor())
        pieces = [_Piece(0, sparse.size, "sparse", top, sparse=sparse)]
        files = [top]
    else:
        if top.size > _MAX_DESCRIPTOR:
            raise damaged(top, FORMAT, Text.of("its descriptor is larger than any real one."))
        text = top.read_exact(0, top.size, Text.of("The descriptor"))
        descriptor = parse_descriptor(text.split(b"\0", 1)[0].decode("utf-8", errors="replace"))
        create_type = _REFUSED_TYPES.get(descriptor.create_type.lower())
        if create_type is not None:
            raise _refused(top, create_type)
        pieces, files = _pieces_of(top, chain, descriptor)
    parent = _open_parent(top, chain, descriptor)
    return VmdkImage(top, pieces, files, cid=descriptor.cid, parent=parent)
