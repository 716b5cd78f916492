"""VMware VMDK: hosted sparse extents (``KDMV``), streamOptimized, and text descriptors.

Facts from VMware's "Virtual Disk Format 5.0": a little-endian sparse header, an embedded text
descriptor (createType, extents, parent), and a grain directory of grain tables mapping guest
grains to sectors of the file. streamOptimized files compress each grain (zlib) behind a
12-byte marker, and may keep the real header in a footer near the end of the file.
"""

from __future__ import annotations

import os
import re
import stat
import struct
import zlib
from typing import Final

from imageimporter.core.inspect.model import ContainerFacts, Problem
from imageimporter.core.inspect.source import ByteSource
from imageimporter.core.inspect.virtual import BlockMappedDisk, DiskReadError
from imageimporter.core.text import Text

SPARSE_MAGIC: Final = b"KDMV"
# ESXi's own sparse extents, which hosted products and ECS do not take: seSparse (the
# constant header's magic 0xcafebabe, little-endian) and vmfsSparse ("COWD").
SESPARSE_MAGIC: Final = struct.pack("<Q", 0xCAFEBABE)
COWD_MAGIC: Final = b"COWD"
ESX_EXTENT_MAGICS: Final = (SESPARSE_MAGIC, COWD_MAGIC)
ESX_SUBFORMATS: Final = frozenset({"seSparse", "vmfsSparse"})
DESCRIPTOR_MAGIC: Final = b"# Disk DescriptorFile"
_GD_AT_END: Final = 0xFFFF_FFFF_FFFF_FFFF
_FLAG_ZERO_GRAIN: Final = 1 << 2
_FLAG_COMPRESSED: Final = 1 << 16
_MAX_DESCRIPTOR: Final = 64 * 1024
_HEADER_FORMAT: Final = "<IIQQQQIQQQB4sH"
_EXTENT_LINE: Final = re.compile(
    r'^\s*(RW|RDONLY|NOACCESS)\s+(\d+)\s+(\w+)(?:\s+"([^"]*)"(?:\s+(\d+))?)?', re.MULTILINE
)
_NO_PARENT: Final = "ffffffff"
# Descriptor files looked at when searching a folder for the one naming an extent.
_MAX_CANDIDATES: Final = 64


def looks_like_descriptor(head: bytes) -> bool:
    # Descriptors are small text files that start with this comment (VMware and qemu write
    # it); some hand-written ones start directly with their "version=" line.
    text = head[:1024].lstrip()
    return text.startswith(DESCRIPTOR_MAGIC) or (
        text.startswith(b"version=") and b"createType" in text
    )


def _descriptor_value(text: str, key: str) -> str | None:
    match = re.search(rf'^\s*{key}\s*=\s*"?([^"\n]*)"?', text, re.MULTILINE)
    return match.group(1).strip() if match else None


def _apply_descriptor(facts: ContainerFacts, text: str) -> list[tuple[str, int, str, str, int]]:
    """Fill subformat and parent from a descriptor; returns its extent lines."""
    facts.subformat = _descriptor_value(text, "createType")
    parent_cid = _descriptor_value(text, "parentCID")
    parent_hint = _descriptor_value(text, "parentFileNameHint")
    if parent_hint or (parent_cid and parent_cid.lower() != _NO_PARENT):
        facts.backing_file = parent_hint or "(parent not named)"
        facts.backing_format = "vmdk"
    return [
        (access, int(sectors), kind, name or "", int(offset or 0))
        for access, sectors, kind, name, offset in _EXTENT_LINE.findall(text)
    ]


def extent_names(text: str) -> list[str]:
    """The data files a descriptor's extent lines name."""
    return [match[3] for match in _EXTENT_LINE.findall(text) if match[3]]


def stays_in(directory: str, name: str) -> bool:
    """Whether extent ``name`` resolves (symlinks followed) to a path inside ``directory``."""
    if os.path.isabs(name):
        return False
    folder = os.path.realpath(directory)
    target = os.path.realpath(os.path.join(folder, name))
    return os.path.commonpath([folder, target]) == folder and target != folder


def _is_regular_file(path: str) -> bool:
    # stat, never open: a FIFO or device named as an extent would block or read forever.
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        return False


def find_descriptor_of(directory: str, name: str) -> tuple[str, int] | None:
    """The descriptor file in ``directory`` whose extent lines name ``name``, and how many
    extents it lists; None when there is none.

    Bounded: only the first :data:`_MAX_CANDIDATES` small ``.vmdk`` files are read, each
    opened without blocking and only when it is a regular file.
    """
    try:
        entries = sorted(os.scandir(directory), key=lambda entry: entry.name)
    except OSError:
        return None
    candidates = [
        entry
        for entry in entries
        if entry.name.lower().endswith(".vmdk")
        and entry.name != name
        and entry.is_file(follow_symlinks=False)
    ][:_MAX_CANDIDATES]
    for entry in candidates:
        try:
            fd = os.open(entry.path, os.O_RDONLY | os.O_NONBLOCK)
        except OSError:
            continue
        try:
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode) or info.st_size > _MAX_DESCRIPTOR:
                continue
            head = os.read(fd, _MAX_DESCRIPTOR)
        except OSError:
            continue
        finally:
            os.close(fd)
        if looks_like_descriptor(head):
            text = head.decode("utf-8", errors="replace")
            names = extent_names(text)
            if name in names:
                return entry.name, len(names)
    return None


def parse_vmdk_descriptor(source: ByteSource, directory: str) -> ContainerFacts:
    """A text descriptor file (monolithicFlat, twoGbMaxExtent*, vmfs): the data is elsewhere."""
    facts = ContainerFacts(format="vmdk")
    text = source.read(0, _MAX_DESCRIPTOR).decode("utf-8", errors="replace")
    extents = _apply_descriptor(facts, text)
    if not extents:
        facts.problems.append(
            Problem("corrupt_header", Text.of("The VMDK descriptor lists no extents (data files)."))
        )
        return facts
    facts.virtual_size = sum(sectors for _, sectors, _, _, _ in extents) * 512
    if facts.subformat in ESX_SUBFORMATS:
        facts.problems.append(esx_subformat_problem(facts.subformat))
        return facts
    names = [name for _, _, _, name, _ in extents if name]
    if names:
        facts.data_file = names[0] if len(names) == 1 else ", ".join(names)
    outside = [name for name in names if not stays_in(directory, name)]
    if outside:
        # A descriptor is untrusted text: an extent such as "/etc/shadow", "../../x" or a
        # symlink pointing out of the folder must never be opened or imported.
        facts.problems.append(
            Problem(
                "unsafe_extent",
                Text.of(
                    "The VMDK descriptor's data file {extent!r} is outside the descriptor's "
                    "folder: it is refused and not opened.",
                    extent=outside[0],
                ),
            )
        )
        return facts
    missing = [name for name in names if not _is_regular_file(os.path.join(directory, name))]
    if missing:
        facts.problems.append(
            Problem(
                "missing_extent",
                Text.of(
                    "The VMDK descriptor's data file {extent!r} is not next to it.",
                    extent=missing[0],
                ),
            )
        )
    return facts


def esx_subformat_problem(subformat: str) -> Problem:
    return Problem(
        "esx_vmdk",
        Text.of(
            "This is a VMware ESXi {subformat} disk (a snapshot's changes or a sparse ESXi "
            "extent): a VMDK kind that neither ECS nor this app reads.",
            subformat=subformat,
        ),
    )


def parse_vmdk_esx_extent(source: ByteSource) -> ContainerFacts:
    """An ESXi seSparse or vmfsSparse extent given on its own: named, sized, not read."""
    head = source.read(0, 24)
    if head.startswith(COWD_MAGIC) and len(head) >= 16:
        facts = ContainerFacts(format="vmdk", subformat="vmfsSparse")
        facts.virtual_size = struct.unpack_from("<I", head, 12)[0] * 512
    else:
        facts = ContainerFacts(format="vmdk", subformat="seSparse")
        if len(head) == 24:
            facts.virtual_size = struct.unpack_from("<Q", head, 16)[0] * 512
    facts.problems.append(esx_subformat_problem(facts.subformat or ""))
    return facts


def split_extent_problem() -> Problem:
    return Problem(
        "vmdk_extent",
        Text.of(
            "This file is one extent (data file) of a split VMDK: it has no descriptor "
            "of its own and holds only part of the disk.",
        ),
    )


def parse_vmdk_sparse(source: ByteSource) -> ContainerFacts:
    facts = ContainerFacts(format="vmdk")
    head = source.read(0, 512)
    if len(head) < 512:
        facts.problems.append(
            Problem(
                "truncated_header", Text.of("The VMDK header is cut short: the file is truncated.")
            )
        )
        return facts
    header = struct.unpack_from(_HEADER_FORMAT, head, 4)
    version, flags, capacity, grain_sectors, desc_offset, desc_sectors = header[:6]
    gtes_per_gt, _rgd, gd_offset, _overhead, _unclean, _chars, compress = header[6:]
    facts.version = version
    facts.virtual_size = capacity * 512
    facts.compressed = bool(flags & _FLAG_COMPRESSED) or compress != 0
    if facts.compressed:
        facts.compression_type = "deflate"
    descriptor = ""
    if desc_offset and desc_sectors:
        length = min(desc_sectors * 512, _MAX_DESCRIPTOR)
        raw = source.read(desc_offset * 512, length)
        descriptor = raw.split(b"\0", 1)[0].decode("utf-8", errors="replace")
        _apply_descriptor(facts, descriptor)
    if not descriptor.strip():
        # Hosted sparse disks embed their descriptor; a sparse file whose descriptor is absent
        # or empty is one extent of a split disk (twoGbMaxExtentSparse's -s001.vmdk...): read
        # alone it looks like a whole disk of the extent's size (qemu-img refuses it).
        facts.subformat = "extent"
        facts.problems.append(split_extent_problem())
        # Its capacity is the extent's, not the disk's: no size and no partition table.
        facts.virtual_size = None
        return facts
    if facts.subformat is None:
        facts.subformat = "streamOptimized" if facts.compressed else "monolithicSparse"
    if gd_offset == _GD_AT_END:
        # streamOptimized written in one pass: the real header is the footer, 1 KiB from the end.
        footer = source.read(source.size - 1024, 512) if source.size >= 1536 else b""
        if footer.startswith(SPARSE_MAGIC):
            footer_header = struct.unpack_from(_HEADER_FORMAT, footer, 4)
            gd_offset = footer_header[8]
            gtes_per_gt = footer_header[6]
        else:
            facts.problems.append(
                Problem(
                    "truncated_image",
                    Text.of(
                        "The VMDK's grain directory is at the end of the file, and the end is "
                        "missing: the file is truncated.",
                    ),
                )
            )
            return facts
    grain_size = grain_sectors * 512
    if not 1 <= grain_sectors <= 2048 or grain_sectors & (grain_sectors - 1):
        facts.problems.append(Problem("corrupt_header", Text.of("The VMDK grain size is invalid.")))
        return facts
    if not 1 <= gtes_per_gt <= 65536 or gd_offset * 512 >= source.size:
        facts.problems.append(
            Problem(
                "corrupt_header", Text.of("The VMDK grain directory is invalid or beyond the file.")
            )
        )
        return facts
    facts.cluster_size = grain_size
    facts.disk = VmdkSparseDisk(
        source,
        capacity * 512,
        grain_size,
        gd_offset * 512,
        gtes_per_gt,
        compressed=facts.compressed,
        zero_grains=bool(flags & _FLAG_ZERO_GRAIN),
    )
    return facts


class VmdkSparseDisk(BlockMappedDisk):
    def __init__(
        self,
        source: ByteSource,
        size: int,
        grain_size: int,
        gd_offset: int,
        gtes_per_gt: int,
        *,
        compressed: bool,
        zero_grains: bool,
    ) -> None:
        super().__init__(source, size, grain_size)
        self._gd_offset = gd_offset
        self._gtes_per_gt = gtes_per_gt
        self._compressed = compressed
        self._zero_grains = zero_grains

    def read_in_block(self, block: int, inner: int, length: int) -> bytes:
        gt_index, gte_index = divmod(block, self._gtes_per_gt)
        gt_sector = self.table_entry(self._gd_offset, gt_index, "<I", "a grain directory entry")
        if not gt_sector:
            return bytes(length)
        grain_sector = self.table_entry(gt_sector * 512, gte_index, "<I", "a grain table entry")
        if grain_sector == 0 or (grain_sector == 1 and self._zero_grains):
            return bytes(length)
        if not self._compressed:
            return self.read_exact(grain_sector * 512 + inner, length, "a grain")
        marker = self.read_exact(grain_sector * 512, 12, "a grain marker")
        _lba, size = struct.unpack("<QI", marker)
        if size > 2 * self.block_size + 1024:
            raise DiskReadError("a compressed grain claims an impossible size")
        data = self.read_exact(grain_sector * 512 + 12, size, "a compressed grain")
        try:
            grain = zlib.decompressobj().decompress(data, self.block_size)
        except zlib.error as exc:
            raise DiskReadError(f"a compressed grain does not decompress: {exc}") from exc
        grain += bytes(self.block_size - len(grain))
        return grain[inner : inner + length]
